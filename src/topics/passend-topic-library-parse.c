/* passend-topic-library-parse.c - one content file into topics, terms
 * and organisations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every translatable element is turned into the very message xgettext's
 * ITS extraction writes to the POT file, and translated with that: the
 * element's inner XML, inline <link> and <em> kept, & < > as entities,
 * and white space normalised as xgettext does it (runs of space, tab and
 * newline become one space; each element's content loses the space at
 * its start and end; white space between elements is dropped as libxml2
 * does).  See message_append() and text_cb().
 */
#define G_LOG_DOMAIN "passend-topic-library"

#include "config.h"

#include "passend-topic-library-private.h"

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

/* A <link> or <em> inside the text being collected. */
static void
start_inline_element (ParseState  *state,
                      const char  *element_name,
                      const char **attribute_names,
                      const char **attribute_values,
                      const char  *parent,
                      GError     **error)
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
}

/* The element that a file starts with: <topic id="…">, <glossary> or
 * <organisations>. */
static void
start_root_element (ParseState  *state,
                    const char  *element_name,
                    const char **attribute_names,
                    const char **attribute_values,
                    GError     **error)
{
  const char *root = state->kind == FILE_TOPIC      ? "topic"
                     : state->kind == FILE_GLOSSARY ? "glossary"
                                                    : "organisations";
  const char *id = NULL;

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
}

/* Whether @element_name is a text element that may stand in @parent. */
static gboolean
is_text_element_of (const char *parent, const char *element_name)
{
  return is_text_element (parent, element_name) &&
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
              : FALSE);
}

/* A text element: its content is collected until it ends.  A <see to="…">
 * makes its block now, and gets its text when it ends. */
static void
start_text_element (ParseState  *state,
                    const char  *element_name,
                    const char **attribute_names,
                    const char **attribute_values,
                    GError     **error)
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
}

/* A <list style="…"> in a section. */
static void
start_list (ParseState  *state,
            const char  *element_name,
            const char **attribute_names,
            const char **attribute_values,
            GError     **error)
{
  const char           *style = NULL;
  PassendTopicBlockKind kind = PASSEND_TOPIC_BLOCK_LIST;

  if (!g_markup_collect_attributes (element_name, attribute_names, attribute_values, error,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "style",
                                    &style, G_MARKUP_COLLECT_INVALID))
    return;
  if (g_strcmp0 (style, "numbered") == 0)
    kind = PASSEND_TOPIC_BLOCK_NUMBERED_LIST;
  else if (style != NULL && !g_str_equal (style, "bulleted"))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, "Unknown list style “%s”",
                   style);
      return;
    }
  state->list = passend_topic_block_new (kind);
  g_ptr_array_add (passend_topic_section_get_blocks (state->section), state->list);
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
    start_inline_element (state, element_name, attribute_names, attribute_values, parent, error);
  else if (parent == NULL)
    start_root_element (state, element_name, attribute_names, attribute_values, error);
  else if (is_text_element_of (parent, element_name))
    start_text_element (state, element_name, attribute_names, attribute_values, error);
  else if (g_str_equal (element_name, "section") && g_str_equal (parent, "topic"))
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
    start_list (state, element_name, attribute_names, attribute_values, error);
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

gboolean
_passend_topic_library_load_file (
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
