/* test-sheet.c - preparation sheets in the dossier, and recording the
 * outcome of a talk, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "passend-clock.h"
#include "passend-dossier-private.h"
#include "passend-dossier-snapshot.h"
#include "passend-dossier.h"
#include "passend-error.h"
#include "passend-outcome.h"
#include "passend-structure-watch.h"

static char *
dossier_text (PassendDossier *dossier)
{
  gsize length;

  return passend_dossier_write (dossier, 0, &length);
}

static void
count_cb (gpointer instance, guint *count)
{
  (*count)++;
}

static PassendSheet *
add_sheet (PassendDossier *dossier, PassendChild *child)
{
  g_autoptr (PassendSheet) sheet =
      passend_sheet_new (passend_record_get_id (PASSEND_RECORD (child)));

  passend_dossier_add_sheet (dossier, sheet);
  return sheet;
}

static void
fill_sheet (PassendSheet *sheet)
{
  const char *const worries[] = { "Sam is tired after school 😴", "الواجبات المنزلية كثيرة", "",
                                  NULL };
  const char *const examples[] = { "Monday he slept at 4 pm", "", "Only an example", NULL };

  g_object_set (sheet, "date", "2026-12-01", "time", "14:30", "place", "De Linde, room 3",
                "with-whom", "Ms Jansen (teacher)\nMr Bakker (IB'er)", "school-goal",
                "Talk about the reading plan", "my-goal", "A plan we both follow ✅", "going-well",
                "He likes maths", "questions", "Who checks the plan?\nWhen do we talk again?",
                "wishes", "A short weekly note", "companions", "My sister Noor", "documents",
                "Report of the last talk", NULL);
  passend_sheet_set_points (sheet, worries, examples);
}

static void
test_round_trip (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *child = passend_dossier_add_child (dossier, "Sam"); /* a child */
  PassendSheet *sheet = add_sheet (dossier, child);
  g_autoptr (PassendDossier) again = NULL;
  g_autoptr (PassendSheet) read = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  g_autofree char *with_extra = NULL;
  g_autofree char *extra_again = NULL;
  char            *at;

  fill_sheet (sheet);
  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);

  text = dossier_text (dossier);
  g_assert_nonnull (strstr (text, "\"sheets\""));
  g_assert_nonnull (strstr (text, "\"point_worries\""));
  again = passend_dossier_new_from_text (text, strlen (text), &error);
  g_assert_no_error (error);
  text_again = dossier_text (again);
  g_assert_cmpstr (text_again, ==, text);

  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_sheets (again)), ==, 1);
  read = g_list_model_get_item (passend_dossier_get_sheets (again), 0);
  g_assert_cmpstr (passend_sheet_get_child_id (read), ==,
                   passend_record_get_id (PASSEND_RECORD (child)));
  g_assert_cmpstr (passend_sheet_get_date (read), ==, "2026-12-01");
  g_assert_cmpstr (passend_sheet_get_time (read), ==, "14:30");
  g_assert_cmpstr (passend_sheet_get_my_goal (read), ==, "A plan we both follow ✅");
  g_assert_cmpstr (passend_sheet_get_with_whom (read), ==,
                   "Ms Jansen (teacher)\nMr Bakker (IB'er)");
  g_assert_cmpuint (passend_sheet_get_n_points (read), ==, 3);
  g_assert_cmpstr (passend_sheet_get_point_worry (read, 0), ==, "Sam is tired after school 😴");
  g_assert_cmpstr (passend_sheet_get_point_worry (read, 1), ==, "الواجبات المنزلية كثيرة");
  g_assert_cmpstr (passend_sheet_get_point_example (read, 1), ==, "");
  g_assert_cmpstr (passend_sheet_get_point_example (read, 2), ==, "Only an example");
  g_assert_null (passend_sheet_get_entry_id (read));
  g_assert_false (passend_sheet_is_empty (read));

  /* A member a newer build wrote in a sheet comes back unchanged. */
  at = strstr (text, "\"point_worries\"");
  g_assert_nonnull (at);
  with_extra = g_strdup_printf ("%.*s\"future\": {\"a\": [1, 2]}, %s", (int)(at - text), text, at);
  g_clear_object (&again);
  again = passend_dossier_new_from_text (with_extra, strlen (with_extra), &error);
  g_assert_no_error (error);
  extra_again = dossier_text (again);
  g_assert_nonnull (strstr (extra_again, "\"future\""));
  g_clear_object (&again);
  again = passend_dossier_new_from_text (extra_again, strlen (extra_again), &error);
  g_assert_no_error (error);
  g_free (text_again);
  text_again = dossier_text (again);
  g_assert_cmpstr (text_again, ==, extra_again);
}

