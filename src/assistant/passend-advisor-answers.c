/* passend-advisor-answers.c - the advisor's questions, and the answers kept per child
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The questions of "Where do I turn now?" with the stable ids under
 * which a child's answers are kept in the dossier, in the child's
 * process state: the rungs tried ("teacher", "ib", ...), the situations
 * ticked ("conflict", "at-home", ...) and the weeks at home.  The ids
 * must never change.  Ids a newer build wrote are kept when the answers
 * are saved again.
 *
 * And the answer written down as the text of a dossier entry, as the
 * steps' "Write this down" does.
 */
#define G_LOG_DOMAIN "passend-advisor"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-advisor-answers.h"
#include "passend-error.h"

static const struct
{
  const char *id;
  const char *label;
} rungs[PASSEND_N_TRIED_RUNGS] = {
  [PASSEND_RUNG_TEACHER] = { "teacher", N_ ("The teacher") },
  [PASSEND_RUNG_CARE_COORDINATOR] = { "ib", N_ ("The IB’er or zorgcoördinator") },
  [PASSEND_RUNG_SCHOOL_MANAGEMENT] = { "management", N_ ("The school management") },
  [PASSEND_RUNG_SCHOOL_BOARD] = { "board", N_ ("The school board") },
  [PASSEND_RUNG_PARTNERSHIP] = { "partnership", N_ ("The samenwerkingsverband") },
  [PASSEND_RUNG_CONSULTANTS] = { "consultants", N_ ("The onderwijsconsulenten") },
};

static const struct
{
  const char *id;
  const char *label;
  gsize       offset; /* of the gboolean in PassendAdvisorAnswers */
} questions[PASSEND_N_QUESTIONS] = {
  [PASSEND_QUESTION_CONFLICT] = { "conflict",
                                  N_ ("There is a conflict between us, the school or the "
                                      "samenwerkingsverband"),
                                  G_STRUCT_OFFSET (PassendAdvisorAnswers, conflict) },
  [PASSEND_QUESTION_DISAGREE] = { "disagree",
                                  N_ ("We disagree with advice and cannot solve it together"),
                                  G_STRUCT_OFFSET (PassendAdvisorAnswers, disagree) },
  [PASSEND_QUESTION_AT_HOME] = { "at-home", N_ ("My child is at home, or may soon be"),
                                 G_STRUCT_OFFSET (PassendAdvisorAnswers, at_home) },
  [PASSEND_QUESTION_CARE] = { "care", N_ ("Care is involved too, and it is unclear who pays"),
                              G_STRUCT_OFFSET (PassendAdvisorAnswers, care_unclear) },
  [PASSEND_QUESTION_BEHAVIOUR] = { "behaviour",
                                   N_ ("There is serious problem behaviour and the "
                                       "professionals are stuck"),
                                   G_STRUCT_OFFSET (PassendAdvisorAnswers, stuck_behaviour) },
  [PASSEND_QUESTION_RIGHTS] = { "rights", N_ ("I have a question about rights"),
                                G_STRUCT_OFFSET (PassendAdvisorAnswers, rights_question) },
  [PASSEND_QUESTION_SAFETY] = { "safety",
                                N_ ("My child does not feel safe at school, or is bullied"),
                                G_STRUCT_OFFSET (PassendAdvisorAnswers, social_safety) },
  [PASSEND_QUESTION_FORMAL] = { "formal", N_ ("I want to make a formal complaint or go to court"),
                                G_STRUCT_OFFSET (PassendAdvisorAnswers, wants_formal) },
};

#define ANSWER(answers, q) (*(gboolean *)((guint8 *)(answers) + questions[q].offset))

/**
 * passend_question_get_id:
 *
 * Returns: the stable id of @question, as kept in the dossier
 */
const char *
passend_question_get_id (PassendQuestion question)
{
  g_return_val_if_fail (question < PASSEND_N_QUESTIONS, NULL);
  return questions[question].id;
}

/**
 * passend_question_get_label:
 *
 * Returns: the translated question, as the parent ticks it
 */
const char *
passend_question_get_label (PassendQuestion question)
{
  g_return_val_if_fail (question < PASSEND_N_QUESTIONS, NULL);
  return _ (questions[question].label);
}

gboolean
passend_advisor_answers_get (const PassendAdvisorAnswers *answers, PassendQuestion question)
{
  g_return_val_if_fail (answers != NULL, FALSE);
  g_return_val_if_fail (question < PASSEND_N_QUESTIONS, FALSE);
  return ANSWER (answers, question);
}

void
passend_advisor_answers_set (PassendAdvisorAnswers *answers,
                             PassendQuestion        question,
                             gboolean               value)
{
  g_return_if_fail (answers != NULL);
  g_return_if_fail (question < PASSEND_N_QUESTIONS);
  ANSWER (answers, question) = value != FALSE;
}

