/* test-content-facts.c - what the real Topics content says, in English and Dutch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A parent acts on what Topics says, so the facts that were once wrong
 * are checked here, in both languages: who comes in when, which body
 * gives a binding ruling and which only a judgement, and the words the
 * app uses for one thing.  Each test loads the content from the app's
 * resource, once with the English source and once with the build's
 * Dutch catalog.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "passend-text.h"
#include "passend-topic-library.h"

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

/* The real content in @language ("en" or "nl"). */
static PassendTopicLibrary *
load (const char *language)
{
  g_autoptr (GFile) dir = g_file_new_for_uri ("resource://" PASSEND_CONTENT_PATH);
  g_autoptr (GError) error = NULL;
  PassendTopicLibrary *library = passend_topic_library_new (NULL);

  set_language (g_str_equal (language, "nl") ? "nl" : NULL);
  if (g_str_equal (language, "nl"))
    g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Talk together"), !=, "Talk together");
  passend_topic_library_load (library, dir, &error);
  set_language (NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (passend_topic_library_get_topics (library)->len, >, 0);
  return library;
}

/* The plain text of a topic's section (all of it when @section_id is
 * NULL), one line per paragraph or list item. */
static char *
section_text (PassendTopicLibrary *library, const char *topic_id, const char *section_id)
{
  PassendTopic *topic = passend_topic_library_find_topic (library, topic_id);
  GString      *text = g_string_new (NULL);
  GPtrArray    *sections;

  g_assert_nonnull (topic);
  sections = passend_topic_get_sections (topic);
  for (guint s = 0; s < sections->len; s++)
    {
      PassendTopicSection *section = g_ptr_array_index (sections, s);
      GPtrArray           *blocks = passend_topic_section_get_blocks (section);

      if (section_id != NULL && !g_str_equal (passend_topic_section_get_id (section), section_id))
        continue;
      for (guint b = 0; b < blocks->len; b++)
        {
          GPtrArray *texts = passend_topic_block_get_texts (g_ptr_array_index (blocks, b));

          for (guint i = 0; i < texts->len; i++)
            g_string_append_printf (text, "%s\n",
                                    passend_topic_text_get_text (g_ptr_array_index (texts, i)));
        }
    }

  g_assert_cmpuint (text->len, >, 0);
  return g_string_free (text, FALSE);
}

static const char *
org_text (PassendTopicLibrary *library, const char *org_id, PassendOrganisationText field)
{
  PassendOrganisation *organisation = passend_topic_library_find_organisation (library, org_id);

  g_assert_nonnull (organisation);
  g_assert_nonnull (passend_organisation_get_text (organisation, field));
  return passend_topic_text_get_text (passend_organisation_get_text (organisation, field));
}

static const char *
term_text (PassendTopicLibrary *library, const char *term_id)
{
  PassendGlossaryTerm *term = passend_topic_library_find_term (library, term_id);

  g_assert_nonnull (term);
  return passend_topic_text_get_text (passend_glossary_term_get_definition (term));
}

static void
assert_has (const char *where, const char *text, const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("%s does not say “%s”: %s", where, needle, text);
}

static void
assert_not (const char *where, const char *text, const char *needle)
{
  if (strstr (text, needle) != NULL)
    g_error ("%s still says “%s”: %s", where, needle, text);
}

static const char *const languages[] = { "en", "nl" };

/* 1. The onderwijsconsulenten come in when parents and school, and the
 * samenwerkingsverband, could not solve it (or after four weeks at
 * home), not after the teacher and the school management. */
static void
test_consultants_after_partnership (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr (PassendTopicLibrary) library = load (languages[l]);
      g_autofree char *consulenten = section_text (library, "escalation", "consulenten");
      g_autofree char *route = section_text (library, "escalation", "route");
      g_autofree char *stuck = section_text (library, "where-to-turn", "stuck");
      const char      *when = org_text (library, "onderwijsconsulenten", PASSEND_ORGANISATION_WHEN);
      const char      *term = term_text (library, "onderwijsconsulent");
      const char      *management = l == 0 ? "school management" : "schoolleiding";

      g_test_message ("%s", languages[l]);
      assert_has ("escalation#consulenten", consulenten, "samenwerkingsverband");
      assert_not ("escalation#consulenten", consulenten, management);
      assert_has ("the organisation's when", when, "samenwerkingsverband");
      assert_not ("the organisation's when", when, management);
      assert_has ("the glossary", term, "samenwerkingsverband");
      assert_has ("where-to-turn#stuck", stuck, "samenwerkingsverband");
      /* The four weeks at home stay a reason of their own. */
      assert_has ("the organisation's when", when, l == 0 ? "four weeks" : "vier weken");
      /* In the route the samenwerkingsverband comes first. */
      g_assert_nonnull (strstr (route, "samenwerkingsverband"));
      g_assert_true (strstr (route, "samenwerkingsverband") <
                     strstr (route, "onderwijsconsulenten"));
    }
}

int
main (int argc, char *argv[])
{
  g_autofree char *localedir = NULL;

  /* LANGUAGE works only in a locale other than C. */
  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

  localedir = g_test_build_filename (G_TEST_BUILT, "..", "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/content-facts/consultants-after-partnership",
                   test_consultants_after_partnership);

  return g_test_run ();
}