static void
test_points (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *child = passend_dossier_add_child (dossier, "Sam"); /* a child */
  PassendSheet *sheet = add_sheet (dossier, child);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *bad = NULL;
  g_autoptr (PassendDossier) broken = NULL;
  char *at;

  g_assert_true (passend_sheet_is_empty (sheet));
  fill_sheet (sheet);

  /* Each point moves with its example. */
  passend_sheet_move_point (sheet, 2, 0);
  g_assert_cmpstr (passend_sheet_get_point_worry (sheet, 0), ==, "");
  g_assert_cmpstr (passend_sheet_get_point_example (sheet, 0), ==, "Only an example");
  g_assert_cmpstr (passend_sheet_get_point_worry (sheet, 1), ==, "Sam is tired after school 😴");
  g_assert_cmpstr (passend_sheet_get_point_example (sheet, 1), ==, "Monday he slept at 4 pm");
  passend_sheet_move_point (sheet, 0, 2);
  g_assert_cmpstr (passend_sheet_get_point_worry (sheet, 0), ==, "Sam is tired after school 😴");
  g_assert_cmpstr (passend_sheet_get_point_worry (sheet, 1), ==, "الواجبات المنزلية كثيرة");
  g_assert_cmpstr (passend_sheet_get_point_example (sheet, 2), ==, "Only an example");

  /* A file whose two lists differ in length is refused. */
  text = dossier_text (dossier);
  at = strstr (text, "\"point_examples\": [");
  g_assert_nonnull (at);
  at += strlen ("\"point_examples\": [");
  bad = g_strdup_printf ("%.*s\"one more\", %s", (int)(at - text), text, at);
  broken = passend_dossier_new_from_text (bad, strlen (bad), &error);
  g_assert_null (broken);
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
}

static void
test_drafts_and_removal (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  PassendChild *noor = passend_dossier_add_child (dossier, "Noor");
  PassendSheet *first = add_sheet (dossier, sam);
  PassendSheet *second = add_sheet (dossier, sam);
  PassendSheet *hers = add_sheet (dossier, noor);
  g_autoptr (PassendSheet) left = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *bad = NULL;
  g_autoptr (PassendDossier) broken = NULL;
  guint  changes = 0;
  gulong id;

  g_object_set (first, "place", "School", NULL);
  g_object_set (second, "place", "At home", NULL);
  g_object_set (hers, "place", "Online", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_sheets (dossier)), ==, 3);

  /* A change in a sheet is a change of the dossier, to be saved. */
  id = g_signal_connect (dossier, "changed", G_CALLBACK (count_cb), &changes);
  g_object_set (first, "my-goal", "Clarity", NULL);
  g_signal_handler_disconnect (dossier, id);
  g_assert_cmpuint (changes, >, 0);

  passend_dossier_remove_sheet (dossier, second);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_sheets (dossier)), ==, 2);

  passend_dossier_remove_child (dossier, sam);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_sheets (dossier)), ==, 1);
  left = g_list_model_get_item (passend_dossier_get_sheets (dossier), 0);
  g_assert_true (left == hers);
  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);

  /* A sheet for a child that does not exist is refused on load. */
  text = dossier_text (dossier);
  bad = g_strdup (text);
  memcpy (strstr (bad, "\"child_id\": \"") + strlen ("\"child_id\": \""), "zz", 2);
  broken = passend_dossier_new_from_text (bad, strlen (bad), &error);
  g_assert_null (broken);
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
}

/* The outcome entry's text: what was said and agreed comes first, the
 * preparation after it. */
static void
assert_outcome_text (const char *text)
{
  g_assert_nonnull (strstr (text, "Talk about the reading plan"));
  g_assert_nonnull (strstr (text, "Sam is tired after school 😴"));
  g_assert_nonnull (strstr (text, "Monday he slept at 4 pm"));
  g_assert_nonnull (strstr (text, "Who checks the plan?"));
  g_assert_nonnull (strstr (text, "School agreed to a weekly note."));
  g_assert_true (g_str_has_prefix (text, "What was said:\nSchool agreed to a weekly note."));
  g_assert_nonnull (strstr (text, "What was agreed:\n- "));
  g_assert_true (strstr (text, "What was agreed:") < strstr (text, "How I prepared the talk:"));
  g_assert_true (strstr (text, "How I prepared the talk:") <
                 strstr (text, "Talk about the reading plan"));
}

