/* passend-advisor.c - "Where do I turn now?"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The questions a parent organisation asks on the phone, answered by a
 * pure function: which rung of the escalation route comes next, which
 * organisations fit and why, best first, and a caution when the parent
 * wants to skip rungs.  The route: the school (teacher, IB'er or
 * zorgcoördinator, management, board), the samenwerkingsverband, the
 * onderwijsconsulenten, and only then a formal step.
 *
 * The rules:
 * - The next rung is the first one not taken yet.
 * - A child at home comes first.  At home for more than 4 weeks: the
 *   headline is what to do now, the leerplichtambtenaar must know and
 *   the onderwijsconsulenten may be asked at once (both before anyone
 *   else), the jeugdarts can advise, and the leerplicht facts are
 *   shown.  At home for shorter, or at risk: a headline to act early,
 *   the leerplichtambtenaar first.  Either way: LANSbrekers.
 * - Then the rung's organisations, then Ouders & Onderwijs, who advise
 *   at every rung.
 * - Conflict: a cliëntondersteuner.  Conflict or advice that cannot be
 *   resolved, once the teacher, the school management and the
 *   samenwerkingsverband were tried: the onderwijsconsulenten too.  They
 *   come in after the samenwerkingsverband, never before it (unless the
 *   child has been at home for more than 4 weeks).
 * - Care and unclear who pays: Het Juiste Loket, then the
 *   onderwijszorgconsulent; at home long as well: the interventieteam.
 * - Serious problem behaviour where professionals are stuck: CCE.
 * - A question about rights: RegelRecht, Juridisch Loket, the
 *   Kinderrechtenhelpdesk; at home as well: the Kinderombudsman.
 * - Social safety: the Inspectie's vertrouwensinspecteur.
 * - A formal step wanted before the rung: a caution naming what is
 *   skipped.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-advisor.h"

static void
add (PassendAdvisorResult *result, const char *org_id, const char *reason)
{
  if (passend_advisor_has_org (result, org_id))
    return;

  g_return_if_fail (result->n_advice < PASSEND_ADVISOR_MAX_ADVICE);

  result->advice[result->n_advice].org_id = org_id;
  result->advice[result->n_advice].reason = reason;
  result->n_advice++;
}

static gboolean
tried (const PassendAdvisorAnswers *answers, PassendRung rung)
{
  return (answers->tried & PASSEND_TRIED (rung)) != 0;
}

static void
add_rung (PassendAdvisorResult *result, PassendRung rung)
{
  switch (rung)
    {
    case PASSEND_RUNG_TEACHER:
    case PASSEND_RUNG_CARE_COORDINATOR:
    case PASSEND_RUNG_SCHOOL_MANAGEMENT:
    case PASSEND_RUNG_SCHOOL_BOARD:
      add (result, "school",
           N_ ("The school is where a solution starts: the people who see your child every day "
               "can change the most."));
      break;
    case PASSEND_RUNG_PARTNERSHIP:
      add (result, "samenwerkingsverband",
           N_ ("You took the steps inside the school. The samenwerkingsverband of the schools in "
               "your region is next when you and the school cannot agree."));
      break;
    case PASSEND_RUNG_CONSULTANTS:
      add (result, "onderwijsconsulenten",
           N_ ("Free and independent. They help when school and samenwerkingsverband did not "
               "find a way, often with a visit and a plan that includes the school."));
      break;
    case PASSEND_RUNG_FORMAL:
      add (result, "klachtencommissie",
           N_ ("The school’s complaints committee looks into a complaint about what the school "
               "did or decided. For many schools it is the Landelijke Klachtencommissie "
               "Onderwijs (LKC). Its advice is not binding."));
      add (result, "gpo",
           N_ ("For serious disagreements about admission, removal or the OPP. It is free, and "
               "its judgement comes within about ten weeks. That judgement is not binding, but "
               "it carries weight."));
      add (result, "college-rechten-mens",
           N_ ("Judges whether your child was treated unequally, for example because of a "
               "disability. Its judgement is not binding, but it carries weight."));
      add (result, "rechtbank",
           N_ ("The court is the last step. What it decides, the school must do. A lawyer or "
               "the Juridisch Loket can tell you whether it makes sense."));
      break;
    default:
      g_assert_not_reached ();
    }
}

/* At home for more than 4 weeks: the leerplichtambtenaar and the
 * onderwijsconsulenten before anyone else; at home for shorter, or at
 * risk: the leerplichtambtenaar. */
