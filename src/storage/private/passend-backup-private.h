/* passend-backup-private.h - what the backup files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to src/storage:
 *   passend-backup-read.c   reading and checking a .passend file
 *   passend-backup-write.c  writing one, and checking it back
 *   passend-store-import.c  bringing one in, and the rotating backups
 */
#pragma once

#include "passend-backup.h"
#include "passend-dossier.h"

G_BEGIN_DECLS

#define BACKUP_MANIFEST "manifest.json"
#define BACKUP_DOSSIER "dossier.json"
#define BACKUP_DOCUMENTS "documents"
#define BACKUP_DOCUMENTS_PREFIX BACKUP_DOCUMENTS "/"
#define BACKUP_FORMAT "passend-backup"
#define BACKUP_MANIFEST_MAX_SIZE (16 * 1024 * 1024)

/* What reading a backup found, once every check passed. */
typedef struct
{
  char              *text; /* dossier.json */
  gsize              length;
  PassendDossier    *dossier;
  PassendBackupInfo *info;
  GPtrArray         *staged; /* the document files written to the stage folder */
} PassendBackupContents;

void passend_backup_contents_clear (PassendBackupContents *contents);

gboolean passend_backup_read_fd (int                    fd,
                                 int                    stage_fd,
                                 PassendBackupContents *contents,
                                 GCancellable          *cancellable,
                                 GError               **error);

void passend_backup_count (PassendBackupInfo *info, PassendDossier *dossier);

G_END_DECLS
