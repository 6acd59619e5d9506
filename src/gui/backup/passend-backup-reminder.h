/* passend-backup-reminder.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-store.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_BACKUP_REMINDER (passend_backup_reminder_get_type ())
G_DECLARE_FINAL_TYPE (
    PassendBackupReminder, passend_backup_reminder, PASSEND, BACKUP_REMINDER, GtkWidget)

PassendBackupReminder *passend_backup_reminder_new (PassendStore *store, GSettings *settings);
void                   passend_backup_reminder_check (PassendBackupReminder *self, gint64 now);
gboolean               passend_backup_reminder_get_shown (PassendBackupReminder *self);

G_END_DECLS
