/* passend-storage-fs.c - files and folders opened without following links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every name in the data folder is opened relative to a descriptor of
 * its folder, with O_NOFOLLOW: a symbolic link is refused, never
 * followed, so nothing outside the data folder is read, changed or
 * deleted through one.  New files are made 0600 with O_EXCL, written in
 * full and synced before they get their real name.
 */
#define G_LOG_DOMAIN "passend-storage"

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "passend-error.h"
#include "passend-storage-fs.h"

#define TEMP_CHARS "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
#define TEMP_LENGTH 6
#define CHUNK (1024 * 1024)

gboolean
passend_fs_set_error (GError **error, int saved_errno, const char *action)
{
  /* A file size limit (ulimit -f) ends in EFBIG: say what it means. */
  if (saved_errno == EFBIG)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 "%s: the file would be larger than this computer allows", action);
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", action,
                 g_strerror (saved_errno));
  return FALSE;
}

static gboolean
set_link_error (GError **error, const char *name)
{
  g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_NOT_REGULAR,
               "“%s” is a symbolic link; Passend only uses real files and folders", name);
  return FALSE;
}

/* Whether @name in @dir_fd is a symbolic link, after an open that did
 * not follow it failed. */
static gboolean
is_link_at (int dir_fd, const char *name)
{
  struct stat st;

  return fstatat (dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK (st.st_mode);
}

/* Ours, so ours to keep private: 0700, and never a chmod of a folder
 * someone else owns. */
static void
tighten_dir (int fd)
{
  struct stat st;

  if (fstat (fd, &st) == 0 && st.st_uid == geteuid () && (st.st_mode & 07777) != 0700)
    fchmod (fd, 0700);
}

static int
open_dir_at (int dir_fd, const char *name, gboolean create, GError **error)
{
  const char *base = dir_fd == AT_FDCWD ? strrchr (name, '/') : NULL;
  const char *shown = base != NULL && base[1] != '\0' ? base + 1 : name;
  int         fd;

  fd = openat (dir_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT && create)
    {
      if (mkdirat (dir_fd, name, 0700) != 0 && errno != EEXIST)
        {
          passend_fs_set_error (error, errno, "Could not create a folder");
          return -1;
        }
      fd = openat (dir_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    }

  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == ELOOP || (saved_errno == ENOTDIR && is_link_at (dir_fd, name)))
        set_link_error (error, shown);
      else if (saved_errno == ENOTDIR)
        g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_NOT_REGULAR, "“%s” is not a folder",
                     shown);
      else
        passend_fs_set_error (error, saved_errno, "Could not open a folder");
      return -1;
    }

  tighten_dir (fd);
  return fd;
}

/**
 * passend_fs_open_data_dir:
 * @path: the data folder; its parents may be links, the folder itself not
 * @create: whether to make it (and its parents) when missing
 *
 * Returns: a descriptor of the folder, or -1 with @error set
 */
int
passend_fs_open_data_dir (const char *path, gboolean create, GError **error)
{
  if (create)
    {
      g_autofree char *parent = g_path_get_dirname (path);

      if (g_mkdir_with_parents (parent, 0700) != 0)
        {
          passend_fs_set_error (error, errno, "Could not create the data folder");
          return -1;
        }
    }

  return open_dir_at (AT_FDCWD, path, create, error);
}

/**
 * passend_fs_open_dir_at:
 *
 * Opens (and with @create makes, 0700) the folder @name in @dir_fd;
 * refuses a symbolic link.
 *
 * Returns: a descriptor, or -1 with @error set
 */
int
passend_fs_open_dir_at (int dir_fd, const char *name, gboolean create, GError **error)
{
  return open_dir_at (dir_fd, name, create, error);
}

/**
 * passend_fs_open_file_at:
 * @st: (out): what fstat() says of it
 *
 * Opens @name in @dir_fd for reading, only if it is a regular file and
 * not a symbolic link.  Opening never blocks: a FIFO is opened with
 * O_NONBLOCK and then refused.
 *
 * Returns: a descriptor, or -1 with @error set; a missing file gives
 *   %G_IO_ERROR_NOT_FOUND
 */