/**
 * passend_rung_get_id:
 * @rung: a rung a parent can have tried (not %PASSEND_RUNG_FORMAL)
 *
 * Returns: the stable id of @rung, as kept in the dossier
 */
const char *
passend_rung_get_id (PassendRung rung)
{
  g_return_val_if_fail (rung < PASSEND_N_TRIED_RUNGS, NULL);
  return rungs[rung].id;
}

/**
 * passend_rung_get_tried_label:
 *
 * Returns: the translated name of @rung, as the parent ticks it: "The
 *   teacher"
 */
const char *
passend_rung_get_tried_label (PassendRung rung)
{
  g_return_val_if_fail (rung < PASSEND_N_TRIED_RUNGS, NULL);
  return _ (rungs[rung].label);
}

static int
find_rung (const char *id)
{
  for (guint r = 0; r < PASSEND_N_TRIED_RUNGS; r++)
    if (g_str_equal (rungs[r].id, id))
      return r;
  return -1;
}

static int
find_question (const char *id)
{
  for (guint q = 0; q < PASSEND_N_QUESTIONS; q++)
    if (g_str_equal (questions[q].id, id))
      return q;
  return -1;
}

/**
 * passend_advisor_answers_load:
 * @answers: (out caller-allocates): the child's answers; all unanswered
 *   when the dossier holds none
 *
 * Reads the answers the parent last gave for @child.  Reads only.
 */
void
passend_advisor_answers_load (PassendDossier        *dossier,
                              PassendChild          *child,
                              PassendAdvisorAnswers *answers)
{
  PassendProcessState *state;
  const char *const   *ids;

  g_return_if_fail (answers != NULL);
  memset (answers, 0, sizeof *answers);
  g_return_if_fail (PASSEND_IS_DOSSIER (dossier));
  g_return_if_fail (PASSEND_IS_CHILD (child));

  state = passend_dossier_find_process_state (dossier, child);
  if (state == NULL)
    return;

  ids = passend_process_state_get_advisor_tried (state);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (find_rung (ids[i]) >= 0)
      answers->tried |= PASSEND_TRIED (find_rung (ids[i]));

  ids = passend_process_state_get_advisor_situation (state);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (find_question (ids[i]) >= 0)
      ANSWER (answers, find_question (ids[i])) = TRUE;

  answers->weeks_at_home = answers->at_home ? passend_process_state_get_advisor_weeks (state) : 0;
}

/* The ids of @answers, then those of @old this build does not know (a
 * newer build wrote them), in their order. */
static GStrv
tried_ids (const PassendAdvisorAnswers *answers, const char *const *old)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint r = 0; r < PASSEND_N_TRIED_RUNGS; r++)
    if (answers->tried & PASSEND_TRIED (r))
      g_strv_builder_add (builder, rungs[r].id);
  for (guint i = 0; old != NULL && old[i] != NULL; i++)
    if (find_rung (old[i]) < 0)
      g_strv_builder_add (builder, old[i]);

  return g_strv_builder_end (builder);
}

static GStrv
situation_ids (const PassendAdvisorAnswers *answers, const char *const *old)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint q = 0; q < PASSEND_N_QUESTIONS; q++)
    if (ANSWER (answers, q))
      g_strv_builder_add (builder, questions[q].id);
  for (guint i = 0; old != NULL && old[i] != NULL; i++)
    if (find_question (old[i]) < 0)
      g_strv_builder_add (builder, old[i]);

  return g_strv_builder_end (builder);
}

/**
 * passend_advisor_answers_save:
 *
 * Keeps @answers as @child's, in the child's process state; the state
 * is made (at step 1) only when there is something to keep.  Changes
 * nothing when the answers are those kept already.
 *
 * Returns: %FALSE with @error set if @child is not in @dossier
 */
