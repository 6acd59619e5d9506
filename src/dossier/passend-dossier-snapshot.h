/* passend-dossier-snapshot.h - the dossier's text, made on another thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-dossier.h"

G_BEGIN_DECLS

typedef struct _PassendDossierSnapshot PassendDossierSnapshot;

PassendDossierSnapshot *passend_dossier_snapshot_new (PassendDossier         *dossier,
                                                      PassendDossierSnapshot *checked,
                                                      GError                **error);
PassendDossierSnapshot *passend_dossier_snapshot_ref (PassendDossierSnapshot *self);
void                    passend_dossier_snapshot_unref (PassendDossierSnapshot *self);
char       *passend_dossier_snapshot_write (PassendDossierSnapshot *self, gsize *length);
GHashTable *passend_dossier_snapshot_get_base (PassendDossierSnapshot *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendDossierSnapshot, passend_dossier_snapshot_unref)

G_END_DECLS
