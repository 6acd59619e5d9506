/* passend-advisor.h - "Where do I turn now?"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The rungs of the escalation route, in order.  The first six are also
 * the steps a parent can have taken already. */
typedef enum
{
  PASSEND_RUNG_TEACHER,
  PASSEND_RUNG_CARE_COORDINATOR, /* IB'er or zorgcoördinator */
  PASSEND_RUNG_SCHOOL_MANAGEMENT,
  PASSEND_RUNG_SCHOOL_BOARD,
  PASSEND_RUNG_PARTNERSHIP, /* samenwerkingsverband */
  PASSEND_RUNG_CONSULTANTS, /* onderwijsconsulenten */
  PASSEND_RUNG_FORMAL,      /* complaint, GPO, College, court */
} PassendRung;

#define PASSEND_N_TRIED_RUNGS PASSEND_RUNG_FORMAL
#define PASSEND_TRIED(rung) (1u << (rung))

/* Child at home for more than this many weeks: a thuiszitter. */
#define PASSEND_HOME_SITTING_WEEKS 4

typedef struct
{
  guint    tried;           /* PASSEND_TRIED() of each rung taken */
  gboolean conflict;        /* between parent, school, samenwerkingsverband */
  gboolean disagree;        /* with advice, and cannot resolve it together */
  gboolean at_home;         /* at home, or at risk of it */
  guint    weeks_at_home;   /* 0: not at home yet */
  gboolean care_unclear;    /* care involved, unclear who pays */
  gboolean stuck_behaviour; /* serious problem behaviour, professionals stuck */
  gboolean rights_question;
  gboolean social_safety;
  gboolean wants_formal; /* wants a complaint, the GPO or court now */
} PassendAdvisorAnswers;

typedef enum
{
  PASSEND_CAUTION_NONE,
  PASSEND_CAUTION_SKIPS_SCHOOL,      /* formal step, school steps not taken */
  PASSEND_CAUTION_SKIPS_PARTNERSHIP, /* ... samenwerkingsverband not asked */
  PASSEND_CAUTION_SKIPS_CONSULTANTS, /* ... onderwijsconsulenten not asked */
} PassendCaution;

/* What comes first in the answer. */
typedef enum
{
  PASSEND_HEADLINE_RUNG,    /* the next rung of the route */
  PASSEND_HEADLINE_AT_RISK, /* at home up to 4 weeks, or at risk: act early */
  PASSEND_HEADLINE_AT_HOME, /* at home more than 4 weeks: act now */
} PassendHeadline;

typedef struct
{
  const char *org_id; /* "ouders-onderwijs" */
  const char *reason; /* untranslated: pass through _() */
} PassendAdvice;

#define PASSEND_ADVISOR_MAX_ADVICE 24

typedef struct
{
  PassendHeadline headline;
  PassendRung     rung; /* the next sensible rung, below the headline */
  PassendCaution  caution;
  gboolean        home_sitting; /* bring the leerplicht facts forward */
  guint           n_advice;
  PassendAdvice   advice[PASSEND_ADVISOR_MAX_ADVICE]; /* best first */
} PassendAdvisorResult;

void passend_advisor_advise (const PassendAdvisorAnswers *answers, PassendAdvisorResult *result);
gboolean           passend_advisor_has_org (const PassendAdvisorResult *result, const char *org_id);
const char        *passend_rung_get_title (PassendRung rung);
const char *const *passend_rung_get_letters (PassendRung rung);
const char        *passend_rung_get_description (PassendRung rung);
const char        *passend_caution_get_text (PassendCaution caution);
const char        *passend_advisor_get_home_sitting_text (void);
const char        *passend_headline_get_title (PassendHeadline headline);
const char        *passend_headline_get_text (PassendHeadline headline);

G_END_DECLS
