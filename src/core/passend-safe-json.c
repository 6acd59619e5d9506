/* passend-safe-json.c - read and write JSON that nobody vouches for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dossier is JSON held in json-glib's JsonNode tree, but the text is
 * read and written here rather than by JsonParser and JsonGenerator:
 *
 * - json-glib 1.6 recurses once per nesting level without a limit (a
 *   file of 100,000 opening brackets crashes it), turns "\u0000" into a
 *   string silently cut short, lets lone surrogates through and reads
 *   "1e999" as infinity.  Every one of those must be refused, which
 *   takes a full pass over the text anyway.
 * - Its GScanner-based parser and its generator handle a character at a
 *   time: about 350 ms and 120 ms for a dossier of 10,000 entries, where
 *   this parser and writer, which copy runs of plain text at once, take
 *   a fraction of that.
 *
 * The parser accepts strict RFC 8259 JSON and nothing else, nests at
 * most %PASSEND_SAFE_JSON_MAX_DEPTH deep, and refuses duplicate member
 * names.  Error messages name byte offsets, never content: the text is a
 * parent's private record.
 */
#define G_LOG_DOMAIN "passend-safe-json"

#include "config.h"

#include <math.h>
#include <string.h>

#include "passend-safe-json-private.h"

/* What parse_value() returns in check-only mode. */
static char checked_sentinel;
#define CHECKED ((JsonNode *)&checked_sentinel)

static JsonNode *parse_value (Parser *parser);

static void
skip_space (Parser *parser)
{
  while (parser->p < parser->end &&
         (*parser->p == ' ' || *parser->p == '\n' || *parser->p == '\r' || *parser->p == '\t'))
    parser->p++;
}

