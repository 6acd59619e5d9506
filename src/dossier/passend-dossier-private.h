/* passend-dossier-private.h - what the dossier's own units share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not for the layers above: they change the dossier through its public
 * calls and the entry draft (passend-entry-draft.h).
 */
#pragma once

#include "passend-dossier.h"

G_BEGIN_DECLS

void passend_dossier_freeze_changes (PassendDossier *self);
void passend_dossier_thaw_changes (PassendDossier *self);

G_END_DECLS
