/* test-store.c - every promise the dossier store makes, one test each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "passend-error.h"
#include "passend-safe-json.h"
#include "passend-store.h"
#include "test-util.h"

#define VALID_FILE                                                                                 \
  "{\"version\": 1, \"children\": [{\"id\": \"c1\", \"name\": \"Sam\", "                           \
  "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}]}"

static GString *captured_log;

static GLogWriterOutput
capture_writer (GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
      {
        g_string_append_len (captured_log, fields[i].value,
                             fields[i].length < 0 ? (gssize)strlen (fields[i].value)
                                                  : fields[i].length);
        g_string_append_c (captured_log, '\n');
      }

  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    return g_log_writer_default (level, fields, n_fields, data);

  return G_LOG_WRITER_HANDLED;
}

/* g_file_set_contents_full() writes "dossier.json.XXXXXX" first. */
static guint
count_temp_files (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint       n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "dossier.json.") && !strstr (name, "damaged"))
      n++;
  return n;
}

static PassendStore *
open_store (const char *dir, PassendStoreState expected)
{
  PassendStore *store = passend_store_new (dir);

  passend_store_set_save_delay (store, 5);
  passend_store_load (store, NULL);
  g_assert_cmpint (passend_store_get_state (store), ==, expected);
  return store;
}

static void
save_ok (PassendStore *store)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (passend_store_save (store, &error));
  g_assert_no_error (error);
}

static PassendEntry *
add_entry (PassendDossier *dossier, PassendChild *child, const char *title, const char *text)
{
  g_autoptr (PassendEntry) entry =
      passend_entry_new (PASSEND_ENTRY_KIND_CONVERSATION, "2026-03-13", title);

  passend_entry_set_child_id (entry, passend_record_get_id (PASSEND_RECORD (child)));
  passend_entry_set_text (entry, text);
  passend_dossier_add_entry (dossier, entry);
  return entry;
}

/* A damaged file must stay exactly as it was and block every write. */
static void
assert_damaged_and_untouched (const char *dir, const char *contents, gsize length, int code)
{
  g_autoptr (PassendStore) store = passend_store_new (dir);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autofree char *after = NULL;
  gsize            after_length = 0;

  g_assert_false (passend_store_load (store, &error));
  g_assert_error (error, PASSEND_ERROR, code);
  g_assert_cmpint (passend_store_get_state (store), ==, PASSEND_STORE_STATE_DAMAGED);
  g_assert_false (passend_store_get_writable (store));

  /* Even if the window let a change through, nothing is written. */
  passend_dossier_add_child (passend_store_get_dossier (store), "Noor");
  g_clear_error (&error);
  g_assert_false (passend_store_save (store, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_READ_ONLY);
  g_assert_true (passend_store_flush (store, NULL));

  after = test_read_file (path, &after_length);
  g_assert_cmpmem (after, after_length, contents, length);
}

static void
check_damaged_text (const char *contents, gssize length, int code)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = NULL;
  gsize            n = length < 0 ? strlen (contents) : (gsize)length;

  path = test_write_file (dir, "dossier.json", contents, n);
  assert_damaged_and_untouched (dir, contents, n, code);
  test_remove_dir (dir);
}

