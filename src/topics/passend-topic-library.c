/* passend-topic-library.c - the Topics content, loaded and searchable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content is a folder (in the app a GResource folder) with
 *   topics/ID.xml, glossary.xml, organisations.xml
 * in the format of data/content/README.md.  Every translatable element
 * is turned into the very message xgettext's ITS extraction writes to
 * the POT file, and translated with that: the element's inner XML,
 * inline <link> and <em> kept, & < > as entities, and white space
 * normalised as xgettext does it (runs of space, tab and newline become
 * one space; each element's content loses the space at its start and
 * end; white space between elements is dropped as libxml2 does).  See
 * message_append() and text_cb().
 */
#define G_LOG_DOMAIN "passend-topic-library"

#include "config.h"

#include <string.h>

#include "passend-text.h"
#include "passend-topic-library.h"

/* The real content, compiled from data/content/passend-content.gresource.xml.
 * Named here so that the linker keeps it (and its constructor, which
 * registers it) in the static library. */
GResource *passend_content_get_resource (void);

struct _PassendTopicLibrary
{
  GObject parent_instance;

  char       *domain;
  GPtrArray  *topics;
  GPtrArray  *terms;
  GPtrArray  *organisations;
  GHashTable *msgid_set;
  GPtrArray  *msgids;
};

G_DEFINE_FINAL_TYPE (PassendTopicLibrary, passend_topic_library, G_TYPE_OBJECT)

/* The order in which the topics are listed; others follow by id. */
static const char *const topic_order[] = { "working-together",
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

/* Parsing */

typedef struct _Node Node;
struct _Node
{
  char      *name; /* NULL for text */
  GStrv      attr_names;
  GStrv      attr_values;
  GString   *text;
  GPtrArray *children;
  Node      *parent;
  gboolean   blank_first; /* white space only, before any child element */
};

static Node *
node_new (Node *parent, const char *name)
{
  Node *node = g_new0 (Node, 1);

  node->name = g_strdup (name);
  node->parent = parent;
  node->children = g_ptr_array_new ();
  if (parent != NULL)
    g_ptr_array_add (parent->children, node);
  return node;
}

static void
node_free (Node *node)
{
  for (guint i = 0; i < node->children->len; i++)
    node_free (g_ptr_array_index (node->children, i));
  g_ptr_array_unref (node->children);
  g_free (node->name);
  g_strfreev (node->attr_names);
  g_strfreev (node->attr_values);
  if (node->text != NULL)
    g_string_free (node->text, TRUE);
  g_free (node);
}

static gboolean
is_space (char c)
{
  /* xgettext's white space, and \r that an XML parser would have
   * turned into \n. */
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Runs of white space become one space. */
static void
append_collapsed (GString *out, const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (is_space (*p))
        {
          g_string_append_c (out, ' ');
          while (is_space (p[1]))
            p++;
        }
      else
        g_string_append_c (out, *p);
    }
}

static void
append_escaped (GString *out, const char *text, gboolean attribute)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, attribute ? "&quot;" : "\"");
          break;
        case '\n':
          if (attribute)
            g_string_append (out, "&#10;");
          else
            g_string_append_c (out, *p);
          break;
        case '\t':
          if (attribute)
            g_string_append (out, "&#9;");
          else
            g_string_append_c (out, *p);
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

/* The message of an element's content, as gettext's ITS extraction
 * (its.c, _its_collect_text_content with normalised white space)
 * builds it. */
static void
message_append (GString *out, Node *element)
{
  for (guint i = 0; i < element->children->len; i++)
    {
      Node *child = g_ptr_array_index (element->children, i);
      g_autoptr (GString) piece = g_string_new (NULL);

      if (child->name == NULL)
        {
          g_autoptr (GString) escaped = g_string_new (NULL);
          const char *start;

          append_escaped (escaped, child->text->str, FALSE);
          start = escaped->str;
          if (i == 0)
            while (is_space (*start))
              start++;
          append_collapsed (piece, start);
          /* The end of the last text loses its space; as in gettext,
           * a last text of only a space keeps it. */
          if (i + 1 == element->children->len)
            {
              gsize end = piece->len;

              while (end > 0 && piece->str[end - 1] == ' ')
                end--;
              if (end > 0)
                g_string_truncate (piece, end);
            }
        }
      else
        {
          g_autoptr (GString) serialized = g_string_new (NULL);
          g_autoptr (GString) inner = g_string_new (NULL);

          g_string_append_printf (serialized, "<%s", child->name);
          for (guint a = 0; child->attr_names != NULL && child->attr_names[a] != NULL; a++)
            {
              g_string_append_printf (serialized, " %s=\"", child->attr_names[a]);
              append_escaped (serialized, child->attr_values[a], TRUE);
              g_string_append_c (serialized, '"');
            }
          message_append (inner, child);
          if (inner->len > 0)
            g_string_append_printf (serialized, ">%s</%s>", inner->str, child->name);
          else
            g_string_append (serialized, "/>");
          append_collapsed (piece, serialized->str);
        }

      g_string_append_len (out, piece->str, piece->len);
    }
}

static void
plain_append (GString *out, Node *element)
{
  for (guint i = 0; i < element->children->len; i++)
    {
      Node *child = g_ptr_array_index (element->children, i);

      if (child->name == NULL)
        g_string_append (out, child->text->str);
      else
        plain_append (out, child);
    }
}

typedef enum
{
  FILE_TOPIC,
  FILE_GLOSSARY,
  FILE_ORGANISATIONS,
} FileKind;

typedef struct
{
  PassendTopicLibrary *library;
  FileKind             kind;
  const char          *expected_id;

  PassendTopic        *topic;
  PassendTopicSection *section;
  PassendTopicBlock   *list;
  PassendGlossaryTerm *term;
  PassendOrganisation *organisation;
  PassendTopicText    *term_texts[3];
  char                *contact[3];

  /* The element whose content is being collected, and where. */
  Node *capture;
  Node *current;
} ParseState;

