/* passend-sheet-printer-content.c - what a printed preparation sheet says
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sheet as a list of blocks: the talk, the dossier's context, the
 * parent's fields (or lines to write on), the points and the form for
 * what was agreed.  How blocks go onto pages is passend-sheet-printer.c's.
 */
#define G_LOG_DOMAIN "passend-sheet-printer"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-clock.h"
#include "passend-outcome.h"
#include "passend-sheet-printer-private.h"
#include "passend-steps.h"
#include "passend-text.h"
#include "passend-ui-util.h"

static Block *
add_block (PassendSheetPrinter *self, Kind kind, char *markup) /* (transfer full) */
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->markup[0] = markup;
  block->header_block = -1;
  block->keep_with_next = kind == KIND_TITLE || kind == KIND_HEADING || kind == KIND_SUBHEADING;
  g_ptr_array_add (self->blocks, block);
  return block;
}

static void
add_space (PassendSheetPrinter *self, double space)
{
  add_block (self, KIND_SPACE, NULL)->space = space;
}

static void
add_rules (PassendSheetPrinter *self, guint n, double indent)
{
  Block *block = add_block (self, KIND_RULES, NULL);

  block->n_rules = n;
  block->indent = indent;
}

static void
add_heading (PassendSheetPrinter *self, const char *heading)
{
  add_space (self, 14);
  add_block (self, KIND_HEADING, g_markup_escape_text (heading, -1));
  add_space (self, 4);
}

/* The parent's text, or lines to write on when there is none. */
static void
add_text_or_rules (PassendSheetPrinter *self, const char *text, guint n_rules, double indent)
{
  if (passend_text_has_content (text))
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (text));

      add_block (self, KIND_TEXT, g_markup_escape_text (trimmed, -1))->indent = indent;
    }
  else
    add_rules (self, n_rules, indent);
}

static void
add_section (PassendSheetPrinter *self, const char *heading, const char *text, guint n_rules)
{
  add_heading (self, heading);
  add_text_or_rules (self, text, n_rules, 0);
}

static Block *
add_row (PassendSheetPrinter *self,
         const char          *what,
         const char          *who,
         const char          *when,
         int                  header_block)
{
  Block *block = add_block (self, KIND_ROW, g_strdup (what));

  block->markup[1] = g_strdup (who);
  block->markup[2] = g_strdup (when);
  block->header_block = header_block;
  return block;
}

/* The header row of a table of agreements; returns its block. */
static int
add_table_header (PassendSheetPrinter *self)
{
  g_autofree char *what = g_markup_printf_escaped ("<b>%s</b>", _ ("What"));
  g_autofree char *who = g_markup_printf_escaped ("<b>%s</b>", _ ("Who"));
  /* Translators: a column of a table of agreements: the due date. */
  g_autofree char *when = g_markup_printf_escaped ("<b>%s</b>", _ ("By when"));
  Block           *block = add_row (self, what, who, when, -1);

  block->header = TRUE;
  block->keep_with_next = TRUE;
  return self->blocks->len - 1;
}

static char *
labelled (const char *label, const char *value)
{
  /* Translators: a label and its value on the printed sheet,
   * "Date: 1 December 2026".  Keep the order of %s unless it must change. */
  return g_markup_printf_escaped (_ ("<b>%s:</b> %s"), label, value);
}

static char *
who_text (PassendAgreement *agreement)
{
  const char *name = passend_agreement_get_who_name (agreement);
  const char *party = passend_party_label (passend_agreement_get_party (agreement));

  if (passend_text_has_content (name))
    return g_strdup_printf ("%s (%s)", party, name);
  return g_strdup (party);
}

