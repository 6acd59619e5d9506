/* passend-conflict-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-store.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_CONFLICT_DIALOG (passend_conflict_dialog_get_type ())
G_DECLARE_FINAL_TYPE (
    PassendConflictDialog, passend_conflict_dialog, PASSEND, CONFLICT_DIALOG, GtkWindow)

PassendConflictDialog *passend_conflict_dialog_new (GtkWindow *parent, PassendStore *store);
PassendConflictDialog *passend_conflict_dialog_new_for_changes (GtkWindow    *parent,
                                                                PassendStore *store);

void     passend_conflict_dialog_follow_store (GtkWindow *window, PassendStore *store);
gboolean passend_conflict_dialog_present_pending (GtkWindow *window, PassendStore *store);
char    *passend_conflict_dialog_banner_text (PassendStore *store);
gboolean passend_conflict_dialog_blocked_texts (PassendStore *store,
                                                const char  **title,
                                                const char  **description);

G_END_DECLS
