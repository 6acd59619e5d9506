/* passend-document-files.c - the copies of a parent's documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document kept with an entry is copied into "documents" beside the
 * dossier (folder 0700, files 0600) under a generated name, so the
 * dossier stays complete when the original is moved or deleted.  Only
 * regular files up to %PASSEND_DOCUMENT_MAX_SIZE are taken.  A copy that
 * fails leaves nothing behind.
 */
#define G_LOG_DOMAIN "passend-document-files"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "passend-document-files.h"
#include "passend-error.h"
#include "passend-storage-fs.h"

#define DOCUMENTS "documents"

static gboolean
set_io_error (GError **error, int saved_errno, const char *action)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", action,
               g_strerror (saved_errno));
  return FALSE;
}

/* A generated name that keeps a short, plain extension of the original,
 * so the desktop knows which program opens it. */
static char *
make_file_name (const char *basename)
{
  g_autofree char *uuid = g_uuid_string_random ();
  const char      *dot = strrchr (basename, '.');
  GString         *name = g_string_new (uuid);

  if (dot != NULL && dot != basename && strlen (dot) <= 10)
    {
      gboolean plain = TRUE;

      for (const char *p = dot + 1; *p != '\0'; p++)
        plain &= g_ascii_isalnum (*p);
      if (plain && dot[1] != '\0')
        {
          g_string_append_c (name, '.');
          for (const char *p = dot + 1; *p != '\0'; p++)
            g_string_append_c (name, g_ascii_tolower (*p));
        }
    }

  return g_string_free (name, FALSE);
}

static gboolean
copy_fd (int in, int out, gint64 *copied, GError **error)
{
  char buffer[64 * 1024];

  *copied = 0;
  for (;;)
    {
      gssize n = read (in, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return set_io_error (error, errno, "Could not read the document");
      if (n == 0)
        return TRUE;

      /* The file may grow while it is copied. */
      *copied += n;
      if (*copied > PASSEND_DOCUMENT_MAX_SIZE)
        {
          g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_TOO_LARGE,
                       "The document is larger than %d MB",
                       PASSEND_DOCUMENT_MAX_SIZE / (1024 * 1024));
          return FALSE;
        }

      for (gssize done = 0; done < n;)
        {
          gssize w = write (out, buffer + done, n - done);

          if (w < 0 && errno == EINTR)
            continue;
          if (w < 0)
            return set_io_error (error, errno, "Could not write the copy");
          done += w;
        }
    }
}

/**
 * passend_document_files_import:
 * @directory: the folder of the dossier
 * @source_path: the parent's file
 *
 * Copies @source_path into the documents folder.  The document returned
 * is not yet part of any entry: pass it to passend_dossier_add_document().
 *
 * Returns: (transfer full): the document, or %NULL with @error set:
 *   %PASSEND_ERROR_TOO_LARGE, %PASSEND_ERROR_NOT_REGULAR or a
 *   %G_IO_ERROR
 */
PassendDocument *
passend_document_files_import (const char *directory, const char *source_path, GError **error)
{
  g_autofree char *basename = NULL;
  g_autofree char *display = NULL;
  g_autofree char *file = NULL;
  g_autofree char *target = NULL;
  struct stat      st;
  gint64           copied = 0;
  int              in = -1;
  int              out = -1;
  int              data_fd = -1;
  int              folder_fd = -1;
  gboolean         ok = FALSE;

  g_return_val_if_fail (directory != NULL, NULL);
  g_return_val_if_fail (source_path != NULL, NULL);

  /* O_NONBLOCK: a FIFO must not hang the program; fstat refuses it. */
  in = g_open (source_path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (in < 0)
    {
      set_io_error (error, errno, "Could not open the document");
      return NULL;
    }

  if (fstat (in, &st) != 0)
    {
      set_io_error (error, errno, "Could not read the document");
      goto out;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_NOT_REGULAR,
                           "Only ordinary files can be kept");
      goto out;
    }
  if (st.st_size > PASSEND_DOCUMENT_MAX_SIZE)
    {
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_TOO_LARGE,
                   "The document is larger than %d MB", PASSEND_DOCUMENT_MAX_SIZE / (1024 * 1024));
      goto out;
    }
  /* Reads block normally from here on. */
  fcntl (in, F_SETFL, fcntl (in, F_GETFL) & ~O_NONBLOCK);

  /* Never through a link: a "documents" that is one is refused. */
  data_fd = passend_fs_open_data_dir (directory, TRUE, error);
  if (data_fd < 0 || (folder_fd = passend_fs_open_dir_at (data_fd, DOCUMENTS, TRUE, error)) < 0)
    {
      g_prefix_error (error, "Could not create the documents folder: ");
      goto out;
    }

  basename = g_path_get_basename (source_path);
  display = g_filename_display_name (basename);
  file = make_file_name (basename);
  target = g_strdup (file);

  out = openat (folder_fd, target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (out < 0)
    {
      set_io_error (error, errno, "Could not create the copy");
      goto out;
    }

  if (!copy_fd (in, out, &copied, error))
    goto out;
  if (fsync (out) != 0)
    {
      set_io_error (error, errno, "Could not write the copy");
      goto out;
    }
  /* Under umask 000 too. */
  if (fchmod (out, 0600) != 0)
    {
      set_io_error (error, errno, "Could not protect the copy");
      goto out;
    }

  ok = TRUE;

out:
  if (in >= 0)
    close (in);
  if (out >= 0 && close (out) != 0 && ok)
    ok = set_io_error (error, errno, "Could not write the copy");
  if (!ok && out >= 0)
    unlinkat (folder_fd, target, 0);
  passend_fs_close (&folder_fd);
  passend_fs_close (&data_fd);
  if (!ok)
    return NULL;

  return passend_document_new (display, file, copied);
}

