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