static const char *const translated_elements[] = { "title", "summary", "heading", "p",
                                                   "item",  "tip",     "see",     "definition",
                                                   "what",  "when",    "how",     NULL };

static const char *const organisation_elements[] = { "name",  "what",  "when",    "how",
                                                     "phone", "email", "website", NULL };

static gboolean
is_text_element (const char *parent, const char *name)
{
  if (g_strv_contains (translated_elements, name))
    return TRUE;
  if (g_strcmp0 (parent, "term") == 0)
    return g_str_equal (name, "name") || g_str_equal (name, "full");
  if (g_strcmp0 (parent, "organisation") == 0)
    return g_str_equal (name, "name") || g_str_equal (name, "phone") ||
           g_str_equal (name, "email") || g_str_equal (name, "website");
  return FALSE;
}

static gboolean
is_translated (const char *parent, const char *name)
{
  if (g_str_equal (name, "name"))
    return g_strcmp0 (parent, "organisation") == 0;
  return g_strv_contains (translated_elements, name);
}

static gboolean
valid_id (const char *id)
{
  if (id == NULL || id[0] == '\0')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static gboolean
collect_id (const char  *element_name,
            const char **attribute_names,
            const char **attribute_values,
            const char **id,
            GError     **error)
{
  if (!g_markup_collect_attributes (element_name, attribute_names, attribute_values, error,
                                    G_MARKUP_COLLECT_STRING, "id", id, G_MARKUP_COLLECT_INVALID))
    return FALSE;

  if (!valid_id (*id))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "<%s> has an id that is not letters, digits and -: “%s”", element_name, *id);
      return FALSE;
    }

  return TRUE;
}

static void
unexpected (GError **error, const char *element_name, const char *parent)
{
  g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
               "<%s> is not expected in <%s>", element_name, parent ? parent : "(document)");
}

static void
start_element_cb (GMarkupParseContext *context,
                  const char          *element_name,
                  const char         **attribute_names,
                  const char         **attribute_values,
                  gpointer             user_data,
                  GError             **error)
{
  ParseState   *state = user_data;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  const char   *parent = stack->next ? stack->next->data : NULL;
  const char   *id = NULL;

  if (state->capture != NULL)
    {
      if (!g_str_equal (element_name, "link") && !g_str_equal (element_name, "em"))
        {
          unexpected (error, element_name, parent);
          return;
        }
      if (g_str_equal (element_name, "link"))
        {
          const char *to = NULL;

          if (!g_markup_collect_attributes (element_name, attribute_names, attribute_values, error,
                                            G_MARKUP_COLLECT_STRING, "to", &to,
                                            G_MARKUP_COLLECT_INVALID))
            return;
        }
      /* White space before a first child element is dropped (see
       * text_cb()). */
      if (state->current->children->len == 1 &&
          ((Node *)g_ptr_array_index (state->current->children, 0))->blank_first)
        {
          node_free (g_ptr_array_steal_index (state->current->children, 0));
        }
      state->current = node_new (state->current, element_name);
      state->current->attr_names = g_strdupv ((char **)attribute_names);
      state->current->attr_values = g_strdupv ((char **)attribute_values);
      return;
    }

  if (parent == NULL)
    {
      const char *root = state->kind == FILE_TOPIC      ? "topic"
                         : state->kind == FILE_GLOSSARY ? "glossary"
                                                        : "organisations";

      if (!g_str_equal (element_name, root))
        {
          unexpected (error, element_name, NULL);
          return;
        }
      if (state->kind == FILE_TOPIC)
        {
          if (!collect_id (element_name, attribute_names, attribute_values, &id, error))
            return;
          if (g_strcmp0 (id, state->expected_id) != 0)
            {
              g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                           "The topic id “%s” is not its file name", id);
              return;
            }
          state->topic = passend_topic_new (id);
        }
      return;
    }

  if (is_text_element (parent, element_name) &&
      (g_str_equal (parent, "topic")
           ? (g_str_equal (element_name, "title") || g_str_equal (element_name, "summary"))
       : g_str_equal (parent, "section")
           ? (g_str_equal (element_name, "heading") || g_str_equal (element_name, "p") ||
              g_str_equal (element_name, "tip") || g_str_equal (element_name, "see"))
       : g_str_equal (parent, "list") ? g_str_equal (element_name, "item")
       : g_str_equal (parent, "term")
           ? (g_str_equal (element_name, "name") || g_str_equal (element_name, "full") ||
              g_str_equal (element_name, "definition"))
       : g_str_equal (parent, "organisation")
           ? (g_strv_contains (organisation_elements, element_name))
           : FALSE))
    {
      if (g_str_equal (element_name, "see"))
        {
          const char        *to = NULL;
          PassendTopicBlock *block;

          if (!g_markup_collect_attributes (element_name, attribute_names, attribute_values, error,
                                            G_MARKUP_COLLECT_STRING, "to", &to,
                                            G_MARKUP_COLLECT_INVALID))
            return;
          block = passend_topic_block_new (PASSEND_TOPIC_BLOCK_SEE);
          passend_topic_block_set_target (block, to);
          g_ptr_array_add (passend_topic_section_get_blocks (state->section), block);
        }
      else if (!g_markup_collect_attributes (element_name, attribute_names, attribute_values, error,
                                             G_MARKUP_COLLECT_INVALID, NULL))
        return;

      state->capture = state->current = node_new (NULL, element_name);
      return;
    }

  if (g_str_equal (element_name, "section") && g_str_equal (parent, "topic"))
    {
      if (!collect_id (element_name, attribute_names, attribute_values, &id, error))
        return;
      if (passend_topic_find_section (state->topic, id) != NULL)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       "Two sections have the id “%s”", id);
          return;
        }
      state->section = passend_topic_section_new (id);
      g_ptr_array_add (passend_topic_get_sections (state->topic), state->section);
    }
  else if (g_str_equal (element_name, "list") && g_str_equal (parent, "section"))
    {
      const char           *style = NULL;
      PassendTopicBlockKind kind = PASSEND_TOPIC_BLOCK_LIST;

      if (!g_markup_collect_attributes (element_name, attribute_names, attribute_values, error,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                        "style", &style, G_MARKUP_COLLECT_INVALID))
        return;
      if (g_strcmp0 (style, "numbered") == 0)
        kind = PASSEND_TOPIC_BLOCK_NUMBERED_LIST;
      else if (style != NULL && !g_str_equal (style, "bulleted"))
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       "Unknown list style “%s”", style);
          return;
        }
      state->list = passend_topic_block_new (kind);
      g_ptr_array_add (passend_topic_section_get_blocks (state->section), state->list);
    }
  else if (g_str_equal (element_name, "term") && g_str_equal (parent, "glossary"))
    {
      if (!collect_id (element_name, attribute_names, attribute_values, &id, error))
        return;
      if (passend_topic_library_find_term (state->library, id) != NULL)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       "Two terms have the id “%s”", id);
          return;
        }
      state->term = passend_glossary_term_new (id);
    }
  else if (g_str_equal (element_name, "organisation") && g_str_equal (parent, "organisations"))
    {
      if (!collect_id (element_name, attribute_names, attribute_values, &id, error))
        return;
      if (passend_topic_library_find_organisation (state->library, id) != NULL)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       "Two organisations have the id “%s”", id);
          return;
        }
      state->organisation = passend_organisation_new (id);
    }
  else
    unexpected (error, element_name, parent);
}

