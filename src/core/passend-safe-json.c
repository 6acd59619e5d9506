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

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "passend-error.h"
#include "passend-safe-json.h"
#include "passend-text.h"

typedef struct
{
  const char *start;
  const char *p;
  const char *end;
  guint       depth;
  GError    **error;
  GString    *scratch;
  gboolean    build; /* FALSE: only check, allocate nothing */

  /* Elements of the top-level arrays named in stream_keys go to
   * stream_func one by one instead of into the tree. */
  const char *const     *stream_keys;
  PassendJsonElementFunc stream_func;
  gpointer               stream_data;
  const char            *stream_key; /* the array being streamed */

  /* The members of the streamed object being read: their names, one
   * after the other with their NULs, and past a few members a set of
   * them to find a duplicate at once. */
  GArray     *members;
  GString    *names;
  GHashTable *name_set;
} Parser;

/* What parse_value() returns in check-only mode. */
static char checked_sentinel;
#define CHECKED ((JsonNode *)&checked_sentinel)

static JsonNode *parse_value (Parser *parser);

static JsonNode *
fail (Parser *parser, PassendError code, const char *what)
{
  if (parser->error != NULL && *parser->error == NULL)
    g_set_error (parser->error, PASSEND_ERROR, code, "Byte %" G_GSIZE_FORMAT ": %s",
                 (gsize)(parser->p - parser->start), what);
  return NULL;
}

static void
skip_space (Parser *parser)
{
  while (parser->p < parser->end &&
         (*parser->p == ' ' || *parser->p == '\n' || *parser->p == '\r' || *parser->p == '\t'))
    parser->p++;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gint32
read_hex4 (const char *p, const char *end)
{
  gint32 value = 0;

  if (end - p < 4)
    return -1;

  for (int i = 0; i < 4; i++)
    {
      int h = hex_value (p[i]);

      if (h < 0)
        return -1;
      value = (value << 4) | h;
    }

  return value;
}

#ifdef __SSE2__
/* The same as special_bytes() for 16 bytes, with SSE2 (every x86-64 has
 * it): bit i of the result is set when byte i needs a closer look. */
static inline guint
special_bytes_16 (const char *p, gboolean allow_high)
{
  __m128i v = _mm_loadu_si128 ((const __m128i *)p);
  __m128i low = _mm_set1_epi8 (0x1f);
  /* v <= 0x1f, unsigned: max (v, 0x1f) is 0x1f. */
  __m128i special = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('"')),
                                                _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\\'))),
                                  _mm_cmpeq_epi8 (_mm_max_epu8 (v, low), low));
  guint   mask = (guint)_mm_movemask_epi8 (special);

  if (!allow_high)
    mask |= (guint)_mm_movemask_epi8 (v);

  return mask;
}
#endif

/* Looks at the 8 bytes at @p for those that need a closer look in a
 * string: a quote, backslash or control character, and with !@allow_high
 * any byte of a multi-byte UTF-8 character.  Most of a dossier is plain
 * text, so strings go by eight bytes at a time.
 *
 * Returns: 0 if there is none, else a mask with bit 7 of the first such
 *   byte set (higher bits may be set falsely: borrows) */
static inline guint64
special_bytes (const char *p, gboolean allow_high)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64       w, q, b, special;

  memcpy (&w, p, 8);
  q = w ^ (ones * '"');
  b = w ^ (ones * '\\');
  /* A zero byte in q or b, or a byte below 0x20 in w. */
  special = ((q - ones) & ~q) | ((b - ones) & ~b) | ((w - ones * 0x20) & ~w);
  if (!allow_high)
    special |= w;

  return special & highs;
}

/* How many plain bytes come before the first special one in a nonzero
 * special_bytes() mask: the lowest bit is exact, borrows only go up. */
static inline gsize
plain_prefix (guint64 special)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN && defined(__GNUC__)
  return __builtin_ctzll (special) / 8;
#else
  return 0; /* byte by byte from here */
#endif
}

/* g_string_append_len() checks for overlap and inserts; here the text
 * only ever goes to the end of a buffer it is not part of. */
static inline void
scratch_append (GString *out, const char *text, gsize length)
{
  gsize old_length = out->len;

  g_string_set_size (out, old_length + length);
  memcpy (out->str + old_length, text, length);
}

/* How many of the @n bytes at @p need no closer look (see
 * special_bytes()), counted a block at a time: a tail shorter than a
 * block, and the bytes after a special one, are left to the caller. */
static inline gsize
plain_run (const char *p, gsize n, gboolean allow_high)
{
  gsize i = 0;

#ifdef __SSE2__
  while (n - i >= 16)
    {
      guint special = special_bytes_16 (p + i, allow_high);

      if (special != 0)
        return i + (gsize)__builtin_ctz (special);
      i += 16;
    }
#endif

  while (n - i >= 8)
    {
      guint64 special = special_bytes (p + i, allow_high);

      if (special != 0)
        return i + plain_prefix (special);
      i += 8;
    }

  return i;
}

