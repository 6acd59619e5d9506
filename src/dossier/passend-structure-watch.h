/* passend-structure-watch.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-dossier.h"

G_BEGIN_DECLS

typedef struct _PassendStructureWatch PassendStructureWatch;

PassendStructureWatch *passend_structure_watch_new (PassendDossier *dossier);
gboolean               passend_structure_watch_only_sheets (PassendStructureWatch *self);
void                   passend_structure_watch_free (PassendStructureWatch *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendStructureWatch, passend_structure_watch_free)

G_END_DECLS
