/* passend-store-import.c - bringing a backup in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A .passend file is read and checked on a worker, its documents
 * written into a hidden stage folder in the data folder.  Only when
 * every check passed does the main thread move them into "documents"
 * and make the backup's dossier the store's; the save that follows
 * moves the file it replaces into "backups", as every save does, so
 * the current dossier is never lost.  A refusal removes the stage
 * folder: nothing in the data folder is changed.
 *
 * The rotating backups (dossier-*.json in "backups") are listed with
 * what they hold, opened read-only, and restored the same way.
 */
#define G_LOG_DOMAIN "passend-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "passend-backup-private.h"
#include "passend-documents.h"
#include "passend-error.h"
#include "passend-store-private.h"

#define STAGE_PREFIX ".passend-import"

typedef struct
{
  char                 *directory;
  char                 *path;
  char                 *stage; /* the stage folder's name in the data folder */
  PassendBackupContents contents;
  /* Every record's text, made on the worker: the save that brings the
   * dossier in then only copies it (for 10,000 entries about 30 of
   * 190 ms less on the main thread). */
  PassendDossierSnapshot *primed;
  int                     backups_fd; /* a rotating backup's folder, or -1 */
  gsize                   max_size;
  /* While the dossier brought in is being saved, what to go back to. */
  PassendDossier         *old;
  PassendDossierSnapshot *old_checked;
} ImportJob;

static void
remove_stage (int dir_fd, const char *stage)
{
  int fd;

  if (stage == NULL || dir_fd < 0)
    return;
  fd = passend_fs_open_dir_at (dir_fd, stage, FALSE, NULL);
  if (fd >= 0)
    {
      g_autoptr (GPtrArray) names = passend_fs_list_dir (fd);

      for (guint i = 0; i < names->len; i++)
        unlinkat (fd, names->pdata[i], 0);
      close (fd);
    }
  unlinkat (dir_fd, stage, AT_REMOVEDIR);
}

/* What an import cut off (a crash, a power cut) left behind.  The
 * store holds the lock, so no other import is under way. */
static void
remove_stale_stages (int dir_fd)
{
  g_autoptr (GPtrArray) names = NULL;

  if (dir_fd < 0)
    return;
  names = passend_fs_list_dir (dir_fd);
  for (guint i = 0; i < names->len; i++)
    if (passend_fs_is_temp_name (names->pdata[i], STAGE_PREFIX))
      remove_stage (dir_fd, names->pdata[i]);
}

static void
import_job_free (ImportJob *job)
{
  if (job->stage != NULL)
    {
      int dir_fd = passend_fs_open_data_dir (job->directory, FALSE, NULL);

      remove_stage (dir_fd, job->stage);
      passend_fs_close (&dir_fd);
    }
  g_free (job->directory);
  g_free (job->path);
  g_free (job->stage);
  g_clear_pointer (&job->primed, passend_dossier_snapshot_unref);
  g_clear_pointer (&job->old_checked, passend_dossier_snapshot_unref);
  g_clear_object (&job->old);
  passend_fs_close (&job->backups_fd);
  passend_backup_contents_clear (&job->contents);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportJob, import_job_free)

/* The worker's part: every check, and the documents into the stage. */
static gboolean
import_job_read (ImportJob *job, GCancellable *cancellable, GError **error)
{
  int      fd = -1, dir_fd = -1, stage_fd = -1;
  gboolean ok = FALSE;

  fd = open (job->path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0)
    return passend_fs_set_error (error, errno, "Could not open the backup");

  dir_fd = passend_fs_open_data_dir (job->directory, TRUE, error);
  remove_stale_stages (dir_fd);
  for (guint tries = 0; dir_fd >= 0 && stage_fd < 0 && tries < 20; tries++)
    {
      g_autofree char *name = passend_fs_make_temp_name (STAGE_PREFIX);

      if (mkdirat (dir_fd, name, 0700) != 0)
        {
          if (errno != EEXIST)
            {
              passend_fs_set_error (error, errno, "Could not make room for the import");
              break;
            }
          continue;
        }
      job->stage = g_steal_pointer (&name);
      stage_fd = passend_fs_open_dir_at (dir_fd, job->stage, FALSE, error);
    }

  if (stage_fd >= 0)
    ok = passend_backup_read_fd (fd, stage_fd, &job->contents, cancellable, error);
  /* The dossier is still this thread's alone.  One that does not pass
   * is left for the save to refuse. */
  if (ok)
    job->primed = passend_dossier_snapshot_new (job->contents.dossier, NULL, NULL);

  passend_fs_close (&stage_fd);
  passend_fs_close (&dir_fd);
  close (fd);
  return ok;
}