static void
test_new_dossier_saved_private (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *data_dir = g_build_filename (dir, "passend", NULL);
  g_autofree char *path = g_build_filename (data_dir, "dossier.json", NULL);
  g_autoptr (PassendStore) store = open_store (data_dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (PassendStore) again = NULL;
  PassendChild *child;

  g_assert_true (passend_store_get_writable (store));
  passend_dossier_add_child (passend_store_get_dossier (store), "Sam");
  g_assert_true (passend_store_get_dirty (store));
  save_ok (store);

  g_assert_cmpuint (test_file_mode (data_dir), ==, 0700);
  g_assert_cmpuint (test_file_mode (path), ==, 0600);
  g_clear_object (&store);

  again = open_store (data_dir, PASSEND_STORE_STATE_OK);
  child =
      g_list_model_get_item (passend_dossier_get_children (passend_store_get_dossier (again)), 0);
  g_assert_nonnull (child);
  g_assert_cmpstr (passend_child_get_name (child), ==, "Sam");
  g_object_unref (child);

  test_remove_dir (dir);
}

static void
test_umask_000 (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *data_dir = g_build_filename (dir, "passend", NULL);
  g_autofree char *path = g_build_filename (data_dir, "dossier.json", NULL);
  g_autofree char *backups = g_build_filename (data_dir, "backups", NULL);
  g_autoptr (PassendStore) store = NULL;
  g_auto (GStrv) names = NULL;
  g_autofree char *backup = NULL;
  mode_t           old = umask (0);

  store = open_store (data_dir, PASSEND_STORE_STATE_NEW);
  passend_dossier_add_child (passend_store_get_dossier (store), "Sam");
  save_ok (store);
  passend_dossier_add_child (passend_store_get_dossier (store), "Noor");
  save_ok (store);
  umask (old);

  g_assert_cmpuint (test_file_mode (data_dir), ==, 0700);
  g_assert_cmpuint (test_file_mode (path), ==, 0600);
  g_assert_cmpuint (test_file_mode (backups), ==, 0700);
  names = passend_store_list_backups (store);
  g_assert_cmpuint (g_strv_length (names), ==, 1);
  backup = g_build_filename (backups, names[0], NULL);
  g_assert_cmpuint (test_file_mode (backup), ==, 0600);

  test_remove_dir (dir);
}

static void
test_existing_folder_tightened (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autoptr (PassendStore) store = NULL;

  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  store = open_store (dir, PASSEND_STORE_STATE_NEW);
  g_assert_cmpuint (test_file_mode (dir), ==, 0700);
  test_remove_dir (dir);
}

static void
test_corrupt_file_kept (void)
{
  check_damaged_text ("{\"version\": 1, \"children\": [", -1, PASSEND_ERROR_INVALID);
  check_damaged_text ("not json at all", -1, PASSEND_ERROR_INVALID);
  check_damaged_text ("", 0, PASSEND_ERROR_INVALID);
  check_damaged_text ("[1, 2, 3]", -1, PASSEND_ERROR_INVALID);
}

static void
test_wrong_types_rejected (void)
{
  /* Each file breaks one rule of the format. */
  static const char *const files[] = {
    "{\"version\": \"1\"}",
    "{\"children\": []}",
    "{\"version\": 0}",
    "{\"version\": 1.5}",
    "{\"version\": 1, \"children\": {}}",
    "{\"version\": 1, \"children\": [{\"id\": \"c1\", \"name\": 42, "
    "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}]}",
    "{\"version\": 1, \"children\": [{\"id\": \"c1\", \"name\": \"\", "
    "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}]}",
    "{\"version\": 1, \"children\": [{\"id\": \"c1\", \"name\": \"Sam\", "
    "\"created\": \"yesterday\", \"modified\": \"2026-01-01T10:00:00Z\"}]}",
    "{\"version\": 1, \"entries\": [{\"id\": \"e1\", \"kind\": \"note\", \"date\": \"2026-02-30\", "
    "\"title\": \"t\", \"created\": \"2026-01-01T10:00:00Z\", \"modified\": "
    "\"2026-01-01T10:00:00Z\"}]}",
    "{\"version\": 1, \"entries\": [{\"id\": \"e1\", \"kind\": \"gossip\", \"date\": "
    "\"2026-02-03\", "
    "\"title\": \"t\", \"created\": \"2026-01-01T10:00:00Z\", \"modified\": "
    "\"2026-01-01T10:00:00Z\"}]}",
    "{\"version\": 1, \"entries\": [{\"id\": \"e1\", \"kind\": \"note\", \"date\": \"2026-02-03\", "
    "\"child_id\": \"nobody\", \"title\": \"t\", \"created\": \"2026-01-01T10:00:00Z\", "
    "\"modified\": \"2026-01-01T10:00:00Z\"}]}",
    "{\"version\": 1, \"children\": [{\"id\": \"c1\", \"name\": \"Sam\", "
    "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"},"
    "{\"id\": \"c1\", \"name\": \"Noor\", "
    "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}]}",
    "{\"version\": 1, \"process\": [{\"id\": \"p1\", \"child_id\": \"c1\", \"step\": 7, "
    "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    check_damaged_text (files[i], -1, PASSEND_ERROR_INVALID);
}

static void
test_deep_nesting_rejected (void)
{
  gsize            n = 100000;
  g_autofree char *deep = g_malloc (2 * n + 1);
  g_autoptr (GError) error = NULL;

  memset (deep, '[', n);
  memset (deep + n, ']', n);
  deep[2 * n] = '\0';

  /* Straight through the parser... */
  g_assert_null (passend_safe_json_parse (deep, 2 * n, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_TOO_DEEP);

  /* ...and through the store, also when never closed. */
  check_damaged_text (deep, 2 * n, PASSEND_ERROR_TOO_DEEP);
  check_damaged_text (deep, n, PASSEND_ERROR_TOO_DEEP);

  /* Brackets inside strings are text, not nesting. */
  {
    g_autofree char *text = g_strdup_printf ("{\"version\": 1, \"x\": \"%.*s\"}", 1000, deep);
    g_autoptr (JsonNode) root = passend_safe_json_parse (text, strlen (text), NULL);

    g_assert_nonnull (root);
  }
}

static void
test_bad_strings_rejected (void)
{
  /* Invalid UTF-8 in a name. */
  check_damaged_text ("{\"version\": 1, \"x\": \"caf\xc3\"}", -1, PASSEND_ERROR_INVALID);
  check_damaged_text ("{\"version\": 1, \"x\": \"\xff\xfe\"}", -1, PASSEND_ERROR_INVALID);
  /* A raw NUL byte and the \u0000 escape. */
  check_damaged_text ("{\"version\": 1, \"x\": \"a\0b\"}", 24, PASSEND_ERROR_INVALID);
  check_damaged_text ("{\"version\": 1, \"x\": \"a\\u0000b\"}", -1, PASSEND_ERROR_INVALID);
  /* Lone surrogates, high and low. */
  check_damaged_text ("{\"version\": 1, \"x\": \"\\ud800\"}", -1, PASSEND_ERROR_INVALID);
  check_damaged_text ("{\"version\": 1, \"x\": \"\\udc00x\"}", -1, PASSEND_ERROR_INVALID);
  check_damaged_text ("{\"version\": 1, \"x\": \"\\ud800\\u0041\"}", -1, PASSEND_ERROR_INVALID);
  /* A raw control character. */
  check_damaged_text ("{\"version\": 1, \"x\": \"a\x01\"}", -1, PASSEND_ERROR_INVALID);

  /* A proper surrogate pair is fine. */
  {
    const char *ok = "{\"version\": 1, \"x\": \"\\ud83d\\ude00\"}";
    g_autoptr (JsonNode) root = passend_safe_json_parse (ok, strlen (ok), NULL);

    g_assert_nonnull (root);
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "x"), ==,
                     "\xf0\x9f\x98\x80");
  }
}

