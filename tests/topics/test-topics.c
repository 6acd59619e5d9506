/* test-topics.c - the Topics content: loading, translation, links, search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * /topics/fixture/... load the small content in tests/content/ (its own
 * gettext domain and Dutch catalog, built by tests/meson.build).
 * /topics/content/... load the real content from the app's resource, in
 * English and in Dutch with the build's catalog, and compare it with
 * po/nl.po and with what xgettext extracts through the content's ITS
 * rules.  While the resource holds no topic at all they skip.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "passend-text.h"
#include "passend-topic-library.h"
#include "test-util.h"

#define FIXTURE_DOMAIN "passend-test-content"

static const char *const required_topics[] = { "working-together",
                                               "talking-with-school",
                                               "six-steps",
                                               "where-to-turn",
                                               "preventing-complaints",
                                               "complaints",
                                               "escalation",
                                               "home-sitting",
                                               "rights",
                                               "glossary",
                                               NULL };

static const char *const required_organisations[] = { "school",
                                                      "samenwerkingsverband",
                                                      "ouders-onderwijs",
                                                      "onderwijsconsulenten",
                                                      "onderwijszorgconsulent",
                                                      "het-juiste-loket",
                                                      "lansbrekers",
                                                      "regelrecht",
                                                      "juridisch-loket",
                                                      "inspectie",
                                                      "kinderombudsman",
                                                      "kinderrechtenhelpdesk",
                                                      "cce",
                                                      "interventieteam",
                                                      "clientondersteuner",
                                                      "leerplichtambtenaar",
                                                      "jeugdarts",
                                                      "landelijk-ouderpanel",
                                                      "klachtencommissie",
                                                      "lkc",
                                                      "gpo",
                                                      "college-rechten-mens",
                                                      "rechtbank",
                                                      "bezwaaradviescommissie-tlv",
                                                      "keurmerk-thuisonderwijs",
                                                      "ouderkracht",
                                                      NULL };

static const char *const required_terms[] = { "opp",
                                              "groeidocument",
                                              "handelingsplan",
                                              "kindplan",
                                              "sop",
                                              "schoolgids",
                                              "zorgplicht",
                                              "samenwerkingsverband",
                                              "ib-er",
                                              "zorgcoordinator",
                                              "lvs",
                                              "bevoegd-gezag",
                                              "schoolbestuur",
                                              "leerplichtambtenaar",
                                              "jeugdarts",
                                              "thuiszitter",
                                              "speciaal-onderwijs",
                                              "speciaal-basisonderwijs",
                                              "cluster",
                                              "gpo",
                                              "lkc",
                                              "klachtencommissie",
                                              "clientondersteuner",
                                              "vrijstelling",
                                              "ontheffing",
                                              "schorsing",
                                              "verwijdering",
                                              "instemmingsrecht",
                                              "handelingsdeel",
                                              "oogo",
                                              "basisondersteuning",
                                              "extra-ondersteuning",
                                              "arrangement",
                                              "ondersteuningsplan",
                                              "opr",
                                              "tlv",
                                              "mdo",
                                              "bezwaar",
                                              "leerplichtwet",
                                              "onderwijsconsulent",
                                              "onderwijszorgconsulent",
                                              "leerlingdossier",
                                              "avg",
                                              "vertrouwensinspecteur",
                                              "passend-onderwijs",
                                              "leerkracht",
                                              "verslag",
                                              NULL };

/* Helpers */

static PassendTopicLibrary *
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
static void
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
static GHashTable *
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

static void
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

static PassendTopicLibrary *
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

/* Tests over the test content */

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

/* Tests over the real content */

static void
require_content (PassendTopicLibrary *library)
{
  /* The content is in the tree: an empty library is a failure, not a
   * reason to skip. */
  g_assert_cmpuint (passend_topic_library_get_topics (library)->len, >, 0);
}