static void
add_at_home_first (PassendAdvisorResult *result, gboolean long_at_home, gboolean at_home)
{
  if (long_at_home)
    {
      add (result, "leerplichtambtenaar",
           N_ ("The school should tell the leerplichtambtenaar that your child is at home; if "
               "it did not, you may do it yourself. They help look for a solution and handle "
               "exemptions."));
      add (result, "onderwijsconsulenten",
           N_ ("Your child has been at home for more than four weeks: you may ask the "
               "onderwijsconsulenten for help now, even if not every step was taken."));
    }
  else if (at_home)
    add (result, "leerplichtambtenaar",
         N_ ("Your child is at home or may soon be. The leerplichtambtenaar of your "
             "municipality can help find a solution before it lasts long."));
}

/**
 * passend_advisor_advise:
 * @answers: what the parent answered
 * @result: (out caller-allocates): the advice
 *
 * Works out where the parent can turn now.  Pure: the same answers
 * always give the same result, and nothing else is read.
 */
void
passend_advisor_advise (const PassendAdvisorAnswers *answers, PassendAdvisorResult *result)
{
  gboolean long_at_home;
  gboolean partnership_tried;

  g_return_if_fail (answers != NULL);
  g_return_if_fail (result != NULL);

  memset (result, 0, sizeof *result);

  result->rung = PASSEND_RUNG_FORMAL;
  for (PassendRung rung = PASSEND_RUNG_TEACHER; rung < PASSEND_N_TRIED_RUNGS; rung++)
    if (!tried (answers, rung))
      {
        result->rung = rung;
        break;
      }

  long_at_home = answers->at_home && answers->weeks_at_home > PASSEND_HOME_SITTING_WEEKS;
  result->home_sitting = long_at_home;
  partnership_tried = tried (answers, PASSEND_RUNG_TEACHER) &&
                      tried (answers, PASSEND_RUNG_SCHOOL_MANAGEMENT) &&
                      tried (answers, PASSEND_RUNG_PARTNERSHIP);

  if (answers->wants_formal && result->rung < PASSEND_RUNG_FORMAL)
    {
      if (result->rung <= PASSEND_RUNG_SCHOOL_BOARD)
        result->caution = PASSEND_CAUTION_SKIPS_SCHOOL;
      else if (result->rung == PASSEND_RUNG_PARTNERSHIP)
        result->caution = PASSEND_CAUTION_SKIPS_PARTNERSHIP;
      else
        result->caution = PASSEND_CAUTION_SKIPS_CONSULTANTS;
    }

  /* A child at home comes first: what to do now, then the route. */
  if (long_at_home)
    result->headline = PASSEND_HEADLINE_AT_HOME;
  else if (answers->at_home)
    result->headline = PASSEND_HEADLINE_AT_RISK;
  add_at_home_first (result, long_at_home, answers->at_home);

  add_rung (result, result->rung);
  add (result, "ouders-onderwijs",
       N_ ("Free advice for parents at every step: they listen, tell you what you can do, "
           "and can call you back later. Call 0800-5010, free of charge."));

  if (long_at_home)
    add (result, "jeugdarts",
         N_ ("Can advise on your child’s health and going to school again, and shares "
             "nothing with the school without your consent."));
  if (answers->at_home)
    add (result, "lansbrekers",
         N_ ("A network of professionals and parents around children who are at home. You "
             "cannot hire it, but you can ask whether the professionals you deal with take part."));

  if (answers->conflict)
    add (result, "clientondersteuner",
         N_ ("A free, independent supporter who stands by you and your child in difficult "
             "talks, and helps you prepare them."));

  if ((answers->conflict || answers->disagree) && partnership_tried &&
      result->rung < PASSEND_RUNG_CONSULTANTS)
    add (result, "onderwijsconsulenten",
         N_ ("Talking with the school and the samenwerkingsverband has not brought a way out: "
             "the onderwijsconsulenten can help you find one."));

  if (answers->care_unclear)
    {
      add (result, "het-juiste-loket",
           N_ ("When school and care meet and nobody knows who pays, they find out who is "
               "responsible. You ask for their advice with a form on their website."));
      add (result, "onderwijszorgconsulent",
           N_ ("If Het Juiste Loket cannot make it clear: an onderwijsconsulent who knows "
               "about care too, reached through the onderwijsconsulenten."));
      if (long_at_home)
        add (result, "interventieteam",
             N_ ("For problems of school and care that go on and on; you may contact them "
                 "yourself."));
    }

  if (answers->stuck_behaviour)
    add (result, "cce",
         N_ ("Free specialists for serious problem behaviour where the professionals are "
             "stuck. Ask early, best while your child still goes to school; they also help "
             "when your child has already stopped going."));

  if (answers->rights_question)
    {
      add (result, "regelrecht",
           N_ ("Answers questions about the rights and duties of parents and schools."));
      add (result, "juridisch-loket",
           N_ ("Free legal help, for when you want to know where you stand."));
      add (result, "kinderrechtenhelpdesk", N_ ("Answers questions about the rights of children."));
      if (answers->at_home)
        add (result, "kinderombudsman",
             N_ ("For when a school or government does not respect your child’s right to "
                 "education that fits."));
    }

  if (answers->social_safety)
    add (result, "inspectie",
         N_ ("The vertrouwensinspecteur of the Inspectie listens to worries about safety "
             "at school, such as bullying, and tells you what you can do."));

  /* Someone who wants to go formal now also gets the rung after the
   * one skipped, so the choice is theirs, with the caution beside it. */
  if (answers->wants_formal && result->rung < PASSEND_RUNG_FORMAL)
    add (result, "juridisch-loket",
         N_ ("Free legal help, for when you want to know where you stand."));
}

