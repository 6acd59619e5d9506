/* passend-outcome.c - what a preparation sheet knows of the dossier, and
 * what becomes of it after the talk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Before the talk the sheet shows the child's open agreements, the last
 * talk and the Assistant's step.  After it, the parent records the
 * outcome: the sheet becomes a conversation entry with the agreements
 * made in it, through the same calls the Dossier page uses, and the
 * agreements from before that were settled get their status.
 */
#define G_LOG_DOMAIN "passend-outcome"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-clock.h"
#include "passend-dossier-private.h"
#include "passend-entry-draft.h"
#include "passend-error.h"
#include "passend-json.h"
#include "passend-outcome.h"
#include "passend-text.h"

static int
compare_due (gconstpointer a, gconstpointer b)
{
  PassendAgreement *aa = *(PassendAgreement **)a;
  PassendAgreement *ab = *(PassendAgreement **)b;
  const char       *due_a = passend_agreement_get_due_date (aa);
  const char       *due_b = passend_agreement_get_due_date (ab);

  /* Without a due date last. */
  if ((due_a == NULL) != (due_b == NULL))
    return due_a == NULL ? 1 : -1;
  if (due_a != NULL && strcmp (due_a, due_b) != 0)
    return strcmp (due_a, due_b);
  return g_strcmp0 (passend_record_get_created (PASSEND_RECORD (aa)),
                    passend_record_get_created (PASSEND_RECORD (ab)));
}

/* What matters most for a talk comes first: overdue, then the school's
 * part, then the soonest due. */
static int
importance (PassendAgreement *agreement, const char *today)
{
  return (passend_agreement_is_overdue (agreement, today) ? 0 : 2) +
         (passend_agreement_get_party (agreement) == PASSEND_PARTY_SCHOOL ? 0 : 1);
}

/* The few of @open (sorted by due date) that the sheet names. */
static GPtrArray *
choose_shown (GPtrArray *open, const char *today)
{
  GPtrArray *shown = g_ptr_array_new_with_free_func (g_object_unref);

  /* Four passes over a list sorted by due date keep each rank in due
   * order, and stop as soon as the handful is found. */
  for (int rank = 0; rank < 4 && shown->len < PASSEND_SHEET_CONTEXT_SHOWN; rank++)
    for (guint i = 0; i < open->len && shown->len < PASSEND_SHEET_CONTEXT_SHOWN; i++)
      {
        PassendAgreement *agreement = g_ptr_array_index (open, i);

        if (importance (agreement, today) == rank)
          g_ptr_array_add (shown, g_object_ref (agreement));
      }
  return shown;
}

/**
 * passend_sheet_context_init:
 * @context: (out caller-allocates): filled in; free with
 *   passend_sheet_context_clear()
 * @child_id: the child the sheet is about
 * @today: "YYYY-MM-DD"
 *
 * Collects what the sheet shows from the dossier.  Agreements for all
 * children count for this child, as on the Dossier page.  Asks the
 * Assistant's step without making a state for a child that has none,
 * so printing never changes the dossier.
 */
void
passend_sheet_context_init (PassendSheetContext *context,
                            PassendDossier      *dossier,
                            const char          *child_id,
                            const char          *today)
{
  GListModel *model;

  g_return_if_fail (context != NULL);
  g_return_if_fail (PASSEND_IS_DOSSIER (dossier));
  g_return_if_fail (today != NULL);

  memset (context, 0, sizeof *context);
  context->open_agreements = g_ptr_array_new_with_free_func (g_object_unref);
  context->step = PASSEND_PROCESS_FIRST_STEP;

  model = passend_dossier_get_agreements (dossier);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (PassendAgreement) agreement = g_list_model_get_item (model, i);
      const char *id = passend_agreement_get_child_id (agreement);

      if ((id == NULL || g_strcmp0 (id, child_id) == 0) &&
          passend_agreement_get_status (agreement) == PASSEND_AGREEMENT_STATUS_OPEN)
        g_ptr_array_add (context->open_agreements, g_steal_pointer (&agreement));
    }
  g_ptr_array_sort (context->open_agreements, compare_due);
  context->shown = choose_shown (context->open_agreements, today);

  model = passend_dossier_get_entries (dossier);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (PassendEntry) entry = g_list_model_get_item (model, i);
      const char *date = passend_entry_get_date (entry);

      if (passend_entry_get_kind (entry) != PASSEND_ENTRY_KIND_CONVERSATION ||
          g_strcmp0 (passend_entry_get_child_id (entry), child_id) != 0 || date == NULL ||
          strcmp (date, today) > 0)
        continue;

      if (context->last_conversation == NULL ||
          strcmp (date, passend_entry_get_date (context->last_conversation)) > 0 ||
          (strcmp (date, passend_entry_get_date (context->last_conversation)) == 0 &&
           g_strcmp0 (passend_entry_get_time (entry),
                      passend_entry_get_time (context->last_conversation)) > 0))
        g_set_object (&context->last_conversation, entry);
    }

  model = passend_dossier_get_process_states (dossier);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (PassendProcessState) state = g_list_model_get_item (model, i);

      if (g_strcmp0 (passend_process_state_get_child_id (state), child_id) == 0)
        context->step = passend_process_state_get_step (state);
    }
}