static gboolean
same_bytes (int a_fd, const char *a, int b_fd, const char *b)
{
  g_autofree char *one = NULL, *two = NULL;
  gsize            one_length, two_length;

  return passend_fs_read_at (a_fd, a, PASSEND_DOCUMENT_MAX_SIZE, &one, &one_length, NULL, NULL) &&
         passend_fs_read_at (b_fd, b, PASSEND_DOCUMENT_MAX_SIZE, &two, &two_length, NULL, NULL) &&
         one_length == two_length && memcmp (one, two, one_length) == 0;
}

/* The document files @dossier names. */
static GHashTable *
named_files (PassendDossier *dossier)
{
  GListModel *documents = passend_dossier_get_documents (dossier);
  GHashTable *named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr (PassendDocument) document = g_list_model_get_item (documents, i);

      g_hash_table_add (named, g_strdup (passend_document_get_file (document)));
    }
  return named;
}

/* Moves the staged documents the dossier names into "documents" (a
 * file it does not name stays behind, and goes with the stage).  A
 * name already there must hold the same bytes (the same document);
 * otherwise nothing moves. */
static gboolean
move_documents (PassendStore *self, ImportJob *job, GError **error)
{
  GPtrArray *staged = job->contents.staged;
  g_autoptr (GHashTable) named = named_files (job->contents.dossier);
  int      stage_fd = -1, documents_fd = -1;
  gboolean ok = TRUE;

  if (staged == NULL || staged->len == 0)
    return TRUE;

  stage_fd = passend_fs_open_dir_at (self->dir_fd, job->stage, FALSE, error);
  documents_fd =
      stage_fd >= 0 ? passend_fs_open_dir_at (self->dir_fd, BACKUP_DOCUMENTS, TRUE, error) : -1;
  if (documents_fd < 0)
    ok = FALSE;

  for (guint i = 0; ok && i < staged->len; i++)
    {
      struct stat st;
      const char *name = staged->pdata[i];

      if (g_hash_table_contains (named, name) &&
          fstatat (documents_fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
          !same_bytes (stage_fd, name, documents_fd, name))
        {
          g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                               _ ("A document in the backup has the same name as a "
                                  "different document here."));
          ok = FALSE;
        }
    }

  for (guint i = 0; ok && i < staged->len; i++)
    {
      g_autoptr (GError) local_error = NULL;
      const char *name = staged->pdata[i];

      if (g_hash_table_contains (named, name) &&
          !passend_fs_rename_noreplace (stage_fd, name, documents_fd, name, &local_error) &&
          !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          ok = FALSE;
        }
    }
  if (ok)
    passend_fs_sync_dir (documents_fd);

  passend_fs_close (&documents_fd);
  passend_fs_close (&stage_fd);
  return ok;
}

static gboolean
check_writable (PassendStore *self, GError **error)
{
  if (passend_store_get_writable (self))
    return TRUE;
  g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_READ_ONLY,
                       _ ("The dossier is open read-only, so nothing can be brought in."));
  return FALSE;
}

/* Makes the job's dossier the store's, with its primed snapshot (if
 * any) as the last that passed the checks, and keeps what the store had
 * until the save that follows is on disk. */
static gboolean
bring_in_begin (PassendStore *self, ImportJob *job, GError **error)
{
  if (!check_writable (self, error))
    return FALSE;

  job->old = g_object_ref (self->dossier);
  job->old_checked = g_steal_pointer (&self->checked);
  passend_store_replace_dossier (self, job->contents.dossier);
  if (job->primed != NULL)
    self->checked = passend_dossier_snapshot_ref (job->primed);
  passend_store_mark_changed (self);
  return TRUE;
}

/* The save failed: the file on disk is still the old one, and so is the
 * store again.  The orphan watch ignores a dossier while it is the
 * store's. */
static void
bring_in_undo (PassendStore *self, ImportJob *job)
{
  passend_store_cancel_scheduled_save (self);
  passend_store_replace_dossier (self, job->old);
  g_clear_pointer (&self->checked, passend_dossier_snapshot_unref);
  self->checked = g_steal_pointer (&job->old_checked);
  g_clear_object (&job->old);
  passend_store_set_dirty (self, FALSE);
}

