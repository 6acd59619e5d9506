/* test-command-line-backup.c - `passend --export-backup FILE` and
 * `passend --import-backup FILE [--replace]`, the built program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "passend-document-files.h"
#include "passend-store.h"
#include "test-util.h"

static const char pdf_bytes[] = "%PDF-1.4\n\0\x01 a document";

/* A data home with a dossier of one child, two entries, one document. */
static char *
make_home (char **folder)
{
  char            *home = test_make_dir ();
  g_autofree char *data = g_build_filename (home, "passend", NULL);
  g_autofree char *source = test_write_file (home, "verslag.pdf", pdf_bytes, sizeof pdf_bytes);
  g_autoptr (PassendStore) store = passend_store_new (data);
  g_autoptr (PassendDocument) document = NULL;
  g_autoptr (PassendEntry) first = NULL;
  g_autoptr (PassendEntry) second = NULL;
  g_autoptr (GError) error = NULL;
  PassendDossier *dossier;
  PassendChild   *child;

  passend_store_load (store, NULL);
  dossier = passend_store_get_dossier (store);
  child = passend_dossier_add_child (dossier, "Sam");
  first = passend_entry_new (PASSEND_ENTRY_KIND_CONVERSATION, "2026-03-13", "Gesprek");
  second = passend_entry_new (PASSEND_ENTRY_KIND_CONVERSATION, "2026-03-20", "MDO");
  passend_entry_set_child_id (first, passend_record_get_id (PASSEND_RECORD (child)));
  passend_entry_set_child_id (second, passend_record_get_id (PASSEND_RECORD (child)));
  passend_dossier_add_entry (dossier, first);
  passend_dossier_add_entry (dossier, second);
  document = passend_document_files_import (data, source, &error);
  g_assert_no_error (error);
  passend_dossier_add_document (dossier, second, document);
  g_assert_true (passend_store_save (store, &error));
  g_assert_no_error (error);
  g_unlink (source);

  *folder = g_steal_pointer (&data);
  return home;
}

/* Runs the program with @home as XDG_DATA_HOME; returns its exit code. */
static int
run (const char *home, const char *const *args, char **out, char **err)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_auto (GStrv) env = g_get_environ ();
  g_autoptr (GError) error = NULL;
  int status = -1;

  g_ptr_array_add (argv, (char *)g_getenv ("PASSEND_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "XDG_DATA_HOME", home, TRUE);
  env = g_environ_setenv (env, "LANGUAGE", "C", TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **)argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, out,
                               err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static char *
read_dossier (const char *folder)
{
  g_autofree char *path = g_build_filename (folder, "dossier.json", NULL);

  return test_read_file (path, NULL);
}

static void
test_export_import (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *home = make_home (&folder);
  g_autofree char *other = test_make_dir ();
  g_autofree char *target = g_build_filename (other, "passend", NULL);
  g_autofree char *file = g_build_filename (home, "Sam.passend", NULL);
  g_autofree char *docs = g_build_filename (target, "documents", NULL);
  g_autofree char *backups = g_build_filename (target, "backups", NULL);
  g_autofree char *before = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char      *export_args[] = { "--export-backup", file, NULL };
  const char      *import_args[] = { "--import-backup", file, NULL };
  const char      *replace_args[] = { "--import-backup", file, "--replace", NULL };
  int              fd;

  /* While Passend is open (it holds the lock): the export works. */
  fd = open (folder, O_RDONLY | O_DIRECTORY);
  g_assert_cmpint (flock (fd, LOCK_EX | LOCK_NB), ==, 0);
  g_assert_cmpint (run (home, export_args, &out, &err), ==, 0);
  close (fd);
  g_assert_nonnull (strstr (out, "Entries: 2\n"));
  g_assert_nonnull (strstr (out, "Documents: 1\n"));
  g_assert_cmpuint (test_file_mode (file), ==, 0600);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Into an empty data folder: without asking. */
  g_assert_cmpint (run (other, import_args, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Children: 1\n"));
  g_assert_nonnull (strstr (out, "Entries: 2\n"));
  g_assert_cmpuint (test_count_files (docs), ==, 1);
  before = read_dossier (target);
  g_assert_nonnull (strstr (before, "\"MDO\""));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Over a dossier: refused without --replace, nothing changed. */
  g_assert_cmpint (run (other, import_args, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "--replace"));
  g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* With it: the dossier that was there is kept as a backup. */
  g_assert_cmpint (run (other, replace_args, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "kept as a backup"));
  g_assert_cmpuint (test_count_files (backups), ==, 1);

  test_remove_dir (home);
  test_remove_dir (other);
}

static void
test_import_refused (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *home = make_home (&folder);
  g_autofree char *other = test_make_dir ();
  g_autofree char *file = test_write_file (other, "bad.passend", "PK\003\004 no zip", -1);
  g_autofree char *good = g_build_filename (other, "good.passend", NULL);
  g_autofree char *before = read_dossier (folder);
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char      *bad_args[] = { "--import-backup", file, "--replace", NULL };
  const char      *export_args[] = { "--export-backup", good, NULL };
  const char      *good_args[] = { "--import-backup", good, "--replace", NULL };
  guint            files = test_count_files (folder);
  int              fd;

  g_assert_cmpint (run (home, bad_args, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "Nothing was changed"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Passend is open: an import waits until it is closed. */
  g_assert_cmpint (run (home, export_args, &out, &err), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  fd = open (folder, O_RDONLY | O_DIRECTORY);
  g_assert_cmpint (flock (fd, LOCK_EX | LOCK_NB), ==, 0);
  g_assert_cmpint (run (home, good_args, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "Passend is open"));
  close (fd);

  after = read_dossier (folder);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (test_count_files (folder), ==, files);
  test_remove_dir (home);
  test_remove_dir (other);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (g_getenv ("PASSEND_BIN"));
  g_test_add_func ("/command-line-backup/export-import", test_export_import);
  g_test_add_func ("/command-line-backup/import-refused", test_import_refused);

  return g_test_run ();
}
