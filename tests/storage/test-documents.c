/* test-documents.c - the documents API the views use: attach, find,
 * open, discard, sweep, all through the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "passend-documents.h"
#include "passend-error.h"
#include "store-helpers.h"
#include "test-util.h"

static PassendStore *
open_store (const char *dir, PassendStoreState expected)
{
  PassendStore *store = passend_store_new (dir);

  passend_store_set_save_delay (store, 5);
  passend_store_load (store, NULL);
  g_assert_cmpint (passend_store_get_state (store), ==, expected);
  return store;
}

/* Attaches @path and waits; cancels first if @cancel. */
static PassendDocument *
attach (PassendStore *store, GFile *file, gboolean cancel, GError **error)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GAsyncResult) result = NULL;

  passend_store_attach_document_async (store, file, cancellable, store_test_result_cb, &result);
  if (cancel)
    g_cancellable_cancel (cancellable);
  return passend_store_attach_document_finish (store, store_test_wait_for (&result), error);
}

static PassendDocument *
attach_path (PassendStore *store, const char *path, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return attach (store, file, FALSE, error);
}

static guint
sweep (PassendStore *store)
{
  g_autoptr (GAsyncResult) result = NULL;

  passend_store_sweep_documents_async (store, store_test_result_cb, &result);
  return passend_store_sweep_documents_finish (store, store_test_wait_for (&result));
}

static guint
count_copies (const char *dir)
{
  g_autofree char *folder = g_build_filename (dir, "documents", NULL);

  return g_file_test (folder, G_FILE_TEST_IS_DIR) ? test_count_files (folder) : 0;
}

/* A chosen file becomes a private copy the views reach only through
 * the store. */
static void
test_attach (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *source_dir = test_make_dir ();
  g_autofree char *source = test_write_file (source_dir, "Verslag juni.PDF", "%PDF-1.4 test", -1);
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (GError) error = NULL;
  g_autoptr (PassendDocument) doc = NULL;
  g_autoptr (GFile) copy = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *folder = g_build_filename (dir, "documents", NULL);

  doc = attach_path (store, source, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_document_get_name (doc), ==, "Verslag juni.PDF");
  g_assert_cmpint (passend_document_get_size (doc), ==, 13);
  g_assert_true (passend_store_has_document (store, doc));

  /* The copy is in the data folder, for the parent only. */
  copy = passend_store_get_document_file (store, doc);
  g_assert_nonnull (copy);
  copy_path = g_file_get_path (copy);
  g_assert_true (g_str_has_prefix (copy_path, folder));
  contents = test_read_file (copy_path, NULL);
  g_assert_cmpstr (contents, ==, "%PDF-1.4 test");
  g_assert_cmpuint (test_file_mode (copy_path), ==, 0600);
  g_assert_cmpuint (test_file_mode (folder), ==, 0700);

  /* The copy stays when the original goes. */
  g_unlink (source);
  g_assert_true (passend_store_has_document (store, doc));

  /* Gone from the folder: said, and nothing to open. */
  g_unlink (copy_path);
  g_assert_false (passend_store_has_document (store, doc));

  test_remove_dir (source_dir);
  test_remove_dir (dir);
}

/* The storage's rules hold for the views too, and a refused file
 * leaves nothing behind. */
static void
test_attach_refuses (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *source_dir = test_make_dir ();
  g_autofree char *fifo = g_build_filename (source_dir, "pipe", NULL);
  g_autofree char *big = g_build_filename (source_dir, "big.bin", NULL);
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (GFile) remote = g_file_new_for_uri ("http://example.org/brief.pdf");
  g_autoptr (PassendDocument) doc = NULL;
  g_autoptr (GError) error = NULL;

  doc = attach (store, remote, FALSE, &error);
  g_assert_null (doc);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_clear_error (&error);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  doc = attach_path (store, fifo, &error);
  g_assert_null (doc);
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_NOT_REGULAR);
  g_clear_error (&error);

  doc = attach_path (store, source_dir, &error);
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_NOT_REGULAR);
  g_clear_error (&error);

  /* A sparse file: the test writes nothing real. */
  {
    FILE *f = fopen (big, "w");

    g_assert_nonnull (f);
    g_assert_cmpint (ftruncate (fileno (f), PASSEND_DOCUMENT_MAX_SIZE + 1), ==, 0);
    fclose (f);
  }
  doc = attach_path (store, big, &error);
  g_assert_null (doc);
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_TOO_LARGE);

  g_assert_cmpuint (count_copies (dir), ==, 0);

  test_remove_dir (source_dir);
  test_remove_dir (dir);
}

