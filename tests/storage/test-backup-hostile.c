/* test-backup-hostile.c - backups that must be refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 18: a changed byte, a path with ../ or an absolute path, a
 * link, a huge member, a member twice, a wrong manifest: each is
 * refused by the check and by the import, and the data folder it was
 * to go into is left exactly as it was.
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>

#include "passend-backup.h"
#include "passend-documents.h"
#include "passend-error.h"
#include "store-helpers.h"

#define DOC_NAME "documents/0c3f5a9e-1111-4222-8333-444455556666.pdf"

typedef struct
{
  const char *name;
  const char *data; /* NULL: @size zero bytes */
  gint64      size;
  int         type;     /* AE_IFREG or AE_IFLNK */
  gboolean    unlisted; /* left out of the manifest */
} Member;

static char *
small_dossier (gsize *length)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();

  passend_dossier_add_child (dossier, "Sam");
  return passend_dossier_write (dossier, 0, length);
}

static void
append_file (GString *manifest, const char *name, const char *data, gint64 size, gboolean *first)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *zeros = data == NULL ? g_malloc0 (size) : NULL;

  g_checksum_update (sum, (const guchar *)(data != NULL ? data : zeros), size);
  g_string_append_printf (
      manifest, "%s{\"name\": \"%s\", \"size\": %" G_GINT64_FORMAT ", \"sha256\": \"%s\"}",
      *first ? "" : ", ", name, size, g_checksum_get_string (sum));
  *first = FALSE;
}

/* The manifest these members need, unless told otherwise; a link is
 * listed as the empty file it reads as, so only its type gives it away. */
static char *
manifest_for (const Member *members, guint n, guint children)
{
  GString *manifest = g_string_new ("{\"format\": \"passend-backup\", \"version\": 1, ");
  gboolean first = TRUE;

  g_string_append_printf (
      manifest, "\"children\": %u, \"entries\": 0, \"documents\": 0, \"files\": [", children);
  for (guint i = 0; i < n; i++)
    if (!members[i].unlisted)
      append_file (manifest, members[i].name, members[i].data, members[i].size, &first);
  g_string_append (manifest, "]}");
  return g_string_free (manifest, FALSE);
}

static void
write_member (struct archive *a, const Member *member)
{
  struct archive_entry *entry = archive_entry_new ();

  archive_entry_set_pathname (entry, member->name);
  archive_entry_set_perm (entry, 0600);
  if (member->type == AE_IFLNK)
    {
      archive_entry_set_filetype (entry, AE_IFLNK);
      archive_entry_set_symlink (entry, "/etc/passwd");
    }
  else
    {
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_size (entry, member->size);
    }
  g_assert_cmpint (archive_write_header (a, entry), ==, ARCHIVE_OK);
  if (member->type == AE_IFREG && member->size > 0)
    {
      g_autofree char *zeros = member->data == NULL ? g_malloc0 (member->size) : NULL;

      g_assert_cmpint (
          archive_write_data (a, member->data != NULL ? member->data : zeros, member->size), ==,
          member->size);
    }
  archive_entry_free (entry);
}

/* A zip of the dossier, @members and a manifest (@manifest, or the
 * right one). */
static void
make_zip (const char *path, const Member *extra, guint n_extra, const char *manifest)
{
  g_autofree char   *text = NULL;
  g_autofree char   *right = NULL;
  g_autofree Member *members = g_new0 (Member, n_extra + 2);
  struct archive    *a = archive_write_new ();
  gsize              length;

  text = small_dossier (&length);
  members[0] = (Member){ "dossier.json", text, length, AE_IFREG, FALSE };
  if (n_extra > 0)
    memcpy (members + 1, extra, n_extra * sizeof (Member));
  right = manifest_for (members, n_extra + 1, 1);
  members[n_extra + 1] = (Member){ "manifest.json", manifest != NULL ? manifest : right,
                                   strlen (manifest != NULL ? manifest : right), AE_IFREG, FALSE };

  archive_write_set_format_zip (a);
  /* Stored, so that a test can find and change the bytes. */
  archive_write_zip_set_compression_store (a);
  g_assert_cmpint (archive_write_open_filename (a, path), ==, ARCHIVE_OK);
  for (guint i = 0; i < n_extra + 2; i++)
    write_member (a, &members[i]);
  g_assert_cmpint (archive_write_close (a), ==, ARCHIVE_OK);
  archive_write_free (a);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *)a, *(const char *const *)b);
}