/* The next meeting is a planned talk, not an agreement of school's. */
static void
assert_next_meeting_planned (PassendDossier *dossier, PassendSheet *sheet, const char *child_id)
{
  GListModel *sheets = passend_dossier_get_sheets (dossier);
  g_autoptr (PassendSheet) next = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (sheets), ==, 2);
  next = g_list_model_get_item (sheets, 1);
  g_assert_true (next != sheet);
  g_assert_cmpstr (passend_sheet_get_date (next), ==, "2027-01-12");
  g_assert_cmpstr (passend_sheet_get_child_id (next), ==, child_id);
  g_assert_cmpstr (passend_sheet_get_with_whom (next), ==, passend_sheet_get_with_whom (sheet));
  g_assert_null (passend_sheet_get_entry_id (next));
}

static void
test_record_outcome (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *child = passend_dossier_add_child (dossier, "Sam"); /* a child */
  const char   *child_id = passend_record_get_id (PASSEND_RECORD (child));
  g_autoptr (PassendEntry) before =
      passend_entry_new (PASSEND_ENTRY_KIND_CONVERSATION, "2026-10-01", "First talk");
  g_autoptr (PassendEntry) planned =
      passend_entry_new (PASSEND_ENTRY_KIND_CONVERSATION, "2026-12-24", "Later talk");
  g_autoptr (PassendAgreement) overdue =
      passend_agreement_new ("School writes a plan", PASSEND_PARTY_SCHOOL, "2026-11-01");
  g_autoptr (PassendAgreement) open =
      passend_agreement_new ("I ask the GP", PASSEND_PARTY_PARENT, "2026-12-10");
  g_autoptr (PassendAgreement) third =
      passend_agreement_new ("Test reading", PASSEND_PARTY_SCHOOL, NULL);
  g_autoptr (PassendAgreement) new1 =
      passend_agreement_new ("Weekly note home", PASSEND_PARTY_SCHOOL, "2026-12-08");
  g_autoptr (PassendAgreement) new2 =
      passend_agreement_new ("Read every evening", PASSEND_PARTY_PARENT, NULL);
  g_autoptr (PassendAgreement) empty = passend_agreement_new (" ", PASSEND_PARTY_PARENT, NULL);
  g_autoptr (GPtrArray) agreements = g_ptr_array_new ();
  g_autoptr (GPtrArray) done = g_ptr_array_new ();
  g_autoptr (GPtrArray) not_kept = g_ptr_array_new ();
  g_autoptr (GPtrArray) made = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PassendRemoval) removal = NULL;
  g_autofree char    *unchanged = NULL;
  g_autofree char    *after_error = NULL;
  PassendSheetContext context;
  PassendSheet       *sheet;
  PassendEntry       *entry;
  PassendOutcome      outcome = {
         0,
  };

  passend_clock_set_today ("2026-11-23");
  passend_entry_set_child_id (before, child_id);
  passend_entry_set_child_id (planned, child_id);
  passend_dossier_add_entry (dossier, before);
  passend_dossier_add_entry (dossier, planned);
  passend_dossier_add_entry_agreement (dossier, before, open);
  passend_dossier_add_entry_agreement (dossier, before, overdue);
  passend_dossier_add_entry_agreement (dossier, before, third);
  passend_process_state_set_step (passend_dossier_get_process_state (dossier, child), 3);

  sheet = add_sheet (dossier, child);
  fill_sheet (sheet);

  /* What the sheet shows from the dossier. */
  passend_sheet_context_init (&context, dossier, child_id, "2026-11-23");
  g_assert_cmpuint (context.open_agreements->len, ==, 3);
  g_assert_true (g_ptr_array_index (context.open_agreements, 0) == overdue);
  g_assert_true (g_ptr_array_index (context.open_agreements, 1) == open);
  g_assert_true (g_ptr_array_index (context.open_agreements, 2) == third);
  /* The few it names: overdue first, then the school's, then the rest. */
  g_assert_cmpuint (context.shown->len, ==, 3);
  g_assert_true (g_ptr_array_index (context.shown, 0) == overdue);
  g_assert_true (g_ptr_array_index (context.shown, 1) == third);
  g_assert_true (g_ptr_array_index (context.shown, 2) == open);
  g_assert_true (context.last_conversation == before);
  g_assert_cmpint (context.step, ==, 3);
  passend_sheet_context_clear (&context);

  /* A bad outcome changes nothing. */
  g_ptr_array_add (agreements, new1);
  g_ptr_array_add (agreements, empty);
  outcome.agreements = agreements;
  unchanged = dossier_text (dossier);
  g_assert_null (passend_sheet_record_outcome (sheet, dossier, &outcome, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);
  after_error = dossier_text (dossier);
  g_assert_cmpstr (after_error, ==, unchanged);

  /* So does the same new agreement twice, or one already in the dossier. */
  g_ptr_array_remove (agreements, empty);
  g_ptr_array_add (agreements, new1);
  g_assert_null (passend_sheet_record_outcome (sheet, dossier, &outcome, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);
  g_ptr_array_remove_index (agreements, 1);
  g_ptr_array_add (agreements, overdue);
  g_assert_null (passend_sheet_record_outcome (sheet, dossier, &outcome, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);
  g_ptr_array_remove (agreements, overdue);
  g_free (after_error);
  after_error = dossier_text (dossier);
  g_assert_cmpstr (after_error, ==, unchanged);

  g_ptr_array_add (agreements, new2);
  g_ptr_array_add (done, overdue);
  g_ptr_array_add (not_kept, open);
  outcome.title = "Talk about reading";
  outcome.notes = "School agreed to a weekly note.";
  outcome.next_meeting = "2027-01-12";
  outcome.done = done;
  outcome.not_kept = not_kept;

  entry = passend_sheet_record_outcome (sheet, dossier, &outcome, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);
  g_assert_cmpint (passend_entry_get_kind (entry), ==, PASSEND_ENTRY_KIND_CONVERSATION);
  g_assert_cmpstr (passend_entry_get_child_id (entry), ==, child_id);
  g_assert_cmpstr (passend_entry_get_date (entry), ==, "2026-12-01");
  g_assert_cmpstr (passend_entry_get_time (entry), ==, "14:30");
  g_assert_cmpstr (passend_entry_get_title (entry), ==, "Talk about reading");
  g_assert_cmpstr (passend_entry_get_people (entry), ==, "Ms Jansen (teacher), Mr Bakker (IB'er)");
  assert_outcome_text (passend_entry_get_text (entry));
  g_assert_cmpstr (passend_sheet_get_entry_id (sheet), ==,
                   passend_record_get_id (PASSEND_RECORD (entry)));

  /* The new agreements are real agreements of the entry. */
  made = passend_dossier_get_entry_agreements (dossier, entry);
  g_assert_cmpuint (made->len, ==, 2);
  g_assert_true (g_ptr_array_index (made, 0) == new1);
  g_assert_true (g_ptr_array_index (made, 1) == new2);
  g_assert_cmpstr (passend_agreement_get_child_id (new1), ==, child_id);

  assert_next_meeting_planned (dossier, sheet, child_id);

  /* The earlier ones got their status and the day of it. */
  g_assert_cmpint (passend_agreement_get_status (overdue), ==, PASSEND_AGREEMENT_STATUS_DONE);
  g_assert_cmpstr (passend_agreement_get_status_date (overdue), ==, "2026-11-23");
  g_assert_cmpint (passend_agreement_get_status (open), ==, PASSEND_AGREEMENT_STATUS_NOT_KEPT);
  g_assert_cmpint (passend_agreement_get_status (third), ==, PASSEND_AGREEMENT_STATUS_OPEN);
  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);

  /* Once is enough. */
  g_ptr_array_set_size (agreements, 0);
  outcome.done = outcome.not_kept = NULL;
  g_assert_null (passend_sheet_record_outcome (sheet, dossier, &outcome, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);

  /* Deleting the entry makes the sheet a plan again; undo links it back. */
  removal = passend_dossier_remove_entry (dossier, entry);
  g_assert_null (passend_sheet_get_entry_id (sheet));
  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);
  g_assert_true (passend_dossier_restore (dossier, removal));
  g_assert_cmpstr (passend_sheet_get_entry_id (sheet), ==,
                   passend_record_get_id (PASSEND_RECORD (passend_removal_get_entry (removal))));
  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);
}