void
passend_sheet_context_clear (PassendSheetContext *context)
{
  g_clear_pointer (&context->open_agreements, g_ptr_array_unref);
  g_clear_pointer (&context->shown, g_ptr_array_unref);
  g_clear_object (&context->last_conversation);
}

static void
append_part (GString *out, const char *heading, const char *text)
{
  g_autofree char *trimmed = NULL;

  if (!passend_text_has_content (text))
    return;

  trimmed = g_strstrip (g_strdup (text));
  if (out->len > 0)
    g_string_append (out, "\n\n");
  g_string_append_printf (out, "%s\n%s", heading, trimmed);
}

/**
 * passend_sheet_summarize:
 *
 * Returns: (transfer full): what the sheet says, as the text of a
 *   dossier entry: every part the parent filled in, under a heading
 */
char *
passend_sheet_summarize (PassendSheet *sheet)
{
  GString *out = g_string_new (NULL);
  guint    n_points;

  g_return_val_if_fail (PASSEND_IS_SHEET (sheet), NULL);

  append_part (out, _ ("The goal of the talk, as school told it:"),
               passend_sheet_get_school_goal (sheet));
  append_part (out, _ ("My goal:"), passend_sheet_get_my_goal (sheet));

  n_points = passend_sheet_get_n_points (sheet);
  for (guint i = 0, shown = 0; i < n_points; i++)
    {
      const char      *worry = passend_sheet_get_point_worry (sheet, i);
      const char      *example = passend_sheet_get_point_example (sheet, i);
      g_autofree char *w = NULL;

      if (!passend_text_has_content (worry) && !passend_text_has_content (example))
        continue;

      if (shown++ == 0)
        {
          if (out->len > 0)
            g_string_append (out, "\n\n");
          g_string_append (out, _ ("The points I raised:"));
        }

      w = g_strstrip (g_strdup (passend_text_has_content (worry) ? worry : "…"));
      g_string_append_printf (out, "\n- %s", w);
      if (passend_text_has_content (example))
        {
          g_autofree char *e = g_strstrip (g_strdup (example));

          g_string_append (out, "\n  ");
          /* Translators: under a worry the parent raised; %s is the example. */
          g_string_append_printf (out, _ ("For example: %s"), e);
        }
    }

  append_part (out, _ ("What goes well:"), passend_sheet_get_going_well (sheet));
  append_part (out, _ ("My questions:"), passend_sheet_get_questions (sheet));
  append_part (out, _ ("What I wanted to agree:"), passend_sheet_get_wishes (sheet));
  append_part (out, _ ("Who came with me:"), passend_sheet_get_companions (sheet));

  return g_string_free (out, FALSE);
}

/* The people on one line: "Ms Jansen (teacher), Mr Bakker (IB)". */
static char *
people_line (const char *with_whom)
{
  g_auto (GStrv) lines = NULL;
  GString *out;

  if (!passend_text_has_content (with_whom))
    return NULL;

  lines = g_strsplit (with_whom, "\n", -1);
  out = g_string_new (NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, lines[i]);
    }

  return g_string_free (out, FALSE);
}

static gboolean
check_settled (PassendDossier *dossier, GPtrArray *agreements, GError **error)
{
  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    {
      PassendAgreement *agreement = g_ptr_array_index (agreements, i);

      if (!g_list_store_find (G_LIST_STORE (passend_dossier_get_agreements (dossier)), agreement,
                              NULL))
        {
          g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                               "An agreement to settle is not in the dossier");
          return FALSE;
        }
    }

  return TRUE;
}

/* The text of the entry: what was said and agreed first, as the parent
 * reads it back; then how the talk was prepared. */