/* Everything in @dir, names and bytes, to compare before and after. */
static char *
describe_folder (const char *dir)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);
      g_autofree char *inner = NULL;
      g_autofree char *bytes = NULL;
      g_autofree char *sum = NULL;
      gsize            length = 0;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        inner = describe_folder (path);
      else
        {
          bytes = test_read_file (path, &length);
          sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *)bytes, length);
        }
      g_string_append_printf (out, "%s[%s|%" G_GSIZE_FORMAT ":%s]\n", (char *)names->pdata[i],
                              inner != NULL ? inner : "", length, sum != NULL ? sum : "");
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* @file is refused by the check and by an import into a folder that
 * holds a dossier, which stays exactly as it was. */
static void
assert_refused (const char *file, int code)
{
  g_autofree char *dir = test_make_dir ();
  g_autoptr (PassendStore) store = store_test_open (dir, PASSEND_STORE_STATE_NEW);
  g_autoptr (PassendBackupInfo) info = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  passend_dossier_add_child (passend_store_get_dossier (store), "Eigen kind");
  store_test_add_entry (passend_store_get_dossier (store), "Hier", "blijft");
  store_test_save (store);
  before = describe_folder (dir);

  info = passend_backup_inspect (file, &error);
  g_assert_null (info);
  g_assert_error (error, PASSEND_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);

  g_assert_false (passend_store_import_backup (store, file, &info, &error));
  g_assert_error (error, PASSEND_ERROR, code);
  g_assert_null (info);
  g_assert_nonnull (store_test_find_entry (store, "Hier"));
  g_assert_false (passend_store_get_dirty (store));

  after = describe_folder (dir);
  g_assert_cmpstr (before, ==, after);
  test_remove_dir (dir);
}

static char *
zip_path (const char *dir)
{
  return g_build_filename (dir, "test.passend", NULL);
}