static void
test_record_empty_sheet (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild  *child = passend_dossier_add_child (dossier, "Sam");
  PassendSheet  *sheet = add_sheet (dossier, child);
  PassendOutcome outcome = {
    0,
  };
  g_autoptr (GError) error = NULL;
  PassendEntry *entry;

  passend_clock_set_today ("2026-11-23");
  entry = passend_sheet_record_outcome (sheet, dossier, &outcome, &error);
  g_assert_no_error (error);
  /* No day on the sheet: today.  No title: a plain one. */
  g_assert_cmpstr (passend_entry_get_date (entry), ==, "2026-11-23");
  g_assert_cmpstr (passend_entry_get_title (entry), !=, "");
  g_assert_null (passend_entry_get_text (entry));
  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);
}

/* An entry written from one child's sheet, then moved to another child
 * who is removed: the sheet stays, a plan again, and the dossier can
 * still be saved. */
static void
test_removed_child_takes_moved_entry (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild  *sam = passend_dossier_add_child (dossier, "Sam");
  PassendChild  *noor = passend_dossier_add_child (dossier, "Noor");
  PassendSheet  *hers = add_sheet (dossier, noor);
  PassendOutcome outcome = {
    0,
  };
  g_autoptr (GError) error = NULL;
  PassendEntry *entry;

  passend_clock_set_today ("2026-11-23");
  entry = passend_sheet_record_outcome (hers, dossier, &outcome, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_sheet_get_entry_id (hers), ==,
                   passend_record_get_id (PASSEND_RECORD (entry)));

  passend_entry_set_child_id (entry, passend_record_get_id (PASSEND_RECORD (sam)));
  passend_dossier_remove_child (dossier, sam);

  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_sheets (dossier)), ==, 1);
  g_assert_null (passend_sheet_get_entry_id (hers));
  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);
}