int
passend_fs_open_file_at (int dir_fd, const char *name, struct stat *st, GError **error)
{
  int fd = openat (dir_fd, name, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | O_NOFOLLOW);

  if (fd < 0)
    {
      if (errno == ELOOP)
        set_link_error (error, name);
      else
        passend_fs_set_error (error, errno, "Could not open the file");
      return -1;
    }

  if (fstat (fd, st) != 0)
    {
      passend_fs_set_error (error, errno, "Could not inspect the file");
      close (fd);
      return -1;
    }

  if (!S_ISREG (st->st_mode))
    {
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_NOT_REGULAR, "“%s” is not a regular file",
                   name);
      close (fd);
      return -1;
    }

  /* Reads block normally from here on. */
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
  return fd;
}

void
passend_fs_close (int *fd)
{
  if (*fd >= 0)
    close (*fd);
  *fd = -1;
}

/**
 * passend_fs_read_fd:
 * @size: the size fstat() gave
 * @buffer: room for @size bytes
 *
 * Reads exactly @size bytes from where @fd stands, and fails if the
 * file turns out longer or shorter: it changed while it was read.
 */
gboolean
passend_fs_read_fd (int fd, gsize size, char *buffer, GError **error)
{
  gsize done = 0;
  char  extra;

  while (done < size)
    {
      ssize_t n = read (fd, buffer + done, MIN (size - done, (gsize)G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return passend_fs_set_error (error, errno, "Could not read the file");
      if (n == 0)
        break;
      done += n;
    }

  if (done != size || read (fd, &extra, 1) != 0)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "The file changed while it was read");
      return FALSE;
    }

  return TRUE;
}

/**
 * passend_fs_read_at:
 * @max_size: larger files are refused with %PASSEND_ERROR_TOO_LARGE
 * @st: (out) (optional): what fstat() said of the file
 *
 * Reads a regular file of @dir_fd that is not a link.
 */
gboolean
passend_fs_read_at (int          dir_fd,
                    const char  *name,
                    gsize        max_size,
                    char       **contents,
                    gsize       *length,
                    struct stat *st,
                    GError     **error)
{
  g_autofree char *buffer = NULL;
  struct stat      local_st;
  int              fd = passend_fs_open_file_at (dir_fd, name, st ? st : &local_st, error);
  gsize            size;

  if (fd < 0)
    return FALSE;

  size = (gsize)(st ? st : &local_st)->st_size;
  if (size > max_size)
    {
      close (fd);
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_TOO_LARGE, "The file is larger than %zu MB",
                   max_size / (1024 * 1024));
      return FALSE;
    }

  buffer = g_malloc (size + 1);
  if (!passend_fs_read_fd (fd, size, buffer, error))
    {
      close (fd);
      return FALSE;
    }
  close (fd);

  buffer[size] = '\0';
  *contents = g_steal_pointer (&buffer);
  *length = size;
  return TRUE;
}

/* The content hash: MurmurHash3 x64 128 (Austin Appleby, public domain),
 * in pieces.  It tells a changed file from the one the store wrote at
 * memory speed (a SHA-256 of a 24 MB dossier took 70 ms, twice a save);
 * it is no defence against someone who can write the data folder, and
 * need not be. */
typedef struct
{
  guint64 h1, h2;
  guint64 length;
  guint8  rest[16];
  guint   n_rest;
} Hash;

#define C1 G_GUINT64_CONSTANT (0x87c37b91114253d5)
#define C2 G_GUINT64_CONSTANT (0x4cf5ad432745937f)

static inline guint64
rotl64 (guint64 x, int r)
{
  return (x << r) | (x >> (64 - r));
}

static inline guint64
fmix64 (guint64 k)
{
  k ^= k >> 33;
  k *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  k ^= k >> 33;
  k *= G_GUINT64_CONSTANT (0xc4ceb9fe1a85ec53);
  k ^= k >> 33;
  return k;
}

static inline guint64
read64 (const guint8 *p)
{
  guint64 v;

  memcpy (&v, p, 8);
  return GUINT64_FROM_LE (v);
}

static inline void
hash_block (Hash *h, const guint8 *p)
{
  guint64 k1 = read64 (p), k2 = read64 (p + 8);

  k1 *= C1, k1 = rotl64 (k1, 31), k1 *= C2, h->h1 ^= k1;
  h->h1 = rotl64 (h->h1, 27), h->h1 += h->h2, h->h1 = h->h1 * 5 + 0x52dce729;
  k2 *= C2, k2 = rotl64 (k2, 33), k2 *= C1, h->h2 ^= k2;
  h->h2 = rotl64 (h->h2, 31), h->h2 += h->h1, h->h2 = h->h2 * 5 + 0x38495ab5;
}

