/* passend-store-load.c - reading the dossier, and what a cut-off save left
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * - The file is read only if it is a regular file (not a link) of sane
 *   size.  A file that is no dossier is refused at the first bytes that
 *   show it, before the rest is read or parsed; one too large to read
 *   is not called damaged when it may well be a dossier.
 * - The text passes passend_safe_json_parse() and every field is
 *   type-checked.
 * - At start, under the lock, the temporary files of a save that was
 *   cut off are cleared: a complete one older than the dossier becomes
 *   a backup, a newer one is kept as a conflict copy and offered, a
 *   broken one is removed.
 */
#define G_LOG_DOMAIN "passend-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "passend-error.h"
#include "passend-safe-json.h"
#include "passend-store-private.h"

#define PREFIX_SIZE 4096
/* Members a newer build adds: room for many, not for millions. */
#define MAX_UNKNOWN_VALUES 100000

static const char *
skip_space (const char *p, const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;
  return p;
}

/* @p is at an opening quote: returns what follows the closing one, or
 * %NULL when the text ends first. */
static const char *
skip_string (const char *p, const char *end)
{
  for (p++; p < end;)
    {
      const char *q = memchr (p, '"', end - p);
      gsize       backslashes = 0;

      if (q == NULL)
        return NULL;
      while (q - backslashes > p && q[-1 - (gssize)backslashes] == '\\')
        backslashes++;
      if (backslashes % 2 == 0)
        return q + 1;
      p = q + 1;
    }
  return NULL;
}

/* What a quick look at the text shows, without building anything. */
typedef struct
{
  gboolean object;         /* the top-level value is an object */
  gint64   version;        /* its member "version", or 0 */
  gsize    unknown_values; /* in members that are no list of records */
} Shape;

static gboolean
is_known_member (const char *name, gsize n)
{
  g_autofree char *key = g_strndup (name, n);

  return strcmp (key, "version") == 0 || strcmp (key, "application") == 0 ||
         passend_store_list_getter (key) != NULL;
}

/* Reads the value after "version": */
static gint64
read_version (const char *p, const char *end)
{
  gint64 version = 0;

  p = skip_space (p, end);
  if (p < end && *p == ':')
    p = skip_space (p + 1, end);
  for (; p < end && g_ascii_isdigit (*p) && version < G_MAXINT32; p++)
    version = version * 10 + (*p - '0');
  return version;
}

/* One pass over the text at memory speed.  Values in members that are
 * no list of records are counted: each becomes a node in memory (some
 * 100 bytes), where the records are built and freed one at a time. */
static void
scan_shape (const char *text, gsize length, Shape *shape)
{
  const char *end = text + length;
  const char *p = skip_space (text, end);
  guint       depth = 1;
  gboolean    expect_name = TRUE;
  gboolean    unknown = FALSE;

  memset (shape, 0, sizeof *shape);
  if (p == end || *p != '{')
    return;
  shape->object = TRUE;

  for (p++; p < end;)
    {
      char c = *p;

      if (c == '"')
        {
          const char *start = p + 1;

          if ((p = skip_string (p, end)) == NULL)
            return;
          if (depth == 1 && expect_name)
            {
              gsize n = p - start - 1;

              expect_name = FALSE;
              unknown = !is_known_member (start, n);
              if (n == 7 && memcmp (start, "version", 7) == 0)
                shape->version = read_version (p, end);
            }
          else if (unknown)
            shape->unknown_values++;
          continue;
        }

      if (c == '{' || c == '[')
        depth++;
      else if ((c == '}' || c == ']') && --depth == 0)
        return;
      else if (c == ',' && depth == 1)
        expect_name = TRUE;
      if (unknown && (c == ',' || c == ':' || c == '{' || c == '['))
        shape->unknown_values++;
      p++;
    }
}

/**
 * passend_store_looks_like_dossier:
 *
 * A quick look: the top-level value is an object with a member
 * "version" whose value is a number.
 */
