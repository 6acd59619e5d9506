/* test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/stat.h>

#include <glib/gstdio.h>

#include "test-util.h"

/* A fresh folder under the test's temporary XDG_DATA_HOME (or /tmp). */
char *
test_make_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("passend-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
test_remove_dir (const char *dir)
{
  const char *argv[] = { "rm", "-rf", dir, NULL };
  g_autoptr (GError) error = NULL;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                &error);
  g_assert_no_error (error);
}

char *
test_write_file (const char *dir, const char *name, const char *contents, gssize length)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

char *
test_read_file (const char *path, gsize *length)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

guint
test_file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

guint
test_count_files (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/**
 * test_own_tmp_dir:
 * @name: the test program's name, for the folder's name
 *
 * Gives this process a temporary folder of its own (TMPDIR), so that
 * what a test counts there is its own and not that of a test running
 * beside it. Call it first in main(), before anything asks GLib for the
 * temporary folder: g_get_tmp_dir() keeps its first answer.
 *
 * Returns: the folder; remove it with test_remove_dir() at the end
 */
char *
test_own_tmp_dir (const char *name)
{
  const char *base = g_getenv ("TMPDIR");
  g_autofree char *template = g_strdup_printf ("%s-XXXXXX", name);
  char *dir = g_build_filename (base != NULL ? base : "/tmp", template, NULL);

  g_assert_nonnull (g_mkdtemp (dir));
  g_setenv ("TMPDIR", dir, TRUE);
  return dir;
}
