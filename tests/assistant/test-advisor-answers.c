/* test-advisor-answers.c - the advisor's answers kept per child, and written down
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "passend-advisor-answers.h"
#include "passend-clock.h"
#include "passend-dossier.h"
#include "passend-topic-library.h"

#define MOMENTS "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\""
#define CHILD "{\"id\": \"c1\", \"name\": \"Sam\", " MOMENTS "}"
#define STATE(extra)                                                                               \
  "{\"version\": 3, \"children\": [" CHILD "], \"process\": [{\"id\": \"p1\", \"child_id\": "      \
  "\"c1\", \"step\": 2, \"checked\": [\"talk-report\"], \"plan\": 1, \"reached_1\": "              \
  "\"2026-09-01\", " MOMENTS extra "}]}"

static char *
write_dossier (PassendDossier *dossier)
{
  gsize length;

  return passend_dossier_write (dossier, 0, &length);
}

/* The dossier read back from its own text: as after a restart. */
static PassendDossier *
restart (PassendDossier *dossier)
{
  g_autofree char *text = write_dossier (dossier);
  g_autoptr (GError) error = NULL;
  PassendDossier *copy = passend_dossier_new_from_text (text, strlen (text), &error);

  g_assert_no_error (error);
  return copy;
}

static PassendDossier *
read_text (const char *text)
{
  g_autoptr (GError) error = NULL;
  PassendDossier *dossier = passend_dossier_new_from_text (text, strlen (text), &error);

  g_assert_no_error (error);
  return dossier;
}

/* The ids are stored: they never change. */
static void
test_ids (void)
{
  static const char *const rung_ids[] = { "teacher", "ib",          "management",
                                          "board",   "partnership", "consultants" };
  static const char *const question_ids[] = { "conflict",  "disagree", "at-home", "care",
                                              "behaviour", "rights",   "safety",  "formal" };
  PassendAdvisorAnswers    answers = { 0 };

  G_STATIC_ASSERT (G_N_ELEMENTS (rung_ids) == PASSEND_N_TRIED_RUNGS);
  G_STATIC_ASSERT (G_N_ELEMENTS (question_ids) == PASSEND_N_QUESTIONS);

  for (PassendRung r = 0; r < PASSEND_N_TRIED_RUNGS; r++)
    {
      g_assert_cmpstr (passend_rung_get_id (r), ==, rung_ids[r]);
      g_assert_nonnull (passend_rung_get_tried_label (r));
    }
  for (PassendQuestion q = 0; q < PASSEND_N_QUESTIONS; q++)
    {
      g_assert_cmpstr (passend_question_get_id (q), ==, question_ids[q]);
      g_assert_nonnull (passend_question_get_label (q));
      g_assert_false (passend_advisor_answers_get (&answers, q));
      passend_advisor_answers_set (&answers, q, TRUE);
      g_assert_true (passend_advisor_answers_get (&answers, q));
    }
  g_assert_true (answers.conflict && answers.disagree && answers.at_home && answers.care_unclear &&
                 answers.stuck_behaviour && answers.rights_question && answers.social_safety &&
                 answers.wants_formal);
}