static void
test_bad_numbers_rejected (void)
{
  check_damaged_text ("{\"version\": 1e999}", -1, PASSEND_ERROR_INVALID);
  check_damaged_text ("{\"version\": 1, \"x\": -1e999}", -1, PASSEND_ERROR_INVALID);
  check_damaged_text ("{\"version\": 12345678901234567890}", -1, PASSEND_ERROR_INVALID);
  check_damaged_text ("{\"version\": 1, \"x\": [99999999999999999999]}", -1, PASSEND_ERROR_INVALID);
  check_damaged_text ("{\"version\": 1, \"process\": [{\"id\": \"p\", \"child_id\": \"c\", "
                      "\"step\": 4294967297, \"created\": \"2026-01-01T10:00:00Z\", "
                      "\"modified\": \"2026-01-01T10:00:00Z\"}]}",
                      -1, PASSEND_ERROR_INVALID);
}

static void
test_fifo_fails_fast (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendStore) store = passend_store_new (dir);
  g_autoptr (GError) error = NULL;
  gint64 start;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);

  /* A hang here would be ended by the alarm and fail the test. */
  alarm (10);
  start = g_get_monotonic_time ();
  g_assert_false (passend_store_load (store, &error));
  alarm (0);

  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_NOT_REGULAR);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_assert_cmpint (passend_store_get_state (store), ==, PASSEND_STORE_STATE_DAMAGED);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  test_remove_dir (dir);
}

static void
test_directory_and_device_rejected (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendStore) store = passend_store_new (dir);
  g_autoptr (PassendStore) store2 = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_false (passend_store_load (store, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_NOT_REGULAR);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  g_clear_object (&store);
  g_assert_cmpint (g_rmdir (path), ==, 0);

  /* A symbolic link to an endless device. */
  g_clear_error (&error);
  g_assert_cmpint (symlink ("/dev/zero", path), ==, 0);
  store2 = passend_store_new (dir);
  g_assert_false (passend_store_load (store2, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_NOT_REGULAR);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_SYMLINK));

  test_remove_dir (dir);
}

