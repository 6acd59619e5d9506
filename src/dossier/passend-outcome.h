/* passend-outcome.h - what a preparation sheet knows of the dossier, and
 * what becomes of it after the talk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-dossier.h"

G_BEGIN_DECLS

/* What the sheet shows from the dossier, for the child it is about. */
/* How many open agreements the Preparation page and the printed sheet
 * name; the rest are counted ("and 12 more"). */
#define PASSEND_SHEET_CONTEXT_SHOWN 5

typedef struct
{
  GPtrArray *open_agreements;      /* of PassendAgreement, soonest due first */
  GPtrArray *shown;                /* the few that matter most for the talk:
                                    * overdue first, then those with the
                                    * school, then soonest due; at most
                                    * PASSEND_SHEET_CONTEXT_SHOWN */
  PassendEntry *last_conversation; /* (nullable) the latest talk up to today */
  int           step;              /* the Assistant's step, 1 to 6 */
} PassendSheetContext;

void passend_sheet_context_init (PassendSheetContext *context,
                                 PassendDossier      *dossier,
                                 const char          *child_id,
                                 const char          *today);
void passend_sheet_context_clear (PassendSheetContext *context);

/* What the parent tells after the talk. */
typedef struct
{
  const char *title;        /* (nullable) of the new entry */
  const char *notes;        /* (nullable) anything else about the talk */
  GPtrArray  *agreements;   /* (nullable) new PassendAgreement, not in a dossier */
  const char *next_meeting; /* (nullable) "YYYY-MM-DD" */
  GPtrArray  *done;         /* (nullable) open agreements of the dossier now done */
  GPtrArray  *not_kept;     /* (nullable) open agreements of the dossier not kept */
} PassendOutcome;

char         *passend_sheet_summarize (PassendSheet *sheet);
PassendEntry *passend_sheet_record_outcome (PassendSheet         *sheet,
                                            PassendDossier       *dossier,
                                            const PassendOutcome *outcome,
                                            GError              **error);

G_END_DECLS
