/* test-assistant-words.c - the Assistant's words, in English and Dutch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A link's words match what it opens (a topic's title, a term's or an
 * organisation's name), and the Assistant calls a thing by the name
 * Topics gives it: schoolgids and SOP, jeugdarts, cliëntondersteuner,
 * handelingsdeel; step 6 says aanmelden and toelaten.  Checked over
 * the step guide and the advisor, with their Dutch from po/nl.po.
 */
#include "config.h"

#include <string.h>

#include "assistant-test-markup.h"
#include "passend-advisor.h"
#include "passend-step-guide.h"
#include "passend-topic-library.h"

/* Every text of the Assistant's model that may hold links, untranslated. */
static GPtrArray *
assistant_texts (void)
{
  GPtrArray *texts = g_ptr_array_new ();

  for (int step = 1; step <= 6; step++)
    {
      const PassendStepGuide *guide = passend_step_guide_get (step);

      g_ptr_array_add (texts, (gpointer)guide->what_happens);
      g_ptr_array_add (texts, (gpointer)guide->can_do);
      g_ptr_array_add (texts, (gpointer)guide->questions);
      g_ptr_array_add (texts, (gpointer)guide->who_can_help);
      g_ptr_array_add (texts, (gpointer)guide->rights);
      for (const PassendChecklistItem *item = guide->checklist; item->id != NULL; item++)
        g_ptr_array_add (texts, (gpointer)item->label);
    }
  for (PassendRung rung = PASSEND_RUNG_TEACHER; rung <= PASSEND_RUNG_FORMAL; rung++)
    {
      g_ptr_array_add (texts, (gpointer)passend_rung_get_title (rung));
      g_ptr_array_add (texts, (gpointer)passend_rung_get_description (rung));
    }
  for (PassendCaution c = PASSEND_CAUTION_SKIPS_SCHOOL; c <= PASSEND_CAUTION_SKIPS_CONSULTANTS; c++)
    g_ptr_array_add (texts, (gpointer)passend_caution_get_text (c));
  g_ptr_array_add (texts, (gpointer)passend_advisor_get_home_sitting_text ());
  for (PassendHeadline h = PASSEND_HEADLINE_AT_RISK; h <= PASSEND_HEADLINE_AT_HOME; h++)
    {
      g_ptr_array_add (texts, (gpointer)passend_headline_get_title (h));
      g_ptr_array_add (texts, (gpointer)passend_headline_get_text (h));
    }

  return texts;
}

/* Case and the kind of apostrophe aside. */
static char *
fold (const char *text)
{
  g_autoptr (GString) s = g_string_new (text);

  g_string_replace (s, "’", "'", 0);
  g_string_replace (s, "&amp;", "&", 0);
  return g_utf8_casefold (s->str, -1);
}

static gboolean
starts_with (const char *text, const char *start)
{
  g_autofree char *a = fold (text);
  g_autofree char *b = fold (start);

  return g_str_has_prefix (a, b);
}

static gboolean
ends_with (const char *text, const char *end)
{
  g_autofree char *a = fold (text);
  g_autofree char *b = fold (end);

  return g_str_has_suffix (a, b);
}

/* The Dutch of a message of the content, or the message itself when
 * the Dutch is the same. */
static char *
dutch (const char *msgid)
{
  char *nl = nl_translation (msgid);

  return nl != NULL && nl[0] != '\0' ? nl : (g_free (nl), g_strdup (msgid));
}

/* Whether @words fit what @href opens, in English or (@nl) Dutch. */
static gboolean
words_fit (const char *href, const char *words, gboolean nl)
{
  PassendTopicLibrary *library = passend_topic_library_get_default ();
  const char          *id = strchr (href, ':') + 1;

  if (g_str_has_prefix (href, "topic:"))
    {
      PassendTopicText *title =
          passend_topic_get_title (passend_topic_library_find_topic (library, id));
      g_autofree char *shown = nl ? dutch (passend_topic_text_get_msgid (title))
                                  : g_strdup (passend_topic_text_get_text (title));
      g_autofree char *a = fold (words);
      g_autofree char *b = fold (shown);

      return g_str_equal (a, b);
    }
  if (g_str_has_prefix (href, "term:"))
    {
      PassendGlossaryTerm *term = passend_topic_library_find_term (library, id);
      PassendTopicText    *full = passend_glossary_term_get_full (term);

      /* The name, perhaps made plural ("onderwijsconsulenten"), or in full. */
      return starts_with (words,
                          passend_topic_text_get_text (passend_glossary_term_get_name (term))) ||
             (full != NULL && starts_with (words, passend_topic_text_get_text (full)));
    }
  if (g_str_has_prefix (href, "org:"))
    {
      PassendOrganisation *org = passend_topic_library_find_organisation (library, id);
      PassendTopicText    *name = passend_organisation_get_text (org, PASSEND_ORGANISATION_NAME);
      g_autofree char     *shown = nl ? dutch (passend_topic_text_get_msgid (name))
                                      : g_strdup (passend_topic_text_get_text (name));

      /* "cliëntondersteuner" for "Independent cliëntondersteuner". */
      return ends_with (shown, words);
    }

  return FALSE;
}