static void
test_huge_file_rejected (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = test_write_file (dir, "dossier.json", "{", 1);
  g_autoptr (PassendStore) store = passend_store_new (dir);
  g_autoptr (GError) error = NULL;

  /* Sparse: costs no disk. */
  g_assert_cmpint (truncate (path, (off_t)PASSEND_STORE_MAX_FILE_SIZE + 1), ==, 0);
  g_assert_false (passend_store_load (store, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_TOO_LARGE);
  g_assert_cmpint (passend_store_get_state (store), ==, PASSEND_STORE_STATE_DAMAGED);

  test_remove_dir (dir);
}

static void
test_restore_backup (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (PassendStore) broken = NULL;
  g_autofree char *aside = NULL;
  const char      *garbage = "{\"version\": 1, \"children\": [ oops";
  g_autoptr (GError) error = NULL;
  GListModel *children;

  passend_dossier_add_child (passend_store_get_dossier (store), "Sam");
  save_ok (store);
  passend_dossier_add_child (passend_store_get_dossier (store), "Noor");
  save_ok (store); /* the backup holds Sam */
  g_clear_object (&store);

  g_free (test_write_file (dir, "dossier.json", garbage, -1));
  broken = open_store (dir, PASSEND_STORE_STATE_DAMAGED);

  g_assert_true (passend_store_restore_backup (broken, &error));
  g_assert_no_error (error);
  g_assert_cmpint (passend_store_get_state (broken), ==, PASSEND_STORE_STATE_OK);
  g_assert_true (passend_store_get_writable (broken));

  children = passend_dossier_get_children (passend_store_get_dossier (broken));
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 1);

  /* The broken file is kept, byte for byte, under a dated name. */
  g_assert_nonnull (passend_store_get_set_aside (broken));
  g_assert_true (g_str_has_prefix (passend_store_get_set_aside (broken), path));
  aside = test_read_file (passend_store_get_set_aside (broken), NULL);
  g_assert_cmpstr (aside, ==, garbage);

  test_remove_dir (dir);
}

static void
test_restore_skips_bad_backups (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr (PassendStore) store = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir (backups, 0700), ==, 0);
  g_free (test_write_file (backups, "dossier-20260101-100000-000.json", VALID_FILE, -1));
  g_free (test_write_file (backups, "dossier-20260102-100000-000.json", "{ broken", -1));
  g_free (test_write_file (dir, "dossier.json", "", 0));

  store = open_store (dir, PASSEND_STORE_STATE_DAMAGED);
  g_assert_true (passend_store_restore_backup (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (
      g_list_model_get_n_items (passend_dossier_get_children (passend_store_get_dossier (store))),
      ==, 1);

  test_remove_dir (dir);
}

static void
test_no_backup_to_restore (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autoptr (PassendStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *after = NULL;
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);

  g_free (test_write_file (dir, "dossier.json", "{ broken", -1));
  store = open_store (dir, PASSEND_STORE_STATE_DAMAGED);
  g_assert_false (passend_store_restore_backup (store, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_NO_BACKUP);
  g_assert_cmpint (passend_store_get_state (store), ==, PASSEND_STORE_STATE_DAMAGED);

  after = test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, "{ broken");

  /* Starting afresh keeps the broken file aside too. */
  g_assert_true (passend_store_start_afresh (store, NULL));
  g_assert_true (passend_store_get_writable (store));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_free (after);
  after = test_read_file (passend_store_get_set_aside (store), NULL);
  g_assert_cmpstr (after, ==, "{ broken");

  test_remove_dir (dir);
}

static void
test_missing_file_with_backups (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (PassendStore) again = NULL;

  passend_dossier_add_child (passend_store_get_dossier (store), "Sam");
  save_ok (store);
  passend_dossier_add_child (passend_store_get_dossier (store), "Noor");
  save_ok (store);
  g_clear_object (&store);
  g_assert_cmpint (g_unlink (path), ==, 0);

  /* An empty dossier saved now could push the backups out: ask first. */
  again = open_store (dir, PASSEND_STORE_STATE_MISSING);
  g_assert_false (passend_store_get_writable (again));
  g_assert_true (passend_store_restore_backup (again, NULL));
  g_assert_cmpuint (
      g_list_model_get_n_items (passend_dossier_get_children (passend_store_get_dossier (again))),
      ==, 1);

  test_remove_dir (dir);
}

static void
test_newer_version_read_only (void)
{
  g_autofree char *dir = test_make_dir ();
  const char      *newer =
      "{\"version\": 99, \"future\": {\"x\": 1}, \"children\": [{\"id\": \"c1\", \"name\": "
      "\"Sam\", "
      "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}]}";
  g_autofree char *path = test_write_file (dir, "dossier.json", newer, -1);
  g_autoptr (PassendStore) store = passend_store_new (dir);
  g_autoptr (GError) error = NULL;
  g_autofree char *after = NULL;

  g_assert_false (passend_store_load (store, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_NEWER_VERSION);
  g_assert_cmpint (passend_store_get_state (store), ==, PASSEND_STORE_STATE_NEWER);
  g_assert_false (passend_store_get_writable (store));
  g_assert_cmpuint (
      g_list_model_get_n_items (passend_dossier_get_children (passend_store_get_dossier (store))),
      ==, 1);

  passend_dossier_add_child (passend_store_get_dossier (store), "Noor");
  g_clear_error (&error);
  g_assert_false (passend_store_save (store, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_READ_ONLY);
  after = test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, newer);
  g_clear_object (&store);

  /* A newer file whose shape this version cannot read: still "newer". */
  {
    const char *alien = "{\"version\": 98, \"children\": \"elsewhere\"}";
    g_autoptr (PassendStore) store2 = NULL;

    g_free (test_write_file (dir, "dossier.json", alien, -1));
    store2 = open_store (dir, PASSEND_STORE_STATE_NEWER);
    g_assert_false (passend_store_get_writable (store2));
  }

  test_remove_dir (dir);
}

static void
test_disk_full_keeps_old_file (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_NEW);
  PassendDossier  *dossier = passend_store_get_dossier (store);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *big = NULL;
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr (GError) error = NULL;
  gsize         before_length, after_length;
  struct rlimit old_limit, limit;
  PassendChild *child;
  guint         files_before;

  child = passend_dossier_add_child (dossier, "Sam");
  add_entry (dossier, child, "First talk", "Short.");
  save_ok (store);
  before = test_read_file (path, &before_length);
  files_before = test_count_files (dir);

  big = g_strnfill (2 * 1024 * 1024, 'x');
  add_entry (dossier, child, "Second talk", big);

  /* Files may now grow to the present size only: the disk is "full". */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = before_length;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  g_assert_false (passend_store_save (store, &error));
  g_assert_nonnull (error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  /* The old file is untouched, no temporary file is left, the error is
   * there for the window, and the new entry is still in memory. */
  after = test_read_file (path, &after_length);
  g_assert_cmpmem (after, after_length, before, before_length);
  g_assert_cmpuint (count_temp_files (dir), ==, 0);
  g_assert_cmpuint (test_count_files (backups), ==, 0);
  g_assert_cmpuint (test_count_files (dir), <=, files_before + 1);
  g_assert_nonnull (passend_store_get_save_error (store));
  g_assert_true (passend_store_get_dirty (store));
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==, 2);

  /* With room again the next save succeeds and clears the error. */
  save_ok (store);
  g_assert_null (passend_store_get_save_error (store));
  g_assert_false (passend_store_get_dirty (store));

  test_remove_dir (dir);
}

static void
test_permission_error_on_save (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_NEW);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;

  if (geteuid () == 0)
    {
      /* root ignores permissions; the RLIMIT test covers the failure path. */
      g_test_skip ("running as root");
      test_remove_dir (dir);
      return;
    }

  passend_dossier_add_child (passend_store_get_dossier (store), "Sam");
  save_ok (store);
  before = test_read_file (path, NULL);
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  passend_dossier_add_child (passend_store_get_dossier (store), "Noor");
  g_assert_false (passend_store_save (store, &error));
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  after = test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, before);

  test_remove_dir (dir);
}

