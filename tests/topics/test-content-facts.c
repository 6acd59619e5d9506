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

/* Whether a section of a topic links to @target. */
static gboolean
section_links_to (PassendTopicLibrary *library,
                  const char          *topic_id,
                  const char          *section_id,
                  const char          *target)
{
  GPtrArray *sections =
      passend_topic_get_sections (passend_topic_library_find_topic (library, topic_id));

  for (guint s = 0; s < sections->len; s++)
    {
      PassendTopicSection *section = g_ptr_array_index (sections, s);
      GPtrArray           *blocks = passend_topic_section_get_blocks (section);

      if (!g_str_equal (passend_topic_section_get_id (section), section_id))
        continue;
      for (guint b = 0; b < blocks->len; b++)
        {
          GPtrArray *texts = passend_topic_block_get_texts (g_ptr_array_index (blocks, b));

          for (guint i = 0; i < texts->len; i++)
            {
              const char *const *links =
                  passend_topic_text_get_links (g_ptr_array_index (texts, i));

              if (links != NULL && g_strv_contains (links, target))
                return TRUE;
            }
        }
    }

  return FALSE;
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

/* Every message of po/nl.po, msgid then msgstr, in one array. */
static GPtrArray *
read_nl_po (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "..", "po", "nl.po", NULL);
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *messages = g_ptr_array_new_with_free_func (g_free);
  GString   *current = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      /* A plural counts as its singular: msgid and msgstr[0]. */
      if (g_str_has_prefix (line, "msgid ") || g_str_has_prefix (line, "msgstr ") ||
          g_str_has_prefix (line, "msgstr[0] "))
        {
          if (current != NULL)
            g_ptr_array_add (messages, g_string_free (current, FALSE));
          current = g_string_new (NULL);
          line = strchr (line, ' ') + 1;
        }
      else if (g_str_has_prefix (line, "msgid_plural ") || g_str_has_prefix (line, "msgstr["))
        {
          if (current != NULL)
            g_ptr_array_add (messages, g_string_free (current, FALSE));
          current = NULL;
          continue;
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
  if (current != NULL)
    g_ptr_array_add (messages, g_string_free (current, FALSE));

  g_assert_cmpuint (messages->len % 2, ==, 0);
  return messages;
}

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

/* 2. Only a court's decision binds the school; the GPO and the College
 * give a judgement that does not. */
static void
test_what_binds (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr (PassendTopicLibrary) library = load (languages[l]);
      g_autofree char *formal = section_text (library, "escalation", "formal");
      g_autofree char *other = section_text (library, "complaints", "other-routes");
      const char      *court = org_text (library, "rechtbank", PASSEND_ORGANISATION_WHAT);
      const char      *gpo = org_text (library, "gpo", PASSEND_ORGANISATION_WHAT);
      const char *college = org_text (library, "college-rechten-mens", PASSEND_ORGANISATION_WHAT);

      g_test_message ("%s", languages[l]);
      assert_has ("escalation#formal", formal,
                  l == 0 ? "the school must do" : "moet de school doen");
      assert_not ("escalation#formal", formal, l == 0 ? "may be able to" : "misschien");
      assert_has ("the court", court, l == 0 ? "must follow" : "moet volgen");
      assert_not ("the court", court, l == 0 ? "may be able to" : "misschien");
      assert_has ("complaints#other-routes", other, l == 0 ? "binds the school" : "bindend");
      assert_has ("the GPO", gpo, l == 0 ? "does not have to follow" : "hoeft het niet te volgen");
      assert_has ("the College", college, l == 0 ? "not binding" : "niet bindend");
      if (l == 1)
        {
          assert_has ("the GPO", gpo, "oordeel");
          assert_has ("the College", college, "oordeel");
        }
    }
}

/* 2. In Dutch the GPO and the College give an oordeel, never an
 * uitspraak: in Topics and in the Assistant alike. */
static void
test_oordeel_not_uitspraak (void)
{
  g_autoptr (GPtrArray) messages = read_nl_po ();
  guint checked = 0;

  for (guint i = 0; i < messages->len; i += 2)
    {
      const char *msgid = g_ptr_array_index (messages, i);
      const char *msgstr = g_ptr_array_index (messages, i + 1);

      if (strstr (msgid, "GPO") == NULL && strstr (msgid, "Geschillencommissie") == NULL &&
          strstr (msgid, "College voor de Rechten") == NULL)
        continue;
      checked++;
      assert_not ("A Dutch text about the GPO or the College", msgstr, "uitspraak");
    }

  g_assert_cmpuint (checked, >, 10);
}

/* 3. For most schools the LKC is the complaints committee they are
 * connected to, not a body to appeal to after it. */