static guint
check_link_words (const char *markup, gboolean nl)
{
  g_autoptr (GRegex) regex = g_regex_new ("<a href=\"([^\"]*)\">([^<]*)</a>", 0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  guint n = 0;

  g_regex_match (regex, markup, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *href = g_match_info_fetch (match, 1);
      g_autofree char *words = g_match_info_fetch (match, 2);

      if (!words_fit (href, words, nl))
        g_error ("The words “%s” do not match what %s opens (%s)", words, href, nl ? "nl" : "en");
      n++;
      g_match_info_next (match, NULL);
    }

  return n;
}

/* 7. A link's words match the topic, term or organisation it opens. */
static void
test_link_words (void)
{
  g_autoptr (GPtrArray) texts = assistant_texts ();
  guint en = 0;
  guint nl = 0;

  for (guint i = 0; i < texts->len; i++)
    {
      const char      *text = g_ptr_array_index (texts, i);
      g_autofree char *dutch_text = nl_translation (text);

      en += check_link_words (text, FALSE);
      g_assert_nonnull (dutch_text);
      nl += check_link_words (dutch_text, TRUE);
    }

  g_assert_cmpuint (en, >, 30);
  g_assert_cmpuint (nl, ==, en);
}

/* 7. One name per thing: the Assistant's English uses the names Topics
 * uses, and its Dutch one word for each. */
static void
test_one_name (void)
{
  static const char *const english[] = {
    "school guide",      "school support profile", "pupil monitoring system",
    "youth doctor",      "client supporter",       "action part",
    "Taking it further", "Staying at home",
  };
  static const char *const nl_words[] = {
    "hulplijn",
    "advieslijn",
    "bekeken",
    "bekijken",
  };
  g_autoptr (GPtrArray) texts = assistant_texts ();
  g_autofree char *step5 = nl_translation ("Check the plan");

  for (guint i = 0; i < texts->len; i++)
    {
      const char      *text = g_ptr_array_index (texts, i);
      g_autofree char *dutch_text = nl_translation (text);

      for (guint w = 0; w < G_N_ELEMENTS (english); w++)
        if (strstr (text, english[w]) != NULL)
          g_error ("The Assistant still says “%s”: %s", english[w], text);
      for (guint w = 0; w < G_N_ELEMENTS (nl_words); w++)
        if (strstr (dutch_text, nl_words[w]) != NULL)
          g_error ("The Dutch still says “%s”: %s", nl_words[w], dutch_text);
    }

  /* Step 5 is named as schools name it: the evaluation of the plan. */
  g_assert_nonnull (step5);
  g_assert_nonnull (strstr (step5, "evalueren"));
}

/* Step 6: the zorgplicht starts when the parent registers the child
 * in writing (aanmelden), not at enrolment; the school decides on
 * admitting (toelaten). */
static void
test_step_6_registration (void)
{
  const char      *rights = passend_step_guide_get (6)->rights;
  g_autofree char *dutch = nl_translation (rights);

  g_assert_nonnull (strstr (rights, "register"));
  g_assert_nonnull (strstr (rights, "aanmelden"));
  g_assert_nonnull (strstr (rights, "toelaten"));
  g_assert_null (strstr (rights, "enrol"));

  g_assert_nonnull (dutch);
  g_assert_nonnull (strstr (dutch, "aanmelding"));
  g_assert_nonnull (strstr (dutch, "toelaat"));
  g_assert_null (strstr (dutch, "inschrij"));
  g_assert_null (strstr (dutch, "ingeschreven"));
  g_assert_null (strstr (dutch, "Schrijf je"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/assistant/link-words", test_link_words);
  g_test_add_func ("/assistant/one-name", test_one_name);
  g_test_add_func ("/assistant/step-6-registration", test_step_6_registration);

  return g_test_run ();
}