/* Makes the job's dossier the store's and saves it, waiting for the
 * disk; the file it replaces goes into the backups.  On a failure the
 * store keeps what it had. */
static gboolean
bring_in (PassendStore *self, ImportJob *job, GError **error)
{
  /* What was typed last is in the file, and so in the backup. */
  if (!check_writable (self, error) || !passend_store_flush (self, error) ||
      !bring_in_begin (self, job, error))
    return FALSE;
  if (passend_store_save_now (self, error))
    return TRUE;
  bring_in_undo (self, job);
  return FALSE;
}

static PassendBackupInfo *
import_job_finish (PassendStore *self, ImportJob *job, GError **error)
{
  if (!check_writable (self, error) || !passend_store_flush (self, error) ||
      !move_documents (self, job, error) || !bring_in (self, job, error))
    return NULL;

  return g_steal_pointer (&job->contents.info);
}

/**
 * passend_store_holds_dossier:
 *
 * Returns: whether the dossier has anything in it (a child, an entry
 *   or a document), which an import would replace
 */
gboolean
passend_store_holds_dossier (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);

  return g_list_model_get_n_items (passend_dossier_get_children (self->dossier)) > 0 ||
         g_list_model_get_n_items (passend_dossier_get_entries (self->dossier)) > 0 ||
         g_list_model_get_n_items (passend_dossier_get_documents (self->dossier)) > 0;
}

static ImportJob *
import_job_new (PassendStore *self, const char *path)
{
  ImportJob *job = g_new0 (ImportJob, 1);

  job->directory = g_strdup (self->directory);
  job->path = g_strdup (path);
  job->backups_fd = -1;
  return job;
}

/**
 * passend_store_import_backup:
 * @path: a .passend file
 * @info: (out) (optional): what came in
 *
 * Replaces the dossier by the one in @path, after every check; the
 * current one is kept as a backup.  On any refusal nothing changes.
 */
gboolean
passend_store_import_backup (PassendStore       *self,
                             const char         *path,
                             PassendBackupInfo **info,
                             GError            **error)
{
  g_autoptr (ImportJob) job = NULL;
  PassendBackupInfo *made;

  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  job = import_job_new (self, path);
  if (!import_job_read (job, NULL, error))
    return FALSE;
  made = import_job_finish (self, job, error);
  if (made == NULL)
    return FALSE;
  if (info != NULL)
    *info = made;
  else
    passend_backup_info_free (made);
  return TRUE;
}

/* Bringing in without waiting for the disk: a worker reads and checks,
 * then what was typed last goes into the file, then the dossier comes
 * in and is saved, each save on the worker; the task is answered once
 * the file on disk holds the dossier brought in, or the store is back
 * as it was. */

static void
return_brought (GTask *task, ImportJob *job)
{
  g_clear_object (&job->old);
  g_clear_pointer (&job->old_checked, passend_dossier_snapshot_unref);
  if (g_task_get_source_tag (task) == passend_store_import_backup_async)
    g_task_return_pointer (task, g_steal_pointer (&job->contents.info),
                           (GDestroyNotify)passend_backup_info_free);
  else
    g_task_return_boolean (task, TRUE);
}

static void
brought_in_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  PassendStore *self = PASSEND_STORE (source);
  ImportJob    *job = g_task_get_task_data (task);
  GError       *error = NULL;

  if (!passend_store_save_finish (self, result, &error))
    {
      bring_in_undo (self, job);
      g_task_return_error (task, error);
      return;
    }
  return_brought (task, job);
}

/* Once what was typed last is on disk. */
static void
bring_in_flushed (GTask *task)
{
  PassendStore *self = g_task_get_source_object (task);
  ImportJob    *job = g_task_get_task_data (task);
  GError       *error = NULL;

  if (!move_documents (self, job, &error) || !bring_in_begin (self, job, &error))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  passend_store_save_async (self, brought_in_cb, task);
}

static void
flushed_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask  *task = user_data;
  GError *error = NULL;

  if (!passend_store_save_finish (PASSEND_STORE (source), result, &error))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  bring_in_flushed (task);
}

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask        *task = user_data;
  PassendStore *self = PASSEND_STORE (source);
  GError       *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) || !check_writable (self, &error))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  /* As passend_store_flush(): a store with nothing unsaved writes
   * nothing first. */
  if (self->job == NULL && !self->dirty)
    bring_in_flushed (task);
  else
    passend_store_save_async (self, flushed_cb, task);
}