static JsonNode *
parse_number (Parser *parser)
{
  const char *start = parser->p;
  gboolean    integral = TRUE;
  char        buffer[64];
  char       *end = NULL;
  double      value;

  /* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
  if (*parser->p == '-')
    parser->p++;
  if (parser->p < parser->end && *parser->p == '0')
    parser->p++;
  else if (parser->p < parser->end && g_ascii_isdigit (*parser->p))
    while (parser->p < parser->end && g_ascii_isdigit (*parser->p))
      parser->p++;
  else
    return fail (parser, PASSEND_ERROR_INVALID, "malformed number");

  if (parser->p < parser->end && *parser->p == '.')
    {
      integral = FALSE;
      parser->p++;
      if (parser->p >= parser->end || !g_ascii_isdigit (*parser->p))
        return fail (parser, PASSEND_ERROR_INVALID, "malformed number");
      while (parser->p < parser->end && g_ascii_isdigit (*parser->p))
        parser->p++;
    }

  if (parser->p < parser->end && (*parser->p == 'e' || *parser->p == 'E'))
    {
      integral = FALSE;
      parser->p++;
      if (parser->p < parser->end && (*parser->p == '+' || *parser->p == '-'))
        parser->p++;
      if (parser->p >= parser->end || !g_ascii_isdigit (*parser->p))
        return fail (parser, PASSEND_ERROR_INVALID, "malformed number");
      while (parser->p < parser->end && g_ascii_isdigit (*parser->p))
        parser->p++;
    }

  if ((gsize)(parser->p - start) >= sizeof buffer)
    {
      parser->p = start;
      return fail (parser, PASSEND_ERROR_INVALID, "number out of range");
    }

  memcpy (buffer, start, parser->p - start);
  buffer[parser->p - start] = '\0';
  value = g_ascii_strtod (buffer, &end);

  if (!isfinite (value) || fabs (value) > PASSEND_SAFE_JSON_MAX_NUMBER)
    {
      parser->p = start;
      return fail (parser, PASSEND_ERROR_INVALID, "number out of range");
    }

  if (!parser->build)
    return CHECKED;

  if (integral)
    return json_node_init_int (json_node_alloc (), (gint64)value);

  return json_node_init_double (json_node_alloc (), value);
}

static JsonNode *
parse_literal (Parser *parser, const char *word)
{
  gsize n = strlen (word);

  if ((gsize)(parser->end - parser->p) < n || memcmp (parser->p, word, n) != 0)
    return fail (parser, PASSEND_ERROR_INVALID, "unexpected character");

  parser->p += n;

  if (!parser->build)
    return CHECKED;

  if (word[0] == 'n')
    return json_node_init_null (json_node_alloc ());

  return json_node_init_boolean (json_node_alloc (), word[0] == 't');
}

/* The scratch string as a string of its own.  Escapes never give a NUL
 * (raw control characters and "\u0000" are refused), so the test is only
 * a guard for the C strings that follow. */
static char *
copy_scratch (Parser *parser)
{
  GString *scratch = parser->scratch;

  if (memchr (scratch->str, '\0', scratch->len) != NULL)
    {
      fail (parser, PASSEND_ERROR_INVALID, "NUL character inside a string");
      return NULL;
    }

  return g_memdup2 (scratch->str, scratch->len + 1);
}

/* Past this many members a streamed object's names go into a set:
 * comparing each new name with all before it would take quadratic time
 * on a hostile file. */
#define MEMBERS_SCANNED 16

static gboolean
is_new_member_name (Parser *parser, const char *name)
{
  GArray *members = parser->members;

  if (members->len < MEMBERS_SCANNED)
    {
      for (guint i = 0; i < members->len; i++)
        {
          gsize offset = GPOINTER_TO_SIZE (g_array_index (members, PassendJsonMember, i).name);
          const char *seen = parser->names->str + offset;

          /* The first byte settles most comparisons without a call. */
          if (seen[0] == name[0] && strcmp (seen, name) == 0)
            return FALSE;
        }
      return TRUE;
    }

  if (parser->name_set == NULL)
    parser->name_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (g_hash_table_size (parser->name_set) == 0)
    for (guint i = 0; i < members->len; i++)
      {
        gsize offset = GPOINTER_TO_SIZE (g_array_index (members, PassendJsonMember, i).name);

        g_hash_table_add (parser->name_set, g_strdup (parser->names->str + offset));
      }

  return g_hash_table_add (parser->name_set, g_strdup (name));
}

static void
clear_members (Parser *parser)
{
  for (guint i = 0; i < parser->members->len; i++)
    {
      PassendJsonMember *member = &g_array_index (parser->members, PassendJsonMember, i);

      g_free (member->string);
      g_clear_pointer (&member->node, json_node_unref);
    }
  g_array_set_size (parser->members, 0);
  g_string_truncate (parser->names, 0);
  if (parser->name_set != NULL)
    g_hash_table_remove_all (parser->name_set);
}

/* Reads an element of a streamed array that is an object into
 * parser->members instead of a JsonObject, so each string is copied
 * once, from the scratch buffer into the string the reader keeps. */
static gboolean
parse_streamed_object (Parser *parser)
{
  GArray *members = parser->members;

  parser->p++; /* { */
  skip_space (parser);

  if (parser->p < parser->end && *parser->p == '}')
    {
      parser->p++;
      return TRUE;
    }

  for (;;)
    {
      /* The name is kept as an offset until the names stop moving. */
      PassendJsonMember member = { NULL, NULL, NULL };

      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != '"')
        goto error;
      parser->p++;
      if (!_passend_safe_json_parse_string_into_scratch (parser))
        goto error;

      if (strlen (parser->scratch->str) != parser->scratch->len ||
          !is_new_member_name (parser, parser->scratch->str))
        {
          fail (parser, PASSEND_ERROR_INVALID, "duplicate or unusable member name");
          goto error;
        }
      member.name = GSIZE_TO_POINTER (parser->names->len);
      g_string_append_len (parser->names, parser->scratch->str, parser->scratch->len + 1);

      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != ':')
        goto error;
      parser->p++;
      skip_space (parser);

      if (parser->p < parser->end && *parser->p == '"')
        {
          parser->p++;
          if (!_passend_safe_json_parse_string_into_scratch (parser) ||
              (member.string = copy_scratch (parser)) == NULL)
            goto error;
        }
      else if ((member.node = parse_value (parser)) == NULL)
        goto error;
      g_array_append_val (members, member);

      skip_space (parser);
      if (parser->p < parser->end && *parser->p == ',')
        {
          parser->p++;
          continue;
        }
      if (parser->p < parser->end && *parser->p == '}')
        {
          parser->p++;
          break;
        }
      goto error;
    }

  for (guint i = 0; i < members->len; i++)
    {
      PassendJsonMember *member = &g_array_index (members, PassendJsonMember, i);

      member->name = parser->names->str + GPOINTER_TO_SIZE (member->name);
    }
  return TRUE;

error:
  fail (parser, PASSEND_ERROR_INVALID, "malformed object");
  return FALSE;
}

