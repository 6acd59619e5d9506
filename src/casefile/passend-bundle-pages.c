/* passend-bundle-pages.c - the bundle's own pages: the cover, the
 * chronology, the agreements and the list of exhibits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every page is laid out twice: once to count the pages (nothing is
 * drawn), once to draw them with "page 14 of 62" in the footer.  Both
 * passes lay out on a PDF surface, so the lines break the same way.
 */
#define G_LOG_DOMAIN "passend-bundle"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-bundle-private.h"

#define FONT "Sans 10"
#define FONT_BOLD "Sans Bold 10"
#define FONT_SMALL "Sans 8"
#define FONT_HEAD "Sans Bold 16"
#define FONT_TABLE "Sans 9"
#define FONT_TABLE_HEAD "Sans Bold 9"
#define GAP 6.0

static void
draw_footer (BundlePager *pager)
{
  /* Translators: the footer of every page of the bundle: "Exhibit 3 -
   * page 14 of 62" or "Chronology - page 2 of 62". */
  g_autofree char *text =
      g_strdup_printf (_ ("%1$s – page %2$u of %3$u"), pager->stamp, pager->page, pager->total);
  g_autoptr (PangoLayout) layout = bundle_pager_layout (pager, text, FONT_SMALL, BUNDLE_TEXT_WIDTH);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  bundle_pager_show (pager, layout, BUNDLE_MARGIN, BUNDLE_PAGE_HEIGHT - BUNDLE_MARGIN / 2 - 10);
}

/* Starts a page; the one before gets its footer.  Reports progress. */
void
bundle_pager_begin (BundlePager *pager, const char *stamp)
{
  bundle_pager_end (pager);
  g_free (pager->stamp);
  pager->stamp = g_strdup (stamp);
  pager->page++;
  pager->open = TRUE;
  pager->y = BUNDLE_MARGIN;
  if (!pager->counting && pager->progress != NULL && pager->total > 0)
    pager->progress (0.05 + 0.95 * (pager->page - 1) / pager->total, pager->progress_data);
}

void
bundle_pager_end (BundlePager *pager)
{
  if (!pager->open)
    return;
  if (!pager->counting)
    {
      draw_footer (pager);
      cairo_show_page (pager->cr);
    }
  pager->open = FALSE;
}

PangoLayout *
bundle_pager_layout (BundlePager *pager, const char *text, const char *font, double width)
{
  PangoLayout *layout = pango_cairo_create_layout (pager->cr);
  g_autoptr (PangoFontDescription) desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

double
bundle_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double)height / PANGO_SCALE;
}

void
bundle_pager_show (BundlePager *pager, PangoLayout *layout, double x, double y)
{
  if (pager->counting)
    return;
  cairo_set_source_rgb (pager->cr, 0, 0, 0);
  cairo_move_to (pager->cr, x, y);
  pango_cairo_show_layout (pager->cr, layout);
}

/* Starts a new page unless @height still fits on this one. */
void
bundle_pager_need (BundlePager *pager, double height, const char *stamp)
{
  if (!pager->open || (pager->y + height > BUNDLE_BOTTOM && pager->y > BUNDLE_MARGIN))
    bundle_pager_begin (pager, stamp);
}

/* The room a block of text takes, with the gap after it. */
static double
text_height (BundlePager *pager, const char *text, const char *font, double indent)
{
  g_autoptr (PangoLayout) layout =
      bundle_pager_layout (pager, text, font, BUNDLE_TEXT_WIDTH - indent);

  return bundle_layout_height (layout) + GAP / 2;
}

/* A block taller than the room left: line by line, going on on the
 * next page where the room ends. */