static void
hash_update (Hash *h, const guint8 *data, gsize length)
{
  h->length += length;

  if (h->n_rest > 0)
    {
      gsize take = MIN (length, 16 - h->n_rest);

      memcpy (h->rest + h->n_rest, data, take);
      h->n_rest += take, data += take, length -= take;
      if (h->n_rest < 16)
        return;
      hash_block (h, h->rest);
      h->n_rest = 0;
    }

  /* The bulk, with the state in registers. */
  {
    Hash local = *h;

    for (; length >= 16; data += 16, length -= 16)
      hash_block (&local, data);
    h->h1 = local.h1, h->h2 = local.h2;
  }

  memcpy (h->rest, data, length);
  h->n_rest = length;
}

static void
hash_finish (Hash *h, guint8 out[PASSEND_FS_HASH_SIZE])
{
  guint64 k1 = 0, k2 = 0;

  for (guint i = h->n_rest; i > 8; i--)
    k2 ^= (guint64)h->rest[i - 1] << (8 * (i - 9));
  if (h->n_rest > 8)
    k2 *= C2, k2 = rotl64 (k2, 33), k2 *= C1, h->h2 ^= k2;
  for (guint i = MIN (h->n_rest, 8); i > 0; i--)
    k1 ^= (guint64)h->rest[i - 1] << (8 * (i - 1));
  if (h->n_rest > 0)
    k1 *= C1, k1 = rotl64 (k1, 31), k1 *= C2, h->h1 ^= k1;

  h->h1 ^= h->length, h->h2 ^= h->length;
  h->h1 += h->h2, h->h2 += h->h1;
  h->h1 = fmix64 (h->h1), h->h2 = fmix64 (h->h2);
  h->h1 += h->h2, h->h2 += h->h1;

  k1 = GUINT64_TO_LE (h->h1), k2 = GUINT64_TO_LE (h->h2);
  memcpy (out, &k1, 8);
  memcpy (out + 8, &k2, 8);
}

gboolean
passend_fs_hash_fd (int fd, guint8 hash[PASSEND_FS_HASH_SIZE], GError **error)
{
  g_autofree guint8 *buffer = g_malloc (CHUNK);
  Hash               h = { 0 };

  for (;;)
    {
      ssize_t n = read (fd, buffer, CHUNK);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return passend_fs_set_error (error, errno, "Could not read the file");
      if (n == 0)
        break;
      hash_update (&h, buffer, n);
    }

  hash_finish (&h, hash);
  return TRUE;
}

void
passend_fs_hash (const char *data, gsize length, guint8 hash[PASSEND_FS_HASH_SIZE])
{
  Hash h = { 0 };

  hash_update (&h, (const guint8 *)data, length);
  hash_finish (&h, hash);
}

/* "PREFIX.XXXXXX", the names g_file_set_contents() made too. */
char *
passend_fs_make_temp_name (const char *prefix)
{
  GString *name = g_string_new (prefix);

  g_string_append_c (name, '.');
  for (guint i = 0; i < TEMP_LENGTH; i++)
    g_string_append_c (name, TEMP_CHARS[g_random_int_range (0, sizeof TEMP_CHARS - 1)]);

  return g_string_free (name, FALSE);
}

