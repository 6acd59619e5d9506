/* test-assistant-moves.c - marking a step reached on a day, and undoing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "assistant-test-process.h"
#include "passend-clock-kinds.h"
#include "passend-clock.h"
#include "passend-error.h"
#include "passend-step-guide.h"

/* The file as written, without the moments records were changed: an
 * undo is a change of its own, everything else comes back. */
static char *
written_without_moments (PassendDossier *dossier)
{
  g_autofree char *text = write_dossier (dossier);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  GString *kept = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "\"modified\":") == NULL)
      g_string_append_printf (kept, "%s\n", lines[i]);
  return g_string_free (kept, FALSE);
}

static PassendProcessMove *
reach (PassendDossier *dossier, PassendChild *child, const char *date)
{
  g_autoptr (GError) error = NULL;
  PassendProcessMove *move = passend_process_reach_next (dossier, child, date, &error);

  g_assert_no_error (error);
  g_assert_nonnull (move);
  return move;
}

/* The parent's day is kept, not today's; the plan is made on it. */
static void
test_reach_on_a_day (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild        *sam = passend_dossier_add_child (dossier, "Sam");
  PassendProcessState *state;

  passend_clock_set_today ("2026-10-20");
  passend_process_move_free (reach (dossier, sam, "2026-09-01"));
  state = state_of (dossier, sam);
  g_assert_cmpint (passend_process_state_get_step (state), ==, 2);
  g_assert_cmpstr (passend_process_state_get_reached (state, 2), ==, "2026-09-01");

  /* Not a day: refused, nothing changes. */
  {
    g_autoptr (GError) error = NULL;
    g_autofree char *before = write_dossier (dossier);
    g_autofree char *after = NULL;

    g_assert_null (passend_process_reach_next (dossier, sam, "2026-02-30", &error));
    g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
    after = write_dossier (dossier);
    g_assert_cmpstr (before, ==, after);
  }

  passend_process_move_free (reach (dossier, sam, NULL));
  g_assert_cmpstr (passend_process_state_get_reached (state, 3), ==, "2026-10-20");
  passend_process_move_free (reach (dossier, sam, "2026-10-01"));

  {
    g_autoptr (PassendProcessMove) move = reach (dossier, sam, "2026-10-05");

    g_assert_cmpint (passend_process_move_get_step (move), ==, 5);
    g_assert_cmpstr (passend_process_move_get_date (move), ==, "2026-10-05");
    g_assert_false (passend_process_move_is_back (move));
    g_assert_cmpstr (passend_plan_get_made (passend_process_find_plan (dossier, sam, 1)), ==,
                     "2026-10-05");
  }

  passend_clock_set_today (NULL);
}

/* Undo puts the file back as it was (but for the moment the state was
 * changed), also when the move made a plan. */
static void
test_undo_reach (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild    *sam = passend_dossier_add_child (dossier, "Sam");
  g_autofree char *at_4 = NULL;
  g_autofree char *undone = NULL;
  g_autoptr (GError) error = NULL;

  advance (dossier, sam, "2026-09-01");
  advance (dossier, sam, "2026-09-02");
  advance (dossier, sam, "2026-09-03");
  at_4 = written_without_moments (dossier);

  {
    g_autoptr (PassendProcessMove) move = reach (dossier, sam, "2026-09-10");

    g_assert_cmpint (step_of (dossier, sam), ==, 5);
    g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_plans (dossier)), ==, 1);
    g_assert_true (passend_process_undo (dossier, move, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (step_of (dossier, sam), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_plans (dossier)), ==, 0);
  undone = written_without_moments (dossier);
  g_assert_cmpstr (undone, ==, at_4);

  /* A plan that was made before (5 -> 4 by hand, then on again) gets
   * its own day back. */
  advance (dossier, sam, "2026-09-10");
  passend_process_go_back (dossier, sam, 4, &error);
  g_assert_no_error (error);
  {
    g_autoptr (PassendProcessMove) move = reach (dossier, sam, "2026-09-20");

    g_assert_cmpstr (passend_plan_get_made (passend_process_find_plan (dossier, sam, 1)), ==,
                     "2026-09-20");
    g_assert_true (passend_process_undo (dossier, move, &error));
    g_assert_cmpstr (passend_plan_get_made (passend_process_find_plan (dossier, sam, 1)), ==,
                     "2026-09-10");
  }
}

