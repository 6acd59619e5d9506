/* passend-store-backups.c - backups, and restoring one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A save moves the file it replaces into "backups" under a dated name;
 * rotation keeps the last 10 and the newest of each of the last 14
 * days.  Only regular files of this user with a backup's name are ever
 * removed, through a descriptor of the folder: a "backups" that is a
 * link is refused, so nothing elsewhere is touched.
 */
#define G_LOG_DOMAIN "passend-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "passend-error.h"
#include "passend-store-private.h"

#define BACKUP_KEEP_LAST 10
#define BACKUP_KEEP_DAYS 14

gboolean
passend_store_is_backup_name (const char *name)
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
    if (passend_store_is_backup_name (names[i]))
      g_ptr_array_add (sorted, (gpointer)names[i]);

  g_ptr_array_sort (sorted, compare_names_newest_first);

  for (guint i = 0; i < sorted->len; i++)
    {
      const char *name = g_ptr_array_index (sorted, i);
      const char *day = name + strlen (STORE_BACKUP_PREFIX);

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

/**
 * passend_store_list_backup_names:
 *
 * Returns: (transfer full): the backup names in @backups_fd, newest first
 */
GStrv
passend_store_list_backup_names (int backups_fd)
{
  g_autoptr (GPtrArray) names = passend_fs_list_dir (backups_fd);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  GStrv result;

  for (guint i = 0; i < names->len; i++)
    if (passend_store_is_backup_name (names->pdata[i]))
      g_strv_builder_add (builder, names->pdata[i]);

  result = g_strv_builder_end (builder);
  qsort (result, g_strv_length (result), sizeof (char *), compare_names_newest_first);
  return result;
}

void
passend_store_rotate_backups (int backups_fd)
{
  g_auto (GStrv) names = passend_store_list_backup_names (backups_fd);
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_auto (GStrv) expired = passend_backups_select_expired ((const char *const *)names, now,
                                                           BACKUP_KEEP_LAST, BACKUP_KEEP_DAYS);

  for (guint i = 0; expired[i] != NULL; i++)
    {
      struct stat st;

      /* Only what a save put there: a regular file of ours. */
      if (fstatat (backups_fd, expired[i], &st, AT_SYMLINK_NOFOLLOW) != 0 ||
          !passend_fs_is_own_regular (&st))
        continue;
      if (unlinkat (backups_fd, expired[i], 0) != 0)
        g_warning ("Could not remove an old backup: %s", g_strerror (errno));
    }
}

static char *
backup_name_now (void)
{
  g_autofree char *stamp = passend_fs_timestamp ();

  return g_strconcat (STORE_BACKUP_PREFIX, stamp, STORE_BACKUP_SUFFIX, NULL);
}

/**
 * passend_store_move_to_backups:
 *
 * Moves @name of @dir_fd into the backups under a new dated name.
 */
gboolean
passend_store_move_to_backups (int dir_fd, const char *name, int backups_fd)
{
  for (guint tries = 0; tries < 20; tries++)
    {
      g_autofree char *target = backup_name_now ();
      g_autoptr (GError) error = NULL;

      if (passend_fs_rename_noreplace (dir_fd, name, backups_fd, target, &error))
        return TRUE;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_warning ("Could not keep a backup: %s", error->message);
          return FALSE;
        }
      /* Two saves within a millisecond. */
      g_usleep (1000);
    }

  return FALSE;
}

/**
 * passend_store_link_to_backups:
 * @made: (out): the backup's name
 *
 * Where a file system cannot swap two names: keeps @name as a backup by
 * a hard link, or by a copy where there are no hard links.
 */
gboolean
passend_store_link_to_backups (int dir_fd, const char *name, int backups_fd, char **made)
{
  for (guint tries = 0; tries < 20; tries++)
    {
      g_autofree char *target = backup_name_now ();
      g_autofree char *contents = NULL;
      gsize            length;

      if (linkat (dir_fd, name, backups_fd, target, 0) == 0)
        {
          *made = g_steal_pointer (&target);
          return TRUE;
        }
      if (errno == EEXIST)
        {
          g_usleep (1000);
          continue;
        }

      if (!passend_fs_read_at (dir_fd, name, G_MAXSIZE, &contents, &length, NULL, NULL) ||
          !passend_fs_write_new_at (backups_fd, target, contents, length, NULL))
        return FALSE;
      *made = g_steal_pointer (&target);
      return TRUE;
    }

  return FALSE;
}

/**
 * passend_store_unshare_backups:
 *
 * A save cut off between the hard link and the rename (only where names
 * cannot be swapped) leaves the dossier and its newest backup one file.
 * The backup name is then dropped: it holds the same bytes, and a
 * backup must never be the live file.
 */