gboolean
passend_store_looks_like_dossier (const char *text, gsize length)
{
  Shape shape;

  scan_shape (text, length, &shape);
  return shape.version > 0;
}

/* The first bytes: a top-level value that is not an object shows at
 * once, and so does nesting too deep for any dossier. */
static gboolean
check_prefix (const char *prefix, gsize n, gsize size, GError **error)
{
  const char *end = prefix + n;
  const char *p = skip_space (prefix, end);
  guint       depth = 0;

  if (p == end && n == size)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           n == 0 ? "The file is empty" : "The file holds no dossier");
      return FALSE;
    }

  for (const char *q = p; q < end && (*q == '[' || *q == '{' || g_ascii_isspace (*q)); q++)
    if ((*q == '[' || *q == '{') && ++depth > PASSEND_SAFE_JSON_MAX_DEPTH)
      {
        g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_TOO_DEEP,
                     "The file is nested deeper than %d levels", PASSEND_SAFE_JSON_MAX_DEPTH);
        return FALSE;
      }

  if (p < end && *p != '{')
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "The file does not hold a dossier");
      return FALSE;
    }

  return TRUE;
}

/* Reads the bytes of a dossier file from @fd, refusing what is clearly
 * not one as early as it shows. */
static gboolean
read_text (int fd, gsize size, gsize max_size, char **text, gboolean *plausible, GError **error)
{
  char             prefix[PREFIX_SIZE];
  gsize            n = MIN (size, sizeof prefix);
  g_autofree char *buffer = NULL;
  Shape            shape;
  ssize_t          got;

  got = pread (fd, prefix, n, 0);
  if (got < 0)
    return passend_fs_set_error (error, errno, "Could not read the dossier file");
  if (!check_prefix (prefix, got, size, error))
    return FALSE;

  if (size > max_size)
    {
      /* Never "damaged" for what may be a real, large dossier. */
      *plausible = passend_store_looks_like_dossier (prefix, got);
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_TOO_LARGE,
                   "The dossier file is larger than %zu MB", max_size / (1024 * 1024));
      return FALSE;
    }

  buffer = g_malloc (size + 1);
  if (!passend_fs_read_fd (fd, size, buffer, error))
    return FALSE;
  buffer[size] = '\0';

  scan_shape (buffer, size, &shape);
  if (shape.version <= 0)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "The file does not hold a dossier: no version");
      return FALSE;
    }

  /* Memory stays a small multiple of the file. */
  if (shape.unknown_values > MAX_UNKNOWN_VALUES + size / 20)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "The file holds more unknown data than any dossier");
      return FALSE;
    }

  *text = g_steal_pointer (&buffer);
  return TRUE;
}

/* The hash of the bytes read, made beside the parsing: on two cores
 * it costs a load nothing (7% of loading 10,000 entries on one). */
typedef struct
{
  const char *text;
  gsize       length;
  guint8      hash[PASSEND_FS_HASH_SIZE];
} HashJob;

#define HASH_THREAD_MIN_SIZE (1024 * 1024)

static gpointer
hash_thread (gpointer data)
{
  HashJob *job = data;

  passend_fs_hash (job->text, job->length, job->hash);
  return NULL;
}

/**
 * passend_store_read_at:
 * @text: (out) (optional): the bytes read
 * @identity: (out) (optional): what the file was when read
 * @plausible: (out) (optional): with %PASSEND_ERROR_TOO_LARGE, whether
 *   the first bytes look like a dossier
 *
 * Reads and checks the dossier file @name in @dir_fd.  A newer version
 * is read where its shape allows (and flagged by the dossier).
 *
 * Returns: (transfer full): the dossier, or %NULL with @error set
 */
