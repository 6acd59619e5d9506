/* passend-sheet-printer.c - a preparation sheet on paper or in a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sheet is described once, when the printer is made, as a list of
 * blocks (headings, paragraphs, lines to write on, table rows) holding
 * copies of the texts: what the parent types while the print dialog is
 * open does not change the pages.  "begin-print" lays the blocks out
 * with Pango for the paper chosen and cuts them into pieces per page;
 * "draw-page" only draws; "end-print" frees the layouts.  Printing and
 * "Save as PDF" (export) are the same operation, so a test that exports
 * a PDF sees what a printer gets.
 *
 * Pages are cut between lines, never through one; a heading moves to
 * the next page with the first lines of what it heads; a table row
 * stays whole and a table's header row comes again on the next page.
 *
 * What the blocks say is passend-sheet-printer-content.c's.
 */
#define G_LOG_DOMAIN "passend-sheet-printer"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-clock.h"
#include "passend-print-export.h"
#include "passend-sheet-printer-private.h"
#include "passend-text.h"

G_DEFINE_FINAL_TYPE (PassendSheetPrinter, passend_sheet_printer, GTK_TYPE_PRINT_OPERATION)

/* Blocks (passend-sheet-printer-content.c makes them) */

static void
block_free (gpointer data)
{
  Block *block = data;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_free (block->markup[i]);
      g_clear_object (&block->layouts[i]);
    }
  g_clear_pointer (&block->lines, g_array_unref);
  g_free (block);
}

/* Laying out */

static PangoFontDescription *
font_for (PangoLayout *layout, Kind kind)
{
  GtkSettings          *settings = gtk_settings_get_default ();
  g_autofree char      *system_font = NULL;
  PangoFontDescription *font;
  double                size = 10.5;

  /* The family is the one the desktop uses; only sizes and weights
   * are ours. */
  if (settings != NULL)
    g_object_get (settings, "gtk-font-name", &system_font, NULL);
  font = system_font != NULL ? pango_font_description_from_string (system_font)
                             : pango_font_description_copy (pango_context_get_font_description (
                                   pango_layout_get_context (layout)));
  pango_font_description_unset_fields (font, PANGO_FONT_MASK_SIZE | PANGO_FONT_MASK_WEIGHT |
                                                 PANGO_FONT_MASK_STYLE);

  switch (kind)
    {
    case KIND_TITLE:
      size = 18;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case KIND_HEADING:
      size = 13.5;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case KIND_SUBHEADING:
      size = 11;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case KIND_SMALL:
      size = 9;
      pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
      break;
    case KIND_ROW:
      size = 10;
      break;
    default:
      break;
    }
  pango_font_description_set_size (font, (int)(size * PANGO_SCALE));
  return font;
}

static PangoLayout *
make_layout (GtkPrintContext *context, Kind kind, const char *markup, double width)
{
  PangoLayout          *layout = gtk_print_context_create_pango_layout (context);
  PangoFontDescription *font = font_for (layout, kind);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int)(MAX (width, 10) * PANGO_SCALE));
  /* Words longer than the line break too: nothing crosses the margin. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup ? markup : "", -1);
  pango_font_description_free (font);
  return layout;
}

static GArray *
measure_lines (PangoLayout *layout)
{
  GArray          *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      Line           line;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.top = (double)logical.y / PANGO_SCALE;
      line.height = (double)logical.height / PANGO_SCALE;
      line.x = (double)logical.x / PANGO_SCALE;
      line.baseline = (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      g_array_append_val (lines, line);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
  return lines;
}

static void
lay_out_block (PassendSheetPrinter *self, GtkPrintContext *context, Block *block)
{
  switch (block->kind)
    {
    case KIND_ROW:
      block->height = 0;
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          int height;

          block->layouts[c] = make_layout (context, KIND_ROW, block->markup[c],
                                           self->columns[c] - 2 * CELL_PADDING);
          pango_layout_get_size (block->layouts[c], NULL, &height);
          block->height = MAX (block->height, (double)height / PANGO_SCALE + 2 * CELL_PADDING);
        }
      if (!block->header && !passend_text_has_content (block->markup[0]))
        block->height = MAX (block->height, EMPTY_ROW);
      /* A row taller than a page is cut at the page (never seen but
       * with an agreement of a thousand words). */
      block->height = MIN (block->height, self->height - FOOTER_HEIGHT - RUNNING_HEIGHT);
      break;
    case KIND_RULES:
    case KIND_SPACE:
      break;
    default:
      block->layouts[0] =
          make_layout (context, block->kind, block->markup[0], self->width - block->indent);
      block->lines = measure_lines (block->layouts[0]);
      break;
    }
}