static void
test_content_english (void)
{
  g_autoptr (PassendTopicLibrary) library = load_real_content ();
  g_autoptr (GPtrArray) problems = NULL;
  GPtrArray *topics;

  require_content (library);

  for (guint i = 0; required_topics[i] != NULL; i++)
    if (passend_topic_library_find_topic (library, required_topics[i]) == NULL)
      g_error ("Topic missing: %s", required_topics[i]);
  for (guint i = 0; required_organisations[i] != NULL; i++)
    if (passend_topic_library_find_organisation (library, required_organisations[i]) == NULL)
      g_error ("Organisation missing: %s", required_organisations[i]);
  for (guint i = 0; required_terms[i] != NULL; i++)
    if (passend_topic_library_find_term (library, required_terms[i]) == NULL)
      g_error ("Glossary term missing: %s", required_terms[i]);

  /* In the order of the sidebar. */
  topics = passend_topic_library_get_topics (library);
  for (guint i = 0; required_topics[i] != NULL; i++)
    g_assert_cmpstr (passend_topic_get_id (g_ptr_array_index (topics, i)), ==, required_topics[i]);

  for (guint i = 0; i < topics->len; i++)
    {
      PassendTopic *topic = g_ptr_array_index (topics, i);

      if (passend_topic_get_sections (topic)->len == 0 &&
          !g_str_equal (passend_topic_get_id (topic), "glossary"))
        g_error ("Topic without sections: %s", passend_topic_get_id (topic));
    }

  problems = passend_topic_library_check_links (library);
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("Broken link in %s\n", (const char *)g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_content_dutch (void)
{
  g_autoptr (PassendTopicLibrary) library = NULL;
  g_autoptr (GHashTable) nl = NULL;
  g_autofree char *po = g_test_build_filename (G_TEST_DIST, "..", "..", "po", "nl.po", NULL);
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "..", "po", NULL);
  g_autoptr (GPtrArray) problems = NULL;
  GPtrArray    *msgids;
  PassendTopic *topic;
  guint         missing = 0;

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  set_language ("nl");
  /* The catalog is the build's: a known string of the app is Dutch. */
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Talk together"), !=, "Talk together");
  /* Any translation with broken markup warns, and fails here. */
  library = load_real_content ();
  set_language (NULL);

  require_content (library);

  topic = passend_topic_library_find_topic (library, "six-steps");
  g_assert_nonnull (topic);
  g_assert_cmpstr (passend_topic_text_get_text (passend_topic_get_title (topic)), !=,
                   passend_topic_text_get_msgid (passend_topic_get_title (topic)));

  /* Every message of the content has Dutch in po/nl.po (a message may
   * be the same in both languages, so the catalog alone cannot say). */
  nl = read_po (po);
  msgids = passend_topic_library_get_msgids (library);
  for (guint i = 0; i < msgids->len; i++)
    {
      const char *msgid = g_ptr_array_index (msgids, i);
      const char *msgstr = g_hash_table_lookup (nl, msgid);

      if (msgstr == NULL || msgstr[0] == '\0')
        {
          g_printerr ("No Dutch in po/nl.po for: %s\n", msgid);
          missing++;
        }
    }
  g_assert_cmpuint (missing, ==, 0);

  /* And the Dutch links still lead somewhere. */
  problems = passend_topic_library_check_links (library);
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("Broken link in Dutch in %s\n", (const char *)g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
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

  g_test_add_func ("/topics/fixture/structure", test_fixture_structure);
  g_test_add_func ("/topics/fixture/resource", test_fixture_resource);
  g_test_add_func ("/topics/fixture/msgids", test_fixture_msgids);
  g_test_add_func ("/topics/fixture/msgids-tricky", test_fixture_msgids_tricky);
  g_test_add_func ("/topics/fixture/translation", test_fixture_translation);
  g_test_add_func ("/topics/fixture/links", test_fixture_links);
  g_test_add_func ("/topics/fixture/errors", test_fixture_errors);
  g_test_add_func ("/topics/fixture/search", test_fixture_search);
  g_test_add_func ("/topics/content/english", test_content_english);
  g_test_add_func ("/topics/content/dutch", test_content_dutch);
  g_test_add_func ("/topics/content/extraction", test_content_extraction);

  return g_test_run ();
}
