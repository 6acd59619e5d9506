/* test-store-save.c - a save costs what changed, and writes the same bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A save takes each record's text from what it kept since the record
 * last changed (passend-dossier-snapshot.c).  These tests hold that the
 * bytes are always those of a full serialisation, whatever changed in
 * between, and that an edit made while a save runs is in the next one.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "passend-dossier-snapshot.h"
#include "passend-error.h"
#include "passend-store-private.h"
#include "store-helpers.h"

/* A child with members only a newer Passend knows, and more of them at
 * the top: they go through a snapshot as they are. */
#define NEWER_FILE                                                                                 \
  "{\"version\": 3, \"zeta\": 1, \"children\": [{\"id\": \"c1\", \"name\": \"Sam\", "              \
  "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\", "                \
  "\"shoe\": 31, \"hobby\": \"chess\"}], \"omega\": {\"b\": 2, \"a\": 1}}"

/* The snapshot of @dossier gives the bytes and records a full
 * serialisation gives. */
static void
assert_same_as_full (PassendDossier *dossier)
{
  g_autoptr (PassendDossierSnapshot) snapshot = passend_dossier_snapshot_new (dossier, NULL, NULL);
  g_autoptr (GHashTable) base = passend_store_base_of (dossier);
  g_autoptr (GHashTable) snapshot_base = NULL;
  g_autofree char *full = NULL;
  g_autofree char *text = NULL;
  gsize            full_length, length;
  GHashTableIter   iter;
  gpointer         key, value;

  full = passend_dossier_write (dossier, 0, &full_length);
  text = passend_dossier_snapshot_write (snapshot, &length);
  g_assert_cmpuint (length, ==, full_length);
  g_assert_cmpstr (text, ==, full);

  snapshot_base = passend_dossier_snapshot_get_base (snapshot);
  g_assert_cmpuint (g_hash_table_size (snapshot_base), ==, g_hash_table_size (base));
  g_hash_table_iter_init (&iter, base);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_assert_cmpstr (g_hash_table_lookup (snapshot_base, key), ==, value);
}

/* One record in every list of the file. */
static PassendEntry *
fill (PassendStore *store)
{
  PassendDossier *dossier = passend_store_get_dossier (store);
  PassendChild   *child = store_test_first_child (store);
  const char     *child_id = passend_record_get_id (PASSEND_RECORD (child));
  PassendEntry   *entry = store_test_add_entry (dossier, "Gesprek", "Over rekenen.");
  g_autoptr (PassendAgreement) agreement =
      passend_agreement_new ("Elke week een mail", 0, "2026-03-13");
  g_autoptr (PassendDocument) document = passend_document_new ("verslag.pdf", "0000-aaaa.pdf", 12);
  g_autoptr (PassendSheet) sheet = passend_sheet_new (child_id);
  g_autoptr (PassendPlan) plan = passend_plan_new (child_id, 1, "2026-02-01");
  const char *worries[] = { "Lezen", "Pauze", NULL };
  const char *examples[] = { "Te moeilijk", "Alleen", NULL };

  passend_dossier_add_entry_agreement (dossier, entry, agreement);
  passend_dossier_add_document (dossier, entry, document);
  passend_sheet_set_points (sheet, worries, examples);
  passend_dossier_add_sheet (dossier, sheet);
  passend_dossier_add_plan (dossier, plan);
  passend_dossier_get_process_state (dossier, child);
  return entry;
}

