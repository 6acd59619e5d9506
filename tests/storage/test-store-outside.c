/* test-store-outside.c - a dossier file changed from outside while Passend runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "The other computer" is a second dossier read from the file, changed
 * and written back the way a sync tool does: a new file renamed into
 * place.  Nothing either side wrote may be lost.
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "passend-error.h"
#include "store-helpers.h"

typedef struct
{
  char         *dir;
  char         *path;
  PassendStore *store;
  guint         outside_changes;
} Fixture;

static void
outside_change_cb (PassendStore *store, Fixture *f)
{
  f->outside_changes++;
}

/* A saved dossier: Sam, with "First talk" and "Second talk". */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  PassendDossier *dossier;

  f->dir = test_make_dir ();
  f->path = g_build_filename (f->dir, "dossier.json", NULL);
  f->store = store_test_open (f->dir, PASSEND_STORE_STATE_NEW);
  dossier = passend_store_get_dossier (f->store);
  passend_dossier_add_child (dossier, "Sam");
  store_test_add_entry (dossier, "First talk", "About reading.");
  store_test_add_entry (dossier, "Second talk", "About maths.");
  store_test_save (f->store);
  g_signal_connect (f->store, "outside-change", G_CALLBACK (outside_change_cb), f);
  /* Moments have milliseconds: let the next change have its own. */
  g_usleep (2000);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* The other computer's copy of the file as it is now. */
static PassendDossier *
other_read (Fixture *f)
{
  g_autofree char *text = NULL;
  gsize            length;
  PassendDossier  *other;

  text = test_read_file (f->path, &length);
  other = passend_dossier_new_from_text (text, length, NULL);
  g_assert_nonnull (other);
  g_usleep (2000);
  return other;
}

static PassendEntry *
other_entry (PassendDossier *other, const char *title)
{
  GListModel *entries = passend_dossier_get_entries (other);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (PassendEntry) entry = g_list_model_get_item (entries, i);

      if (g_strcmp0 (passend_entry_get_title (entry), title) == 0)
        return entry;
    }
  g_assert_not_reached ();
}

/* Writes @other as a sync tool does; returns the bytes written. */
static char *
other_write (Fixture *f, PassendDossier *other, gsize *length)
{
  g_autofree char *text = passend_dossier_write (other, 0, length);

  g_free (test_write_file (f->dir, "dossier.json", text, *length));
  return g_steal_pointer (&text);
}

static void
set_title (PassendEntry *entry, const char *title)
{
  g_object_set (entry, "title", title, NULL);
}

static gboolean
outside_seen (gpointer data)
{
  Fixture *f = data;

  return f->outside_changes > 0;
}

/* Different records changed on both sides: the file monitor notices,
 * the other side's changes come in, and the save holds both. */
static void
test_merged_by_record (Fixture *f, gconstpointer data)
{
  g_autoptr (PassendDossier) other = other_read (f);
  g_autofree char *written = NULL;
  g_autofree char *backup = NULL;
  g_auto (GStrv) backups = NULL;
  GPtrArray *taken;
  gsize      length;

  /* No autosave in between: only the monitor can notice. */
  passend_store_set_save_delay (f->store, 60 * 1000);
  passend_entry_set_text (store_test_find_entry (f->store, "First talk"), "Mine: about books.");

  set_title (other_entry (other, "Second talk"), "Second talk, at school");
  store_test_add_entry (other, "From the other computer", "Theirs.");
  written = other_write (f, other, &length);

  g_assert_true (store_test_spin_until (outside_seen, f));
  g_assert_cmpint (passend_store_get_conflict (f->store), ==, PASSEND_STORE_CONFLICT_NONE);
  taken = passend_store_get_outside_records (f->store, PASSEND_STORE_CHANGE_TAKEN);
  g_assert_cmpuint (taken->len, ==, 2);

  /* Both sides' changes in memory, still to be saved. */
  g_assert_true (passend_store_get_dirty (f->store));
  g_assert_cmpstr (passend_entry_get_text (store_test_find_entry (f->store, "First talk")), ==,
                   "Mine: about books.");
  g_assert_nonnull (store_test_find_entry (f->store, "Second talk, at school"));
  g_assert_nonnull (store_test_find_entry (f->store, "From the other computer"));

  store_test_save (f->store);
  g_assert_true (store_test_has_text (f->path, "Mine: about books."));
  g_assert_true (store_test_has_text (f->path, "Second talk, at school"));
  g_assert_true (store_test_has_text (f->path, "From the other computer"));

  /* The version Passend had, before the other came in, is a backup; so
   * is the other side's file, which the save replaced. */
  backups = passend_store_list_backups (f->store);
  g_assert_cmpuint (g_strv_length (backups), >=, 2);
  backup = g_build_filename (f->dir, "backups", backups[0], NULL);
  {
    g_autofree char *contents = test_read_file (backup, NULL);

    g_assert_cmpmem (contents, strlen (contents), written, length);
  }
}