/* Reads one element of a streamed array and hands it on. */
static gboolean
stream_element (Parser *parser, const char *key, guint index)
{
  JsonNode *value;
  gboolean  ok;

  skip_space (parser);
  if (parser->p < parser->end && *parser->p == '{')
    {
      if (++parser->depth > PASSEND_SAFE_JSON_MAX_DEPTH)
        {
          fail (parser, PASSEND_ERROR_TOO_DEEP, "nested too deeply");
          return FALSE;
        }
      ok = parse_streamed_object (parser) &&
           parser->stream_func (key, index, NULL, (PassendJsonMember *)parser->members->data,
                                parser->members->len, parser->stream_data, parser->error);
      parser->depth--;
      clear_members (parser);
      return ok;
    }

  value = parse_value (parser);
  if (value == NULL)
    return FALSE;
  ok = parser->stream_func (key, index, value, NULL, 0, parser->stream_data, parser->error);
  json_node_unref (value);
  return ok;
}

static JsonNode *
parse_object (Parser *parser)
{
  JsonObject *object = NULL;
  JsonNode   *node = CHECKED;

  if (parser->build)
    {
      object = json_object_new ();
      node = json_node_init_object (json_node_alloc (), object);
      json_object_unref (object);
    }

  parser->p++; /* { */
  skip_space (parser);

  if (parser->p < parser->end && *parser->p == '}')
    {
      parser->p++;
      return node;
    }

  for (;;)
    {
      g_autofree char *name = NULL;
      JsonNode        *value;

      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != '"')
        goto error;
      parser->p++;
      if (!_passend_safe_json_parse_string_into_scratch (parser))
        goto error;

      name = parser->build ? g_strndup (parser->scratch->str, parser->scratch->len) : NULL;
      if (parser->build &&
          (json_object_has_member (object, name) || strlen (name) != parser->scratch->len))
        {
          fail (parser, PASSEND_ERROR_INVALID, "duplicate or unusable member name");
          goto error;
        }

      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != ':')
        goto error;
      parser->p++;

      parser->stream_key = NULL;
      if (parser->depth == 1 && parser->stream_func != NULL && name != NULL)
        for (guint k = 0; parser->stream_keys[k] != NULL; k++)
          if (g_str_equal (parser->stream_keys[k], name))
            parser->stream_key = parser->stream_keys[k];

      value = parse_value (parser);
      parser->stream_key = NULL;
      if (value == NULL)
        goto error;
      if (parser->build)
        json_object_set_member (object, name, value); /* it copies the name */

      skip_space (parser);
      if (parser->p < parser->end && *parser->p == ',')
        {
          parser->p++;
          continue;
        }
      if (parser->p < parser->end && *parser->p == '}')
        {
          parser->p++;
          return node;
        }
      goto error;
    }

error:
  fail (parser, PASSEND_ERROR_INVALID, "malformed object");
  if (parser->build)
    json_node_unref (node);
  return NULL;
}

static JsonNode *
parse_array (Parser *parser)
{
  JsonArray  *array = NULL;
  JsonNode   *node = CHECKED;
  const char *stream_key = parser->depth == 2 ? parser->stream_key : NULL;
  guint       index = 0;

  if (parser->build)
    {
      array = json_array_new ();
      node = json_node_init_array (json_node_alloc (), array);
      json_array_unref (array);
    }

  parser->p++; /* [ */
  skip_space (parser);

  if (parser->p < parser->end && *parser->p == ']')
    {
      parser->p++;
      return node;
    }

  for (;;)
    {
      if (stream_key != NULL)
        {
          if (!stream_element (parser, stream_key, index++))
            goto error;
        }
      else
        {
          JsonNode *value = parse_value (parser);

          if (value == NULL)
            goto error;
          if (parser->build)
            json_array_add_element (array, value);
        }

      skip_space (parser);
      if (parser->p < parser->end && *parser->p == ',')
        {
          parser->p++;
          continue;
        }
      if (parser->p < parser->end && *parser->p == ']')
        {
          parser->p++;
          return node;
        }
      goto error;
    }

error:
  fail (parser, PASSEND_ERROR_INVALID, "malformed array");
  if (parser->build)
    json_node_unref (node);
  return NULL;
}