static void
import_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  char           **paths = task_data;
  GError          *error = NULL;
  PassendDocument *document;

  document = passend_document_files_import (paths[0], paths[1], &error);
  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

/**
 * passend_document_files_import_async:
 *
 * Copies in a worker thread, so a large file does not stop the window.
 */
void
passend_document_files_import_async (const char         *directory,
                                     const char         *source_path,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  char **paths = g_new0 (char *, 3);

  paths[0] = g_strdup (directory);
  paths[1] = g_strdup (source_path);
  g_task_set_source_tag (task, passend_document_files_import_async);
  /* The copy is made even when cancelled; the caller must get it back
   * to delete it. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, paths, (GDestroyNotify)g_strfreev);
  g_task_run_in_thread (task, import_thread);
}

PassendDocument *
passend_document_files_import_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * passend_document_files_get_path:
 *
 * Returns: (transfer full) (nullable): where the copy of @document is,
 *   or %NULL if its name is not one this program makes
 */
char *
passend_document_files_get_path (const char *directory, PassendDocument *document)
{
  const char *file = passend_document_get_file (document);

  if (!passend_document_file_name_is_valid (file))
    return NULL;

  return g_build_filename (directory, DOCUMENTS, file, NULL);
}

/* The documents folder, only if it and the data folder are real folders. */
static int
open_documents (const char *directory, int *data_fd)
{
  int fd;

  *data_fd = passend_fs_open_data_dir (directory, FALSE, NULL);
  fd = *data_fd >= 0 ? passend_fs_open_dir_at (*data_fd, DOCUMENTS, FALSE, NULL) : -1;
  return fd;
}

/* Removes @name from @folder_fd if it is a regular file of ours. */
static gboolean
remove_copy (int folder_fd, const char *name)
{
  struct stat st;

  return fstatat (folder_fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
         passend_fs_is_own_regular (&st) && unlinkat (folder_fd, name, 0) == 0;
}

/**
 * passend_document_files_exists:
 *
 * Returns: %TRUE if the copy of @document is there as a regular file
 */
gboolean
passend_document_files_exists (const char *directory, PassendDocument *document)
{
  const char *file = passend_document_get_file (document);
  int         data_fd, folder_fd = open_documents (directory, &data_fd);
  struct stat st;
  gboolean    exists;

  exists = folder_fd >= 0 && passend_document_file_name_is_valid (file) &&
           fstatat (folder_fd, file, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG (st.st_mode);
  passend_fs_close (&folder_fd);
  passend_fs_close (&data_fd);
  return exists;
}

/**
 * passend_document_files_delete:
 * @dossier: the dossier as it is now
 * @document: a document no longer in @dossier
 *
 * Deletes the copy of @document, unless a document of @dossier still
 * uses the same file.
 *
 * Returns: %TRUE if the copy was deleted
 */
gboolean
passend_document_files_delete (const char      *directory,
                               PassendDossier  *dossier,
                               PassendDocument *document)
{
  const char *file = passend_document_get_file (document);
  GListModel *documents = passend_dossier_get_documents (dossier);
  guint       n = g_list_model_get_n_items (documents);
  int         data_fd, folder_fd;
  gboolean    removed;

  if (!passend_document_file_name_is_valid (file))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendDocument) other = g_list_model_get_item (documents, i);

      if (g_strcmp0 (passend_document_get_file (other), passend_document_get_file (document)) == 0)
        return FALSE;
    }

  folder_fd = open_documents (directory, &data_fd);
  removed = folder_fd >= 0 && remove_copy (folder_fd, file);
  passend_fs_close (&folder_fd);
  passend_fs_close (&data_fd);
  return removed;
}

/* The names of the copies the dossier uses. */
static GHashTable *
used_names (PassendDossier *dossier)
{
  GHashTable *used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *documents = passend_dossier_get_documents (dossier);
  guint       n = g_list_model_get_n_items (documents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendDocument) document = g_list_model_get_item (documents, i);

      g_hash_table_add (used, g_strdup (passend_document_get_file (document)));
    }

  return used;
}