static void
test_snapshot_same_bytes (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = test_write_file (dir, "dossier.json", NEWER_FILE, -1);
  g_autoptr (PassendStore) store = store_test_open (dir, PASSEND_STORE_STATE_OK);
  PassendDossier *dossier = passend_store_get_dossier (store);
  PassendEntry   *entry = fill (store);
  PassendEntry   *other = store_test_add_entry (dossier, "Tweede", "Nog een.");
  g_autoptr (PassendRemoval) removal = NULL;
  g_autoptr (PassendDossierSnapshot) before = NULL;
  g_autofree char *before_text = NULL;
  g_autofree char *before_written = NULL;
  gsize            length;
  PassendSheet    *sheet;

  assert_same_as_full (dossier); /* every record now keeps its text */

  /* Changes to records whose text was kept. */
  passend_entry_set_text (entry, "Over rekenen, en \"lezen\".\nMet een regel erbij.");
  assert_same_as_full (dossier);
  passend_child_set_name (store_test_first_child (store), "Samira");
  assert_same_as_full (dossier);
  sheet = g_list_model_get_item (passend_dossier_get_sheets (dossier), 0);
  passend_sheet_move_point (sheet, 0, 1);
  g_object_unref (sheet);
  assert_same_as_full (dossier);

  /* Removed, changed while out of the dossier, and put back. */
  removal = passend_dossier_remove_entry (dossier, other);
  assert_same_as_full (dossier);
  g_object_set (other, "title", "Tweede, anders", NULL);
  g_assert_true (passend_dossier_restore (dossier, removal));
  assert_same_as_full (dossier);

  /* Removed, and changed while out once a snapshot was taken: its old
   * place holds another record now. */
  g_clear_pointer (&removal, passend_removal_free);
  removal = passend_dossier_remove_entry (dossier, entry);
  assert_same_as_full (dossier);
  passend_entry_set_text (entry, "Weg, en toch veranderd.");
  assert_same_as_full (dossier);
  passend_entry_set_text (other, "Twee keer.");
  passend_entry_set_text (other, "Twee keer veranderd.");
  assert_same_as_full (dossier);
  g_assert_true (passend_dossier_restore (dossier, removal));
  assert_same_as_full (dossier);

  /* A snapshot holds what was there when it was taken. */
  before = passend_dossier_snapshot_new (dossier, NULL, NULL);
  before_written = passend_dossier_write (dossier, 0, &length);
  passend_entry_set_text (entry, "Later veranderd.");
  store_test_add_entry (dossier, "Derde", "Erbij.");
  before_text = passend_dossier_snapshot_write (before, &length);
  g_assert_cmpstr (before_text, ==, before_written);
  assert_same_as_full (dossier);

  test_remove_dir (dir);
}

static char *
snapshot_text (PassendDossierSnapshot *snapshot)
{
  gsize length;

  return passend_dossier_snapshot_write (snapshot, &length);
}

/* A snapshot shares the fragments of the one before in chunks and
 * copies only a chunk where a record changed: the one before keeps its
 * text, and a changed reference in any chunk is still checked. */
static void
test_snapshot_chunks (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = test_write_file (dir, "dossier.json", NEWER_FILE, -1);
  g_autoptr (PassendStore) store = store_test_open (dir, PASSEND_STORE_STATE_OK);
  PassendDossier *dossier = passend_store_get_dossier (store);
  GListModel     *entries = passend_dossier_get_entries (dossier);
  g_autoptr (PassendDossierSnapshot) first = NULL;
  g_autoptr (PassendDossierSnapshot) second = NULL;
  g_autoptr (PassendDossierSnapshot) refused = NULL;
  g_autoptr (PassendRemoval) removal = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  g_autofree char *check = NULL;
  gsize            length;

  /* Three chunks and a bit. */
  for (guint i = 0; i < 700; i++)
    {
      g_autofree char *title = g_strdup_printf ("Entry %u", i);

      store_test_add_entry (dossier, title, "Tekst.");
    }
  first = passend_dossier_snapshot_new (dossier, NULL, &error);
  g_assert_no_error (error);
  first_text = passend_dossier_write (dossier, 0, &length);

  /* Edits in the first and the third chunk, two in one. */
  for (guint i = 0; i < 3; i++)
    {
      static const guint at[] = { 3, 10, 600 };
      g_autoptr (PassendEntry) entry = g_list_model_get_item (entries, at[i]);

      passend_entry_set_text (entry, "Anders.");
    }
  second = passend_dossier_snapshot_new (dossier, first, &error);
  g_assert_no_error (error);
  second_text = passend_dossier_write (dossier, 0, &length);
  check = snapshot_text (second);
  g_assert_true (g_str_equal (check, second_text)); /* no megabyte in the log */
  g_clear_pointer (&check, g_free);
  check = snapshot_text (first);
  g_assert_true (g_str_equal (check, first_text));
  g_clear_pointer (&check, g_free);

  /* A reference to no child in the second chunk: refused. */
  {
    g_autoptr (PassendEntry) entry = g_list_model_get_item (entries, 300);

    passend_entry_set_child_id (entry, "nobody");
    refused = passend_dossier_snapshot_new (dossier, second, &error);
    g_assert_null (refused);
    g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
    g_clear_error (&error);
    passend_entry_set_child_id (
        entry, passend_record_get_id (PASSEND_RECORD (store_test_first_child (store))));
  }
  assert_same_as_full (dossier);

  /* One gone from the first chunk moves every one after it. */
  {
    g_autoptr (PassendEntry) entry = g_list_model_get_item (entries, 0);

    removal = passend_dossier_remove_entry (dossier, entry);
  }
  assert_same_as_full (dossier);
  check = snapshot_text (second);
  g_assert_true (g_str_equal (check, second_text));

  test_remove_dir (dir);
}