/**
 * passend_advisor_has_org:
 *
 * Returns: whether @org_id is among the advice
 */
gboolean
passend_advisor_has_org (const PassendAdvisorResult *result, const char *org_id)
{
  g_return_val_if_fail (result != NULL, FALSE);

  for (guint i = 0; i < result->n_advice; i++)
    if (strcmp (result->advice[i].org_id, org_id) == 0)
      return TRUE;

  return FALSE;
}

/**
 * passend_rung_get_letters:
 *
 * The letters that fit this rung of the route, as ids of
 * data/content/letters/ (tests/assistant/test-assistant-guide.c checks
 * each exists).
 *
 * Returns: (transfer none): a %NULL-terminated array, perhaps empty
 */
const char *const *
passend_rung_get_letters (PassendRung rung)
{
  static const char *const talk[] = { "talk-report", NULL };
  static const char *const board[] = { "school-file", "report-correction", NULL };
  static const char *const partnership[] = { "partnership-help", NULL };
  static const char *const consultants[] = { "school-file", NULL };
  static const char *const formal[] = { "complaint", "objection", NULL };
  static const char *const none[] = { NULL };

  switch (rung)
    {
    case PASSEND_RUNG_TEACHER:
    case PASSEND_RUNG_CARE_COORDINATOR:
    case PASSEND_RUNG_SCHOOL_MANAGEMENT:
      return talk;
    case PASSEND_RUNG_SCHOOL_BOARD:
      return board;
    case PASSEND_RUNG_PARTNERSHIP:
      return partnership;
    case PASSEND_RUNG_CONSULTANTS:
      return consultants;
    case PASSEND_RUNG_FORMAL:
      return formal;
    default:
      return none;
    }
}

