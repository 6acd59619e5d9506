/* passend-topic.c - a topic, a glossary term, an organisation
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

/* PassendTopicText */

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

/* PassendTopicBlock */

struct _PassendTopicBlock
{
  GObject parent_instance;

  PassendTopicBlockKind kind;
  GPtrArray            *texts;
  char                 *target;
};

G_DEFINE_FINAL_TYPE (PassendTopicBlock, passend_topic_block, G_TYPE_OBJECT)

static void
passend_topic_block_finalize (GObject *object)
{
  PassendTopicBlock *self = PASSEND_TOPIC_BLOCK (object);

  g_ptr_array_unref (self->texts);
  g_free (self->target);

  G_OBJECT_CLASS (passend_topic_block_parent_class)->finalize (object);
}

static void
passend_topic_block_class_init (PassendTopicBlockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_topic_block_finalize;
}

static void
passend_topic_block_init (PassendTopicBlock *self)
{
  self->texts = g_ptr_array_new_with_free_func (g_object_unref);
}

PassendTopicBlock *
passend_topic_block_new (PassendTopicBlockKind kind)
{
  PassendTopicBlock *self = g_object_new (PASSEND_TYPE_TOPIC_BLOCK, NULL);

  self->kind = kind;
  return self;
}

PassendTopicBlockKind
passend_topic_block_get_kind (PassendTopicBlock *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_BLOCK (self), 0);
  return self->kind;
}

/**
 * passend_topic_block_get_texts:
 *
 * Returns: (transfer none) (element-type PassendTopicText): the
 *   paragraph, tip or see-link (one text) or the items of a list
 */
GPtrArray *
passend_topic_block_get_texts (PassendTopicBlock *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_BLOCK (self), NULL);
  return self->texts;
}

/**
 * passend_topic_block_get_target:
 *
 * Returns: (nullable): where a see-link leads
 */
const char *
passend_topic_block_get_target (PassendTopicBlock *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_BLOCK (self), NULL);
  return self->target;
}

void
passend_topic_block_set_target (PassendTopicBlock *self, const char *target)
{
  g_return_if_fail (PASSEND_IS_TOPIC_BLOCK (self));
  g_free (self->target);
  self->target = g_strdup (target);
}

/* PassendTopicSection */

struct _PassendTopicSection
{
  GObject parent_instance;

  char             *id;
  PassendTopicText *heading;
  GPtrArray        *blocks;
};

G_DEFINE_FINAL_TYPE (PassendTopicSection, passend_topic_section, G_TYPE_OBJECT)

static void
passend_topic_section_finalize (GObject *object)
{
  PassendTopicSection *self = PASSEND_TOPIC_SECTION (object);

  g_free (self->id);
  g_clear_object (&self->heading);
  g_ptr_array_unref (self->blocks);

  G_OBJECT_CLASS (passend_topic_section_parent_class)->finalize (object);
}

static void
passend_topic_section_class_init (PassendTopicSectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_topic_section_finalize;
}

static void
passend_topic_section_init (PassendTopicSection *self)
{
  self->blocks = g_ptr_array_new_with_free_func (g_object_unref);
}

PassendTopicSection *
passend_topic_section_new (const char *id)
{
  PassendTopicSection *self = g_object_new (PASSEND_TYPE_TOPIC_SECTION, NULL);

  self->id = g_strdup (id);
  return self;
}

const char *
passend_topic_section_get_id (PassendTopicSection *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_SECTION (self), NULL);
  return self->id;
}

/**
 * passend_topic_section_get_heading:
 *
 * Returns: (transfer none) (nullable): the heading
 */
PassendTopicText *
passend_topic_section_get_heading (PassendTopicSection *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_SECTION (self), NULL);
  return self->heading;
}

void
passend_topic_section_set_heading (PassendTopicSection *self, PassendTopicText *heading)
{
  g_return_if_fail (PASSEND_IS_TOPIC_SECTION (self));
  g_set_object (&self->heading, heading);
}

/**
 * passend_topic_section_get_blocks:
 *
 * Returns: (transfer none) (element-type PassendTopicBlock): the blocks
 */
GPtrArray *
passend_topic_section_get_blocks (PassendTopicSection *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_SECTION (self), NULL);
  return self->blocks;
}

/* PassendTopic */

struct _PassendTopic
{
  GObject parent_instance;

