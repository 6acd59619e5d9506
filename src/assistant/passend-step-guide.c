/* passend-step-guide.c - what the Assistant says about each step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table: per step what happens, what a parent can do now, questions
 * to ask, who can help, which rights apply, and a short checklist whose
 * ids are stored in the dossier and must never change.  Links name only
 * the ids of COMMON.md; tests/assistant/test-assistant-guide.c checks every one.
 * An item that records an event names it: ticking it proposes the
 * deadlines that event starts (tests/assistant/test-assistant-moves.c
 * checks that each is an event the clocks know).  Each step ends with the
 * letters that fit it (ids of data/content/letters/; the Assistant links
 * them, tests/assistant/test-assistant-guide.c checks each exists).
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-process-state.h"
#include "passend-step-guide.h"

static const PassendStepGuide guides[] = {
  {
      1,
      PASSEND_ENTRY_KIND_CONVERSATION,
      N_ ("You or the teacher notice that things are not going well: your child cannot keep up, "
          "is unhappy, or the teacher finds it hard to guide them. You talk about it together. "
          "Is there reason to worry, what does each of you see, and what could help?"),
      N_ ("Ask the teacher for a time to talk, and tell them in a few words what you want to "
          "discuss. Before the talk, write down your worries, each with something that really "
          "happened, and also what goes well. You may bring someone you trust."),
      N_ ("• What is this meeting for, and who else will be there?\n"
          "• What do you see in class?\n"
          "• What can we try, at school and at home?\n"
          "• When do we talk again?"),
      N_ ("Start with the teacher (<a href=\"term:leerkracht\">leerkracht</a>). The <a "
          "href=\"term:ib-er\">IB’er</a> or <a href=\"term:zorgcoordinator\">zorgcoördinator</a> "
          "arranges extra help inside the school. For advice on how to prepare, call <a "
          "href=\"org:ouders-onderwijs\">Ouders &amp; Onderwijs</a>. More in <a "
          "href=\"topic:talking-with-school\">Talking with school</a>."),
      N_ ("You may always bring someone along to a talk. Ask for a short report of the meeting (<a "
          "href=\"term:verslag\">verslag</a>) with what was agreed, or write one yourself and send "
          "it to the school."),
      {
          { "talk-asked-goal", N_ ("Asked what the meeting is for and who comes") },
          { "talk-wrote-concerns",
            N_ ("Wrote down my worries, each with something that happened") },
          { "talk-goes-well", N_ ("Wrote down what goes well") },
          { "talk-agreed-next", N_ ("Agreed when we talk again") },
          { "talk-report", N_ ("Asked for a report of the talk, or wrote one myself") },
          { NULL },
      },
      { "talk-report", "report-correction", NULL },
  },
  {
      2,
      PASSEND_ENTRY_KIND_NOTE,
      N_ ("Before anything is decided, you find out what the school may and can do for your "
          "child, and what you can expect. The school’s own documents already tell you a lot."),
      N_ ("Read the school’s <a href=\"term:schoolgids\">schoolgids</a> and its <a "
          "href=\"term:sop\">SOP</a>: together they say which support the school offers. Look at "
          "the website of the <a href=\"term:samenwerkingsverband\">samenwerkingsverband</a> too. "
          "Ask what the school has written down about your child."),
      N_ ("• Which support does every pupil here get (<a "
          "href=\"term:basisondersteuning\">basisondersteuning</a>)?\n• Which extra support can "
          "the school arrange?\n• What does the school already know about my child, from tests and "
          "its <a href=\"term:lvs\">leerlingvolgsysteem</a>?"),
      N_ ("<a href=\"org:ouders-onderwijs\">Ouders &amp; Onderwijs</a> answers questions about "
          "what a school must and may do. The <a "
          "href=\"org:samenwerkingsverband\">samenwerkingsverband</a> explains the support in your "
          "region. See also <a href=\"topic:working-together\">Working together with school</a>."),
      N_ ("You may see the school’s file on your child "
          "(<a href=\"term:leerlingdossier\">leerlingdossier</a>) or ask for a copy. "
          "Under the privacy law (<a href=\"term:avg\">AVG</a>) the school answers such a "
          "request within one month."),
      {
          { "info-schoolgids", N_ ("Read the schoolgids") },
          { "info-sop", N_ ("Read the SOP (schoolondersteuningsprofiel)") },
          { "info-swv", N_ ("Looked at the website of the samenwerkingsverband") },
          { "info-file", N_ ("Asked for a copy of my child’s school file"), "avg-request-sent" },
          { "info-advice", N_ ("Asked Ouders & Onderwijs or another adviser") },
          { NULL },
      },
      { "school-file", NULL },
  },
  {
      3,
      PASSEND_ENTRY_KIND_NOTE,
      N_ ("Now you and the school find out what is really going on and what your child needs. "
          "The IB’er or zorgcoördinator may watch your child in class. Sometimes an expert "
          "from outside the school is asked to look too."),
      N_ ("Tell what you see at home and share what you know, for example from a doctor or care "
          "worker. You decide which reports you share: a summary or the advice may be enough. Ask "
          "what the research is for, and who does it."),
      N_ ("• What exactly do you want to find out?\n• Who will do it, and when?\n• When and how do "
          "we hear the results?\n• Will I get a copy of the research report?"),
      N_ ("The <a href=\"term:ib-er\">IB’er</a> or <a "
          "href=\"term:zorgcoordinator\">zorgcoördinator</a> leads this inside the school. The <a "
          "href=\"org:jeugdarts\">jeugdarts</a> can advise you and the school. A <a "
          "href=\"org:clientondersteuner\">cliëntondersteuner</a> can help you prepare."),
      N_ ("People from outside the school may only look into your child’s situation after the "
          "school has talked it through with you and you have <b>said yes</b>. The school also "
          "needs your yes before it asks a care worker for information."),
      {
          { "research-goal", N_ ("Asked what will be looked into, and why") },
          { "research-consent", N_ ("Know who from outside takes part, and said yes or no") },
          { "research-home", N_ ("Told what I see at home") },
          { "research-results", N_ ("Agreed when we hear the results") },
          { NULL },
      },
      { "school-file", "report-correction", NULL },
  },
  {
      4,
      PASSEND_ENTRY_KIND_CONVERSATION,
      N_ ("What was found becomes a plan: which support your child gets, in class or from "
          "outside, and what you aim for together. If possible, your child stays at their own "
          "school. The plan is written in the <a href=\"term:opp\">OPP</a>; it may also be called "
          "<a href=\"term:groeidocument\">groeidocument</a>, "
          "<a href=\"term:handelingsplan\">handelingsplan</a> or "
          "<a href=\"term:kindplan\">kindplan</a>."),
      N_ ("Read the draft plan at home before you agree. Check that it says who does what, "
          "from when, and how you will see whether it helps. Ask for changes if something "
          "is missing."),
      N_ ("• What is the goal, and how will we know it works?\n• Who gives the support, how often, "
          "and from when?\n• When do we check the plan together?\n• What can I do at home?"),
      N_ ("The school writes the plan with you. <a href=\"org:ouders-onderwijs\">Ouders &amp; "
          "Onderwijs</a> can look at it with you. A <a "
          "href=\"org:clientondersteuner\">cliëntondersteuner</a> can come along to the meeting."),
      N_ ("You have <a href=\"term:instemmingsrecht\">instemmingsrecht</a>, a right of consent, on "
          "the <a href=\"term:handelingsdeel\">handelingsdeel</a> of the OPP: the part that says "
          "what help your child gets needs your agreement. The school must really try to agree "
          "with you (<a href=\"term:oogo\">OOGO</a>); one meeting without agreement is not "
          "enough."),
      {
          { "plan-read", N_ ("Read the draft plan at home") },
          { "plan-who-when", N_ ("The plan says who does what, and from when") },
          { "plan-goal", N_ ("The plan says how we see whether it works") },
          { "plan-check-date", N_ ("Agreed when we check the plan") },
          { "plan-consent", N_ ("Said yes or no to the handelingsdeel") },
          { NULL },
      },
      { "opp-meeting", "partnership-help", NULL },
  },
  {
      5,
      PASSEND_ENTRY_KIND_CONVERSATION,
      N_ ("After a while, you and the school look back. Was the plan carried out? Does your "
          "child have a good place now? What helped and what did not? Where possible, your "
          "child is asked too."),
      N_ ("Before the talk, write down what you noticed at home since the plan started, and "
          "compare it with the goals. Then say how it went. If it works, agree when you check "
          "again. If it works partly or not at all, you make a better plan together."),
      N_ ("• Was everything in the plan really done?\n"
          "• Which goals were reached, and which were not?\n"
          "• What should change in the plan?\n"
          "• What does my child say about it?"),
      N_ ("<a href=\"org:ouders-onderwijs\">Ouders &amp; Onderwijs</a> advises you when the "
          "plan does not work. When you and the school cannot agree, see "
          "<a href=\"topic:where-to-turn\">Where to turn</a>."),
      N_ ("The school talks the evaluation through with you. A change to the <a "
          "href=\"term:handelingsdeel\">handelingsdeel</a> of the OPP needs your yes again: you "
          "have <a href=\"term:instemmingsrecht\">instemmingsrecht</a>."),
      {
          { "check-noticed", N_ ("Wrote down what I noticed since the plan started") },
          { "check-carried-out", N_ ("Checked that the plan was carried out") },
          { "check-goals", N_ ("Went through the goals one by one") },
          { "check-child", N_ ("Asked my child how it goes") },
          { NULL },
      },
      { "opp-meeting", "report-correction", NULL },
  },
  {
      6,
      PASSEND_ENTRY_KIND_NOTE,
      N_ ("Sometimes the school cannot give your child a good place, even with a plan. Then "
          "another school may fit better: a regular school nearby, or a school for <a "
          "href=\"term:speciaal-onderwijs\">speciaal onderwijs</a> (special education)."),
      N_ ("Ask which schools the school proposes, and visit them. Think about whether a move "
          "really solves the problem. For special (primary) education the samenwerkingsverband "
          "first gives a <a href=\"term:tlv\">TLV</a>."),
      N_ ("• Which school do you propose, and does it have a place?\n"
          "• What can that school give that this one cannot?\n"
          "• Who arranges the move, and when?\n"
          "• What happens until my child can start there?"),
      N_ ("The <a href=\"org:samenwerkingsverband\">samenwerkingsverband</a> helps find a school. "
          "If nobody finds a place, contact the <a "
          "href=\"org:onderwijsconsulenten\">onderwijsconsulenten</a>. If your child ends up at "
          "home, read <a href=\"topic:home-sitting\">Home-sitting and the Leerplichtwet</a>."),
      N_ ("Your child’s school has the <a href=\"term:zorgplicht\">zorgplicht</a>: it must offer a "
          "place that fits, at this school or at another school that will admit (<i>toelaten</i>) "
          "your child. Do you register (<i>aanmelden</i>) your child in writing at another school, "
          "and say that your child needs extra support? Then that school has the zorgplicht from "
          "that registration. It decides within six weeks whether it admits your child; once, it "
          "may take four weeks more if it tells you so in writing."),
      {
          { "school-options", N_ ("Asked which schools are proposed") },
          { "school-visit", N_ ("Visited a school") },
          { "school-tlv", N_ ("Asked whether a TLV is needed") },
          { "school-until", N_ ("Agreed what happens until the move") },
          { "school-registered", N_ ("Registered my child in writing at another school"),
            "registration" },
          { NULL },
      },
      { "registration", "objection", NULL },
  },
};

G_STATIC_ASSERT (G_N_ELEMENTS (guides) == PASSEND_PROCESS_LAST_STEP);

/**
 * passend_step_guide_get:
 * @step: 1 to 6
 *
 * Returns: (nullable): the guide of @step; its strings are untranslated
 */
const PassendStepGuide *
passend_step_guide_get (int step)
{
  if (step < PASSEND_PROCESS_FIRST_STEP || step > PASSEND_PROCESS_LAST_STEP)
    return NULL;

  return &guides[step - PASSEND_PROCESS_FIRST_STEP];
}

/**
 * passend_step_guide_find_item:
 * @id: a checklist item's id
 *
 * Returns: (nullable): the item, in whichever step it is
 */
const PassendChecklistItem *
passend_step_guide_find_item (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint s = 0; s < G_N_ELEMENTS (guides); s++)
    for (guint i = 0; guides[s].checklist[i].id != NULL; i++)
      if (strcmp (guides[s].checklist[i].id, id) == 0)
        return &guides[s].checklist[i];

  return NULL;
}

/**
 * passend_step_guide_item_step:
 *
 * Returns: the step whose checklist has @id, or 0
 */
int
passend_step_guide_item_step (const char *id)
{
  g_return_val_if_fail (id != NULL, 0);

  for (guint s = 0; s < G_N_ELEMENTS (guides); s++)
    for (guint i = 0; guides[s].checklist[i].id != NULL; i++)
      if (strcmp (guides[s].checklist[i].id, id) == 0)
        return guides[s].step;

  return 0;
}
