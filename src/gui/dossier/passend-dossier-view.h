/* passend-dossier-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-store.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_DOSSIER_VIEW (passend_dossier_view_get_type ())
G_DECLARE_FINAL_TYPE (PassendDossierView, passend_dossier_view, PASSEND, DOSSIER_VIEW, GtkWidget)

void        passend_dossier_view_set_store (PassendDossierView *self, PassendStore *store);
void        passend_dossier_view_set_child (PassendDossierView *self, PassendChild *child);
guint       passend_dossier_view_get_n_overdue (PassendDossierView *self);
void        passend_dossier_view_new_entry (PassendDossierView *self);
void        passend_dossier_view_focus_search (PassendDossierView *self);
void        passend_dossier_view_show_entry_id (PassendDossierView *self, const char *id);
gboolean    passend_dossier_view_is_busy (PassendDossierView *self);
void        passend_dossier_view_check_day (PassendDossierView *self);
GListModel *passend_dossier_view_get_shown (PassendDossierView *self);

G_END_DECLS