static void
test_unknown_fields_kept (void)
{
  g_autofree char *dir = test_make_dir ();
  const char      *file =
      "{\"version\": 1, \"timeline\": [{\"id\": \"s1\", \"nested\": {\"a\": [1, 2]}}],"
      " \"children\": [{\"id\": \"c1\", \"name\": \"Sam\", \"school\": \"De Linde\","
      " \"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}]}";
  g_autofree char *path = test_write_file (dir, "dossier.json", file, -1);
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_OK);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (PassendChild) child = NULL;
  JsonObject *root, *saved_child;

  child =
      g_list_model_get_item (passend_dossier_get_children (passend_store_get_dossier (store)), 0);
  passend_child_set_name (child, "Sam Jansen");
  save_ok (store);

  g_assert_true (json_parser_load_from_file (parser, path, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_has_member (root, "timeline"));
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (root, "timeline")), ==, 1);
  saved_child = json_array_get_object_element (json_object_get_array_member (root, "children"), 0);
  g_assert_cmpstr (json_object_get_string_member (saved_child, "school"), ==, "De Linde");
  g_assert_cmpstr (json_object_get_string_member (saved_child, "name"), ==, "Sam Jansen");

  test_remove_dir (dir);
}

static void
test_second_writer_locked_out (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendStore) first = open_store (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (PassendStore) second = NULL;
  g_autoptr (PassendStore) third = NULL;
  g_autoptr (GError) error = NULL;

  passend_dossier_add_child (passend_store_get_dossier (first), "Sam");
  save_ok (first);

  second = open_store (dir, PASSEND_STORE_STATE_LOCKED);
  g_assert_false (passend_store_get_writable (second));
  g_assert_cmpuint (
      g_list_model_get_n_items (passend_dossier_get_children (passend_store_get_dossier (second))),
      ==, 1);
  g_assert_false (passend_store_save (second, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_READ_ONLY);

  /* Once the first lets go, the dossier can be opened for writing. */
  g_clear_object (&first);
  third = open_store (dir, PASSEND_STORE_STATE_OK);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  test_remove_dir (dir);
}

static void
test_debounced_save (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_NEW);
  g_autofree char *contents = NULL;
  gint64           deadline;

  passend_dossier_add_child (passend_store_get_dossier (store), "Sam");
  passend_dossier_add_child (passend_store_get_dossier (store), "Noor");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (passend_store_get_dirty (store) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (passend_store_get_dirty (store));
  contents = test_read_file (path, NULL);
  g_assert_nonnull (strstr (contents, "Noor"));
  /* Both changes in one save: no backup of an in-between file. */
  {
    g_auto (GStrv) backups = passend_store_list_backups (store);
    g_assert_cmpuint (g_strv_length (backups), ==, 0);
  }

  test_remove_dir (dir);
}

static void
test_backup_rotation_rule (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_utc (2026, 11, 23, 12, 0, 0);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) expired = NULL;

  /* 12 saves today, one a day for 20 earlier days, 2 on day -3. */
  for (int i = 0; i < 12; i++)
    g_ptr_array_add (names, g_strdup_printf ("dossier-20261123-1100%02d-000.json", i));
  for (int d = 1; d <= 20; d++)
    {
      g_autoptr (GDateTime) day = g_date_time_add_days (now, -d);
      g_autofree char *stamp = g_date_time_format (day, "%Y%m%d");

      g_ptr_array_add (names, g_strdup_printf ("dossier-%s-090000-000.json", stamp));
    }
  g_ptr_array_add (names, g_strdup ("dossier-20261120-080000-000.json"));
  g_ptr_array_add (names, g_strdup ("notes.txt"));
  g_ptr_array_add (names, NULL);

  expired = passend_backups_select_expired ((const char *const *)names->pdata, now, 10, 14);

  /* Today: the 10 newest stay, and of the two older ones of today
   * neither stays (today already has its newest kept). */
  g_assert_true (
      g_strv_contains ((const char *const *)expired, "dossier-20261123-110000-000.json"));
  g_assert_true (
      g_strv_contains ((const char *const *)expired, "dossier-20261123-110001-000.json"));
  g_assert_false (
      g_strv_contains ((const char *const *)expired, "dossier-20261123-110002-000.json"));
  /* Days -1 to -13 keep their one; day -3 keeps only its newest. */
  g_assert_false (
      g_strv_contains ((const char *const *)expired, "dossier-20261122-090000-000.json"));
  g_assert_false (
      g_strv_contains ((const char *const *)expired, "dossier-20261110-090000-000.json"));
  g_assert_true (
      g_strv_contains ((const char *const *)expired, "dossier-20261120-080000-000.json"));
  /* Day -14 and older go. */
  g_assert_true (
      g_strv_contains ((const char *const *)expired, "dossier-20261109-090000-000.json"));
  g_assert_true (
      g_strv_contains ((const char *const *)expired, "dossier-20261103-090000-000.json"));
  /* Other files are never touched. */
  g_assert_false (g_strv_contains ((const char *const *)expired, "notes.txt"));
  /* 2 of today + 1 of day -3 + days -14..-20 (7). */
  g_assert_cmpuint (g_strv_length (expired), ==, 10);
}