static void
add_msgid (PassendTopicLibrary *self, const char *msgid)
{
  if (!g_hash_table_contains (self->msgid_set, msgid))
    {
      char *copy = g_strdup (msgid);

      g_hash_table_add (self->msgid_set, copy);
      g_ptr_array_add (self->msgids, copy);
    }
}

static gboolean
missing (GError **error, const char *what, const char *element_name, const char *id)
{
  g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
               "<%s id=\"%s\"> has no <%s>", element_name, id, what);
  return FALSE;
}

static void
finish_text (ParseState *state, const char *parent, const char *element_name, GError **error)
{
  g_autoptr (PassendTopicText) text = NULL;
  g_autoptr (GString) message = g_string_new (NULL);
  Node *capture = g_steal_pointer (&state->capture);

  state->current = NULL;

  if (is_translated (parent, element_name))
    {
      message_append (message, capture);
      if (message->len == 0)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, "<%s> is empty",
                       element_name);
          node_free (capture);
          return;
        }
      add_msgid (state->library, message->str);
      text = passend_topic_text_new_translated (message->str, state->library->domain);
    }
  else
    {
      g_autoptr (GString) raw = g_string_new (NULL);

      plain_append (raw, capture);
      append_collapsed (message, g_strstrip (raw->str));
      text = passend_topic_text_new_plain (message->str);
    }
  node_free (capture);

  if (text == NULL)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "<%s> holds broken markup", element_name);
      return;
    }

  if (g_str_equal (parent, "topic"))
    {
      if (g_str_equal (element_name, "title"))
        passend_topic_set_title (state->topic, text);
      else
        passend_topic_set_summary (state->topic, text);
    }
  else if (g_str_equal (parent, "section"))
    {
      GPtrArray *blocks = passend_topic_section_get_blocks (state->section);

      if (g_str_equal (element_name, "heading"))
        passend_topic_section_set_heading (state->section, text);
      else if (g_str_equal (element_name, "see"))
        g_ptr_array_add (
            passend_topic_block_get_texts (g_ptr_array_index (blocks, blocks->len - 1)),
            g_steal_pointer (&text));
      else
        {
          PassendTopicBlock *block = passend_topic_block_new (g_str_equal (element_name, "p")
                                                                  ? PASSEND_TOPIC_BLOCK_PARAGRAPH
                                                                  : PASSEND_TOPIC_BLOCK_TIP);

          g_ptr_array_add (passend_topic_block_get_texts (block), g_steal_pointer (&text));
          g_ptr_array_add (blocks, block);
        }
    }
  else if (g_str_equal (parent, "list"))
    g_ptr_array_add (passend_topic_block_get_texts (state->list), g_steal_pointer (&text));
  else if (g_str_equal (parent, "term"))
    {
      guint i = g_str_equal (element_name, "name") ? 0 : g_str_equal (element_name, "full") ? 1 : 2;

      g_set_object (&state->term_texts[i], text);
    }
  else if (g_str_equal (parent, "organisation"))
    {
      static const char *const texts[] = { "name", "what", "when", "how", NULL };
      static const char *const contacts[] = { "phone", "email", "website", NULL };

      for (guint i = 0; texts[i] != NULL; i++)
        if (g_str_equal (element_name, texts[i]))
          passend_organisation_set_text (state->organisation, i, text);
      for (guint i = 0; contacts[i] != NULL; i++)
        if (g_str_equal (element_name, contacts[i]))
          {
            g_free (state->contact[i]);
            state->contact[i] = g_strdup (passend_topic_text_get_text (text));
          }
    }
}