  char             *id;
  PassendTopicText *title;
  PassendTopicText *summary;
  GPtrArray        *sections;
};

G_DEFINE_FINAL_TYPE (PassendTopic, passend_topic, G_TYPE_OBJECT)

static void
passend_topic_finalize (GObject *object)
{
  PassendTopic *self = PASSEND_TOPIC (object);

  g_free (self->id);
  g_clear_object (&self->title);
  g_clear_object (&self->summary);
  g_ptr_array_unref (self->sections);

  G_OBJECT_CLASS (passend_topic_parent_class)->finalize (object);
}

static void
passend_topic_class_init (PassendTopicClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_topic_finalize;
}

static void
passend_topic_init (PassendTopic *self)
{
  self->sections = g_ptr_array_new_with_free_func (g_object_unref);
}

PassendTopic *
passend_topic_new (const char *id)
{
  PassendTopic *self = g_object_new (PASSEND_TYPE_TOPIC, NULL);

  self->id = g_strdup (id);
  return self;
}

const char *
passend_topic_get_id (PassendTopic *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC (self), NULL);
  return self->id;
}

/**
 * passend_topic_get_title:
 *
 * Returns: (transfer none): the title
 */
PassendTopicText *
passend_topic_get_title (PassendTopic *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC (self), NULL);
  return self->title;
}

void
passend_topic_set_title (PassendTopic *self, PassendTopicText *title)
{
  g_return_if_fail (PASSEND_IS_TOPIC (self));
  g_set_object (&self->title, title);
}

/**
 * passend_topic_get_summary:
 *
 * Returns: (transfer none) (nullable): the one-sentence summary
 */
PassendTopicText *
passend_topic_get_summary (PassendTopic *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC (self), NULL);
  return self->summary;
}

void
passend_topic_set_summary (PassendTopic *self, PassendTopicText *summary)
{
  g_return_if_fail (PASSEND_IS_TOPIC (self));
  g_set_object (&self->summary, summary);
}

/**
 * passend_topic_get_sections:
 *
 * Returns: (transfer none) (element-type PassendTopicSection): the
 *   sections in order
 */
GPtrArray *
passend_topic_get_sections (PassendTopic *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC (self), NULL);
  return self->sections;
}

/**
 * passend_topic_find_section:
 *
 * Returns: (transfer none) (nullable): the section with @id
 */
PassendTopicSection *
passend_topic_find_section (PassendTopic *self, const char *id)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC (self), NULL);

  for (guint i = 0; i < self->sections->len; i++)
    {
      PassendTopicSection *section = g_ptr_array_index (self->sections, i);

      if (g_strcmp0 (section->id, id) == 0)
        return section;
    }

  return NULL;
}

/* PassendGlossaryTerm */

struct _PassendGlossaryTerm
{
  GObject parent_instance;

  char             *id;
  PassendTopicText *name;
  PassendTopicText *full;
  PassendTopicText *definition;
};

G_DEFINE_FINAL_TYPE (PassendGlossaryTerm, passend_glossary_term, G_TYPE_OBJECT)

static void
passend_glossary_term_finalize (GObject *object)
{
  PassendGlossaryTerm *self = PASSEND_GLOSSARY_TERM (object);

  g_free (self->id);
  g_clear_object (&self->name);
  g_clear_object (&self->full);
  g_clear_object (&self->definition);

  G_OBJECT_CLASS (passend_glossary_term_parent_class)->finalize (object);
}

static void
passend_glossary_term_class_init (PassendGlossaryTermClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_glossary_term_finalize;
}

static void
passend_glossary_term_init (PassendGlossaryTerm *self)
{
}

PassendGlossaryTerm *
passend_glossary_term_new (const char *id)
{
  PassendGlossaryTerm *self = g_object_new (PASSEND_TYPE_GLOSSARY_TERM, NULL);

  self->id = g_strdup (id);
  return self;
}

const char *
passend_glossary_term_get_id (PassendGlossaryTerm *self)
{
  g_return_val_if_fail (PASSEND_IS_GLOSSARY_TERM (self), NULL);
  return self->id;
}

/**
 * passend_glossary_term_get_name:
 *
 * Returns: (transfer none): the Dutch term, not translated
 */
PassendTopicText *
passend_glossary_term_get_name (PassendGlossaryTerm *self)
{
  g_return_val_if_fail (PASSEND_IS_GLOSSARY_TERM (self), NULL);
  return self->name;
}

