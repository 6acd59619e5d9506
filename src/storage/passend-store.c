/* passend-store.c - the only code that reads or writes the dossier file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The promises, each with a test in tests/test-store.c:
 *
 * - The file is read only if it is a regular file of sane size; the text
 *   passes passend_safe_json_parse() and every field is type-checked.
 * - A file that cannot be read or is invalid is never written over or
 *   deleted.  Nothing is written until the parent chooses to restore a
 *   backup or start afresh; either way the file is first renamed aside.
 * - A file from a newer Passend, or one another Passend holds the lock
 *   on, is shown read-only.
 * - A save validates the dossier, serialises it, parses the result back,
 *   keeps the previous file as a backup and replaces the file atomically
 *   and durably.  When anything fails the old file is untouched, the
 *   data stays in memory and the error is shown.
 * - Saving after a change blocks the window only while the dossier is
 *   validated and serialised: the text is a snapshot, and a worker
 *   thread checks it, makes the backup, writes and syncs it.  One save
 *   at a time; a change during a save makes another.  Whatever waits for
 *   the disk (flush on quit, a save asked for, loading) waits for it.
 * - Folder 0700, files 0600, whatever the umask.
 * - Nothing a parent wrote reaches a log: messages name fields and
 *   positions, never values.
 */
#define G_LOG_DOMAIN "passend-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "passend-error.h"
#include "passend-safe-json.h"
#include "passend-store.h"

#define FILE_NAME "dossier.json"
#define LOCK_NAME "dossier.lock"
#define BACKUP_DIR "backups"
#define BACKUP_PREFIX "dossier-"
#define BACKUP_SUFFIX ".json"
#define BACKUP_KEEP_LAST 10
#define BACKUP_KEEP_DAYS 14
#define DEFAULT_DELAY_MS 700

/* One save: the text made on the main thread, written by a worker.
 * Shared by the store and its GTask; the worker fills in the result
 * and signals @cond. */
typedef struct
{
  char   *directory;
  char   *path;
  char   *text;
  gsize   length;
  guint64 changes; /* the store's count when the text was made */

  GMutex   mutex;
  GCond    cond;
  gboolean done;
  GError  *error;
} SaveJob;

struct _PassendStore
{
  GObject parent_instance;

  char             *directory;
  char             *path;
  PassendDossier   *dossier;
  PassendStoreState state;
  GError           *load_error;
  GError           *save_error;
  char             *set_aside;

  int      lock_fd;
  guint    save_source;
  guint    save_delay;
  gboolean dirty;
  guint64  changes;     /* counts changes, to know what a save held */
  gsize    last_length; /* of the file, to size the next save */

  SaveJob *job;          /* the save in the worker, if any */
  gboolean save_pending; /* a change wants saving after it */
};

G_DEFINE_FINAL_TYPE (PassendStore, passend_store, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PassendStoreState,
                    passend_store_state,
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_STATE_UNLOADED, "unloaded"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_STATE_NEW, "new"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_STATE_OK, "ok"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_STATE_DAMAGED, "damaged"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_STATE_MISSING, "missing"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_STATE_NEWER, "newer"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_STATE_LOCKED, "locked"))

enum
{
  PROP_0,
  PROP_DOSSIER,
  PROP_STATE,
  PROP_WRITABLE,
  PROP_DIRTY,
  PROP_SAVE_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void dossier_changed_cb (PassendStore *self);

/* Helpers */

static gboolean
set_io_error (GError **error, int saved_errno, const char *action)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", action,
               g_strerror (saved_errno));
  return FALSE;
}

/* Makes @dir with mode 0700, or tightens it to 0700; the umask plays no
 * part. */
static gboolean
ensure_private_dir (const char *dir, GError **error)
{
  if (g_mkdir_with_parents (dir, 0700) != 0)
    return set_io_error (error, errno, "Could not create the data folder");

  if (g_chmod (dir, 0700) != 0)
    return set_io_error (error, errno, "Could not protect the data folder");

  return TRUE;
}

static char *
timestamp_now (const char *format)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *base = g_date_time_format (now, format);

  return g_strdup_printf ("%s-%03d", base, g_date_time_get_microsecond (now) / 1000);
}

