/* test-topics-load.c - loading the Topics test content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The small content in tests/topics/content/: what the loader makes of
 * it, from a folder and from a resource, its links, and the errors a
 * broken file gives.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "test-util.h"
#include "topics-test-util.h"

static guint
count_links (PassendTopicLibrary *library)
{
  guint      n = 0;
  GPtrArray *topics = passend_topic_library_get_topics (library);

  for (guint t = 0; t < topics->len; t++)
    {
      GPtrArray *sections = passend_topic_get_sections (g_ptr_array_index (topics, t));

      for (guint s = 0; s < sections->len; s++)
        {
          GPtrArray *blocks = passend_topic_section_get_blocks (g_ptr_array_index (sections, s));

          for (guint b = 0; b < blocks->len; b++)
            {
              GPtrArray *texts = passend_topic_block_get_texts (g_ptr_array_index (blocks, b));

              for (guint i = 0; i < texts->len; i++)
                n += g_strv_length (
                    (GStrv)passend_topic_text_get_links (g_ptr_array_index (texts, i)));
            }
        }
    }

  return n;
}

static void
test_fixture_structure (void)
{
  g_autoptr (PassendTopicLibrary) library = load_fixture ();
  GPtrArray           *topics = passend_topic_library_get_topics (library);
  GPtrArray           *terms = passend_topic_library_get_terms (library);
  GPtrArray           *organisations = passend_topic_library_get_organisations (library);
  PassendTopic        *topic;
  PassendTopicSection *section;
  GPtrArray           *blocks;
  PassendTopicText    *text;
  PassendOrganisation *organisation;
  const char *const   *links;

  /* In the order of the sidebar, not of the file names. */
  g_assert_cmpuint (topics->len, ==, 2);
  g_assert_cmpstr (passend_topic_get_id (g_ptr_array_index (topics, 0)), ==, "working-together");
  g_assert_cmpstr (passend_topic_get_id (g_ptr_array_index (topics, 1)), ==, "home-sitting");

  topic = passend_topic_library_find_topic (library, "working-together");
  g_assert_cmpstr (passend_topic_text_get_text (passend_topic_get_title (topic)), ==,
                   "Working together with school");
  g_assert_cmpstr (passend_topic_text_get_text (passend_topic_get_summary (topic)), ==,
                   "How you and the school can work as a team.");
  g_assert_cmpuint (passend_topic_get_sections (topic)->len, ==, 2);

  section = passend_topic_find_section (topic, "start");
  g_assert_nonnull (section);
  g_assert_cmpstr (passend_topic_text_get_text (passend_topic_section_get_heading (section)), ==,
                   "Where to start");
  blocks = passend_topic_section_get_blocks (section);
  g_assert_cmpuint (blocks->len, ==, 5);
  g_assert_cmpint (passend_topic_block_get_kind (g_ptr_array_index (blocks, 0)), ==,
                   PASSEND_TOPIC_BLOCK_PARAGRAPH);
  g_assert_cmpint (passend_topic_block_get_kind (g_ptr_array_index (blocks, 1)), ==,
                   PASSEND_TOPIC_BLOCK_PARAGRAPH);
  g_assert_cmpint (passend_topic_block_get_kind (g_ptr_array_index (blocks, 2)), ==,
                   PASSEND_TOPIC_BLOCK_LIST);
  g_assert_cmpint (passend_topic_block_get_kind (g_ptr_array_index (blocks, 3)), ==,
                   PASSEND_TOPIC_BLOCK_TIP);
  g_assert_cmpint (passend_topic_block_get_kind (g_ptr_array_index (blocks, 4)), ==,
                   PASSEND_TOPIC_BLOCK_SEE);
  g_assert_cmpstr (passend_topic_block_get_target (g_ptr_array_index (blocks, 4)), ==,
                   "topic:home-sitting#rules");

  /* Inline links become Pango links; white space is normalised. */
  text = g_ptr_array_index (passend_topic_block_get_texts (g_ptr_array_index (blocks, 0)), 0);
  g_assert_cmpstr (passend_topic_text_get_text (text), ==,
                   "You know your child best. The school knows how your child learns in class. "
                   "Ask for the OPP and talk with the zorgcoördinator when you are worried.");
  g_assert_cmpstr (
      passend_topic_text_get_markup (text), ==,
      "You know your child best. The school knows how your child learns in class. "
      "Ask for the <a href=\"term:opp\">OPP</a> and talk with the "
      "<a href=\"term:zorgcoordinator\">zorgcoördinator</a> when you are <i>worried</i>.");
  links = passend_topic_text_get_links (text);
  g_assert_cmpuint (g_strv_length ((GStrv)links), ==, 2);
  g_assert_cmpstr (links[0], ==, "term:opp");
  g_assert_cmpstr (links[1], ==, "term:zorgcoordinator");

  /* & is an entity in the message and in the markup, a character in
   * the text. */
  text = g_ptr_array_index (passend_topic_block_get_texts (g_ptr_array_index (blocks, 1)), 0);
  g_assert_cmpstr (passend_topic_text_get_msgid (text), ==,
                   "Questions &amp; answers: write them down before a talk.");
  g_assert_cmpstr (passend_topic_text_get_text (text), ==,
                   "Questions & answers: write them down before a talk.");
  g_assert_cmpstr (passend_topic_text_get_markup (text), ==,
                   "Questions &amp; answers: write them down before a talk.");

  g_assert_cmpuint (passend_topic_block_get_texts (g_ptr_array_index (blocks, 2))->len, ==, 2);
  blocks = passend_topic_section_get_blocks (passend_topic_find_section (topic, "papers"));
  g_assert_cmpint (passend_topic_block_get_kind (g_ptr_array_index (blocks, 0)), ==,
                   PASSEND_TOPIC_BLOCK_NUMBERED_LIST);

  /* The glossary is alphabetical, accents aside. */
  g_assert_cmpuint (terms->len, ==, 4);
  g_assert_cmpstr (passend_glossary_term_get_id (g_ptr_array_index (terms, 0)), ==,
                   "leerplichtambtenaar");
  g_assert_cmpstr (passend_glossary_term_get_id (g_ptr_array_index (terms, 1)), ==, "opp");
  g_assert_cmpstr (passend_glossary_term_get_id (g_ptr_array_index (terms, 2)), ==,
                   "zorgcoordinator");
  g_assert_cmpstr (passend_glossary_term_get_id (g_ptr_array_index (terms, 3)), ==, "zorgplicht");
  g_assert_cmpstr (
      passend_topic_text_get_text (passend_glossary_term_get_full (g_ptr_array_index (terms, 1))),
      ==, "ontwikkelingsperspectief");
  g_assert_null (passend_glossary_term_get_full (g_ptr_array_index (terms, 0)));
  /* Names are not translated: no message. */
  g_assert_null (
      passend_topic_text_get_msgid (passend_glossary_term_get_name (g_ptr_array_index (terms, 2))));

  g_assert_cmpuint (organisations->len, ==, 2);
  organisation = passend_topic_library_find_organisation (library, "ouders-onderwijs");
  g_assert_cmpstr (passend_topic_text_get_text (
                       passend_organisation_get_text (organisation, PASSEND_ORGANISATION_NAME)),
                   ==, "Ouders & Onderwijs");
  g_assert_cmpstr (passend_organisation_get_phone (organisation), ==, "0800-5010");
  g_assert_cmpstr (passend_organisation_get_email (organisation), ==, "vraag@oudersonderwijs.nl");
  g_assert_cmpstr (passend_organisation_get_website (organisation), ==,
                   "https://oudersonderwijs.nl");
  g_assert_null (passend_organisation_get_text (organisation, PASSEND_ORGANISATION_HOW));
  organisation = passend_topic_library_find_organisation (library, "leerplichtambtenaar");
  g_assert_null (passend_organisation_get_phone (organisation));
  g_assert_nonnull (passend_organisation_get_text (organisation, PASSEND_ORGANISATION_HOW));
}