static void
describe_dossier (PassendSheetPrinter *self,
                  PassendDossier      *dossier,
                  PassendSheet        *sheet,
                  const char          *today)
{
  PassendSheetContext context;
  g_autofree char    *step = NULL;
  g_autofree char    *step_line = NULL;
  g_autofree char    *last = NULL;
  g_autofree char    *last_line = NULL;
  int                 header;

  passend_sheet_context_init (&context, dossier, passend_sheet_get_child_id (sheet), today);

  add_heading (self, _ ("From my dossier"));

  /* Translators: on the printed sheet; %d is the step (1 to 6), %s its name. */
  step =
      g_strdup_printf (_ ("Step %d of 6: %s"), context.step, passend_step_get_title (context.step));
  step_line = labelled (_ ("Where we are"), step);
  add_block (self, KIND_TEXT, g_steal_pointer (&step_line));

  if (context.last_conversation != NULL)
    {
      g_autofree char *date =
          passend_format_date (passend_entry_get_date (context.last_conversation));

      /* Translators: the last talk on the printed sheet: date, then title. */
      last = g_strdup_printf (_ ("%s, “%s”"), date,
                              passend_entry_get_title (context.last_conversation));
    }
  else
    last = g_strdup (_ ("none written down yet"));
  last_line = labelled (_ ("Last talk"), last);
  add_block (self, KIND_TEXT, g_steal_pointer (&last_line));

  add_space (self, 8);
  add_block (self, KIND_SUBHEADING, g_markup_escape_text (_ ("Open agreements"), -1));
  add_space (self, 3);

  if (context.open_agreements->len == 0)
    add_block (self, KIND_TEXT, g_markup_escape_text (_ ("There are no open agreements."), -1));
  else
    {
      header = add_table_header (self);
      for (guint i = 0; i < context.shown->len; i++)
        {
          PassendAgreement *agreement = g_ptr_array_index (context.shown, i);
          const char       *due = passend_agreement_get_due_date (agreement);
          g_autofree char *what = g_markup_escape_text (passend_agreement_get_what (agreement), -1);
          g_autofree char *who = who_text (agreement);
          g_autofree char *who_markup = g_markup_escape_text (who, -1);
          g_autofree char *date = due ? passend_format_date (due) : NULL;
          g_autofree char *when = NULL;

          if (passend_agreement_is_overdue (agreement, today))
            /* Translators: a due date in the table on the printed sheet,
             * for an agreement that is overdue. */
            when = g_markup_printf_escaped (_ ("%s <b>(overdue)</b>"), date);
          else
            when = g_markup_escape_text (date ? date : "–", -1);

          add_row (self, what, who_markup, when, header);
        }
      if (context.open_agreements->len > context.shown->len)
        {
          guint more = context.open_agreements->len - context.shown->len;
          /* Translators: under the table of open agreements on the
           * printed sheet. */
          g_autofree char *rest =
              g_strdup_printf (ngettext ("And %u more open agreement, in the dossier.",
                                         "And %u more open agreements, in the dossier.", more),
                               more);

          add_space (self, 3);
          add_block (self, KIND_TEXT, g_markup_escape_text (rest, -1));
        }
    }

  passend_sheet_context_clear (&context);
}

static void
describe_points (PassendSheetPrinter *self, PassendSheet *sheet)
{
  guint n = passend_sheet_get_n_points (sheet);
  guint shown = 0;

  add_heading (self, _ ("My points"));
  add_block (
      self, KIND_SMALL,
      g_markup_escape_text (
          _ ("What worries me, with an example. Notes during the talk below each point."), -1));
  add_space (self, 4);

  for (guint i = 0; i < n; i++)
    {
      const char      *worry = passend_sheet_get_point_worry (sheet, i);
      const char      *example = passend_sheet_get_point_example (sheet, i);
      g_autofree char *w = NULL;
      Block           *block;

      if (!passend_text_has_content (worry) && !passend_text_has_content (example))
        continue;

      w = g_strstrip (g_strdup (passend_text_has_content (worry) ? worry : "…"));
      if (shown > 0)
        add_space (self, 8);
      block = add_block (self, KIND_TEXT, g_markup_printf_escaped ("<b>%u. %s</b>", ++shown, w));
      block->keep_with_next = TRUE;
      if (passend_text_has_content (example))
        {
          g_autofree char *e = g_strstrip (g_strdup (example));
          g_autofree char *line = labelled (_ ("For example"), e);

          block = add_block (self, KIND_TEXT, g_steal_pointer (&line));
          block->indent = POINT_INDENT;
          block->keep_with_next = TRUE;
        }
      add_rules (self, 3, POINT_INDENT);
    }

  /* A blank form: room for three points. */
  for (guint i = shown; i < 3 && shown == 0; i++)
    {
      Block *block;

      if (i > 0)
        add_space (self, 8);
      block = add_block (self, KIND_TEXT, g_strdup_printf ("<b>%u.</b>", i + 1));
      block->keep_with_next = TRUE;
      add_rules (self, 4, POINT_INDENT);
    }
}