/**
 * read_regular_file:
 *
 * Reads @path only if it is a regular file no larger than
 * %PASSEND_STORE_MAX_FILE_SIZE.  Opening never blocks: a FIFO is opened
 * with O_NONBLOCK and then refused by fstat().
 *
 * Returns: %TRUE with the contents, or %FALSE; a missing file gives
 *   G_IO_ERROR_NOT_FOUND
 */
static gboolean
read_regular_file (const char *path, char **contents, gsize *length, GError **error)
{
  g_autofree char *buffer = NULL;
  struct stat      st;
  gsize            done = 0;
  int              fd;

  fd = open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0)
    return set_io_error (error, errno, "Could not open the dossier file");

  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      close (fd);
      return set_io_error (error, saved_errno, "Could not inspect the dossier file");
    }

  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_NOT_REGULAR,
                           "The dossier is not a regular file");
      return FALSE;
    }

  if (st.st_size > PASSEND_STORE_MAX_FILE_SIZE)
    {
      close (fd);
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_TOO_LARGE,
                   "The dossier file is larger than %d MB",
                   PASSEND_STORE_MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }

  /* One byte more than the size, to notice a file that grows. */
  buffer = g_malloc ((gsize)st.st_size + 1);
  while (done <= (gsize)st.st_size)
    {
      ssize_t n = read (fd, buffer + done, (gsize)st.st_size + 1 - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          return set_io_error (error, saved_errno, "Could not read the dossier file");
        }
      if (n == 0)
        break;
      done += n;
    }
  close (fd);

  if (done != (gsize)st.st_size)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "The dossier file changed while it was read");
      return FALSE;
    }

  *contents = g_steal_pointer (&buffer);
  *length = done;
  return TRUE;
}

/* Reads the version without trusting the rest. */
static gint64
peek_version (JsonNode *root)
{
  JsonNode *node;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return 0;

  node = json_object_get_member (json_node_get_object (root), "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return 0;

  return json_node_get_int (node);
}

/* Reads and checks a dossier file; with @allow_newer a newer version
 * is read where its shape allows (and flagged by the dossier). */
static PassendDossier *
read_dossier (const char *path, gboolean allow_newer, GError **error)
{
  g_autofree char *contents = NULL;
  g_autoptr (PassendDossier) dossier = NULL;
  gsize length = 0;

  if (!read_regular_file (path, &contents, &length, error))
    return NULL;

  dossier = passend_dossier_new_from_text (contents, length, error);
  if (dossier == NULL)
    return NULL;

  if (!allow_newer && passend_dossier_get_file_version (dossier) > PASSEND_DOSSIER_VERSION)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_NEWER_VERSION,
                           "Written by a newer version of Passend");
      return NULL;
    }

  return g_steal_pointer (&dossier);
}

static gboolean
is_backup_name (const char *name)
{
  /* dossier-YYYYMMDD-HHMMSS-mmm.json */
  static const char pattern[] = "dossier-########-######-###.json";

  if (strlen (name) != sizeof pattern - 1)
    return FALSE;

  for (gsize i = 0; pattern[i] != '\0'; i++)
    if (pattern[i] == '#' ? !g_ascii_isdigit (name[i]) : pattern[i] != name[i])
      return FALSE;

  return TRUE;
}

static int
compare_names_newest_first (gconstpointer a, gconstpointer b)
{
  return -g_strcmp0 (*(const char *const *)a, *(const char *const *)b);
}

/**
 * passend_backups_select_expired:
 * @names: backup file names (others are ignored, never removed)
 * @now: the current moment
 * @keep_last: how many of the newest to keep in any case
 * @keep_days: for how many days, today included, to keep the newest of
 *   each day
 *
 * Returns: (transfer full): the names to remove
 */
