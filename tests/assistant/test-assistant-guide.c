/* test-assistant-guide.c - what each step says, and its Dutch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The step guide's texts are valid markup whose links lead somewhere,
 * its checklist items are found by id, and the Dutch keeps every link.
 */
#include "config.h"

#include <string.h>

#include "assistant-test-markup.h"
#include "passend-advisor.h"
#include "passend-letter-template.h"
#include "passend-process.h"
#include "passend-step-guide.h"

/* Step content */
static void
test_link_check_catches (void)
{
  /* The checker itself: good ones pass, bad ones are caught. */
  g_assert_true (link_is_allowed ("term:opp"));
  g_assert_true (link_is_allowed ("org:cce"));
  g_assert_true (link_is_allowed ("topic:home-sitting"));
  g_assert_false (link_is_allowed ("term:nonsense"));
  g_assert_false (link_is_allowed ("org:opp"));
  g_assert_false (link_is_allowed ("step:3"));
  g_assert_false (link_is_allowed ("https://example.org"));
  g_assert_false (link_is_allowed ("topic:"));
  g_assert_cmpuint (check_markup ("plain &amp; <b>bold</b> <a href=\"term:tlv\">TLV</a>"), ==, 1);

  if (g_test_subprocess ())
    {
      check_markup ("<a href=\"org:nobody\">x</a>");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
}

static void
test_step_guide (void)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GRegex) id_form = g_regex_new ("^[a-z]+(-[a-z]+)+$", 0, 0, NULL);
  guint links = 0;

  g_assert_null (passend_step_guide_get (0));
  g_assert_null (passend_step_guide_get (7));

  for (int step = PASSEND_PROCESS_FIRST_STEP; step <= PASSEND_PROCESS_LAST_STEP; step++)
    {
      const PassendStepGuide *guide = passend_step_guide_get (step);
      const char             *texts[] = { guide->what_happens, guide->can_do, guide->questions,
                                          guide->who_can_help, guide->rights };
      guint                   n_items = 0;

      g_assert_cmpint (guide->step, ==, step);
      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        {
          g_assert_nonnull (texts[t]);
          links += check_markup (texts[t]);
        }
      /* Who can help always names someone to turn to. */
      g_assert_cmpuint (check_markup (guide->who_can_help), >, 0);

      for (const PassendChecklistItem *item = guide->checklist; item->id != NULL; item++)
        {
          g_assert_true (g_regex_match (id_form, item->id, 0, NULL));
          g_assert_true (g_hash_table_add (ids, (gpointer)item->id));
          g_assert_nonnull (item->label);
          g_assert_null (strchr (item->label, '<'));
          g_assert_true (passend_step_guide_find_item (item->id) == item);
          g_assert_cmpint (passend_step_guide_item_step (item->id), ==, step);
          n_items++;
        }
      g_assert_cmpuint (n_items, >=, 3);
      g_assert_cmpuint (n_items, <=, PASSEND_STEP_GUIDE_MAX_ITEMS);
    }

  /* The rights the issue names are there, with their links. */
  g_assert_nonnull (strstr (passend_step_guide_get (3)->rights, "said yes"));
  g_assert_nonnull (strstr (passend_step_guide_get (4)->rights, "term:instemmingsrecht"));
  g_assert_nonnull (strstr (passend_step_guide_get (4)->rights, "term:handelingsdeel"));
  g_assert_nonnull (strstr (passend_step_guide_get (6)->rights, "term:zorgplicht"));
  g_assert_nonnull (passend_step_guide_find_item ("talk-asked-goal"));
  g_assert_null (passend_step_guide_find_item ("talk-asked"));
  g_assert_cmpint (passend_step_guide_item_step ("nothing"), ==, 0);
  g_assert_cmpuint (links, >, 20);
}

/* Translations */

static char *
po_unquote (const char *line)
{
  const char      *start = strchr (line, '"');
  const char      *end = strrchr (line, '"');
  g_autofree char *inner = NULL;

  g_assert_true (start != NULL && end > start);
  inner = g_strndup (start + 1, end - start - 1);
  return g_strcompress (inner);
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *)a, *(const char *const *)b);
}