/* Edits, additions, removals and undos at random, a snapshot after
 * each few: always the bytes of a full serialisation. */
static void
test_snapshot_random_changes (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = test_write_file (dir, "dossier.json", NEWER_FILE, -1);
  g_autoptr (PassendStore) store = store_test_open (dir, PASSEND_STORE_STATE_OK);
  PassendDossier *dossier = passend_store_get_dossier (store);
  GListModel     *entries = passend_dossier_get_entries (dossier);
  g_autoptr (GPtrArray) removals = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) removed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GRand) rand = g_rand_new_with_seed (15);

  g_ptr_array_set_free_func (removals, (GDestroyNotify)passend_removal_free);
  fill (store);
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *title = g_strdup_printf ("Entry %u", i);

      store_test_add_entry (dossier, title, "Tekst.");
    }

  for (guint step = 0; step < 400; step++)
    {
      guint n = g_list_model_get_n_items (entries);
      guint what = g_rand_int_range (rand, 0, 10);

      if (what < 5 && n > 0)
        {
          g_autoptr (PassendEntry) entry =
              g_list_model_get_item (entries, g_rand_int_range (rand, 0, n));
          g_autofree char *text = g_strdup_printf ("Stap %u", step);

          passend_entry_set_text (entry, text);
        }
      else if (what == 5)
        {
          g_autofree char *title = g_strdup_printf ("Nieuw %u", step);

          store_test_add_entry (dossier, title, "Erbij.");
        }
      else if (what < 8 && n > 1)
        {
          g_autoptr (PassendEntry) entry =
              g_list_model_get_item (entries, g_rand_int_range (rand, 0, n));

          g_ptr_array_add (removals, passend_dossier_remove_entry (dossier, entry));
          g_ptr_array_add (removed, g_object_ref (entry));
        }
      else if (what == 8 && removed->len > 0)
        {
          /* Changed while out of the dossier. */
          g_autofree char *text = g_strdup_printf ("Buiten %u", step);

          passend_entry_set_text (removed->pdata[g_rand_int_range (rand, 0, removed->len)], text);
        }
      else if (removals->len > 0)
        {
          guint last = removals->len - 1;

          passend_dossier_restore (dossier, removals->pdata[last]);
          g_ptr_array_remove_index (removals, last);
          g_ptr_array_remove_index (removed, last);
        }

      if (g_rand_int_range (rand, 0, 3) == 0)
        assert_same_as_full (dossier);
    }
  assert_same_as_full (dossier);

  test_remove_dir (dir);
}

/* What the store writes, save after save, is a full serialisation. */
static void
test_saved_bytes_same (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = test_write_file (dir, "dossier.json", NEWER_FILE, -1);
  g_autoptr (PassendStore) store = store_test_open (dir, PASSEND_STORE_STATE_OK);
  PassendDossier *dossier = passend_store_get_dossier (store);
  PassendEntry   *entry = fill (store);

  for (guint round = 0; round < 4; round++)
    {
      g_autofree char *text = g_strdup_printf ("Ronde %u: \\ \"é\" \t klaar.", round);
      g_autofree char *full = NULL;
      g_autofree char *written = NULL;
      gsize            full_length, written_length;

      store_test_save (store);
      full = passend_dossier_write (dossier, 0, &full_length);
      written = test_read_file (path, &written_length);
      g_assert_cmpuint (written_length, ==, full_length);
      g_assert_cmpstr (written, ==, full);

      passend_entry_set_text (entry, text);
      if (round == 1)
        store_test_add_entry (dossier, "Nieuw", "Tussendoor.");
    }

  test_remove_dir (dir);
}