static void
test_lkc_not_an_appeal (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr (PassendTopicLibrary) library = load (languages[l]);
      g_autofree char *procedure = section_text (library, "complaints", "school-procedure");
      g_autofree char *formal = section_text (library, "where-to-turn", "formal");
      const char      *what = org_text (library, "lkc", PASSEND_ORGANISATION_WHAT);
      const char      *when = org_text (library, "lkc", PASSEND_ORGANISATION_WHEN);
      const char      *how = org_text (library, "klachtencommissie", PASSEND_ORGANISATION_HOW);

      g_test_message ("%s", languages[l]);
      assert_has ("complaints#school-procedure", procedure,
                  l == 0 ? "not a next step" : "geen volgende stap");
      assert_not ("complaints#school-procedure", procedure,
                  l == 0 ? "Then you can go to the Landelijke" : "Dan kun je naar de Landelijke");
      assert_has ("the LKC's when", when, l == 0 ? "cannot appeal" : "niet in beroep");
      assert_not ("the LKC's when", when, l == 0 ? "gave no solution" : "geen oplossing gaf");
      assert_has ("the LKC's what", what, l == 0 ? "complaints committee" : "klachtencommissie");
      assert_has ("the klachtencommissie's how", how, "LKC");
      assert_has ("where-to-turn#formal", formal, "LKC");
    }
}

/* 4. The zorgplicht of a new school starts when the parent registers
 * the child there in writing (aanmelden). */
static void
test_zorgplicht_at_registration (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr (PassendTopicLibrary) library = load (languages[l]);
      g_autofree char *changing = section_text (library, "home-sitting", "changing-schools");
      g_autofree char *rights = section_text (library, "rights", "zorgplicht");
      g_autofree char *step6 = section_text (library, "six-steps", "step-6");

      g_test_message ("%s", languages[l]);
      assert_has ("home-sitting#changing-schools", changing, l == 0 ? "register" : "aangemeld");
      assert_has ("home-sitting#changing-schools", changing,
                  l == 0 ? "from that registration" : "vanaf die aanmelding");
      assert_not ("home-sitting#changing-schools", changing,
                  l == 0 ? "the moment it sees" : "vanaf het moment");
      assert_has ("rights#zorgplicht", rights, l == 0 ? "six weeks" : "zes weken");
      assert_not ("rights#zorgplicht", rights,
                  l == 0 ? "and the school sees" : "en de school ziet");
      assert_not ("six-steps#step-6", step6, l == 0 ? "enrolled" : "ingeschreven");
    }
}

/* 5. What a parent of a child at home must also know: the push for an
 * exemption or unenrolment, the CCE after a child stopped going, the
 * Keurmerk Thuisonderwijs as a last resort, Ouderkracht voor 't kind. */
static void
test_home_sitting_additions (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr (PassendTopicLibrary) library = load (languages[l]);
      g_autofree char *pressure = section_text (library, "home-sitting", "pressure");
      g_autofree char *last = section_text (library, "home-sitting", "last-resort");
      const char      *cce = org_text (library, "cce", PASSEND_ORGANISATION_WHEN);
      const char      *keurmerk =
          org_text (library, "keurmerk-thuisonderwijs", PASSEND_ORGANISATION_WHEN);
      const char *keurmerk_how =
          org_text (library, "keurmerk-thuisonderwijs", PASSEND_ORGANISATION_HOW);
      const char *ouderkracht = org_text (library, "ouderkracht", PASSEND_ORGANISATION_WHEN);
      const char *ouderkracht_how = org_text (library, "ouderkracht", PASSEND_ORGANISATION_HOW);

      g_test_message ("%s", languages[l]);
      /* Why it is pushed, and what not to accept. */
      assert_has ("home-sitting#pressure", pressure, "thuiszitter");
      assert_has ("home-sitting#pressure", pressure, "uitschrijven");
      assert_has ("home-sitting#pressure", pressure, "verwijdering");
      assert_has ("home-sitting#pressure", pressure,
                  l == 0 ? "another school has admitted"
                         : "een andere school je kind heeft toegelaten");
      assert_has ("home-sitting#pressure", pressure, "leerplichtambtenaar");
      /* The CCE is not only for a child still at school. */
      assert_has ("the CCE's when", cce,
                  l == 0 ? "already stopped going" : "al niet meer naar school");
      /* A last resort, marked as something to check. */
      assert_has ("home-sitting#last-resort", last,
                  l == 0 ? "last resort" : "laatste mogelijkheid");
      assert_has ("the Keurmerk's when", keurmerk, l == 0 ? "last resort" : "laatste mogelijkheid");
      assert_has ("the Keurmerk's how", keurmerk_how, l == 0 ? "Check" : "Vraag eerst");
      g_assert_true (
          section_links_to (library, "home-sitting", "last-resort", "org:keurmerk-thuisonderwijs"));
      assert_has ("Ouderkracht's when", ouderkracht,
                  l == 0 ? "more than one procedure" : "meer dan één procedure");
      assert_has ("Ouderkracht's how", ouderkracht_how, l == 0 ? "Check" : "Vraag");
      g_assert_true (section_links_to (library, "complaints", "other-routes", "org:ouderkracht"));
    }
}