/* Reads a string after its opening quote into parser->scratch. */
static gboolean
parse_string_into_scratch (Parser *parser)
{
  GString *out = parser->scratch;

  g_string_truncate (out, 0);

  /* Escapes are decoded into @out in both modes: they are rare, and the
   * checks on them (NUL, surrogates) are the same. */

  for (;;)
    {
      const char *run = parser->p;

      /* Up to the next quote, backslash or control character, checking
       * each multi-byte character on the way: one pass over the text. */
      while (parser->p < parser->end)
        {
          guchar c;
          gsize  n;

          parser->p += plain_run (parser->p, parser->end - parser->p, FALSE);
          if (parser->p >= parser->end)
            break;

          c = (guchar)*parser->p;
          if (c < 0x80)
            {
              if (c == '"' || c == '\\' || c < 0x20)
                break;
              parser->p++;
              continue;
            }

          /* Two-byte characters (é, ö, ï) are most of Dutch text's. */
          if (c >= 0xC2 && c <= 0xDF && parser->end - parser->p >= 2 &&
              ((guchar)parser->p[1] & 0xC0) == 0x80)
            {
              parser->p += 2;
              continue;
            }

          n = passend_text_utf8_char_length (parser->p, parser->end - parser->p);
          if (n == 0)
            {
              fail (parser, PASSEND_ERROR_INVALID, "not valid UTF-8");
              return FALSE;
            }
          parser->p += n;
        }

      if (parser->p > run && parser->build)
        scratch_append (out, run, parser->p - run);

      if (parser->p >= parser->end)
        {
          fail (parser, PASSEND_ERROR_INVALID, "unterminated string");
          return FALSE;
        }

      if (*parser->p == '"')
        {
          parser->p++;
          return TRUE;
        }

      if ((guchar)*parser->p < 0x20)
        {
          fail (parser, PASSEND_ERROR_INVALID, "control character inside a string");
          return FALSE;
        }

      /* A backslash. */
      if (parser->end - parser->p < 2)
        {
          fail (parser, PASSEND_ERROR_INVALID, "unterminated string");
          return FALSE;
        }

      switch (parser->p[1])
        {
        case '"':
          g_string_append_c (out, '"');
          parser->p += 2;
          break;
        case '\\':
          g_string_append_c (out, '\\');
          parser->p += 2;
          break;
        case '/':
          g_string_append_c (out, '/');
          parser->p += 2;
          break;
        case 'b':
          g_string_append_c (out, '\b');
          parser->p += 2;
          break;
        case 'f':
          g_string_append_c (out, '\f');
          parser->p += 2;
          break;
        case 'n':
          g_string_append_c (out, '\n');
          parser->p += 2;
          break;
        case 'r':
          g_string_append_c (out, '\r');
          parser->p += 2;
          break;
        case 't':
          g_string_append_c (out, '\t');
          parser->p += 2;
          break;
        case 'u':
          {
            gint32   unit = read_hex4 (parser->p + 2, parser->end);
            gunichar ch;

            if (unit < 0)
              {
                fail (parser, PASSEND_ERROR_INVALID, "malformed \\u escape");
                return FALSE;
              }
            if (unit == 0)
              {
                fail (parser, PASSEND_ERROR_INVALID, "NUL character inside a string");
                return FALSE;
              }
            if (unit >= 0xDC00 && unit <= 0xDFFF)
              {
                fail (parser, PASSEND_ERROR_INVALID, "lone low surrogate");
                return FALSE;
              }
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                gint32 low = -1;

                if (parser->end - parser->p >= 12 && parser->p[6] == '\\' && parser->p[7] == 'u')
                  low = read_hex4 (parser->p + 8, parser->end);

                if (low < 0xDC00 || low > 0xDFFF)
                  {
                    fail (parser, PASSEND_ERROR_INVALID, "lone high surrogate");
                    return FALSE;
                  }
                ch = 0x10000 + (((gunichar)unit - 0xD800) << 10) + ((gunichar)low - 0xDC00);
                parser->p += 12;
              }
            else
              {
                ch = (gunichar)unit;
                parser->p += 6;
              }
            g_string_append_unichar (out, ch);
          }
          break;
        default:
          fail (parser, PASSEND_ERROR_INVALID, "unknown escape sequence");
          return FALSE;
        }
    }
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
      if (!parse_string_into_scratch (parser))
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
          if (!parse_string_into_scratch (parser) ||
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
      if (!parse_string_into_scratch (parser))
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
      if (!parse_string_into_scratch (parser))
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

/* Writing */

static const char hex_digits[] = "0123456789abcdef";

/**
 * passend_safe_json_write_string:
 * @out: where the JSON goes
 * @s: valid UTF-8
 *
 * Appends @s as a quoted JSON string.
 */
void
passend_safe_json_write_string (GString *out, const char *s)
{
  gsize n = strlen (s);
  gsize start = out->len;
  gsize i = 0;
  char *d;

  /* Room for the worst case, every byte a six-byte escape, so that the
   * loop writes straight into the buffer, a run of plain bytes at a
   * time; the room left over is given back below.  Room never written
   * to costs no memory. */
  g_string_set_size (out, start + 6 * n + 2);
  d = out->str + start;
  *d++ = '"';

  while (i < n)
    {
      guchar c;

      gsize plain = plain_run (s + i, n - i, TRUE);

      memcpy (d, s + i, plain);
      d += plain;
      i += plain;
      if (i >= n)
        break;

      c = (guchar)s[i++];
      if (c >= 0x20 && c != '"' && c != '\\')
        {
          *d++ = (char)c;
          continue;
        }

      *d++ = '\\';
      switch (c)
        {
        case '"':
          *d++ = '"';
          break;
        case '\\':
          *d++ = '\\';
          break;
        case '\n':
          *d++ = 'n';
          break;
        case '\t':
          *d++ = 't';
          break;
        case '\r':
          *d++ = 'r';
          break;
        case '\b':
          *d++ = 'b';
          break;
        case '\f':
          *d++ = 'f';
          break;
        default:
          *d++ = 'u';
          *d++ = '0';
          *d++ = '0';
          *d++ = hex_digits[c >> 4];
          *d++ = hex_digits[c & 0xf];
          break;
        }
    }

  *d++ = '"';
  g_string_truncate (out, d - out->str);
}

static void
write_indent (GString *out, guint level)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < level; i++)
    g_string_append_c (out, '\t');
}