static void
test_backups_rotate_on_save (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_NEW);
  g_auto (GStrv) names = NULL;

  for (int i = 0; i < 15; i++)
    {
      g_autofree char *name = g_strdup_printf ("Child %d", i);

      passend_dossier_add_child (passend_store_get_dossier (store), name);
      save_ok (store);
      g_usleep (2000); /* distinct millisecond names */
    }

  /* 14 earlier files were kept as backups; 10 remain, all from today. */
  names = passend_store_list_backups (store);
  g_assert_cmpuint (g_strv_length (names), ==, 10);

  test_remove_dir (dir);
}

static void
test_unicode_and_huge_text_round_trip (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (PassendStore) again = NULL;
  g_autoptr (PassendEntry) first = NULL;
  GString    *huge = g_string_new (NULL);
  const char *name = "\xd9\x86\xd9\x88\xd8\xb1 \xf0\x9f\x8c\x9f Zo\xc3\xab"; /* نور 🌟 Zoë */
  PassendChild *child;

  while (huge->len < 1024 * 1024)
    g_string_append (huge, "Regel met \"aanhalingstekens\", \\ en \t tab \xf0\x9f\x98\x80\n");

  child = passend_dossier_add_child (passend_store_get_dossier (store), name);
  add_entry (passend_store_get_dossier (store), child, name, huge->str);
  save_ok (store);
  g_clear_object (&store);

  again = open_store (dir, PASSEND_STORE_STATE_OK);
  first =
      g_list_model_get_item (passend_dossier_get_entries (passend_store_get_dossier (again)), 0);
  g_assert_cmpstr (passend_entry_get_title (first), ==, name);
  g_assert_cmpstr (passend_entry_get_text (first), ==, huge->str);

  g_string_free (huge, TRUE);
  test_remove_dir (dir);
}