static void
change_same_entry (Fixture *f, gsize *length, char **written)
{
  g_autoptr (PassendDossier) other = other_read (f);
  g_autoptr (GError) error = NULL;

  set_title (store_test_find_entry (f->store, "First talk"), "First talk, mine");
  set_title (other_entry (other, "First talk"), "First talk, theirs");
  store_test_add_entry (other, "Only theirs", "Added there.");
  *written = other_write (f, other, length);

  /* The check before the save notices, even without the monitor. */
  g_assert_false (passend_store_save (f->store, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_CONFLICT);
  g_assert_cmpint (passend_store_get_conflict (f->store), ==, PASSEND_STORE_CONFLICT_CHANGED);
  g_assert_cmpuint (passend_store_get_outside_records (f->store, PASSEND_STORE_CHANGE_BOTH)->len,
                    ==, 1);
  g_assert_true (passend_store_get_can_use_other (f->store));

  /* More changes and saves never touch the other file. */
  store_test_add_entry (passend_store_get_dossier (f->store), "Later", "Still here.");
  g_clear_error (&error);
  g_assert_false (passend_store_save (f->store, &error));
  g_assert_true (passend_store_flush (f->store, NULL) == FALSE);
  {
    gsize            now_length;
    g_autofree char *now = test_read_file (f->path, &now_length);

    g_assert_cmpmem (now, now_length, *written, *length);
  }
}

static void
test_conflict_keep_mine (Fixture *f, gconstpointer data)
{
  g_autofree char *written = NULL;
  g_autofree char *copy = NULL;
  gsize            length, copy_length;

  change_same_entry (f, &length, &written);
  g_assert_true (passend_store_resolve_conflict (f->store, PASSEND_STORE_KEEP_MINE, NULL));
  g_assert_cmpint (passend_store_get_conflict (f->store), ==, PASSEND_STORE_CONFLICT_NONE);
  g_assert_false (passend_store_get_dirty (f->store));

  /* Mine in the dossier, with what only they changed; theirs whole in a
   * conflict copy with date and time in its name. */
  g_assert_true (store_test_has_text (f->path, "First talk, mine"));
  g_assert_true (store_test_has_text (f->path, "Only theirs"));
  g_assert_true (store_test_has_text (f->path, "Later"));
  g_assert_false (store_test_has_text (f->path, "First talk, theirs"));
  g_assert_nonnull (passend_store_get_conflict_copy (f->store));
  g_assert_true (g_str_has_prefix (passend_store_get_conflict_copy (f->store), f->dir));
  copy = test_read_file (passend_store_get_conflict_copy (f->store), &copy_length);
  g_assert_cmpmem (copy, copy_length, written, length);
  g_assert_cmpuint (test_file_mode (passend_store_get_conflict_copy (f->store)), ==, 0600);
}

static void
test_conflict_use_other (Fixture *f, gconstpointer data)
{
  g_autofree char *written = NULL;
  const char      *copy;
  gsize            length;

  change_same_entry (f, &length, &written);
  g_assert_true (passend_store_resolve_conflict (f->store, PASSEND_STORE_USE_OTHER, NULL));

  g_assert_true (store_test_has_text (f->path, "First talk, theirs"));
  g_assert_true (store_test_has_text (f->path, "Only theirs"));
  /* What was changed only here stays, and mine is in the copy. */
  g_assert_true (store_test_has_text (f->path, "Later"));
  copy = passend_store_get_conflict_copy (f->store);
  g_assert_nonnull (copy);
  g_assert_true (store_test_has_text (copy, "First talk, mine"));
  g_assert_nonnull (store_test_find_entry (f->store, "First talk, theirs"));
}

/* An edit in place with the same size and time: only the bytes show it. */
static void
test_edit_in_place_noticed (Fixture *f, gconstpointer data)
{
  g_autofree char *text = NULL;
  struct stat      st;
  gsize            length;
  char            *sam;
  int              fd;

  g_assert_cmpint (stat (f->path, &st), ==, 0);
  text = test_read_file (f->path, &length);
  sam = strstr (text, "\"Sam\"");
  g_assert_nonnull (sam);
  memcpy (sam, "\"Tom\"", 5);

  fd = open (f->path, O_WRONLY);
  g_assert_cmpint (pwrite (fd, text, length, 0), ==, (gssize)length);
  {
    struct timespec times[2] = { st.st_atim, st.st_mtim };

    g_assert_cmpint (futimens (fd, times), ==, 0);
  }
  close (fd);

  passend_entry_set_text (store_test_find_entry (f->store, "First talk"), "Mine.");
  store_test_save (f->store);

  g_assert_true (store_test_has_text (f->path, "\"Tom\""));
  g_assert_true (store_test_has_text (f->path, "Mine."));
}

/* A damaged file from outside is never written over. */
static void
test_damaged_from_outside (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *copy = NULL;

  passend_entry_set_text (store_test_find_entry (f->store, "First talk"), "Mine.");
  g_free (test_write_file (f->dir, "dossier.json", "{ broken", -1));

  for (guint i = 0; i < 3; i++)
    {
      g_clear_error (&error);
      g_assert_false (passend_store_save (f->store, &error));
      g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_CONFLICT);
      g_assert_true (store_test_has_text (f->path, "{ broken"));
    }
  g_assert_cmpint (passend_store_get_conflict (f->store), ==, PASSEND_STORE_CONFLICT_UNREADABLE);
  g_assert_false (passend_store_get_can_use_other (f->store));
  g_assert_nonnull (passend_store_get_other_error (f->store));

  g_assert_true (passend_store_resolve_conflict (f->store, PASSEND_STORE_KEEP_MINE, NULL));
  g_assert_true (store_test_has_text (f->path, "Mine."));
  copy = test_read_file (passend_store_get_conflict_copy (f->store), NULL);
  g_assert_cmpstr (copy, ==, "{ broken");
}

