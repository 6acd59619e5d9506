/* test-assistant-files.c - the Assistant's states and plans in the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * They survive a round trip, files from before the plan loop and from
 * newer builds still read, and broken ones are refused.
 */
#include "config.h"

#include <string.h>

#include "assistant-test-process.h"
#include "passend-clock.h"
#include "passend-error.h"

#define MOMENTS "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\""
#define CHILD "{\"id\": \"c1\", \"name\": \"Sam\", " MOMENTS "}"

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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/assistant/round-trip", test_round_trip);
  g_test_add_func ("/assistant/old-and-newer-files", test_old_and_newer_files);
  g_test_add_func ("/assistant/bad-files", test_bad_files);

  return g_test_run ();
}