/* The same content from a resource, as the app reads its own. */
static void
test_fixture_resource (void)
{
  g_autoptr (PassendTopicLibrary) from_dir = load_fixture ();
  g_autoptr (PassendTopicLibrary) library = passend_topic_library_new (FIXTURE_DOMAIN);
  g_autoptr (GFile) dir = g_file_new_for_uri ("resource:///org/example/Passend/tests/content");
  g_autoptr (GError) error = NULL;

  g_assert_true (passend_topic_library_load (library, dir, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (passend_topic_library_get_topics (library)->len, ==, 2);
  g_assert_cmpuint (passend_topic_library_get_terms (library)->len, ==, 4);
  g_assert_cmpuint (passend_topic_library_get_organisations (library)->len, ==, 2);
  g_assert_cmpuint (passend_topic_library_get_msgids (library)->len, ==,
                    passend_topic_library_get_msgids (from_dir)->len);
}

static void
test_fixture_links (void)
{
  g_autoptr (PassendTopicLibrary) library = load_fixture ();
  g_autoptr (PassendTopicLibrary) broken = passend_topic_library_new (FIXTURE_DOMAIN);
  g_autoptr (GPtrArray) problems = passend_topic_library_check_links (library);
  g_autoptr (GPtrArray) broken_problems = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = test_make_dir ();
  g_autofree char *topics = g_build_filename (dir, "topics", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (dir);
  static const struct
  {
    const char *link;
    gboolean    ok;
  } cases[] = {
    { "topic:working-together", TRUE },
    { "topic:working-together#papers", TRUE },
    { "topic:working-together#nowhere", FALSE },
    { "topic:nowhere", FALSE },
    { "topic:organisations", TRUE },
    { "term:opp", TRUE },
    { "term:nowhere", FALSE },
    { "org:ouders-onderwijs", TRUE },
    { "org:opp", FALSE },
    { "step:1", TRUE },
    { "step:6", TRUE },
    { "step:0", FALSE },
    { "step:7", FALSE },
    { "step:12", FALSE },
    { "opp", FALSE },
    { "topic:", FALSE },
    { "topic:#papers", FALSE },
    { "term:", FALSE },
    { "org:", FALSE },
    { "step:", FALSE },
  };

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (count_links (library), >=, 4);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_true (passend_topic_library_check_link (library, cases[i].link) == cases[i].ok);

  /* A link to a section and a term that do not exist. */
  g_assert_cmpint (g_mkdir_with_parents (topics, 0700), ==, 0);
  g_free (test_write_file (topics, "rights.xml",
                           "<topic id=\"rights\"><title>Rights</title>"
                           "<section id=\"a\"><heading>A</heading>"
                           "<p>See <link to=\"term:nowhere\">this</link>.</p>"
                           "<see to=\"topic:rights#b\">B</see></section></topic>",
                           -1));
  g_assert_true (passend_topic_library_load (broken, file, &error));
  g_assert_no_error (error);
  broken_problems = passend_topic_library_check_links (broken);
  g_assert_cmpuint (broken_problems->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (broken_problems, 0), ==, "topic:rights#a: term:nowhere");
  g_assert_cmpstr (g_ptr_array_index (broken_problems, 1), ==, "topic:rights#a: topic:rights#b");

  test_remove_dir (dir);
}

static void
test_fixture_errors (void)
{
  static const struct
  {
    const char *xml;
    const char *message;
  } cases[] = {
    { "<topic id=\"other\"><title>T</title></topic>", "not its file name" },
    { "<topic id=\"t\"><section id=\"a\"><heading>A</heading></section></topic>", "no <title>" },
    { "<topic id=\"t\"><title>T</title><section id=\"a\"><p>x</p></section></topic>",
      "no <heading>" },
    { "<topic id=\"t\"><title>T</title><section id=\"a\"><heading>A</heading>"
      "<p>x <b>y</b></p></section></topic>",
      "<b>" },
    { "<topic id=\"t\"><title>T</title><p>x</p></topic>", "<p>" },
    { "<topic id=\"t\"><title>T</title><section id=\"a\"><heading>A</heading></section>"
      "<section id=\"a\"><heading>B</heading></section></topic>",
      "Two sections" },
    { "<topic id=\"t\"><title>T</title><section id=\"a b\"><heading>A</heading></section></topic>",
      "id" },
    { "<topic id=\"t\"><title>T", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = test_make_dir ();
      g_autofree char *topics = g_build_filename (dir, "topics", NULL);
      g_autoptr (GFile) file = g_file_new_for_path (dir);
      g_autoptr (PassendTopicLibrary) library = passend_topic_library_new (FIXTURE_DOMAIN);
      g_autoptr (GError) error = NULL;

      g_assert_cmpint (g_mkdir_with_parents (topics, 0700), ==, 0);
      g_free (test_write_file (topics, "t.xml", cases[i].xml, -1));
      g_assert_false (passend_topic_library_load (library, file, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "t.xml"));
      g_assert_nonnull (strstr (error->message, cases[i].message));
      g_assert_cmpuint (passend_topic_library_get_topics (library)->len, ==, 0);
      test_remove_dir (dir);
    }
}

int
main (int argc, char *argv[])
{
  /* LANGUAGE works only in a locale other than C. */
  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/fixture/structure", test_fixture_structure);
  g_test_add_func ("/topics/fixture/resource", test_fixture_resource);
  g_test_add_func ("/topics/fixture/links", test_fixture_links);
  g_test_add_func ("/topics/fixture/errors", test_fixture_errors);

  return g_test_run ();
}
