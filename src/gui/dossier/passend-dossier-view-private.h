/* passend-dossier-view-private.h - what the Dossier page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * passend-dossier-view.c has the page, its lists and what they show;
 * -actions.c what the parent does on it: open and delete entries (with
 * Undo), mark agreements, search and filter.
 */
#pragma once

#include "passend-dossier-view.h"

G_BEGIN_DECLS

const char *passend_dossier_view_child_id (PassendDossierView *self);
void        passend_dossier_view_update_actions (PassendDossierView *self);
void        passend_dossier_view_finish_removal (PassendDossierView *self);
void        passend_dossier_view_open_entry (PassendDossierView *self, PassendEntry *entry);
void        passend_dossier_view_search_changed (PassendDossierView *self);
void        passend_dossier_view_filter_changed (PassendDossierView *self);
void        passend_dossier_view_class_init_actions (GtkWidgetClass *widget_class);

G_END_DECLS