static void
end_element_cb (GMarkupParseContext *context,
                const char          *element_name,
                gpointer             user_data,
                GError             **error)
{
  ParseState   *state = user_data;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  const char   *parent = stack->next ? stack->next->data : NULL;

  if (state->capture != NULL)
    {
      if (state->current != state->capture)
        state->current = state->current->parent;
      else
        finish_text (state, parent, element_name, error);
      return;
    }

  if (g_str_equal (element_name, "topic"))
    {
      if (passend_topic_get_title (state->topic) == NULL)
        missing (error, "title", "topic", passend_topic_get_id (state->topic));
    }
  else if (g_str_equal (element_name, "section"))
    {
      if (passend_topic_section_get_heading (state->section) == NULL)
        missing (error, "heading", "section", passend_topic_section_get_id (state->section));
      state->section = NULL;
    }
  else if (g_str_equal (element_name, "list"))
    {
      if (passend_topic_block_get_texts (state->list)->len == 0)
        g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                     "A <list> has no <item>");
      state->list = NULL;
    }
  else if (g_str_equal (element_name, "term"))
    {
      g_autoptr (PassendGlossaryTerm) term = g_steal_pointer (&state->term);
      const char *id = passend_glossary_term_get_id (term);

      if (state->term_texts[0] == NULL)
        missing (error, "name", "term", id);
      else if (state->term_texts[2] == NULL)
        missing (error, "definition", "term", id);
      else
        {
          passend_glossary_term_set_texts (term, state->term_texts[0], state->term_texts[1],
                                           state->term_texts[2]);
          g_ptr_array_add (state->library->terms, g_steal_pointer (&term));
        }
      for (guint i = 0; i < G_N_ELEMENTS (state->term_texts); i++)
        g_clear_object (&state->term_texts[i]);
    }
  else if (g_str_equal (element_name, "organisation"))
    {
      g_autoptr (PassendOrganisation) organisation = g_steal_pointer (&state->organisation);
      const char *id = passend_organisation_get_id (organisation);

      if (passend_organisation_get_text (organisation, PASSEND_ORGANISATION_NAME) == NULL)
        missing (error, "name", "organisation", id);
      else if (passend_organisation_get_text (organisation, PASSEND_ORGANISATION_WHAT) == NULL)
        missing (error, "what", "organisation", id);
      else if (passend_organisation_get_text (organisation, PASSEND_ORGANISATION_WHEN) == NULL)
        missing (error, "when", "organisation", id);
      else
        {
          passend_organisation_set_contact (organisation, state->contact[0], state->contact[1],
                                            state->contact[2]);
          g_ptr_array_add (state->library->organisations, g_steal_pointer (&organisation));
        }
      for (guint i = 0; i < G_N_ELEMENTS (state->contact); i++)
        g_clear_pointer (&state->contact[i], g_free);
    }
}

static void
text_cb (GMarkupParseContext *context,
         const char          *text,
         gsize                text_len,
         gpointer             user_data,
         GError             **error)
{
  ParseState *state = user_data;

  if (state->capture != NULL)
    {
      Node *last =
          state->current->children->len > 0
              ? g_ptr_array_index (state->current->children, state->current->children->len - 1)
              : NULL;

      Node    *first = state->current->children->len > 0
                           ? g_ptr_array_index (state->current->children, 0)
                           : NULL;
      gboolean blank = TRUE;

      for (gsize i = 0; i < text_len && blank; i++)
        blank = is_space (text[i]);

      /* xgettext's parser (libxml2 with XML_PARSE_NOBLANKS) drops white
       * space between elements: before the first child element, and
       * after an element when the content does not start with text.
       * White space alone in an element without children stays. */
      if (blank && last != NULL && last->name != NULL && first->name != NULL)
        return;

      if (last == NULL || last->name != NULL)
        {
          last = node_new (state->current, NULL);
          last->text = g_string_new (NULL);
          last->blank_first = blank && first == NULL;
        }
      else
        last->blank_first = FALSE;
      g_string_append_len (last->text, text, text_len);
      return;
    }

  for (gsize i = 0; i < text_len; i++)
    if (!is_space (text[i]))
      {
        g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                     "Text outside a text element: “%.*s”", (int)MIN (text_len, 40), text);
        return;
      }
}

static const GMarkupParser content_parser = { start_element_cb, end_element_cb, text_cb, NULL,
                                              NULL };

static void
parse_state_clear (ParseState *state)
{
  g_clear_pointer (&state->capture, node_free);
  g_clear_object (&state->topic);
  g_clear_object (&state->term);
  g_clear_object (&state->organisation);
  for (guint i = 0; i < G_N_ELEMENTS (state->term_texts); i++)
    g_clear_object (&state->term_texts[i]);
  for (guint i = 0; i < G_N_ELEMENTS (state->contact); i++)
    g_clear_pointer (&state->contact[i], g_free);
}

static gboolean
load_file (
    PassendTopicLibrary *self, GFile *file, FileKind kind, const char *expected_id, GError **error)
{
  g_autoptr (GMarkupParseContext) context = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (file);
  gsize            length;
  ParseState       state = { self, kind, expected_id };
  gboolean         ok;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return FALSE;

  context =
      g_markup_parse_context_new (&content_parser, G_MARKUP_PREFIX_ERROR_POSITION, &state, NULL);
  ok = g_markup_parse_context_parse (context, contents, length, error) &&
       g_markup_parse_context_end_parse (context, error);

  if (ok && kind == FILE_TOPIC)
    g_ptr_array_add (self->topics, g_steal_pointer (&state.topic));
  else if (!ok)
    g_prefix_error (error, "%s: ", name);

  parse_state_clear (&state);
  return ok;
}

static guint
topic_position (const char *id)
{
  for (guint i = 0; topic_order[i] != NULL; i++)
    if (g_str_equal (topic_order[i], id))
      return i;
  return G_N_ELEMENTS (topic_order);
}