static void
test_nothing_written_logged (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autoptr (PassendStore) store = NULL;

  /* The parent's words sit where the parser stumbles. */
  g_free (test_write_file (dir, "dossier.json",
                           "{\"version\": 1, \"children\": [{\"name\": GEHEIMNIS}]}", -1));
  g_string_truncate (captured_log, 0);
  store = open_store (dir, PASSEND_STORE_STATE_DAMAGED);
  g_clear_object (&store);

  g_free (test_write_file (
      dir, "dossier.json",
      "{\"version\": 1, \"children\": [{\"id\": \"c\", \"name\": [\"GEHEIMNIS\"],"
      " \"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}]}",
      -1));
  store = open_store (dir, PASSEND_STORE_STATE_DAMAGED);
  g_assert_null (strstr (passend_store_get_load_error (store)->message, "GEHEIMNIS"));
  g_clear_object (&store);

  g_assert_nonnull (strstr (captured_log->str, "could not be opened"));
  g_assert_null (strstr (captured_log->str, "GEHEIMNIS"));

  test_remove_dir (dir);
}

static void
wait_until_saved (PassendStore *store)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while ((passend_store_get_dirty (store) && passend_store_get_save_error (store) == NULL) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
}

static void
save_error_notified_cb (PassendStore *store, GParamSpec *pspec, GThread **thread)
{
  *thread = g_thread_self ();
}

/* Autosave: the disk work in a worker, the outcome on the main thread. */
static void
test_background_save (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (PassendStore) again = NULL;
  PassendDossier  *dossier = passend_store_get_dossier (store);
  g_autofree char *contents = NULL;
  g_auto (GStrv) backups = NULL;

  passend_dossier_add_child (dossier, "Sam");
  passend_store_save_in_background (store);

  /* A change while the worker writes is not in that file: the store
   * stays dirty until a second save has it. */
  passend_dossier_add_child (dossier, "Noor");
  wait_until_saved (store);
  g_assert_false (passend_store_get_dirty (store));
  g_assert_null (passend_store_get_save_error (store));
  g_assert_cmpint (passend_store_get_state (store), ==, PASSEND_STORE_STATE_OK);
  contents = test_read_file (path, NULL);
  g_assert_nonnull (strstr (contents, "Sam"));
  g_assert_nonnull (strstr (contents, "Noor"));
  g_assert_cmpuint (test_file_mode (path), ==, 0600);
  backups = passend_store_list_backups (store);
  g_assert_cmpuint (g_strv_length (backups), ==, 1);

  /* Flush waits for a save under way; letting go of a store does too,
   * and frees the lock at once. */
  passend_dossier_add_child (dossier, "Mila");
  passend_store_save_in_background (store);
  g_assert_true (passend_store_flush (store, NULL));
  g_assert_false (passend_store_get_dirty (store));
  g_clear_pointer (&contents, g_free);
  contents = test_read_file (path, NULL);
  g_assert_nonnull (strstr (contents, "Mila"));

  passend_dossier_add_child (dossier, "Daan");
  passend_store_save_in_background (store);
  g_clear_object (&store);
  again = open_store (dir, PASSEND_STORE_STATE_OK);
  g_assert_cmpuint (
      g_list_model_get_n_items (passend_dossier_get_children (passend_store_get_dossier (again))),
      ==, 4);

  test_remove_dir (dir);
}

/* Changes while saves come and go: the last one always reaches the
 * file, and no save leaves anything behind. */
