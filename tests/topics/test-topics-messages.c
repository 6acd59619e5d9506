/* test-topics-messages.c - the Topics content's messages and translation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader asks gettext for exactly the messages xgettext extracts
 * through the content's ITS rules, in the test content and in the real
 * content, and shows the translation it gets back.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "test-util.h"
#include "topics-test-util.h"

/* The loader asks gettext for exactly the messages xgettext extracts
 * from the same files with ITS rules as in data/content/README.md
 * (the POT is made by tests/meson.build). */
static void
test_fixture_msgids (void)
{
  g_autoptr (PassendTopicLibrary) library = load_fixture ();
  g_autofree char *pot = g_test_build_filename (G_TEST_BUILT, "test-content.pot", NULL);

  g_assert_cmpuint (passend_topic_library_get_msgids (library)->len, >, 20);
  assert_msgids_match_pot (library, pot);
}

static void
run_xgettext (const char *its, const char *pot, GPtrArray *files)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  int status;

  g_ptr_array_add (argv, g_strdup ("xgettext"));
  g_ptr_array_add (argv, g_strdup_printf ("--its=%s", its));
  g_ptr_array_add (argv, g_strdup ("-o"));
  g_ptr_array_add (argv, g_strdup (pot));
  for (guint i = 0; i < files->len; i++)
    g_ptr_array_add (argv, g_strdup (g_ptr_array_index (files, i)));
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
}

/* White space, entities and inline markup where xgettext's rules are
 * easy to get wrong. */
static void
test_fixture_msgids_tricky (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *topics = g_build_filename (dir, "topics", NULL);
  g_autofree char *its =
      g_test_build_filename (G_TEST_DIST, "content", "passend-test-content.its", NULL);
  g_autofree char *pot = g_build_filename (dir, "tricky.pot", NULL);
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (PassendTopicLibrary) library = passend_topic_library_new (FIXTURE_DOMAIN);
  g_autoptr (GFile) file = g_file_new_for_path (dir);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (topics, 0700), ==, 0);
  g_ptr_array_add (
      files,
      test_write_file (
          topics, "t.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
          "<topic id=\"t\">\r\n"
          "  <title>  Tabs\tand\r\n   CRLF  </title>\r\n"
          "  <section id=\"a\">\n"
          "    <heading>a &lt; b &gt; c &amp; d &quot;e&quot; &apos;f&apos; "
          "&#233;&#x2019;</heading>\n"
          "    <p>\n      <link to=\"term:x\">Starts</link> with a link,\n"
          "      <em> spaced  <link to=\"org:y\">inside</link> </em>and <em/> empty.\n    </p>\n"
          "    <p><em>Only emphasis</em></p>\n"
          "    <list><item>One <link to=\"topic:t#a\">link &amp; more</link></item></list>\n"
          "    <tip>Ends with a link <link to=\"step:2\">here</link>   </tip>\n"
          "  </section>\n"
          "</topic>\n",
          -1));
  g_ptr_array_add (
      files, test_write_file (
                 dir, "glossary.xml",
                 "<glossary><term id=\"x\"><name> X  y </name>"
                 "<definition>Mixed <em>a</em><em>b</em> nodes.</definition></term></glossary>",
                 -1));
  g_ptr_array_add (
      files, test_write_file (dir, "organisations.xml",
                              "<organisations><organisation id=\"y\"><name>Y &amp; Z</name>"
                              "<what>W</what><when>\n\n</when></organisation></organisations>",
                              -1));

  /* An empty <when> is an error for the loader; xgettext skips it. */
  g_assert_false (passend_topic_library_load (library, file, &error));
  g_assert_nonnull (strstr (error->message, "<when> is empty"));

  run_xgettext (its, pot, files);
  assert_msgids_match_pot (library, pot);
  g_assert_cmpuint (passend_topic_library_get_msgids (library)->len, ==, 9);

  test_remove_dir (dir);
}