static double
line_height (Block *block, guint i)
{
  if (block->kind == KIND_RULES)
    return RULE_SPACING;
  return g_array_index (block->lines, Line, i).height;
}

static guint
n_lines (Block *block)
{
  switch (block->kind)
    {
    case KIND_RULES:
      return block->n_rules;
    case KIND_ROW:
      return 1;
    case KIND_SPACE:
      return 0;
    default:
      return block->lines->len;
    }
}

/* The room block @b needs at the bottom of a page so it does not stand
 * there alone: all of it if it keeps with the next (and that one's
 * start), else its first two lines. */
static double
needed_height (PassendSheetPrinter *self, guint b, guint depth)
{
  Block *block;
  double height = 0;

  if (b >= self->blocks->len || depth > 16)
    return 0;

  block = g_ptr_array_index (self->blocks, b);
  switch (block->kind)
    {
    case KIND_SPACE:
      return block->space + needed_height (self, b + 1, depth);
    case KIND_ROW:
      height = block->height;
      break;
    default:
      for (guint i = 0; i < MIN (n_lines (block), block->keep_with_next ? G_MAXUINT : 2); i++)
        height += line_height (block, i);
      break;
    }

  if (block->keep_with_next)
    height += needed_height (self, b + 1, depth + 1);
  return height;
}

static void
add_piece (PassendSheetPrinter *self, guint page, guint b, guint first, double y)
{
  Piece *last =
      self->pieces->len > 0 ? &g_array_index (self->pieces, Piece, self->pieces->len - 1) : NULL;
  Piece piece = { page, b, first, 1, y };

  /* The next line of the same block on the same page joins its piece. */
  if (last != NULL && last->page == page && last->block == b && last->first + last->n == first)
    {
      last->n++;
      return;
    }
  g_array_append_val (self->pieces, piece);
}

static void
paginate (PassendSheetPrinter *self)
{
  double bottom = self->height - FOOTER_HEIGHT;
  guint  page = 0;
  double top = 0;
  double y = 0;

  g_array_set_size (self->pieces, 0);

#define NEW_PAGE()                                                                                 \
  G_STMT_START                                                                                     \
  {                                                                                                \
    page++;                                                                                        \
    top = RUNNING_HEIGHT;                                                                          \
    y = top;                                                                                       \
  }                                                                                                \
  G_STMT_END

  for (guint b = 0; b < self->blocks->len; b++)
    {
      Block *block = g_ptr_array_index (self->blocks, b);

      if (block->kind == KIND_SPACE)
        {
          /* No space at the top of a page. */
          if (y > top)
            y += block->space;
          continue;
        }

      /* Not alone at the bottom: with what follows, to the next page. */
      if (block->keep_with_next && y > top &&
          y + MIN (needed_height (self, b, 0), bottom - top) > bottom)
        NEW_PAGE ();

      if (block->kind == KIND_ROW)
        {
          if (y > top && y + block->height > bottom)
            NEW_PAGE ();
          /* A table goes on with its header row. */
          if (y == top && block->header_block >= 0)
            {
              Block *header = g_ptr_array_index (self->blocks, block->header_block);

              add_piece (self, page, block->header_block, 0, y);
              y += header->height;
            }
          add_piece (self, page, b, 0, y);
          y += block->height;
          continue;
        }

      for (guint i = 0; i < n_lines (block); i++)
        {
          double h = line_height (block, i);

          if (y > top && y + h > bottom)
            NEW_PAGE ();
          add_piece (self, page, b, i, y);
          y += h;
        }
    }

#undef NEW_PAGE

  self->n_pages = page + 1;
}

/* Drawing */