/* Asked in "changed::structure": sheets only, or more. */
static void
watch_structure_cb (PassendDossier *dossier, gpointer data)
{
  gpointer *slot = data;

  g_ptr_array_add (slot[1], GINT_TO_POINTER (passend_structure_watch_only_sheets (slot[0])));
}

static void
test_structure_watch (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendStructureWatch) watch = passend_structure_watch_new (dossier);
  g_autoptr (GPtrArray) answers = g_ptr_array_new ();
  gpointer slot[] = { watch, answers };
  g_autoptr (PassendEntry) entry = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-02-03", "A");
  g_autoptr (PassendSheet) sheet = NULL;
  g_autoptr (PassendSheet) other = NULL;
  const char *child_id;

  g_signal_connect (dossier, "changed::structure", G_CALLBACK (watch_structure_cb), slot);
  child_id = passend_record_get_id (PASSEND_RECORD (passend_dossier_add_child (dossier, "Sam")));
  sheet = passend_sheet_new (child_id);
  other = passend_sheet_new (child_id);

  passend_dossier_add_sheet (dossier, sheet);    /* sheets only */
  passend_dossier_add_entry (dossier, entry);    /* an entry */
  passend_dossier_add_sheet (dossier, other);    /* sheets only */
  passend_dossier_remove_sheet (dossier, sheet); /* sheets only */

  g_assert_cmpuint (answers->len, ==, 5);
  g_assert_false (GPOINTER_TO_INT (answers->pdata[0])); /* the child */
  g_assert_true (GPOINTER_TO_INT (answers->pdata[1]));
  g_assert_false (GPOINTER_TO_INT (answers->pdata[2]));
  g_assert_true (GPOINTER_TO_INT (answers->pdata[3]));
  g_assert_true (GPOINTER_TO_INT (answers->pdata[4]));
}

/* A change of sheets alone is checked on the sheets, and a sheet that
 * names a child or entry not there is still refused. */