static int
compare_topic_files (gconstpointer a, gconstpointer b)
{
  const char *ia = *(const char *const *)a;
  const char *ib = *(const char *const *)b;
  guint       pa = topic_position (ia);
  guint       pb = topic_position (ib);

  if (pa != pb)
    return pa < pb ? -1 : 1;
  return strcmp (ia, ib);
}

static int
compare_terms (gconstpointer a, gconstpointer b)
{
  PassendGlossaryTerm *ta = *(PassendGlossaryTerm *const *)a;
  PassendGlossaryTerm *tb = *(PassendGlossaryTerm *const *)b;

  return g_utf8_collate (passend_topic_text_get_folded (passend_glossary_term_get_name (ta)),
                         passend_topic_text_get_folded (passend_glossary_term_get_name (tb)));
}

/* Keeps the first error; later files are still loaded. */
static void
keep_error (GError **error, GError *new_error)
{
  if (new_error == NULL)
    return;
  if (error != NULL && *error == NULL)
    g_propagate_error (error, new_error);
  else
    {
      g_warning ("%s", new_error->message);
      g_error_free (new_error);
    }
}

/* Search */

static void
add_match (GPtrArray            *results,
           PassendTopicMatchKind kind,
           const char           *link,
           PassendTopicText     *title,
           PassendTopicText     *section,
           PassendTopicText    **fields,
           const guint          *ranks,
           guint                 n_fields,
           const char           *phrase,
           GStrv                 words)
{
  PassendTopicText  *where = NULL;
  gsize              position = 0;
  guint              rank = G_MAXUINT;
  PassendTopicMatch *match;

  /* Every word somewhere in this place. */
  for (guint w = 0; words[w] != NULL; w++)
    {
      gboolean found = FALSE;

      for (guint f = 0; f < n_fields && !found; f++)
        found = fields[f] != NULL &&
                strstr (passend_topic_text_get_folded (fields[f]), words[w]) != NULL;
      if (!found)
        return;
    }

  /* Ranked by the best field that holds the whole phrase. */
  for (guint f = 0; f < n_fields; f++)
    {
      const char *folded = fields[f] ? passend_topic_text_get_folded (fields[f]) : NULL;
      const char *hit = folded ? strstr (folded, phrase) : NULL;

      if (hit != NULL && ranks[f] < rank)
        {
          rank = ranks[f];
          where = fields[f];
          position = hit - folded;
        }
    }

  if (where == NULL)
    {
      rank = 3;
      for (guint f = 0; f < n_fields && where == NULL; f++)
        {
          const char *folded = fields[f] ? passend_topic_text_get_folded (fields[f]) : NULL;
          const char *hit = folded ? strstr (folded, words[0]) : NULL;

          if (hit != NULL)
            {
              where = fields[f];
              position = hit - folded;
            }
        }
    }

  /* A name or heading says little by itself: show the text under it. */
  if (rank < 2)
    for (guint f = 0; f < n_fields; f++)
      if (fields[f] != NULL && ranks[f] >= 2)
        {
          where = fields[f];
          position = 0;
          break;
        }

  match = g_new0 (PassendTopicMatch, 1);
  match->kind = kind;
  match->link = g_strdup (link);
  match->title = g_strdup (passend_topic_text_get_text (title));
  match->section = section ? g_strdup (passend_topic_text_get_text (section)) : NULL;
  match->rank = rank;

  {
    /* Some words before the match and more after it. */
    const char *text = passend_topic_text_get_text (where);
    const char *hit = text + passend_topic_text_unfold_offset (where, position);
    const char *start = hit;
    const char *end = hit;
    g_autoptr (GString) snippet = g_string_new (NULL);

    for (guint n = 0; n < 30 && start > text; n++)
      start = g_utf8_prev_char (start);
    if (start > text)
      {
        while (*start != '\0' && *start != ' ' && start < hit)
          start = g_utf8_next_char (start);
        g_string_append (snippet, "…");
      }
    while (*start == ' ')
      start++;
    for (guint n = 0; n < 90 && *end != '\0'; n++)
      end = g_utf8_next_char (end);
    if (*end != '\0')
      {
        const char *space = end;

        while (space > hit && *space != ' ')
          space--;
        if (space > hit)
          end = space;
      }
    g_string_append_len (snippet, start, end - start);
    if (*end != '\0')
      g_string_append (snippet, "…");
    match->snippet = g_string_free (g_steal_pointer (&snippet), FALSE);
  }

  g_ptr_array_add (results, match);
}

/* GObject */

static void
passend_topic_library_finalize (GObject *object)
{
  PassendTopicLibrary *self = PASSEND_TOPIC_LIBRARY (object);

  g_free (self->domain);
  g_ptr_array_unref (self->topics);
  g_ptr_array_unref (self->terms);
  g_ptr_array_unref (self->organisations);
  g_ptr_array_unref (self->msgids);
  g_hash_table_unref (self->msgid_set);

  G_OBJECT_CLASS (passend_topic_library_parent_class)->finalize (object);
}

static void
passend_topic_library_class_init (PassendTopicLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_topic_library_finalize;
}

static void
passend_topic_library_init (PassendTopicLibrary *self)
{
  self->topics = g_ptr_array_new_with_free_func (g_object_unref);
  self->terms = g_ptr_array_new_with_free_func (g_object_unref);
  self->organisations = g_ptr_array_new_with_free_func (g_object_unref);
  self->msgid_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->msgids = g_ptr_array_new ();
}

/* Public API */

void
passend_topic_match_free (PassendTopicMatch *match)
{
  if (match == NULL)
    return;
  g_free (match->link);
  g_free (match->title);
  g_free (match->section);
  g_free (match->snippet);
  g_free (match);
}

/**
 * passend_topic_library_new:
 * @domain: (nullable): the gettext domain of the content's messages,
 *   or %NULL for GETTEXT_PACKAGE
 *
 * Returns: (transfer full): an empty library
 */
