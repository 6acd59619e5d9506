/* passend-backup-flow.h - Export Everything, Import Backup, Restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-backup.h"
#include "passend-store.h"

G_BEGIN_DECLS

void  passend_backup_export_run (GtkWindow *parent, PassendStore *store, GSettings *settings);
void  passend_backup_export_to (GtkWindow    *parent,
                                PassendStore *store,
                                GSettings    *settings,
                                const char   *path);
void  passend_backup_import_run (GtkWindow *parent, PassendStore *store);
void  passend_backup_import_from (GtkWindow *parent, PassendStore *store, const char *path);
void  passend_backup_restore_run (GtkWindow *parent, PassendStore *store);
char *passend_backup_describe_counts (const PassendBackupInfo *info);

G_END_DECLS