static char *
outcome_text (PassendSheet *sheet, const PassendOutcome *outcome)
{
  g_autofree char *preparation = passend_sheet_summarize (sheet);
  GString         *out = g_string_new (NULL);
  GPtrArray       *agreements = outcome->agreements;

  append_part (out, _ ("What was said:"), outcome->notes);
  for (guint i = 0, shown = 0; agreements != NULL && i < agreements->len; i++)
    {
      const char *what = passend_agreement_get_what (g_ptr_array_index (agreements, i));

      if (!passend_text_has_content (what))
        continue;
      if (shown++ == 0)
        g_string_append_printf (out, "%s%s", out->len > 0 ? "\n\n" : "", _ ("What was agreed:"));
      g_string_append_printf (out, "\n- %s", what);
    }
  if (preparation[0] != '\0')
    g_string_append_printf (out, "%s%s\n\n%s", out->len > 0 ? "\n\n" : "",
                            _ ("How I prepared the talk:"), preparation);

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* The next meeting as a planned talk: a new sheet on its day, with the
 * same people. */
static PassendSheet *
next_meeting_sheet (PassendSheet *sheet, const PassendOutcome *outcome)
{
  PassendSheet *next;

  if (outcome->next_meeting == NULL)
    return NULL;

  next = passend_sheet_new (passend_sheet_get_child_id (sheet));
  g_object_set (next, "date", outcome->next_meeting, "with-whom",
                passend_sheet_get_with_whom (sheet), NULL);
  return next;
}

/* The talk as an entry draft, as the Dossier page would write it. */
static void
outcome_draft (PassendSheet *sheet, const PassendOutcome *outcome, PassendEntryDraft *draft)
{
  g_autofree char *today = passend_clock_get_today ();
  GPtrArray       *agreements = outcome->agreements;

  passend_entry_draft_init (draft, NULL);
  draft->kind = PASSEND_ENTRY_KIND_CONVERSATION;
  draft->date = g_strdup (passend_sheet_get_date (sheet) ? passend_sheet_get_date (sheet) : today);
  /* The parent chose the day of the talk on the sheet. */
  draft->confirmed_date = g_strdup (draft->date);
  draft->time = g_strdup (passend_sheet_get_time (sheet));
  draft->title = g_strdup (passend_text_has_content (outcome->title) ? outcome->title
                                                                     : _ ("Talk with school"));
  draft->people = people_line (passend_sheet_get_with_whom (sheet));
  draft->text = outcome_text (sheet, outcome);
  draft->child_id = g_strdup (passend_sheet_get_child_id (sheet));

  /* The new agreements themselves become the entry's. */
  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    g_ptr_array_add (draft->agreements,
                     passend_agreement_draft_new (g_ptr_array_index (agreements, i)));
}

/**
 * passend_sheet_record_outcome:
 * @sheet: a sheet of @dossier, not yet recorded
 * @outcome: what the parent told about the talk
 *
 * Writes the talk down: a conversation entry for the sheet's child on
 * the sheet's day (today if it has none) with its time and people, a
 * text made of the sheet (passend_sheet_summarize()) and the notes, the
 * new agreements as agreements of that entry, a new sheet (a planned
 * talk) for the next meeting if there is a date, and the status of the earlier agreements
 * that were settled.  The sheet then names the entry.  Everything is
 * checked first, the entry and its agreements by the rules of every
 * entry (passend_dossier_check_entry_draft()): on an error nothing has
 * changed.  It is all one change of the dossier.
 *
 * Returns: (transfer none) (nullable): the new entry, or %NULL with
 *   @error set to %PASSEND_ERROR_INVALID
 */
PassendEntry *
passend_sheet_record_outcome (PassendSheet         *sheet,
                              PassendDossier       *dossier,
                              const PassendOutcome *outcome,
                              GError              **error)
{
  g_auto (PassendEntryDraft) draft = {
    0,
  };
  g_autoptr (GError) refused = NULL;
  guint         index = 0;
  PassendEntry *entry;

  g_return_val_if_fail (PASSEND_IS_SHEET (sheet), NULL);
  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (outcome != NULL, NULL);

  if (!g_list_store_find (G_LIST_STORE (passend_dossier_get_sheets (dossier)), sheet, NULL))
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "The sheet is not in the dossier");
      return NULL;
    }
  if (passend_dossier_find_entry (dossier, passend_sheet_get_entry_id (sheet)) != NULL)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "The talk of this sheet was written down already");
      return NULL;
    }
  if (outcome->next_meeting != NULL && !passend_date_is_valid (outcome->next_meeting))
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "The date of the next meeting is not a date");
      return NULL;
    }
  if (!check_settled (dossier, outcome->done, error) ||
      !check_settled (dossier, outcome->not_kept, error))
    return NULL;

  outcome_draft (sheet, outcome, &draft);
  if (!passend_dossier_check_entry_draft (dossier, &draft, &index, &refused))
    {
      /* Names the agreement, never what the parent wrote. */
      if (g_error_matches (refused, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_AGREEMENT_WHAT) ||
          g_error_matches (refused, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_AGREEMENT_DUE) ||
          (g_error_matches (refused, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_CHANGED) &&
           index < draft.agreements->len))
        g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                     "New agreement %u is empty or already in a dossier: %s", index + 1,
                     refused->message);
      else
        g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "The talk cannot be an entry: %s",
                     refused->message);
      return NULL;
    }

  /* Now change the dossier, in one go. */
  passend_dossier_freeze_changes (dossier);

  entry = passend_dossier_apply_entry_draft (dossier, &draft, NULL, NULL);
  for (guint i = 0; outcome->done != NULL && i < outcome->done->len; i++)
    passend_agreement_set_status (g_ptr_array_index (outcome->done, i),
                                  PASSEND_AGREEMENT_STATUS_DONE);
  for (guint i = 0; outcome->not_kept != NULL && i < outcome->not_kept->len; i++)
    passend_agreement_set_status (g_ptr_array_index (outcome->not_kept, i),
                                  PASSEND_AGREEMENT_STATUS_NOT_KEPT);
  g_object_set (sheet, "entry-id", passend_record_get_id (PASSEND_RECORD (entry)), NULL);
  {
    g_autoptr (PassendSheet) next = next_meeting_sheet (sheet, outcome);

    if (next != NULL)
      passend_dossier_add_sheet (dossier, next);
  }

  passend_dossier_thaw_changes (dossier);

  return entry;
}
