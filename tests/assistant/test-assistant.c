/* test-assistant.c - the six steps and the plan loop, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "assistant-test-process.h"
#include "passend-clock.h"
#include "passend-error.h"

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

  return g_test_run ();
}