GStrv
passend_backups_select_expired (const char *const *names,
                                GDateTime         *now,
                                guint              keep_last,
                                guint              keep_days)
{
  g_autoptr (GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr (GStrvBuilder) expired = g_strv_builder_new ();
  g_autoptr (GDateTime) first_day = NULL;
  g_autofree char *first_day_key = NULL;
  char             last_day_kept[9] = "";

  first_day = g_date_time_add_days (now, -(int)(keep_days > 0 ? keep_days - 1 : 0));
  first_day_key = g_date_time_format (first_day, "%Y%m%d");

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (is_backup_name (names[i]))
      g_ptr_array_add (sorted, (gpointer)names[i]);

  g_ptr_array_sort (sorted, compare_names_newest_first);

  for (guint i = 0; i < sorted->len; i++)
    {
      const char *name = g_ptr_array_index (sorted, i);
      const char *day = name + strlen (BACKUP_PREFIX);

      if (i < keep_last)
        {
          memcpy (last_day_kept, day, 8);
          continue;
        }

      /* The newest of a day within the window stays. */
      if (keep_days > 0 && strncmp (day, first_day_key, 8) >= 0 &&
          strncmp (day, last_day_kept, 8) != 0)
        {
          memcpy (last_day_kept, day, 8);
          continue;
        }

      g_strv_builder_add (expired, name);
    }

  return g_strv_builder_end (expired);
}

static GStrv
list_backup_names (const char *backup_dir)
{
  g_autoptr (GDir) dir = g_dir_open (backup_dir, 0, NULL);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (is_backup_name (name))
      g_strv_builder_add (builder, name);

  return g_strv_builder_end (builder);
}

static void
rotate_backups (const char *backup_dir)
{
  g_auto (GStrv) names = list_backup_names (backup_dir);
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_auto (GStrv) expired = passend_backups_select_expired ((const char *const *)names, now,
                                                           BACKUP_KEEP_LAST, BACKUP_KEEP_DAYS);

  for (guint i = 0; expired[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (backup_dir, expired[i], NULL);

      if (g_unlink (path) != 0)
        g_warning ("Could not remove an old backup: %s", g_strerror (errno));
    }
}

/* Keeps the file about to be replaced.  A hard link costs nothing and
 * keeps the very bytes; a copy is the fallback.  Returns the backup's
 * path, or NULL when there was no file to keep.  Runs in the worker. */
static gboolean
backup_current_file (const char *path, const char *backup_dir, char **backup_path, GError **error)
{
  g_autofree char *stamp = NULL;
  g_autofree char *name = NULL;
  g_autofree char *target = NULL;
  g_autofree char *contents = NULL;
  gsize            length;

  *backup_path = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  if (!ensure_private_dir (backup_dir, error))
    return FALSE;

  stamp = timestamp_now ("%Y%m%d-%H%M%S");
  name = g_strconcat (BACKUP_PREFIX, stamp, BACKUP_SUFFIX, NULL);
  target = g_build_filename (backup_dir, name, NULL);

  /* Two saves within a millisecond: the older backup is as good. */
  if (g_file_test (target, G_FILE_TEST_EXISTS))
    return TRUE;

  if (link (path, target) != 0)
    {
      if (!read_regular_file (path, &contents, &length, error) ||
          !g_file_set_contents_full (target, contents, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                     error))
        return FALSE;
    }

  *backup_path = g_steal_pointer (&target);
  return TRUE;
}

static void
save_job_free (SaveJob *job)
{
  g_free (job->directory);
  g_free (job->path);
  g_free (job->text);
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

/* The main thread's part of a save: validates the dossier and takes the
 * text to write, a snapshot no later change can touch. */
static SaveJob *
save_job_new (PassendStore *self, GError **error)
{
  SaveJob *job;

  if (!passend_dossier_validate (self->dossier, error))
    return NULL;

  job = g_atomic_rc_box_new0 (SaveJob);
  job->directory = g_strdup (self->directory);
  job->path = g_strdup (self->path);
  job->text = passend_dossier_write (self->dossier, self->last_length, &job->length);
  job->changes = self->changes;
  g_mutex_init (&job->mutex);
  g_cond_init (&job->cond);

  return job;
}

/* The rest of a save, in a worker or, when someone waits for it anyway,
 * in the main thread: touches only the job and the disk. */
static gboolean
write_job (SaveJob *job, GError **error)
{
  g_autofree char *backup_dir = g_build_filename (job->directory, BACKUP_DIR, NULL);
  g_autofree char *backup = NULL;
  g_autoptr (GError) local_error = NULL;

  if (!ensure_private_dir (job->directory, error))
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

  if (!backup_current_file (job->path, backup_dir, &backup, error))
    return FALSE;

  if (!g_file_set_contents_full (job->path, job->text, job->length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600,
                                 error))
    {
      /* The backup is the very file still in place; drop the extra name. */
      if (backup != NULL)
        g_unlink (backup);
      return FALSE;
    }

  /* open() applied the umask; the file must be 0600 whatever it was. */
  if (g_chmod (job->path, 0600) != 0)
    g_warning ("Could not protect the dossier file: %s", g_strerror (errno));

  rotate_backups (backup_dir);
  return TRUE;
}

static void
run_job (SaveJob *job)
{
  GError *error = NULL;

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
set_state (PassendStore *self, PassendStoreState state)
{
  gboolean was_writable = passend_store_get_writable (self);

  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  if (was_writable != passend_store_get_writable (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WRITABLE]);
}

static void
set_dirty (PassendStore *self, gboolean dirty)
{
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
set_save_error (PassendStore *self, const GError *error)
{
  if (self->save_error == NULL && error == NULL)
    return;

  g_clear_error (&self->save_error);
  if (error != NULL)
    self->save_error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
}

static void
cancel_scheduled_save (PassendStore *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
}

/* Takes the result of a finished save, on the main thread. */
static gboolean
apply_job (PassendStore *self, SaveJob *job, GError **error)
{
  if (job->error != NULL)
    {
      g_debug ("The dossier could not be saved: %s", job->error->message);
      set_save_error (self, job->error);
      if (error != NULL)
        *error = g_error_copy (job->error);
      return FALSE;
    }

  self->last_length = job->length;
  /* Changes made while the worker wrote are not in the file yet. */
  if (self->changes == job->changes)
    set_dirty (self, FALSE);
  set_save_error (self, NULL);
  set_state (self, PASSEND_STORE_STATE_OK);
  return TRUE;
}

/* Blocks until the save in the worker, if any, is on disk, and takes
 * its result. */
static gboolean
wait_for_job (PassendStore *self, GError **error)
{
  g_autoptr (SaveJob) job = g_steal_pointer (&self->job);

  if (job == NULL)
    return TRUE;

  g_mutex_lock (&job->mutex);
  while (!job->done)
    g_cond_wait (&job->cond, &job->mutex);
  g_mutex_unlock (&job->mutex);

  return apply_job (self, job, error);
}

static void save_in_background (PassendStore *self);

static void
save_thread_cb (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
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

  wait_for_job (self, NULL);

  if (self->save_pending)
    {
      self->save_pending = FALSE;
      save_in_background (self);
    }
}

/* Saves without waiting for the disk: validates and serialises here,
 * leaves the rest to a worker.  The result comes as #PassendStore:dirty
 * and #PassendStore:save-error. */
static void
save_in_background (PassendStore *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GTask) task = NULL;
  GWeakRef *weak;

  cancel_scheduled_save (self);

  if (self->job != NULL)
    {
      self->save_pending = TRUE;
      return;
    }

  if (!passend_store_get_writable (self) || (!self->dirty && self->state == PASSEND_STORE_STATE_OK))
    return;

  self->job = save_job_new (self, &error);
  if (self->job == NULL)
    {
      g_debug ("The dossier could not be saved: %s", error->message);
      set_save_error (self, error);
      return;
    }

  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  task = g_task_new (NULL, NULL, save_done_cb, weak);
  g_task_set_source_tag (task, save_in_background);
  g_task_set_task_data (task, save_job_ref (self->job), (GDestroyNotify)save_job_unref);
  g_task_run_in_thread (task, save_thread_cb);
}

static void
set_dossier (PassendStore *self, PassendDossier *dossier)
{
  if (self->dossier != NULL)
    g_signal_handlers_disconnect_by_func (self->dossier, dossier_changed_cb, self);

  g_set_object (&self->dossier, dossier);
  g_signal_connect_object (self->dossier, "changed", G_CALLBACK (dossier_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOSSIER]);
}

static gboolean
take_lock (PassendStore *self, GError **error)
{
  g_autofree char *lock_path = NULL;

  if (self->lock_fd >= 0)
    return TRUE;

  lock_path = g_build_filename (self->directory, LOCK_NAME, NULL);
  self->lock_fd = open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (self->lock_fd < 0)
    return set_io_error (error, errno, "Could not open the lock file");

  if (flock (self->lock_fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved_errno = errno;

      close (self->lock_fd);
      self->lock_fd = -1;
      if (saved_errno == EWOULDBLOCK)
        {
          g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_LOCKED,
                               "Another Passend is using this dossier");
          return FALSE;
        }
      return set_io_error (error, saved_errno, "Could not lock the dossier");
    }

  return TRUE;
}

/* Renames the file that could not be read out of the way, so that
 * nothing is ever written over it. */
static gboolean
set_aside_current_file (PassendStore *self, GError **error)
{
  g_autofree char *stamp = NULL;
  g_autofree char *target = NULL;

  if (!g_file_test (self->path, G_FILE_TEST_EXISTS) &&
      !g_file_test (self->path, G_FILE_TEST_IS_SYMLINK))
    return TRUE;

  stamp = timestamp_now ("%Y%m%d-%H%M%S");
  target = g_strdup_printf ("%s.damaged-%s", self->path, stamp);
  if (g_rename (self->path, target) != 0)
    return set_io_error (error, errno, "Could not keep the damaged file aside");

  g_free (self->set_aside);
  self->set_aside = g_steal_pointer (&target);
  return TRUE;
}

/* Callbacks */

static gboolean
save_timeout_cb (gpointer data)
{
  PassendStore *self = data;

  self->save_source = 0;
  save_in_background (self);
  return G_SOURCE_REMOVE;
}

static void
dossier_changed_cb (PassendStore *self)
{
  if (!passend_store_get_writable (self))
    return;

  self->changes++;
  set_dirty (self, TRUE);
  cancel_scheduled_save (self);
  self->save_source = g_timeout_add (self->save_delay, save_timeout_cb, self);
}

/* GObject */

static void
passend_store_dispose (GObject *object)
{
  PassendStore *self = PASSEND_STORE (object);

  cancel_scheduled_save (self);
  /* Never leave a save half done, nor let go of the lock before it is. */
  wait_for_job (self, NULL);
  g_clear_object (&self->dossier);

  G_OBJECT_CLASS (passend_store_parent_class)->dispose (object);
}

static void
passend_store_finalize (GObject *object)
{
  PassendStore *self = PASSEND_STORE (object);

  if (self->lock_fd >= 0)
    close (self->lock_fd);

  g_clear_pointer (&self->directory, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->set_aside, g_free);
  g_clear_error (&self->load_error);
  g_clear_error (&self->save_error);

  G_OBJECT_CLASS (passend_store_parent_class)->finalize (object);
}

static void
passend_store_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PassendStore *self = PASSEND_STORE (object);

  switch (prop_id)
    {
    case PROP_DOSSIER:
      g_value_set_object (value, self->dossier);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_WRITABLE:
      g_value_set_boolean (value, passend_store_get_writable (self));
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;
    case PROP_SAVE_ERROR:
      g_value_set_boxed (value, self->save_error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_store_class_init (PassendStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = passend_store_dispose;
  object_class->finalize = passend_store_finalize;
  object_class->get_property = passend_store_get_property;

  properties[PROP_DOSSIER] =
      g_param_spec_object ("dossier", NULL, NULL, PASSEND_TYPE_DOSSIER,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] = g_param_spec_enum (
      "state", NULL, NULL, PASSEND_TYPE_STORE_STATE, PASSEND_STORE_STATE_UNLOADED,
      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WRITABLE] =
      g_param_spec_boolean ("writable", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRTY] =
      g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAVE_ERROR] =
      g_param_spec_boxed ("save-error", NULL, NULL, G_TYPE_ERROR,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_store_init (PassendStore *self)
{
  self->lock_fd = -1;
  self->save_delay = DEFAULT_DELAY_MS;
}

/* Public API */

/**
 * passend_store_new:
 * @directory: (nullable): the folder for the dossier; %NULL for
 *   $XDG_DATA_HOME/passend
 */
PassendStore *
passend_store_new (const char *directory)
{
  PassendStore *self = g_object_new (PASSEND_TYPE_STORE, NULL);
  g_autoptr (PassendDossier) empty = passend_dossier_new ();

  self->directory = directory != NULL ? g_strdup (directory)
                                      : g_build_filename (g_get_user_data_dir (), "passend", NULL);
  self->path = g_build_filename (self->directory, FILE_NAME, NULL);
  set_dossier (self, empty);

  return self;
}

static gboolean
has_backups (PassendStore *self)
{
  g_autofree char *backup_dir = passend_store_get_backup_dir (self);
  g_auto (GStrv) names = list_backup_names (backup_dir);

  return names[0] != NULL;
}

/**
 * passend_store_load:
 *
 * Reads the dossier.  Whatever happens the store then has a dossier
 * (empty when nothing could be read) and a state that says whether it
 * may be written.
 *
 * Returns: %TRUE if the dossier was read or is new, and can be saved
 */
gboolean
passend_store_load (PassendStore *self, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (PassendDossier) dossier = NULL;
  gboolean locked = FALSE;

  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);

  cancel_scheduled_save (self);
  wait_for_job (self, NULL);
  self->save_pending = FALSE;
  set_dirty (self, FALSE);
  g_clear_error (&self->load_error);

  if (!ensure_private_dir (self->directory, &local_error))
    goto damaged;

  if (!take_lock (self, &local_error))
    {
      if (!g_error_matches (local_error, PASSEND_ERROR, PASSEND_ERROR_LOCKED))
        goto damaged;
      locked = TRUE;
      self->load_error = g_steal_pointer (&local_error);
    }

  dossier = read_dossier (self->path, TRUE, &local_error);

  if (dossier == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) &&
      !g_file_test (self->path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr (PassendDossier) empty = passend_dossier_new ();

      set_dossier (self, empty);
      if (locked)
        set_state (self, PASSEND_STORE_STATE_LOCKED);
      else if (has_backups (self))
        {
          g_set_error_literal (&self->load_error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                               "The dossier file is missing, but backups exist");
          set_state (self, PASSEND_STORE_STATE_MISSING);
        }
      else
        set_state (self, PASSEND_STORE_STATE_NEW);

      if (self->state != PASSEND_STORE_STATE_NEW)
        {
          if (error != NULL)
            *error = g_error_copy (self->load_error);
          return FALSE;
        }
      return TRUE;
    }

  if (dossier == NULL)
    goto damaged;

  set_dossier (self, dossier);
  {
    GStatBuf st;

    if (g_stat (self->path, &st) == 0)
      self->last_length = st.st_size;
  }

  if (passend_dossier_get_file_version (dossier) > PASSEND_DOSSIER_VERSION)
    {
      g_clear_error (&self->load_error);
      g_set_error_literal (&self->load_error, PASSEND_ERROR, PASSEND_ERROR_NEWER_VERSION,
                           "Written by a newer version of Passend");
      set_state (self, PASSEND_STORE_STATE_NEWER);
    }
  else if (locked)
    set_state (self, PASSEND_STORE_STATE_LOCKED);
  else
    {
      set_state (self, PASSEND_STORE_STATE_OK);
      return TRUE;
    }

  if (error != NULL)
    *error = g_error_copy (self->load_error);
  return FALSE;

damaged:
  {
    g_autoptr (PassendDossier) empty = passend_dossier_new ();

    /* A newer file that this version cannot read is still newer, not
     * damaged: say so, and leave it alone. */
    g_clear_error (&self->load_error);
    self->load_error = g_steal_pointer (&local_error);
    set_dossier (self, empty);
    set_state (self, PASSEND_STORE_STATE_DAMAGED);
    {
      g_autofree char *contents = NULL;
      g_autoptr (JsonNode) root = NULL;
      gsize length;

      if (read_regular_file (self->path, &contents, &length, NULL) &&
          (root = passend_safe_json_parse (contents, length, NULL)) != NULL &&
          peek_version (root) > PASSEND_DOSSIER_VERSION)
        set_state (self, PASSEND_STORE_STATE_NEWER);
    }

    g_debug ("The dossier could not be opened: %s", self->load_error->message);
    if (error != NULL)
      *error = g_error_copy (self->load_error);
    return FALSE;
  }
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
  g_autoptr (SaveJob) job = NULL;
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);

  cancel_scheduled_save (self);
  /* This save covers whatever a save in the worker left behind. */
  wait_for_job (self, NULL);
  self->save_pending = FALSE;

  if (!passend_store_get_writable (self))
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_READ_ONLY,
                           "The dossier is open read-only");
      return FALSE;
    }

  if (!self->dirty && self->state == PASSEND_STORE_STATE_OK)
    return TRUE;

  job = save_job_new (self, &local_error);
  if (job == NULL)
    {
      g_debug ("The dossier could not be saved: %s", local_error->message);
      set_save_error (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  run_job (job);
  return apply_job (self, job, error);
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

  save_in_background (self);
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
    wait_for_job (self, NULL);

  if (!self->dirty || !passend_store_get_writable (self))
    return TRUE;

  return passend_store_save (self, error);
}

/**
 * passend_store_restore_backup:
 *
 * For a damaged or missing dossier: keeps the damaged file aside, puts
 * the newest backup that reads without error in its place and opens it.
 */
gboolean
passend_store_restore_backup (PassendStore *self, GError **error)
{
  g_autofree char *backup_dir = passend_store_get_backup_dir (self);
  g_auto (GStrv) names = list_backup_names (backup_dir);
  guint n = g_strv_length (names);

  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->state == PASSEND_STORE_STATE_DAMAGED ||
                            self->state == PASSEND_STORE_STATE_MISSING,
                        FALSE);
  g_return_val_if_fail (self->job == NULL, FALSE);

  qsort (names, n, sizeof (char *), compare_names_newest_first);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_build_filename (backup_dir, names[i], NULL);
      g_autofree char *contents = NULL;
      g_autoptr (PassendDossier) dossier = NULL;
      gsize length;

      dossier = read_dossier (path, FALSE, NULL);
      if (dossier == NULL || !read_regular_file (path, &contents, &length, NULL))
        continue;

      if (!set_aside_current_file (self, error) ||
          !g_file_set_contents_full (self->path, contents, length,
                                     G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                     0600, error))
        return FALSE;

      g_chmod (self->path, 0600);
      return passend_store_load (self, error);
    }

  g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_NO_BACKUP,
                       "There is no backup that can be read");
  return FALSE;
}

/**
 * passend_store_start_afresh:
 *
 * For a damaged or missing dossier: keeps the damaged file aside and
 * starts with an empty dossier.  Backups stay where they are.
 */
gboolean
passend_store_start_afresh (PassendStore *self, GError **error)
{
  g_autoptr (PassendDossier) empty = passend_dossier_new ();

  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->state == PASSEND_STORE_STATE_DAMAGED ||
                            self->state == PASSEND_STORE_STATE_MISSING,
                        FALSE);
  g_return_val_if_fail (self->job == NULL, FALSE);

  if (!set_aside_current_file (self, error))
    return FALSE;

  g_clear_error (&self->load_error);
  set_dossier (self, empty);
  set_state (self, PASSEND_STORE_STATE_NEW);
  return TRUE;
}

PassendDossier *
passend_store_get_dossier (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return self->dossier;
}

PassendStoreState
passend_store_get_state (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), PASSEND_STORE_STATE_UNLOADED);
  return self->state;
}

