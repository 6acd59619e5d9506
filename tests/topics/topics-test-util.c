/* topics-test-util.c - what the Topics tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading the test content (tests/topics/content/, its own gettext
 * domain and Dutch catalog) and the real content from the app's
 * resource, switching the language, and reading PO files.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "topics-test-util.h"

PassendTopicLibrary *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "content", NULL);
  g_autoptr (GFile) dir = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  PassendTopicLibrary *library = passend_topic_library_new (FIXTURE_DOMAIN);

  g_assert_true (passend_topic_library_load (library, dir, &error));
  g_assert_no_error (error);
  return library;
}

/* gettext caches its answers: setting the locale again makes it read
 * LANGUAGE afresh. */
void
set_language (const char *language)
{
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C");
  setlocale (LC_ALL, "C.UTF-8");
}

static void
string_free (GString *string)
{
  g_string_free (string, TRUE);
}

/* The messages of a PO or POT file: msgid -> msgstr, leaving out the
 * header, fuzzy and obsolete entries and plural forms. */
GHashTable *
read_po (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  GHashTable *messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GString) msgid = NULL;
  g_autoptr (GString) msgstr = NULL;
  GString *current = NULL;
  gboolean fuzzy = FALSE;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0;; i++)
    {
      const char *line = lines[i];
      gboolean    entry_start = line == NULL || line[0] == '\0' || g_str_has_prefix (line, "#") ||
                             g_str_has_prefix (line, "msgid ");

      if (entry_start && msgid != NULL && msgstr != NULL)
        {
          if (msgid->len > 0 && !fuzzy)
            g_hash_table_insert (messages, g_strdup (msgid->str), g_strdup (msgstr->str));
          g_clear_pointer (&msgid, string_free);
          g_clear_pointer (&msgstr, string_free);
          current = NULL;
          fuzzy = FALSE;
        }

      if (line == NULL)
        break;

      if (g_str_has_prefix (line, "#,") && strstr (line, "fuzzy") != NULL)
        fuzzy = TRUE;
      else if (g_str_has_prefix (line, "msgid "))
        {
          g_clear_pointer (&msgid, string_free);
          msgid = g_string_new (NULL);
          current = msgid;
          line += strlen ("msgid ");
        }
      else if (g_str_has_prefix (line, "msgid_plural ") || g_str_has_prefix (line, "msgstr["))
        {
          /* Plural messages are not content. */
          g_clear_pointer (&msgid, string_free);
          current = NULL;
          continue;
        }
      else if (g_str_has_prefix (line, "msgstr "))
        {
          msgstr = g_string_new (NULL);
          current = msgstr;
          line += strlen ("msgstr ");
        }

      if (current != NULL && line[0] == '"')
        {
          g_autofree char *quoted = g_strndup (line + 1, strlen (line) - 2);
          g_autofree char *unescaped = g_strcompress (quoted);

          g_string_append (current, unescaped);
        }
    }

  return messages;
}

void
assert_msgids_match_pot (PassendTopicLibrary *library, const char *pot)
{
  g_autoptr (GHashTable) extracted = read_po (pot);
  GPtrArray     *msgids = passend_topic_library_get_msgids (library);
  GHashTableIter iter;
  const char    *msgid;

  for (guint i = 0; i < msgids->len; i++)
    if (!g_hash_table_contains (extracted, g_ptr_array_index (msgids, i)))
      g_error ("The loader asks for a message xgettext does not extract: “%s”",
               (const char *)g_ptr_array_index (msgids, i));

  g_hash_table_iter_init (&iter, extracted);
  while (g_hash_table_iter_next (&iter, (gpointer *)&msgid, NULL))
    {
      gboolean found = FALSE;

      for (guint i = 0; i < msgids->len && !found; i++)
        found = g_str_equal (msgid, g_ptr_array_index (msgids, i));
      if (!found)
        g_error ("xgettext extracts a message the loader never asks for: “%s”", msgid);
    }
}

PassendTopicLibrary *
load_real_content (void)
{
  g_autoptr (GFile) dir = g_file_new_for_uri ("resource://" PASSEND_CONTENT_PATH);
  g_autoptr (GError) error = NULL;
  PassendTopicLibrary *library = passend_topic_library_new (NULL);

  /* Makes sure the resource is linked in. */
  g_unsetenv ("PASSEND_CONTENT_DIR");
  g_object_unref (passend_topic_library_get_content_dir ());

  passend_topic_library_load (library, dir, &error);
  g_assert_no_error (error);
  return library;
}

void
require_content (PassendTopicLibrary *library)
{
  /* The content is in the tree: an empty library is a failure, not a
   * reason to skip. */
  g_assert_cmpuint (passend_topic_library_get_topics (library)->len, >, 0);
}