PassendTopicLibrary *
passend_topic_library_new (const char *domain)
{
  PassendTopicLibrary *self = g_object_new (PASSEND_TYPE_TOPIC_LIBRARY, NULL);

  self->domain = g_strdup (domain ? domain : GETTEXT_PACKAGE);
  return self;
}

/**
 * passend_topic_library_get_content_dir:
 *
 * The folder of the real content in the app's resources, or the folder
 * named by PASSEND_CONTENT_DIR (for tests and for trying out content
 * without building it).
 *
 * Returns: (transfer full): the content folder
 */
GFile *
passend_topic_library_get_content_dir (void)
{
  const char *dir = g_getenv ("PASSEND_CONTENT_DIR");

  /* Makes sure the resource is linked in (its constructor registers
   * it); not in a g_assert(), which G_DISABLE_ASSERT would remove. */
  if (passend_content_get_resource () == NULL)
    g_warning ("The Topics content resource is missing");

  if (dir != NULL && dir[0] != '\0')
    return g_file_new_for_commandline_arg (dir);
  return g_file_new_for_uri ("resource://" PASSEND_CONTENT_PATH);
}

/**
 * passend_topic_library_get_default:
 *
 * The content, translated into the language of the app, loaded on the
 * first call.  Content that does not load is reported with a warning;
 * what loaded is kept.
 *
 * Returns: (transfer none): the app's library
 */
PassendTopicLibrary *
passend_topic_library_get_default (void)
{
  static PassendTopicLibrary *library;

  if (library == NULL)
    {
      g_autoptr (GFile) dir = passend_topic_library_get_content_dir ();
      g_autoptr (GError) error = NULL;

      library = passend_topic_library_new (NULL);
      if (!passend_topic_library_load (library, dir, &error))
        g_warning ("The Topics content did not load completely: %s", error->message);
    }

  return library;
}

/**
 * passend_topic_library_load:
 * @dir: the content folder (a resource:// folder or a local one)
 *
 * Loads topics/ *.xml, glossary.xml and organisations.xml, each that
 * exists.  A file with an error is left out; the others load.
 *
 * Returns: %TRUE if every file loaded
 */
gboolean
passend_topic_library_load (PassendTopicLibrary *self, GFile *dir, GError **error)
{
  g_autoptr (GFile) topics_dir = NULL;
  g_autoptr (GFileEnumerator) enumerator = NULL;
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) local_error = NULL;
  GError                  *first_error = NULL;
  static const char *const files[] = { "glossary.xml", "organisations.xml" };

  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (dir), FALSE);

  topics_dir = g_file_get_child (dir, "topics");
  enumerator = g_file_enumerate_children (topics_dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (enumerator == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) &&
      !g_error_matches (local_error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND))
    keep_error (&first_error, g_steal_pointer (&local_error));

  while (enumerator != NULL)
    {
      GFileInfo  *info = NULL;
      const char *name;

      if (!g_file_enumerator_iterate (enumerator, &info, NULL, NULL, &local_error))
        {
          keep_error (&first_error, g_steal_pointer (&local_error));
          break;
        }
      if (info == NULL)
        break;

      name = g_file_info_get_name (info);
      if (g_str_has_suffix (name, ".xml"))
        g_ptr_array_add (ids, g_strndup (name, strlen (name) - strlen (".xml")));
    }

  g_ptr_array_sort (ids, compare_topic_files);
  for (guint i = 0; i < ids->len; i++)
    {
      const char      *id = g_ptr_array_index (ids, i);
      g_autofree char *name = g_strconcat (id, ".xml", NULL);
      g_autoptr (GFile) file = g_file_get_child (topics_dir, name);

      if (passend_topic_library_find_topic (self, id) != NULL)
        continue;
      if (!load_file (self, file, FILE_TOPIC, id, &local_error))
        keep_error (&first_error, g_steal_pointer (&local_error));
    }

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr (GFile) file = g_file_get_child (dir, files[i]);

      if (!g_file_query_exists (file, NULL))
        continue;
      if (!load_file (self, file, i == 0 ? FILE_GLOSSARY : FILE_ORGANISATIONS, NULL, &local_error))
        keep_error (&first_error, g_steal_pointer (&local_error));
    }

  g_ptr_array_sort (self->terms, compare_terms);

  if (first_error != NULL)
    {
      g_propagate_error (error, first_error);
      return FALSE;
    }
  return TRUE;
}

/**
 * passend_topic_library_get_topics:
 *
 * Returns: (transfer none) (element-type PassendTopic): the topics in
 *   the order they are listed
 */
GPtrArray *
passend_topic_library_get_topics (PassendTopicLibrary *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), NULL);
  return self->topics;
}

/**
 * passend_topic_library_find_topic:
 *
 * Returns: (transfer none) (nullable): the topic with @id
 */
PassendTopic *
passend_topic_library_find_topic (PassendTopicLibrary *self, const char *id)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), NULL);

  for (guint i = 0; i < self->topics->len; i++)
    if (g_strcmp0 (passend_topic_get_id (g_ptr_array_index (self->topics, i)), id) == 0)
      return g_ptr_array_index (self->topics, i);
  return NULL;
}

/**
 * passend_topic_library_get_terms:
 *
 * Returns: (transfer none) (element-type PassendGlossaryTerm): the
 *   glossary, in alphabetical order
 */
GPtrArray *
passend_topic_library_get_terms (PassendTopicLibrary *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), NULL);
  return self->terms;
}

/**
 * passend_topic_library_find_term:
 *
 * Returns: (transfer none) (nullable): the term with @id
 */