/**
 * passend_glossary_term_get_full:
 *
 * Returns: (transfer none) (nullable): what an abbreviation stands for
 */
PassendTopicText *
passend_glossary_term_get_full (PassendGlossaryTerm *self)
{
  g_return_val_if_fail (PASSEND_IS_GLOSSARY_TERM (self), NULL);
  return self->full;
}

/**
 * passend_glossary_term_get_definition:
 *
 * Returns: (transfer none): the translated definition
 */
PassendTopicText *
passend_glossary_term_get_definition (PassendGlossaryTerm *self)
{
  g_return_val_if_fail (PASSEND_IS_GLOSSARY_TERM (self), NULL);
  return self->definition;
}

void
passend_glossary_term_set_texts (PassendGlossaryTerm *self,
                                 PassendTopicText    *name,
                                 PassendTopicText    *full,
                                 PassendTopicText    *definition)
{
  g_return_if_fail (PASSEND_IS_GLOSSARY_TERM (self));
  g_set_object (&self->name, name);
  g_set_object (&self->full, full);
  g_set_object (&self->definition, definition);
}

/* PassendOrganisation */

struct _PassendOrganisation
{
  GObject parent_instance;

  char             *id;
  PassendTopicText *texts[PASSEND_ORGANISATION_N_TEXTS];
  char             *phone;
  char             *email;
  char             *website;
};

G_DEFINE_FINAL_TYPE (PassendOrganisation, passend_organisation, G_TYPE_OBJECT)

static void
passend_organisation_finalize (GObject *object)
{
  PassendOrganisation *self = PASSEND_ORGANISATION (object);

  g_free (self->id);
  for (guint i = 0; i < PASSEND_ORGANISATION_N_TEXTS; i++)
    g_clear_object (&self->texts[i]);
  g_free (self->phone);
  g_free (self->email);
  g_free (self->website);

  G_OBJECT_CLASS (passend_organisation_parent_class)->finalize (object);
}

static void
passend_organisation_class_init (PassendOrganisationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_organisation_finalize;
}

static void
passend_organisation_init (PassendOrganisation *self)
{
}

PassendOrganisation *
passend_organisation_new (const char *id)
{
  PassendOrganisation *self = g_object_new (PASSEND_TYPE_ORGANISATION, NULL);

  self->id = g_strdup (id);
  return self;
}

const char *
passend_organisation_get_id (PassendOrganisation *self)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), NULL);
  return self->id;
}

/**
 * passend_organisation_get_text:
 * @which: name, what, when or how
 *
 * Returns: (transfer none) (nullable): that text (only "how" is
 *   optional)
 */
PassendTopicText *
passend_organisation_get_text (PassendOrganisation *self, PassendOrganisationText which)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), NULL);
  g_return_val_if_fail (which < PASSEND_ORGANISATION_N_TEXTS, NULL);
  return self->texts[which];
}

void
passend_organisation_set_text (PassendOrganisation    *self,
                               PassendOrganisationText which,
                               PassendTopicText       *text)
{
  g_return_if_fail (PASSEND_IS_ORGANISATION (self));
  g_return_if_fail (which < PASSEND_ORGANISATION_N_TEXTS);
  g_set_object (&self->texts[which], text);
}

/**
 * passend_organisation_get_phone:
 *
 * Returns: (nullable): the phone number, as written
 */
const char *
passend_organisation_get_phone (PassendOrganisation *self)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), NULL);
  return self->phone;
}

/**
 * passend_organisation_get_email:
 *
 * Returns: (nullable): the e-mail address
 */
const char *
passend_organisation_get_email (PassendOrganisation *self)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), NULL);
  return self->email;
}

/**
 * passend_organisation_get_website:
 *
 * Returns: (nullable): the https:// address of the website
 */
const char *
passend_organisation_get_website (PassendOrganisation *self)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), NULL);
  return self->website;
}

void
passend_organisation_set_contact (PassendOrganisation *self,
                                  const char          *phone,
                                  const char          *email,
                                  const char          *website)
{
  g_return_if_fail (PASSEND_IS_ORGANISATION (self));
  g_free (self->phone);
  g_free (self->email);
  g_free (self->website);
  self->phone = g_strdup (phone);
  self->email = g_strdup (email);
  self->website = g_strdup (website);
}