/* Whether any of the dossier files kept beside the current one (the
 * backups, damaged files set aside, conflict copies) names @candidates;
 * those that are named are taken out of @candidates. */
static void
keep_named_in (int folder_fd, gboolean only_kept, GPtrArray *candidates)
{
  g_autoptr (GPtrArray) names = passend_fs_list_dir (folder_fd);

  for (guint n = 0; candidates->len > 0 && n < names->len; n++)
    {
      const char      *name = names->pdata[n];
      g_autofree char *text = NULL;
      gsize            length;

      if (only_kept && (!g_str_has_prefix (name, "dossier") || strcmp (name, "dossier.json") == 0))
        continue;

      if (!passend_fs_read_at (folder_fd, name, G_MAXSIZE, &text, &length, NULL, NULL))
        continue;

      for (guint i = candidates->len; i > 0; i--)
        {
          const char *file = g_ptr_array_index (candidates, i - 1);

          if (memmem (text, length, file, strlen (file)) != NULL)
            g_ptr_array_remove_index_fast (candidates, i - 1);
        }
    }
}

static guint
sweep_in (int data_fd, int folder_fd, GHashTable *used)
{
  g_autoptr (GPtrArray) candidates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) names = passend_fs_list_dir (folder_fd);
  g_autoptr (GError) error = NULL;
  guint removed = 0;
  int   backups_fd;

  for (guint i = 0; i < names->len; i++)
    if (passend_document_file_name_is_valid (names->pdata[i]) &&
        !g_hash_table_contains (used, names->pdata[i]))
      g_ptr_array_add (candidates, g_strdup (names->pdata[i]));

  /* Nearly always nothing to do: then no backup is read. */
  if (candidates->len == 0)
    return 0;

  /* Backups that cannot be read as a real folder may name any copy. */
  backups_fd = passend_fs_open_dir_at (data_fd, "backups", FALSE, &error);
  if (backups_fd < 0 && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return 0;
  if (backups_fd >= 0)
    keep_named_in (backups_fd, FALSE, candidates);
  passend_fs_close (&backups_fd);
  keep_named_in (data_fd, TRUE, candidates);

  for (guint i = 0; i < candidates->len; i++)
    if (remove_copy (folder_fd, g_ptr_array_index (candidates, i)))
      removed++;

  return removed;
}

static guint
sweep (const char *directory, GHashTable *used)
{
  int   data_fd, folder_fd = open_documents (directory, &data_fd);
  guint removed = folder_fd >= 0 ? sweep_in (data_fd, folder_fd, used) : 0;

  passend_fs_close (&folder_fd);
  passend_fs_close (&data_fd);
  return removed;
}

/**
 * passend_document_files_sweep:
 * @dossier: the dossier as it is now, read whole and saved
 *
 * Deletes the copies that neither @dossier nor any backup or damaged
 * file set aside still names, such as those of an entry deleted more
 * than two weeks ago.  A copy a backup names stays, so restoring that
 * backup brings its documents back too.
 *
 * Returns: the number of copies deleted
 */
guint
passend_document_files_sweep (const char *directory, PassendDossier *dossier)
{
  g_autoptr (GHashTable) used = used_names (dossier);

  return sweep (directory, used);
}

static void
sweep_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  GHashTable *used = task_data;
  const char *directory = g_object_get_data (G_OBJECT (task), "directory");

  g_task_return_int (task, sweep (directory, used));
}

/**
 * passend_document_files_sweep_async:
 *
 * As passend_document_files_sweep(), in a worker thread: reading the
 * backups may take a moment.  The names in use are taken now.
 */
void
passend_document_files_sweep_async (const char         *directory,
                                    PassendDossier     *dossier,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, NULL, callback, user_data);

  g_task_set_source_tag (task, passend_document_files_sweep_async);
  g_task_set_task_data (task, used_names (dossier), (GDestroyNotify)g_hash_table_unref);
  g_object_set_data_full (G_OBJECT (task), "directory", g_strdup (directory), g_free);
  g_task_run_in_thread (task, sweep_thread);
}
