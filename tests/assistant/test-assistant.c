/* test-assistant.c - the six steps, the plan loop and the step content,
 * without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "assistant-test-markup.h"
#include "passend-clock.h"
#include "passend-dossier.h"
#include "passend-error.h"
#include "passend-process.h"
#include "passend-step-guide.h"
#include "passend-topic-library.h"

#define MOMENTS "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\""
#define CHILD "{\"id\": \"c1\", \"name\": \"Sam\", " MOMENTS "}"

/* Helpers */

static PassendProcessState *
state_of (PassendDossier *dossier, PassendChild *child)
{
  PassendProcessState *state = passend_dossier_find_process_state (dossier, child);

  g_assert_nonnull (state);
  return state;
}

static int
step_of (PassendDossier *dossier, PassendChild *child)
{
  return passend_process_state_get_step (state_of (dossier, child));
}

static void
advance (PassendDossier *dossier, PassendChild *child, const char *today)
{
  g_autoptr (GError) error = NULL;

  passend_clock_set_today (today);
  g_assert_true (passend_process_advance (dossier, child, &error));
  g_assert_no_error (error);
}

static void
evaluate (PassendDossier   *dossier,
          PassendChild     *child,
          const char       *today,
          PassendPlanResult result,
          const char       *next)
{
  g_autoptr (GError) error = NULL;

  passend_clock_set_today (today);
  g_assert_true (passend_process_evaluate (dossier, child, result, next, &error));
  g_assert_no_error (error);
}

static char *
write_dossier (PassendDossier *dossier)
{
  gsize length;

  return passend_dossier_write (dossier, 0, &length);
}

/* Transitions */

