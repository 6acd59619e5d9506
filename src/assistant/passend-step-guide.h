/* passend-step-guide.h - what the Assistant says about each step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-enums.h"

G_BEGIN_DECLS

#define PASSEND_STEP_GUIDE_MAX_ITEMS 5
#define PASSEND_STEP_GUIDE_MAX_LETTERS 2

typedef struct
{
  const char *id;    /* stable, stored in the dossier: "talk-asked-goal" */
  const char *label; /* untranslated: pass through _() */
  const char *event; /* an event that starts deadlines (passend-clock-kinds.c), or NULL */
} PassendChecklistItem;

/* The text fields are untranslated Pango markup with links
 * ("term:opp", "org:cce", "topic:home-sitting"): pass them through _()
 * before showing them. */
typedef struct
{
  int                  step;
  PassendEntryKind     entry_kind; /* of "Write this down" */
  const char          *what_happens;
  const char          *can_do;
  const char          *questions;
  const char          *who_can_help;
  const char          *rights;
  PassendChecklistItem checklist[PASSEND_STEP_GUIDE_MAX_ITEMS + 1]; /* ends with { NULL } */
  const char          *letters[PASSEND_STEP_GUIDE_MAX_LETTERS + 1]; /* letter ids, NULL-ended */
} PassendStepGuide;

const PassendStepGuide     *passend_step_guide_get (int step);
const PassendChecklistItem *passend_step_guide_find_item (const char *id);
int                         passend_step_guide_item_step (const char *id);

G_END_DECLS