void
_passend_sheet_printer_describe_sheet (PassendSheetPrinter *self,
                                       PassendDossier      *dossier,
                                       PassendSheet        *sheet)
{
  PassendChild    *child = passend_dossier_find_child (dossier, passend_sheet_get_child_id (sheet));
  const char      *name = child ? passend_child_get_name (child) : "";
  const char      *date = passend_sheet_get_date (sheet);
  const char      *time = passend_sheet_get_time (sheet);
  const char      *blank = "________________________";
  g_autofree char *today = passend_clock_get_today ();
  g_autofree char *title = NULL;
  g_autofree char *when = NULL;
  g_autofree char *people = NULL;
  char            *line;
  int              header;

  /* Translators: the title of the printed sheet; %s is the child's name. */
  title = g_strdup_printf (_ ("Preparing a talk about %s"), name);
  add_block (self, KIND_TITLE, g_markup_escape_text (title, -1))->keep_with_next = FALSE;
  add_space (self, 4);
  add_block (self, KIND_SMALL,
             g_markup_escape_text (_ ("Take this sheet along to the talk and write on it."), -1));
  add_space (self, 10);

  if (date != NULL)
    {
      g_autofree char *day = passend_format_date (date);

      /* Translators: the date and time of the talk, "1 December 2026, 14:30". */
      when = time ? g_strdup_printf (_ ("%s, %s"), day, time) : g_steal_pointer (&day);
    }
  line = labelled (_ ("Date"), when ? when : blank);
  add_block (self, KIND_TEXT, line);
  line = labelled (_ ("Place"), passend_text_has_content (passend_sheet_get_place (sheet))
                                    ? passend_sheet_get_place (sheet)
                                    : blank);
  add_block (self, KIND_TEXT, line);

  if (passend_text_has_content (passend_sheet_get_with_whom (sheet)))
    {
      g_auto (GStrv) lines = g_strsplit (passend_sheet_get_with_whom (sheet), "\n", -1);
      GString *joined = g_string_new (NULL);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_strstrip (lines[i]);
          if (lines[i][0] == '\0')
            continue;
          if (joined->len > 0)
            g_string_append (joined, ", ");
          g_string_append (joined, lines[i]);
        }
      people = g_string_free (joined, FALSE);
    }
  line = labelled (_ ("With"), people ? people : blank);
  add_block (self, KIND_TEXT, line);

  describe_dossier (self, dossier, sheet, today);

  add_section (self, _ ("The goal of the talk, as school told it"),
               passend_sheet_get_school_goal (sheet), 2);
  add_section (self, _ ("My goal"), passend_sheet_get_my_goal (sheet), 2);
  describe_points (self, sheet);
  add_section (self, _ ("What goes well"), passend_sheet_get_going_well (sheet), 2);
  add_section (self, _ ("My questions"), passend_sheet_get_questions (sheet), 3);
  add_section (self, _ ("What I would like to agree"), passend_sheet_get_wishes (sheet), 2);
  add_section (self, _ ("Who I bring along"), passend_sheet_get_companions (sheet), 1);
  add_section (self, _ ("Documents to bring"), passend_sheet_get_documents (sheet), 1);

  /* The form to fill in by pen stays on one page. */
  add_heading (self, _ ("What we agreed"));
  add_block (self, KIND_SMALL,
             g_markup_escape_text (_ ("Fill in during the talk: who does what, and by when."), -1))
      ->keep_with_next = TRUE;
  add_space (self, 4);
  header = add_table_header (self);
  for (guint i = 0; i < 6; i++)
    add_row (self, "", "", "", header)->keep_with_next = i < 5;
  add_space (self, 14);
  line = labelled (_ ("Next meeting"), blank);
  add_block (self, KIND_TEXT, line);

  /* Translators: at the top of the second and later pages of the sheet;
   * %s is the child's name. */
  self->running_header = g_strdup_printf (_ ("Preparing a talk about %s"), name);
  if (when != NULL)
    {
      g_autofree char *with_date = g_strdup_printf ("%s · %s", self->running_header, when);

      g_free (self->running_header);
      self->running_header = g_steal_pointer (&with_date);
    }
}