/* Going back forgets the later days; its undo brings them back. */
static void
test_undo_back (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  g_autoptr (PassendProcessMove) move = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  advance (dossier, sam, "2026-09-01");
  advance (dossier, sam, "2026-09-02");
  advance (dossier, sam, "2026-09-03");
  before = written_without_moments (dossier);

  move = passend_process_back_to (dossier, sam, 2, &error);
  g_assert_no_error (error);
  g_assert_true (passend_process_move_is_back (move));
  g_assert_null (passend_process_state_get_reached (state_of (dossier, sam), 3));
  g_assert_true (passend_process_undo (dossier, move, &error));
  g_assert_no_error (error);
  after = written_without_moments (dossier);
  g_assert_cmpstr (before, ==, after);
}

/* An undo after the step moved again is refused and changes nothing. */
static void
test_undo_stale (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  g_autoptr (PassendProcessMove) move = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  move = reach (dossier, sam, "2026-09-01");
  advance (dossier, sam, "2026-09-02");
  before = write_dossier (dossier);
  g_assert_false (passend_process_undo (dossier, move, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  after = write_dossier (dossier);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (step_of (dossier, sam), ==, 3);

  /* A plan checked since its step was reached is history. */
  advance (dossier, sam, "2026-09-03");
  passend_process_move_free (move);
  move = reach (dossier, sam, "2026-09-04");
  evaluate (dossier, sam, "2026-09-05", PASSEND_PLAN_RESULT_YES, NULL);
  g_free (before);
  g_free (after);
  before = write_dossier (dossier);
  g_clear_error (&error);
  g_assert_false (passend_process_undo (dossier, move, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  after = write_dossier (dossier);
  g_assert_cmpstr (before, ==, after);
}

/* At step 5 and 6 there is no next step to mark; no state is made. */
static void
test_reach_refused (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  g_autoptr (PassendDossier) other = passend_dossier_new ();
  PassendChild *stranger = passend_dossier_add_child (other, "Noor");
  g_autoptr (GError) error = NULL;

  g_assert_null (passend_process_reach_next (dossier, stranger, NULL, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (passend_process_back_to (dossier, sam, 1, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (passend_dossier_find_process_state (dossier, sam));

  for (int i = 0; i < 4; i++)
    advance (dossier, sam, "2026-09-01");
  g_assert_null (passend_process_reach_next (dossier, sam, NULL, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_assert_cmpint (step_of (dossier, sam), ==, 5);
}

/* A checklist item that records an event names one the clocks know,
 * and one that starts at least one deadline. */
static void
test_checklist_events (void)
{
  guint n_events = 0;

  for (int step = PASSEND_PROCESS_FIRST_STEP; step <= PASSEND_PROCESS_LAST_STEP; step++)
    for (const PassendChecklistItem *item = passend_step_guide_get (step)->checklist;
         item->id != NULL; item++)
      {
        g_autoptr (GPtrArray) proposals = NULL;

        if (item->event == NULL)
          continue;
        n_events++;
        g_assert_nonnull (passend_clock_event_find (item->event));
        proposals = passend_clock_propose (item->event, "2026-11-23", NULL);
        g_assert_nonnull (proposals);
        g_assert_cmpuint (proposals->len, >, 0);
      }

  /* The school file (step 2) and the registration (step 6). */
  g_assert_cmpuint (n_events, ==, 2);
  g_assert_cmpstr (passend_step_guide_find_item ("info-file")->event, ==, "avg-request-sent");
  g_assert_cmpstr (passend_step_guide_find_item ("school-registered")->event, ==, "registration");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/assistant/moves/reach-on-a-day", test_reach_on_a_day);
  g_test_add_func ("/assistant/moves/undo-reach", test_undo_reach);
  g_test_add_func ("/assistant/moves/undo-back", test_undo_back);
  g_test_add_func ("/assistant/moves/undo-stale", test_undo_stale);
  g_test_add_func ("/assistant/moves/reach-refused", test_reach_refused);
  g_test_add_func ("/assistant/checklist-events", test_checklist_events);

  return g_test_run ();
}