/* A copy nobody wants any more is deleted, not left in the folder. */
static void
test_attach_cancelled (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *source_dir = test_make_dir ();
  g_autofree char *source = test_write_file (source_dir, "Brief.pdf", "%PDF-1.4", -1);
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (GFile) file = g_file_new_for_path (source);
  g_autoptr (PassendDocument) doc = NULL;
  g_autoptr (GError) error = NULL;

  doc = attach (store, file, TRUE, &error);
  g_assert_null (doc);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_copies (dir), ==, 0);

  test_remove_dir (source_dir);
  test_remove_dir (dir);
}

/* An unsaved copy can be discarded; one the dossier uses, or one of a
 * store that only reads, cannot. */
static void
test_discard (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *source_dir = test_make_dir ();
  g_autofree char *source = test_write_file (source_dir, "Brief.pdf", "%PDF-1.4", -1);
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_NEW);
  PassendDossier *dossier = passend_store_get_dossier (store);
  g_autoptr (PassendEntry) entry =
      passend_entry_new (PASSEND_ENTRY_KIND_DOCUMENT, "2026-01-01", "Letter");
  g_autoptr (PassendDocument) unsaved = NULL;
  g_autoptr (PassendDocument) kept = NULL;
  g_autoptr (GError) error = NULL;

  unsaved = attach_path (store, source, &error);
  g_assert_no_error (error);
  g_assert_true (passend_store_discard_document (store, unsaved));
  g_assert_false (passend_store_has_document (store, unsaved));

  kept = attach_path (store, source, &error);
  g_assert_no_error (error);
  passend_dossier_add_entry (dossier, entry);
  passend_dossier_add_document (dossier, entry, kept);
  g_assert_false (passend_store_discard_document (store, kept));
  g_assert_true (passend_store_has_document (store, kept));
  g_assert_true (passend_store_flush (store, NULL));

  /* Another Passend holds the folder: this one deletes nothing. */
  {
    g_autoptr (PassendStore) reader = open_store (dir, PASSEND_STORE_STATE_LOCKED);
    g_autoptr (PassendDocument) stray = attach_path (store, source, &error);

    g_assert_no_error (error);
    g_assert_false (passend_store_discard_document (reader, stray));
    g_assert_true (passend_store_has_document (reader, stray));
  }

  test_remove_dir (source_dir);
  test_remove_dir (dir);
}

/* Unused copies go, but only from a dossier read whole that can be
 * written: of any other Passend does not know every document. */
static void
test_sweep (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *folder = g_build_filename (dir, "documents", NULL);
  g_autofree char *stray = NULL;
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_NEW);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  stray = test_write_file (folder, "0000-stray.pdf", "x", -1);

  /* Not saved yet. */
  g_assert_cmpuint (sweep (store), ==, 0);
  g_assert_true (g_file_test (stray, G_FILE_TEST_EXISTS));

  /* Read only, beside a Passend that writes. */
  passend_dossier_add_child (passend_store_get_dossier (store), "Sam");
  g_assert_true (passend_store_flush (store, NULL));
  {
    g_autoptr (PassendStore) reader = open_store (dir, PASSEND_STORE_STATE_LOCKED);

    g_assert_cmpuint (sweep (reader), ==, 0);
    g_assert_true (g_file_test (stray, G_FILE_TEST_EXISTS));
  }

  g_clear_object (&store);
  store = open_store (dir, PASSEND_STORE_STATE_OK);
  g_assert_cmpuint (sweep (store), ==, 1);
  g_assert_false (g_file_test (stray, G_FILE_TEST_EXISTS));

  test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/documents/attach", test_attach);
  g_test_add_func ("/documents/attach-refuses", test_attach_refuses);
  g_test_add_func ("/documents/attach-cancelled", test_attach_cancelled);
  g_test_add_func ("/documents/discard", test_discard);
  g_test_add_func ("/documents/sweep", test_sweep);

  return g_test_run ();
}
