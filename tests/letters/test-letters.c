/* test-letters.c - the letters, filled in from the dossier, and sent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "passend-clock-record.h"
#include "passend-clock.h"
#include "passend-error.h"
#include "passend-letter.h"
#include "passend-letters-private.h"
#include "test-util.h"

static const char *const details[][2] = {
  { "school-name", "Basisschool De Regenboog" },
  { "school-address", "Schoolstraat 1\n1234 AB Dorp" },
  { "school-board", "Stichting Primair Dorp" },
  { "school-contact", "Mevrouw De Vries" },
  { "parent-name", "Anna Jansen" },
  { "parent-address", "Laan 5\n1234 CD Dorp" },
};

/* A dossier with one child, Sam, whose record has everything or nothing. */
static PassendDossier *
make_dossier (gboolean filled, PassendChild **child)
{
  PassendDossier *dossier = passend_dossier_new ();

  *child = passend_dossier_add_child (dossier, "Sam");
  for (guint i = 0; filled && i < G_N_ELEMENTS (details); i++)
    passend_child_set_detail (*child, details[i][0], details[i][1]);
  return dossier;
}

static gboolean
has_placeholder (const char *text)
{
  return strchr (text, '{') != NULL || strchr (text, '}') != NULL;
}

/* Each blank filled in with "X". */
static char *
fill_blanks (const char *text)
{
  GString *out = g_string_new (NULL);
  gsize    from = 0, start, end;

  while (passend_letter_find_blank (text, from, &start, &end))
    {
      g_string_append_len (out, text + from, start - from);
      g_string_append (out, "X");
      from = end;
    }
  g_string_append (out, text + from);
  return g_string_free (out, FALSE);
}

static void
fill_all_blanks (PassendLetter *letter)
{
  for (guint p = 0; p < PASSEND_LETTER_N_PARTS; p++)
    {
      g_autofree char *filled = fill_blanks (passend_letter_get_part (letter, p));

      passend_letter_set_part (letter, p, filled);
    }
}

static void
test_templates (void)
{
  guint                               n;
  const PassendLetterTemplate *const *letters = passend_letter_templates_get_all (&n);
  const char *const wanted[] = { "school-file",  "talk-report",     "report-correction",
                                 "registration", "objection",       "complaint",
                                 "opp-meeting",  "partnership-help" };

  g_assert_cmpuint (n, >=, G_N_ELEMENTS (wanted));
  for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
    g_assert_nonnull (passend_letter_template_find (wanted[i]));
  g_assert_null (passend_letter_template_find ("no-such-letter"));
  g_assert_true (passend_letter_template_find_for_clock ("removal-objection") ==
                 passend_letter_template_find ("objection"));
  g_assert_null (passend_letter_template_find_for_clock ("avg-access"));
  g_assert_cmpstr (passend_letter_template_get_id (letters[0]), ==, "school-file");

  for (guint i = 0; i < n; i++)
    {
      const char *event = passend_letter_template_get_event (letters[i]);

      g_assert_true (event == NULL || passend_clock_event_find (event) != NULL);
      for (guint c = 0; letters[i]->clocks[c] != NULL; c++)
        {
          g_assert_nonnull (passend_clock_kind_find (letters[i]->clocks[c]));
          g_assert_true (passend_letter_template_find_for_clock (letters[i]->clocks[c]) ==
                         letters[i]);
        }
      /* Every blank the letter declares is used. */
      for (guint b = 0; b < letters[i]->blanks->len; b++)
        {
          PassendLetterBlank *blank = g_ptr_array_index (letters[i]->blanks, b);
          g_autofree char    *key = g_strdup_printf ("{blank:%s}", blank->id);
          gboolean            used = strstr (letters[i]->subject, key) != NULL;

          for (guint t = 0; letters[i]->to[t] != NULL; t++)
            used = used || strstr (letters[i]->to[t], key) != NULL;
          for (guint p = 0; p < letters[i]->paragraphs->len; p++)
            used = used || strstr (g_ptr_array_index (letters[i]->paragraphs, p), key) != NULL;
          g_test_message ("%s: %s", letters[i]->id, blank->id);
          g_assert_true (used);
        }
    }
}

/* From a full record, every placeholder of every letter is resolved: only
 * the letter's own blanks are left, and the dossier's facts are in it. */
