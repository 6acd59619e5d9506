/* passend-letter.c - one letter, filled in from the dossier
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A letter is made from its template in one language (Dutch unless the
 * parent chooses English), with the placeholders filled from the
 * child's record: {child.name}, {school.name}, {school.address},
 * {school.board}, {school.contact}, {parent.name}, {parent.address} and
 * {date}.  What the dossier does not know, and each {blank:ID} the parent
 * must write, shows as "[[what to fill in]]": the parent edits every
 * word, and the letter cannot be marked sent while one is left.
 */
#define G_LOG_DOMAIN "passend-letters"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "passend-clock-record.h"
#include "passend-clock.h"
#include "passend-error.h"
#include "passend-letter.h"
#include "passend-letters-private.h"

struct _PassendLetter
{
  GObject parent_instance;

  const PassendLetterTemplate *letter_template;
  char                        *language;
  char                        *child_id;
  char                        *parts[PASSEND_LETTER_N_PARTS];
};

G_DEFINE_FINAL_TYPE (PassendLetter, passend_letter, G_TYPE_OBJECT)

typedef struct
{
  const char *key;
  const char *property; /* of the child */
  const char *label;    /* what to fill in, when the dossier has nothing */
} Placeholder;

static const Placeholder placeholders[] = {
  { "school.name", "school-name", N_ ("the name of the school") },
  { "school.address", "school-address", N_ ("the address of the school") },
  { "school.board", "school-board", N_ ("the name of the school board") },
  { "school.contact", "school-contact", N_ ("the name of your contact at school") },
  { "parent.name", "parent-name", N_ ("your name") },
  { "parent.address", "parent-address", N_ ("your address") },
};

static const char *const months[] = {
  NC_ ("month", "January"), NC_ ("month", "February"), NC_ ("month", "March"),
  NC_ ("month", "April"),   NC_ ("month", "May"),      NC_ ("month", "June"),
  NC_ ("month", "July"),    NC_ ("month", "August"),   NC_ ("month", "September"),
  NC_ ("month", "October"), NC_ ("month", "November"), NC_ ("month", "December"),
};

/**
 * passend_letter_format_date:
 * @date: "YYYY-MM-DD"
 * @language: "nl" or "en"
 *
 * Returns: (transfer full): the date as a letter writes it, "2 december
 *   2026" or "2 December 2026"
 */
char *
passend_letter_format_date (const char *date, const char *language)
{
  int year, month, day;

  g_return_val_if_fail (passend_date_is_valid (date), g_strdup (""));

  sscanf (date, "%d-%d-%d", &year, &month, &day);
  return g_strdup_printf ("%d %s %d", day,
                          _passend_letters_translate_context (language, "month", months[month - 1]),
                          year);
}

static void
append_blank (GString *out, const char *language, const char *label)
{
  g_string_append (out, PASSEND_LETTER_BLANK_OPEN);
  g_string_append (out, _passend_letters_translate (language, label));
  g_string_append (out, PASSEND_LETTER_BLANK_CLOSE);
}

/* What one {KEY} becomes in @out. */
static void
append_placeholder (PassendLetter *self, PassendChild *child, const char *key, GString *out)
{
  const PassendLetterTemplate *letter = self->letter_template;

  if (g_str_equal (key, "child.name"))
    {
      g_string_append (out, passend_child_get_name (child));
      return;
    }
  if (g_str_equal (key, "date"))
    {
      g_autofree char *today = passend_clock_get_today ();
      g_autofree char *date = passend_letter_format_date (today, self->language);

      g_string_append (out, date);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (placeholders); i++)
    if (g_str_equal (key, placeholders[i].key))
      {
        const char *value = passend_child_get_detail (child, placeholders[i].property);

        if (value != NULL)
          g_string_append (out, value);
        else
          append_blank (out, self->language, placeholders[i].label);
        return;
      }
  if (g_str_has_prefix (key, "blank:"))
    for (guint i = 0; i < letter->blanks->len; i++)
      {
        PassendLetterBlank *blank = g_ptr_array_index (letter->blanks, i);

        if (g_str_equal (blank->id, key + strlen ("blank:")))
          {
            append_blank (out, self->language, blank->label);
            return;
          }
      }
  /* Not a placeholder: the text as written (the tests catch a typo). */
  g_string_append_printf (out, "{%s}", key);
}

/* @msgid translated into the letter's language and filled in.  The
 * messages keep xgettext's entities; the letter is plain text. */
