/* test-topics-content.c - the real Topics content, in English and Dutch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content from the app's resource holds every topic, organisation
 * and term the app links to, in the order of the sidebar, with no
 * broken link; in Dutch with the build's catalog every message has a
 * translation in po/nl.po.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "topics-test-util.h"

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

/* Read on a thread of its own, the app's library is the same as read
 * on the spot, and it is read once. */
static void
test_content_preload (void)
{
  g_autoptr (PassendTopicLibrary) direct = load_real_content ();
  PassendTopicLibrary *preloaded;
  GPtrArray           *topics, *expected;

  passend_topic_library_preload ();
  passend_topic_library_preload (); /* a second call changes nothing */
  preloaded = passend_topic_library_get_default ();
  g_assert_nonnull (preloaded);
  passend_topic_library_preload ();
  g_assert_true (passend_topic_library_get_default () == preloaded);

  topics = passend_topic_library_get_topics (preloaded);
  expected = passend_topic_library_get_topics (direct);
  g_assert_cmpuint (topics->len, ==, expected->len);
  for (guint i = 0; i < topics->len; i++)
    g_assert_cmpstr (passend_topic_get_id (g_ptr_array_index (topics, i)), ==,
                     passend_topic_get_id (g_ptr_array_index (expected, i)));
  g_assert_cmpuint (passend_topic_library_get_terms (preloaded)->len, ==,
                    passend_topic_library_get_terms (direct)->len);
  g_assert_cmpuint (passend_topic_library_get_organisations (preloaded)->len, ==,
                    passend_topic_library_get_organisations (direct)->len);
}

int
main (int argc, char *argv[])
{
  /* LANGUAGE works only in a locale other than C. */
  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/content/english", test_content_english);
  g_test_add_func ("/topics/content/dutch", test_content_dutch);
  g_test_add_func ("/topics/content/preload", test_content_preload);

  return g_test_run ();
}
