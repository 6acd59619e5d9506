/* test-backup.c - export everything, import it elsewhere, restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 18: an export brought into an empty data folder gives the same
 * dossier and the same document bytes; an import and a restore keep
 * the current dossier as a backup; the rotating backups are listed
 * with what they hold.
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "passend-backup.h"
#include "passend-document-files.h"
#include "passend-documents.h"
#include "passend-error.h"
#include "store-helpers.h"

static const char pdf_bytes[] = "%PDF-1.4 not really\n\0\x01\x02\xff binary";

/* A dossier with two children, three entries and two documents. */
static PassendStore *
make_dossier (const char *dir)
{
  PassendStore    *store = store_test_open (dir, PASSEND_STORE_STATE_NEW);
  PassendDossier  *dossier = passend_store_get_dossier (store);
  g_autofree char *source_dir = test_make_dir ();
  const char      *names[] = { "Verslag MDO.pdf", "foto.JPG" };

  passend_dossier_add_child (dossier, "Sam");
  passend_dossier_add_child (dossier, "Noor");
  store_test_add_entry (dossier, "Gesprek juf", "Zij zei: “morgen”.");
  store_test_add_entry (dossier, "MDO", "Lang verhaal");
  store_test_add_entry (dossier, "Mail IB", "Kort");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *source =
          test_write_file (source_dir, names[i], pdf_bytes, sizeof pdf_bytes - i);
      g_autoptr (PassendDocument) document = NULL;

      document = passend_document_files_import (dir, source, &error);
      g_assert_no_error (error);
      passend_dossier_add_document (dossier, store_test_find_entry (store, "MDO"), document);
    }
  store_test_save (store);
  test_remove_dir (source_dir);
  return store;
}

static char *
dossier_text (PassendDossier *dossier)
{
  gsize length;

  return passend_dossier_write (dossier, 0, &length);
}

static void
assert_same_documents (const char *from, const char *to, PassendDossier *dossier)
{
  GListModel *documents = passend_dossier_get_documents (dossier);

  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr (PassendDocument) document = g_list_model_get_item (documents, i);
      g_autofree char *a = passend_document_files_get_path (from, document);
      g_autofree char *b = passend_document_files_get_path (to, document);
      gsize            a_length, b_length;
      g_autofree char *a_bytes = test_read_file (a, &a_length);
      g_autofree char *b_bytes = test_read_file (b, &b_length);

      g_assert_cmpmem (a_bytes, a_length, b_bytes, b_length);
      g_assert_cmpuint (test_file_mode (b), ==, 0600);
    }
}

