/* passend-store-save.c - saving, one step after the other
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A save validates the dossier and takes a snapshot of it on the main
 * thread: each record's text, kept until the record changes, so this
 * costs what changed, not the whole dossier (passend-dossier-snapshot.c),
 * and no later change can touch it.  A worker does the rest:
 *
 *  0. the snapshot is joined into the text of the file;
 *  1. the data folder is still the one locked;
 *  2. the text reads back through every check of loading;
 *  3. the file in place is the one the store last read or wrote (device,
 *     inode, size, time and a hash of its bytes); if not, nothing is
 *     written and the store asks the parent (passend-store-outside.c);
 *  4. the text goes into "dossier.json.XXXXXX" (0600) and is synced;
 *  5. that file and the dossier swap names in one step
 *     (RENAME_EXCHANGE), so the dossier is always one whole file, old or
 *     new, and the old one, now under the temporary name, is moved into
 *     the backups: a backup is never the live file.  Where names cannot
 *     be swapped, the old file is hard-linked as the backup and the new
 *     one renamed over it; loading undoes a link a kill left shared.
 *
 * A kill at any moment leaves the old or the new dossier whole; the next
 * start clears what is left (passend-store-load.c).  When anything fails
 * the old file is untouched, the data stays in memory and the error is
 * shown.  One save at a time; a change during a save makes another.
 */
#define G_LOG_DOMAIN "passend-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "passend-dossier-snapshot.h"
#include "passend-error.h"
#include "passend-safe-json.h"
#include "passend-store-private.h"
#include "passend-thread.h"

struct _SaveJob
{
  int         dir_fd; /* borrowed: the store outlives its jobs */
  char       *directory;
  struct stat dir_st;
  int         lock_fd;

  PassendFileIdentity     expected;
  PassendDossierSnapshot *snapshot; /* until the worker made the text */
  char                   *text;
  gsize                   length;
  guint64                 changes; /* the store's count when the snapshot was taken */
  GHashTable             *base;    /* the records of the text */

  GMutex              mutex;
  GCond               cond;
  gboolean            done;
  GError             *error;
  gboolean            outside; /* the file changed from outside: nothing written */
  PassendFileIdentity written;
  char               *raced; /* a file that came in during the save, kept aside */
};

static void
save_job_free (SaveJob *job)
{
  g_free (job->directory);
  g_clear_pointer (&job->snapshot, passend_dossier_snapshot_unref);
  g_free (job->text);
  g_free (job->raced);
  g_clear_pointer (&job->base, g_hash_table_unref);
  g_clear_error (&job->error);
  g_mutex_clear (&job->mutex);
  g_cond_clear (&job->cond);
}

static SaveJob *
save_job_ref (SaveJob *job)
{
  return g_atomic_rc_box_acquire (job);
}

static void
save_job_unref (SaveJob *job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify)save_job_free);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveJob, save_job_unref)

static gboolean
set_conflict_error (GError **error)
{
  g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_CONFLICT,
                       "The dossier file was changed outside Passend; "
                       "choose which version to keep");
  return FALSE;
}

/* The main thread's part of a save: validates the dossier and takes a
 * snapshot of it. */
static SaveJob *
save_job_new (PassendStore *self, GError **error)
{
  PassendDossierSnapshot *snapshot;
  SaveJob                *job;

  if (self->conflict != PASSEND_STORE_CONFLICT_NONE)
    {
      set_conflict_error (error);
      return NULL;
    }

  snapshot = passend_dossier_snapshot_new (self->dossier, self->checked, error);
  if (snapshot == NULL)
    return NULL;
  g_clear_pointer (&self->checked, passend_dossier_snapshot_unref);
  self->checked = passend_dossier_snapshot_ref (snapshot);

  job = g_atomic_rc_box_new0 (SaveJob);
  job->dir_fd = self->dir_fd;
  job->directory = g_strdup (self->directory);
  job->dir_st = self->dir_st;
  job->lock_fd = self->lock_fd;
  job->expected = self->known;
  job->snapshot = snapshot;
  job->changes = self->changes;
  g_mutex_init (&job->mutex);
  g_cond_init (&job->cond);

  return job;
}

/* Step 3: whether the file in place is the one the store knows.  A file
 * with other times but the same bytes is the same. */