static void
draw_text_piece (cairo_t *cr, Block *block, Piece *piece)
{
  Line *first = &g_array_index (block->lines, Line, piece->first);

  for (guint i = piece->first; i < piece->first + piece->n; i++)
    {
      Line *line = &g_array_index (block->lines, Line, i);

      cairo_move_to (cr, block->indent + line->x, piece->y + line->baseline - first->top);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (block->layouts[0], i));
    }
}

static void
draw_rules_piece (cairo_t *cr, Block *block, Piece *piece, double width)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.5);
  for (guint i = 0; i < piece->n; i++)
    {
      double y = piece->y + (i + 1) * RULE_SPACING - 4;

      cairo_move_to (cr, block->indent, y);
      cairo_line_to (cr, width, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_row_piece (PassendSheetPrinter *self, cairo_t *cr, Block *block, Piece *piece)
{
  double x = 0;

  cairo_save (cr);
  if (block->header)
    {
      cairo_rectangle (cr, 0, piece->y, self->width, block->height);
      cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
      cairo_fill (cr);
    }

  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_set_line_width (cr, 0.6);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      cairo_rectangle (cr, x, piece->y, self->columns[c], block->height);
      x += self->columns[c];
    }
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0, 0, 0);
  x = 0;
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      cairo_save (cr);
      /* Only a row cut at the page has text below its bottom. */
      cairo_rectangle (cr, x, piece->y, self->columns[c], block->height);
      cairo_clip (cr);
      cairo_move_to (cr, x + CELL_PADDING, piece->y + CELL_PADDING);
      pango_cairo_show_layout (cr, block->layouts[c]);
      cairo_restore (cr);
      x += self->columns[c];
    }
  cairo_restore (cr);
}

static void
draw_page_frame (PassendSheetPrinter *self, GtkPrintContext *context, cairo_t *cr, int page_nr)
{
  g_autofree char *number = NULL;
  PangoLayout     *layout;
  int              width, height;

  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);

  if (page_nr > 0)
    {
      layout = make_layout (context, KIND_ROW, NULL, self->width);
      pango_layout_set_text (layout, self->running_header, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, 0);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);

      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, 0, RUNNING_HEIGHT - 8);
      cairo_line_to (cr, self->width, RUNNING_HEIGHT - 8);
      cairo_stroke (cr);
    }

  /* Translators: the page number at the bottom of the printed sheet. */
  number = g_strdup_printf (_ ("Page %d of %u"), page_nr + 1, self->n_pages);
  layout = make_layout (context, KIND_ROW, NULL, self->width);
  pango_layout_set_text (layout, number, -1);
  pango_layout_get_size (layout, &width, &height);
  cairo_move_to (cr, (self->width - (double)width / PANGO_SCALE) / 2,
                 self->height - (double)height / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);

  cairo_set_source_rgb (cr, 0, 0, 0);
}

/* GtkPrintOperation */

static void
passend_sheet_printer_begin_print (GtkPrintOperation *operation, GtkPrintContext *context)
{
  PassendSheetPrinter *self = PASSEND_SHEET_PRINTER (operation);

  self->width = gtk_print_context_get_width (context) - 2 * MARGIN;
  self->height = gtk_print_context_get_height (context) - 2 * MARGIN;
  self->columns[0] = self->width * 0.54;
  self->columns[1] = self->width * 0.24;
  self->columns[2] = self->width - self->columns[0] - self->columns[1];

  for (guint b = 0; b < self->blocks->len; b++)
    lay_out_block (self, context, g_ptr_array_index (self->blocks, b));

  paginate (self);
  gtk_print_operation_set_n_pages (operation, self->n_pages);
}

static void
passend_sheet_printer_draw_page (GtkPrintOperation *operation,
                                 GtkPrintContext   *context,
                                 int                page_nr)
{
  PassendSheetPrinter *self = PASSEND_SHEET_PRINTER (operation);
  cairo_t             *cr = gtk_print_context_get_cairo_context (context);

  cairo_save (cr);
  cairo_translate (cr, MARGIN, MARGIN);
  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint p = 0; p < self->pieces->len; p++)
    {
      Piece *piece = &g_array_index (self->pieces, Piece, p);
      Block *block = g_ptr_array_index (self->blocks, piece->block);

      if (piece->page != (guint)page_nr)
        continue;

      switch (block->kind)
        {
        case KIND_RULES:
          draw_rules_piece (cr, block, piece, self->width);
          break;
        case KIND_ROW:
          draw_row_piece (self, cr, block, piece);
          break;
        default:
          draw_text_piece (cr, block, piece);
          break;
        }
    }

  draw_page_frame (self, context, cr, page_nr);
  cairo_restore (cr);
}