void
passend_store_unshare_backups (PassendStore *self)
{
  struct stat live;
  int         backups_fd;

  if (fstatat (self->dir_fd, STORE_FILE_NAME, &live, AT_SYMLINK_NOFOLLOW) != 0 ||
      !S_ISREG (live.st_mode) || live.st_nlink < 2)
    return;

  backups_fd = passend_fs_open_dir_at (self->dir_fd, STORE_BACKUP_DIR, FALSE, NULL);
  if (backups_fd < 0)
    return;

  {
    g_auto (GStrv) names = passend_store_list_backup_names (backups_fd);

    for (guint i = 0; names[i] != NULL; i++)
      {
        struct stat st;

        if (fstatat (backups_fd, names[i], &st, AT_SYMLINK_NOFOLLOW) == 0 &&
            st.st_dev == live.st_dev && st.st_ino == live.st_ino)
          unlinkat (backups_fd, names[i], 0);
      }
  }
  close (backups_fd);
}

/**
 * passend_store_keep_as_backup:
 *
 * Writes the dossier as it is in memory as a new backup: before changes
 * from outside come in, so the version Passend had is never lost.
 */
gboolean
passend_store_keep_as_backup (PassendStore *self, GError **error)
{
  g_autofree char *text = NULL;
  gsize            length;
  int              backups_fd;
  gboolean         ok = FALSE;

  backups_fd = passend_fs_open_dir_at (self->dir_fd, STORE_BACKUP_DIR, TRUE, error);
  if (backups_fd < 0)
    return FALSE;

  text = passend_dossier_write (self->dossier, self->last_length, &length);
  for (guint tries = 0; !ok && tries < 20; tries++)
    {
      g_autofree char *name = backup_name_now ();
      g_autoptr (GError) local_error = NULL;

      ok = passend_fs_write_new_at (backups_fd, name, text, length, &local_error);
      if (!ok && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          break;
        }
      if (!ok)
        g_usleep (1000);
    }

  if (ok)
    passend_store_rotate_backups (backups_fd);
  close (backups_fd);
  return ok;
}

/**
 * passend_store_set_aside:
 *
 * Renames the file that could not be read out of the way, so that
 * nothing is ever written over it.  A link is renamed, not followed.
 */
gboolean
passend_store_set_aside (PassendStore *self, GError **error)
{
  g_autofree char *stamp = NULL;
  g_autofree char *target = NULL;
  struct stat      st;

  if (fstatat (self->dir_fd, STORE_FILE_NAME, &st, AT_SYMLINK_NOFOLLOW) != 0)
    return TRUE;

  stamp = passend_fs_timestamp ();
  target = g_strconcat (STORE_DAMAGED_PREFIX, stamp, NULL);
  if (!passend_fs_rename_noreplace (self->dir_fd, STORE_FILE_NAME, self->dir_fd, target, error))
    {
      g_prefix_error (error, "Could not keep the damaged file aside: ");
      return FALSE;
    }

  g_free (self->set_aside);
  self->set_aside = g_build_filename (self->directory, target, NULL);
  return TRUE;
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
  g_auto (GStrv) names = NULL;
  int backups_fd;

  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->state == PASSEND_STORE_STATE_DAMAGED ||
                            self->state == PASSEND_STORE_STATE_MISSING,
                        FALSE);
  g_return_val_if_fail (self->job == NULL, FALSE);

  backups_fd =
      self->dir_fd >= 0 ? passend_fs_open_dir_at (self->dir_fd, STORE_BACKUP_DIR, FALSE, NULL) : -1;
  names = backups_fd >= 0 ? passend_store_list_backup_names (backups_fd) : g_new0 (char *, 1);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *contents = NULL;
      g_autoptr (PassendDossier) dossier = NULL;
      gsize    length;
      gboolean ok;

      dossier = passend_store_read_at (backups_fd, names[i], self->max_file_size, &contents,
                                       &length, NULL, NULL, NULL);
      if (dossier == NULL || passend_dossier_get_file_version (dossier) > PASSEND_DOSSIER_VERSION)
        continue;

      close (backups_fd);
      ok = passend_store_set_aside (self, error) &&
           passend_fs_write_new_at (self->dir_fd, STORE_FILE_NAME, contents, length, error);
      return ok && passend_store_load (self, error);
    }

  passend_fs_close (&backups_fd);
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

  if (self->dir_fd < 0)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_READ_ONLY,
                           "The data folder cannot be opened");
      return FALSE;
    }

  if (!passend_store_set_aside (self, error))
    return FALSE;

  g_clear_error (&self->load_error);
  memset (&self->known, 0, sizeof self->known);
  g_clear_pointer (&self->base, g_hash_table_unref);
  self->base = passend_store_base_of (empty);
  passend_store_set_dossier (self, empty);
  passend_store_set_state (self, PASSEND_STORE_STATE_NEW);
  passend_store_watch (self);
  return TRUE;
}

char *
passend_store_get_backup_dir (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return g_build_filename (self->directory, STORE_BACKUP_DIR, NULL);
}

/**
 * passend_store_list_backups:
 *
 * Returns: (transfer full): the backup file names, newest first
 */
GStrv
passend_store_list_backups (PassendStore *self)
{
  int   fd;
  GStrv names;

  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);

  fd =
      self->dir_fd >= 0 ? passend_fs_open_dir_at (self->dir_fd, STORE_BACKUP_DIR, FALSE, NULL) : -1;
  if (fd < 0)
    return g_new0 (char *, 1);

  names = passend_store_list_backup_names (fd);
  close (fd);
  return names;
}