PassendGlossaryTerm *
passend_topic_library_find_term (PassendTopicLibrary *self, const char *id)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), NULL);

  for (guint i = 0; i < self->terms->len; i++)
    if (g_strcmp0 (passend_glossary_term_get_id (g_ptr_array_index (self->terms, i)), id) == 0)
      return g_ptr_array_index (self->terms, i);
  return NULL;
}

/**
 * passend_topic_library_get_organisations:
 *
 * Returns: (transfer none) (element-type PassendOrganisation): the
 *   organisations in the order of the file
 */
GPtrArray *
passend_topic_library_get_organisations (PassendTopicLibrary *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), NULL);
  return self->organisations;
}

/**
 * passend_topic_library_find_organisation:
 *
 * Returns: (transfer none) (nullable): the organisation with @id
 */
PassendOrganisation *
passend_topic_library_find_organisation (PassendTopicLibrary *self, const char *id)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), NULL);

  for (guint i = 0; i < self->organisations->len; i++)
    if (g_strcmp0 (passend_organisation_get_id (g_ptr_array_index (self->organisations, i)), id) ==
        0)
      return g_ptr_array_index (self->organisations, i);
  return NULL;
}

/**
 * passend_topic_library_check_link:
 * @link: "topic:ID", "topic:ID#SECTION", "term:ID", "org:ID",
 *   "topic:organisations" or "step:N"
 *
 * Returns: %TRUE if @link leads somewhere
 */
gboolean
passend_topic_library_check_link (PassendTopicLibrary *self, const char *link)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), FALSE);

  if (link == NULL)
    return FALSE;

  if (g_str_has_prefix (link, "topic:"))
    {
      g_auto (GStrv) parts = g_strsplit (link + strlen ("topic:"), "#", 2);
      PassendTopic *topic;

      /* g_strsplit() gives no parts at all for "topic:". */
      if (parts[0] == NULL)
        return FALSE;
      topic = passend_topic_library_find_topic (self, parts[0]);
      if (parts[1] == NULL && g_str_equal (parts[0], "organisations"))
        return TRUE;
      if (topic == NULL)
        return FALSE;
      return parts[1] == NULL || passend_topic_find_section (topic, parts[1]) != NULL;
    }
  if (g_str_has_prefix (link, "term:"))
    return passend_topic_library_find_term (self, link + strlen ("term:")) != NULL;
  if (g_str_has_prefix (link, "org:"))
    return passend_topic_library_find_organisation (self, link + strlen ("org:")) != NULL;
  if (g_str_has_prefix (link, "step:"))
    return strlen (link) == strlen ("step:N") && link[5] >= '1' && link[5] <= '6';

  return FALSE;
}

static void
check_text (PassendTopicLibrary *self,
            GPtrArray           *problems,
            const char          *where,
            PassendTopicText    *text)
{
  const char *const *links;

  if (text == NULL)
    return;

  links = passend_topic_text_get_links (text);
  for (guint i = 0; links[i] != NULL; i++)
    if (!passend_topic_library_check_link (self, links[i]))
      g_ptr_array_add (problems, g_strdup_printf ("%s: %s", where, links[i]));
}

/**
 * passend_topic_library_check_links:
 *
 * Returns: (transfer full) (element-type utf8): every link that leads
 *   nowhere, as "where: target"; empty when all are fine
 */
GPtrArray *
passend_topic_library_check_links (PassendTopicLibrary *self)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), problems);

  for (guint t = 0; t < self->topics->len; t++)
    {
      PassendTopic    *topic = g_ptr_array_index (self->topics, t);
      GPtrArray       *sections = passend_topic_get_sections (topic);
      g_autofree char *where = g_strdup_printf ("topic:%s", passend_topic_get_id (topic));

      check_text (self, problems, where, passend_topic_get_title (topic));
      check_text (self, problems, where, passend_topic_get_summary (topic));

      for (guint s = 0; s < sections->len; s++)
        {
          PassendTopicSection *section = g_ptr_array_index (sections, s);
          GPtrArray           *blocks = passend_topic_section_get_blocks (section);
          g_autofree char     *section_where =
              g_strdup_printf ("%s#%s", where, passend_topic_section_get_id (section));

          check_text (self, problems, section_where, passend_topic_section_get_heading (section));
          for (guint b = 0; b < blocks->len; b++)
            {
              PassendTopicBlock *block = g_ptr_array_index (blocks, b);
              GPtrArray         *texts = passend_topic_block_get_texts (block);
              const char        *target = passend_topic_block_get_target (block);

              if (target != NULL && !passend_topic_library_check_link (self, target))
                g_ptr_array_add (problems, g_strdup_printf ("%s: %s", section_where, target));
              for (guint i = 0; i < texts->len; i++)
                check_text (self, problems, section_where, g_ptr_array_index (texts, i));
            }
        }
    }

  for (guint i = 0; i < self->terms->len; i++)
    {
      PassendGlossaryTerm *term = g_ptr_array_index (self->terms, i);
      g_autofree char     *where = g_strdup_printf ("term:%s", passend_glossary_term_get_id (term));

      check_text (self, problems, where, passend_glossary_term_get_definition (term));
    }

  for (guint i = 0; i < self->organisations->len; i++)
    {
      PassendOrganisation *organisation = g_ptr_array_index (self->organisations, i);
      g_autofree char     *where =
          g_strdup_printf ("org:%s", passend_organisation_get_id (organisation));

      for (guint w = 0; w < PASSEND_ORGANISATION_N_TEXTS; w++)
        check_text (self, problems, where, passend_organisation_get_text (organisation, w));
    }

  return problems;
}

/**
 * passend_topic_library_get_msgids:
 *
 * Returns: (transfer none) (element-type utf8): every message the
 *   content looked up for translation, once each, in the order met
 */
GPtrArray *
passend_topic_library_get_msgids (PassendTopicLibrary *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), NULL);
  return self->msgids;
}

