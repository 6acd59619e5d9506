/* passend-clock-kinds.c - the legal terms Passend knows, as one table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each kind of clock is one row of kinds[]: what starts it, how long it
 * runs, who must act, what it is for, what is lost when it runs out,
 * what to do now, where to read more, its source and how sure it is.
 * A new kind is one more row (and its Dutch in po/nl.po); the views,
 * the reminders and the command line take everything from here.
 *
 * The facts come from the domain notes (section 11); every sentence is
 * our own.  The sources cite the law for primary schools (WPO); the laws
 * for secondary and special schools (WVO 2020, WEC) have the same terms.
 * Where a term differs per school or may change, the kind is marked
 * PASSEND_CERTAINTY_CHECK and says where to check.
 *
 * The keywords of kinds and events are stored in the dossier: never
 * change or reuse one.
 */
#define G_LOG_DOMAIN "passend-clock-kinds"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-clock-kinds.h"
#include "passend-json.h"

static const PassendClockEvent events[] = {
  { "avg-request-sent", N_ ("You asked for your child’s school file") },
  { "removal-decision", N_ ("You received a decision to remove your child from the school") },
  { "removal-objection-filed", N_ ("You objected to the removal") },
  { "admission-refused", N_ ("You received a refusal to admit your child") },
  { "suspension", N_ ("Your child was suspended") },
  { "registration", N_ ("You registered your child at a school in writing") },
  { "gpo-request-filed", N_ ("You sent a request to the GPO") },
  { "placement-or-support-start", N_ ("Your child was placed, or extra support started") },
  { "opp-agreed", N_ ("The OPP was drawn up or evaluated with you") },
  { "incident", N_ ("Something happened that you may want to complain about") },
  { "complaint-filed", N_ ("You filed a complaint") },
  { "complaint-advice", N_ ("The complaints committee gave its advice") },
  { "first-day-at-home", N_ ("Your child’s first day at home without school") },
  { "absence-hours", N_ ("Your child missed lessons without leave") },
  { "exemption-5a-granted", N_ ("Your child got exemption 5a") },
};