static void
test_snapshot_checks_sheets (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  const char *child_id =
      passend_record_get_id (PASSEND_RECORD (passend_dossier_add_child (dossier, "Sam")));
  g_autoptr (PassendEntry) entry = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-02-03", "A");
  g_autoptr (PassendSheet) sheet = passend_sheet_new (child_id);
  g_autoptr (PassendDossierSnapshot) checked = NULL;
  g_autoptr (PassendDossierSnapshot) next = NULL;
  g_autoptr (GError) error = NULL;

  passend_entry_set_child_id (entry, child_id);
  passend_dossier_add_entry (dossier, entry);
  checked = passend_dossier_snapshot_new (dossier, NULL, &error);
  g_assert_no_error (error);

  passend_dossier_add_sheet (dossier, sheet);
  next = passend_dossier_snapshot_new (dossier, checked, &error);
  g_assert_no_error (error);
  g_assert_nonnull (next);

  g_object_set (sheet, "child-id", "nobody", NULL);
  g_assert_null (passend_dossier_snapshot_new (dossier, next, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (sheet, "child-id", child_id, NULL);

  g_object_set (sheet, "entry-id", "missing", NULL);
  g_assert_null (passend_dossier_snapshot_new (dossier, next, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (sheet, "entry-id", passend_record_get_id (PASSEND_RECORD (entry)), NULL);
  g_clear_pointer (&checked, passend_dossier_snapshot_unref);
  checked = passend_dossier_snapshot_new (dossier, next, &error);
  g_assert_no_error (error);
  g_assert_nonnull (checked);
}

static void
record_edits_cb (PassendDossier *dossier, gpointer data)
{
  g_ptr_array_add (data, GINT_TO_POINTER (passend_dossier_change_has_edits (dossier)));
}

/* Whether a change edited records that were there, or only added or
 * removed some: a sorted list sorts again only for the first. */
static void
test_change_has_edits (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (GPtrArray) answers = g_ptr_array_new ();
  g_autoptr (PassendEntry) entry = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-02-03", "A");
  g_autoptr (PassendRemoval) removal = NULL;

  g_signal_connect (dossier, "changed", G_CALLBACK (record_edits_cb), answers);
  passend_dossier_add_entry (dossier, entry);              /* added */
  g_object_set (entry, "date", "2026-03-01", NULL);        /* edited */
  removal = passend_dossier_remove_entry (dossier, entry); /* removed */

  g_assert_cmpuint (answers->len, ==, 3);
  g_assert_false (GPOINTER_TO_INT (answers->pdata[0]));
  g_assert_true (GPOINTER_TO_INT (answers->pdata[1]));
  g_assert_false (GPOINTER_TO_INT (answers->pdata[2]));
  g_assert_false (passend_dossier_change_has_edits (dossier)); /* outside a handler */
}

static void
record_text_only_cb (PassendDossier *dossier, gpointer data)
{
  g_ptr_array_add (data, GINT_TO_POINTER (passend_dossier_change_is_text_only (dossier)));
}

/* A change of free text only moves no row and changes no count: the
 * Dossier page then neither sorts nor counts again. */
static void
test_change_is_text_only (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (GPtrArray) answers = g_ptr_array_new ();
  g_autoptr (PassendEntry) entry = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-02-03", "A");
  g_autoptr (PassendEntry) other = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-02-04", "B");
  g_autoptr (PassendAgreement) agreement = NULL;
  g_autoptr (PassendRemoval) removal = NULL;
  PassendChild  *child = passend_dossier_add_child (dossier, "Sam");
  const char    *child_id = passend_record_get_id (PASSEND_RECORD (child));
  const gboolean expected[] = { TRUE, TRUE,  FALSE, FALSE, FALSE, TRUE,
                                TRUE, FALSE, FALSE, FALSE, FALSE, FALSE };

  g_object_set (entry, "child-id", child_id, NULL);
  passend_dossier_add_entry (dossier, entry);
  agreement = passend_agreement_new ("Een plan", PASSEND_PARTY_SCHOOL, "2026-03-10");
  g_object_set (agreement, "child-id", child_id, "entry-id",
                passend_record_get_id (PASSEND_RECORD (entry)), NULL);
  passend_dossier_add_agreement (dossier, agreement);

  g_signal_connect (dossier, "changed", G_CALLBACK (record_text_only_cb), answers);
  g_object_set (entry, "title", "Gesprek", NULL);                    /* text */
  g_object_set (entry, "text", "Over rekenen.", NULL);               /* text */
  g_object_set (entry, "date", "2026-03-01", NULL);                  /* moves the row */
  g_object_set (entry, "kind", PASSEND_ENTRY_KIND_PHONE_CALL, NULL); /* a count may change */
  g_object_set (entry, "child-id", NULL, NULL);                      /* another child */
  g_object_set (agreement, "what", "Een ander plan", NULL);          /* text */

  /* Several edits told as one: text only when each of them is. */
  passend_dossier_freeze_changes (dossier);
  g_object_set (entry, "title", "Gesprek met school", NULL);
  g_object_set (agreement, "outcome", "Gedaan.", NULL);
  passend_dossier_thaw_changes (dossier); /* text */
  passend_dossier_freeze_changes (dossier);
  g_object_set (entry, "title", "Gesprek", NULL);
  g_object_set (agreement, "due-date", "2026-04-01", NULL);
  passend_dossier_thaw_changes (dossier); /* not */

  g_object_set (agreement, "status", PASSEND_AGREEMENT_STATUS_DONE, NULL); /* not */
  passend_child_set_name (child, "Samira");                /* another kind of record: not */
  passend_dossier_add_entry (dossier, other);              /* added: not an edit */
  removal = passend_dossier_remove_entry (dossier, other); /* removed: not */

  g_assert_cmpuint (answers->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < answers->len; i++)
    g_assert_cmpint (GPOINTER_TO_INT (answers->pdata[i]), ==, expected[i]);
  g_assert_false (passend_dossier_change_is_text_only (dossier)); /* outside a handler */
}

static void
record_edited_cb (PassendDossier *dossier, gpointer data)
{
  g_ptr_array_add (data, passend_dossier_change_get_edited (dossier));
}

/* The one record a change edited: the Dossier page finds only that
 * entry its new place instead of sorting 50,000 again. */
static void
test_change_get_edited (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (GPtrArray) answers = g_ptr_array_new ();
  g_autoptr (PassendEntry) entry = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-02-03", "A");
  g_autoptr (PassendEntry) other = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-02-04", "B");
  g_autoptr (PassendEntry) third = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-02-05", "C");
  g_autoptr (PassendRemoval) removal = NULL;

  passend_dossier_add_entry (dossier, entry);
  passend_dossier_add_entry (dossier, other);
  g_signal_connect (dossier, "changed", G_CALLBACK (record_edited_cb), answers);
  g_object_set (entry, "date", "2026-03-01", NULL); /* entry */

  /* Several fields of one record, told as one: that record. */
  passend_dossier_freeze_changes (dossier);
  g_object_set (other, "date", "2026-03-02", NULL);
  g_object_set (other, "kind", PASSEND_ENTRY_KIND_PHONE_CALL, NULL);
  passend_dossier_thaw_changes (dossier); /* other */

  /* Two records: none of them. */
  passend_dossier_freeze_changes (dossier);
  g_object_set (entry, "date", "2026-03-03", NULL);
  g_object_set (other, "date", "2026-03-04", NULL);
  passend_dossier_thaw_changes (dossier); /* NULL */

  /* An edit and an added record: none. */
  passend_dossier_freeze_changes (dossier);
  g_object_set (entry, "date", "2026-03-05", NULL);
  passend_dossier_add_entry (dossier, third);
  passend_dossier_thaw_changes (dossier); /* NULL */

  removal = passend_dossier_remove_entry (dossier, third); /* NULL */

  g_assert_cmpuint (answers->len, ==, 5);
  g_assert_true (answers->pdata[0] == entry);
  g_assert_true (answers->pdata[1] == other);
  g_assert_null (answers->pdata[2]);
  g_assert_null (answers->pdata[3]);
  g_assert_null (answers->pdata[4]);
  g_assert_null (passend_dossier_change_get_edited (dossier)); /* outside a handler */
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sheet/round-trip", test_round_trip);
  g_test_add_func ("/sheet/points", test_points);
  g_test_add_func ("/sheet/drafts-and-removal", test_drafts_and_removal);
  g_test_add_func ("/sheet/record-outcome", test_record_outcome);
  g_test_add_func ("/sheet/record-empty-sheet", test_record_empty_sheet);
  g_test_add_func ("/sheet/removed-child-takes-moved-entry", test_removed_child_takes_moved_entry);
  g_test_add_func ("/sheet/structure-watch", test_structure_watch);
  g_test_add_func ("/sheet/snapshot-checks-sheets", test_snapshot_checks_sheets);
  g_test_add_func ("/sheet/change-has-edits", test_change_has_edits);
  g_test_add_func ("/sheet/change-is-text-only", test_change_is_text_only);
  g_test_add_func ("/sheet/change-get-edited", test_change_get_edited);

  return g_test_run ();
}
