/* passend-letter-template.c - the letter templates of the content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One file per letter, data/content/letters/ID.xml in the content
 * GResource (format in data/content/README.md).  The texts are kept as
 * the messages xgettext's ITS rules extract (white space collapsed and
 * trimmed, & < > as entities), so the catalogs translate them.
 */
#define G_LOG_DOMAIN "passend-letters"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "passend-error.h"
#include "passend-letters-private.h"

#define LETTERS_PATH "/org/example/Passend/content/letters/"

/* Compiled into the topics library (data/content/). */
GResource *passend_content_get_resource (void);

typedef struct
{
  PassendLetterTemplate *letter;
  GString               *text;
  char                  *blank_id;
  int                    order;
} Parser;

static void
blank_free (gpointer data)
{
  PassendLetterBlank *blank = data;

  g_free (blank->id);
  g_free (blank->label);
  g_free (blank);
}

void
_passend_letter_template_free (PassendLetterTemplate *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->event);
  g_strfreev (self->clocks);
  g_free (self->title);
  g_free (self->summary);
  g_free (self->subject);
  g_strfreev (self->to);
  g_ptr_array_unref (self->paragraphs);
  g_ptr_array_unref (self->blanks);
  g_free (self);
}

/* The message xgettext makes of an element's text. */
static char *
collapse (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else if (*p == '&')
        g_string_append (out, "&amp;");
      else if (*p == '<')
        g_string_append (out, "&lt;");
      else if (*p == '>')
        g_string_append (out, "&gt;");
      else
        g_string_append_c (out, *p);
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static const char *
attribute (const char **names, const char **values, const char *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];
  return NULL;
}

static void
start_cb (GMarkupParseContext *context,
          const char          *element,
          const char         **names,
          const char         **values,
          gpointer             data,
          GError             **error)
{
  Parser *parser = data;

  g_string_truncate (parser->text, 0);
  if (g_str_equal (element, "letter"))
    {
      const char *order = attribute (names, values, "order");
      const char *clocks = attribute (names, values, "clocks");

      parser->letter->id = g_strdup (attribute (names, values, "id"));
      parser->letter->event = g_strdup (attribute (names, values, "event"));
      parser->letter->clocks = g_strsplit (clocks != NULL ? clocks : "", " ", -1);
      parser->order = order != NULL ? atoi (order) : 0;
    }
  else if (g_str_equal (element, "blank"))
    parser->blank_id = g_strdup (attribute (names, values, "id"));
  else if (!g_str_equal (element, "title") && !g_str_equal (element, "summary") &&
           !g_str_equal (element, "subject") && !g_str_equal (element, "to") &&
           !g_str_equal (element, "p"))
    g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT, "unknown element <%s>",
                 element);
}

static GStrv
split_lines (const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }
  return g_strv_builder_end (builder);
}

static void
end_cb (GMarkupParseContext *context, const char *element, gpointer data, GError **error)
{
  Parser                *parser = data;
  PassendLetterTemplate *letter = parser->letter;
  char                  *text = collapse (parser->text->str);

  if (g_str_equal (element, "title"))
    g_free (g_steal_pointer (&letter->title)), letter->title = text;
  else if (g_str_equal (element, "summary"))
    g_free (g_steal_pointer (&letter->summary)), letter->summary = text;
  else if (g_str_equal (element, "subject"))
    g_free (g_steal_pointer (&letter->subject)), letter->subject = text;
  else if (g_str_equal (element, "p"))
    g_ptr_array_add (letter->paragraphs, text);
  else if (g_str_equal (element, "blank"))
    {
      PassendLetterBlank *blank = g_new0 (PassendLetterBlank, 1);

      blank->id = g_steal_pointer (&parser->blank_id);
      blank->label = text;
      g_ptr_array_add (letter->blanks, blank);
    }
  else
    {
      if (g_str_equal (element, "to"))
        {
          g_strfreev (letter->to);
          letter->to = split_lines (parser->text->str);
        }
      g_free (text);
    }
  g_string_truncate (parser->text, 0);
}

static void
text_cb (GMarkupParseContext *context, const char *text, gsize len, gpointer data, GError **error)
{
  Parser *parser = data;

  g_string_append_len (parser->text, text, len);
}

static gboolean
check_template (PassendLetterTemplate *letter, GError **error)
{
  if (letter->id == NULL || letter->title == NULL || letter->summary == NULL ||
      letter->subject == NULL || letter->to == NULL || letter->paragraphs->len == 0)
    {
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                   "a letter needs an id, title, summary, subject, to and a paragraph");
      return FALSE;
    }
  for (guint i = 0; i < letter->blanks->len; i++)
    {
      PassendLetterBlank *blank = g_ptr_array_index (letter->blanks, i);

      if (blank->id == NULL || blank->label[0] == '\0')
        {
          g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                       "letter %s: a blank needs an id and a label", letter->id);
          return FALSE;
        }
    }
  return TRUE;
}