static gboolean
check_identity (SaveJob *job, PassendFileIdentity *actual, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  struct stat st;
  int         fd;

  memset (actual, 0, sizeof *actual);
  fd = passend_fs_open_file_at (job->dir_fd, STORE_FILE_NAME, &st, &local_error);
  if (fd < 0)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return !job->expected.exists;
      if (g_error_matches (local_error, PASSEND_ERROR, PASSEND_ERROR_NOT_REGULAR))
        return FALSE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  passend_store_identity_from_stat (actual, &st);
  if (!passend_fs_hash_fd (fd, actual->hash, error))
    {
      close (fd);
      return FALSE;
    }
  close (fd);

  return job->expected.exists &&
         memcmp (actual->hash, job->expected.hash, PASSEND_FS_HASH_SIZE) == 0;
}

/* The old file, swapped out to @temp: a backup, unless another file came
 * in between the check and the swap: that one is kept aside. */
static void
keep_swapped_out (SaveJob *job, const char *temp, const PassendFileIdentity *actual, int backups_fd)
{
  struct stat st;

  if (fstatat (job->dir_fd, temp, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
      (st.st_dev != actual->dev || st.st_ino != actual->ino))
    {
      for (guint tries = 0; tries < 20 && job->raced == NULL; tries++)
        {
          g_autofree char *stamp = passend_fs_timestamp ();
          g_autofree char *name =
              g_strconcat (STORE_CONFLICT_PREFIX, stamp, STORE_BACKUP_SUFFIX, NULL);

          if (passend_fs_rename_noreplace (job->dir_fd, temp, job->dir_fd, name, NULL))
            job->raced = g_steal_pointer (&name);
          else
            g_usleep (1000);
        }
      return;
    }

  /* Left under its temporary name, the next start makes it a backup. */
  passend_store_move_to_backups (job->dir_fd, temp, backups_fd);
}

/* Step 5 where a file system cannot swap names. */
static gboolean
replace_by_link (SaveJob *job, const char *temp, int backups_fd, GError **error)
{
  g_autofree char *backup = NULL;

  if (!passend_store_link_to_backups (job->dir_fd, STORE_FILE_NAME, backups_fd, &backup))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not keep a backup");
      return FALSE;
    }

  if (renameat (job->dir_fd, temp, job->dir_fd, STORE_FILE_NAME) != 0)
    {
      passend_fs_set_error (error, errno, "Could not replace the dossier file");
      /* The backup is the very file still in place; drop the extra name. */
      unlinkat (backups_fd, backup, 0);
      return FALSE;
    }

  return TRUE;
}

/* Steps 4 and 5. */
static gboolean
replace_file (SaveJob *job, const PassendFileIdentity *actual, int backups_fd, GError **error)
{
  g_autofree char *temp = NULL;
  g_autoptr (GError) local_error = NULL;

  if (!passend_fs_write_temp_at (job->dir_fd, STORE_FILE_NAME, job->text, job->length, &temp,
                                 error))
    return FALSE;

  if (!actual->exists)
    {
      /* Never over a file that came in meanwhile. */
      if (passend_fs_rename_noreplace (job->dir_fd, temp, job->dir_fd, STORE_FILE_NAME,
                                       &local_error))
        return TRUE;
      unlinkat (job->dir_fd, temp, 0);
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        job->outside = TRUE;
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (renameat2 (job->dir_fd, temp, job->dir_fd, STORE_FILE_NAME, RENAME_EXCHANGE) == 0)
    {
      keep_swapped_out (job, temp, actual, backups_fd);
      return TRUE;
    }

  if ((errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP) &&
      replace_by_link (job, temp, backups_fd, error))
    return TRUE;

  if (error != NULL && *error == NULL)
    passend_fs_set_error (error, errno, "Could not replace the dossier file");
  unlinkat (job->dir_fd, temp, 0);
  return FALSE;
}

/* Opens the backups folder, which must be a real folder on the same
 * disk: a backup is a rename, never a copy. */
static int
open_backups (SaveJob *job, GError **error)
{
  struct stat st;
  int         fd = passend_fs_open_dir_at (job->dir_fd, STORE_BACKUP_DIR, TRUE, error);

  if (fd < 0)
    {
      g_prefix_error (error, "The backups folder cannot be used: ");
      return -1;
    }

  if (fstat (fd, &st) != 0 || st.st_dev != job->dir_st.st_dev)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           "The backups folder is on another disk than the dossier");
      close (fd);
      return -1;
    }

  return fd;
}