static void
test_walk_and_loop (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  g_autoptr (GPtrArray) plans = NULL;
  PassendProcessState *state;
  PassendPlan         *plan;

  /* Looking changes nothing; the first move makes the state. */
  g_assert_null (passend_dossier_find_process_state (dossier, sam));
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_process_states (dossier)), ==, 0);

  advance (dossier, sam, "2026-09-01");
  state = state_of (dossier, sam);
  g_assert_cmpint (passend_process_state_get_step (state), ==, 2);
  g_assert_cmpstr (passend_process_state_get_reached (state, 1), ==, "2026-09-01");
  g_assert_cmpstr (passend_process_state_get_reached (state, 2), ==, "2026-09-01");
  g_assert_null (passend_process_state_get_reached (state, 3));

  advance (dossier, sam, "2026-09-15");
  advance (dossier, sam, "2026-10-01");
  g_assert_cmpint (passend_process_state_get_step (state), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_plans (dossier)), ==, 0);

  /* Step 4 -> 5: plan 1 is made. */
  advance (dossier, sam, "2026-10-10");
  g_assert_cmpint (passend_process_state_get_step (state), ==, 5);
  g_assert_cmpint (passend_process_state_get_plan_number (state), ==, 1);
  plan = passend_process_find_plan (dossier, sam, 1);
  g_assert_nonnull (plan);
  g_assert_cmpstr (passend_plan_get_made (plan), ==, "2026-10-10");
  g_assert_cmpint (passend_plan_get_result (plan), ==, PASSEND_PLAN_RESULT_NONE);
  g_assert_null (passend_plan_get_evaluated (plan));

  /* Step 5 is left only by evaluating. */
  {
    g_autoptr (GError) error = NULL;

    g_assert_false (passend_process_advance (dossier, sam, &error));
    g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
    g_assert_cmpint (passend_process_state_get_step (state), ==, 5);
  }

  /* Partly: back to 4 with plan 2; plan 1 keeps its result. */
  evaluate (dossier, sam, "2026-11-01", PASSEND_PLAN_RESULT_PARTLY, NULL);
  g_assert_cmpint (passend_process_state_get_step (state), ==, 4);
  g_assert_cmpint (passend_process_state_get_plan_number (state), ==, 2);
  g_assert_cmpstr (passend_process_state_get_reached (state, 4), ==, "2026-11-01");
  g_assert_null (passend_process_state_get_reached (state, 5));
  g_assert_cmpstr (passend_plan_get_evaluated (plan), ==, "2026-11-01");
  g_assert_cmpint (passend_plan_get_result (plan), ==, PASSEND_PLAN_RESULT_PARTLY);
  g_assert_null (passend_process_find_plan (dossier, sam, 2));

  advance (dossier, sam, "2026-11-10");
  plan = passend_process_find_plan (dossier, sam, 2);
  g_assert_nonnull (plan);
  g_assert_cmpstr (passend_plan_get_made (plan), ==, "2026-11-10");

  /* No: plan 3.  Yes: the plan goes on at step 5 with a next date. */
  evaluate (dossier, sam, "2026-11-20", PASSEND_PLAN_RESULT_NO, NULL);
  g_assert_cmpint (passend_process_state_get_plan_number (state), ==, 3);
  advance (dossier, sam, "2026-11-21");
  evaluate (dossier, sam, "2026-11-23", PASSEND_PLAN_RESULT_YES, "2027-02-01");
  g_assert_cmpint (passend_process_state_get_step (state), ==, 5);
  g_assert_cmpint (passend_process_state_get_plan_number (state), ==, 3);
  plan = passend_process_find_plan (dossier, sam, 3);
  g_assert_cmpint (passend_plan_get_result (plan), ==, PASSEND_PLAN_RESULT_YES);
  g_assert_cmpstr (passend_plan_get_next_evaluation (plan), ==, "2027-02-01");

  /* Checked again later: the school has no good place: step 6. */
  evaluate (dossier, sam, "2027-02-01", PASSEND_PLAN_RESULT_NO_PLACE, NULL);
  g_assert_cmpint (passend_process_state_get_step (state), ==, 6);
  g_assert_cmpstr (passend_process_state_get_reached (state, 6), ==, "2027-02-01");
  g_assert_cmpint (passend_plan_get_result (plan), ==, PASSEND_PLAN_RESULT_NO_PLACE);
  g_assert_null (passend_plan_get_next_evaluation (plan));
  /* The check that said it worked is kept, not written over. */
  {
    const char *const *earlier = passend_plan_get_earlier (plan);
    const char        *date;
    PassendPlanResult  result;

    g_assert_nonnull (earlier);
    g_assert_cmpstr (earlier[0], ==, "2026-11-23 yes");
    g_assert_null (earlier[1]);
    g_assert_true (passend_plan_parse_earlier (earlier[0], &date, &result));
    g_assert_cmpint (result, ==, PASSEND_PLAN_RESULT_YES);
    g_assert_true (g_str_has_prefix (date, "2026-11-23"));
    g_assert_false (passend_plan_parse_earlier ("2026-11-23 none", NULL, NULL));
    g_assert_false (passend_plan_parse_earlier ("2026-13-01 yes", NULL, NULL));
    g_assert_false (passend_plan_parse_earlier ("yes", NULL, NULL));
  }
  {
    g_autoptr (GError) error = NULL;

    g_assert_false (passend_process_advance (dossier, sam, &error));
    g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  }

  /* The history, plan 1 first. */
  plans = passend_process_list_plans (dossier, sam);
  g_assert_cmpuint (plans->len, ==, 3);
  for (guint i = 0; i < plans->len; i++)
    g_assert_cmpint (passend_plan_get_number (g_ptr_array_index (plans, i)), ==, i + 1);
  g_assert_cmpint (passend_plan_get_result (g_ptr_array_index (plans, 0)), ==,
                   PASSEND_PLAN_RESULT_PARTLY);
  g_assert_cmpint (passend_plan_get_result (g_ptr_array_index (plans, 1)), ==,
                   PASSEND_PLAN_RESULT_NO);
  g_assert_true (passend_dossier_validate (dossier, NULL));

  passend_clock_set_today (NULL);
}

/* A refused call changes nothing, not even by making a state; and a
 * child that is not in the dossier gets none. */
