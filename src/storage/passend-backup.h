/* passend-backup.h - the whole dossier in one file, and back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "passend-store.h"

G_BEGIN_DECLS

/* The version of the backup file this build writes (manifest.json). */
#define PASSEND_BACKUP_VERSION 1

/* The most a backup may hold in all; each member has its own limit
 * (the dossier's, a document's). */
#define PASSEND_BACKUP_MAX_TOTAL ((gint64)16 * 1024 * 1024 * 1024)

/* What a backup holds: a .passend file, or one of the rotating
 * backups in the data folder. */
typedef struct
{
  guint      children;
  guint      entries;
  guint      documents;   /* the documents the dossier names */
  guint      files;       /* the document files the backup holds */
  gint64     bytes;       /* of those files */
  char      *app_version; /* .passend: the Passend that made it */
  char      *name;        /* a rotating backup: its file name */
  GDateTime *when;        /* when it was made, in local time, if known */
} PassendBackupInfo;

void passend_backup_info_free (PassendBackupInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendBackupInfo, passend_backup_info_free)

/* Export */
gboolean passend_backup_export_folder (const char         *directory,
                                       const char         *path,
                                       PassendBackupInfo **info,
                                       GError            **error);
void     passend_store_export_backup_async (PassendStore       *self,
                                            const char         *path,
                                            GCancellable       *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer            user_data);
PassendBackupInfo *
passend_store_export_backup_finish (PassendStore *self, GAsyncResult *result, GError **error);

/* Looking at a .passend file without changing anything */
PassendBackupInfo *passend_backup_inspect (const char *path, GError **error);
void               passend_backup_inspect_async (const char         *path,
                                                 GCancellable       *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer            user_data);
PassendBackupInfo *passend_backup_inspect_finish (GAsyncResult *result, GError **error);

/* Import */
gboolean passend_store_holds_dossier (PassendStore *self);
gboolean passend_store_import_backup (PassendStore       *self,
                                      const char         *path,
                                      PassendBackupInfo **info,
                                      GError            **error);
void     passend_store_import_backup_async (PassendStore       *self,
                                            const char         *path,
                                            GCancellable       *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer            user_data);
PassendBackupInfo *
passend_store_import_backup_finish (PassendStore *self, GAsyncResult *result, GError **error);

/* The rotating backups in the data folder */
GPtrArray      *passend_store_describe_backups (PassendStore *self);
void            passend_store_describe_backups_async (PassendStore       *self,
                                                      GCancellable       *cancellable,
                                                      GAsyncReadyCallback callback,
                                                      gpointer            user_data);
GPtrArray      *passend_store_describe_backups_finish (PassendStore *self, GAsyncResult *result);
PassendDossier *passend_store_open_backup (PassendStore *self, const char *name, GError **error);
gboolean passend_store_restore_named_backup (PassendStore *self, const char *name, GError **error);
void     passend_store_restore_named_backup_async (PassendStore       *self,
                                                   const char         *name,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
gboolean passend_store_restore_named_backup_finish (PassendStore *self,
                                                    GAsyncResult *result,
                                                    GError      **error);

/* The gentle reminder to export */
#define PASSEND_BACKUP_REMINDER_DAYS 30

gint64   passend_store_get_saved_time (PassendStore *self);
gboolean passend_backup_reminder_due (gint64 last_export, gint64 since, gint64 saved, gint64 now);

G_END_DECLS
