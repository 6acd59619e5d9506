/* passend-letter-printer.c - a letter on paper or in a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A4 as a Dutch letter is laid out: the parent's name and address at
 * the top, the recipient's address below it, the date, the subject in
 * bold, then the text; the page number at the foot of every page, in
 * the letter's language.  The letter's text is copied when the printer
 * is made.  "begin-print" lays it out as one Pango layout and cuts it
 * into pages between lines; "draw-page" only draws.  Printing and Save
 * as PDF are the same operation (passend_print_export_pdf()).
 */
#define G_LOG_DOMAIN "passend-letter-printer"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-clock.h"
#include "passend-letter-printer.h"
#include "passend-print-export.h"

/* In points (GTK_UNIT_POINTS). */
#define MM (72.0 / 25.4)
#define MARGIN_X (25.0 * MM)
#define MARGIN_Y (20.0 * MM)
#define FOOTER_HEIGHT 24.0

typedef struct
{
  guint  page;
  double top;      /* in the layout, in points */
  double baseline; /* in the layout */
  double x;
} Line;

struct _PassendLetterPrinter
{
  GtkPrintOperation parent_instance;

  PassendLetter *letter;
  char          *markup;
  PangoLayout   *layout;
  GArray        *lines;     /* of Line */
  GArray        *page_tops; /* of double: where each page starts in the layout */
  double         width;
  double         height;
};

G_DEFINE_FINAL_TYPE (PassendLetterPrinter, passend_letter_printer, GTK_TYPE_PRINT_OPERATION)

