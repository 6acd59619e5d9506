/* passend-store-folder.c - the data folder and its lock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store opens the data folder once, without following a symbolic
 * link, and keeps it open: every file in it is reached through that
 * descriptor.  The lock is flock() on the same descriptor, so no tool
 * can remove it from under a running Passend the way it could remove a
 * lock file.  Only where a folder cannot be locked (some network file
 * systems) is dossier.lock used, and then checked before every save.
 */
#define G_LOG_DOMAIN "passend-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "passend-error.h"
#include "passend-store-private.h"

static gboolean
set_locked_error (GError **error)
{
  g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_LOCKED,
                       "Another Passend is using this dossier");
  return FALSE;
}

/* Where flock() on a folder is not supported: a lock file. */
static gboolean
lock_with_file (PassendStore *self, GError **error)
{
  int fd = openat (self->dir_fd, STORE_LOCK_NAME, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);

  if (fd < 0)
    return passend_fs_set_error (error, errno, "Could not open the lock file");

  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved_errno = errno;

      close (fd);
      if (saved_errno == EWOULDBLOCK)
        {
          self->locked_out = TRUE;
          return set_locked_error (error);
        }
      return passend_fs_set_error (error, saved_errno, "Could not lock the dossier");
    }

  self->lock_fd = fd;
  return TRUE;
}

static gboolean
take_lock (PassendStore *self, GError **error)
{
  if (flock (self->dir_fd, LOCK_EX | LOCK_NB) == 0)
    return TRUE;

  if (errno == EWOULDBLOCK)
    {
      self->locked_out = TRUE;
      return set_locked_error (error);
    }

  return lock_with_file (self, error);
}

/**
 * passend_store_open_folder:
 *
 * Opens (making it when missing) the data folder, and locks it.  Once
 * open it stays open; a lock another Passend held is tried again.
 *
 * Returns: %FALSE with %PASSEND_ERROR_LOCKED when another Passend holds
 *   the lock (the folder is open all the same), %PASSEND_ERROR_NOT_REGULAR
 *   when it is a link, or another error
 */
gboolean
passend_store_open_folder (PassendStore *self, GError **error)
{
  if (self->dir_fd < 0)
    {
      self->dir_fd = passend_fs_open_data_dir (self->directory, TRUE, error);
      if (self->dir_fd < 0)
        return FALSE;
      if (fstat (self->dir_fd, &self->dir_st) != 0)
        {
          passend_fs_set_error (error, errno, "Could not inspect the data folder");
          passend_fs_close (&self->dir_fd);
          return FALSE;
        }
    }
  else if (!self->locked_out)
    return TRUE;

  self->locked_out = FALSE;
  return take_lock (self, error);
}

void
passend_store_close_folder (PassendStore *self)
{
  passend_fs_close (&self->lock_fd);
  passend_fs_close (&self->dir_fd);
}

/**
 * passend_store_folder_still_ours:
 *
 * Before a save, in the worker: the folder at the path is still the one
 * the store opened and locked, and a lock file, where one is used, is
 * still the one locked.
 */
gboolean
passend_store_folder_still_ours (
    const char *directory, const struct stat *dir_st, int dir_fd, int lock_fd, GError **error)
{
  struct stat now, lock_now, lock_st;

  if (fstatat (AT_FDCWD, directory, &now, AT_SYMLINK_NOFOLLOW) != 0 ||
      now.st_dev != dir_st->st_dev || now.st_ino != dir_st->st_ino)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_LOCKED,
                           "The data folder was moved or replaced while Passend was open");
      return FALSE;
    }

  if (lock_fd >= 0 && (fstat (lock_fd, &lock_st) != 0 ||
                       fstatat (dir_fd, STORE_LOCK_NAME, &lock_now, AT_SYMLINK_NOFOLLOW) != 0 ||
                       lock_now.st_ino != lock_st.st_ino || lock_now.st_dev != lock_st.st_dev))
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_LOCKED,
                           "The lock file was removed while Passend was open");
      return FALSE;
    }

  return TRUE;
}