static void
test_refused_changes_nothing (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  g_autoptr (PassendChild) gone = g_object_ref (passend_dossier_add_child (dossier, "Noor"));
  g_autoptr (GError) error = NULL;

  passend_dossier_remove_child (dossier, gone);

  g_assert_false (passend_process_go_back (dossier, sam, 1, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (passend_dossier_find_process_state (dossier, sam));

  g_assert_false (passend_process_advance (dossier, gone, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (
      passend_process_set_item_checked (dossier, gone, "talk-asked-goal", TRUE, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_process_states (dossier)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_plans (dossier)), ==, 0);
  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);
}

static void
test_go_back (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild        *sam = passend_dossier_add_child (dossier, "Sam");
  PassendProcessState *state;
  g_autoptr (GError) error = NULL;

  for (int i = 0; i < 4; i++)
    advance (dossier, sam, "2026-10-01");
  state = state_of (dossier, sam);
  g_assert_cmpint (passend_process_state_get_step (state), ==, 5);

  /* Not to the same step, a later one, or one that does not exist. */
  g_assert_false (passend_process_go_back (dossier, sam, 5, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_process_go_back (dossier, sam, 6, NULL));
  g_assert_false (passend_process_go_back (dossier, sam, 0, NULL));

  /* Back to 4 without an evaluation: the same plan, made again later. */
  passend_clock_set_today ("2026-10-05");
  g_assert_true (passend_process_go_back (dossier, sam, 4, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (passend_process_state_get_reached (state, 4), ==, "2026-10-05");
  g_assert_null (passend_process_state_get_reached (state, 5));
  advance (dossier, sam, "2026-10-08");
  g_assert_cmpint (passend_process_state_get_plan_number (state), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_plans (dossier)), ==, 1);
  g_assert_cmpstr (passend_plan_get_made (passend_process_find_plan (dossier, sam, 1)), ==,
                   "2026-10-08");

  /* A plan that worked, then back to 2: the dates after 2 go; the next
   * plan made is plan 2, and plan 1 stays as it was. */
  evaluate (dossier, sam, "2026-11-01", PASSEND_PLAN_RESULT_YES, "2026-12-01");
  passend_clock_set_today ("2026-11-02");
  g_assert_true (passend_process_go_back (dossier, sam, 2, NULL));
  g_assert_cmpint (passend_process_state_get_step (state), ==, 2);
  g_assert_cmpstr (passend_process_state_get_reached (state, 1), ==, "2026-10-01");
  g_assert_cmpstr (passend_process_state_get_reached (state, 2), ==, "2026-11-02");
  for (int s = 3; s <= 6; s++)
    g_assert_null (passend_process_state_get_reached (state, s));
  advance (dossier, sam, "2026-11-03");
  advance (dossier, sam, "2026-11-04");
  advance (dossier, sam, "2026-11-05");
  g_assert_cmpint (passend_process_state_get_plan_number (state), ==, 2);
  g_assert_cmpint (passend_plan_get_result (passend_process_find_plan (dossier, sam, 1)), ==,
                   PASSEND_PLAN_RESULT_YES);
  g_assert_cmpstr (passend_plan_get_made (passend_process_find_plan (dossier, sam, 2)), ==,
                   "2026-11-05");
  g_assert_true (passend_dossier_validate (dossier, NULL));

  passend_clock_set_today (NULL);
}

static void
test_checklist (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild        *sam = passend_dossier_add_child (dossier, "Sam");
  PassendProcessState *state;
  g_autoptr (GError) error = NULL;
  guint changes = 0;

  /* Unticking what was never ticked makes no state. */
  g_assert_true (passend_process_set_item_checked (dossier, sam, "talk-asked-goal", FALSE, NULL));
  g_assert_null (passend_dossier_find_process_state (dossier, sam));

  g_assert_true (passend_process_set_item_checked (dossier, sam, "talk-asked-goal", TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (passend_process_set_item_checked (dossier, sam, "plan-read", TRUE, NULL));
  state = state_of (dossier, sam);
  g_assert_true (passend_process_state_is_checked (state, "talk-asked-goal"));
  g_assert_true (passend_process_state_is_checked (state, "plan-read"));

  /* Ticking twice keeps one; the dossier hears of real changes only. */
  {
    gulong id =
        g_signal_connect_swapped (dossier, "changed", G_CALLBACK (g_atomic_int_inc), &changes);

    g_assert_true (passend_process_set_item_checked (dossier, sam, "talk-asked-goal", TRUE, NULL));
    g_assert_cmpuint (changes, ==, 0);
    g_assert_true (passend_process_set_item_checked (dossier, sam, "talk-asked-goal", FALSE, NULL));
    g_assert_cmpuint (changes, ==, 1);
    g_signal_handler_disconnect (dossier, id);
  }
  g_assert_false (passend_process_state_is_checked (state, "talk-asked-goal"));
  g_assert_cmpuint (g_strv_length ((GStrv)passend_process_state_get_checked (state)), ==, 1);

  /* Ids no checklist has are refused. */
  g_assert_false (passend_process_set_item_checked (dossier, sam, "made-up", TRUE, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_assert_false (passend_process_state_is_checked (state, "made-up"));
}

static void
test_bad_evaluations (void)
{
  static const struct
  {
    PassendPlanResult result;
    const char       *next;
  } bad[] = {
    { PASSEND_PLAN_RESULT_NONE, NULL },
    { (PassendPlanResult)17, NULL },
    { PASSEND_PLAN_RESULT_PARTLY, "2027-01-01" },
    { PASSEND_PLAN_RESULT_NO, "2027-01-01" },
    { PASSEND_PLAN_RESULT_NO_PLACE, "2027-01-01" },
    { PASSEND_PLAN_RESULT_YES, "2027-02-30" },
    { PASSEND_PLAN_RESULT_YES, "1-2-2027" },
    { PASSEND_PLAN_RESULT_YES, "2026-11-22" },
  };
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild    *sam = passend_dossier_add_child (dossier, "Sam");
  g_autofree char *before = NULL;
  g_autoptr (GError) error = NULL;

  passend_clock_set_today ("2026-11-23");

  /* Not at step 5 yet (and no state at all). */
  g_assert_false (passend_process_evaluate (dossier, sam, PASSEND_PLAN_RESULT_YES, NULL, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);
  advance (dossier, sam, "2026-11-23");
  g_assert_false (passend_process_evaluate (dossier, sam, PASSEND_PLAN_RESULT_YES, NULL, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);

  for (int i = 0; i < 3; i++)
    advance (dossier, sam, "2026-11-23");
  g_assert_cmpint (step_of (dossier, sam), ==, 5);

  /* A failed call changes nothing at all. */
  before = write_dossier (dossier);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *after = NULL;

      g_assert_false (passend_process_evaluate (dossier, sam, bad[i].result, bad[i].next, &error));
      g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
      g_clear_error (&error);
      after = write_dossier (dossier);
      g_assert_cmpstr (after, ==, before);
    }

  /* Today is fine, and so is no date at all. */
  evaluate (dossier, sam, "2026-11-23", PASSEND_PLAN_RESULT_YES, "2026-11-23");
  evaluate (dossier, sam, "2026-11-24", PASSEND_PLAN_RESULT_YES, NULL);
  g_assert_null (passend_plan_get_next_evaluation (passend_process_find_plan (dossier, sam, 1)));

  passend_clock_set_today (NULL);
}

static void
test_children_apart (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  PassendChild *noor = passend_dossier_add_child (dossier, "Noor");

  for (int i = 0; i < 4; i++)
    advance (dossier, sam, "2026-10-01");
  advance (dossier, noor, "2026-10-02");
  evaluate (dossier, sam, "2026-10-20", PASSEND_PLAN_RESULT_NO, NULL);
  g_assert_true (passend_process_set_item_checked (dossier, noor, "info-sop", TRUE, NULL));

  g_assert_cmpint (step_of (dossier, sam), ==, 4);
  g_assert_cmpint (passend_process_state_get_plan_number (state_of (dossier, sam)), ==, 2);
  g_assert_cmpint (step_of (dossier, noor), ==, 2);
  g_assert_cmpint (passend_process_state_get_plan_number (state_of (dossier, noor)), ==, 1);
  g_assert_false (passend_process_state_is_checked (state_of (dossier, sam), "info-sop"));
  g_assert_true (passend_process_state_is_checked (state_of (dossier, noor), "info-sop"));
  {
    g_autoptr (GPtrArray) sam_plans = passend_process_list_plans (dossier, sam);
    g_autoptr (GPtrArray) noor_plans = passend_process_list_plans (dossier, noor);

    g_assert_cmpuint (sam_plans->len, ==, 1);
    g_assert_cmpuint (noor_plans->len, ==, 0);
  }

  /* Noor can reach her own plan 1 while Sam has one. */
  for (int i = 0; i < 3; i++)
    advance (dossier, noor, "2026-10-03");
  g_assert_nonnull (passend_process_find_plan (dossier, noor, 1));
  g_assert_true (passend_dossier_validate (dossier, NULL));

  /* Removing Sam takes his state and plans, not Noor's. */
  passend_dossier_remove_child (dossier, sam);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_process_states (dossier)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_plans (dossier)), ==, 1);
  g_assert_true (passend_dossier_validate (dossier, NULL));

  passend_clock_set_today (NULL);
}

/* Persistence */

static void
test_round_trip (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendDossier) copy = NULL;
  PassendChild        *sam = passend_dossier_add_child (dossier, "Sam");
  PassendChild        *sam2;
  PassendProcessState *state2;
  g_autofree char     *first = NULL;
  g_autofree char     *second = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) plans = NULL;
  gsize length;

  for (int i = 0; i < 4; i++)
    advance (dossier, sam, "2026-10-01");
  evaluate (dossier, sam, "2026-11-01", PASSEND_PLAN_RESULT_PARTLY, NULL);
  advance (dossier, sam, "2026-11-10");
  evaluate (dossier, sam, "2026-11-23", PASSEND_PLAN_RESULT_YES, "2027-01-15");
  g_assert_true (passend_process_set_item_checked (dossier, sam, "check-goals", TRUE, NULL));
  g_assert_true (passend_process_set_item_checked (dossier, sam, "talk-report", TRUE, NULL));

  first = passend_dossier_write (dossier, 0, &length);
  copy = passend_dossier_new_from_text (first, length, &error);
  g_assert_no_error (error);
  g_assert_true (passend_dossier_validate (copy, NULL));

  sam2 = passend_dossier_find_child (copy, passend_record_get_id (PASSEND_RECORD (sam)));
  state2 = state_of (copy, sam2);
  g_assert_cmpint (passend_process_state_get_step (state2), ==, 5);
  g_assert_cmpint (passend_process_state_get_plan_number (state2), ==, 2);
  g_assert_cmpstr (passend_process_state_get_reached (state2, 4), ==, "2026-11-01");
  g_assert_cmpstr (passend_process_state_get_reached (state2, 5), ==, "2026-11-10");
  g_assert_null (passend_process_state_get_reached (state2, 6));
  g_assert_true (passend_process_state_is_checked (state2, "check-goals"));
  g_assert_true (passend_process_state_is_checked (state2, "talk-report"));

  plans = passend_process_list_plans (copy, sam2);
  g_assert_cmpuint (plans->len, ==, 2);
  g_assert_cmpstr (passend_plan_get_made (g_ptr_array_index (plans, 0)), ==, "2026-10-01");
  g_assert_cmpstr (passend_plan_get_evaluated (g_ptr_array_index (plans, 0)), ==, "2026-11-01");
  g_assert_cmpint (passend_plan_get_result (g_ptr_array_index (plans, 0)), ==,
                   PASSEND_PLAN_RESULT_PARTLY);
  g_assert_cmpstr (passend_plan_get_next_evaluation (g_ptr_array_index (plans, 1)), ==,
                   "2027-01-15");

  /* Written again, byte for byte the same. */
  second = passend_dossier_write (copy, 0, &length);
  g_assert_cmpstr (second, ==, first);
  g_assert_nonnull (strstr (first, "\"result\": \"partly\""));
  g_assert_nonnull (strstr (first, "\"plans\": ["));

  passend_clock_set_today (NULL);
}

/* A file from before the plan loop (version 1) still reads, and fields
 * a newer build adds are kept. */
static void
test_old_and_newer_files (void)
{
  const char *text =
      "{\"version\": 3, \"children\": [" CHILD "], "
      "\"process\": [{\"id\": \"p1\", \"child_id\": \"c1\", \"step\": 5, " MOMENTS ", "
      "\"mood\": \"hopeful\"}], "
      "\"plans\": [{\"id\": \"n1\", \"child_id\": \"c1\", \"number\": 1, \"made\": "
      "\"2026-10-01\", " MOMENTS ", \"author\": {\"who\": \"school\"}}], \"sheets\": []}";
  g_autoptr (PassendDossier) dossier = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char     *written = NULL;
  PassendChild        *sam;
  PassendProcessState *state;

  dossier = passend_dossier_new_from_text (text, strlen (text), &error);
  g_assert_no_error (error);
  sam = passend_dossier_find_child (dossier, "c1");
  state = state_of (dossier, sam);
  g_assert_cmpint (passend_process_state_get_plan_number (state), ==, 1);
  g_assert_null (passend_process_state_get_reached (state, 5));

  evaluate (dossier, sam, "2026-11-23", PASSEND_PLAN_RESULT_NO, NULL);
  written = write_dossier (dossier);
  g_assert_nonnull (strstr (written, "\"mood\": \"hopeful\""));
  g_assert_nonnull (strstr (written, "\"who\": \"school\""));
  g_assert_nonnull (strstr (written, "\"sheets\": []"));
  g_assert_nonnull (strstr (written, "\"result\": \"no\""));

  /* A state at step 5 without its plan (set by hand) gets one. */
  {
    g_autoptr (PassendDossier) d = passend_dossier_new ();
    PassendChild *noor = passend_dossier_add_child (d, "Noor");

    passend_process_state_set_step (passend_dossier_get_process_state (d, noor), 5);
    evaluate (d, noor, "2026-11-23", PASSEND_PLAN_RESULT_YES, NULL);
    g_assert_cmpstr (passend_plan_get_made (passend_process_find_plan (d, noor, 1)), ==,
                     "2026-11-23");
  }

  passend_clock_set_today (NULL);
}

static void
test_bad_files (void)
{
  static const char *const bad[] = {
    /* Plans: a number out of range, a missing or odd field, an unknown
     * result, a result without its day or a day without a result, a
     * next date for a plan that did not work, an unknown child, two of
     * the same number. */
    "{\"version\": 3, \"children\": [" CHILD
    "], \"plans\": [{\"id\": \"n1\", \"child_id\": \"c1\", "
    "\"number\": 0, \"made\": \"2026-10-01\", " MOMENTS "}]}",
    "{\"version\": 3, \"children\": [" CHILD
    "], \"plans\": [{\"id\": \"n1\", \"child_id\": \"c1\", "
    "\"number\": 1000, \"made\": \"2026-10-01\", " MOMENTS "}]}",
    "{\"version\": 3, \"children\": [" CHILD
    "], \"plans\": [{\"id\": \"n1\", \"child_id\": \"c1\", "
    "\"number\": 1, " MOMENTS "}]}",
    "{\"version\": 3, \"children\": [" CHILD
    "], \"plans\": [{\"id\": \"n1\", \"child_id\": \"c1\", "
    "\"number\": 1, \"made\": \"1-10-2026\", " MOMENTS "}]}",
    "{\"version\": 3, \"children\": [" CHILD
    "], \"plans\": [{\"id\": \"n1\", \"child_id\": \"c1\", "
    "\"number\": 1, \"made\": \"2026-10-01\", \"evaluated\": \"2026-11-01\", \"result\": "
    "\"maybe\", " MOMENTS "}]}",
    "{\"version\": 3, \"children\": [" CHILD
    "], \"plans\": [{\"id\": \"n1\", \"child_id\": \"c1\", "
    "\"number\": 1, \"made\": \"2026-10-01\", \"result\": \"yes\", " MOMENTS "}]}",
    "{\"version\": 3, \"children\": [" CHILD
    "], \"plans\": [{\"id\": \"n1\", \"child_id\": \"c1\", "
    "\"number\": 1, \"made\": \"2026-10-01\", \"evaluated\": \"2026-11-01\", " MOMENTS "}]}",
    "{\"version\": 3, \"children\": [" CHILD
    "], \"plans\": [{\"id\": \"n1\", \"child_id\": \"c1\", "
    "\"number\": 1, \"made\": \"2026-10-01\", \"evaluated\": \"2026-11-01\", \"result\": "
    "\"partly\", "
    "\"next_evaluation\": \"2027-01-01\", " MOMENTS "}]}",
    "{\"version\": 3, \"children\": [" CHILD
    "], \"plans\": [{\"id\": \"n1\", \"child_id\": \"c9\", "
    "\"number\": 1, \"made\": \"2026-10-01\", " MOMENTS "}]}",
    "{\"version\": 3, \"children\": [" CHILD
    "], \"plans\": [{\"id\": \"n1\", \"child_id\": \"c1\", "
    "\"number\": 1, \"made\": \"2026-10-01\", " MOMENTS "}, {\"id\": \"n2\", \"child_id\": \"c1\", "
    "\"number\": 1, \"made\": \"2026-10-02\", " MOMENTS "}]}",
    "{\"version\": 3, \"children\": [" CHILD
    "], \"plans\": [{\"id\": \"n1\", \"child_id\": \"c1\", "
    "\"number\": 1, \"made\": \"2026-10-01\", " MOMENTS "}, {\"id\": \"n1\", \"child_id\": \"c1\", "
    "\"number\": 2, \"made\": \"2026-10-02\", " MOMENTS "}]}",
    "{\"version\": 3, \"plans\": {}}",
    /* An earlier check that is not a day and a result. */
    "{\"version\": 3, \"children\": [" CHILD
    "], \"plans\": [{\"id\": \"n1\", \"child_id\": \"c1\", "
    "\"number\": 1, \"made\": \"2026-10-01\", \"earlier\": [\"2026-11-01 maybe\"], " MOMENTS "}]}",
    "{\"version\": 3, \"children\": [" CHILD
    "], \"plans\": [{\"id\": \"n1\", \"child_id\": \"c1\", "
    "\"number\": 1, \"made\": \"2026-10-01\", \"earlier\": [\"yes\"], " MOMENTS "}]}",
    /* States: a plan number out of range, a reached day that is no date. */
    "{\"version\": 3, \"children\": [" CHILD
    "], \"process\": [{\"id\": \"p1\", \"child_id\": \"c1\", "
    "\"step\": 2, \"plan\": 0, " MOMENTS "}]}",
    "{\"version\": 3, \"children\": [" CHILD
    "], \"process\": [{\"id\": \"p1\", \"child_id\": \"c1\", "
    "\"step\": 2, \"reached_3\": \"2026-13-01\", " MOMENTS "}]}",
    "{\"version\": 3, \"children\": [" CHILD
    "], \"process\": [{\"id\": \"p1\", \"child_id\": \"c1\", "
    "\"step\": 2, \"reached_1\": 20261001, " MOMENTS "}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PassendDossier) dossier =
          passend_dossier_new_from_text (bad[i], strlen (bad[i]), &error);

      if (dossier != NULL)
        g_error ("case %u was accepted: %s", i, bad[i]);
      g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
    }
}

/* Step content */
static void
test_link_check_catches (void)
{
  /* The checker itself: good ones pass, bad ones are caught. */
  g_assert_true (link_is_allowed ("term:opp"));
  g_assert_true (link_is_allowed ("org:cce"));
  g_assert_true (link_is_allowed ("topic:home-sitting"));
  g_assert_false (link_is_allowed ("term:nonsense"));
  g_assert_false (link_is_allowed ("org:opp"));
  g_assert_false (link_is_allowed ("step:3"));
  g_assert_false (link_is_allowed ("https://example.org"));
  g_assert_false (link_is_allowed ("topic:"));
  g_assert_cmpuint (check_markup ("plain &amp; <b>bold</b> <a href=\"term:tlv\">TLV</a>"), ==, 1);

  if (g_test_subprocess ())
    {
      check_markup ("<a href=\"org:nobody\">x</a>");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
}

static void
test_step_guide (void)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GRegex) id_form = g_regex_new ("^[a-z]+(-[a-z]+)+$", 0, 0, NULL);
  guint links = 0;

  g_assert_null (passend_step_guide_get (0));
  g_assert_null (passend_step_guide_get (7));

  for (int step = PASSEND_PROCESS_FIRST_STEP; step <= PASSEND_PROCESS_LAST_STEP; step++)
    {
      const PassendStepGuide *guide = passend_step_guide_get (step);
      const char             *texts[] = { guide->what_happens, guide->can_do, guide->questions,
                                          guide->who_can_help, guide->rights };
      guint                   n_items = 0;

      g_assert_cmpint (guide->step, ==, step);
      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        {
          g_assert_nonnull (texts[t]);
          links += check_markup (texts[t]);
        }
      /* Who can help always names someone to turn to. */
      g_assert_cmpuint (check_markup (guide->who_can_help), >, 0);

      for (const PassendChecklistItem *item = guide->checklist; item->id != NULL; item++)
        {
          g_assert_true (g_regex_match (id_form, item->id, 0, NULL));
          g_assert_true (g_hash_table_add (ids, (gpointer)item->id));
          g_assert_nonnull (item->label);
          g_assert_null (strchr (item->label, '<'));
          g_assert_true (passend_step_guide_find_item (item->id) == item);
          g_assert_cmpint (passend_step_guide_item_step (item->id), ==, step);
          n_items++;
        }
      g_assert_cmpuint (n_items, >=, 3);
      g_assert_cmpuint (n_items, <=, PASSEND_STEP_GUIDE_MAX_ITEMS);
    }

  /* The rights the issue names are there, with their links. */
  g_assert_nonnull (strstr (passend_step_guide_get (3)->rights, "said yes"));
  g_assert_nonnull (strstr (passend_step_guide_get (4)->rights, "term:instemmingsrecht"));
  g_assert_nonnull (strstr (passend_step_guide_get (4)->rights, "term:handelingsdeel"));
  g_assert_nonnull (strstr (passend_step_guide_get (6)->rights, "term:zorgplicht"));
  g_assert_nonnull (passend_step_guide_find_item ("talk-asked-goal"));
  g_assert_null (passend_step_guide_find_item ("talk-asked"));
  g_assert_cmpint (passend_step_guide_item_step ("nothing"), ==, 0);
  g_assert_cmpuint (links, >, 20);
}

/* Translations */

static char *
po_unquote (const char *line)
{
  const char      *start = strchr (line, '"');
  const char      *end = strrchr (line, '"');
  g_autofree char *inner = NULL;

  g_assert_true (start != NULL && end > start);
  inner = g_strndup (start + 1, end - start - 1);
  return g_strcompress (inner);
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *)a, *(const char *const *)b);
}

static GPtrArray *
hrefs_of (const char *markup)
{
  g_autoptr (GRegex) regex = g_regex_new ("href=\"([^\"]*)\"", 0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  GPtrArray *hrefs = g_ptr_array_new_with_free_func (g_free);

  g_regex_match (regex, markup, 0, &match);
  while (g_match_info_matches (match))
    {
      g_ptr_array_add (hrefs, g_match_info_fetch (match, 1));
      g_match_info_next (match, NULL);
    }

  g_ptr_array_sort (hrefs, compare_strings);
  return hrefs;
}

/* A translator must keep every link of the Assistant's texts, and the
 * Dutch must still be markup a label can show. */
static guint
check_translation (const char *msgid, const char *msgstr)
{
  g_autoptr (GPtrArray) want = hrefs_of (msgid);
  g_autoptr (GPtrArray) got = hrefs_of (msgstr);

  if (want->len == 0 || msgstr[0] == '\0')
    return 0;

  g_test_message ("checking: %.40s", msgid);
  g_assert_cmpuint (got->len, ==, want->len);
  for (guint i = 0; i < want->len; i++)
    g_assert_cmpstr (g_ptr_array_index (got, i), ==, g_ptr_array_index (want, i));
  check_markup (msgstr);
  return 1;
}

static void
test_dutch_keeps_links (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "..", "po", "nl.po", NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GString) msgid = g_string_new (NULL);
  g_autoptr (GString) msgstr = g_string_new (NULL);
  GString *current = NULL;
  gboolean ours = FALSE;
  guint    checked = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "#:"))
        {
          if (current != NULL && ours)
            {
              checked += check_translation (msgid->str, msgstr->str);
            }
          current = NULL;
          ours = ours || strstr (line, "passend-step-guide.c") != NULL ||
                 strstr (line, "passend-advisor.c") != NULL ||
                 strstr (line, "passend-assistant-view.c") != NULL ||
                 strstr (line, "passend-assistant-steps.c") != NULL ||
                 strstr (line, "passend-assistant-advisor.c") != NULL;
          continue;
        }
      if (line[0] == '\0')
        {
          if (current != NULL && ours)
            {
              checked += check_translation (msgid->str, msgstr->str);
            }
          current = NULL;
          ours = FALSE;
          continue;
        }
      if (g_str_has_prefix (line, "msgid "))
        {
          g_string_truncate (msgid, 0);
          g_string_truncate (msgstr, 0);
          current = msgid;
        }
      else if (g_str_has_prefix (line, "msgstr "))
        current = msgstr;
      else if (line[0] != '"')
        continue;

      if (current != NULL)
        {
          g_autofree char *part = po_unquote (line);

          g_string_append (current, part);
        }
    }

  /* The step content alone has some twenty strings with links. */
  g_assert_cmpuint (checked, >=, 20);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/assistant/walk-and-loop", test_walk_and_loop);
  g_test_add_func ("/assistant/go-back", test_go_back);
  g_test_add_func ("/assistant/refused-changes-nothing", test_refused_changes_nothing);
  g_test_add_func ("/assistant/checklist", test_checklist);
  g_test_add_func ("/assistant/bad-evaluations", test_bad_evaluations);
  g_test_add_func ("/assistant/children-apart", test_children_apart);
  g_test_add_func ("/assistant/round-trip", test_round_trip);
  g_test_add_func ("/assistant/old-and-newer-files", test_old_and_newer_files);
  g_test_add_func ("/assistant/bad-files", test_bad_files);
  g_test_add_func ("/assistant/link-check", test_link_check_catches);
  g_test_add_func ("/assistant/step-guide", test_step_guide);
  g_test_add_func ("/assistant/dutch-keeps-links", test_dutch_keeps_links);

  return g_test_run ();
}