/* The worker's part of a save: touches only the job and the disk. */
static gboolean
write_job (SaveJob *job, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  PassendFileIdentity actual;
  struct stat         st;
  int                 backups_fd = -1;
  gboolean            ok;

  if (!passend_store_folder_still_ours (job->directory, &job->dir_st, job->dir_fd, job->lock_fd,
                                        error))
    return FALSE;

  /* Read the text back with every check loading applies, so a fault in
   * writing can never reach the disk.  The tree itself is not rebuilt:
   * for 10,000 entries that would double the time of a save. */
  if (!passend_safe_json_check (job->text, job->length, &local_error))
    {
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                   "The saved text would not read back: %s", local_error->message);
      return FALSE;
    }

  if (!check_identity (job, &actual, &local_error))
    {
      if (local_error == NULL)
        job->outside = TRUE;
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (actual.exists && (backups_fd = open_backups (job, error)) < 0)
    return FALSE;

  ok = replace_file (job, &actual, backups_fd, error);
  if (ok)
    {
      passend_fs_sync_dir (job->dir_fd);
      if (fstatat (job->dir_fd, STORE_FILE_NAME, &st, AT_SYMLINK_NOFOLLOW) == 0)
        passend_store_identity_from_stat (&job->written, &st);
      passend_fs_hash (job->text, job->length, job->written.hash);
      if (backups_fd >= 0)
        passend_store_rotate_backups (backups_fd);
    }

  passend_fs_close (&backups_fd);
  return ok;
}

static void
run_job (SaveJob *job)
{
  GError *error = NULL;

  /* Step 0: the snapshot's text and records, then the snapshot goes. */
  job->text = passend_dossier_snapshot_write (job->snapshot, &job->length);
  job->base = passend_dossier_snapshot_get_base (job->snapshot);
  g_clear_pointer (&job->snapshot, passend_dossier_snapshot_unref);

  write_job (job, &error);
  /* 24 MB for 10,000 entries: not kept until the main loop comes round
   * to the task's callback. */
  g_clear_pointer (&job->text, g_free);

  g_mutex_lock (&job->mutex);
  job->error = error;
  job->done = TRUE;
  g_cond_broadcast (&job->cond);
  g_mutex_unlock (&job->mutex);
}

static void
free_thread_cb (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  passend_thread_step_back ();
  g_hash_table_unref (task_data);
  g_task_return_boolean (task, TRUE);
}

/* The old base, freed on a worker: for 50,000 entries freeing it took a
 * third of the main thread's part of a save. */
static void
free_elsewhere (GHashTable *base)
{
  g_autoptr (GTask) task = NULL;

  if (base == NULL)
    return;
  task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_task_data (task, base, NULL);
  g_task_run_in_thread (task, free_thread_cb);
}

/* Waiting for a save: passend_store_save_async() */

typedef struct
{
  GTask  *task;
  guint64 changes; /* answered once a save of this count is on disk */
} SaveWaiter;

static void
save_waiter_free (SaveWaiter *waiter)
{
  g_object_unref (waiter->task);
  g_free (waiter);
}

static void
return_not_saved (PassendStore *self, GTask *task)
{
  GError *error = NULL;

  if (self->save_error != NULL)
    error = g_error_copy (self->save_error);
  else if (!passend_store_get_writable (self))
    g_set_error_literal (&error, PASSEND_ERROR, PASSEND_ERROR_READ_ONLY,
                         "The dossier is open read-only");
  else
    set_conflict_error (&error);
  g_task_return_error (task, error);
}

/* Answers those whose changes are on disk, and those whose changes no
 * save under way or to come will bring there.  From an idle, so that no
 * answer runs inside a save that blocks. */