/**
 * passend_topic_library_search:
 * @query: what the parent typed
 * @max_results: at most this many results, 0 for all
 *
 * Finds the places that hold every word of @query, without regard to
 * accents or case: topics (title and summary), their sections (heading,
 * paragraphs, items, tips), glossary terms (name, full name,
 * definition) and organisations (name, what, when).  A title or name
 * that holds the query comes first, then headings, then text, then
 * places where the words are spread; ties keep the order of the
 * content: topics, glossary, organisations.
 *
 * Returns: (transfer full) (element-type PassendTopicMatch): the results
 */
GPtrArray *
passend_topic_library_search (PassendTopicLibrary *self, const char *query, guint max_results)
{
  GPtrArray *results = g_ptr_array_new_with_free_func ((GDestroyNotify)passend_topic_match_free);
  g_autofree char *folded = NULL;
  g_auto (GStrv) words = NULL;
  g_autofree char *phrase = NULL;
  g_autoptr (GPtrArray) word_list = g_ptr_array_new ();

  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), results);

  folded = passend_text_fold (query);
  words = g_strsplit_set (folded, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (word_list, words[i]);
  if (word_list->len == 0)
    return results;
  g_ptr_array_add (word_list, NULL);
  phrase = g_strjoinv (" ", (GStrv)word_list->pdata);

  for (guint t = 0; t < self->topics->len; t++)
    {
      PassendTopic      *topic = g_ptr_array_index (self->topics, t);
      PassendTopicText  *title = passend_topic_get_title (topic);
      GPtrArray         *sections = passend_topic_get_sections (topic);
      g_autofree char   *link = g_strdup_printf ("topic:%s", passend_topic_get_id (topic));
      PassendTopicText  *fields[] = { title, passend_topic_get_summary (topic) };
      static const guint ranks[] = { 0, 2 };

      add_match (results, PASSEND_TOPIC_MATCH_TOPIC, link, title, NULL, fields, ranks,
                 G_N_ELEMENTS (fields), phrase, (GStrv)word_list->pdata);

      for (guint s = 0; s < sections->len; s++)
        {
          PassendTopicSection *section = g_ptr_array_index (sections, s);
          GPtrArray           *blocks = passend_topic_section_get_blocks (section);
          g_autoptr (GPtrArray) section_fields = g_ptr_array_new ();
          g_autoptr (GArray) section_ranks = g_array_new (FALSE, FALSE, sizeof (guint));
          g_autofree char *section_link =
              g_strdup_printf ("%s#%s", link, passend_topic_section_get_id (section));
          guint rank = 1;

          g_ptr_array_add (section_fields, passend_topic_section_get_heading (section));
          g_array_append_val (section_ranks, rank);
          rank = 2;
          for (guint b = 0; b < blocks->len; b++)
            {
              GPtrArray *texts = passend_topic_block_get_texts (g_ptr_array_index (blocks, b));

              for (guint i = 0; i < texts->len; i++)
                {
                  g_ptr_array_add (section_fields, g_ptr_array_index (texts, i));
                  g_array_append_val (section_ranks, rank);
                }
            }

          add_match (results, PASSEND_TOPIC_MATCH_TOPIC, section_link, title,
                     passend_topic_section_get_heading (section),
                     (PassendTopicText **)section_fields->pdata, (guint *)section_ranks->data,
                     section_fields->len, phrase, (GStrv)word_list->pdata);
        }
    }

  for (guint i = 0; i < self->terms->len; i++)
    {
      PassendGlossaryTerm *term = g_ptr_array_index (self->terms, i);
      g_autofree char     *link = g_strdup_printf ("term:%s", passend_glossary_term_get_id (term));
      PassendTopicText    *fields[] = {
           passend_glossary_term_get_name (term),
           passend_glossary_term_get_full (term),
           passend_glossary_term_get_definition (term),
      };
      static const guint ranks[] = { 0, 0, 2 };

      add_match (results, PASSEND_TOPIC_MATCH_TERM, link, fields[0], NULL, fields, ranks,
                 G_N_ELEMENTS (fields), phrase, (GStrv)word_list->pdata);
    }

  for (guint i = 0; i < self->organisations->len; i++)
    {
      PassendOrganisation *organisation = g_ptr_array_index (self->organisations, i);
      g_autofree char     *link =
          g_strdup_printf ("org:%s", passend_organisation_get_id (organisation));
      PassendTopicText *fields[] = {
        passend_organisation_get_text (organisation, PASSEND_ORGANISATION_NAME),
        passend_organisation_get_text (organisation, PASSEND_ORGANISATION_WHAT),
        passend_organisation_get_text (organisation, PASSEND_ORGANISATION_WHEN),
      };
      static const guint ranks[] = { 0, 2, 2 };

      add_match (results, PASSEND_TOPIC_MATCH_ORGANISATION, link, fields[0], NULL, fields, ranks,
                 G_N_ELEMENTS (fields), phrase, (GStrv)word_list->pdata);
    }

  /* A stable sort: by rank, the order found within a rank. */
  {
    g_autoptr (GPtrArray) sorted =
        g_ptr_array_new_full (results->len, (GDestroyNotify)passend_topic_match_free);

    /* Every match moves to @sorted once; those past the limit are then
     * cut off (and freed) there, not while @results is still read. */
    for (guint rank = 0; rank <= 3; rank++)
      for (guint i = 0; i < results->len; i++)
        {
          PassendTopicMatch *match = g_ptr_array_index (results, i);

          if (match->rank == rank)
            g_ptr_array_add (sorted, match);
        }

    g_ptr_array_set_free_func (results, NULL);
    g_ptr_array_unref (results);
    if (max_results > 0 && sorted->len > max_results)
      g_ptr_array_set_size (sorted, max_results);
    return g_steal_pointer (&sorted);
  }
}
