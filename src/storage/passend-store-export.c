/* passend-store-export.c - files the parent saves elsewhere
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An export (a PDF sheet, and whatever a later version writes) holds
 * what a parent wrote about their child, so it is made 0600 whatever
 * the umask, and it appears whole or not at all: the bytes go into a
 * file without a name (O_TMPFILE) that gets its name only when written
 * and synced.  A crash leaves nothing behind.  Where a file system has
 * no O_TMPFILE a named temporary file is used, removed on any failure.
 */
#define G_LOG_DOMAIN "passend-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "passend-store-private.h"

static gboolean
write_fd (int fd, const void *data, gsize length, GError **error)
{
  for (gsize done = 0; done < length;)
    {
      ssize_t n = write (fd, (const char *)data + done, MIN (length - done, (gsize)G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return passend_fs_set_error (error, errno, "Could not write the file");
      done += n;
    }

  if (fchmod (fd, 0600) != 0 || fsync (fd) != 0)
    return passend_fs_set_error (error, errno, "Could not write the file");
  return TRUE;
}

/* Gives the nameless file @fd the name @name in @dir_fd, replacing what
 * was there (the parent chose to replace it). */
gboolean
passend_export_link_into_place (int fd, int dir_fd, const char *name, GError **error)
{
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", fd);

  for (guint tries = 0; tries < 100; tries++)
    {
      g_autofree char *temp = passend_fs_make_temp_name (".passend-export");

      if (linkat (AT_FDCWD, proc, dir_fd, name, AT_SYMLINK_FOLLOW) == 0)
        return TRUE;
      if (errno != EEXIST)
        return passend_fs_set_error (error, errno, "Could not save the file");

      /* The name is taken: link under a passing name and rename over. */
      if (linkat (AT_FDCWD, proc, dir_fd, temp, AT_SYMLINK_FOLLOW) != 0)
        {
          if (errno == EEXIST)
            continue;
          return passend_fs_set_error (error, errno, "Could not save the file");
        }
      if (renameat (dir_fd, temp, dir_fd, name) != 0)
        {
          int saved_errno = errno;

          unlinkat (dir_fd, temp, 0);
          return passend_fs_set_error (error, saved_errno, "Could not save the file");
        }
      return TRUE;
    }

  return passend_fs_set_error (error, EEXIST, "Could not save the file");
}

/* The careful way: a file without a name until it is whole.  Sets
 * @unsupported where the file system or a missing /proc does not allow
 * it, with nothing written. */
static gboolean
write_nameless (int         dir_fd,
                const char *name,
                const void *data,
                gsize       length,
                gboolean   *unsupported,
                GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  int      fd = openat (dir_fd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  gboolean ok;

  if (fd < 0)
    {
      *unsupported = errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL || errno == ENOENT;
      return *unsupported ? FALSE
                          : passend_fs_set_error (error, errno, "Could not create the file");
    }

  ok = write_fd (fd, data, length, &local_error) &&
       passend_export_link_into_place (fd, dir_fd, name, &local_error);
  close (fd);

  *unsupported = !ok && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  if (!ok && !*unsupported)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

/* Elsewhere: a named temporary file, removed on any failure. */
static gboolean
write_named (int dir_fd, const char *name, const void *data, gsize length, GError **error)
{
  g_autofree char *temp = NULL;

  if (!passend_fs_write_temp_at (dir_fd, ".passend-export", data, length, &temp, error))
    return FALSE;

  if (renameat (dir_fd, temp, dir_fd, name) != 0)
    {
      int saved_errno = errno;

      unlinkat (dir_fd, temp, 0);
      return passend_fs_set_error (error, saved_errno, "Could not save the file");
    }

  return TRUE;
}

/**
 * passend_store_write_export:
 * @path: where the parent chose to save
 * @data: (array length=length): the whole file
 *
 * Writes an export: 0600, whole or not at all, and no temporary file
 * left behind.  An existing file at @path is replaced, a symbolic link
 * there too (never written through).
 */
gboolean
passend_store_write_export (const char *path, const void *data, gsize length, GError **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  gboolean         unsupported = FALSE;
  gboolean         ok;
  int              dir_fd;

  g_return_val_if_fail (path != NULL, FALSE);

  folder = g_path_get_dirname (path);
  name = g_path_get_basename (path);
  dir_fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd < 0)
    return passend_fs_set_error (error, errno, "Could not open the folder");

  ok = write_nameless (dir_fd, name, data, length, &unsupported, error);
  if (!ok && unsupported)
    ok = write_named (dir_fd, name, data, length, error);

  if (ok)
    passend_fs_sync_dir (dir_fd);
  close (dir_fd);
  return ok;
}

/**
 * passend_export_draft_new:
 * @name: the draft's file name, e.g. "sheet.pdf"
 *
 * For an export that another library writes itself (GTK's print
 * operation writes its PDF with the process's umask): a path in a new
 * folder only this user can enter.  Hand it to
 * passend_export_draft_finish() whatever happens.
 *
 * Returns: (transfer full): the draft's path, or %NULL with @error set
 */
char *
passend_export_draft_new (const char *name, GError **error)
{
  g_autofree char *folder = NULL;

  g_return_val_if_fail (name != NULL && strchr (name, '/') == NULL, NULL);

  folder = g_dir_make_tmp ("passend-export-XXXXXX", error);
  if (folder == NULL)
    return NULL;
  return g_build_filename (folder, name, NULL);
}

/**
 * passend_export_draft_finish:
 * @draft: a path from passend_export_draft_new()
 * @path: (nullable): where the export goes, or %NULL to throw it away
 *
 * Puts the draft's bytes in place at @path as passend_store_write_export()
 * does (0600, whole or not at all), then removes the draft and its
 * folder, also when something failed.
 *
 * Returns: %TRUE if @path was written (or nothing was asked)
 */
gboolean
passend_export_draft_finish (const char *draft, const char *path, GError **error)
{
  g_autofree char *folder = g_path_get_dirname (draft);
  gboolean         ok = TRUE;

  if (path != NULL)
    {
      /* Mapped, not read: a bundle of many scans may be large, and its
       * pages then stay in the page cache instead of the heap. */
      g_autoptr (GMappedFile) mapped = g_mapped_file_new (draft, FALSE, error);

      ok = mapped != NULL && passend_store_write_export (path, g_mapped_file_get_contents (mapped),
                                                         g_mapped_file_get_length (mapped), error);
    }

  g_unlink (draft);
  g_rmdir (folder);
  return ok;
}