static gboolean
settle_waiters_cb (gpointer data)
{
  PassendStore *self = data;
  gboolean      stuck = self->job == NULL && !self->save_pending && self->save_source == 0;
  g_autoptr (GPtrArray) answered =
      g_ptr_array_new_with_free_func ((GDestroyNotify)save_waiter_free);

  self->settle_source = 0;
  for (guint i = 0; i < self->save_waiters->len;)
    {
      SaveWaiter *waiter = self->save_waiters->pdata[i];

      if (self->saved_changes >= waiter->changes || stuck)
        g_ptr_array_add (answered, g_ptr_array_steal_index (self->save_waiters, i));
      else
        i++;
    }

  /* An answer may save again, or be the store's last reference. */
  g_object_ref (self);
  for (guint i = 0; i < answered->len; i++)
    {
      SaveWaiter *waiter = answered->pdata[i];

      if (self->saved_changes >= waiter->changes)
        g_task_return_boolean (waiter->task, TRUE);
      else
        return_not_saved (self, waiter->task);
    }
  g_clear_pointer (&answered, g_ptr_array_unref);
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

static void
settle_waiters_later (PassendStore *self)
{
  if (self->save_waiters != NULL && self->save_waiters->len > 0 && self->settle_source == 0)
    self->settle_source = g_idle_add (settle_waiters_cb, self);
}

/* Takes the result of a finished save, on the main thread. */
static gboolean
take_result (PassendStore *self, SaveJob *job, GError **error)
{
  if (job->outside)
    {
      g_autoptr (GError) conflict = NULL;

      /* Nothing was written.  Changes that could be taken in are saved
       * next; otherwise the parent chooses first. */
      passend_store_check_outside_now (self, TRUE);
      set_conflict_error (&conflict);
      if (self->conflict != PASSEND_STORE_CONFLICT_NONE)
        passend_store_set_save_error (self, conflict);
      g_propagate_error (error, g_steal_pointer (&conflict));
      return FALSE;
    }

  if (job->error != NULL)
    {
      g_debug ("The dossier could not be saved: %s", job->error->message);
      passend_store_set_save_error (self, job->error);
      if (error != NULL)
        *error = g_error_copy (job->error);
      return FALSE;
    }

  self->known = job->written;
  free_elsewhere (g_steal_pointer (&self->base));
  self->base = g_steal_pointer (&job->base);
  self->last_length = job->length;
  /* Changes made while the worker wrote are not in the file yet. */
  if (self->changes == job->changes)
    passend_store_set_dirty (self, FALSE);
  passend_store_set_save_error (self, NULL);
  passend_store_set_state (self, PASSEND_STORE_STATE_OK);
  passend_store_watch (self);
  if (job->raced != NULL)
    passend_store_found_other (self, job->raced);
  return TRUE;
}

static gboolean
apply_job (PassendStore *self, SaveJob *job, GError **error)
{
  gboolean ok = take_result (self, job, error);

  if (ok)
    self->saved_changes = MAX (self->saved_changes, job->changes);
  settle_waiters_later (self);
  return ok;
}

void
passend_store_cancel_scheduled_save (PassendStore *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
}

/**
 * passend_store_wait_for_job:
 *
 * Blocks until the save in the worker, if any, is on disk, and takes
 * its result.
 */
gboolean
passend_store_wait_for_job (PassendStore *self, GError **error)
{
  g_autoptr (SaveJob) job = g_steal_pointer (&self->job);
  gboolean ok;

  if (job == NULL)
    return TRUE;

  g_mutex_lock (&job->mutex);
  while (!job->done)
    g_cond_wait (&job->cond, &job->mutex);
  g_mutex_unlock (&job->mutex);

  ok = apply_job (self, job, error);
  if (self->check_after_job)
    {
      self->check_after_job = FALSE;
      passend_store_check_outside_now (self, FALSE);
    }
  return ok;
}

static void
save_thread_cb (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  passend_thread_step_back ();
  run_job (task_data);
  g_task_return_boolean (task, TRUE);
}

/* @user_data: a weak reference to the store, so that a store let go of
 * while its save is under way is finalized at once (it waits for the
 * worker there) and does not hold the lock until the main loop runs. */
static void
save_done_cb (GObject *source_object, GAsyncResult *result, gpointer user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr (PassendStore) self = g_weak_ref_get (weak);
  SaveJob *job = g_task_get_task_data (G_TASK (result));

  g_weak_ref_clear (weak);
  g_free (weak);

  /* Gone, or someone who could not wait for this callback took the
   * result already. */
  if (self == NULL || self->job != job)
    return;

  passend_store_wait_for_job (self, NULL);

  if (self->save_pending)
    {
      self->save_pending = FALSE;
      passend_store_save_later (self);
    }
}

static gboolean
nothing_to_save (PassendStore *self)
{
  return !self->dirty && self->state == PASSEND_STORE_STATE_OK;
}

/**
 * passend_store_save_later:
 *
 * Saves without waiting for the disk: validates and serialises here,
 * leaves the rest to a worker.  The result comes as #PassendStore:dirty
 * and #PassendStore:save-error.
 */
void
passend_store_save_later (PassendStore *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GTask) task = NULL;
  GWeakRef *weak;

  passend_store_cancel_scheduled_save (self);

  if (self->job != NULL)
    {
      self->save_pending = TRUE;
      return;
    }

  if (!passend_store_get_writable (self) || nothing_to_save (self))
    return;

  self->job = save_job_new (self, &error);
  if (self->job == NULL)
    {
      g_debug ("The dossier could not be saved: %s", error->message);
      passend_store_set_save_error (self, error);
      return;
    }

  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  task = g_task_new (NULL, NULL, save_done_cb, weak);
  g_task_set_source_tag (task, passend_store_save_later);
  g_task_set_task_data (task, save_job_ref (self->job), (GDestroyNotify)save_job_unref);
  g_task_run_in_thread (task, save_thread_cb);
}

