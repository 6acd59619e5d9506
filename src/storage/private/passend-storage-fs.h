/* passend-storage-fs.h - files and folders opened without following links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to src/storage: the store and the document files reach every
 * name in the data folder through a descriptor of its folder, so that a
 * symbolic link put there never leads them anywhere else.
 */
#pragma once

#include <sys/stat.h>
#include <sys/types.h>

#include <gio/gio.h>

G_BEGIN_DECLS

#define PASSEND_FS_HASH_SIZE 16 /* MurmurHash3 x64 128 */

/* What a file was when the store last read or wrote it. */
typedef struct
{
  gboolean        exists;
  dev_t           dev;
  ino_t           ino;
  off_t           size;
  struct timespec mtime;
  guint8          hash[PASSEND_FS_HASH_SIZE];
} PassendFileIdentity;

gboolean passend_fs_set_error (GError **error, int saved_errno, const char *action);

int  passend_fs_open_data_dir (const char *path, gboolean create, GError **error);
int  passend_fs_open_dir_at (int dir_fd, const char *name, gboolean create, GError **error);
int  passend_fs_open_file_at (int dir_fd, const char *name, struct stat *st, GError **error);
void passend_fs_close (int *fd);

gboolean passend_fs_read_fd (int fd, gsize size, char *buffer, GError **error);
gboolean passend_fs_read_at (int          dir_fd,
                             const char  *name,
                             gsize        max_size,
                             char       **contents,
                             gsize       *length,
                             struct stat *st,
                             GError     **error);
gboolean passend_fs_hash_fd (int fd, guint8 hash[PASSEND_FS_HASH_SIZE], GError **error);
void     passend_fs_hash (const char *data, gsize length, guint8 hash[PASSEND_FS_HASH_SIZE]);

char    *passend_fs_make_temp_name (const char *prefix);
gboolean passend_fs_is_temp_name (const char *name, const char *prefix);
gboolean passend_fs_write_temp_at (int         dir_fd,
                                   const char *prefix,
                                   const char *data,
                                   gsize       length,
                                   char      **temp_name,
                                   GError    **error);
gboolean passend_fs_write_new_at (
    int dir_fd, const char *name, const char *data, gsize length, GError **error);
gboolean passend_fs_rename_noreplace (
    int from_fd, const char *from, int to_fd, const char *to, GError **error);
gboolean passend_fs_is_own_regular (const struct stat *st);
void     passend_fs_sync_dir (int dir_fd);

char *passend_fs_timestamp (void);

GPtrArray *passend_fs_list_dir (int dir_fd);

G_END_DECLS