/* Runs @thread on a worker with a task of its own, then the rest of
 * bringing in for @task.  Only reading can be cancelled: once the
 * dossier comes in, @task answers what happened. */
static void
bring_in_async (GTask *task, ImportJob *job, GTaskThreadFunc thread, GCancellable *cancellable)
{
  g_autoptr (GTask) read =
      g_task_new (g_task_get_source_object (task), cancellable, read_done_cb, g_object_ref (task));

  g_task_set_task_data (task, job, (GDestroyNotify)import_job_free);
  g_task_set_task_data (read, job, NULL);
  g_task_run_in_thread (read, thread);
}

static void
import_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GError *error = NULL;

  if (import_job_read (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
passend_store_import_backup_async (PassendStore       *self,
                                   const char         *path,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (self, NULL, callback, user_data);

  g_return_if_fail (PASSEND_IS_STORE (self));
  g_task_set_source_tag (task, passend_store_import_backup_async);
  bring_in_async (task, import_job_new (self, path), import_thread, cancellable);
}

/**
 * passend_store_import_backup_finish:
 *
 * Returns: (transfer full): what came in, or %NULL with @error set
 */
PassendBackupInfo *
passend_store_import_backup_finish (PassendStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The rotating backups */

static GDateTime *
backup_time (const char *name)
{
  /* dossier-YYYYMMDD-HHMMSS-mmm.json, in UTC */
  const char *s = name + strlen (STORE_BACKUP_PREFIX);
  int         v[7];
  g_autoptr (GDateTime) utc = NULL;

  if (sscanf (s, "%4d%2d%2d-%2d%2d%2d-%3d", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6]) != 7)
    return NULL;
  utc = g_date_time_new_utc (v[0], v[1], v[2], v[3], v[4], v[5] + v[6] / 1000.0);
  return utc != NULL ? g_date_time_to_local (utc) : NULL;
}

static GPtrArray *
describe_backups_in (const char *directory, GCancellable *cancellable)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify)passend_backup_info_free);
  int        dir_fd = passend_fs_open_data_dir (directory, FALSE, NULL);
  int        fd = dir_fd >= 0 ? passend_fs_open_dir_at (dir_fd, STORE_BACKUP_DIR, FALSE, NULL) : -1;
  g_auto (GStrv) names = fd >= 0 ? passend_store_list_backup_names (fd) : NULL;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autoptr (PassendDossier) dossier = NULL;
      PassendBackupInfo *info;

      if (g_cancellable_is_cancelled (cancellable))
        break;
      dossier = passend_store_read_at (fd, names[i], PASSEND_STORE_MAX_FILE_SIZE, NULL, NULL, NULL,
                                       NULL, NULL);
      if (dossier == NULL || passend_dossier_get_file_version (dossier) > PASSEND_DOSSIER_VERSION)
        continue;

      info = g_new0 (PassendBackupInfo, 1);
      passend_backup_count (info, dossier);
      info->name = g_strdup (names[i]);
      info->when = backup_time (names[i]);
      g_ptr_array_add (list, info);
    }

  passend_fs_close (&fd);
  passend_fs_close (&dir_fd);
  return list;
}

/**
 * passend_store_describe_backups:
 *
 * Returns: (transfer full) (element-type PassendBackupInfo): the
 *   rotating backups this Passend can open, newest first
 */
GPtrArray *
passend_store_describe_backups (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return describe_backups_in (self->directory, NULL);
}

static void
describe_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  g_task_return_pointer (task, describe_backups_in (task_data, cancellable),
                         (GDestroyNotify)g_ptr_array_unref);
}

void
passend_store_describe_backups_async (PassendStore       *self,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_return_if_fail (PASSEND_IS_STORE (self));
  g_task_set_source_tag (task, passend_store_describe_backups_async);
  g_task_set_task_data (task, g_strdup (self->directory), g_free);
  g_task_run_in_thread (task, describe_thread);
}

GPtrArray *
passend_store_describe_backups_finish (PassendStore *self, GAsyncResult *result)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), NULL);
}

/* The folder of the rotating backups, if @name can be one of them. */
static int
open_backups (PassendStore *self, const char *name, GError **error)
{
  if (name == NULL || !passend_store_is_backup_name (name) || self->dir_fd < 0)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_NO_BACKUP,
                           _ ("This backup is no longer there."));
      return -1;
    }
  return passend_fs_open_dir_at (self->dir_fd, STORE_BACKUP_DIR, FALSE, error);
}