gboolean
passend_advisor_answers_save (PassendDossier              *dossier,
                              PassendChild                *child,
                              const PassendAdvisorAnswers *answers,
                              GError                     **error)
{
  PassendProcessState *state;
  g_auto (GStrv) tried = NULL;
  g_auto (GStrv) situation = NULL;
  int weeks;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), FALSE);
  g_return_val_if_fail (PASSEND_IS_CHILD (child), FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);

  if (passend_dossier_find_child (dossier, passend_record_get_id (PASSEND_RECORD (child))) != child)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "the child is not in this dossier");
      return FALSE;
    }

  state = passend_dossier_find_process_state (dossier, child);
  tried = tried_ids (answers, state ? passend_process_state_get_advisor_tried (state) : NULL);
  situation =
      situation_ids (answers, state ? passend_process_state_get_advisor_situation (state) : NULL);
  weeks =
      answers->at_home ? (int)MIN (answers->weeks_at_home, PASSEND_PROCESS_MAX_WEEKS_AT_HOME) : 0;

  /* Nothing to keep, and nowhere kept yet: looking changes nothing. */
  if (state == NULL && tried[0] == NULL && situation[0] == NULL && weeks == 0)
    return TRUE;

  state = passend_dossier_get_process_state (dossier, child);
  g_object_freeze_notify (G_OBJECT (state));
  g_object_set (state, "advisor-tried", tried[0] != NULL ? tried : NULL, "advisor-situation",
                situation[0] != NULL ? situation : NULL, "advisor-weeks", weeks, NULL);
  g_object_thaw_notify (G_OBJECT (state));
  return TRUE;
}

/* Markup as plain text: the tags go, the entities are read. */
static char *
plain (const char *markup)
{
  g_autoptr (GRegex) tags = g_regex_new ("<[^>]*>", 0, 0, NULL);
  g_autofree char *text = g_regex_replace_literal (tags, markup, -1, 0, "", 0, NULL);
  g_autoptr (GString) s = g_string_new (text);

  g_string_replace (s, "&lt;", "<", 0);
  g_string_replace (s, "&gt;", ">", 0);
  g_string_replace (s, "&quot;", "\"", 0);
  g_string_replace (s, "&apos;", "'", 0);
  g_string_replace (s, "&amp;", "&", 0);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
append_answers (GString *text, const PassendAdvisorAnswers *answers)
{
  gboolean any = FALSE;

  for (guint r = 0; r < PASSEND_N_TRIED_RUNGS; r++)
    if (answers->tried & PASSEND_TRIED (r))
      {
        if (!any)
          /* Translators: in the text of a dossier entry written from
           * "Where do I turn now?", above the people talked to. */
          g_string_append_printf (text, "%s\n", _ ("I have talked to:"));
        g_string_append_printf (text, "✓ %s\n", _ (rungs[r].label));
        any = TRUE;
      }

  any = FALSE;
  for (guint q = 0; q < PASSEND_N_QUESTIONS; q++)
    if (ANSWER (answers, q))
      {
        if (!any)
          g_string_append_printf (text, "%s%s\n", text->len > 0 ? "\n" : "",
                                  /* Translators: above the situations ticked. */
                                  _ ("What is going on:"));
        g_string_append_printf (text, "✓ %s\n", _ (questions[q].label));
        if (q == PASSEND_QUESTION_AT_HOME && answers->weeks_at_home > 0)
          g_string_append_printf (text, "  %s: %u\n", _ ("Weeks at home so far"),
                                  answers->weeks_at_home);
        any = TRUE;
      }
}

/**
 * passend_advisor_write_down:
 * @name_of: gives an organisation's name, for the list of who can help
 *
 * Returns: (transfer full): the answers and the advice as the plain
 *   text of a dossier entry, translated
 */
char *
passend_advisor_write_down (const PassendAdvisorAnswers *answers,
                            PassendAdvisorNameFunc       name_of,
                            gpointer                     user_data)
{
  GString             *text = g_string_new (NULL);
  PassendAdvisorResult result;
  const char          *caution;

  g_return_val_if_fail (answers != NULL, NULL);

  passend_advisor_advise (answers, &result);
  append_answers (text, answers);

  if (result.headline != PASSEND_HEADLINE_RUNG)
    {
      g_autofree char *what = plain (passend_headline_get_text (result.headline));

      g_string_append_printf (text, "%s%s\n%s\n", text->len > 0 ? "\n" : "",
                              passend_headline_get_title (result.headline), what);
    }

  {
    g_autofree char *why = plain (passend_rung_get_description (result.rung));

    g_string_append_printf (text, "%s%s: %s\n%s\n", text->len > 0 ? "\n" : "", _ ("Your next step"),
                            passend_rung_get_title (result.rung), why);
  }

  caution = passend_caution_get_text (result.caution);
  if (caution != NULL)
    {
      g_autofree char *careful = plain (caution);

      g_string_append_printf (text, "\n%s\n", careful);
    }

  g_string_append_printf (text, "\n%s\n", _ ("Who can help"));
  for (guint i = 0; i < result.n_advice; i++)
    {
      const char *name = name_of != NULL ? name_of (result.advice[i].org_id, user_data) : NULL;

      g_string_append_printf (text, "• %s: %s\n", name != NULL ? name : result.advice[i].org_id,
                              _ (result.advice[i].reason));
    }

  g_string_truncate (text, text->len - 1);
  return g_string_free (text, FALSE);
}