/**
 * passend_store_save_now:
 *
 * Saves on this thread, after whatever a save in the worker left.
 */
gboolean
passend_store_save_now (PassendStore *self, GError **error)
{
  g_autoptr (GError) local_error = NULL;

  passend_store_cancel_scheduled_save (self);
  /* This save covers whatever a save in the worker left behind. */
  passend_store_wait_for_job (self, NULL);
  self->save_pending = FALSE;

  /* A file changed outside whose changes could be taken in is saved
   * with them on the next round. */
  for (guint round = 0; round < 3; round++)
    {
      g_autoptr (SaveJob) job = NULL;

      if (!passend_store_get_writable (self))
        {
          g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_READ_ONLY,
                               "The dossier is open read-only");
          return FALSE;
        }

      if (nothing_to_save (self))
        return TRUE;

      g_clear_error (&local_error);
      job = save_job_new (self, &local_error);
      if (job == NULL)
        {
          g_debug ("The dossier could not be saved: %s", local_error->message);
          passend_store_set_save_error (self, local_error);
          break;
        }

      run_job (job);
      g_clear_error (&local_error);
      if (apply_job (self, job, &local_error))
        return TRUE;
      if (!job->outside || self->conflict != PASSEND_STORE_CONFLICT_NONE)
        break;
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
save_timeout_cb (gpointer data)
{
  PassendStore *self = data;

  self->save_source = 0;
  passend_store_save_later (self);
  return G_SOURCE_REMOVE;
}

/* After a change: a save a moment later, once changes stop coming. */
void
passend_store_schedule_save (PassendStore *self)
{
  passend_store_cancel_scheduled_save (self);
  self->save_source = g_timeout_add (self->save_delay, save_timeout_cb, self);
}

/**
 * passend_store_save:
 *
 * Saves now, if there is anything to save, and waits until the file is
 * on disk.  On failure the file on disk is as it was, the dossier stays
 * in memory, and the error is kept in #PassendStore:save-error until a
 * save succeeds.
 */
gboolean
passend_store_save (PassendStore *self, GError **error)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);

  return passend_store_save_now (self, error);
}

/**
 * passend_store_save_in_background:
 *
 * Saves now, if there is anything to save, without waiting for the
 * disk: only validating and serialising the dossier happen before this
 * returns.  What autosave does after a change.  The outcome shows in
 * #PassendStore:dirty and #PassendStore:save-error; passend_store_flush()
 * waits for it.
 */
void
passend_store_save_in_background (PassendStore *self)
{
  g_return_if_fail (PASSEND_IS_STORE (self));

  passend_store_save_later (self);
}

/**
 * passend_store_save_async:
 *
 * Saves what changed so far in the background, as
 * passend_store_save_in_background() does, and calls @callback once it
 * is on disk or cannot get there.  The main loop never waits for the
 * disk: for bringing a whole dossier in.
 */
void
passend_store_save_async (PassendStore *self, GAsyncReadyCallback callback, gpointer user_data)
{
  GTask      *task;
  SaveWaiter *waiter;

  g_return_if_fail (PASSEND_IS_STORE (self));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, passend_store_save_async);
  if (self->job == NULL && nothing_to_save (self))
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  if (self->save_waiters == NULL)
    self->save_waiters = g_ptr_array_new ();
  waiter = g_new (SaveWaiter, 1);
  waiter->task = task;
  waiter->changes = self->changes;
  g_ptr_array_add (self->save_waiters, waiter);

  passend_store_save_later (self);
  /* Not started (read-only, or the dossier did not pass the checks). */
  if (self->job == NULL)
    settle_waiters_later (self);
}

gboolean
passend_store_save_finish (PassendStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The waiters hold the store, so none is left when it goes. */
void
passend_store_clear_waiters (PassendStore *self)
{
  g_clear_handle_id (&self->settle_source, g_source_remove);
  g_clear_pointer (&self->save_waiters, g_ptr_array_unref);
}

/**
 * passend_store_flush:
 *
 * Waits for a save under way, and saves now if a change is still not
 * on disk; for quitting.
 */
gboolean
passend_store_flush (PassendStore *self, GError **error)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);

  if (self->job != NULL)
    passend_store_wait_for_job (self, NULL);

  if (!self->dirty || !passend_store_get_writable (self))
    return TRUE;

  return passend_store_save_now (self, error);
}