static void
put_lines (BundlePager *pager, PangoLayout *layout, double x, const char *stamp)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double           top = pager->y, offset = 0, bottom = pager->y;

  do
    {
      PangoRectangle logical;
      double         line_y, line_h;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line_y = (double)logical.y / PANGO_SCALE;
      line_h = (double)logical.height / PANGO_SCALE;
      if (top + line_y - offset + line_h > BUNDLE_BOTTOM)
        {
          bundle_pager_begin (pager, stamp);
          top = pager->y;
          offset = line_y;
        }
      if (!pager->counting)
        {
          cairo_set_source_rgb (pager->cr, 0, 0, 0);
          cairo_move_to (pager->cr, x + (double)logical.x / PANGO_SCALE,
                         top - offset +
                             (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
          pango_cairo_show_layout_line (pager->cr, pango_layout_iter_get_line_readonly (iter));
        }
      bottom = top + line_y - offset + line_h;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  pager->y = bottom + GAP / 2;
}

/* One block of text at the cursor: on a new page if it does not fit,
 * split over pages if it is longer than the room a page has. */
static void
put_text (BundlePager *pager, const char *text, const char *font, double indent, const char *stamp)
{
  g_autoptr (PangoLayout) layout =
      bundle_pager_layout (pager, text, font, BUNDLE_TEXT_WIDTH - indent);
  double height = bundle_layout_height (layout);

  if (pager->open && pager->y + height > BUNDLE_BOTTOM && height > 3 * 14)
    {
      put_lines (pager, layout, BUNDLE_MARGIN + indent, stamp);
      return;
    }
  bundle_pager_need (pager, height, stamp);
  bundle_pager_show (pager, layout, BUNDLE_MARGIN + indent, pager->y);
  pager->y += height + GAP / 2;
}

static char *
describe_period (PassendBundle *self)
{
  g_autofree char *from = passend_format_date (self->from);
  g_autofree char *to = passend_format_date (self->to);

  if (self->from != NULL && self->to != NULL)
    return g_strdup_printf (_ ("Period: %1$s to %2$s"), from, to);
  if (self->from != NULL)
    return g_strdup_printf (_ ("Period: from %s"), from);
  if (self->to != NULL)
    return g_strdup_printf (_ ("Period: up to %s"), to);
  return g_strdup (_ ("Period: all dates"));
}

static void
write_cover (PassendBundle *self, BundlePager *pager)
{
  const char *stamp = _ ("Cover");
  g_autoptr (GString) names = g_string_new (NULL);
  g_autofree char *period = describe_period (self);
  g_autofree char *made = passend_format_date (self->made);
  g_autofree char *made_line = g_strdup_printf (_ ("Made on: %s"), made);
  g_autofree char *children = NULL;
  g_autofree char *entries = NULL;
  g_autofree char *exhibits = NULL;
  g_autofree char *counts = NULL;

  for (guint i = 0; i < self->sections->len; i++)
    {
      BundleSection *section = self->sections->pdata[i];

      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", section->child_name);
    }
  children =
      g_strdup_printf (self->sections->len > 1 ? _ ("Children: %s") : _ ("Child: %s"), names->str);
  entries = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", self->n_entries), self->n_entries);
  exhibits = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%u exhibit", "%u exhibits", self->exhibits->len),
      self->exhibits->len);
  /* Translators: on the cover: "12 entries, 5 exhibits". */
  counts = g_strdup_printf (_ ("%1$s, %2$s"), entries, exhibits);

  bundle_pager_begin (pager, stamp);
  pager->y = BUNDLE_MARGIN + 120;
  put_text (pager, self->title, "Sans Bold 24", 0, stamp);
  pager->y += 2 * GAP;
  put_text (pager, children, "Sans 12", 0, stamp);
  put_text (pager, period, "Sans 12", 0, stamp);
  put_text (pager, made_line, "Sans 12", 0, stamp);
  if (self->for_whom != NULL)
    {
      g_autofree char *for_whom = g_strdup_printf (_ ("For: %s"), self->for_whom);

      put_text (pager, for_whom, "Sans 12", 0, stamp);
    }
  put_text (pager, counts, "Sans 12", 0, stamp);
  pager->y += 4 * GAP;
  put_text (pager,
            _ ("This bundle holds a chronology of what happened, the agreements that were "
               "made and whether they were kept, and the documents as numbered exhibits. "
               "The footer of every page says which part it belongs to."),
            FONT, 0, stamp);
}

static char *
describe_with (BundleEntry *entry)
{
  const char      *role = bundle_role_label (entry->role);
  g_autofree char *kind = NULL;

  if (entry->direction == PASSEND_DIRECTION_SENT)
    /* Translators: a letter or e-mail the parent sent: "E-mail, sent". */
    kind = g_strdup_printf (_ ("%s, sent"), passend_entry_kind_label (entry->kind));
  else if (entry->direction == PASSEND_DIRECTION_RECEIVED)
    /* Translators: a letter or e-mail the parent received: "Letter, received". */
    kind = g_strdup_printf (_ ("%s, received"), passend_entry_kind_label (entry->kind));
  else
    kind = g_strdup (passend_entry_kind_label (entry->kind));

  if (entry->people != NULL && *entry->people != '\0' && role != NULL)
    /* Translators: "Conversation, with Ms de Vries (Teacher)". */
    return g_strdup_printf (_ ("%1$s, with %2$s (%3$s)"), kind, entry->people, role);
  if (entry->people != NULL && *entry->people != '\0')
    return g_strdup_printf (_ ("%1$s, with %2$s"), kind, entry->people);
  if (role != NULL)
    return g_strdup_printf (_ ("%1$s, with: %2$s"), kind, role);
  return g_steal_pointer (&kind);
}

static char *
describe_exhibits (BundleEntry *entry)
{
  g_autoptr (GString) numbers = g_string_new (NULL);

  if (entry->exhibits->len == 0)
    return NULL;
  for (guint i = 0; i < entry->exhibits->len; i++)
    g_string_append_printf (numbers, "%s%u", i > 0 ? ", " : "",
                            g_array_index (entry->exhibits, guint, i));
  return g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "See exhibit %s", "See exhibits %s", entry->exhibits->len),
      numbers->str);
}

