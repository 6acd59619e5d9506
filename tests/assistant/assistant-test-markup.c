/* assistant-test-markup.c - checks the Assistant's Pango markup and links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "assistant-test-markup.h"
#include "passend-topic-library.h"

typedef struct
{
  GPtrArray *hrefs;
} LinkCollector;

static void
start_element_cb (GMarkupParseContext *context,
                  const char          *element,
                  const char         **names,
                  const char         **values,
                  gpointer             user_data,
                  GError             **error)
{
  LinkCollector *collector = user_data;

  /* The few Pango tags the content uses. */
  g_assert_true (g_str_equal (element, "markup") || g_str_equal (element, "a") ||
                 g_str_equal (element, "b") || g_str_equal (element, "i"));

  if (!g_str_equal (element, "a"))
    return;

  g_assert_nonnull (names[0]);
  g_assert_cmpstr (names[0], ==, "href");
  g_assert_null (names[1]);
  g_ptr_array_add (collector->hrefs, g_strdup (values[0]));
}

gboolean
link_is_allowed (const char *href)
{
  /* The Assistant links into Topics: to what they really hold. */
  if (!g_str_has_prefix (href, "topic:") && !g_str_has_prefix (href, "org:") &&
      !g_str_has_prefix (href, "term:"))
    return FALSE;

  return passend_topic_library_check_link (passend_topic_library_get_default (), href);
}

/* Checks that @markup is well-formed and every link in it is allowed;
 * returns the number of links. */
guint
check_markup (const char *markup)
{
  static const GMarkupParser parser = { start_element_cb, NULL, NULL, NULL, NULL };
  g_autofree char           *wrapped = g_strdup_printf ("<markup>%s</markup>", markup);
  LinkCollector              collector = { g_ptr_array_new_with_free_func (g_free) };
  g_autoptr (GMarkupParseContext) context =
      g_markup_parse_context_new (&parser, 0, &collector, NULL);
  g_autoptr (GError) error = NULL;
  guint n;

  g_markup_parse_context_parse (context, wrapped, -1, &error);
  if (error == NULL)
    g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < collector.hrefs->len; i++)
    if (!link_is_allowed (g_ptr_array_index (collector.hrefs, i)))
      g_error ("not an allowed link: %s", (char *)g_ptr_array_index (collector.hrefs, i));

  n = collector.hrefs->len;
  g_ptr_array_unref (collector.hrefs);
  return n;
}

/* The Dutch of @msgid in po/nl.po (plain messages only), or NULL. */
char *
nl_translation (const char *msgid)
{
  static GHashTable *messages;

  if (messages == NULL)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "..", "po", "nl.po", NULL);
      g_autofree char *contents = NULL;
      g_auto (GStrv) lines = NULL;
      GString *id = NULL;
      GString *str = NULL;
      GString *current = NULL;

      messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0;; i++)
        {
          const char *line = lines[i];

          if (line == NULL || g_str_has_prefix (line, "msgid "))
            {
              if (id != NULL && str != NULL)
                g_hash_table_insert (messages, g_string_free (id, FALSE),
                                     g_string_free (str, FALSE));
              else if (id != NULL)
                g_string_free (id, TRUE);
              id = str = current = NULL;
              if (line == NULL)
                break;
              current = id = g_string_new (NULL);
              line += strlen ("msgid ");
            }
          else if (g_str_has_prefix (line, "msgstr "))
            {
              current = str = g_string_new (NULL);
              line += strlen ("msgstr ");
            }
          else if (line[0] != '"')
            continue;

          if (current != NULL && line[0] == '"')
            {
              g_autofree char *quoted = g_strndup (line + 1, strlen (line) - 2);
              g_autofree char *unescaped = g_strcompress (quoted);

              g_string_append (current, unescaped);
            }
        }
    }

  return g_strdup (g_hash_table_lookup (messages, msgid));
}
