/* passend-topic-text.c - one translated string of the content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content's strings are messages with a little inline markup:
 * <link to="term:opp">OPP</link> and <em>words</em>, with & < > written
 * as entities, exactly as xgettext extracts them.  A PassendTopicText
 * translates such a message once, when the content is loaded, and turns
 * it into Pango markup for a label (<a href="term:opp">, <i>), plain
 * text for search and snippets, and the list of its link targets.  The
 * folded plain text (no accents, lower case) is made here too, so a
 * search never folds the content again.
 */
#define G_LOG_DOMAIN "passend-topic"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-text.h"
#include "passend-topic.h"

struct _PassendTopicText
{
  GObject parent_instance;

  char *msgid;
  char *text;
  char *markup;
  GStrv links;
  char *folded;
  /* For each byte of folded, the byte of text it came from. */
  guint *unfold;
};

G_DEFINE_FINAL_TYPE (PassendTopicText, passend_topic_text, G_TYPE_OBJECT)

typedef struct
{
  GString   *text;
  GString   *markup;
  GPtrArray *links;
} InlineState;

static void
inline_start_cb (GMarkupParseContext *context,
                 const char          *element_name,
                 const char         **attribute_names,
                 const char         **attribute_values,
                 gpointer             user_data,
                 GError             **error)
{
  InlineState *state = user_data;

  if (g_str_equal (element_name, "em"))
    g_string_append (state->markup, "<i>");
  else if (g_str_equal (element_name, "link"))
    {
      const char      *to = NULL;
      g_autofree char *escaped = NULL;

      if (!g_markup_collect_attributes (element_name, attribute_names, attribute_values, error,
                                        G_MARKUP_COLLECT_STRING, "to", &to,
                                        G_MARKUP_COLLECT_INVALID))
        return;

      escaped = g_markup_escape_text (to, -1);
      g_string_append_printf (state->markup, "<a href=\"%s\">", escaped);
      g_ptr_array_add (state->links, g_strdup (to));
    }
  else if (!g_str_equal (element_name, "r"))
    g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
                 "Unknown inline element <%s>", element_name);
}

static void
inline_end_cb (GMarkupParseContext *context,
               const char          *element_name,
               gpointer             user_data,
               GError             **error)
{
  InlineState *state = user_data;

  if (g_str_equal (element_name, "em"))
    g_string_append (state->markup, "</i>");
  else if (g_str_equal (element_name, "link"))
    g_string_append (state->markup, "</a>");
}

static void
inline_text_cb (GMarkupParseContext *context,
                const char          *text,
                gsize                text_len,
                gpointer             user_data,
                GError             **error)
{
  InlineState     *state = user_data;
  g_autofree char *escaped = g_markup_escape_text (text, text_len);

  g_string_append_len (state->text, text, text_len);
  g_string_append (state->markup, escaped);
}

static const GMarkupParser inline_parser = { inline_start_cb, inline_end_cb, inline_text_cb, NULL,
                                             NULL };

static gboolean
parse_inline (PassendTopicText *self, const char *message, GError **error)
{
  g_autoptr (GMarkupParseContext) context = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GString) markup = g_string_new (NULL);
  g_autoptr (GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  InlineState state = { text, markup, links };

  context = g_markup_parse_context_new (&inline_parser, 0, &state, NULL);
  if (!g_markup_parse_context_parse (context, "<r>", -1, error) ||
      !g_markup_parse_context_parse (context, message, -1, error) ||
      !g_markup_parse_context_parse (context, "</r>", -1, error) ||
      !g_markup_parse_context_end_parse (context, error))
    return FALSE;

  g_ptr_array_add (links, NULL);
  self->text = g_string_free (g_steal_pointer (&text), FALSE);
  self->markup = g_string_free (g_steal_pointer (&markup), FALSE);
  self->links = (GStrv)g_ptr_array_free (g_steal_pointer (&links), FALSE);
  return TRUE;
}

static void
fold (PassendTopicText *self)
{
  GString *folded = g_string_sized_new (strlen (self->text));
  GArray  *unfold = g_array_sized_new (FALSE, FALSE, sizeof (guint), strlen (self->text) + 1);

  for (const char *p = self->text; *p != '\0'; p = g_utf8_next_char (p))
    {
      guint offset = p - self->text;
      gsize before = folded->len;

      if ((guchar)*p < 0x80)
        g_string_append_c (folded, g_ascii_tolower (*p));
      else
        {
          char one[8] = { 0 };

          memcpy (one, p, g_utf8_next_char (p) - p);
          passend_text_fold_append (folded, one);
        }

      for (gsize i = before; i < folded->len; i++)
        g_array_append_val (unfold, offset);
    }

  {
    guint end = strlen (self->text);

    g_array_append_val (unfold, end);
  }

  self->folded = g_string_free (folded, FALSE);
  self->unfold = (guint *)g_array_free (unfold, FALSE);
}