static void
test_changes_during_saves (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (PassendStore) again = NULL;
  PassendDossier *dossier = passend_store_get_dossier (store);

  passend_store_set_save_delay (store, 1);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("Child %u", i);

      passend_dossier_add_child (dossier, name);
      if (i % 3 == 0)
        passend_store_save_in_background (store);
      if (i % 5 == 0)
        g_usleep (1000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  wait_until_saved (store);
  g_assert_false (passend_store_get_dirty (store));
  g_assert_null (passend_store_get_save_error (store));
  g_assert_cmpuint (count_temp_files (dir), ==, 0);
  g_clear_object (&store);

  again = open_store (dir, PASSEND_STORE_STATE_OK);
  g_assert_cmpuint (
      g_list_model_get_n_items (passend_dossier_get_children (passend_store_get_dossier (again))),
      ==, 40);

  test_remove_dir (dir);
}

static void
test_background_save_failure (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr (PassendStore) store = open_store (dir, PASSEND_STORE_STATE_NEW);
  PassendDossier  *dossier = passend_store_get_dossier (store);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *big = NULL;
  gsize            before_length, after_length;
  struct rlimit    old_limit, limit;
  GThread         *notified_in = NULL;
  PassendChild    *child;

  child = passend_dossier_add_child (dossier, "Sam");
  add_entry (dossier, child, "First talk", "Short.");
  save_ok (store);
  before = test_read_file (path, &before_length);

  big = g_strnfill (2 * 1024 * 1024, 'x');
  add_entry (dossier, child, "Second talk", big);
  g_signal_connect (store, "notify::save-error", G_CALLBACK (save_error_notified_cb), &notified_in);

  /* The disk is "full" for the worker too. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = before_length;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  passend_store_save_in_background (store);
  wait_until_saved (store);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  /* Reported on the main thread, as from a save that blocks. */
  g_assert_nonnull (passend_store_get_save_error (store));
  g_assert_true (notified_in == g_thread_self ());
  g_assert_true (passend_store_get_dirty (store));
  after = test_read_file (path, &after_length);
  g_assert_cmpmem (after, after_length, before, before_length);
  g_assert_cmpuint (count_temp_files (dir), ==, 0);
  g_assert_cmpuint (test_count_files (backups), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==, 2);

  /* Quitting with room again saves what is left. */
  g_assert_true (passend_store_flush (store, NULL));
  g_assert_null (passend_store_get_save_error (store));
  g_assert_false (passend_store_get_dirty (store));

  test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  captured_log = g_string_new (NULL);
  g_log_set_writer_func (capture_writer, NULL, NULL);
  g_log_set_debug_enabled (TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/new-dossier-saved-private", test_new_dossier_saved_private);
  g_test_add_func ("/store/umask-000", test_umask_000);
  g_test_add_func ("/store/existing-folder-tightened", test_existing_folder_tightened);
  g_test_add_func ("/store/corrupt-file-kept", test_corrupt_file_kept);
  g_test_add_func ("/store/wrong-types-rejected", test_wrong_types_rejected);
  g_test_add_func ("/store/deep-nesting-rejected", test_deep_nesting_rejected);
  g_test_add_func ("/store/bad-strings-rejected", test_bad_strings_rejected);
  g_test_add_func ("/store/bad-numbers-rejected", test_bad_numbers_rejected);
  g_test_add_func ("/store/fifo-fails-fast", test_fifo_fails_fast);
  g_test_add_func ("/store/directory-and-device-rejected", test_directory_and_device_rejected);
  g_test_add_func ("/store/huge-file-rejected", test_huge_file_rejected);
  g_test_add_func ("/store/restore-backup", test_restore_backup);
  g_test_add_func ("/store/restore-skips-bad-backups", test_restore_skips_bad_backups);
  g_test_add_func ("/store/no-backup-to-restore", test_no_backup_to_restore);
  g_test_add_func ("/store/missing-file-with-backups", test_missing_file_with_backups);
  g_test_add_func ("/store/newer-version-read-only", test_newer_version_read_only);
  g_test_add_func ("/store/disk-full-keeps-old-file", test_disk_full_keeps_old_file);
  g_test_add_func ("/store/permission-error-on-save", test_permission_error_on_save);
  g_test_add_func ("/store/unknown-fields-kept", test_unknown_fields_kept);
  g_test_add_func ("/store/second-writer-locked-out", test_second_writer_locked_out);
  g_test_add_func ("/store/debounced-save", test_debounced_save);
  g_test_add_func ("/store/backup-rotation-rule", test_backup_rotation_rule);
  g_test_add_func ("/store/backups-rotate-on-save", test_backups_rotate_on_save);
  g_test_add_func ("/store/unicode-and-huge-text", test_unicode_and_huge_text_round_trip);
  g_test_add_func ("/store/nothing-written-logged", test_nothing_written_logged);
  g_test_add_func ("/store/background-save", test_background_save);
  g_test_add_func ("/store/background-save-failure", test_background_save_failure);
  g_test_add_func ("/store/changes-during-saves", test_changes_during_saves);

  return g_test_run ();
}