PassendDossier *
passend_store_read_at (int                  dir_fd,
                       const char          *name,
                       gsize                max_size,
                       char               **text,
                       gsize               *length,
                       PassendFileIdentity *identity,
                       gboolean            *plausible,
                       GError             **error)
{
  g_autofree char *contents = NULL;
  PassendDossier  *dossier;
  struct stat      st;
  gboolean         looks = FALSE;
  int              fd = passend_fs_open_file_at (dir_fd, name, &st, error);
  gboolean         ok;
  HashJob          job;
  GThread         *thread = NULL;

  if (plausible != NULL)
    *plausible = FALSE;
  if (fd < 0)
    return NULL;

  ok = read_text (fd, st.st_size, max_size, &contents, &looks, error);
  close (fd);
  if (plausible != NULL)
    *plausible = looks;
  if (!ok)
    return NULL;

  job.text = contents;
  job.length = st.st_size;
  if (identity != NULL && job.length >= HASH_THREAD_MIN_SIZE)
    thread = g_thread_try_new ("passend-hash", hash_thread, &job, NULL);

  dossier = passend_dossier_new_from_text (contents, st.st_size, error);

  /* Joined before anything returns: the thread reads @contents. */
  if (thread != NULL)
    g_thread_join (thread);
  else if (identity != NULL && dossier != NULL)
    hash_thread (&job);
  if (dossier == NULL)
    return NULL;

  if (identity != NULL)
    {
      passend_store_identity_from_stat (identity, &st);
      memcpy (identity->hash, job.hash, PASSEND_FS_HASH_SIZE);
    }
  if (length != NULL)
    *length = st.st_size;
  if (text != NULL)
    *text = g_steal_pointer (&contents);
  return dossier;
}

/* Leftovers */

typedef struct
{
  char           *name;
  struct timespec mtime;
} Leftover;

static void
leftover_free (Leftover *leftover)
{
  g_free (leftover->name);
  g_free (leftover);
}

static gboolean
is_newer (const struct timespec *a, const struct timespec *b)
{
  return a->tv_sec > b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec > b->tv_nsec);
}

/* Sorts out one temporary file: removed when broken or the same as the
 * dossier, a backup when older, kept for @newer when newer. */