static void
append_escaped (GString *out, const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

/* The whole letter as Pango markup; the empty lines between its parts
 * are the spaces of a letter. */
static char *
describe (PassendLetter *letter)
{
  GString *out = g_string_new (NULL);

  append_escaped (out, passend_letter_get_part (letter, PASSEND_LETTER_SENDER));
  g_string_append (out, "\n\n\n");
  append_escaped (out, passend_letter_get_part (letter, PASSEND_LETTER_RECIPIENT));
  g_string_append (out, "\n\n\n");
  append_escaped (out, passend_letter_get_part (letter, PASSEND_LETTER_DATE));
  g_string_append (out, "\n\n<b>");
  append_escaped (out, passend_letter_get_subject_label (letter));
  g_string_append_c (out, ' ');
  append_escaped (out, passend_letter_get_part (letter, PASSEND_LETTER_SUBJECT));
  g_string_append (out, "</b>\n\n");
  append_escaped (out, passend_letter_get_part (letter, PASSEND_LETTER_BODY));
  return g_string_free (out, FALSE);
}

/* Each line goes on the page where it fits whole. */
static void
paginate (PassendLetterPrinter *self)
{
  PangoLayoutIter *iter = pango_layout_get_iter (self->layout);
  double           page_top = 0;
  guint            page = 0;

  g_array_set_size (self->lines, 0);
  g_array_set_size (self->page_tops, 0);
  g_array_append_val (self->page_tops, page_top);
  do
    {
      PangoRectangle logical;
      Line           line;
      double         bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.top = (double)logical.y / PANGO_SCALE;
      line.x = (double)logical.x / PANGO_SCALE;
      line.baseline = (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      bottom = line.top + (double)logical.height / PANGO_SCALE;
      if (bottom - page_top > self->height && line.top > page_top)
        {
          page++;
          page_top = line.top;
          g_array_append_val (self->page_tops, page_top);
        }
      line.page = page;
      g_array_append_val (self->lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
passend_letter_printer_begin_print (GtkPrintOperation *operation, GtkPrintContext *context)
{
  PassendLetterPrinter *self = PASSEND_LETTER_PRINTER (operation);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 10.5");

  self->width = gtk_print_context_get_width (context) - 2 * MARGIN_X;
  self->height = gtk_print_context_get_height (context) - 2 * MARGIN_Y - FOOTER_HEIGHT;

  g_clear_object (&self->layout);
  self->layout = gtk_print_context_create_pango_layout (context);
  pango_layout_set_font_description (self->layout, font);
  pango_layout_set_width (self->layout, (int)(self->width * PANGO_SCALE));
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (self->layout, self->markup, -1);
  pango_font_description_free (font);

  paginate (self);
  gtk_print_operation_set_n_pages (operation, self->page_tops->len);
}

static void
draw_footer (PassendLetterPrinter *self, GtkPrintContext *context, cairo_t *cr, int page_nr)
{
  g_autofree char *number =
      passend_letter_format_page (self->letter, page_nr + 1, self->page_tops->len);
  PangoLayout          *layout = gtk_print_context_create_pango_layout (context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 8.5");
  int                   width, height;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, number, -1);
  pango_layout_get_size (layout, &width, &height);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_move_to (cr, (self->width - (double)width / PANGO_SCALE) / 2,
                 self->height + FOOTER_HEIGHT - (double)height / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
  g_object_unref (layout);
}

static void
passend_letter_printer_draw_page (GtkPrintOperation *operation,
                                  GtkPrintContext   *context,
                                  int                page_nr)
{
  PassendLetterPrinter *self = PASSEND_LETTER_PRINTER (operation);
  cairo_t              *cr = gtk_print_context_get_cairo_context (context);
  double                page_top = g_array_index (self->page_tops, double, page_nr);
  PangoLayoutIter      *iter = pango_layout_get_iter (self->layout);
  guint                 i = 0;

  cairo_save (cr);
  cairo_translate (cr, MARGIN_X, MARGIN_Y);
  cairo_set_source_rgb (cr, 0, 0, 0);
  do
    {
      Line *line = &g_array_index (self->lines, Line, i++);

      if (line->page != (guint)page_nr)
        continue;
      cairo_move_to (cr, line->x, line->baseline - page_top);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter) && i < self->lines->len);
  pango_layout_iter_free (iter);

  draw_footer (self, context, cr, page_nr);
  cairo_restore (cr);
}

static void
passend_letter_printer_end_print (GtkPrintOperation *operation, GtkPrintContext *context)
{
  PassendLetterPrinter *self = PASSEND_LETTER_PRINTER (operation);

  g_clear_object (&self->layout);
}

static void
passend_letter_printer_finalize (GObject *object)
{
  PassendLetterPrinter *self = PASSEND_LETTER_PRINTER (object);

  g_clear_object (&self->letter);
  g_clear_object (&self->layout);
  g_free (self->markup);
  g_array_unref (self->lines);
  g_array_unref (self->page_tops);

  G_OBJECT_CLASS (passend_letter_printer_parent_class)->finalize (object);
}

static void
passend_letter_printer_class_init (PassendLetterPrinterClass *klass)
{
  GObjectClass           *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = passend_letter_printer_finalize;
  operation_class->begin_print = passend_letter_printer_begin_print;
  operation_class->draw_page = passend_letter_printer_draw_page;
  operation_class->end_print = passend_letter_printer_end_print;
}

static void
passend_letter_printer_init (PassendLetterPrinter *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  self->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  self->page_tops = g_array_new (FALSE, FALSE, sizeof (double));

  /* A4, with our own margins, on every printer and in a PDF. */
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
}

/**
 * passend_letter_printer_new:
 * @letter: the letter, as the parent edited it
 *
 * Returns: (transfer full): the operation, with a copy of the text
 */
PassendLetterPrinter *
passend_letter_printer_new (PassendLetter *letter)
{
  PassendLetterPrinter *self;
  g_autofree char      *name = NULL;

  g_return_val_if_fail (PASSEND_IS_LETTER (letter), NULL);

  self = g_object_new (PASSEND_TYPE_LETTER_PRINTER, NULL);
  self->letter = g_object_ref (letter);
  self->markup = describe (letter);
  name = passend_letter_printer_suggest_name (letter);
  name[strlen (name) - strlen (".pdf")] = '\0';
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), name);
  return self;
}

/**
 * passend_letter_printer_export:
 * @path: the PDF file to write
 * @page_setup: (nullable): the paper, or %NULL for A4
 *
 * Returns: %TRUE if the file was written
 */
gboolean
passend_letter_printer_export (PassendLetterPrinter *self,
                               const char           *path,
                               GtkPageSetup         *page_setup,
                               GError              **error)
{
  g_return_val_if_fail (PASSEND_IS_LETTER_PRINTER (self), FALSE);

  return passend_print_export_pdf (GTK_PRINT_OPERATION (self), "letter.pdf", path, page_setup,
                                   error);
}

/**
 * passend_letter_printer_suggest_name:
 *
 * Returns: (transfer full): "Request for the school file 2026-12-02.pdf"
 */
char *
passend_letter_printer_suggest_name (PassendLetter *letter)
{
  const PassendLetterTemplate *letter_template = passend_letter_get_template (letter);
  g_autofree char             *today = passend_clock_get_today ();
  char                        *name = NULL;

  name = g_strdup_printf ("%s %s.pdf", passend_letter_template_get_title (letter_template), today);

  /* A name is no path. */
  g_strdelimit (name, "/\\", '-');
  return name;
}