/* The crafted zip is good until it is changed: the control. */
static void
test_crafted_good (void)
{
  g_autofree char *out = test_make_dir ();
  g_autofree char *file = zip_path (out);
  const Member     doc[] = { { DOC_NAME, "abc", 3, AE_IFREG, FALSE } };
  g_autoptr (PassendBackupInfo) info = NULL;
  g_autoptr (GError) error = NULL;

  make_zip (file, doc, 1, NULL);
  info = passend_backup_inspect (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (info->children, ==, 1);
  g_assert_cmpuint (info->files, ==, 1);
  test_remove_dir (out);
}

static void
test_changed_byte (void)
{
  g_autofree char *out = test_make_dir ();
  g_autofree char *file = zip_path (out);
  const Member     doc[] = { { DOC_NAME, "the original words", 18, AE_IFREG, FALSE } };
  g_autofree char *bytes = NULL;
  char            *at;
  gsize            length;

  make_zip (file, doc, 1, NULL);
  bytes = test_read_file (file, &length);
  at = memmem (bytes, length, "original", 8);
  g_assert_nonnull (at);
  at[0] = 'O';
  g_assert_true (g_file_set_contents (file, bytes, length, NULL));
  assert_refused (file, PASSEND_ERROR_INVALID);
  test_remove_dir (out);
}

static void
test_changed_and_listed (void)
{
  g_autofree char *out = test_make_dir ();
  g_autofree char *file = zip_path (out);
  /* The zip itself is sound; only the manifest's hash disagrees. */
  const Member     doc[] = { { DOC_NAME, "abc", 3, AE_IFREG, FALSE } };
  g_autofree char *text = NULL;
  g_autofree char *manifest = NULL;
  gsize            length;
  Member           members[2];
  char            *hash;

  text = small_dossier (&length);
  members[0] = (Member){ "dossier.json", text, length, AE_IFREG, FALSE };
  members[1] = doc[0];
  manifest = manifest_for (members, 2, 1);
  hash = strstr (strstr (manifest, DOC_NAME), "sha256\": \"") + strlen ("sha256\": \"");
  hash[0] = hash[0] == 'a' ? 'b' : 'a';
  make_zip (file, doc, 1, manifest);
  assert_refused (file, PASSEND_ERROR_INVALID);
  test_remove_dir (out);
}

static void
test_bad_names (void)
{
  const char *names[] = {
    "../evil",           "documents/../../evil.pdf", "/tmp/evil.pdf",
    "documents/.hidden", "documents/sub/x.pdf",      "Dossier.json",
    "./dossier.json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *out = test_make_dir ();
      g_autofree char *file = zip_path (out);
      const Member     bad[] = { { names[i], "x", 1, AE_IFREG, FALSE } };

      g_test_message ("%s", names[i]);
      make_zip (file, bad, 1, NULL);
      assert_refused (file, PASSEND_ERROR_INVALID);
      test_remove_dir (out);
    }
}

static void
test_links (void)
{
  /* Zip has no hard links (a tar, which has, is no backup at all). */
  const Member links[] = {
    { DOC_NAME, NULL, 0, AE_IFLNK, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autofree char *out = test_make_dir ();
      g_autofree char *file = zip_path (out);

      make_zip (file, &links[i], 1, NULL);
      assert_refused (file, PASSEND_ERROR_INVALID);
      test_remove_dir (out);
    }
}

static void
test_huge_member (void)
{
  g_autofree char *out = test_make_dir ();
  g_autofree char *file = zip_path (out);
  const Member     huge[] = { { DOC_NAME, NULL, PASSEND_DOCUMENT_MAX_SIZE + 1, AE_IFREG, FALSE } };

  make_zip (file, huge, 1, NULL);
  assert_refused (file, PASSEND_ERROR_INVALID);
  test_remove_dir (out);
}

static void
test_twice (void)
{
  g_autofree char *out = test_make_dir ();
  g_autofree char *file = zip_path (out);
  const Member     twice[] = {
        { DOC_NAME, "abc", 3, AE_IFREG, FALSE },
        { DOC_NAME, "abc", 3, AE_IFREG, TRUE },
  };

  make_zip (file, twice, 2, NULL);
  assert_refused (file, PASSEND_ERROR_INVALID);
  test_remove_dir (out);
}

static void
test_wrong_manifest (void)
{
  const Member doc[] = { { DOC_NAME, "abc", 3, AE_IFREG, FALSE } };
  const Member unlisted[] = { { DOC_NAME, "abc", 3, AE_IFREG, TRUE } };
  const char  *manifests[] = {
     "{\"format\": \"something-else\", \"version\": 1, \"files\": []}",
     "[1, 2, 3]",
     "{\"format\": \"passend-backup\", \"version\": 1, \"children\": 1, \"entries\": 0, "
      "\"documents\": 0, \"files\": []}",
     "not json at all",
  };

  for (guint i = 0; i < G_N_ELEMENTS (manifests); i++)
    {
      g_autofree char *out = test_make_dir ();
      g_autofree char *file = zip_path (out);

      make_zip (file, doc, 1, manifests[i]);
      assert_refused (file, PASSEND_ERROR_INVALID);
      test_remove_dir (out);
    }

  {
    g_autofree char *out = test_make_dir ();
    g_autofree char *file = zip_path (out);

    /* A file the manifest does not list. */
    make_zip (file, unlisted, 1, NULL);
    assert_refused (file, PASSEND_ERROR_INVALID);
    test_remove_dir (out);
  }
}

static void
test_newer_and_damaged (void)
{
  g_autofree char *out = test_make_dir ();
  g_autofree char *file = zip_path (out);
  g_autofree char *manifest =
      g_strdup ("{\"format\": \"passend-backup\", \"version\": 99, \"files\": []}");

  make_zip (file, NULL, 0, manifest);
  assert_refused (file, PASSEND_ERROR_NEWER_VERSION);

  g_assert_true (g_file_set_contents (file, "PK\003\004 not a zip at all", -1, NULL));
  assert_refused (file, PASSEND_ERROR_INVALID);
  test_remove_dir (out);
}

/* A document here with the backup's name but other bytes: refused,
 * nothing changed.  A file the dossier does not name is not brought in. */
static void
test_document_clash (void)
{
  g_autofree char *out = test_make_dir ();
  g_autofree char *file = zip_path (out);
  g_autofree char *dir = test_make_dir ();
  g_autofree char *docs = g_build_filename (dir, "documents", NULL);
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendDocument) document =
      passend_document_new ("Verslag.pdf", DOC_NAME + strlen ("documents/"), 3);
  g_autoptr (PassendEntry) entry =
      passend_entry_new (PASSEND_ENTRY_KIND_DOCUMENT, "2026-03-01", "Verslag");
  g_autoptr (PassendStore) store = NULL;
  g_autoptr (GError) error = NULL;
  PassendChild    *child = passend_dossier_add_child (dossier, "Sam");
  const Member     stray[] = { { "documents/11111111-2222-4333-8444-555555555555.pdf", "zz", 2,
                                 AE_IFREG, FALSE } };
  struct archive  *a = archive_write_new ();
  gsize            length;
  Member           members[4];
  g_autofree char *manifest = NULL;

  passend_entry_set_child_id (entry, passend_record_get_id (PASSEND_RECORD (child)));
  passend_dossier_add_entry (dossier, entry);
  passend_dossier_add_document (dossier, entry, document);
  text = passend_dossier_write (dossier, 0, &length);
  members[0] = (Member){ "dossier.json", text, length, AE_IFREG, FALSE };
  members[1] = (Member){ DOC_NAME, "abc", 3, AE_IFREG, FALSE };
  members[2] = stray[0];
  /* One entry and one document, where manifest_for() says none. */
  manifest = manifest_for (members, 3, 1);
  for (const char *const *key = (const char *const[]){ "\"entries\": ", "\"documents\": ", NULL };
       *key != NULL; key++)
    {
      char *count = strstr (manifest, *key);

      g_assert_nonnull (count);
      count[strlen (*key)] = '1';
    }
  members[3] = (Member){ "manifest.json", manifest, strlen (manifest), AE_IFREG, FALSE };
  archive_write_set_format_zip (a);
  g_assert_cmpint (archive_write_open_filename (a, file), ==, ARCHIVE_OK);
  for (guint i = 0; i < 4; i++)
    write_member (a, &members[i]);
  g_assert_cmpint (archive_write_close (a), ==, ARCHIVE_OK);
  archive_write_free (a);

  /* Into a fresh folder: the named document comes in, the stray not. */
  store = store_test_open (dir, PASSEND_STORE_STATE_NEW);
  g_assert_true (passend_store_import_backup (store, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (test_count_files (docs), ==, 1);
  g_clear_object (&store);

  /* The same name with other bytes here: refused, nothing changed. */
  {
    g_autofree char *path = g_build_filename (docs, DOC_NAME + strlen ("documents/"), NULL);

    g_assert_true (g_file_set_contents (path, "other", -1, NULL));
  }
  store = store_test_open (dir, PASSEND_STORE_STATE_OK);
  before = describe_folder (dir);
  g_assert_false (passend_store_import_backup (store, file, NULL, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  after = describe_folder (dir);
  g_assert_cmpstr (before, ==, after);

  test_remove_dir (dir);
  test_remove_dir (out);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup-hostile/crafted-good", test_crafted_good);
  g_test_add_func ("/backup-hostile/changed-byte", test_changed_byte);
  g_test_add_func ("/backup-hostile/changed-and-listed", test_changed_and_listed);
  g_test_add_func ("/backup-hostile/bad-names", test_bad_names);
  g_test_add_func ("/backup-hostile/links", test_links);
  g_test_add_func ("/backup-hostile/huge-member", test_huge_member);
  g_test_add_func ("/backup-hostile/twice", test_twice);
  g_test_add_func ("/backup-hostile/wrong-manifest", test_wrong_manifest);
  g_test_add_func ("/backup-hostile/newer-and-damaged", test_newer_and_damaged);
  g_test_add_func ("/backup-hostile/document-clash", test_document_clash);

  return g_test_run ();
}