/* 6. Sentences that repeated a source nearly word for word, in English
 * or Dutch, in Topics or in the Assistant: rewritten in our own words. */
static void
test_own_wording (void)
{
  static const char *const copied[] = {
    "must be able to give. The samenwerkingsverband sets its level",
    "Make an appointment and say briefly what it is about",
    "say in one sentence what it is about",
    "write down what worries you, with examples",
    "Wrote down my worries, with examples",
    "The school where your child is enrolled",
    "Maak een afspraak en zeg kort waar het over gaat",
    "waar je je zorgen over maakt, met voorbeelden",
    "Mijn zorgen opgeschreven, met voorbeelden",
    "waar je kind ingeschreven staat",
    "moet kunnen geven. Het samenwerkingsverband bepaalt",
  };
  g_autoptr (GPtrArray) messages = read_nl_po ();

  for (guint i = 0; i < messages->len; i++)
    for (guint c = 0; c < G_N_ELEMENTS (copied); c++)
      assert_not ("po/nl.po", g_ptr_array_index (messages, i), copied[c]);

  /* And the glossary still explains basisondersteuning. */
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr (PassendTopicLibrary) library = load (languages[l]);

      assert_has ("basisondersteuning", term_text (library, "basisondersteuning"),
                  "ondersteuningsplan");
    }
}

/* 7. One name per thing, and B1 Dutch: one name for the line of Ouders
 * & Onderwijs, step 5 as schools name it (evaluatie), verslag only for
 * the notes of a talk, and none of the stiff sentences. */
static void
test_one_name (void)
{
  static const char *const never[] = {
    "hulplijn",        "advieslijn",        "onvoldoende beoordeeld",
    "Goede wil helpt", "Houd vast aan wat", "niet in staat geacht",
    "helpline",        "advice line",       "Het plan bekijken",
    "Bekeken op",      "Nog niet bekeken",  "Opnieuw bekijken",
  };
  g_autoptr (GPtrArray) messages = read_nl_po ();
  guint lines = 0;

  for (guint i = 0; i < messages->len; i += 2)
    {
      const char *msgid = g_ptr_array_index (messages, i);
      const char *msgstr = g_ptr_array_index (messages, i + 1);

      for (guint n = 0; n < G_N_ELEMENTS (never); n++)
        {
          assert_not ("po/nl.po (English)", msgid, never[n]);
          assert_not ("po/nl.po (Dutch)", msgstr, never[n]);
        }
      /* A report of research is an onderzoeksverslag or a rapport. */
      if (strstr (msgid, "research report") != NULL)
        assert_has ("po/nl.po", msgstr, "onderzoeksverslag");
      if (strstr (msgid, "line") != NULL && strstr (msgid, "Ouders &amp; Onderwijs") != NULL)
        {
          assert_has ("po/nl.po", msgstr, "informatielijn");
          lines++;
        }
    }
  g_assert_cmpuint (lines, >=, 2);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr (PassendTopicLibrary) library = load (languages[l]);
      g_autofree char *procedure = section_text (library, "complaints", "school-procedure");
      g_autofree char *writing = section_text (library, "complaints", "writing");
      const char      *line = org_text (library, "ouders-onderwijs", PASSEND_ORGANISATION_WHAT);

      assert_has ("Ouders & Onderwijs", line, l == 0 ? "information line" : "informatielijn");
      if (l == 1)
        {
          PassendTopic *topic = passend_topic_library_find_topic (library, "six-steps");
          GPtrArray    *sections = passend_topic_get_sections (topic);

          for (guint i = 0; i < sections->len; i++)
            if (g_str_equal (passend_topic_section_get_id (g_ptr_array_index (sections, i)),
                             "step-5"))
              assert_has ("six-steps#step-5",
                          passend_topic_text_get_text (
                              passend_topic_section_get_heading (g_ptr_array_index (sections, i))),
                          "evalueren");
        }
      else
        {
          /* The school's klachtencommissie is a committee, as in the
           * Assistant. */
          assert_not ("complaints#school-procedure", procedure, "commission");
          assert_not ("complaints#writing", writing, "commission");
        }
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

  g_test_add_func ("/content-facts/what-binds", test_what_binds);
  g_test_add_func ("/content-facts/oordeel-not-uitspraak", test_oordeel_not_uitspraak);

  g_test_add_func ("/content-facts/lkc-not-an-appeal", test_lkc_not_an_appeal);

  g_test_add_func ("/content-facts/zorgplicht-at-registration", test_zorgplicht_at_registration);

  g_test_add_func ("/content-facts/home-sitting-additions", test_home_sitting_additions);

  g_test_add_func ("/content-facts/own-wording", test_own_wording);

  g_test_add_func ("/content-facts/one-name", test_one_name);

  return g_test_run ();
}