static void
passend_sheet_printer_end_print (GtkPrintOperation *operation, GtkPrintContext *context)
{
  PassendSheetPrinter *self = PASSEND_SHEET_PRINTER (operation);

  for (guint b = 0; b < self->blocks->len; b++)
    {
      Block *block = g_ptr_array_index (self->blocks, b);

      for (guint c = 0; c < N_COLUMNS; c++)
        g_clear_object (&block->layouts[c]);
      g_clear_pointer (&block->lines, g_array_unref);
    }
  g_array_set_size (self->pieces, 0);
}

/* GObject */

static void
passend_sheet_printer_finalize (GObject *object)
{
  PassendSheetPrinter *self = PASSEND_SHEET_PRINTER (object);

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pieces, g_array_unref);
  g_clear_pointer (&self->running_header, g_free);

  G_OBJECT_CLASS (passend_sheet_printer_parent_class)->finalize (object);
}

static void
passend_sheet_printer_class_init (PassendSheetPrinterClass *klass)
{
  GObjectClass           *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = passend_sheet_printer_finalize;

  operation_class->begin_print = passend_sheet_printer_begin_print;
  operation_class->draw_page = passend_sheet_printer_draw_page;
  operation_class->end_print = passend_sheet_printer_end_print;
}

static void
passend_sheet_printer_init (PassendSheetPrinter *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));

  /* Our own margins, the same on every printer and in a PDF. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
}

/* Public API */

/**
 * passend_sheet_printer_new:
 * @sheet: a sheet of @dossier
 *
 * Makes the print operation for @sheet with the dossier's information
 * as it is now.  Run it with a print dialog, or export it.
 *
 * Returns: (transfer full): the operation
 */
PassendSheetPrinter *
passend_sheet_printer_new (PassendDossier *dossier, PassendSheet *sheet)
{
  PassendSheetPrinter *self;
  g_autofree char     *name = NULL;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (PASSEND_IS_SHEET (sheet), NULL);

  self = g_object_new (PASSEND_TYPE_SHEET_PRINTER, NULL);
  _passend_sheet_printer_describe_sheet (self, dossier, sheet);

  name = passend_sheet_printer_suggest_name (dossier, sheet);
  if (g_str_has_suffix (name, ".pdf"))
    name[strlen (name) - 4] = '\0';
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), name);

  return self;
}

/**
 * passend_sheet_printer_export:
 * @path: the PDF file to write
 * @page_setup: (nullable): the paper, or %NULL for the usual one here
 *
 * Writes the sheet to a PDF file, without a dialog.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
passend_sheet_printer_export (PassendSheetPrinter *self,
                              const char          *path,
                              GtkPageSetup        *page_setup,
                              GError             **error)
{
  g_return_val_if_fail (PASSEND_IS_SHEET_PRINTER (self), FALSE);

  return passend_print_export_pdf (GTK_PRINT_OPERATION (self), "sheet.pdf", path, page_setup,
                                   error);
}

/**
 * passend_sheet_printer_suggest_name:
 *
 * Returns: (transfer full): a file name for the sheet's PDF,
 *   "Preparation Sam 2026-12-01.pdf"
 */
char *
passend_sheet_printer_suggest_name (PassendDossier *dossier, PassendSheet *sheet)
{
  PassendChild    *child = passend_dossier_find_child (dossier, passend_sheet_get_child_id (sheet));
  g_autofree char *today = passend_clock_get_today ();
  const char      *date = passend_sheet_get_date (sheet);
  g_autofree char *name = NULL;

  /* Translators: the file name of a saved sheet; the first %s is the
   * child's name, the second the date of the talk, 2026-12-01. */
  name = g_strdup_printf (_ ("Preparation %s %s.pdf"), child ? passend_child_get_name (child) : "",
                          date ? date : today);
  /* A name is no path. */
  g_strdelimit (name, "/\\", '-');
  return g_steal_pointer (&name);
}