gboolean
passend_fs_is_temp_name (const char *name, const char *prefix)
{
  gsize n = strlen (prefix);

  if (strncmp (name, prefix, n) != 0 || name[n] != '.' || strlen (name) != n + 1 + TEMP_LENGTH)
    return FALSE;

  for (const char *p = name + n + 1; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;

  return TRUE;
}

static gboolean
write_all (int fd, const char *data, gsize length, GError **error)
{
  gsize done = 0;

  while (done < length)
    {
      ssize_t n = write (fd, data + done, MIN (length - done, (gsize)G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return passend_fs_set_error (error, errno, "Could not write the file");
      done += n;
    }

  return TRUE;
}

/**
 * passend_fs_write_temp_at:
 * @prefix: the temporary file is "@prefix.XXXXXX"
 * @temp_name: (out): its name
 *
 * Writes @data to a new file 0600 in @dir_fd, whatever the umask, and
 * syncs it.  On failure nothing is left.
 */
gboolean
passend_fs_write_temp_at (int         dir_fd,
                          const char *prefix,
                          const char *data,
                          gsize       length,
                          char      **temp_name,
                          GError    **error)
{
  g_autofree char *name = NULL;
  g_autoptr (GError) local_error = NULL;
  int fd = -1;

  for (guint tries = 0; fd < 0 && tries < 100; tries++)
    {
      g_free (name);
      name = passend_fs_make_temp_name (prefix);
      fd = openat (dir_fd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
      if (fd < 0 && errno != EEXIST)
        break;
    }

  if (fd < 0)
    return passend_fs_set_error (error, errno, "Could not create the file");

  if (fchmod (fd, 0600) != 0)
    passend_fs_set_error (&local_error, errno, "Could not protect the file");
  else if (write_all (fd, data, length, &local_error) && fsync (fd) != 0)
    passend_fs_set_error (&local_error, errno, "Could not write the file");

  if (close (fd) != 0 && local_error == NULL)
    passend_fs_set_error (&local_error, errno, "Could not write the file");

  if (local_error != NULL)
    {
      unlinkat (dir_fd, name, 0);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *temp_name = g_steal_pointer (&name);
  return TRUE;
}

/**
 * passend_fs_rename_noreplace:
 *
 * Gives @from its name @to, unless @to exists: then
 * %G_IO_ERROR_EXISTS, and nothing changed.
 */
gboolean
passend_fs_rename_noreplace (
    int from_fd, const char *from, int to_fd, const char *to, GError **error)
{
  struct stat st;

  if (renameat2 (from_fd, from, to_fd, to, RENAME_NOREPLACE) == 0)
    return TRUE;
  if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
    return passend_fs_set_error (error, errno, "Could not rename the file");

  /* Not on every file system; a hard link is as careful. */
  if (linkat (from_fd, from, to_fd, to, 0) == 0)
    {
      unlinkat (from_fd, from, 0);
      return TRUE;
    }
  if (errno == EEXIST)
    return passend_fs_set_error (error, errno, "Could not rename the file");

  if (fstatat (to_fd, to, &st, AT_SYMLINK_NOFOLLOW) == 0)
    return passend_fs_set_error (error, EEXIST, "Could not rename the file");
  if (renameat (from_fd, from, to_fd, to) != 0)
    return passend_fs_set_error (error, errno, "Could not rename the file");
  return TRUE;
}

/**
 * passend_fs_write_new_at:
 *
 * Writes a new file @name (0600, synced) in one step: it is there whole
 * or not at all.  An existing @name gives %G_IO_ERROR_EXISTS.
 */
gboolean
passend_fs_write_new_at (
    int dir_fd, const char *name, const char *data, gsize length, GError **error)
{
  g_autofree char *temp = NULL;

  if (!passend_fs_write_temp_at (dir_fd, name, data, length, &temp, error))
    return FALSE;

  if (!passend_fs_rename_noreplace (dir_fd, temp, dir_fd, name, error))
    {
      unlinkat (dir_fd, temp, 0);
      return FALSE;
    }

  passend_fs_sync_dir (dir_fd);
  return TRUE;
}

/* A regular file of this user: the only kind the store removes. */
gboolean
passend_fs_is_own_regular (const struct stat *st)
{
  return S_ISREG (st->st_mode) && st->st_uid == geteuid ();
}

void
passend_fs_sync_dir (int dir_fd)
{
  if (fsync (dir_fd) != 0 && errno != EINVAL)
    g_debug ("Could not sync a folder: %s", g_strerror (errno));
}

/* "YYYYMMDD-HHMMSS-mmm", in UTC. */
char *
passend_fs_timestamp (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *base = g_date_time_format (now, "%Y%m%d-%H%M%S");

  return g_strdup_printf ("%s-%03d", base, g_date_time_get_microsecond (now) / 1000);
}

/**
 * passend_fs_list_dir:
 *
 * Returns: (transfer full): the names in @dir_fd, or an empty array
 */
GPtrArray *
passend_fs_list_dir (int dir_fd)
{
  GPtrArray     *names = g_ptr_array_new_with_free_func (g_free);
  int            fd = openat (dir_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  DIR           *dir = fd >= 0 ? fdopendir (fd) : NULL;
  struct dirent *entry;

  if (dir == NULL)
    {
      if (fd >= 0)
        close (fd);
      return names;
    }

  while ((entry = readdir (dir)) != NULL)
    if (strcmp (entry->d_name, ".") != 0 && strcmp (entry->d_name, "..") != 0)
      g_ptr_array_add (names, g_strdup (entry->d_name));

  closedir (dir);
  return names;
}