static void
test_round_trip (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *other = test_make_dir ();
  g_autofree char *out = test_make_dir ();
  g_autofree char *file = g_build_filename (out, "Sam.passend", NULL);
  g_autoptr (PassendStore) store = make_dossier (dir);
  g_autoptr (PassendStore) fresh = NULL;
  g_autoptr (PassendStore) again = NULL;
  g_autoptr (PassendBackupInfo) made = NULL;
  g_autoptr (PassendBackupInfo) seen = NULL;
  g_autoptr (PassendBackupInfo) brought = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (passend_backup_export_folder (dir, file, &made, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (test_file_mode (file), ==, 0600);
  g_assert_cmpuint (test_count_files (out), ==, 1);
  g_assert_cmpuint (made->children, ==, 2);
  g_assert_cmpuint (made->entries, ==, 3);
  g_assert_cmpuint (made->files, ==, 2);

  seen = passend_backup_inspect (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen->children, ==, 2);
  g_assert_cmpuint (seen->entries, ==, 3);
  g_assert_cmpuint (seen->documents, ==, 2);
  g_assert_cmpstr (seen->app_version, ==, PACKAGE_VERSION);
  g_assert_nonnull (seen->when);
  g_assert_cmpint (g_date_time_to_unix (seen->when), >=, g_get_real_time () / G_USEC_PER_SEC - 60);

  fresh = store_test_open (other, PASSEND_STORE_STATE_NEW);
  g_assert_false (passend_store_holds_dossier (fresh));
  g_assert_true (passend_store_import_backup (fresh, file, &brought, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (brought->entries, ==, 3);
  g_clear_object (&fresh);

  /* From the disk, as the next start reads it. */
  again = store_test_open (other, PASSEND_STORE_STATE_OK);
  g_assert_true (passend_store_holds_dossier (again));
  before = dossier_text (passend_store_get_dossier (store));
  after = dossier_text (passend_store_get_dossier (again));
  g_assert_cmpstr (before, ==, after);
  assert_same_documents (dir, other, passend_store_get_dossier (again));
  g_assert_cmpuint (store_test_count_prefix (other, ".passend-import"), ==, 0);

  test_remove_dir (dir);
  test_remove_dir (other);
  test_remove_dir (out);
}

/* In the app: from the dossier in memory, on a worker; and back. */
static void
test_async (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *other = test_make_dir ();
  g_autofree char *out = test_make_dir ();
  g_autofree char *file = g_build_filename (out, "all.passend", NULL);
  g_autoptr (PassendStore) store = make_dossier (dir);
  g_autoptr (PassendStore) fresh = store_test_open (other, PASSEND_STORE_STATE_NEW);
  g_autoptr (GAsyncResult) exported = NULL;
  g_autoptr (GAsyncResult) imported = NULL;
  g_autoptr (PassendBackupInfo) made = NULL;
  g_autoptr (PassendBackupInfo) brought = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* Not saved yet: the export holds it all the same. */
  store_test_add_entry (passend_store_get_dossier (store), "Nog niet bewaard", "x");
  passend_store_export_backup_async (store, file, NULL, store_test_result_cb, &exported);
  made = passend_store_export_backup_finish (store, store_test_wait_for (&exported), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (made->entries, ==, 4);

  passend_store_import_backup_async (fresh, file, NULL, store_test_result_cb, &imported);
  brought = passend_store_import_backup_finish (fresh, store_test_wait_for (&imported), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (brought->entries, ==, 4);
  g_assert_nonnull (store_test_find_entry (fresh, "Nog niet bewaard"));
  g_assert_false (passend_store_get_dirty (fresh));

  before = dossier_text (passend_store_get_dossier (store));
  after = dossier_text (passend_store_get_dossier (fresh));
  g_assert_cmpstr (before, ==, after);
  assert_same_documents (dir, other, passend_store_get_dossier (fresh));

  test_remove_dir (dir);
  test_remove_dir (other);
  test_remove_dir (out);
}

/* Cancel leaves no file, and no hidden draft either; also for a
 * dossier without documents, whose export has no document to stop at. */
static void
test_export_cancelled (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *out = test_make_dir ();
  g_autofree char *file = g_build_filename (out, "all.passend", NULL);
  g_autoptr (PassendStore) store = store_test_open (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (PassendBackupInfo) made = NULL;
  g_autoptr (GError) error = NULL;

  passend_dossier_add_child (passend_store_get_dossier (store), "Sam");
  g_cancellable_cancel (cancellable);
  passend_store_export_backup_async (store, file, cancellable, store_test_result_cb, &result);
  made = passend_store_export_backup_finish (store, store_test_wait_for (&result), &error);
  g_assert_null (made);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (test_count_files (out), ==, 0);

  test_remove_dir (dir);
  test_remove_dir (out);
}

/* An import cut off leaves a stage folder; the next import clears it. */
static void
test_stale_stage (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *other = test_make_dir ();
  g_autofree char *out = test_make_dir ();
  g_autofree char *file = g_build_filename (out, "all.passend", NULL);
  g_autofree char *stage = g_build_filename (other, ".passend-import.abcdef", NULL);
  g_autoptr (PassendStore) store = make_dossier (dir);
  g_autoptr (PassendStore) fresh = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (passend_backup_export_folder (dir, file, NULL, &error));
  g_assert_cmpint (g_mkdir (stage, 0700), ==, 0);
  g_free (test_write_file (stage, "left.pdf", "x", -1));

  fresh = store_test_open (other, PASSEND_STORE_STATE_NEW);
  g_assert_true (passend_store_import_backup (fresh, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (stage, G_FILE_TEST_EXISTS));

  test_remove_dir (dir);
  test_remove_dir (other);
  test_remove_dir (out);
}

/* An import over a dossier keeps that dossier as a backup first. */
static void
test_import_keeps_current (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *other = test_make_dir ();
  g_autofree char *out = test_make_dir ();
  g_autofree char *file = g_build_filename (out, "all.passend", NULL);
  g_autofree char *backups = g_build_filename (other, "backups", NULL);
  g_autoptr (PassendStore) store = make_dossier (dir);
  g_autoptr (PassendStore) mine = store_test_open (other, PASSEND_STORE_STATE_NEW);
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GError) error = NULL;
  gboolean found = FALSE;

  g_assert_true (passend_backup_export_folder (dir, file, NULL, &error));
  g_assert_no_error (error);

  passend_dossier_add_child (passend_store_get_dossier (mine), "Eigen kind");
  store_test_add_entry (passend_store_get_dossier (mine), "Alleen hier", "Niet in de backup");
  g_assert_true (passend_store_holds_dossier (mine));

  g_assert_true (passend_store_import_backup (mine, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (store_test_find_entry (mine, "Alleen hier"));

  list = passend_store_describe_backups (mine);
  for (guint i = 0; i < list->len; i++)
    {
      PassendBackupInfo *info = list->pdata[i];
      g_autofree char   *path = g_build_filename (backups, info->name, NULL);

      g_assert_nonnull (info->when);
      if (store_test_has_text (path, "Alleen hier"))
        {
          g_assert_cmpuint (info->entries, ==, 1);
          g_assert_cmpuint (info->children, ==, 1);
          found = TRUE;
        }
    }
  g_assert_true (found);

  test_remove_dir (dir);
  test_remove_dir (other);
  test_remove_dir (out);
}

/* How many of the rotating backups in @dir hold @text. */
static guint
backups_with (PassendStore *store, const char *dir, const char *text)
{
  g_autoptr (GPtrArray) list = passend_store_describe_backups (store);
  guint found = 0;

  for (guint i = 0; i < list->len; i++)
    {
      PassendBackupInfo *info = list->pdata[i];
      g_autofree char   *path = g_build_filename (dir, "backups", info->name, NULL);

      found += store_test_has_text (path, text);
    }
  return found;
}

/* A rotating backup: listed, opened to look at, restored; the current
 * file is kept. */
static void
test_restore (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autoptr (PassendStore) store = make_dossier (dir);
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (PassendDossier) look = NULL;
  g_autoptr (GError) error = NULL;
  PassendBackupInfo *oldest;

  /* Three entries on disk; then a fourth, saved: the three go to backups. */
  store_test_add_entry (passend_store_get_dossier (store), "Vierde", "nieuw");
  store_test_save (store);

  list = passend_store_describe_backups (store);
  g_assert_cmpuint (list->len, >=, 1);
  oldest = list->pdata[0];
  g_assert_cmpuint (oldest->entries, ==, 3);
  g_assert_cmpuint (oldest->children, ==, 2);

  look = passend_store_open_backup (store, oldest->name, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (look)), ==, 3);
  /* Only looking: the store still has four. */
  g_assert_nonnull (store_test_find_entry (store, "Vierde"));

  g_assert_false (passend_store_open_backup (store, "../dossier.json", &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_NO_BACKUP);
  g_clear_error (&error);

  g_assert_true (passend_store_restore_named_backup (store, oldest->name, &error));
  g_assert_no_error (error);
  g_assert_null (store_test_find_entry (store, "Vierde"));
  g_assert_false (passend_store_get_dirty (store));

  g_assert_cmpuint (backups_with (store, dir, "Vierde"), ==, 1);

  test_remove_dir (dir);
}

/* The same restore, read on a worker and saved without waiting: the
 * answer comes once the file holds the backup. */
static void
test_restore_async (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendStore) store = make_dossier (dir);
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GAsyncResult) restored = NULL;
  g_autoptr (GAsyncResult) refused = NULL;
  g_autoptr (GError) error = NULL;
  PassendBackupInfo *oldest;

  store_test_add_entry (passend_store_get_dossier (store), "Vierde", "nieuw");
  store_test_save (store);
  list = passend_store_describe_backups (store);
  oldest = list->pdata[0];

  /* Typed just before: saved first, so it is in a backup too. */
  store_test_add_entry (passend_store_get_dossier (store), "Vijfde", "net getypt");
  passend_store_restore_named_backup_async (store, oldest->name, store_test_result_cb, &restored);
  g_assert_true (
      passend_store_restore_named_backup_finish (store, store_test_wait_for (&restored), &error));
  g_assert_no_error (error);
  g_assert_null (store_test_find_entry (store, "Vierde"));
  g_assert_false (passend_store_get_dirty (store));
  g_assert_false (store_test_has_text (path, "Vierde"));
  g_assert_cmpuint (backups_with (store, dir, "Vijfde"), ==, 1);

  passend_store_restore_named_backup_async (store, "../dossier.json", store_test_result_cb,
                                            &refused);
  g_assert_false (
      passend_store_restore_named_backup_finish (store, store_test_wait_for (&refused), &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_NO_BACKUP);

  test_remove_dir (dir);
}

/* An import whose save fails (the disk is "full") leaves the store and
 * the file as they were. */
static void
test_import_disk_full (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *other = test_make_dir ();
  g_autofree char *out = test_make_dir ();
  g_autofree char *file = g_build_filename (out, "all.passend", NULL);
  g_autofree char *path = g_build_filename (other, "dossier.json", NULL);
  g_autoptr (PassendStore) store = store_test_open (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (PassendStore) mine = store_test_open (other, PASSEND_STORE_STATE_NEW);
  g_autoptr (GAsyncResult) imported = NULL;
  g_autoptr (PassendBackupInfo) brought = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *big = g_strnfill (64 * 1024, 'x');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize            before_length, after_length;
  struct rlimit    old_limit, limit;

  passend_dossier_add_child (passend_store_get_dossier (store), "Sam");
  store_test_add_entry (passend_store_get_dossier (store), "Lang verslag", big);
  store_test_save (store);
  g_assert_true (passend_backup_export_folder (dir, file, NULL, &error));
  g_assert_no_error (error);

  passend_dossier_add_child (passend_store_get_dossier (mine), "Eigen kind");
  store_test_add_entry (passend_store_get_dossier (mine), "Alleen hier", "Niet in de backup");
  store_test_save (mine);
  before = test_read_file (path, &before_length);

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = before_length;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  passend_store_import_backup_async (mine, file, NULL, store_test_result_cb, &imported);
  brought = passend_store_import_backup_finish (mine, store_test_wait_for (&imported), &error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  g_assert_null (brought);
  g_assert_nonnull (error);
  g_assert_nonnull (store_test_find_entry (mine, "Alleen hier"));
  g_assert_null (store_test_find_entry (mine, "Lang verslag"));
  g_assert_false (passend_store_get_dirty (mine));
  after = test_read_file (path, &after_length);
  g_assert_cmpmem (after, after_length, before, before_length);

  /* With room again it comes in. */
  g_clear_error (&error);
  g_clear_object (&imported);
  passend_store_import_backup_async (mine, file, NULL, store_test_result_cb, &imported);
  brought = passend_store_import_backup_finish (mine, store_test_wait_for (&imported), &error);
  g_assert_no_error (error);
  g_assert_nonnull (store_test_find_entry (mine, "Lang verslag"));
  g_assert_true (store_test_has_text (path, "Lang verslag"));

  test_remove_dir (dir);
  test_remove_dir (other);
  test_remove_dir (out);
}

/* A missing document is left out, and the export still works. */
static void
test_missing_document (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *out = test_make_dir ();
  g_autofree char *file = g_build_filename (out, "all.passend", NULL);
  g_autoptr (PassendStore) store = make_dossier (dir);
  g_autoptr (PassendDocument) first =
      g_list_model_get_item (passend_dossier_get_documents (passend_store_get_dossier (store)), 0);
  g_autofree char *path = passend_document_files_get_path (dir, first);
  g_autoptr (PassendBackupInfo) made = NULL;
  g_autoptr (PassendBackupInfo) seen = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_true (passend_backup_export_folder (dir, file, &made, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (made->files, ==, 1);
  seen = passend_backup_inspect (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen->documents, ==, 2);
  g_assert_cmpuint (seen->files, ==, 1);

  test_remove_dir (dir);
  test_remove_dir (out);
}

static void
test_reminder_due (void)
{
  const gint64 day = 24 * 60 * 60;
  const gint64 now = 1800000000;

  /* 31 days since the export, and changed since: remind. */
  g_assert_true (passend_backup_reminder_due (now - 31 * day, 0, now - day, now));
  /* Not changed since the export: nothing new to lose. */
  g_assert_false (passend_backup_reminder_due (now - 31 * day, 0, now - 32 * day, now));
  /* Only 29 days. */
  g_assert_false (passend_backup_reminder_due (now - 29 * day, 0, now - day, now));
  /* Never exported: counted from the first look. */
  g_assert_true (passend_backup_reminder_due (0, now - 40 * day, now - day, now));
  g_assert_false (passend_backup_reminder_due (0, now - 10 * day, now - day, now));
  /* No dossier on disk. */
  g_assert_false (passend_backup_reminder_due (now - 31 * day, 0, 0, now));
}

static void
test_saved_time (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autoptr (PassendStore) store = store_test_open (dir, PASSEND_STORE_STATE_NEW);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_assert_cmpint (passend_store_get_saved_time (store), ==, 0);
  passend_dossier_add_child (passend_store_get_dossier (store), "Sam");
  store_test_save (store);
  g_assert_cmpint (passend_store_get_saved_time (store), >=, now - 1);
  g_assert_cmpint (passend_store_get_saved_time (store), <=, now + 1);
  test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/round-trip", test_round_trip);
  g_test_add_func ("/backup/async", test_async);
  g_test_add_func ("/backup/export-cancelled", test_export_cancelled);
  g_test_add_func ("/backup/stale-stage", test_stale_stage);
  g_test_add_func ("/backup/import-keeps-current", test_import_keeps_current);
  g_test_add_func ("/backup/restore", test_restore);
  g_test_add_func ("/backup/restore-async", test_restore_async);
  g_test_add_func ("/backup/import-disk-full", test_import_disk_full);
  g_test_add_func ("/backup/missing-document", test_missing_document);
  g_test_add_func ("/backup/reminder-due", test_reminder_due);
  g_test_add_func ("/backup/saved-time", test_saved_time);

  return g_test_run ();
}