static GPtrArray *
hrefs_of (const char *markup)
{
  g_autoptr (GRegex) regex = g_regex_new ("href=\"([^\"]*)\"", 0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  GPtrArray *hrefs = g_ptr_array_new_with_free_func (g_free);

  g_regex_match (regex, markup, 0, &match);
  while (g_match_info_matches (match))
    {
      g_ptr_array_add (hrefs, g_match_info_fetch (match, 1));
      g_match_info_next (match, NULL);
    }

  g_ptr_array_sort (hrefs, compare_strings);
  return hrefs;
}

/* A translator must keep every link of the Assistant's texts, and the
 * Dutch must still be markup a label can show. */
static guint
check_translation (const char *msgid, const char *msgstr)
{
  g_autoptr (GPtrArray) want = hrefs_of (msgid);
  g_autoptr (GPtrArray) got = hrefs_of (msgstr);

  if (want->len == 0 || msgstr[0] == '\0')
    return 0;

  g_test_message ("checking: %.40s", msgid);
  g_assert_cmpuint (got->len, ==, want->len);
  for (guint i = 0; i < want->len; i++)
    g_assert_cmpstr (g_ptr_array_index (got, i), ==, g_ptr_array_index (want, i));
  check_markup (msgstr);
  return 1;
}

/* Each step offers the letters that fit it, and each is a letter Passend has. */
static void
test_step_letters (void)
{
  for (int step = PASSEND_PROCESS_FIRST_STEP; step <= PASSEND_PROCESS_LAST_STEP; step++)
    {
      const PassendStepGuide *guide = passend_step_guide_get (step);

      g_assert_nonnull (guide->letters[0]);
      for (guint i = 0; guide->letters[i] != NULL; i++)
        {
          g_assert_cmpuint (i, <, PASSEND_STEP_GUIDE_MAX_LETTERS);
          g_assert_nonnull (passend_letter_template_find (guide->letters[i]));
        }
    }
  g_assert_null (passend_letter_template_find ("no-such-letter"));

  /* So does each rung of the advisor's route. */
  for (PassendRung rung = PASSEND_RUNG_TEACHER; rung <= PASSEND_RUNG_FORMAL; rung++)
    {
      const char *const *letters = passend_rung_get_letters (rung);

      g_assert_nonnull (letters[0]);
      for (guint i = 0; letters[i] != NULL; i++)
        g_assert_nonnull (passend_letter_template_find (letters[i]));
    }
  g_assert_true (g_strv_contains (passend_rung_get_letters (PASSEND_RUNG_FORMAL), "complaint"));
}

static void
test_dutch_keeps_links (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "..", "po", "nl.po", NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GString) msgid = g_string_new (NULL);
  g_autoptr (GString) msgstr = g_string_new (NULL);
  GString *current = NULL;
  gboolean ours = FALSE;
  guint    checked = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "#:"))
        {
          if (current != NULL && ours)
            {
              checked += check_translation (msgid->str, msgstr->str);
            }
          current = NULL;
          ours = ours || strstr (line, "passend-step-guide.c") != NULL ||
                 strstr (line, "passend-advisor.c") != NULL ||
                 strstr (line, "passend-assistant-view.c") != NULL ||
                 strstr (line, "passend-assistant-steps.c") != NULL ||
                 strstr (line, "passend-assistant-advisor.c") != NULL;
          continue;
        }
      if (line[0] == '\0')
        {
          if (current != NULL && ours)
            {
              checked += check_translation (msgid->str, msgstr->str);
            }
          current = NULL;
          ours = FALSE;
          continue;
        }
      if (g_str_has_prefix (line, "msgid "))
        {
          g_string_truncate (msgid, 0);
          g_string_truncate (msgstr, 0);
          current = msgid;
        }
      else if (g_str_has_prefix (line, "msgstr "))
        current = msgstr;
      else if (line[0] != '"')
        continue;

      if (current != NULL)
        {
          g_autofree char *part = po_unquote (line);

          g_string_append (current, part);
        }
    }

  /* The step content alone has some twenty strings with links. */
  g_assert_cmpuint (checked, >=, 20);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/assistant/link-check", test_link_check_catches);
  g_test_add_func ("/assistant/step-guide", test_step_guide);
  g_test_add_func ("/assistant/step-letters", test_step_letters);
  g_test_add_func ("/assistant/dutch-keeps-links", test_dutch_keeps_links);

  return g_test_run ();
}