static void
test_filled (void)
{
  PassendChild *child;
  g_autoptr (PassendDossier) dossier = make_dossier (TRUE, &child);
  guint                               n;
  const PassendLetterTemplate *const *letters = passend_letter_templates_get_all (&n);

  passend_clock_set_today ("2026-12-02");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendLetter) letter = passend_letter_new (letters[i], dossier, child, "en");
      g_autofree char *text = passend_letter_to_text (letter);
      g_auto (GStrv) blanks = passend_letter_get_blanks (letter);
      g_autofree char *filled = NULL;

      g_test_message ("%s", letters[i]->id);
      g_assert_false (has_placeholder (text));
      g_assert_nonnull (strstr (text, "Sam"));
      g_assert_nonnull (strstr (text, "Anna Jansen\nLaan 5\n1234 CD Dorp"));
      g_assert_nonnull (strstr (text, "2 December 2026"));
      g_assert_cmpstr (passend_letter_get_part (letter, PASSEND_LETTER_DATE), ==,
                       "2 December 2026");
      g_assert_nonnull (strstr (text, "Subject: "));
      /* The school's facts where the letter names them. */
      if (g_strv_contains ((const char *const *)letters[i]->to, "{school.name}"))
        g_assert_nonnull (strstr (passend_letter_get_part (letter, PASSEND_LETTER_RECIPIENT),
                                  "Basisschool De Regenboog\nSchoolstraat 1"));
      for (guint b = 0; blanks[b] != NULL; b++)
        {
          gboolean declared = FALSE;

          for (guint d = 0; d < letters[i]->blanks->len; d++)
            declared =
                declared ||
                g_str_equal (
                    blanks[b],
                    ((PassendLetterBlank *)g_ptr_array_index (letters[i]->blanks, d))->label);
          g_assert_true (declared);
        }
      fill_all_blanks (letter);
      filled = passend_letter_to_text (letter);
      g_assert_null (strstr (filled, "[["));
    }
  passend_clock_set_today (NULL);
}

/* From an empty record, what the dossier does not know is flagged. */
static void
test_flagged (void)
{
  PassendChild *child;
  g_autoptr (PassendDossier) dossier = make_dossier (FALSE, &child);
  g_autoptr (PassendLetter) letter =
      passend_letter_new (passend_letter_template_find ("school-file"), dossier, child, "en");
  g_auto (GStrv) blanks = passend_letter_get_blanks (letter);

  g_assert_true (g_strv_contains ((const char *const *)blanks, "your name"));
  g_assert_true (g_strv_contains ((const char *const *)blanks, "your address"));
  g_assert_true (g_strv_contains ((const char *const *)blanks, "the name of the school"));
  g_assert_true (g_strv_contains ((const char *const *)blanks, "the address of the school"));
  g_assert_true (
      g_strv_contains ((const char *const *)blanks, "the name of your contact at school"));
  g_assert_cmpstr (passend_letter_get_part (letter, PASSEND_LETTER_SENDER), ==,
                   "[[your name]]\n[[your address]]");
  /* Each once, though the contact's name is in the address and the text. */
  g_assert_cmpuint (g_strv_length (blanks), ==, 5);
  g_assert_nonnull (strstr (passend_letter_get_part (letter, PASSEND_LETTER_BODY),
                            "Dear [[the name of your contact at school]],"));
}

/* Sending: nothing with a blank left; then the entry with the text as
 * sent and the clock of the answer with the right due date. */
