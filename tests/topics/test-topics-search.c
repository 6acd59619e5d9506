/* test-topics-search.c - searching the Topics test content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accents and case aside, names before texts, snippets around the
 * match, and the limit on the number of results.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "topics-test-util.h"

static void
test_fixture_search (void)
{
  g_autoptr (PassendTopicLibrary) library = load_fixture ();
  g_autoptr (GPtrArray) results = NULL;
  PassendTopicMatch *match;

  /* Without the accent, a name before the text that mentions it. */
  results = passend_topic_library_search (library, "zorgcoordinator", 0);
  g_assert_cmpuint (results->len, ==, 2);
  match = g_ptr_array_index (results, 0);
  g_assert_cmpint (match->kind, ==, PASSEND_TOPIC_MATCH_TERM);
  g_assert_cmpstr (match->link, ==, "term:zorgcoordinator");
  g_assert_cmpstr (match->title, ==, "zorgcoördinator");
  g_assert_cmpuint (match->rank, ==, 0);
  /* For a name, the snippet is its definition. */
  g_assert_cmpstr (match->snippet, ==,
                   "The person at a secondary school who organises extra support.");
  match = g_ptr_array_index (results, 1);
  g_assert_cmpint (match->kind, ==, PASSEND_TOPIC_MATCH_TOPIC);
  g_assert_cmpstr (match->link, ==, "topic:working-together#start");
  g_assert_cmpstr (match->title, ==, "Working together with school");
  g_assert_cmpstr (match->section, ==, "Where to start");
  g_assert_cmpuint (match->rank, ==, 2);
  /* The snippet shows the text as written, around the match. */
  g_assert_nonnull (strstr (match->snippet, "zorgcoördinator"));
  g_assert_true (g_str_has_prefix (match->snippet, "…"));
  g_clear_pointer (&results, g_ptr_array_unref);

  /* Case does not matter either; the accented query finds the same. */
  results = passend_topic_library_search (library, "  ZORGCOÖRDINATOR ", 0);
  g_assert_cmpuint (results->len, ==, 2);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* Names first: the term, the organisation, then the text. */
  results = passend_topic_library_search (library, "leerplichtambtenaar", 0);
  g_assert_cmpuint (results->len, >=, 3);
  g_assert_cmpstr (((PassendTopicMatch *)g_ptr_array_index (results, 0))->link, ==,
                   "term:leerplichtambtenaar");
  g_assert_cmpstr (((PassendTopicMatch *)g_ptr_array_index (results, 1))->link, ==,
                   "org:leerplichtambtenaar");
  g_assert_cmpstr (((PassendTopicMatch *)g_ptr_array_index (results, 2))->link, ==,
                   "topic:home-sitting#rules");
  g_clear_pointer (&results, g_ptr_array_unref);

  /* A heading before a paragraph. */
  results = passend_topic_library_search (library, "agreements", 0);
  g_assert_cmpuint (results->len, >=, 1);
  match = g_ptr_array_index (results, 0);
  g_assert_cmpstr (match->link, ==, "topic:working-together#papers");
  g_assert_cmpuint (match->rank, ==, 1);
  /* The snippet is the text under the heading. */
  g_assert_cmpstr (match->snippet, ==, "Write down what was agreed.");
  g_clear_pointer (&results, g_ptr_array_unref);

  /* Words apart still find the place, after places with the phrase. */
  results = passend_topic_library_search (library, "notes bring", 0);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpuint (((PassendTopicMatch *)g_ptr_array_index (results, 0))->rank, ==, 3);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* Organisations: name, what, when; & as a character. */
  results = passend_topic_library_search (library, "ouders & onderwijs", 0);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpstr (((PassendTopicMatch *)g_ptr_array_index (results, 0))->link, ==,
                   "org:ouders-onderwijs");
  g_clear_pointer (&results, g_ptr_array_unref);

  /* At most this many. */
  results = passend_topic_library_search (library, "school", 2);
  g_assert_cmpuint (results->len, ==, 2);
  g_clear_pointer (&results, g_ptr_array_unref);

  results = passend_topic_library_search (library, "   ", 0);
  g_assert_cmpuint (results->len, ==, 0);
  g_clear_pointer (&results, g_ptr_array_unref);

  results = passend_topic_library_search (library, "xylofoon", 0);
  g_assert_cmpuint (results->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  /* LANGUAGE works only in a locale other than C. */
  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/fixture/search", test_fixture_search);

  return g_test_run ();
}
