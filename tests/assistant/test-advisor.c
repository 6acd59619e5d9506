/* test-advisor.c - "Where do I turn now?" without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "assistant-test-markup.h"
#include "passend-advisor.h"
#include "passend-topic-library.h"

/* Advisor */

#define T(rung) PASSEND_TRIED (PASSEND_RUNG_##rung)
#define SCHOOL (T (TEACHER) | T (CARE_COORDINATOR) | T (SCHOOL_MANAGEMENT) | T (SCHOOL_BOARD))
#define ROUTE (SCHOOL | T (PARTNERSHIP) | T (CONSULTANTS))

typedef struct
{
  const char           *name;
  PassendAdvisorAnswers answers;
  PassendRung           rung;
  PassendCaution        caution;
  gboolean              home_sitting;
  const char           *orgs; /* every org, best first, space-separated */
} AdvisorCase;

static const AdvisorCase advisor_cases[] = {
  /* The route, rung by rung; a gap is the next rung. */
  { "nothing tried",
    { 0 },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs" },
  { "teacher",
    { T (TEACHER) },
    PASSEND_RUNG_CARE_COORDINATOR,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs" },
  { "teacher, ib",
    { T (TEACHER) | T (CARE_COORDINATOR) },
    PASSEND_RUNG_SCHOOL_MANAGEMENT,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs" },
  { "up to management",
    { T (TEACHER) | T (CARE_COORDINATOR) | T (SCHOOL_MANAGEMENT) },
    PASSEND_RUNG_SCHOOL_BOARD,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs" },
  { "whole school",
    { SCHOOL },
    PASSEND_RUNG_PARTNERSHIP,
    PASSEND_CAUTION_NONE,
    FALSE,
    "samenwerkingsverband ouders-onderwijs" },
  { "school and swv",
    { SCHOOL | T (PARTNERSHIP) },
    PASSEND_RUNG_CONSULTANTS,
    PASSEND_CAUTION_NONE,
    FALSE,
    "onderwijsconsulenten ouders-onderwijs" },
  { "whole route",
    { ROUTE },
    PASSEND_RUNG_FORMAL,
    PASSEND_CAUTION_NONE,
    FALSE,
    "klachtencommissie gpo college-rechten-mens rechtbank ouders-onderwijs" },
  { "gap at ib",
    { T (TEACHER) | T (SCHOOL_MANAGEMENT) | T (PARTNERSHIP) },
    PASSEND_RUNG_CARE_COORDINATOR,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs" },
  { "only consultants",
    { T (CONSULTANTS) },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs" },

  /* Wanting a formal step early: the caution names what is skipped. */
  { "formal, nothing tried",
    { .wants_formal = TRUE },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_SKIPS_SCHOOL,
    FALSE,
    "school ouders-onderwijs juridisch-loket" },
  { "formal, board not tried",
    { T (TEACHER) | T (CARE_COORDINATOR) | T (SCHOOL_MANAGEMENT), .wants_formal = TRUE },
    PASSEND_RUNG_SCHOOL_BOARD,
    PASSEND_CAUTION_SKIPS_SCHOOL,
    FALSE,
    "school ouders-onderwijs juridisch-loket" },
  { "formal, swv not tried",
    { SCHOOL, .wants_formal = TRUE },
    PASSEND_RUNG_PARTNERSHIP,
    PASSEND_CAUTION_SKIPS_PARTNERSHIP,
    FALSE,
    "samenwerkingsverband ouders-onderwijs juridisch-loket" },
  { "formal, consultants not tried",
    { SCHOOL | T (PARTNERSHIP), .wants_formal = TRUE },
    PASSEND_RUNG_CONSULTANTS,
    PASSEND_CAUTION_SKIPS_CONSULTANTS,
    FALSE,
    "onderwijsconsulenten ouders-onderwijs juridisch-loket" },
  { "formal after the route",
    { ROUTE, .wants_formal = TRUE },
    PASSEND_RUNG_FORMAL,
    PASSEND_CAUTION_NONE,
    FALSE,
    "klachtencommissie gpo college-rechten-mens rechtbank ouders-onderwijs" },

  /* At home: four weeks is not yet home-sitting, five is. */
  { "at risk",
    { .at_home = TRUE },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_NONE,
    FALSE,
    "leerplichtambtenaar school ouders-onderwijs lansbrekers" },
  { "home 4 weeks",
    { .at_home = TRUE, .weeks_at_home = 4 },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_NONE,
    FALSE,
    "leerplichtambtenaar school ouders-onderwijs lansbrekers" },
  { "home 5 weeks",
    { .at_home = TRUE, .weeks_at_home = 5 },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_NONE,
    TRUE,
    "leerplichtambtenaar onderwijsconsulenten school ouders-onderwijs jeugdarts lansbrekers" },
  { "weeks without at home",
    { .weeks_at_home = 9 },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs" },
  { "home long, consultants rung",
    { SCHOOL | T (PARTNERSHIP), .at_home = TRUE, .weeks_at_home = 12 },
    PASSEND_RUNG_CONSULTANTS,
    PASSEND_CAUTION_NONE,
    TRUE,
    "leerplichtambtenaar onderwijsconsulenten ouders-onderwijs jeugdarts lansbrekers" },

  /* Conflict and disagreement. */
  { "conflict early",
    { T (TEACHER), .conflict = TRUE },
    PASSEND_RUNG_CARE_COORDINATOR,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs clientondersteuner" },
  { "disagree early",
    { T (TEACHER), .disagree = TRUE },
    PASSEND_RUNG_CARE_COORDINATOR,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs" },
  /* The onderwijsconsulenten come after the samenwerkingsverband. */
  { "disagree after teacher and management",
    { T (TEACHER) | T (SCHOOL_MANAGEMENT), .disagree = TRUE },
    PASSEND_RUNG_CARE_COORDINATOR,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs" },
  { "conflict after teacher and management",
    { T (TEACHER) | T (SCHOOL_MANAGEMENT), .conflict = TRUE },
    PASSEND_RUNG_CARE_COORDINATOR,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs clientondersteuner" },
  { "disagree after teacher, management and swv",
    { T (TEACHER) | T (SCHOOL_MANAGEMENT) | T (PARTNERSHIP), .disagree = TRUE },
    PASSEND_RUNG_CARE_COORDINATOR,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs onderwijsconsulenten" },
  { "conflict after teacher, management and swv",
    { T (TEACHER) | T (SCHOOL_MANAGEMENT) | T (PARTNERSHIP), .conflict = TRUE },
    PASSEND_RUNG_CARE_COORDINATOR,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs clientondersteuner onderwijsconsulenten" },
  { "conflict at the swv rung",
    { SCHOOL, .conflict = TRUE, .disagree = TRUE },
    PASSEND_RUNG_PARTNERSHIP,
    PASSEND_CAUTION_NONE,
    FALSE,
    "samenwerkingsverband ouders-onderwijs clientondersteuner" },
  { "disagree after management only",
    { T (SCHOOL_MANAGEMENT), .disagree = TRUE },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs" },
  { "conflict at the formal rung",
    { ROUTE, .conflict = TRUE, .disagree = TRUE },
    PASSEND_RUNG_FORMAL,
    PASSEND_CAUTION_NONE,
    FALSE,
    "klachtencommissie gpo college-rechten-mens rechtbank ouders-onderwijs clientondersteuner" },

  /* Care, behaviour, rights, safety. */
  { "care",
    { .care_unclear = TRUE },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs het-juiste-loket onderwijszorgconsulent" },
  { "care and long at home",
    { .care_unclear = TRUE, .at_home = TRUE, .weeks_at_home = 6 },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_NONE,
    TRUE,
    "leerplichtambtenaar onderwijsconsulenten school ouders-onderwijs jeugdarts lansbrekers "
    "het-juiste-loket onderwijszorgconsulent interventieteam" },
  { "care and briefly at home",
    { .care_unclear = TRUE, .at_home = TRUE, .weeks_at_home = 2 },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_NONE,
    FALSE,
    "leerplichtambtenaar school ouders-onderwijs lansbrekers het-juiste-loket "
    "onderwijszorgconsulent" },
  { "behaviour",
    { .stuck_behaviour = TRUE },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs cce" },
  { "rights",
    { .rights_question = TRUE },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs regelrecht juridisch-loket kinderrechtenhelpdesk" },
  { "rights and at home",
    { .rights_question = TRUE, .at_home = TRUE },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_NONE,
    FALSE,
    "leerplichtambtenaar school ouders-onderwijs lansbrekers regelrecht juridisch-loket "
    "kinderrechtenhelpdesk kinderombudsman" },
  { "rights and formal",
    { .rights_question = TRUE, .wants_formal = TRUE },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_SKIPS_SCHOOL,
    FALSE,
    "school ouders-onderwijs regelrecht juridisch-loket kinderrechtenhelpdesk" },
  { "safety",
    { .social_safety = TRUE },
    PASSEND_RUNG_TEACHER,
    PASSEND_CAUTION_NONE,
    FALSE,
    "school ouders-onderwijs inspectie" },

  /* Everything at once, late on the route. */
  { "everything",
    { SCHOOL | T (PARTNERSHIP), TRUE, TRUE, TRUE, 8, TRUE, TRUE, TRUE, TRUE, TRUE },
    PASSEND_RUNG_CONSULTANTS,
    PASSEND_CAUTION_SKIPS_CONSULTANTS,
    TRUE,
    "leerplichtambtenaar onderwijsconsulenten ouders-onderwijs jeugdarts lansbrekers "
    "clientondersteuner "
    "het-juiste-loket onderwijszorgconsulent interventieteam cce regelrecht juridisch-loket "
    "kinderrechtenhelpdesk kinderombudsman inspectie" },
};

static char *
orgs_of (const PassendAdvisorResult *result)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < result->n_advice; i++)
    {
      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, result->advice[i].org_id);
    }

  return g_string_free (s, FALSE);
}

static void
test_advisor_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (advisor_cases); i++)
    {
      const AdvisorCase   *c = &advisor_cases[i];
      PassendAdvisorResult result;
      g_autofree char     *orgs = NULL;

      passend_advisor_advise (&c->answers, &result);
      orgs = orgs_of (&result);
      g_test_message ("%s: %s", c->name, orgs);
      g_assert_cmpint (result.rung, ==, c->rung);
      g_assert_cmpint (result.caution, ==, c->caution);
      g_assert_cmpint (result.home_sitting, ==, c->home_sitting);
      g_assert_cmpstr (orgs, ==, c->orgs);
    }
}

/* Every combination of every answer (weeks as 0, 4 and 5): the rules
 * that must always hold. */
static void
test_advisor_all_combinations (void)
{
  static const guint weeks[] = { 0, 4, 5 };
  guint              n = 0;

  for (guint tried = 0; tried < (1u << PASSEND_N_TRIED_RUNGS); tried++)
    for (guint flags = 0; flags < (1u << 8); flags++)
      for (guint w = 0; w < G_N_ELEMENTS (weeks); w++)
        {
          PassendAdvisorAnswers a = {
            tried,
            flags & 1,
            (flags >> 1) & 1,
            (flags >> 2) & 1,
            weeks[w],
            (flags >> 3) & 1,
            (flags >> 4) & 1,
            (flags >> 5) & 1,
            (flags >> 6) & 1,
            (flags >> 7) & 1,
          };
          PassendAdvisorResult r;
          gboolean             long_home = a.at_home && a.weeks_at_home > 4;
          PassendRung          first = PASSEND_RUNG_FORMAL;

          for (PassendRung rung = 0; rung < PASSEND_N_TRIED_RUNGS; rung++)
            if (!(tried & PASSEND_TRIED (rung)))
              {
                first = rung;
                break;
              }

          passend_advisor_advise (&a, &r);
          n++;

          g_assert_cmpint (r.rung, ==, first);
          g_assert_true ((r.caution != PASSEND_CAUTION_NONE) ==
                         (a.wants_formal && first < PASSEND_RUNG_FORMAL));
          g_assert_true (r.home_sitting == long_home);
          g_assert_cmpuint (r.n_advice, >=, 2);
          g_assert_cmpuint (r.n_advice, <=, PASSEND_ADVISOR_MAX_ADVICE);
          g_assert_true (passend_advisor_has_org (&r, "ouders-onderwijs"));

          /* A child at home first; else the rung's organisation. */
          g_assert_cmpint (r.headline, ==,
                           long_home   ? PASSEND_HEADLINE_AT_HOME
                           : a.at_home ? PASSEND_HEADLINE_AT_RISK
                                       : PASSEND_HEADLINE_RUNG);
          if (long_home)
            {
              g_assert_cmpstr (r.advice[0].org_id, ==, "leerplichtambtenaar");
              g_assert_cmpstr (r.advice[1].org_id, ==, "onderwijsconsulenten");
            }
          else if (a.at_home)
            g_assert_cmpstr (r.advice[0].org_id, ==, "leerplichtambtenaar");
          else
            g_assert_cmpstr (r.advice[0].org_id, ==,
                             first <= PASSEND_RUNG_SCHOOL_BOARD  ? "school"
                             : first == PASSEND_RUNG_PARTNERSHIP ? "samenwerkingsverband"
                             : first == PASSEND_RUNG_CONSULTANTS ? "onderwijsconsulenten"
                                                                 : "klachtencommissie");

          g_assert_true (passend_advisor_has_org (&r, "leerplichtambtenaar") == a.at_home);
          g_assert_true (passend_advisor_has_org (&r, "lansbrekers") == a.at_home);
          g_assert_true (passend_advisor_has_org (&r, "jeugdarts") == long_home);
          g_assert_true (passend_advisor_has_org (&r, "clientondersteuner") == a.conflict);
          g_assert_true (passend_advisor_has_org (&r, "het-juiste-loket") == a.care_unclear);
          g_assert_true (passend_advisor_has_org (&r, "onderwijszorgconsulent") == a.care_unclear);
          g_assert_true (passend_advisor_has_org (&r, "interventieteam") ==
                         (a.care_unclear && long_home));
          g_assert_true (passend_advisor_has_org (&r, "cce") == a.stuck_behaviour);
          g_assert_true (passend_advisor_has_org (&r, "regelrecht") == a.rights_question);
          g_assert_true (passend_advisor_has_org (&r, "kinderrechtenhelpdesk") ==
                         a.rights_question);
          g_assert_true (passend_advisor_has_org (&r, "kinderombudsman") ==
                         (a.rights_question && a.at_home));
          g_assert_true (passend_advisor_has_org (&r, "inspectie") == a.social_safety);
          g_assert_true (passend_advisor_has_org (&r, "juridisch-loket") ==
                         (a.rights_question || (a.wants_formal && first < PASSEND_RUNG_FORMAL)));
          g_assert_true (passend_advisor_has_org (&r, "gpo") == (first == PASSEND_RUNG_FORMAL));
          g_assert_true (passend_advisor_has_org (&r, "onderwijsconsulenten") ==
                         (first == PASSEND_RUNG_CONSULTANTS || long_home ||
                          ((a.conflict || a.disagree) && (tried & T (TEACHER)) &&
                           (tried & T (SCHOOL_MANAGEMENT)) && (tried & T (PARTNERSHIP)) &&
                           first < PASSEND_RUNG_CONSULTANTS)));

          for (guint i = 0; i < r.n_advice; i++)
            {
              g_assert_nonnull (passend_topic_library_find_organisation (
                  passend_topic_library_get_default (), r.advice[i].org_id));
              g_assert_nonnull (r.advice[i].reason);
              for (guint j = i + 1; j < r.n_advice; j++)
                g_assert_cmpstr (r.advice[i].org_id, !=, r.advice[j].org_id);
            }
        }

  g_assert_cmpuint (n, ==, 64 * 256 * 3);
}

/* The onderwijsconsulenten come in when parents, school and
 * samenwerkingsverband could not solve it, or after four weeks at home:
 * never before the samenwerkingsverband was asked. */
static void
test_advisor_consultants_after_partnership (void)
{
  static const guint    weeks[] = { 0, 4, 5 };
  PassendAdvisorAnswers early = { T (TEACHER) | T (SCHOOL_MANAGEMENT), .conflict = TRUE,
                                  .disagree = TRUE };
  PassendAdvisorResult  r;

  g_assert_cmpint (PASSEND_RUNG_PARTNERSHIP, <, PASSEND_RUNG_CONSULTANTS);
  g_assert_nonnull (
      strstr (passend_rung_get_description (PASSEND_RUNG_CONSULTANTS), "samenwerkingsverband"));

  /* Talked with the teacher and the management, and stuck: the
   * samenwerkingsverband is still to come, the consultants are not yet. */
  passend_advisor_advise (&early, &r);
  g_assert_false (passend_advisor_has_org (&r, "onderwijsconsulenten"));

  for (guint tried = 0; tried < (1u << PASSEND_N_TRIED_RUNGS); tried++)
    for (guint flags = 0; flags < (1u << 8); flags++)
      for (guint w = 0; w < G_N_ELEMENTS (weeks); w++)
        {
          PassendAdvisorAnswers a = {
            tried,
            flags & 1,
            (flags >> 1) & 1,
            (flags >> 2) & 1,
            weeks[w],
            (flags >> 3) & 1,
            (flags >> 4) & 1,
            (flags >> 5) & 1,
            (flags >> 6) & 1,
            (flags >> 7) & 1,
          };
          gboolean long_home = a.at_home && a.weeks_at_home > PASSEND_HOME_SITTING_WEEKS;
          int      swv = -1;
          int      consultants = -1;

          passend_advisor_advise (&a, &r);
          for (guint i = 0; i < r.n_advice; i++)
            if (g_str_equal (r.advice[i].org_id, "samenwerkingsverband"))
              swv = i;
            else if (g_str_equal (r.advice[i].org_id, "onderwijsconsulenten"))
              consultants = i;

          if (consultants < 0 || long_home)
            continue;
          g_assert_true (tried & T (PARTNERSHIP));
          g_assert_true (swv < 0);
        }
}

/* The formal step: only a court's decision binds the school; the GPO and
 * the College give a judgement (oordeel) that does not. */
static void
test_advisor_formal_step (void)
{
  const char           *formal = passend_rung_get_description (PASSEND_RUNG_FORMAL);
  PassendAdvisorAnswers answers = { ROUTE };
  PassendAdvisorResult  r;

  g_assert_nonnull (strstr (formal, "not binding"));
  g_assert_nonnull (strstr (formal, "oordeel"));
  g_assert_nonnull (strstr (formal, "court decides"));
  g_assert_null (strstr (formal, "cannot force"));
  g_assert_null (strstr (formal, "can rule"));

  passend_advisor_advise (&answers, &r);
  for (guint i = 0; i < r.n_advice; i++)
    {
      const char *reason = r.advice[i].reason;

      g_assert_null (strstr (reason, "rules"));
      if (g_str_equal (r.advice[i].org_id, "gpo") ||
          g_str_equal (r.advice[i].org_id, "college-rechten-mens"))
        g_assert_nonnull (strstr (reason, "not binding"));
      /* For most schools the LKC is their complaints committee. */
      if (g_str_equal (r.advice[i].org_id, "klachtencommissie"))
        g_assert_nonnull (strstr (reason, "LKC"));
      g_assert_false (g_str_equal (r.advice[i].org_id, "lkc"));
      if (g_str_equal (r.advice[i].org_id, "rechtbank"))
        g_assert_nonnull (strstr (reason, "must do"));
    }
}

/* The CCE also helps a child who has already stopped going to school. */
static void
test_advisor_cce_after_school_stopped (void)
{
  PassendAdvisorAnswers answers = { .stuck_behaviour = TRUE, .at_home = TRUE, .weeks_at_home = 8 };
  PassendAdvisorResult  r;
  gboolean              found = FALSE;

  passend_advisor_advise (&answers, &r);
  for (guint i = 0; i < r.n_advice; i++)
    if (g_str_equal (r.advice[i].org_id, "cce"))
      {
        g_assert_nonnull (strstr (r.advice[i].reason, "already stopped going"));
        found = TRUE;
      }
  g_assert_true (found);
}

/* A child at home for more than four weeks: the headline is what to do
 * now, with the leerplichtambtenaar and the onderwijsconsulenten first;
 * the rung (here: talk with the school management) comes below it. */
static void
test_advisor_at_home_first (void)
{
  PassendAdvisorAnswers home = { T (TEACHER) | T (CARE_COORDINATOR), .at_home = TRUE,
                                 .weeks_at_home = 6 };
  PassendAdvisorAnswers risk = { T (TEACHER) | T (CARE_COORDINATOR), .at_home = TRUE,
                                 .weeks_at_home = 4 };
  PassendAdvisorAnswers school = { T (TEACHER) | T (CARE_COORDINATOR) };
  PassendAdvisorResult  r;
  const char           *text;

  passend_advisor_advise (&home, &r);
  g_assert_cmpint (r.headline, ==, PASSEND_HEADLINE_AT_HOME);
  g_assert_cmpint (r.rung, ==, PASSEND_RUNG_SCHOOL_MANAGEMENT);
  g_assert_true (r.home_sitting);
  g_assert_cmpstr (r.advice[0].org_id, ==, "leerplichtambtenaar");
  g_assert_cmpstr (r.advice[1].org_id, ==, "onderwijsconsulenten");
  g_assert_cmpstr (r.advice[2].org_id, ==, "school");
  g_assert_nonnull (strstr (passend_headline_get_title (r.headline), "act now"));
  text = passend_headline_get_text (r.headline);
  g_assert_nonnull (strstr (text, "term:leerplichtambtenaar"));
  g_assert_nonnull (strstr (text, "org:onderwijsconsulenten"));
  g_assert_nonnull (strstr (text, "zorgplicht"));
  g_assert_nonnull (strstr (text, "exemption"));
  g_assert_nonnull (strstr (text, "off the roll"));
  g_assert_cmpuint (check_markup (text), ==, 4);

  passend_advisor_advise (&risk, &r);
  g_assert_cmpint (r.headline, ==, PASSEND_HEADLINE_AT_RISK);
  g_assert_false (r.home_sitting);
  g_assert_cmpstr (r.advice[0].org_id, ==, "leerplichtambtenaar");
  g_assert_nonnull (passend_headline_get_title (r.headline));
  g_assert_nonnull (strstr (passend_headline_get_text (r.headline), "off the roll"));
  g_assert_cmpuint (check_markup (passend_headline_get_text (r.headline)), ==, 2);

  passend_advisor_advise (&school, &r);
  g_assert_cmpint (r.headline, ==, PASSEND_HEADLINE_RUNG);
  g_assert_null (passend_headline_get_title (r.headline));
  g_assert_null (passend_headline_get_text (r.headline));
  g_assert_cmpstr (r.advice[0].org_id, ==, "school");
}

static void
test_advisor_texts (void)
{
  for (PassendRung rung = PASSEND_RUNG_TEACHER; rung <= PASSEND_RUNG_FORMAL; rung++)
    {
      g_assert_nonnull (passend_rung_get_title (rung));
      check_markup (passend_rung_get_description (rung));
    }

  g_assert_null (passend_caution_get_text (PASSEND_CAUTION_NONE));
  for (PassendCaution c = PASSEND_CAUTION_SKIPS_SCHOOL; c <= PASSEND_CAUTION_SKIPS_CONSULTANTS; c++)
    g_assert_cmpuint (check_markup (passend_caution_get_text (c)), ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/assistant/advisor-table", test_advisor_table);
  g_test_add_func ("/assistant/advisor-consultants-after-partnership",
                   test_advisor_consultants_after_partnership);
  g_test_add_func ("/assistant/advisor-all-combinations", test_advisor_all_combinations);
  g_test_add_func ("/assistant/advisor-formal-step", test_advisor_formal_step);
  g_test_add_func ("/assistant/advisor-cce", test_advisor_cce_after_school_stopped);
  g_test_add_func ("/assistant/advisor-at-home-first", test_advisor_at_home_first);
  g_test_add_func ("/assistant/advisor-texts", test_advisor_texts);

  return g_test_run ();
}