static void
test_send (void)
{
  PassendChild *child;
  g_autoptr (PassendDossier) dossier = make_dossier (TRUE, &child);
  guint                               n;
  const PassendLetterTemplate *const *letters = passend_letter_templates_get_all (&n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendLetter) letter = passend_letter_new (letters[i], dossier, child, "en");
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) clocks = NULL;
      g_auto (GStrv) blanks = passend_letter_get_blanks (letter);
      const char      *event = passend_letter_template_get_event (letters[i]);
      guint            n_entries = g_list_model_get_n_items (passend_dossier_get_entries (dossier));
      guint            n_clocks = g_list_model_get_n_items (passend_dossier_get_clocks (dossier));
      PassendEntry    *entry;
      g_autofree char *text = NULL;
      g_autoptr (PassendDocument) proof = passend_document_new ("receipt.pdf", "0000-r.pdf", 1);
      g_autoptr (GPtrArray) documents = NULL;

      g_test_message ("%s", letters[i]->id);
      if (blanks[0] != NULL)
        {
          g_assert_null (passend_letter_send (letter, dossier, "2026-03-02", PASSEND_LETTER_BY_POST,
                                              proof, &clocks, &error));
          g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, blanks[0]));
          g_assert_null (clocks);
          g_clear_error (&error);
          g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==,
                            n_entries);
          g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_clocks (dossier)), ==,
                            n_clocks);
          g_assert_null (passend_document_get_entry_id (proof));
        }
      fill_all_blanks (letter);
      passend_letter_set_part (letter, PASSEND_LETTER_BODY, "My own words.");
      text = passend_letter_to_text (letter);

      entry = passend_letter_send (letter, dossier, "2026-03-02", PASSEND_LETTER_BY_EMAIL, proof,
                                   &clocks, &error);
      g_assert_no_error (error);
      g_assert_nonnull (entry);
      g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==,
                        n_entries + 1);
      g_assert_cmpint (passend_entry_get_kind (entry), ==, PASSEND_ENTRY_KIND_EMAIL);
      g_assert_cmpint (passend_entry_get_direction (entry), ==, PASSEND_DIRECTION_SENT);
      g_assert_cmpstr (passend_entry_get_date (entry), ==, "2026-03-02");
      g_assert_cmpstr (passend_entry_get_text (entry), ==, text);
      /* The proof of sending is kept with the entry. */
      documents = passend_dossier_get_entry_documents (dossier, entry);
      g_assert_cmpuint (documents->len, ==, 1);
      g_assert_true (g_ptr_array_index (documents, 0) == proof);
      g_assert_cmpstr (passend_entry_get_child_id (entry), ==,
                       passend_record_get_id (PASSEND_RECORD (child)));
      g_assert_true (g_str_has_prefix (passend_entry_get_title (entry),
                                       passend_letter_template_get_title (letters[i])));
      g_assert_cmpuint (clocks->len, ==, event != NULL ? 1 : 0);
      g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_clocks (dossier)), ==,
                        n_clocks + clocks->len);
      for (guint c = 0; c < clocks->len; c++)
        {
          PassendClock    *clock = g_ptr_array_index (clocks, c);
          g_autofree char *due =
              passend_clock_kind_due_date (passend_clock_get_kind_info (clock), "2026-03-02", NULL);

          g_assert_cmpstr (passend_clock_get_start_date (clock), ==, "2026-03-02");
          g_assert_cmpstr (passend_clock_get_due_date (clock), ==, due);
          g_assert_cmpstr (passend_clock_get_entry_id (clock), ==,
                           passend_record_get_id (PASSEND_RECORD (entry)));
        }
    }
  g_assert_true (passend_dossier_validate (dossier, NULL));
}