static char *
describe_agreement (BundleAgreement *agreement)
{
  g_autofree char *due = passend_format_date (agreement->due);

  if (*due != '\0')
    /* Translators: in the chronology: "Agreed: what (who, by 1 May 2026): Done". */
    return g_strdup_printf (_ ("Agreed: %1$s (%2$s, by %3$s): %4$s"), agreement->what,
                            agreement->who, due,
                            passend_agreement_status_label (agreement->status));
  return g_strdup_printf (_ ("Agreed: %1$s (%2$s): %3$s"), agreement->what, agreement->who,
                          passend_agreement_status_label (agreement->status));
}

static void
write_entry (BundlePager *pager, BundleEntry *entry, const char *stamp)
{
  g_autofree char *date = passend_format_date (entry->date);
  g_autofree char *head =
      entry->time != NULL && *entry->time != '\0'
          /* Translators: an entry's date and time in the chronology: "12 March 2026, 14:30". */
          ? g_strdup_printf (_ ("%1$s, %2$s  ·  %3$s"), date, entry->time, entry->title)
          : g_strdup_printf ("%s  ·  %s", date, entry->title);
  g_autofree char *with = describe_with (entry);
  g_autofree char *exhibits = describe_exhibits (entry);
  const char      *summary =
      entry->summary != NULL ? entry->summary : _ ("(The text is private and left out.)");
  const char *summary_font = entry->summary != NULL ? FONT : "Sans Italic 10";

  /* The head of an entry stays with the first lines of its summary. */
  bundle_pager_need (pager,
                     text_height (pager, head, FONT_BOLD, 0) + text_height (pager, with, FONT, 0) +
                         MIN (text_height (pager, summary, summary_font, 12), 3 * 14),
                     stamp);
  put_text (pager, head, FONT_BOLD, 0, stamp);
  put_text (pager, with, FONT, 0, stamp);
  put_text (pager, summary, summary_font, 12, stamp);
  for (guint i = 0; i < entry->agreements->len; i++)
    {
      g_autofree char *line = describe_agreement (entry->agreements->pdata[i]);

      put_text (pager, line, FONT, 12, stamp);
    }
  if (exhibits != NULL)
    put_text (pager, exhibits, FONT_BOLD, 12, stamp);
  pager->y += GAP;
}

static void
write_heading (BundlePager *pager, const char *heading, const char *stamp)
{
  bundle_pager_begin (pager, stamp);
  put_text (pager, heading, FONT_HEAD, 0, stamp);
  pager->y += GAP;
}

static void
write_chronology (BundleSection *section, BundlePager *pager)
{
  const char      *stamp = _ ("Chronology");
  g_autofree char *heading = g_strdup_printf (_ ("Chronology: %s"), section->child_name);

  write_heading (pager, heading, stamp);
  if (section->entries->len == 0)
    put_text (pager, _ ("No entries in this period."), FONT, 0, stamp);
  for (guint i = 0; i < section->entries->len; i++)
    write_entry (pager, section->entries->pdata[i], stamp);
}