PassendLetterTemplate *
_passend_letter_template_parse (const char *text, gsize length, GError **error)
{
  static const GMarkupParser callbacks = { start_cb, end_cb, text_cb, NULL, NULL };
  PassendLetterTemplate     *letter = g_new0 (PassendLetterTemplate, 1);
  Parser                     parser = { letter, g_string_new (NULL), NULL, 0 };
  g_autoptr (GMarkupParseContext) context = NULL;
  gboolean ok;

  letter->paragraphs = g_ptr_array_new_with_free_func (g_free);
  letter->blanks = g_ptr_array_new_with_free_func (blank_free);
  context = g_markup_parse_context_new (&callbacks, G_MARKUP_PREFIX_ERROR_POSITION, &parser, NULL);
  ok = g_markup_parse_context_parse (context, text, length, error) &&
       g_markup_parse_context_end_parse (context, error) && check_template (letter, error);
  g_string_free (parser.text, TRUE);
  g_free (parser.blank_id);
  if (!ok)
    {
      _passend_letter_template_free (letter);
      return NULL;
    }
  letter->order = parser.order;
  return letter;
}

static int
compare_order (gconstpointer a, gconstpointer b)
{
  const PassendLetterTemplate *x = *(const PassendLetterTemplate **)a;
  const PassendLetterTemplate *y = *(const PassendLetterTemplate **)b;

  return x->order != y->order ? (x->order < y->order ? -1 : 1) : strcmp (x->id, y->id);
}

static GPtrArray *
load_all (void)
{
  GPtrArray *letters = g_ptr_array_new ();
  g_auto (GStrv) names = NULL;

  /* The content is built in: a missing or broken file is a bug the tests
   * catch. Should one slip through, the Letters list is shorter; the
   * program does not stop and no dossier is touched. */
  if (passend_content_get_resource () == NULL)
    g_critical ("The content resource is missing");
  names = g_resources_enumerate_children (LETTERS_PATH, 0, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (LETTERS_PATH, names[i], NULL);
      g_autoptr (GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autoptr (GError) error = NULL;
      gsize                  size;
      const char            *data;
      PassendLetterTemplate *letter;

      if (bytes == NULL || !g_str_has_suffix (names[i], ".xml"))
        continue;
      data = g_bytes_get_data (bytes, &size);
      letter = _passend_letter_template_parse (data, size, &error);
      if (letter == NULL)
        {
          g_critical ("Letter %s: %s", names[i], error->message);
          continue;
        }
      g_ptr_array_add (letters, letter);
    }
  g_ptr_array_sort (letters, compare_order);
  g_ptr_array_add (letters, NULL);
  return letters;
}

/**
 * passend_letter_templates_get_all:
 * @n_templates: (out) (optional): their number
 *
 * Returns: (transfer none) (array zero-terminated=1): the letters, in
 *   the order the Letters list shows them
 */
const PassendLetterTemplate *const *
passend_letter_templates_get_all (guint *n_templates)
{
  static gsize      once;
  static GPtrArray *letters;

  if (g_once_init_enter (&once))
    {
      letters = load_all ();
      g_once_init_leave (&once, 1);
    }
  if (n_templates != NULL)
    *n_templates = letters->len - 1;
  return (const PassendLetterTemplate *const *)letters->pdata;
}

/**
 * passend_letter_template_find:
 * @id: (nullable): "school-file"
 *
 * Returns: (nullable) (transfer none): the letter, or %NULL
 */
const PassendLetterTemplate *
passend_letter_template_find (const char *id)
{
  const PassendLetterTemplate *const *letters = passend_letter_templates_get_all (NULL);

  for (guint i = 0; id != NULL && letters[i] != NULL; i++)
    if (g_str_equal (letters[i]->id, id))
      return letters[i];
  return NULL;
}

/**
 * passend_letter_template_find_for_clock:
 * @kind: (nullable): a clock kind's keyword, "removal-objection"
 *
 * Returns: (nullable) (transfer none): the letter that acts on a clock
 *   of @kind (the objection for the term to object), or %NULL
 */
const PassendLetterTemplate *
passend_letter_template_find_for_clock (const char *kind)
{
  const PassendLetterTemplate *const *letters = passend_letter_templates_get_all (NULL);

  for (guint i = 0; kind != NULL && letters[i] != NULL; i++)
    if (g_strv_contains ((const char *const *)letters[i]->clocks, kind))
      return letters[i];
  return NULL;
}

const char *
passend_letter_template_get_id (const PassendLetterTemplate *self)
{
  return self->id;
}

/**
 * passend_letter_template_get_event:
 *
 * Returns: (nullable): the clock event the letter's sending is
 *   ("avg-request-sent"), or %NULL when it starts no clock
 */
const char *
passend_letter_template_get_event (const PassendLetterTemplate *self)
{
  return self->event;
}

/* The title and summary, in the language of the window. */
const char *
passend_letter_template_get_title (const PassendLetterTemplate *self)
{
  return g_dgettext (GETTEXT_PACKAGE, self->title);
}

const char *
passend_letter_template_get_summary (const PassendLetterTemplate *self)
{
  return g_dgettext (GETTEXT_PACKAGE, self->summary);
}
