/* passend-clock-kinds.h - the legal terms Passend knows, as one table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "passend-term.h"

G_BEGIN_DECLS

/* Who must act before the due date. */
typedef enum
{
  PASSEND_CLOCK_ACTOR_PARENT,
  PASSEND_CLOCK_ACTOR_SCHOOL,
  PASSEND_CLOCK_ACTOR_BOARD,       /* the school board, bevoegd gezag */
  PASSEND_CLOCK_ACTOR_PARTNERSHIP, /* the samenwerkingsverband */
  PASSEND_CLOCK_ACTOR_COMMITTEE,   /* a complaints committee */
  PASSEND_CLOCK_ACTOR_GPO,         /* Geschillencommissie passend onderwijs */
} PassendClockActor;

typedef enum
{
  PASSEND_CERTAINTY_SURE,  /* in the law or well established */
  PASSEND_CERTAINTY_CHECK, /* differs per school or may change: say where to check */
} PassendCertainty;

#define PASSEND_CLOCK_KIND_MAX_EVENTS 3
#define PASSEND_CLOCK_KIND_MAX_LINKS 4

/* One kind of clock.  The texts are untranslated (N_()): show them with
 * passend_clock_kind_get_text() or _(). */
typedef struct
{
  const char       *keyword; /* stable, stored in the dossier: "removal-objection" */
  const char       *events[PASSEND_CLOCK_KIND_MAX_EVENTS + 1]; /* what starts it */
  PassendTerm       term;
  PassendClockActor actor;
  const char       *title;                                   /* "Objection to the removal" */
  const char       *purpose;                                 /* what the term is for */
  const char       *lost;                                    /* what is lost when it runs out */
  const char       *todo;                                    /* what to do now */
  const char       *extension;                               /* what an extension means, or NULL */
  const char       *links[PASSEND_CLOCK_KIND_MAX_LINKS + 1]; /* "topic:ID#SECTION", "org:ID" */
  const char       *source; /* the law or site, as cited: not translated */
  PassendCertainty  certainty;
  const char       *check;             /* PASSEND_CERTAINTY_CHECK: "Check with ..." */
  gboolean          answered_by_reply; /* the other side's answer, in writing, meets it */
} PassendClockKind;

/* Something that happened and starts clocks. */
typedef struct
{
  const char *keyword; /* "removal-decision" */
  const char *title;   /* N_(): "The school board decided to remove your child" */
} PassendClockEvent;

/* A clock an event would start: the parent may accept it, change the
 * start date, or decline it. */
typedef struct
{
  const PassendClockKind *kind;
  char                   *event;
  char                   *start_date;
  char                   *due_date;
  char                   *extended_due_date; /* with the extension the other side may take */
} PassendClockProposal;

const PassendClockKind  *passend_clock_kinds_get_all (guint *n_kinds);
const PassendClockKind  *passend_clock_kind_find (const char *keyword);
const char              *passend_clock_kind_get_text (const char *text);
const char              *passend_clock_actor_get_label (PassendClockActor actor);
const PassendClockEvent *passend_clock_events_get_all (guint *n_events);
const PassendClockEvent *passend_clock_event_find (const char *keyword);

char *passend_clock_kind_due_date (const PassendClockKind *kind,
                                   const char             *start_date,
                                   const char *const      *holidays);
char *passend_clock_kind_extended_due_date (const PassendClockKind *kind,
                                            const char             *start_date,
                                            const char *const      *holidays);

void       passend_clock_proposal_free (PassendClockProposal *proposal);
void       passend_clock_proposal_set_start_date (PassendClockProposal *proposal,
                                                  const char           *start_date,
                                                  const char *const    *holidays);
GPtrArray *passend_clock_propose (const char *event, const char *date, const char *const *holidays);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendClockProposal, passend_clock_proposal_free)

G_END_DECLS