/* One row of a table: cells side by side, the row on one page. */
static void
write_row (BundlePager  *pager,
           const char  **cells,
           const double *widths,
           guint         n,
           const char   *font,
           const char   *stamp)
{
  PangoLayout *layouts[8];
  double       height = 0, x = BUNDLE_MARGIN;

  g_assert (n <= G_N_ELEMENTS (layouts));
  for (guint i = 0; i < n; i++)
    {
      layouts[i] = bundle_pager_layout (pager, cells[i], font, widths[i] - GAP);
      height = MAX (height, bundle_layout_height (layouts[i]));
    }
  bundle_pager_need (pager, height, stamp);
  for (guint i = 0; i < n; i++)
    {
      bundle_pager_show (pager, layouts[i], x, pager->y);
      x += widths[i];
      g_object_unref (layouts[i]);
    }
  pager->y += height + GAP;
}

static void
write_agreements (BundleSection *section, BundlePager *pager)
{
  static const double widths[] = { 150, 70, 85, 80, 98 };
  const char         *stamp = _ ("Agreements");
  g_autofree char    *heading = g_strdup_printf (_ ("Agreements: %s"), section->child_name);
  const char         *head[] = { _ ("What"), _ ("Who"), _ ("By when"), _ ("Status"), _ ("Kept") };

  write_heading (pager, heading, stamp);
  if (section->agreements->len == 0)
    {
      put_text (pager, _ ("No agreements in these entries."), FONT, 0, stamp);
      return;
    }
  write_row (pager, head, widths, G_N_ELEMENTS (head), FONT_TABLE_HEAD, stamp);
  for (guint i = 0; i < section->agreements->len; i++)
    {
      BundleAgreement *agreement = section->agreements->pdata[i];
      g_autofree char *due = passend_format_date (agreement->due);
      const char      *row[] = { agreement->what, agreement->who, due,
                                 passend_agreement_status_label (agreement->status),
                                 bundle_kept_label (agreement->status) };

      write_row (pager, row, widths, G_N_ELEMENTS (row), FONT_TABLE, stamp);
    }
}

static char *
describe_file (BundleExhibit *exhibit)
{
  g_autofree char *size = g_format_size (MAX (exhibit->size, 0));

  switch (exhibit->kind)
    {
    case BUNDLE_FILE_PDF:
      return g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "PDF, %u page", "PDF, %u pages", exhibit->n_pages),
          exhibit->n_pages);
    case BUNDLE_FILE_IMAGE:
      return g_strdup (_ ("Picture"));
    case BUNDLE_FILE_MISSING:
      return g_strdup (_ ("Missing"));
    case BUNDLE_FILE_OTHER:
    case BUNDLE_FILE_UNKNOWN:
    default:
      /* Translators: a file the bundle cannot show: "Listed only, 12.3 kB". */
      return g_strdup_printf (_ ("Listed only, %s"), size);
    }
}

static void
write_exhibit_list (PassendBundle *self, BundlePager *pager)
{
  static const double widths[] = { 70, 220, 120, 73 };
  const char         *stamp = _ ("Exhibits");

  write_heading (pager, _ ("List of exhibits"), stamp);
  if (self->exhibits->len == 0)
    {
      put_text (pager, _ ("No documents are attached to these entries."), FONT, 0, stamp);
      return;
    }
  for (guint i = 0; i < self->exhibits->len; i++)
    {
      BundleExhibit   *exhibit = self->exhibits->pdata[i];
      g_autofree char *number = g_strdup_printf (_ ("Exhibit %u"), exhibit->number);
      g_autofree char *date = passend_format_date (exhibit->entry_date);
      g_autofree char *name =
          g_strdup_printf ("%s\n%s, %s", exhibit->name, date, exhibit->entry_title);
      g_autofree char *file = describe_file (exhibit);
      g_autofree char *page = g_strdup_printf (_ ("page %u"), exhibit->first_page);
      const char      *row[] = { number, name, file, page };

      write_row (pager, row, widths, G_N_ELEMENTS (row), FONT, stamp);
    }
}

/* The cover, then per child the chronology and the agreements, then
 * the list of exhibits. */
void
bundle_write_front (PassendBundle *self, BundlePager *pager)
{
  write_cover (self, pager);
  for (guint i = 0; i < self->sections->len; i++)
    {
      write_chronology (self->sections->pdata[i], pager);
      write_agreements (self->sections->pdata[i], pager);
    }
  write_exhibit_list (self, pager);
}
