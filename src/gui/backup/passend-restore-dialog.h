/* passend-restore-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-store.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_RESTORE_DIALOG (passend_restore_dialog_get_type ())
G_DECLARE_FINAL_TYPE (
    PassendRestoreDialog, passend_restore_dialog, PASSEND, RESTORE_DIALOG, GtkWindow)

PassendRestoreDialog *passend_restore_dialog_new (GtkWindow *parent, PassendStore *store);
guint                 passend_restore_dialog_get_n_backups (PassendRestoreDialog *self);

G_END_DECLS