/* The due dates as the law counts them, for the letters with a clock. */
static void
test_send_due_dates (void)
{
  const char *const cases[][3] = {
    { "school-file", "avg-access", "2026-04-02" },
    { "registration", "admission-decision", "2026-04-13" },
    { "objection", "removal-objection-decision", "2026-03-30" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PassendChild *child;
      g_autoptr (PassendDossier) dossier = make_dossier (TRUE, &child);
      g_autoptr (PassendLetter) letter =
          passend_letter_new (passend_letter_template_find (cases[i][0]), dossier, child, "nl");
      g_autoptr (GPtrArray) clocks = NULL;
      g_autoptr (GError) error = NULL;

      fill_all_blanks (letter);
      g_assert_nonnull (passend_letter_send (letter, dossier, "2026-03-02",
                                             PASSEND_LETTER_HANDED_OVER, NULL, &clocks, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (clocks->len, ==, 1);
      g_assert_cmpstr (passend_clock_get_kind (g_ptr_array_index (clocks, 0)), ==, cases[i][1]);
      g_assert_cmpstr (passend_clock_get_due_date (g_ptr_array_index (clocks, 0)), ==, cases[i][2]);
    }
}

static gboolean
only_placeholders (const char *msgid)
{
  g_autoptr (GRegex) regex = g_regex_new ("\\{[a-z.:-]+\\}", 0, 0, NULL);
  g_autofree char *rest = g_regex_replace_literal (regex, msgid, -1, 0, "", 0, NULL);

  return g_strstrip (rest)[0] == '\0';
}

static void
assert_dutch (const char *id, const char *msgid)
{
  const char *nl = _passend_letters_translate ("nl", msgid);

  g_test_message ("%s: %s", id, msgid);
  if (only_placeholders (msgid))
    return;
  g_assert_cmpstr (nl, !=, msgid);
  /* The Dutch keeps the same placeholders. */
  for (const char *p = strchr (msgid, '{'); p != NULL; p = strchr (p + 1, '{'))
    {
      g_autofree char *key = g_strndup (p, strchr (p, '}') - p + 1);

      g_assert_nonnull (strstr (nl, key));
    }
}

/* Every text of every letter has its Dutch, and a Dutch letter is Dutch. */
static void
test_dutch (void)
{
  guint                               n;
  const PassendLetterTemplate *const *letters = passend_letter_templates_get_all (&n);
  PassendChild                       *child;
  g_autoptr (PassendDossier) dossier = make_dossier (FALSE, &child);

  g_assert_true (passend_letters_has_language ("nl"));
  for (guint i = 0; i < n; i++)
    {
      const PassendLetterTemplate *l = letters[i];
      g_autoptr (PassendLetter) letter = passend_letter_new (l, dossier, child, NULL);

      g_assert_cmpstr (passend_letter_get_language (letter), ==, "nl");
      assert_dutch (l->id, l->title);
      assert_dutch (l->id, l->summary);
      assert_dutch (l->id, l->subject);
      for (guint p = 0; p < l->paragraphs->len; p++)
        assert_dutch (l->id, g_ptr_array_index (l->paragraphs, p));
      for (guint b = 0; b < l->blanks->len; b++)
        assert_dutch (l->id, ((PassendLetterBlank *)g_ptr_array_index (l->blanks, b))->label);
      g_assert_nonnull (
          strstr (passend_letter_get_part (letter, PASSEND_LETTER_SENDER), "[[je naam]]"));
      g_assert_cmpstr (passend_letter_get_subject_label (letter), ==, "Onderwerp:");
    }
}

/* The entries and agreements the parent picks, as lines of the letter. */
static void
test_grounds (void)
{
  PassendChild *child;
  g_autoptr (PassendDossier) dossier = make_dossier (TRUE, &child);
  g_autoptr (PassendEntry) talk =
      passend_entry_new (PASSEND_ENTRY_KIND_CONVERSATION, "2026-02-10", "Talk with the teacher");
  g_autoptr (PassendAgreement) dated =
      passend_agreement_new ("A plan for reading", PASSEND_PARTY_SCHOOL, "2026-04-01");
  g_autoptr (PassendAgreement) open =
      passend_agreement_new ("Call back", PASSEND_PARTY_SCHOOL, NULL);
  g_autoptr (GPtrArray) records = g_ptr_array_new ();
  const char *language[] = { "nl", "en" };
  const char *expected[] = {
    "- 10 februari 2026: Talk with the teacher\n- Afspraak: A plan for reading, uiterlijk 1 april "
    "2026\n- Afspraak: Call back",
    "- 10 February 2026: Talk with the teacher\n- Agreed: A plan for reading, by 1 April 2026\n"
    "- Agreed: Call back",
  };

  g_ptr_array_add (records, talk);
  g_ptr_array_add (records, dated);
  g_ptr_array_add (records, open);
  for (guint i = 0; i < G_N_ELEMENTS (language); i++)
    {
      g_autoptr (PassendLetter) letter = passend_letter_new (
          passend_letter_template_find ("objection"), dossier, child, language[i]);
      g_autofree char *text = passend_letter_describe_records (letter, records);

      g_assert_cmpstr (text, ==, expected[i]);
    }
}

/* The outcome of a talk becomes the parent's own report: the day of
 * the talk and the report filled in, the agreements one a line; what
 * the parent wrote over stays theirs. */
static void
test_from_talk (void)
{
  PassendChild *child;
  g_autoptr (PassendDossier) dossier = make_dossier (TRUE, &child);
  PassendEntry *talk =
      passend_entry_new (PASSEND_ENTRY_KIND_CONVERSATION, "2026-02-10", "Talk with the teacher");
  g_autoptr (PassendAgreement) plan =
      passend_agreement_new ("A plan for reading", PASSEND_PARTY_SCHOOL, "2026-04-01");
  g_autoptr (PassendLetter) letter = NULL;
  g_auto (GStrv) blanks = NULL;
  const char *body;

  g_object_set (talk, "child-id", passend_record_get_id (PASSEND_RECORD (child)), "text",
                "  We spoke about reading.\n", NULL);
  passend_dossier_add_entry (dossier, talk);
  g_object_unref (talk);
  g_object_set (plan, "entry-id", passend_record_get_id (PASSEND_RECORD (talk)), NULL);
  passend_dossier_add_agreement (dossier, plan);

  letter = passend_letter_new (passend_letter_template_find ("talk-report"), dossier, child, "nl");
  g_assert_false (passend_letter_fill_blank (letter, "no-such-blank", "X"));
  passend_letter_fill_from_talk (letter, dossier, talk);
  blanks = passend_letter_get_blanks (letter);
  g_assert_cmpuint (g_strv_length (blanks), ==, 0);
  body = passend_letter_get_part (letter, PASSEND_LETTER_BODY);
  g_assert_nonnull (strstr (body, "10 februari 2026"));
  g_assert_nonnull (strstr (body, "We spoke about reading.\n\n- Afspraak: A plan for reading, "
                                  "uiterlijk 1 april 2026"));
  g_assert_nonnull (
      strstr (passend_letter_get_part (letter, PASSEND_LETTER_SUBJECT), "10 februari 2026"));

  /* Written over already: nothing to fill. */
  g_assert_false (passend_letter_fill_blank (letter, "own-report", "Again"));
}

/* A broken or truncated catalog is no catalog: the letter stays
 * readable, in English, and nothing is read outside the file. */
static void
test_broken_catalog (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *messages = g_build_filename (dir, "xx", "LC_MESSAGES", NULL);
  g_autofree char *good = g_test_build_filename (G_TEST_BUILT, "..", "..", "po", "nl",
                                                 "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "..", "po", NULL);
  gsize            length;
  PassendChild    *child;
  g_autoptr (PassendDossier) dossier = make_dossier (FALSE, &child);
  const gsize cuts[] = { 0, 10, 27, 28, 100 };

  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      g_autofree char *path = test_write_file (messages, GETTEXT_PACKAGE ".mo", contents, cuts[i]);
      g_autoptr (PassendLetter) letter = NULL;

      passend_letters_set_localedir (dir);
      g_assert_false (passend_letters_has_language ("xx"));
      letter =
          passend_letter_new (passend_letter_template_find ("school-file"), dossier, child, "xx");
      g_assert_cmpstr (passend_letter_get_subject_label (letter), ==, "Subject:");
    }
  passend_letters_set_localedir (localedir);
  g_assert_true (passend_letters_has_language ("nl"));
  test_remove_dir (dir);
}

static void
test_dates (void)
{
  g_autofree char *nl = passend_letter_format_date ("2026-03-02", "nl");
  g_autofree char *en = passend_letter_format_date ("2026-12-31", "en");

  g_assert_cmpstr (nl, ==, "2 maart 2026");
  g_assert_cmpstr (en, ==, "31 December 2026");
}

int
main (int argc, char *argv[])
{
  g_autofree char *localedir = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  localedir = g_test_build_filename (G_TEST_BUILT, "..", "..", "po", NULL);
  passend_letters_set_localedir (localedir);

  g_test_add_func ("/letters/templates", test_templates);
  g_test_add_func ("/letters/filled", test_filled);
  g_test_add_func ("/letters/flagged", test_flagged);
  g_test_add_func ("/letters/send", test_send);
  g_test_add_func ("/letters/send-due-dates", test_send_due_dates);
  g_test_add_func ("/letters/dutch", test_dutch);
  g_test_add_func ("/letters/grounds", test_grounds);
  g_test_add_func ("/letters/from-talk", test_from_talk);
  g_test_add_func ("/letters/broken-catalog", test_broken_catalog);
  g_test_add_func ("/letters/dates", test_dates);
  return g_test_run ();
}