static void
test_fixture_translation (void)
{
  g_autoptr (PassendTopicLibrary) library = NULL;
  g_autofree char   *localedir = g_test_build_filename (G_TEST_BUILT, "locale", NULL);
  PassendTopic      *topic;
  GPtrArray         *blocks;
  PassendTopicText  *text;
  const char *const *links;

  bindtextdomain (FIXTURE_DOMAIN, localedir);
  bind_textdomain_codeset (FIXTURE_DOMAIN, "UTF-8");
  set_language ("nl");

  /* One translation in the test catalog has broken markup: the
   * English shows, with a warning. */
  g_test_expect_message ("passend-topic", G_LOG_LEVEL_WARNING, "*Bring your notes.*broken markup*");
  library = load_fixture ();
  g_test_assert_expected_messages ();
  set_language (NULL);

  topic = passend_topic_library_find_topic (library, "working-together");
  g_assert_cmpstr (passend_topic_text_get_text (passend_topic_get_title (topic)), ==,
                   "Samenwerken met school");
  g_assert_cmpstr (passend_topic_text_get_msgid (passend_topic_get_title (topic)), ==,
                   "Working together with school");

  blocks = passend_topic_section_get_blocks (passend_topic_find_section (topic, "start"));
  text = g_ptr_array_index (passend_topic_block_get_texts (g_ptr_array_index (blocks, 0)), 0);
  /* The links come from the translation, in its order. */
  g_assert_cmpstr (
      passend_topic_text_get_markup (text), ==,
      "Jij kent je kind het best. Praat met de <a "
      "href=\"term:zorgcoordinator\">zorgcoördinator</a> "
      "als je je <i>zorgen</i> maakt, en vraag naar het <a href=\"term:opp\">OPP</a>.");
  links = passend_topic_text_get_links (text);
  g_assert_cmpstr (links[0], ==, "term:zorgcoordinator");
  g_assert_cmpstr (links[1], ==, "term:opp");

  text = g_ptr_array_index (passend_topic_block_get_texts (g_ptr_array_index (blocks, 1)), 0);
  g_assert_cmpstr (passend_topic_text_get_text (text), ==,
                   "Vragen & antwoorden: schrijf ze op voor een gesprek.");

  text = g_ptr_array_index (passend_topic_block_get_texts (g_ptr_array_index (blocks, 2)), 0);
  g_assert_cmpstr (passend_topic_text_get_text (text), ==, "Bring your notes.");
  /* Not in the catalog: English. */
  text = g_ptr_array_index (passend_topic_block_get_texts (g_ptr_array_index (blocks, 3)), 0);
  g_assert_cmpstr (passend_topic_text_get_text (text), ==, "Take someone you trust along.");

  /* Searching finds the Dutch. */
  {
    g_autoptr (GPtrArray) results = passend_topic_library_search (library, "samenwerken", 0);

    g_assert_cmpuint (results->len, >=, 1);
    g_assert_cmpstr (((PassendTopicMatch *)g_ptr_array_index (results, 0))->link, ==,
                     "topic:working-together");
  }
}

/* The loader's messages are the ones xgettext extracts from the real
 * content with the content's own ITS rules. */
static void
test_content_extraction (void)
{
  g_autoptr (PassendTopicLibrary) library = load_real_content ();
  g_autofree char *content =
      g_test_build_filename (G_TEST_DIST, "..", "..", "data", "content", NULL);
  g_autofree char *its_dir = g_build_filename (content, "its", NULL);
  g_autofree char *its = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pot = NULL;
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GDir) d = NULL;
  g_autoptr (GError) error = NULL;
  const char *name;
  int         status;

  require_content (library);

  d = g_dir_open (its_dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".its"))
      its = g_build_filename (its_dir, name, NULL);
  g_assert_nonnull (its);

  dir = test_make_dir ();
  pot = g_build_filename (dir, "content.pot", NULL);
  g_ptr_array_add (argv, g_strdup ("xgettext"));
  g_ptr_array_add (argv, g_strdup_printf ("--its=%s", its));
  g_ptr_array_add (argv, g_strdup ("-o"));
  g_ptr_array_add (argv, g_strdup (pot));
  g_clear_pointer (&d, g_dir_close);
  {
    g_autofree char *topics = g_build_filename (content, "topics", NULL);

    d = g_dir_open (topics, 0, &error);
    g_assert_no_error (error);
    while ((name = g_dir_read_name (d)) != NULL)
      if (g_str_has_suffix (name, ".xml"))
        g_ptr_array_add (argv, g_build_filename (topics, name, NULL));
  }
  g_ptr_array_add (argv, g_build_filename (content, "glossary.xml", NULL));
  g_ptr_array_add (argv, g_build_filename (content, "organisations.xml", NULL));
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  assert_msgids_match_pot (library, pot);
  test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  /* LANGUAGE works only in a locale other than C. */
  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/fixture/msgids", test_fixture_msgids);
  g_test_add_func ("/topics/fixture/msgids-tricky", test_fixture_msgids_tricky);
  g_test_add_func ("/topics/fixture/translation", test_fixture_translation);
  g_test_add_func ("/topics/content/extraction", test_content_extraction);

  return g_test_run ();
}