static char *
fill (PassendLetter *self, PassendChild *child, const char *msgid)
{
  const char *text = _passend_letters_translate (self->language, msgid);
  g_autoptr (GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0';)
    {
      const char *end;

      if (*p == '{' && (end = strchr (p, '}')) != NULL)
        {
          g_autofree char *key = g_strndup (p + 1, end - p - 1);

          append_placeholder (self, child, key, out);
          p = end + 1;
        }
      else if (g_str_has_prefix (p, "&amp;"))
        g_string_append_c (out, '&'), p += strlen ("&amp;");
      else if (g_str_has_prefix (p, "&lt;"))
        g_string_append_c (out, '<'), p += strlen ("&lt;");
      else if (g_str_has_prefix (p, "&gt;"))
        g_string_append_c (out, '>'), p += strlen ("&gt;");
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
fill_lines (PassendLetter *self, PassendChild *child, const char *const *lines)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = fill (self, child, lines[i]);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
passend_letter_finalize (GObject *object)
{
  PassendLetter *self = PASSEND_LETTER (object);

  g_free (self->language);
  g_free (self->child_id);
  for (guint i = 0; i < PASSEND_LETTER_N_PARTS; i++)
    g_free (self->parts[i]);

  G_OBJECT_CLASS (passend_letter_parent_class)->finalize (object);
}

static void
passend_letter_class_init (PassendLetterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_letter_finalize;
}

static void
passend_letter_init (PassendLetter *self)
{
}

/**
 * passend_letter_new:
 * @letter_template: the letter to write
 * @dossier: the dossier
 * @child: a child of @dossier, whom the letter is about
 * @language: (nullable): "nl" or "en"; %NULL for Dutch where Passend has
 *   its Dutch, English otherwise
 *
 * Fills in the letter from what the dossier holds today.
 *
 * Returns: (transfer full): the letter
 */
PassendLetter *
passend_letter_new (const PassendLetterTemplate *letter_template,
                    PassendDossier              *dossier,
                    PassendChild                *child,
                    const char                  *language)
{
  PassendLetter    *self;
  const char *const sender[] = { "{parent.name}", "{parent.address}", NULL };
  g_autoptr (GString) body = g_string_new (NULL);
  g_autofree char *today = passend_clock_get_today ();

  g_return_val_if_fail (letter_template != NULL, NULL);
  g_return_val_if_fail (PASSEND_IS_CHILD (child), NULL);

  if (language == NULL)
    language = passend_letters_has_language ("nl") ? "nl" : "en";

  self = g_object_new (PASSEND_TYPE_LETTER, NULL);
  self->letter_template = letter_template;
  self->language = g_strdup (language);
  self->child_id = g_strdup (passend_record_get_id (PASSEND_RECORD (child)));

  self->parts[PASSEND_LETTER_SENDER] = fill_lines (self, child, sender);
  self->parts[PASSEND_LETTER_RECIPIENT] =
      fill_lines (self, child, (const char *const *)letter_template->to);
  self->parts[PASSEND_LETTER_DATE] = passend_letter_format_date (today, language);
  self->parts[PASSEND_LETTER_SUBJECT] = fill (self, child, letter_template->subject);
  for (guint i = 0; i < letter_template->paragraphs->len; i++)
    {
      g_autofree char *paragraph =
          fill (self, child, g_ptr_array_index (letter_template->paragraphs, i));

      if (body->len > 0)
        g_string_append (body, "\n\n");
      g_string_append (body, paragraph);
    }
  self->parts[PASSEND_LETTER_BODY] = g_string_free (g_steal_pointer (&body), FALSE);
  return self;
}

const PassendLetterTemplate *
passend_letter_get_template (PassendLetter *self)
{
  g_return_val_if_fail (PASSEND_IS_LETTER (self), NULL);
  return self->letter_template;
}

const char *
passend_letter_get_language (PassendLetter *self)
{
  g_return_val_if_fail (PASSEND_IS_LETTER (self), NULL);
  return self->language;
}

const char *
passend_letter_get_child_id (PassendLetter *self)
{
  g_return_val_if_fail (PASSEND_IS_LETTER (self), NULL);
  return self->child_id;
}

const char *
passend_letter_get_part (PassendLetter *self, PassendLetterPart part)
{
  g_return_val_if_fail (PASSEND_IS_LETTER (self), NULL);
  g_return_val_if_fail (part < PASSEND_LETTER_N_PARTS, NULL);
  return self->parts[part];
}

/**
 * passend_letter_set_part:
 * @text: what the parent wrote
 */
void
passend_letter_set_part (PassendLetter *self, PassendLetterPart part, const char *text)
{
  g_return_if_fail (PASSEND_IS_LETTER (self));
  g_return_if_fail (part < PASSEND_LETTER_N_PARTS);

  g_free (self->parts[part]);
  self->parts[part] = g_strdup (text != NULL ? text : "");
}

/* "Subject:" in the letter's language. */
const char *
passend_letter_get_subject_label (PassendLetter *self)
{
  g_return_val_if_fail (PASSEND_IS_LETTER (self), NULL);
  /* Translators: before the subject line of a letter. */
  return _passend_letters_translate (self->language, N_ ("Subject:"));
}

/**
 * passend_letter_format_page:
 * @page: from 1
 * @n_pages: of how many
 *
 * Returns: (transfer full): the page number at the foot of a printed
 *   letter, in the letter's language: "Pagina 1 van 2"
 */
char *
passend_letter_format_page (PassendLetter *self, int page, guint n_pages)
{
  /* The message the printed sheet uses, so it has its Dutch already. */
  const char *format = _passend_letters_translate (self->language, N_ ("Page %d of %u"));

  g_return_val_if_fail (PASSEND_IS_LETTER (self), NULL);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (format, page, n_pages);
#pragma GCC diagnostic pop
}

static void
append_record (PassendLetter *self, GString *out, gpointer record)
{
  if (out->len > 0)
    g_string_append_c (out, '\n');
  if (PASSEND_IS_ENTRY (record))
    {
      PassendEntry    *entry = record;
      g_autofree char *date =
          passend_letter_format_date (passend_entry_get_date (entry), self->language);

      g_string_append_printf (out, "- %s: %s", date, passend_entry_get_title (entry));
    }
  else if (PASSEND_IS_AGREEMENT (record))
    {
      PassendAgreement *agreement = record;
      const char       *due = passend_agreement_get_due_date (agreement);
      g_autofree char *date = due != NULL ? passend_letter_format_date (due, self->language) : NULL;
      const char      *format =
          date != NULL ? _passend_letters_translate (self->language, N_ ("- Agreed: %s, by %s"))
                            : _passend_letters_translate (self->language, N_ ("- Agreed: %s"));

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      g_string_append_printf (out, format, passend_agreement_get_what (agreement), date);
#pragma GCC diagnostic pop
    }
}

/**
 * passend_letter_describe_records:
 * @records: (element-type GObject): entries and agreements of the
 *   dossier the parent picked as the letter's grounds
 *
 * Returns: (transfer full): a line for each, in the letter's language,
 *   to put in the letter: "- 2 maart 2026: Gesprek met de juf",
 *   "- Afspraak: ..., uiterlijk 1 april 2026"
 */
char *
passend_letter_describe_records (PassendLetter *self, GPtrArray *records)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (PASSEND_IS_LETTER (self), NULL);

  for (guint i = 0; records != NULL && i < records->len; i++)
    append_record (self, out, g_ptr_array_index (records, i));
  return g_string_free (out, FALSE);
}

/**
 * passend_letter_fill_blank:
 * @blank_id: a blank of the letter's template: "own-report"
 * @text: what to put in its place
 *
 * Puts @text where the letter still shows that blank ("[[your own
 * report ...]]") in every part.  A blank the parent already wrote over
 * stays as the parent wrote it.
 *
 * Returns: whether the letter showed the blank
 */
gboolean
passend_letter_fill_blank (PassendLetter *self, const char *blank_id, const char *text)
{
  const PassendLetterTemplate *letter;
  gboolean                     filled = FALSE;

  g_return_val_if_fail (PASSEND_IS_LETTER (self), FALSE);
  g_return_val_if_fail (blank_id != NULL && text != NULL, FALSE);

  letter = self->letter_template;
  for (guint i = 0; i < letter->blanks->len; i++)
    {
      PassendLetterBlank *blank = g_ptr_array_index (letter->blanks, i);
      g_autoptr (GString) mark = NULL;

      if (!g_str_equal (blank->id, blank_id))
        continue;
      mark = g_string_new (NULL);
      append_blank (mark, self->language, blank->label);
      for (guint p = 0; p < PASSEND_LETTER_N_PARTS; p++)
        {
          g_autoptr (GString) part = NULL;

          if (strstr (self->parts[p], mark->str) == NULL)
            continue;
          part = g_string_new (self->parts[p]);
          g_string_replace (part, mark->str, text, 0);
          g_free (self->parts[p]);
          self->parts[p] = g_string_free (g_steal_pointer (&part), FALSE);
          filled = TRUE;
        }
    }
  return filled;
}

/**
 * passend_letter_fill_from_talk:
 * @dossier: the dossier that holds @entry
 * @entry: the entry a talk's outcome became (Preparation, Write Down
 *   the Outcome)
 *
 * For the letter that sends the parent's own report of a talk
 * ("talk-report"): the day of the talk, and as the report the entry's
 * text with its agreements, one a line.
 */
void
passend_letter_fill_from_talk (PassendLetter *self, PassendDossier *dossier, PassendEntry *entry)
{
  g_autoptr (GPtrArray) agreements = NULL;
  g_autoptr (GString) report = NULL;
  g_autofree char *day = NULL;
  g_autofree char *lines = NULL;

  g_return_if_fail (PASSEND_IS_LETTER (self));
  g_return_if_fail (PASSEND_IS_DOSSIER (dossier));
  g_return_if_fail (PASSEND_IS_ENTRY (entry));

  day = passend_letter_format_date (passend_entry_get_date (entry), self->language);
  passend_letter_fill_blank (self, "talk-date", day);

  report = g_string_new (passend_entry_get_text (entry));
  g_strstrip (report->str);
  g_string_set_size (report, strlen (report->str));
  agreements = passend_dossier_get_entry_agreements (dossier, entry);
  lines = passend_letter_describe_records (self, agreements);
  if (report->len > 0 && lines[0] != '\0')
    g_string_append (report, "\n\n");
  g_string_append (report, lines);
  if (report->len > 0)
    passend_letter_fill_blank (self, "own-report", report->str);
}

/**
 * passend_letter_find_blank:
 * @text: a part of a letter
 * @from: the byte to search from
 * @start: (out): where the next "[[...]]" starts
 * @end: (out): the byte after it
 *
 * Returns: whether there is one
 */
gboolean
passend_letter_find_blank (const char *text, gsize from, gsize *start, gsize *end)
{
  const char *open = strstr (text + from, PASSEND_LETTER_BLANK_OPEN);
  const char *close;

  if (open == NULL)
    return FALSE;
  close = strstr (open, PASSEND_LETTER_BLANK_CLOSE);
  if (close == NULL)
    return FALSE;
  *start = open - text;
  *end = close - text + strlen (PASSEND_LETTER_BLANK_CLOSE);
  return TRUE;
}

/**
 * passend_letter_get_blanks:
 *
 * Returns: (transfer full): what is still to be filled in, each once, in
 *   the order of the letter ("the name of the school"), or an empty list
 */
GStrv
passend_letter_get_blanks (PassendLetter *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (PASSEND_IS_LETTER (self), NULL);

  for (guint p = 0; p < PASSEND_LETTER_N_PARTS; p++)
    {
      gsize from = 0, start, end;

      while (passend_letter_find_blank (self->parts[p], from, &start, &end))
        {
          g_autofree char *label =
              g_strndup (self->parts[p] + start + strlen (PASSEND_LETTER_BLANK_OPEN),
                         end - start - strlen (PASSEND_LETTER_BLANK_OPEN) -
                             strlen (PASSEND_LETTER_BLANK_CLOSE));

          if (!g_ptr_array_find_with_equal_func (seen, label, g_str_equal, NULL))
            {
              g_strv_builder_add (builder, label);
              g_ptr_array_add (seen, g_steal_pointer (&label));
            }
          from = end;
        }
    }
  return g_strv_builder_end (builder);
}

/**
 * passend_letter_to_text:
 *
 * Returns: (transfer full): the whole letter as plain text: both
 *   addresses, the date, the subject and the body
 */
char *
passend_letter_to_text (PassendLetter *self)
{
  g_return_val_if_fail (PASSEND_IS_LETTER (self), NULL);

  return g_strdup_printf ("%s\n\n%s\n\n%s\n\n%s %s\n\n%s\n", self->parts[PASSEND_LETTER_SENDER],
                          self->parts[PASSEND_LETTER_RECIPIENT], self->parts[PASSEND_LETTER_DATE],
                          passend_letter_get_subject_label (self),
                          self->parts[PASSEND_LETTER_SUBJECT], self->parts[PASSEND_LETTER_BODY]);
}