/* An edit made while the worker writes is in the next save. */
static void
test_edit_during_save_kept (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendStore) store = store_test_open (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (PassendStore) again = NULL;
  PassendDossier *dossier = passend_store_get_dossier (store);
  PassendEntry   *first, *second;
  g_autoptr (GError) error = NULL;

  passend_dossier_add_child (dossier, "Sam");
  first = store_test_add_entry (dossier, "Eerste", "Een.");
  second = store_test_add_entry (dossier, "Tweede", "Twee.");
  store_test_save (store);

  passend_entry_set_text (first, "Een, veranderd voor de save.");
  passend_store_save_in_background (store);
  passend_entry_set_text (second, "Twee, veranderd terwijl de save liep.");
  g_assert_true (passend_store_get_dirty (store));

  g_assert_true (passend_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_false (passend_store_get_dirty (store));
  g_assert_true (store_test_has_text (path, "Een, veranderd voor de save."));
  g_assert_true (store_test_has_text (path, "Twee, veranderd terwijl de save liep."));

  g_clear_object (&store);
  again = store_test_open (dir, PASSEND_STORE_STATE_OK);
  g_assert_cmpstr (passend_entry_get_text (store_test_find_entry (again, "Tweede")), ==,
                   "Twee, veranderd terwijl de save liep.");

  test_remove_dir (dir);
}

/* The lowest priority (highest nice) among this process's threads
 * other than the calling one. */
static int
highest_nice_of_others (void)
{
  DIR           *dir = opendir ("/proc/self/task");
  struct dirent *item;
  int            highest = -100;

  g_assert_nonnull (dir);
  while ((item = readdir (dir)) != NULL)
    {
      id_t tid = (id_t)strtol (item->d_name, NULL, 10);
      int  nice_value;

      if (tid == 0 || tid == (id_t)gettid ())
        continue;
      errno = 0;
      nice_value = getpriority (PRIO_PROCESS, tid);
      if (errno == 0)
        highest = MAX (highest, nice_value);
    }
  closedir (dir);
  return highest;
}

/* A save in the background gives way to the main thread; one the main
 * thread makes itself leaves its priority alone. */
static void
test_worker_gives_way (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autoptr (PassendStore) store = store_test_open (dir, PASSEND_STORE_STATE_NEW);
  PassendDossier *dossier = passend_store_get_dossier (store);
  int             main_nice;
  g_autoptr (GError) error = NULL;

  errno = 0;
  main_nice = getpriority (PRIO_PROCESS, (id_t)gettid ());
  g_assert_cmpint (errno, ==, 0);
  if (main_nice >= 10)
    {
      g_test_skip ("The tests already run at a low priority");
      test_remove_dir (dir);
      return;
    }

  passend_dossier_add_child (dossier, "Sam");
  store_test_add_entry (dossier, "Eerste", "Een.");
  store_test_save (store);
  g_assert_cmpint (getpriority (PRIO_PROCESS, (id_t)gettid ()), ==, main_nice);

  store_test_add_entry (dossier, "Tweede", "Twee.");
  passend_store_save_in_background (store);
  g_assert_true (passend_store_flush (store, &error));
  g_assert_no_error (error);

  /* The pool keeps the thread that saved for a while after its task. */
  g_assert_cmpint (highest_nice_of_others (), >=, 10);
  g_assert_cmpint (getpriority (PRIO_PROCESS, (id_t)gettid ()), ==, main_nice);

  test_remove_dir (dir);
}

static void
assert_save_refused (PassendStore *store, const char *path, const char *before)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *after = NULL;

  g_assert_false (passend_store_save (store, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  after = test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, before);
}

/* The checks between records are left out only when no id, reference
 * or plan number changed: a broken one is still never written. */
static void
test_broken_never_written (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = test_write_file (dir, "dossier.json", NEWER_FILE, -1);
  g_autoptr (PassendStore) store = store_test_open (dir, PASSEND_STORE_STATE_OK);
  PassendEntry *entry = fill (store);
  g_autoptr (PassendAgreement) agreement =
      g_list_model_get_item (passend_dossier_get_agreements (passend_store_get_dossier (store)), 0);
  g_autofree char *before = NULL;

  store_test_save (store);
  before = test_read_file (path, NULL);

  /* A reference to no entry. */
  g_object_set (agreement, "entry-id", "no-such-entry", NULL);
  assert_save_refused (store, path, before);
  assert_save_refused (store, path, before); /* and again, unchanged */
  g_object_set (agreement, "entry-id", passend_record_get_id (PASSEND_RECORD (entry)), NULL);
  store_test_save (store);
  g_free (before);
  before = test_read_file (path, NULL);

  /* A field of one record. */
  g_object_set (entry, "date", "13 maart", NULL);
  assert_save_refused (store, path, before);
  assert_save_refused (store, path, before);

  test_remove_dir (dir);
}

static gboolean
saved_finish (PassendStore *store, GAsyncResult **slot, GError **error)
{
  gboolean ok = passend_store_save_finish (store, store_test_wait_for (slot), error);

  g_clear_object (slot);
  return ok;
}

/* passend_store_save_async() answers once what changed before it is on
 * disk: at once when nothing changed, after a second save when a change
 * came while one was under way, and with the reason when the dossier
 * cannot be written. */
static void
test_save_async (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = test_write_file (dir, "dossier.json", NEWER_FILE, -1);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr (PassendStore) store = store_test_open (dir, PASSEND_STORE_STATE_OK);
  PassendEntry *entry = fill (store);
  GAsyncResult *first = NULL, *second = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint            kept;

  passend_store_save_async (store, store_test_result_cb, &first);
  g_assert_true (saved_finish (store, &first, &error));
  g_assert_no_error (error);
  g_assert_true (store_test_has_text (path, "Over rekenen."));
  g_assert_false (passend_store_get_dirty (store));

  /* Nothing changed: nothing written. */
  kept = test_count_files (backups);
  before = test_read_file (path, NULL);
  passend_store_save_async (store, store_test_result_cb, &first);
  g_assert_true (saved_finish (store, &first, &error));
  g_assert_cmpuint (test_count_files (backups), ==, kept);

  /* A change while the first save runs is in the file when the second
   * is answered. */
  passend_entry_set_text (entry, "Eerste versie.");
  passend_store_save_async (store, store_test_result_cb, &first);
  g_assert_nonnull (PASSEND_STORE (store)->job);
  passend_entry_set_text (entry, "Tweede versie.");
  passend_store_save_async (store, store_test_result_cb, &second);
  g_assert_true (saved_finish (store, &second, &error));
  g_assert_true (saved_finish (store, &first, &error));
  g_assert_true (store_test_has_text (path, "Tweede versie."));
  g_assert_false (passend_store_get_dirty (store));

  /* A field that does not pass: refused, and the file as it was. */
  g_free (before);
  before = test_read_file (path, NULL);
  g_object_set (entry, "date", "13 maart", NULL);
  passend_store_save_async (store, store_test_result_cb, &first);
  g_assert_false (saved_finish (store, &first, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  after = test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (passend_store_get_dirty (store));

  test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/save/snapshot-same-bytes", test_snapshot_same_bytes);
  g_test_add_func ("/store/save/snapshot-random-changes", test_snapshot_random_changes);
  g_test_add_func ("/store/save/snapshot-chunks", test_snapshot_chunks);
  g_test_add_func ("/store/save/saved-bytes-same", test_saved_bytes_same);
  g_test_add_func ("/store/save/edit-during-save-kept", test_edit_during_save_kept);
  g_test_add_func ("/store/save/worker-gives-way", test_worker_gives_way);
  g_test_add_func ("/store/save/broken-never-written", test_broken_never_written);
  g_test_add_func ("/store/save/async", test_save_async);

  return g_test_run ();
}