static void
test_removed_from_outside (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  passend_entry_set_text (store_test_find_entry (f->store, "First talk"), "Mine.");
  g_assert_cmpint (g_unlink (f->path), ==, 0);

  g_assert_false (passend_store_save (f->store, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_CONFLICT);
  g_assert_cmpint (passend_store_get_conflict (f->store), ==, PASSEND_STORE_CONFLICT_REMOVED);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  g_assert_true (passend_store_resolve_conflict (f->store, PASSEND_STORE_KEEP_MINE, NULL));
  g_assert_true (store_test_has_text (f->path, "Mine."));
}

/* Nothing unsaved here: the other version simply comes in, and the one
 * Passend had is kept as a backup. */
static void
test_reloaded_when_clean (Fixture *f, gconstpointer data)
{
  g_autoptr (PassendDossier) other = other_read (f);
  g_auto (GStrv) before = passend_store_list_backups (f->store);
  g_auto (GStrv) after = NULL;
  g_autofree char *written = NULL;
  gsize            length;

  set_title (other_entry (other, "Second talk"), "Renamed there");
  written = other_write (f, other, &length);

  g_assert_true (store_test_spin_until (outside_seen, f));
  g_assert_nonnull (store_test_find_entry (f->store, "Renamed there"));
  g_assert_false (passend_store_get_dirty (f->store));
  after = passend_store_list_backups (f->store);
  g_assert_cmpuint (g_strv_length (after), ==, g_strv_length (before) + 1);
  {
    g_autofree char *path = g_build_filename (f->dir, "backups", after[0], NULL);

    g_assert_true (store_test_has_text (path, "Second talk"));
    g_assert_false (store_test_has_text (path, "Renamed there"));
  }

  /* And the next change saves over the other file: it is known now. */
  passend_entry_set_text (store_test_find_entry (f->store, "First talk"), "Mine.");
  store_test_save (f->store);
  g_assert_true (store_test_has_text (f->path, "Renamed there"));
  g_assert_true (store_test_has_text (f->path, "Mine."));
}

static gboolean
entry_arrived (gpointer data)
{
  Fixture *f = data;

  return store_test_find_entry (f->store, "Typed in an open window") != NULL;
}

/* A window that was open while changes came in still holds the dossier
 * the store had, and saves into it: that edit comes in too. */
static void
test_edit_in_old_dossier_kept (Fixture *f, gconstpointer data)
{
  g_autoptr (PassendDossier) other = other_read (f);
  g_autoptr (PassendDossier) held = g_object_ref (passend_store_get_dossier (f->store));
  g_autoptr (PassendEntry) entry = NULL;
  g_autofree char *written = NULL;
  gsize            length;

  passend_store_set_save_delay (f->store, 60 * 1000);
  store_test_add_entry (other, "From the other computer", "Theirs.");
  written = other_write (f, other, &length);
  g_assert_true (store_test_spin_until (outside_seen, f));
  g_assert_true (passend_store_get_dossier (f->store) != held);

  /* The open window saves. */
  entry = g_list_model_get_item (passend_dossier_get_entries (held), 0);
  g_usleep (2000);
  set_title (entry, "Typed in an open window");

  g_assert_true (store_test_spin_until (entry_arrived, f));
  g_assert_nonnull (store_test_find_entry (f->store, "From the other computer"));
  store_test_save (f->store);
  g_assert_true (store_test_has_text (f->path, "Typed in an open window"));
  g_assert_true (store_test_has_text (f->path, "From the other computer"));
}

/* A new dossier, not yet saved, while a file comes in from outside. */
static void
test_file_appears_before_first_save (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendStore) store = store_test_open (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (PassendDossier) other = passend_dossier_new ();
  g_autofree char *text = NULL;
  gsize            length;

  passend_store_set_save_delay (store, 60 * 1000);
  passend_dossier_add_child (passend_store_get_dossier (store), "Sam");
  passend_dossier_add_child (other, "Noor");
  text = passend_dossier_write (other, 0, &length);
  g_free (test_write_file (dir, "dossier.json", text, length));

  store_test_save (store);
  g_assert_true (store_test_has_text (path, "Sam"));
  g_assert_true (store_test_has_text (path, "Noor"));

  test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/outside/merged-by-record", test_merged_by_record);
  ADD ("/store/outside/conflict-keep-mine", test_conflict_keep_mine);
  ADD ("/store/outside/conflict-use-other", test_conflict_use_other);
  ADD ("/store/outside/edit-in-place-noticed", test_edit_in_place_noticed);
  ADD ("/store/outside/damaged-from-outside", test_damaged_from_outside);
  ADD ("/store/outside/removed-from-outside", test_removed_from_outside);
  ADD ("/store/outside/reloaded-when-clean", test_reloaded_when_clean);
  ADD ("/store/outside/edit-in-old-dossier-kept", test_edit_in_old_dossier_kept);
#undef ADD
  g_test_add_func ("/store/outside/file-appears-before-first-save",
                   test_file_appears_before_first_save);

  return g_test_run ();
}
