/* test-store-load.c - loading on a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * passend_store_load_async() ends where passend_store_load() ends, for
 * a good, a missing, a damaged and a too large dossier, and writes
 * nothing until it has.
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "passend-error.h"
#include "store-helpers.h"

typedef struct
{
  gboolean done;
  gboolean ok;
  GError  *error;
} Loaded;

static void
loaded_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  Loaded *loaded = data;

  loaded->ok = passend_store_load_finish (PASSEND_STORE (source), result, &loaded->error);
  loaded->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((Loaded *)data)->done;
}

/* Starts the load; the store writes nothing until it is done. */
static gboolean
load_async (PassendStore *store, GError **error)
{
  Loaded loaded = { FALSE, FALSE, NULL };

  passend_store_load_async (store, NULL, loaded_cb, &loaded);
  if (!loaded.done)
    {
      g_assert_cmpint (passend_store_get_state (store), ==, PASSEND_STORE_STATE_UNLOADED);
      g_assert_false (passend_store_get_writable (store));
    }
  g_assert_true (store_test_spin_until (is_done, &loaded));
  if (loaded.error != NULL)
    g_propagate_error (error, loaded.error);
  return loaded.ok;
}

static void
test_load_async_good (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendStore) first = store_test_open (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (PassendStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *big = g_strnfill (2 * 1024 * 1024, 'x'); /* the hash on its own thread */

  passend_dossier_add_child (passend_store_get_dossier (first), "Sam");
  store_test_add_entry (passend_store_get_dossier (first), "Gesprek", big);
  store_test_save (first);
  g_clear_object (&first);

  store = passend_store_new (dir);
  g_assert_true (load_async (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (passend_store_get_state (store), ==, PASSEND_STORE_STATE_OK);
  g_assert_nonnull (store_test_find_entry (store, "Gesprek"));

  /* It knows the file it read: a save after a change goes through. */
  store_test_add_entry (passend_store_get_dossier (store), "Tweede", "Erbij.");
  store_test_save (store);
  g_assert_true (store_test_has_text (path, "Tweede"));

  test_remove_dir (dir);
}

/* The worker also makes the sort keys of the dated agreements' titles,
 * which the list of deadlines takes from them. */
static void
test_load_async_sort_keys (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autoptr (PassendStore) first = store_test_open (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (PassendStore) store = NULL;
  g_autoptr (PassendAgreement) dated =
      passend_agreement_new ("Één plan", PASSEND_PARTY_SCHOOL, "2026-04-10");
  g_autoptr (PassendAgreement) undated =
      passend_agreement_new ("Later", PASSEND_PARTY_SCHOOL, NULL);
  g_autoptr (PassendAgreement) loaded = NULL;
  g_autoptr (PassendAgreement) loaded_undated = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *expected = g_utf8_collate_key ("Één plan", -1);
  GQuark           quark;
  const char      *key;

  passend_dossier_add_agreement (passend_store_get_dossier (first), dated);
  passend_dossier_add_agreement (passend_store_get_dossier (first), undated);
  store_test_save (first);
  g_clear_object (&first);

  store = passend_store_new (dir);
  g_assert_true (load_async (store, &error));
  g_assert_no_error (error);
  loaded =
      g_list_model_get_item (passend_dossier_get_agreements (passend_store_get_dossier (store)), 0);
  loaded_undated =
      g_list_model_get_item (passend_dossier_get_agreements (passend_store_get_dossier (store)), 1);
  quark = g_quark_try_string ("passend-record-sort-key");
  g_assert_cmpuint (quark, !=, 0);
  g_assert_nonnull (g_object_get_qdata (G_OBJECT (loaded), quark));
  g_assert_null (g_object_get_qdata (G_OBJECT (loaded_undated), quark));

  /* The same key again, without making it anew; a new title a new key. */
  key = passend_record_get_sort_key (PASSEND_RECORD (loaded), "Één plan");
  g_assert_cmpstr (key, ==, expected);
  g_assert_true (passend_record_get_sort_key (PASSEND_RECORD (loaded), "Één plan") == key);
  {
    g_autofree char *other = g_utf8_collate_key ("Ander plan", -1);

    g_assert_cmpstr (passend_record_get_sort_key (PASSEND_RECORD (loaded), "Ander plan"), ==,
                     other);
  }

  test_remove_dir (dir);
}

/* The worker makes every record's text while it loads: saves after it
 * still write exactly what the dossier holds, for records changed, added
 * and unchanged. */
static void
test_load_async_saves_whole (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendStore) first = store_test_open (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (PassendStore) store = NULL;
  g_autoptr (GError) error = NULL;

  passend_dossier_add_child (passend_store_get_dossier (first), "Sam");
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *title = g_strdup_printf ("Gesprek %u", i);

      store_test_add_entry (passend_store_get_dossier (first), title, "Wat er gezegd is.");
    }
  store_test_save (first);
  g_clear_object (&first);

  store = passend_store_new (dir);
  g_assert_true (load_async (store, &error));
  g_assert_no_error (error);

  for (guint round = 0; round < 3; round++)
    {
      g_autofree char *title = g_strdup_printf ("Nieuw %u", round);
      g_autofree char *full = NULL;
      g_autofree char *written = NULL;
      gsize            full_length, written_length;

      g_object_set (store_test_find_entry (store, round == 0 ? "Gesprek 3" : "Gesprek 7"), "text",
                    round == 0 ? "Anders gezegd." : "Nog eens anders.", NULL);
      store_test_add_entry (passend_store_get_dossier (store), title, "Erbij.");
      store_test_save (store);

      full = passend_dossier_write (passend_store_get_dossier (store), 0, &full_length);
      g_assert_true (g_file_get_contents (path, &written, &written_length, NULL));
      g_assert_cmpmem (written, written_length, full, full_length);
    }
  g_assert_true (store_test_has_text (path, "Nog eens anders."));

  test_remove_dir (dir);
}

static void
test_load_async_missing_and_damaged (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = NULL;
  g_autofree char *after = NULL;
  g_autoptr (PassendStore) store = passend_store_new (dir);
  g_autoptr (PassendStore) damaged = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (load_async (store, &error));
  g_assert_cmpint (passend_store_get_state (store), ==, PASSEND_STORE_STATE_NEW);
  g_clear_object (&store);

  path = test_write_file (dir, "dossier.json", "{\"version\": 3, \"children\": [ oops", -1);
  damaged = passend_store_new (dir);
  g_assert_false (load_async (damaged, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (passend_store_get_state (damaged), ==, PASSEND_STORE_STATE_DAMAGED);
  g_assert_false (passend_store_save (damaged, NULL));
  after = test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, "{\"version\": 3, \"children\": [ oops");

  test_remove_dir (dir);
}

static void
test_load_async_too_large (void)
{
  const char      *head = "{\"version\": 3, \"children\": [], \"entries\": [";
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = test_write_file (dir, "dossier.json", head, -1);
  g_autoptr (PassendStore) store = passend_store_new (dir);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (truncate (path, (off_t)PASSEND_STORE_MAX_FILE_SIZE + 1), ==, 0);
  g_assert_false (load_async (store, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_TOO_LARGE);
  g_assert_cmpint (passend_store_get_state (store), ==, PASSEND_STORE_STATE_BLOCKED);

  test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/load-async/good", test_load_async_good);
  g_test_add_func ("/store/load-async/saves-whole", test_load_async_saves_whole);
  g_test_add_func ("/store/load-async/sort-keys", test_load_async_sort_keys);
  g_test_add_func ("/store/load-async/missing-and-damaged", test_load_async_missing_and_damaged);
  g_test_add_func ("/store/load-async/too-large", test_load_async_too_large);

  return g_test_run ();
}