static void
passend_topic_text_finalize (GObject *object)
{
  PassendTopicText *self = PASSEND_TOPIC_TEXT (object);

  g_free (self->msgid);
  g_free (self->text);
  g_free (self->markup);
  g_strfreev (self->links);
  g_free (self->folded);
  g_free (self->unfold);

  G_OBJECT_CLASS (passend_topic_text_parent_class)->finalize (object);
}

static void
passend_topic_text_class_init (PassendTopicTextClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_topic_text_finalize;
}

static void
passend_topic_text_init (PassendTopicText *self)
{
}

/**
 * passend_topic_text_new_translated:
 * @msgid: a message as xgettext extracted it, with inline markup
 * @domain: the gettext domain to translate it in
 *
 * A translation with broken markup is not shown: the English message
 * is, with a warning for whoever checks the translation.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when @msgid
 *   itself is not valid markup
 */
PassendTopicText *
passend_topic_text_new_translated (const char *msgid, const char *domain)
{
  g_autoptr (PassendTopicText) self = g_object_new (PASSEND_TYPE_TOPIC_TEXT, NULL);
  const char *translated = msgid[0] != '\0' ? g_dgettext (domain, msgid) : msgid;
  g_autoptr (GError) error = NULL;

  self->msgid = g_strdup (msgid);

  if (translated != msgid && !parse_inline (self, translated, &error))
    {
      g_warning ("Translation of “%s” has broken markup: %s", msgid, error->message);
      g_clear_error (&error);
      g_clear_pointer (&self->text, g_free);
      g_clear_pointer (&self->markup, g_free);
      g_clear_pointer (&self->links, g_strfreev);
      translated = msgid;
    }

  if (translated == msgid && !parse_inline (self, msgid, NULL))
    return NULL;

  fold (self);
  return g_steal_pointer (&self);
}

/**
 * passend_topic_text_new_plain:
 * @text: text that is not translated and holds no markup (a name)
 *
 * Returns: (transfer full): the text
 */
PassendTopicText *
passend_topic_text_new_plain (const char *text)
{
  PassendTopicText *self = g_object_new (PASSEND_TYPE_TOPIC_TEXT, NULL);

  self->text = g_strdup (text);
  self->markup = g_markup_escape_text (text, -1);
  self->links = g_new0 (char *, 1);
  fold (self);
  return self;
}

/**
 * passend_topic_text_get_msgid:
 *
 * Returns: (nullable): the English message looked up, or %NULL for a
 *   text that is not translated
 */
const char *
passend_topic_text_get_msgid (PassendTopicText *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_TEXT (self), NULL);
  return self->msgid;
}

/**
 * passend_topic_text_get_text:
 *
 * Returns: the translated text without markup
 */
const char *
passend_topic_text_get_text (PassendTopicText *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_TEXT (self), NULL);
  return self->text;
}

/**
 * passend_topic_text_get_markup:
 *
 * Returns: the translated text as Pango markup, links as
 *   <a href="term:opp">
 */
const char *
passend_topic_text_get_markup (PassendTopicText *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_TEXT (self), NULL);
  return self->markup;
}

/**
 * passend_topic_text_get_links:
 *
 * Returns: (array zero-terminated=1): the targets of the inline links
 */
const char *const *
passend_topic_text_get_links (PassendTopicText *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_TEXT (self), NULL);
  return (const char *const *)self->links;
}

/**
 * passend_topic_text_get_folded:
 *
 * Returns: the text without accents and in lower case, for search
 */
const char *
passend_topic_text_get_folded (PassendTopicText *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_TEXT (self), NULL);
  return self->folded;
}

/**
 * passend_topic_text_unfold_offset:
 * @folded_offset: a byte offset in the folded text
 *
 * Returns: the byte offset of the same place in the text
 */
gsize
passend_topic_text_unfold_offset (PassendTopicText *self, gsize folded_offset)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_TEXT (self), 0);
  return self->unfold[MIN (folded_offset, strlen (self->folded))];
}
