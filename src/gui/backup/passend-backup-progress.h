/* passend-backup-progress.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PASSEND_TYPE_BACKUP_PROGRESS (passend_backup_progress_get_type ())
G_DECLARE_FINAL_TYPE (
    PassendBackupProgress, passend_backup_progress, PASSEND, BACKUP_PROGRESS, GtkWindow)

PassendBackupProgress               *
passend_backup_progress_new (GtkWindow *parent, const char *title, const char *text);
GCancellable *passend_backup_progress_get_cancellable (PassendBackupProgress *self);

G_END_DECLS
