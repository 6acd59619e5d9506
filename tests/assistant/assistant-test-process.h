/* assistant-test-process.h - walking a child through the six steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-dossier.h"
#include "passend-process.h"

G_BEGIN_DECLS

PassendProcessState *state_of (PassendDossier *dossier, PassendChild *child);
int                  step_of (PassendDossier *dossier, PassendChild *child);
void                 advance (PassendDossier *dossier, PassendChild *child, const char *today);
void                 evaluate (PassendDossier   *dossier,
                               PassendChild     *child,
                               const char       *today,
                               PassendPlanResult result,
                               const char       *next);
char                *write_dossier (PassendDossier *dossier);

G_END_DECLS