static PassendDossier *
read_backup (int backups_fd, const char *name, gsize max_size, GError **error)
{
  PassendDossier *dossier =
      passend_store_read_at (backups_fd, name, max_size, NULL, NULL, NULL, NULL, error);

  if (dossier != NULL && passend_dossier_get_file_version (dossier) > PASSEND_DOSSIER_VERSION)
    {
      g_clear_object (&dossier);
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_NEWER_VERSION,
                           _ ("This backup was made by a newer Passend. Update Passend to "
                              "bring it in."));
    }
  return dossier;
}

/**
 * passend_store_open_backup:
 * @name: a name from passend_store_describe_backups()
 *
 * Returns: (transfer full): the backup's dossier, to look at only, or
 *   %NULL with @error set
 */
PassendDossier *
passend_store_open_backup (PassendStore *self, const char *name, GError **error)
{
  PassendDossier *dossier = NULL;
  int             fd;

  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);

  fd = open_backups (self, name, error);
  if (fd >= 0)
    dossier = read_backup (fd, name, self->max_file_size, error);
  passend_fs_close (&fd);
  return dossier;
}

/**
 * passend_store_restore_named_backup:
 * @name: a name from passend_store_describe_backups()
 *
 * Makes the backup @name the dossier; the current one is kept as a
 * backup first.
 */
gboolean
passend_store_restore_named_backup (PassendStore *self, const char *name, GError **error)
{
  g_autoptr (ImportJob) job = import_job_new (self, NULL);

  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);

  job->contents.dossier = passend_store_open_backup (self, name, error);
  return job->contents.dossier != NULL && bring_in (self, job, error);
}

static void
restore_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  ImportJob *job = task_data;
  GError    *error = NULL;

  job->contents.dossier = read_backup (job->backups_fd, job->path, job->max_size, &error);
  if (job->contents.dossier == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* Still this thread's alone, as in import_job_read(). */
  job->primed = passend_dossier_snapshot_new (job->contents.dossier, NULL, NULL);
  g_task_return_boolean (task, TRUE);
}

/**
 * passend_store_restore_named_backup_async:
 * @name: a name from passend_store_describe_backups()
 *
 * As passend_store_restore_named_backup(), but read on a worker and
 * saved without the main loop waiting for the disk.
 */
void
passend_store_restore_named_backup_async (PassendStore       *self,
                                          const char         *name,
                                          GAsyncReadyCallback callback,
                                          gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (self, NULL, callback, user_data);
  GError    *error = NULL;
  ImportJob *job;

  g_return_if_fail (PASSEND_IS_STORE (self));
  g_task_set_source_tag (task, passend_store_restore_named_backup_async);

  job = import_job_new (self, name);
  job->max_size = self->max_file_size;
  job->backups_fd = open_backups (self, name, &error);
  if (job->backups_fd < 0)
    {
      import_job_free (job);
      g_task_return_error (task, error);
      return;
    }
  bring_in_async (task, job, restore_thread, NULL);
}

gboolean
passend_store_restore_named_backup_finish (PassendStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The reminder */

/**
 * passend_store_get_saved_time:
 *
 * Returns: when the dossier file was last written, in seconds since
 *   1970, or 0 when there is none
 */
gint64
passend_store_get_saved_time (PassendStore *self)
{
  struct stat st;

  g_return_val_if_fail (PASSEND_IS_STORE (self), 0);

  if (self->dir_fd < 0 || fstatat (self->dir_fd, STORE_FILE_NAME, &st, AT_SYMLINK_NOFOLLOW) != 0)
    return 0;
  return st.st_mtim.tv_sec;
}

/**
 * passend_backup_reminder_due:
 * @last_export: when the last export was made (0: never)
 * @since: when Passend first looked, for a dossier never exported
 * @saved: when the dossier last changed on disk (0: no dossier)
 * @now: this moment; all in seconds since 1970
 *
 * Returns: whether to remind the parent to export: the last export (or,
 *   without one, the first look) is more than
 *   %PASSEND_BACKUP_REMINDER_DAYS days old, and the dossier changed since
 */
gboolean
passend_backup_reminder_due (gint64 last_export, gint64 since, gint64 saved, gint64 now)
{
  gint64 from = last_export > 0 ? last_export : since;

  if (from <= 0 || saved <= 0)
    return FALSE;
  return now - from > (gint64)PASSEND_BACKUP_REMINDER_DAYS * 24 * 60 * 60 && saved > from;
}