static const PassendClockKind kinds[] = {
  {
      "avg-access",
      { "avg-request-sent" },
      { PASSEND_TERM_UNIT_MONTHS, 1, .extension = 2 },
      PASSEND_CLOCK_ACTOR_SCHOOL,
      N_ ("Answer to your request for the school file"),
      N_ ("The school must answer your written request to see or copy your child’s school file "
          "within one month. The first copy is free. The month starts when the school receives "
          "your request: change the start date if that was later than the day you sent it."),
      N_ ("Nothing is lost for you, but a late answer breaks the privacy law. Without the file it "
          "is harder to prepare a talk, a complaint or an objection."),
      N_ ("Keep a copy of your request. If the due date passes without an answer, send the school "
          "a short written reminder and ask Ouders & Onderwijs what you can do next."),
      N_ ("If the request is large or complex, the school may take two more months. It must tell "
          "you so within the first month."),
      { "topic:rights#school-file", "org:ouders-onderwijs" },
      "AVG art. 12(3) and 15",
      PASSEND_CERTAINTY_SURE,
      NULL,
      .answered_by_reply = TRUE,
  },
  {
      "removal-objection",
      { "removal-decision" },
      { PASSEND_TERM_UNIT_WEEKS, 6, .flags = PASSEND_TERM_WORKING_DAY },
      PASSEND_CLOCK_ACTOR_PARENT,
      N_ ("Objection to the removal"),
      N_ ("If you do not agree with the decision to remove your child from the school, you can "
          "object in writing to the school board. The six weeks start on the day after you "
          "received the decision."),
      N_ ("After the due date the board no longer has to look at your objection, and the decision "
          "stands."),
      N_ ("Write to the school board why you do not agree, and send it well before the due date. "
          "Keep a copy and proof that you sent it. You can also ask the GPO for a judgement. "
          "Ouders & Onderwijs can help you write."),
      NULL,
      { "topic:rights#suspension-removal", "org:ouders-onderwijs", "org:gpo" },
      "WPO art. 63(3); Awb art. 6:7 and 6:8; Algemene termijnenwet",
      PASSEND_CERTAINTY_SURE,
      NULL,
  },
  {
      "removal-objection-decision",
      { "removal-objection-filed" },
      { PASSEND_TERM_UNIT_WEEKS, 4 },
      PASSEND_CLOCK_ACTOR_BOARD,
      N_ ("The board’s answer to your objection"),
      N_ ("After your objection the school board must listen to you and then decide. It has four "
          "weeks from the day it received your objection. If you also asked the GPO, the board "
          "first waits for the GPO’s judgement, and the four weeks stop until then."),
      N_ ("Nothing is lost for you. If the board is late, remind it in writing and ask for "
          "advice."),
      N_ ("Write down the day the board received your objection. Prepare what you want to say "
          "when the board listens to you."),
      NULL,
      { "topic:complaints#gpo", "org:ouders-onderwijs" },
      "WPO art. 63(3); Awb art. 7:10 (public schools)",
      PASSEND_CERTAINTY_CHECK,
      N_ ("A public school may take longer: up to six weeks, sometimes with an extension. Check "
          "the term in the decision letter or ask the school board."),
      .answered_by_reply = TRUE,
  },
  {
      "gpo-request",
      { "removal-decision", "admission-refused" },
      { PASSEND_TERM_UNIT_WEEKS, 6, .flags = PASSEND_TERM_WORKING_DAY },
      PASSEND_CLOCK_ACTOR_PARENT,
      N_ ("Request to the GPO"),
      N_ ("You can ask the Geschillencommissie passend onderwijs (GPO) to judge a dispute with the "
          "school board about admission, removal or the OPP. Your request must reach the GPO "
          "within six weeks after the decision."),
      N_ ("A late request must explain why it is late, and the GPO may decide not to handle it."),
      N_ ("Send the GPO your request with all your papers at once, best as one PDF. You do not "
          "need a lawyer. Ask Ouders & Onderwijs if you want help."),
      NULL,
      { "topic:complaints#gpo", "org:gpo", "org:ouders-onderwijs" },
      "WPO art. 43; onderwijsgeschillen.nl",
      PASSEND_CERTAINTY_SURE,
      NULL,
  },
  {
      "gpo-judgement",
      { "gpo-request-filed" },
      { PASSEND_TERM_UNIT_WEEKS, 10 },
      PASSEND_CLOCK_ACTOR_GPO,
      N_ ("The GPO’s judgement"),
      N_ ("The GPO handles a request in at most ten weeks, holidays included. Its judgement is "
          "advice to the school board: it does not bind the board."),
      N_ ("Nothing is lost for you. If the ten weeks have passed, ask the GPO when its judgement "
          "will come."),
      N_ ("Make sure the GPO has all your papers. Keep writing down what happens at school in "
          "the meantime."),
      NULL,
      { "org:gpo", "topic:complaints#gpo" },
      "onderwijsgeschillen.nl",
      PASSEND_CERTAINTY_SURE,
      NULL,
      .answered_by_reply = TRUE,
  },
  {
      "suspension",
      { "suspension" },
      { PASSEND_TERM_UNIT_DAYS, 7 },
      PASSEND_CLOCK_ACTOR_SCHOOL,
      N_ ("Back at school after the suspension"),
      N_ ("A suspension lasts at most one week at a time, counted from its first day. The school "
          "must give it to you in writing, with its reasons. If it lasts longer than one day, the "
          "school tells the Inspectie."),
      N_ ("Nothing is lost for you. A suspension that goes on after the due date without a new "
          "written decision is against the rules."),
      N_ ("Ask for the decision in writing if you did not get it. You can object to the school "
          "board. Talk with the school about how your child comes back."),
      NULL,
      { "topic:rights#suspension-removal", "org:inspectie", "org:ouders-onderwijs" },
      "WPO art. 40c",
      PASSEND_CERTAINTY_SURE,
      NULL,
  },
  {
      "admission-decision",
      { "registration" },
      { PASSEND_TERM_UNIT_WEEKS, 6, .extension = 4 },
      PASSEND_CLOCK_ACTOR_BOARD,
      N_ ("Decision on admission"),
      N_ ("After you register your child in writing, the school board decides within six weeks "
          "whether your child is admitted. From the registration on, the board must make sure "
          "your child gets a suitable place (its zorgplicht)."),
      N_ ("Nothing is lost for you. If there is still no decision after ten weeks, your child may "
          "go to this school for the time being, until the board has found a good place."),
      N_ ("Keep a copy of your registration and its date. Send the papers the school asks for "
          "quickly. If the due date passes without a decision or a written extension, ask the "
          "board in writing when it will decide."),
      N_ ("The board may make the term longer once, by at most four weeks. It must tell you so "
          "in writing."),
      { "topic:rights#zorgplicht", "org:samenwerkingsverband", "org:ouders-onderwijs" },
      "WPO art. 40",
      PASSEND_CERTAINTY_SURE,
      NULL,
      .answered_by_reply = TRUE,
  },
  {
      "opp-drawn-up",
      { "placement-or-support-start" },
      { PASSEND_TERM_UNIT_WEEKS, 6 },
      PASSEND_CLOCK_ACTOR_BOARD,
      N_ ("The OPP is drawn up"),
      N_ ("When your child is placed or extra support starts, the school board draws up an OPP "
          "within six weeks. It first talks it through with you, aiming to agree. The part that "
          "says what help your child gets needs your consent."),
      N_ ("Nothing is lost for you, but without an OPP it is not clear what support your child "
          "gets and what it is for."),
      N_ ("Ask the school when you will talk about the OPP, and prepare what you want in it. If "
          "you and the school keep disagreeing about it, you can go to the GPO."),
      NULL,
      { "topic:rights#opp-consent", "topic:working-together#plans", "org:gpo" },
      "WPO art. 40a",
      PASSEND_CERTAINTY_SURE,
      NULL,
  },
  {
      "opp-evaluation",
      { "opp-agreed" },
      { PASSEND_TERM_UNIT_MONTHS, 12 },
      PASSEND_CLOCK_ACTOR_SCHOOL,
      N_ ("The OPP is evaluated"),
      N_ ("The school evaluates the OPP with you at least once a year."),
      N_ ("Nothing is lost for you, but a plan that nobody checks may no longer fit your child."),
      N_ ("Ask the school to plan the evaluation. Write down what went well and what did not, "
          "and bring it to the talk."),
      NULL,
      { "topic:rights#opp-consent", "topic:six-steps#step-5" },
      "WPO art. 40a",
      PASSEND_CERTAINTY_SURE,
      NULL,
  },
  {
      "complaint",
      { "incident" },
      { PASSEND_TERM_UNIT_MONTHS, 12 },
      PASSEND_CLOCK_ACTOR_PARENT,
      N_ ("Time to file a complaint"),
      N_ ("You can complain to the school’s complaints committee about what happened. Most "
          "committees take a complaint up to one year after what happened."),
      N_ ("A complaint after the due date may not be handled."),
      N_ ("First try to solve it with the school. If that does not work, write down what "
          "happened and when, and send your complaint in writing."),
      NULL,
      { "topic:complaints#school-procedure", "topic:complaints#writing", "org:klachtencommissie",
        "org:lkc" },
      "WPO art. 14; the complaints committee’s rules",
      PASSEND_CERTAINTY_CHECK,
      N_ ("The term is in the complaints rules of the school board. Check them in the schoolgids "
          "or ask the complaints committee."),
  },
  {
      "complaint-committee",
      { "complaint-filed" },
      { PASSEND_TERM_UNIT_WEEKS, 4 },
      PASSEND_CLOCK_ACTOR_COMMITTEE,
      N_ ("The committee responds to your complaint"),
      N_ ("After you file a complaint, the complaints committee responds to it. Often it does so "
          "within four weeks."),
      N_ ("Nothing is lost for you. If you hear nothing, ask the committee how your complaint is "
          "doing."),
      N_ ("Keep a copy of your complaint and the day you sent it."),
      NULL,
      { "topic:complaints#school-procedure", "org:klachtencommissie", "org:lkc" },
      "the complaints committee’s rules",
      PASSEND_CERTAINTY_CHECK,
      N_ ("The terms differ per committee. Check them in the committee’s rules."),
      .answered_by_reply = TRUE,
  },
  {
      "complaint-board-decision",
      { "complaint-advice" },
      { PASSEND_TERM_UNIT_WEEKS, 4 },
      PASSEND_CLOCK_ACTOR_BOARD,
      N_ ("The board’s decision on your complaint"),
      N_ ("After the complaints committee gives its advice, the school board tells you within "
          "four weeks what it decides and what it will do."),
      N_ ("Nothing is lost for you. If the board is late, remind it in writing."),
      N_ ("Read the committee’s advice. If the board’s decision does not come, or does not solve "
          "the problem, ask for advice about the next step."),
      NULL,
      { "topic:complaints#school-procedure", "topic:complaints#other-routes",
        "org:ouders-onderwijs" },
      "WPO art. 14",
      PASSEND_CERTAINTY_CHECK,
      N_ ("Check the exact term in the complaints rules of the school board."),
      .answered_by_reply = TRUE,
  },
  {
      "home-4-weeks",
      { "first-day-at-home" },
      { PASSEND_TERM_UNIT_WEEKS, 4 },
      PASSEND_CLOCK_ACTOR_PARENT,
      N_ ("Four weeks at home"),
      N_ ("After four weeks at home without school every day, your child counts as a "
          "thuiszitter. You may then go to the onderwijsconsulenten yourself, without waiting for "
          "the school."),
      N_ ("Nothing is lost, but every week at home makes the way back to school harder."),
      N_ ("Ask the school and the samenwerkingsverband in writing what they will do to find a "
          "place for your child. Ask the onderwijsconsulenten for help."),
      NULL,
      { "topic:home-sitting#what-it-is", "topic:home-sitting#who-helps", "org:onderwijsconsulenten",
        "org:samenwerkingsverband" },
      "Ministry of Education (OCW): definition of a thuiszitter",
      PASSEND_CERTAINTY_SURE,
      NULL,
  },
  {
      "home-3-months",
      { "first-day-at-home" },
      { PASSEND_TERM_UNIT_MONTHS, 3 },
      PASSEND_CLOCK_ACTOR_PARTNERSHIP,
      N_ ("Three months at home"),
      N_ ("In 2016 schools, municipalities and the government agreed in the thuiszitterspact: no "
          "child should wait at home for more than three months for a place at school or "
          "suitable care."),
      N_ ("This is an aim, not a legal term: nothing is lost on this day. But your child has then "
          "waited far too long."),
      N_ ("Tell the samenwerkingsverband and the onderwijsconsulenten that three months have "
          "passed, and ask for a real offer. Keep the leerplichtambtenaar informed."),
      NULL,
      { "topic:home-sitting#who-helps", "org:samenwerkingsverband", "org:onderwijsconsulenten",
        "org:leerplichtambtenaar" },
      "Thuiszitterspact (2016)",
      PASSEND_CERTAINTY_SURE,
      NULL,
  },
  {
      "absence-16-hours",
      { "absence-hours" },
      { PASSEND_TERM_UNIT_SCHOOL_WEEKS, 4 },
      PASSEND_CLOCK_ACTOR_SCHOOL,
      N_ ("Absence reported to the leerplichtambtenaar"),
      N_ ("When a child misses 16 hours of lessons without leave within four school weeks in a "
          "row, the school must report it to the leerplichtambtenaar. Passend counts four weeks "
          "from the week of the first missed lesson; holidays you mark are not counted."),
      N_ ("Nothing is lost for you. If the school does not report in time, help from the "
          "leerplichtambtenaar comes later."),
      N_ ("Write down which lessons your child missed, and why. Talk with the school about the "
          "reasons. Mark the school holidays in this period, so the weeks are counted right."),
      NULL,
      { "topic:home-sitting#what-it-is", "org:leerplichtambtenaar" },
      "Leerplichtwet 1969 art. 21a",
      PASSEND_CERTAINTY_CHECK,
      N_ ("A new law may change how absence is recorded and reported. Check with the "
          "leerplichtambtenaar."),
  },
  {
      "exemption-5a-renewal",
      { "exemption-5a-granted" },
      /* An exemption given less than 30 days before 1 July is the one
       * for the coming school year. */
      { PASSEND_TERM_UNIT_BEFORE_DATE, 30, .month = 7, .day = 1 },
      PASSEND_CLOCK_ACTOR_PARENT,
      N_ ("Renew exemption 5a"),
      N_ ("Exemption 5a holds for one school year. For every new school year you send a new "
          "statement from a doctor, psychologist or pedagogue the municipality appointed, before "
          "1 July."),
      N_ ("Without a new statement before 1 July, the exemption does not go on into the new "
          "school year."),
      N_ ("Make an appointment for the statement in good time, and send it to the "
          "leerplichtambtenaar of your municipality."),
      NULL,
      { "topic:home-sitting#exemptions", "org:leerplichtambtenaar" },
      "Leerplichtwet 1969 art. 5-7",
      PASSEND_CERTAINTY_CHECK,
      N_ ("A stricter law on exemption 5a has been proposed. Check the rules that apply now with "
          "the leerplichtambtenaar."),
  },
};