/**
 * passend_rung_get_title:
 *
 * Returns: the translated name of the rung, as the next step to take
 */
const char *
passend_rung_get_title (PassendRung rung)
{
  switch (rung)
    {
    case PASSEND_RUNG_TEACHER:
      return _ ("Talk with the teacher");
    case PASSEND_RUNG_CARE_COORDINATOR:
      return _ ("Talk with the IB’er or zorgcoördinator");
    case PASSEND_RUNG_SCHOOL_MANAGEMENT:
      return _ ("Talk with the school management");
    case PASSEND_RUNG_SCHOOL_BOARD:
      return _ ("Go to the school board");
    case PASSEND_RUNG_PARTNERSHIP:
      return _ ("Go to the samenwerkingsverband");
    case PASSEND_RUNG_CONSULTANTS:
      return _ ("Ask the onderwijsconsulenten");
    case PASSEND_RUNG_FORMAL:
      return _ ("Consider a formal step");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * passend_rung_get_description:
 *
 * Returns: translated Pango markup: why this rung comes now
 */
const char *
passend_rung_get_description (PassendRung rung)
{
  switch (rung)
    {
    case PASSEND_RUNG_TEACHER:
      return _ ("The teacher (<a href=\"term:leerkracht\">leerkracht</a>) knows your child best at "
                "school. Ask for a time to talk, and tell them in a few words what you want to "
                "discuss, so they can prepare too.");
    case PASSEND_RUNG_CARE_COORDINATOR:
      return _ ("The <a href=\"term:ib-er\">IB’er</a> or "
                "<a href=\"term:zorgcoordinator\">zorgcoördinator</a> arranges extra help "
                "inside the school. Ask the teacher to involve them, or ask yourself.");
    case PASSEND_RUNG_SCHOOL_MANAGEMENT:
      return _ ("When talks with the teacher and the IB’er do not help, ask the head of the "
                "school for a meeting.");
    case PASSEND_RUNG_SCHOOL_BOARD:
      return _ ("The school board (<a href=\"term:schoolbestuur\">schoolbestuur</a>) is "
                "responsible for the school and decides on admission. Write to it when the school "
                "management cannot solve it.");
    case PASSEND_RUNG_PARTNERSHIP:
      return _ ("The <a href=\"term:samenwerkingsverband\">samenwerkingsverband</a> is where "
                "the schools of your region arrange support together. Prepare what help your "
                "child needs and what your rights are.");
    case PASSEND_RUNG_CONSULTANTS:
      return _ ("The <a href=\"term:onderwijsconsulent\">onderwijsconsulenten</a> are free and "
                "independent. They can help when the school and the samenwerkingsverband did "
                "not find a way.");
    case PASSEND_RUNG_FORMAL:
      return _ ("You tried the whole route. A complaints committee gives the school board advice. "
                "The <a href=\"term:gpo\">GPO</a> and the College voor de Rechten van de Mens give "
                "a judgement (<i>oordeel</i>): it is not binding, but schools take it seriously. "
                "Only what a court decides binds the school. Read <a "
                "href=\"topic:complaints\">Complaints and disputes</a> first.");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * passend_headline_get_title:
 *
 * Returns: (nullable): the translated headline, or %NULL when the next
 *   rung is the headline
 */
const char *
passend_headline_get_title (PassendHeadline headline)
{
  switch (headline)
    {
    case PASSEND_HEADLINE_RUNG:
      return NULL;
    case PASSEND_HEADLINE_AT_HOME:
      return _ ("Your child has been at home for more than four weeks: act now");
    case PASSEND_HEADLINE_AT_RISK:
      return _ ("Your child is at home, or may soon be: act early");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * passend_headline_get_text:
 *
 * Returns: (nullable): translated Pango markup: what to do now
 */
const char *
passend_headline_get_text (PassendHeadline headline)
{
  switch (headline)
    {
    case PASSEND_HEADLINE_RUNG:
      return NULL;
    case PASSEND_HEADLINE_AT_HOME:
      return _ ("• Make sure the <a href=\"term:leerplichtambtenaar\">leerplichtambtenaar</a> "
                "knows. The school should tell them; if it did not, tell them yourself.\n"
                "• Ask the <a href=\"org:onderwijsconsulenten\">onderwijsconsulenten</a> for "
                "help. After four weeks at home you may do so straight away.\n"
                "• Keep the school responsible. Your child stays on its roll, and the school keeps "
                "its <a href=\"term:zorgplicht\">zorgplicht</a>. Ask in writing what it will do, "
                "and by when.\n"
                "• Do not agree to an exemption, or to taking your child off the roll, before you "
                "have had advice. See <a href=\"topic:home-sitting\">Home-sitting and the "
                "Leerplichtwet</a>.");
    case PASSEND_HEADLINE_AT_RISK:
      return _ ("• Ask the school in writing what it will do so that your child can go to "
                "school again, and by when.\n"
                "• Tell the <a href=\"term:leerplichtambtenaar\">leerplichtambtenaar</a> when "
                "your child does not go; they help look for a solution.\n"
                "• Do not agree to an exemption, or to taking your child off the roll, before you "
                "have had advice. See <a href=\"topic:home-sitting\">Home-sitting and the "
                "Leerplichtwet</a>.");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * passend_advisor_get_home_sitting_text:
 *
 * Returns: translated Pango markup: what the Leerplichtwet says, for a
 *   child at home for more than four weeks
 */
const char *
passend_advisor_get_home_sitting_text (void)
{
  return _ ("<b>More than four weeks at home: what the Leerplichtwet says</b>\n"
            "• <b>Article 5a</b>: an exemption when your child cannot go to school. The school "
            "then no longer has to teach your child, and the money for education stops. Think "
            "carefully before you accept it.\n"
            "• <b>Article 11d</b>: your child is (partly) excused from going, for health reasons, "
            "but the school stays responsible for the lessons. You agree on it with the school.\n"
            "• <b>Article 11g</b>: when no fitting education is there, your child stays enrolled "
            "and the school can pay for lessons elsewhere, such as a distance course. You ask for "
            "it through the <a href=\"term:leerplichtambtenaar\">leerplichtambtenaar</a>.\n"
            "More in <a href=\"topic:home-sitting\">Home-sitting and the Leerplichtwet</a>.");
}

/**
 * passend_caution_get_text:
 *
 * Returns: (nullable): translated Pango markup, or %NULL for no caution
 */
const char *
passend_caution_get_text (PassendCaution caution)
{
  switch (caution)
    {
    case PASSEND_CAUTION_NONE:
      return NULL;
    case PASSEND_CAUTION_SKIPS_SCHOOL:
      return _ ("You are thinking of a formal step while not every talk inside the school has "
                "happened. Going formal too early can harden positions, and a complaints committee "
                "will ask whether you tried to solve it at school first. See <a "
                "href=\"topic:escalation\">The escalation route</a>.");
    case PASSEND_CAUTION_SKIPS_PARTNERSHIP:
      return _ ("You are thinking of a formal step, but the samenwerkingsverband has not been "
                "asked yet. It can often still find a way, and a formal step too early can harden "
                "positions. See <a href=\"topic:escalation\">The escalation route</a>.");
    case PASSEND_CAUTION_SKIPS_CONSULTANTS:
      return _ ("You are thinking of a formal step, but the onderwijsconsulenten have not been "
                "asked yet. They are free and can often still find a way; a formal step can harden "
                "positions. See <a href=\"topic:escalation\">The escalation route</a>.");
    default:
      g_return_val_if_reached (NULL);
    }
}