static JsonNode *
parse_value (Parser *parser)
{
  JsonNode *node;

  skip_space (parser);
  if (parser->p >= parser->end)
    return fail (parser, PASSEND_ERROR_INVALID, "unexpected end");

  switch (*parser->p)
    {
    case '{':
    case '[':
      /* The limit is checked before descending, so the C stack never
       * holds more than PASSEND_SAFE_JSON_MAX_DEPTH frames. */
      if (++parser->depth > PASSEND_SAFE_JSON_MAX_DEPTH)
        return fail (parser, PASSEND_ERROR_TOO_DEEP, "nested too deeply");
      node = *parser->p == '{' ? parse_object (parser) : parse_array (parser);
      parser->depth--;
      return node;

    case '"':
      parser->p++;
      if (!_passend_safe_json_parse_string_into_scratch (parser))
        return NULL;
      if (!parser->build)
        return CHECKED;
      node = json_node_alloc ();
      json_node_init (node, JSON_NODE_VALUE);
      json_node_set_string (node, parser->scratch->str);
      if (strlen (parser->scratch->str) != parser->scratch->len)
        {
          json_node_unref (node);
          return fail (parser, PASSEND_ERROR_INVALID, "NUL character inside a string");
        }
      return node;

    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
      return parse_number (parser);

    case 't':
      return parse_literal (parser, "true");
    case 'f':
      return parse_literal (parser, "false");
    case 'n':
      return parse_literal (parser, "null");

    default:
      return fail (parser, PASSEND_ERROR_INVALID, "unexpected character");
    }
}

/**
 * passend_safe_json_parse:
 * @text: the bytes of a JSON document
 * @length: their number
 * @error: return location for an error
 *
 * Parses strict JSON, refusing what json-glib would not: nesting deeper
 * than %PASSEND_SAFE_JSON_MAX_DEPTH, invalid UTF-8, NUL characters
 * (raw or "\u0000"), unpaired surrogates, numbers that are not finite or
 * larger than %PASSEND_SAFE_JSON_MAX_NUMBER, and duplicate names.
 *
 * Returns: (transfer full): the root node, or %NULL with @error set
 */
static JsonNode *
parse_document (const char            *text,
                gsize                  length,
                gboolean               build,
                const char *const     *stream_keys,
                PassendJsonElementFunc stream_func,
                gpointer               stream_data,
                GError               **error)
{
  Parser    parser = { text,        text,        text + length, 0,    error, NULL, build,
                       stream_keys, stream_func, stream_data,   NULL, NULL,  NULL, NULL };
  JsonNode *root;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (length == 0)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "The file is empty");
      return NULL;
    }

  parser.scratch = g_string_sized_new (256);
  if (stream_func != NULL)
    {
      parser.members = g_array_new (FALSE, FALSE, sizeof (PassendJsonMember));
      parser.names = g_string_sized_new (256);
    }
  root = parse_value (&parser);
  g_string_free (parser.scratch, TRUE);
  if (stream_func != NULL)
    {
      clear_members (&parser);
      g_array_unref (parser.members);
      g_string_free (parser.names, TRUE);
      g_clear_pointer (&parser.name_set, g_hash_table_unref);
    }

  if (root == NULL)
    return NULL;

  skip_space (&parser);
  if (parser.p != parser.end)
    {
      if (build)
        json_node_unref (root);
      fail (&parser, PASSEND_ERROR_INVALID, "text after the end");
      return NULL;
    }

  return root;
}

JsonNode *
passend_safe_json_parse (const char *text, gsize length, GError **error)
{
  return parse_document (text, length, TRUE, NULL, NULL, NULL, error);
}

/**
 * passend_safe_json_parse_streaming:
 * @keys: (array zero-terminated=1): names of arrays in the top-level object
 * @func: gets each element of those arrays, as soon as it is read
 * @user_data: for @func
 *
 * Like passend_safe_json_parse(), but the elements of the named
 * top-level arrays are handed to @func one at a time and left out of
 * the tree, where those arrays stay empty.  A dossier is then never held
 * twice in memory, and each element is freed while it is still in the
 * cache.  An element that is an object comes as its members, in the
 * order of the text, with every check a JsonObject would get (names
 * unique and without NUL); @func may take their strings, so the text of
 * a record is copied once.  Anything else comes as a node (borrowed:
 * @func takes a reference to keep it).  When @func returns %FALSE, with
 * its error set, parsing stops.
 *
 * Returns: (transfer full): the rest of the tree, or %NULL with @error set
 */
JsonNode *
passend_safe_json_parse_streaming (const char            *text,
                                   gsize                  length,
                                   const char *const     *keys,
                                   PassendJsonElementFunc func,
                                   gpointer               user_data,
                                   GError               **error)
{
  return parse_document (text, length, TRUE, keys, func, user_data, error);
}

/**
 * passend_safe_json_check:
 * @text: the bytes of a JSON document
 * @length: their number
 * @error: return location for an error
 *
 * Applies every check of passend_safe_json_parse() without building a
 * tree; duplicate names are not looked for.
 *
 * Returns: %TRUE if passend_safe_json_parse() would accept @text
 */
gboolean
passend_safe_json_check (const char *text, gsize length, GError **error)
{
  return parse_document (text, length, FALSE, NULL, NULL, NULL, error) != NULL;
}