/**
 * passend_store_get_writable:
 *
 * Returns: %TRUE if changes will be saved
 */
gboolean
passend_store_get_writable (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);

  return self->state == PASSEND_STORE_STATE_OK || self->state == PASSEND_STORE_STATE_NEW;
}

/**
 * passend_store_get_load_error:
 *
 * Returns: (nullable): why the dossier could not be opened for writing
 */
const GError *
passend_store_get_load_error (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return self->load_error;
}

/**
 * passend_store_get_save_error:
 *
 * Returns: (nullable): why the last save failed, until one succeeds
 */
const GError *
passend_store_get_save_error (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return self->save_error;
}

gboolean
passend_store_get_dirty (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);
  return self->dirty;
}

const char *
passend_store_get_path (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return self->path;
}

const char *
passend_store_get_directory (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return self->directory;
}

char *
passend_store_get_backup_dir (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return g_build_filename (self->directory, BACKUP_DIR, NULL);
}

/**
 * passend_store_list_backups:
 *
 * Returns: (transfer full): the backup file names, newest first
 */
GStrv
passend_store_list_backups (PassendStore *self)
{
  g_autofree char *backup_dir = passend_store_get_backup_dir (self);
  GStrv            names = list_backup_names (backup_dir);

  qsort (names, g_strv_length (names), sizeof (char *), compare_names_newest_first);
  return names;
}

/**
 * passend_store_get_set_aside:
 *
 * Returns: (nullable): where the damaged file was kept, once it was
 */
const char *
passend_store_get_set_aside (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return self->set_aside;
}

/**
 * passend_store_set_save_delay:
 * @msec: how long after the last change to save
 */
void
passend_store_set_save_delay (PassendStore *self, guint msec)
{
  g_return_if_fail (PASSEND_IS_STORE (self));
  self->save_delay = msec;
}