/**
 * passend_safe_json_write_member:
 * @out: where the JSON goes
 * @level: the nesting level of the object
 * @first: (inout): %TRUE before the object's first member
 * @name: the member's name
 *
 * Starts a member of an object opened with "{": the comma before it,
 * the line and indent, and the name.  The caller writes the value and,
 * after the last member, passend_safe_json_write_close().
 */
void
passend_safe_json_write_member (GString *out, guint level, gboolean *first, const char *name)
{
  if (!*first)
    g_string_append_c (out, ',');
  *first = FALSE;
  write_indent (out, level + 1);
  passend_safe_json_write_string (out, name);
  g_string_append (out, ": ");
}

/**
 * passend_safe_json_write_close:
 * @empty: %TRUE if the object or array had no members
 * @bracket: '}' or ']'
 */
void
passend_safe_json_write_close (GString *out, guint level, gboolean empty, char bracket)
{
  if (!empty)
    write_indent (out, level);
  g_string_append_c (out, bracket);
}

/**
 * passend_safe_json_write_element:
 * @first: (inout): %TRUE before the array's first element
 *
 * Starts an element of an array opened with "[".
 */
void
passend_safe_json_write_element (GString *out, guint level, gboolean *first)
{
  if (!*first)
    g_string_append_c (out, ',');
  *first = FALSE;
  write_indent (out, level + 1);
}

/**
 * passend_safe_json_write_node:
 * @node: a tree whose strings are valid UTF-8
 * @level: the nesting level @node is written at
 */
void
passend_safe_json_write_node (GString *out, JsonNode *node, guint level)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        GList      *names = json_object_get_members (object);
        gboolean    first = TRUE;

        g_string_append_c (out, '{');
        for (GList *l = names; l != NULL; l = l->next)
          {
            passend_safe_json_write_member (out, level, &first, l->data);
            passend_safe_json_write_node (out, json_object_get_member (object, l->data), level + 1);
          }
        passend_safe_json_write_close (out, level, first, '}');
        g_list_free (names);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint      n = json_array_get_length (array);
        gboolean   first = TRUE;

        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            passend_safe_json_write_element (out, level, &first);
            passend_safe_json_write_node (out, json_array_get_element (array, i), level + 1);
          }
        passend_safe_json_write_close (out, level, first, ']');
      }
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          passend_safe_json_write_string (out, json_node_get_string (node));
          break;
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          {
            char buffer[G_ASCII_DTOSTR_BUF_SIZE];

            g_string_append (out,
                             g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
          }
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        default:
          g_string_append (out, "null");
          break;
        }
      break;

    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
      break;
    }
}

/**
 * passend_safe_json_write:
 * @root: a tree whose strings are valid UTF-8
 * @size_hint: the expected length, such as that of the last save, or 0
 * @length: (out): the length of the text
 *
 * Writes @root as JSON, indented with tabs, ending with a newline.
 * A good @size_hint spares copying the text as it grows.
 *
 * Returns: (transfer full): the text
 */
char *
passend_safe_json_write (JsonNode *root, gsize size_hint, gsize *length)
{
  GString *out = g_string_sized_new (MAX (size_hint + size_hint / 8, 64 * 1024));

  passend_safe_json_write_node (out, root, 0);
  g_string_append_c (out, '\n');
  *length = out->len;
  return g_string_free (out, FALSE);
}