/**
 * passend_clock_kinds_get_all:
 * @n_kinds: (out): the number of kinds
 *
 * Returns: (array length=n_kinds) (transfer none): every kind, in the
 *   order the table gives them
 */
const PassendClockKind *
passend_clock_kinds_get_all (guint *n_kinds)
{
  g_return_val_if_fail (n_kinds != NULL, NULL);

  *n_kinds = G_N_ELEMENTS (kinds);
  return kinds;
}

/**
 * passend_clock_kind_find:
 * @keyword: (nullable): "removal-objection"
 *
 * Returns: (nullable) (transfer none): the kind, or %NULL for a keyword
 *   this build does not know (a newer one may have written it)
 */
const PassendClockKind *
passend_clock_kind_find (const char *keyword)
{
  if (keyword == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (strcmp (kinds[i].keyword, keyword) == 0)
      return &kinds[i];

  return NULL;
}

/**
 * passend_clock_kind_get_text:
 * @text: (nullable): one of a kind's or an event's texts
 *
 * Returns: (nullable): @text translated
 */
const char *
passend_clock_kind_get_text (const char *text)
{
  return text != NULL ? _ (text) : NULL;
}

/**
 * passend_clock_actor_get_label:
 *
 * Returns: who must act, translated: "The school board"
 */
const char *
passend_clock_actor_get_label (PassendClockActor actor)
{
  static const char *const labels[] = {
    /* Translators: who must act before a deadline. */
    N_ ("You"),
    N_ ("The school"),
    N_ ("The school board"),
    N_ ("The samenwerkingsverband"),
    N_ ("The complaints committee"),
    N_ ("The GPO"),
  };

  g_return_val_if_fail (actor < G_N_ELEMENTS (labels), NULL);

  return _ (labels[actor]);
}

/**
 * passend_clock_events_get_all:
 * @n_events: (out): the number of events
 *
 * Returns: (array length=n_events) (transfer none): every event that
 *   starts a clock
 */
const PassendClockEvent *
passend_clock_events_get_all (guint *n_events)
{
  g_return_val_if_fail (n_events != NULL, NULL);

  *n_events = G_N_ELEMENTS (events);
  return events;
}

/**
 * passend_clock_event_find:
 * @keyword: (nullable): "removal-decision"
 *
 * Returns: (nullable) (transfer none): the event, or %NULL
 */
const PassendClockEvent *
passend_clock_event_find (const char *keyword)
{
  if (keyword == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    if (strcmp (events[i].keyword, keyword) == 0)
      return &events[i];

  return NULL;
}

/**
 * passend_clock_kind_due_date:
 * @start_date: "YYYY-MM-DD", the day of the event
 * @holidays: (nullable) (array zero-terminated=1): school holidays the
 *   parent marked, for the kinds counted in school weeks
 *
 * Returns: (nullable): the last day to act, "YYYY-MM-DD"
 */
char *
passend_clock_kind_due_date (const PassendClockKind *kind,
                             const char             *start_date,
                             const char *const      *holidays)
{
  g_return_val_if_fail (kind != NULL, NULL);

  return passend_term_due_date (&kind->term, start_date, holidays);
}

/**
 * passend_clock_kind_extended_due_date:
 *
 * Returns: (nullable): the last day if the other side takes the whole
 *   extension the kind allows, or %NULL for a kind without one
 */
char *
passend_clock_kind_extended_due_date (const PassendClockKind *kind,
                                      const char             *start_date,
                                      const char *const      *holidays)
{
  g_return_val_if_fail (kind != NULL, NULL);

  return passend_term_extended_due_date (&kind->term, start_date, holidays);
}

void
passend_clock_proposal_free (PassendClockProposal *proposal)
{
  if (proposal == NULL)
    return;

  g_free (proposal->event);
  g_free (proposal->start_date);
  g_free (proposal->due_date);
  g_free (proposal->extended_due_date);
  g_free (proposal);
}

/**
 * passend_clock_proposal_set_start_date:
 * @start_date: "YYYY-MM-DD", the day the parent says the event happened
 * @holidays: (nullable) (array zero-terminated=1): school holidays the
 *   parent marked
 *
 * Moves the proposal's start, and its due dates with it.
 */
void
passend_clock_proposal_set_start_date (PassendClockProposal *proposal,
                                       const char           *start_date,
                                       const char *const    *holidays)
{
  g_return_if_fail (proposal != NULL && proposal->kind != NULL);
  g_return_if_fail (passend_date_is_valid (start_date));

  g_free (proposal->start_date);
  g_free (proposal->due_date);
  g_free (proposal->extended_due_date);
  proposal->start_date = g_strdup (start_date);
  proposal->due_date = passend_clock_kind_due_date (proposal->kind, start_date, holidays);
  proposal->extended_due_date =
      passend_clock_kind_extended_due_date (proposal->kind, start_date, holidays);
}

/**
 * passend_clock_propose:
 * @event: an event keyword: "removal-decision"
 * @date: "YYYY-MM-DD", the day it happened
 * @holidays: (nullable) (array zero-terminated=1): school holidays the
 *   parent marked
 *
 * The clocks @event starts, in the order of the table, for the parent
 * to accept, change or decline.  An event this build does not know
 * starts none.
 *
 * Returns: (transfer full) (element-type PassendClockProposal): the
 *   proposals, perhaps none
 */
GPtrArray *
passend_clock_propose (const char *event, const char *date, const char *const *holidays)
{
  GPtrArray *proposals;

  g_return_val_if_fail (event != NULL, NULL);
  g_return_val_if_fail (passend_date_is_valid (date), NULL);

  proposals = g_ptr_array_new_with_free_func ((GDestroyNotify)passend_clock_proposal_free);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      const PassendClockKind *kind = &kinds[i];

      for (guint e = 0; kind->events[e] != NULL; e++)
        {
          PassendClockProposal *proposal;

          if (strcmp (kind->events[e], event) != 0)
            continue;

          proposal = g_new0 (PassendClockProposal, 1);
          proposal->kind = kind;
          proposal->event = g_strdup (event);
          passend_clock_proposal_set_start_date (proposal, date, holidays);
          g_ptr_array_add (proposals, proposal);
          break;
        }
    }

  return proposals;
}