static void
sort_leftover (PassendStore      *self,
               const char        *name,
               const struct stat *live,
               const guint8      *live_hash,
               GPtrArray         *newer)
{
  g_autoptr (PassendDossier) dossier = NULL;
  g_autoptr (GError) error = NULL;
  PassendFileIdentity identity;
  struct stat         st;
  int                 backups_fd;

  if (fstatat (self->dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 ||
      !passend_fs_is_own_regular (&st))
    return; /* not one the store made */

  dossier = passend_store_read_at (self->dir_fd, name, self->max_file_size, NULL, NULL, &identity,
                                   NULL, &error);
  if (dossier == NULL ||
      (live_hash != NULL && memcmp (identity.hash, live_hash, PASSEND_FS_HASH_SIZE) == 0))
    {
      /* Cut off while written, or the very file in place. */
      unlinkat (self->dir_fd, name, 0);
      return;
    }

  if (live == NULL || is_newer (&st.st_mtim, &live->st_mtim))
    {
      Leftover *leftover = g_new0 (Leftover, 1);

      leftover->name = g_strdup (name);
      leftover->mtime = st.st_mtim;
      g_ptr_array_add (newer, leftover);
      return;
    }

  /* Cut off after the new file took its place: this is the backup the
   * save was about to make. */
  backups_fd = passend_fs_open_dir_at (self->dir_fd, STORE_BACKUP_DIR, TRUE, NULL);
  if (backups_fd >= 0)
    {
      passend_store_move_to_backups (self->dir_fd, name, backups_fd);
      close (backups_fd);
    }
}

static int
compare_newest_first (gconstpointer a, gconstpointer b)
{
  const Leftover *la = *(Leftover *const *)a;
  const Leftover *lb = *(Leftover *const *)b;

  return is_newer (&la->mtime, &lb->mtime) ? -1 : is_newer (&lb->mtime, &la->mtime) ? 1 : 0;
}

/* The newest of what a cut-off save left: the dossier itself when there
 * is none, else a conflict copy to offer.  Returns the copy's name. */
static char *
adopt_newest (PassendStore *self, GPtrArray *newer, gboolean live_exists)
{
  g_autofree char *copy = NULL;
  g_autoptr (GError) error = NULL;
  int backups_fd;

  if (newer->len == 0)
    return NULL;

  g_ptr_array_sort (newer, compare_newest_first);

  /* The older ones of these are backups. */
  backups_fd = passend_fs_open_dir_at (self->dir_fd, STORE_BACKUP_DIR, TRUE, NULL);
  for (guint i = 1; i < newer->len && backups_fd >= 0; i++)
    passend_store_move_to_backups (self->dir_fd, ((Leftover *)newer->pdata[i])->name, backups_fd);
  passend_fs_close (&backups_fd);

  if (!live_exists)
    {
      passend_fs_rename_noreplace (self->dir_fd, ((Leftover *)newer->pdata[0])->name, self->dir_fd,
                                   STORE_FILE_NAME, NULL);
      return NULL;
    }

  for (guint tries = 0; tries < 20; tries++)
    {
      g_autofree char *stamp = passend_fs_timestamp ();

      g_free (copy);
      copy = g_strconcat (STORE_CONFLICT_PREFIX, stamp, STORE_BACKUP_SUFFIX, NULL);
      g_clear_error (&error);
      if (passend_fs_rename_noreplace (self->dir_fd, ((Leftover *)newer->pdata[0])->name,
                                       self->dir_fd, copy, &error))
        return g_steal_pointer (&copy);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        break;
      g_usleep (1000);
    }

  return NULL;
}

/**
 * passend_store_clean_leftovers:
 *
 * Under the lock, at start: sorts out every "dossier.json.XXXXXX" a save
 * that was cut off left behind.  Only regular files of this user with
 * exactly that kind of name are touched.
 *
 * Returns: (transfer full) (nullable): the name of a conflict copy now
 *   holding a newer version than the dossier, to offer
 */
char *
passend_store_clean_leftovers (PassendStore *self)
{
  g_autoptr (GPtrArray) names = passend_fs_list_dir (self->dir_fd);
  g_autoptr (GPtrArray) newer = g_ptr_array_new_with_free_func ((GDestroyNotify)leftover_free);
  guint8      live_hash[PASSEND_FS_HASH_SIZE];
  gboolean    have_hash = FALSE;
  struct stat live;
  gboolean    live_exists;

  live_exists = fstatat (self->dir_fd, STORE_FILE_NAME, &live, AT_SYMLINK_NOFOLLOW) == 0;

  for (guint i = 0; i < names->len; i++)
    if (passend_fs_is_temp_name (names->pdata[i], STORE_FILE_NAME))
      break;
    else if (i + 1 == names->len)
      return NULL; /* nearly always: nothing to clear */

  /* The hash of the live file, to know a leftover that is the same. */
  if (live_exists && S_ISREG (live.st_mode))
    {
      struct stat st;
      int         fd = passend_fs_open_file_at (self->dir_fd, STORE_FILE_NAME, &st, NULL);

      have_hash = fd >= 0 && passend_fs_hash_fd (fd, live_hash, NULL);
      passend_fs_close (&fd);
    }

  for (guint i = 0; i < names->len; i++)
    if (passend_fs_is_temp_name (names->pdata[i], STORE_FILE_NAME))
      sort_leftover (self, names->pdata[i], live_exists ? &live : NULL,
                     have_hash ? live_hash : NULL, newer);

  return adopt_newest (self, newer, live_exists);
}

/* Loading */

/* Reads the version of a file that failed from its first bytes, where
 * Passend writes it: a newer file this version cannot read is still
 * newer, not damaged. */
static gboolean
is_newer_file (PassendStore *self)
{
  char        prefix[PREFIX_SIZE];
  struct stat st;
  Shape       shape;
  ssize_t     got;
  int         fd = passend_fs_open_file_at (self->dir_fd, STORE_FILE_NAME, &st, NULL);

  if (fd < 0)
    return FALSE;
  got = pread (fd, prefix, sizeof prefix, 0);
  close (fd);
  if (got <= 0)
    return FALSE;

  scan_shape (prefix, got, &shape);
  if (shape.version <= PASSEND_DOSSIER_VERSION)
    return FALSE;

  /* Newer, if it is JSON at all: then damaged it is not. */
  {
    g_autofree char *contents = NULL;
    gsize            length;

    return passend_fs_read_at (self->dir_fd, STORE_FILE_NAME, self->max_file_size, &contents,
                               &length, NULL, NULL) &&
           passend_safe_json_check (contents, length, NULL);
  }
}

static void
set_empty (PassendStore *self)
{
  g_autoptr (PassendDossier) empty = passend_dossier_new ();

  passend_store_set_dossier (self, empty);
}

static gboolean
has_backups (PassendStore *self)
{
  int      fd = passend_fs_open_dir_at (self->dir_fd, STORE_BACKUP_DIR, FALSE, NULL);
  gboolean any = FALSE;

  if (fd >= 0)
    {
      g_auto (GStrv) names = passend_store_list_backup_names (fd);

      any = names[0] != NULL;
      close (fd);
    }
  return any;
}

static gboolean
copy_load_error (PassendStore *self, GError **error)
{
  if (error != NULL)
    *error = g_error_copy (self->load_error);
  return FALSE;
}

/* No dossier file: a new dossier, unless backups show there was one. */
static gboolean
load_missing (PassendStore *self, GError **error)
{
  set_empty (self);
  memset (&self->known, 0, sizeof self->known);
  g_clear_pointer (&self->base, g_hash_table_unref);
  self->base = passend_store_base_of (self->dossier);

  if (self->locked_out)
    passend_store_set_state (self, PASSEND_STORE_STATE_LOCKED);
  else if (has_backups (self))
    {
      g_set_error_literal (&self->load_error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "The dossier file is missing, but backups exist");
      passend_store_set_state (self, PASSEND_STORE_STATE_MISSING);
    }
  else
    {
      passend_store_set_state (self, PASSEND_STORE_STATE_NEW);
      passend_store_watch (self);
      return TRUE;
    }

  return copy_load_error (self, error);
}

/* The dossier cannot be used: nothing is written until the parent
 * chooses, and for a large file or a linked folder nothing is offered. */
static gboolean
load_failed (PassendStore *self, GError *reason, gboolean plausible, GError **error)
{
  gboolean too_large = g_error_matches (reason, PASSEND_ERROR, PASSEND_ERROR_TOO_LARGE);

  g_clear_error (&self->load_error);
  self->load_error = reason;
  set_empty (self);

  if ((too_large && plausible) ||
      (self->dir_fd < 0 && g_error_matches (reason, PASSEND_ERROR, PASSEND_ERROR_NOT_REGULAR)))
    passend_store_set_state (self, PASSEND_STORE_STATE_BLOCKED);
  else if (self->dir_fd >= 0 && !too_large && is_newer_file (self))
    passend_store_set_state (self, PASSEND_STORE_STATE_NEWER);
  else
    passend_store_set_state (self, PASSEND_STORE_STATE_DAMAGED);

  g_debug ("The dossier could not be opened: %s", reason->message);
  return copy_load_error (self, error);
}

/* The first part of loading, on the main thread: the folder, the lock
 * and what a cut-off save left.  FALSE when loading ends here, with
 * *@result what passend_store_load() returns. */
gboolean
passend_store_load_begin (PassendStore *self, char **found, gboolean *result, GError **error)
{
  g_autoptr (GError) local_error = NULL;

  passend_store_cancel_scheduled_save (self);
  passend_store_wait_for_job (self, NULL);
  self->save_pending = FALSE;
  passend_store_set_dirty (self, FALSE);
  passend_store_unwatch (self);
  passend_store_clear_outside (self);
  g_clear_error (&self->load_error);
  *found = NULL;

  if (!passend_store_open_folder (self, &local_error))
    {
      if (!g_error_matches (local_error, PASSEND_ERROR, PASSEND_ERROR_LOCKED))
        {
          *result = load_failed (self, g_steal_pointer (&local_error), FALSE, error);
          return FALSE;
        }
      self->load_error = g_steal_pointer (&local_error);
    }

  /* Only the one who holds the lock clears up. */
  if (!self->locked_out)
    {
      passend_store_unshare_backups (self);
      *found = passend_store_clean_leftovers (self);
    }

  return TRUE;
}

/* The last part, on the main thread, with what passend_store_read_at()
 * gave (@dossier, or @read_error), and @base (transfer full, nullable):
 * passend_store_base_of() @dossier when the worker made it. */
gboolean
passend_store_load_end (PassendStore              *self,
                        PassendDossier            *dossier,
                        GHashTable                *base,
                        gsize                      length,
                        const PassendFileIdentity *identity,
                        gboolean                   plausible,
                        GError                    *read_error,
                        const char                *found,
                        GError                   **error)
{
  if (dossier == NULL && g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_error_free (read_error);
      return load_missing (self, error);
    }
  if (dossier == NULL)
    return load_failed (self, read_error, plausible, error);

  passend_store_set_dossier (self, dossier);
  self->last_length = length;
  self->known = *identity;
  g_clear_pointer (&self->base, g_hash_table_unref);
  self->base = base != NULL ? base : passend_store_base_of (dossier);

  if (passend_dossier_get_file_version (dossier) > PASSEND_DOSSIER_VERSION)
    {
      g_clear_error (&self->load_error);
      g_set_error_literal (&self->load_error, PASSEND_ERROR, PASSEND_ERROR_NEWER_VERSION,
                           "Written by a newer version of Passend");
      passend_store_set_state (self, PASSEND_STORE_STATE_NEWER);
    }
  else if (self->locked_out)
    passend_store_set_state (self, PASSEND_STORE_STATE_LOCKED);
  else
    {
      passend_store_set_state (self, PASSEND_STORE_STATE_OK);
      passend_store_watch (self);
      if (found != NULL)
        passend_store_found_other (self, found);
      return TRUE;
    }

  return copy_load_error (self, error);
}

/**
 * passend_store_read_only:
 * @directory: (nullable): the data folder, %NULL for the usual one
 * @error: a place for the reason it could not be read
 *
 * Reads the dossier to look at, never to write: for the command line,
 * which must work while Passend is open.  Takes no lock, clears up
 * nothing and makes no folder; a dossier not yet there is empty.
 *
 * Returns: (transfer full): the dossier, or %NULL with @error set
 */
PassendDossier *
passend_store_read_only (const char *directory, GError **error)
{
  g_autofree char *usual = NULL;
  g_autoptr (GError) local_error = NULL;
  PassendDossier *dossier;
  int             dir_fd;

  if (directory == NULL)
    directory = usual = g_build_filename (g_get_user_data_dir (), "passend", NULL);

  dir_fd = passend_fs_open_data_dir (directory, FALSE, &local_error);
  if (dir_fd < 0 && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return passend_dossier_new ();
  if (dir_fd < 0)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  dossier = passend_store_read_at (dir_fd, STORE_FILE_NAME, PASSEND_STORE_MAX_FILE_SIZE, NULL, NULL,
                                   NULL, NULL, &local_error);
  close (dir_fd);
  if (dossier == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return passend_dossier_new ();
  if (dossier == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return dossier;
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
  GError *local_error = NULL;
  g_autoptr (PassendDossier) dossier = NULL;
  g_autofree char    *found = NULL;
  PassendFileIdentity identity;
  gboolean            plausible = FALSE;
  gboolean            result;
  gsize               length = 0;

  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);

  if (!passend_store_load_begin (self, &found, &result, error))
    return result;

  dossier = passend_store_read_at (self->dir_fd, STORE_FILE_NAME, self->max_file_size, NULL,
                                   &length, &identity, &plausible, &local_error);
  return passend_store_load_end (self, dossier, NULL, length, &identity, plausible, local_error,
                                 found, error);
}