/* Answers are the child's, and come back after a restart. */
static void
test_kept_per_child (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendDossier) copy = NULL;
  PassendChild         *sam = passend_dossier_add_child (dossier, "Sam");
  PassendChild         *noor = passend_dossier_add_child (dossier, "Noor");
  PassendAdvisorAnswers given = { PASSEND_TRIED (PASSEND_RUNG_TEACHER) |
                                      PASSEND_TRIED (PASSEND_RUNG_PARTNERSHIP),
                                  .conflict = TRUE, .at_home = TRUE, .weeks_at_home = 7,
                                  .wants_formal = TRUE };
  PassendAdvisorAnswers got;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  passend_clock_set_today ("2026-11-23");
  g_assert_true (passend_advisor_answers_save (dossier, sam, &given, &error));
  g_assert_no_error (error);

  copy = restart (dossier);
  passend_advisor_answers_load (
      copy, passend_dossier_find_child (copy, passend_record_get_id (PASSEND_RECORD (sam))), &got);
  g_assert_cmpmem (&got, sizeof got, &given, sizeof given);
  passend_advisor_answers_load (
      copy, passend_dossier_find_child (copy, passend_record_get_id (PASSEND_RECORD (noor))), &got);
  g_assert_cmpuint (got.tried, ==, 0);
  g_assert_false (got.at_home || got.conflict || got.wants_formal);

  /* As the file holds them: stable ids, and the weeks. */
  text = write_dossier (dossier);
  g_assert_nonnull (strstr (text, "\"advisor_tried\": [\n"));
  g_assert_nonnull (strstr (text, "\"teacher\""));
  g_assert_nonnull (strstr (text, "\"partnership\""));
  g_assert_nonnull (strstr (text, "\"at-home\""));
  g_assert_nonnull (strstr (text, "\"advisor_weeks\": 7"));

  /* Unticked at home: the weeks go with it. */
  given.at_home = FALSE;
  g_assert_true (passend_advisor_answers_save (dossier, sam, &given, NULL));
  passend_advisor_answers_load (dossier, sam, &got);
  g_assert_cmpuint (got.weeks_at_home, ==, 0);
  g_clear_pointer (&text, g_free);
  text = write_dossier (dossier);
  g_assert_null (strstr (text, "advisor_weeks"));

  passend_clock_set_today (NULL);
}

/* Looking at the advisor changes nothing; answering the same again
 * changes nothing either. */
static void
test_nothing_to_keep (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild         *sam = passend_dossier_add_child (dossier, "Sam");
  PassendAdvisorAnswers none = { 0 };
  PassendAdvisorAnswers some = { .rights_question = TRUE };
  g_autofree char      *modified = NULL;
  PassendProcessState  *state;

  g_assert_true (passend_advisor_answers_save (dossier, sam, &none, NULL));
  g_assert_null (passend_dossier_find_process_state (dossier, sam));

  g_assert_true (passend_advisor_answers_save (dossier, sam, &some, NULL));
  state = passend_dossier_find_process_state (dossier, sam);
  g_assert_nonnull (state);
  g_assert_cmpint (passend_process_state_get_step (state), ==, 1);
  modified = g_strdup (passend_record_get_modified (PASSEND_RECORD (state)));
  g_usleep (2000);
  g_assert_true (passend_advisor_answers_save (dossier, sam, &some, NULL));
  g_assert_cmpstr (passend_record_get_modified (PASSEND_RECORD (state)), ==, modified);

  /* A child not in the dossier is refused. */
  {
    g_autoptr (PassendDossier) other = passend_dossier_new ();
    PassendChild *mila = passend_dossier_add_child (other, "Mila");
    g_autoptr (GError) error = NULL;

    g_assert_false (passend_advisor_answers_save (dossier, mila, &some, &error));
    g_assert_nonnull (error);
  }
}

/* A dossier from before the advisor kept answers loads and is written
 * byte for byte as it was; answers a newer build knows more of are kept. */
static void
test_old_and_newer_files (void)
{
  const char *old = STATE ("");
  const char *newer =
      STATE (", \"advisor_tried\": [\"teacher\", \"someday\"], \"advisor_situation\": "
             "[\"at-home\", \"homework\"], \"advisor_weeks\": 3, \"mood\": \"hopeful\"");
  g_autoptr (PassendDossier) dossier = read_text (old);
  g_autoptr (PassendDossier) second = NULL;
  g_autofree char *once = write_dossier (dossier);
  g_autoptr (PassendDossier) again = read_text (once);
  g_autofree char      *twice = write_dossier (again);
  PassendAdvisorAnswers got;
  PassendAdvisorAnswers more;
  PassendProcessState  *state;
  g_autofree char      *written = NULL;

  g_assert_cmpstr (twice, ==, once);
  g_assert_null (strstr (once, "advisor"));
  passend_advisor_answers_load (dossier, passend_dossier_find_child (dossier, "c1"), &got);
  g_assert_cmpuint (got.tried, ==, 0);
  g_assert_false (got.at_home);

  second = read_text (newer);
  passend_advisor_answers_load (second, passend_dossier_find_child (second, "c1"), &got);
  g_assert_cmpuint (got.tried, ==, PASSEND_TRIED (PASSEND_RUNG_TEACHER));
  g_assert_true (got.at_home);
  g_assert_cmpuint (got.weeks_at_home, ==, 3);

  more = got;
  more.tried |= PASSEND_TRIED (PASSEND_RUNG_CARE_COORDINATOR);
  g_assert_true (passend_advisor_answers_save (second, passend_dossier_find_child (second, "c1"),
                                               &more, NULL));
  state = passend_dossier_find_process_state (second, passend_dossier_find_child (second, "c1"));
  g_assert_cmpstrv (passend_process_state_get_advisor_tried (state),
                    ((const char *const[]){ "teacher", "ib", "someday", NULL }));
  g_assert_cmpstrv (passend_process_state_get_advisor_situation (state),
                    ((const char *const[]){ "at-home", "homework", NULL }));
  written = write_dossier (second);
  g_assert_nonnull (strstr (written, "\"mood\": \"hopeful\""));
  g_assert_nonnull (strstr (written, "\"talk-report\""));
}

static void
test_bad_values (void)
{
  static const char *const bad[] = {
    STATE (", \"advisor_weeks\": 500"),     STATE (", \"advisor_weeks\": -1"),
    STATE (", \"advisor_weeks\": \"six\""), STATE (", \"advisor_tried\": \"teacher\""),
    STATE (", \"advisor_tried\": [\"\"]"),  STATE (", \"advisor_situation\": [3]"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PassendDossier) dossier =
          passend_dossier_new_from_text (bad[i], strlen (bad[i]), &error);

      g_test_message ("%s", bad[i]);
      g_assert_null (dossier);
      g_assert_nonnull (error);
      /* The message names the field, never the value. */
      g_assert_nonnull (strstr (error->message, "advisor_"));
    }
}

static const char *
name_of (const char *org_id, gpointer user_data)
{
  PassendOrganisation *organisation =
      passend_topic_library_find_organisation (passend_topic_library_get_default (), org_id);

  g_assert_nonnull (organisation);
  return passend_topic_text_get_text (
      passend_organisation_get_text (organisation, PASSEND_ORGANISATION_NAME));
}

/* Written down like a step: what was answered, the headline for a
 * child at home first, the next rung, and who can help. */
static void
test_write_down (void)
{
  PassendAdvisorAnswers answers = { PASSEND_TRIED (PASSEND_RUNG_TEACHER), .at_home = TRUE,
                                    .weeks_at_home = 6, .wants_formal = TRUE };
  g_autofree char      *text = passend_advisor_write_down (&answers, name_of, NULL);
  const char           *headline = strstr (text, "act now");
  const char           *rung = strstr (text, "Talk with the IB’er or zorgcoördinator");

  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "I have talked to:\n✓ The teacher\n"));
  g_assert_nonnull (strstr (text, "What is going on:\n✓ My child is at home, or may soon be\n"));
  g_assert_nonnull (strstr (text, "Weeks at home so far: 6"));
  g_assert_nonnull (strstr (text, "✓ I want to make a formal complaint or go to court"));
  g_assert_nonnull (headline);
  g_assert_nonnull (rung);
  g_assert_true (headline < rung);
  /* Plain text: no markup left. */
  g_assert_null (strchr (text, '<'));
  g_assert_null (strstr (text, "&amp;"));
  g_assert_nonnull (strstr (text, "Ouders & Onderwijs: "));
  g_assert_nonnull (strstr (text, "• Leerplichtambtenaar: "));
  g_assert_true (strstr (text, "• Leerplichtambtenaar") < strstr (text, "• Your child's school"));
  /* The caution for going formal early is in it too. */
  g_assert_nonnull (strstr (text, "formal step"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/advisor-answers/ids", test_ids);
  g_test_add_func ("/advisor-answers/kept-per-child", test_kept_per_child);
  g_test_add_func ("/advisor-answers/nothing-to-keep", test_nothing_to_keep);
  g_test_add_func ("/advisor-answers/old-and-newer-files", test_old_and_newer_files);
  g_test_add_func ("/advisor-answers/bad-values", test_bad_values);
  g_test_add_func ("/advisor-answers/write-down", test_write_down);

  return g_test_run ();
}
