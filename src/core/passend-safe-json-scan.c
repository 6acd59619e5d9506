/* passend-safe-json-scan.c - the strings of a JSON text: checked
 * UTF-8, escapes, and runs of plain text copied at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Most of a dossier is the text in its strings, so this is the reader's
 * hot loop; see passend-safe-json.c for what is refused and why.
 */
#define G_LOG_DOMAIN "passend-safe-json"

#include "config.h"

#include "passend-safe-json-private.h"
#include "passend-text.h"

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

/* g_string_append_len() checks for overlap and inserts; here the text
 * only ever goes to the end of a buffer it is not part of. */
static inline void
scratch_append (GString *out, const char *text, gsize length)
{
  gsize old_length = out->len;

  g_string_set_size (out, old_length + length);
  memcpy (out->str + old_length, text, length);
}

/* Goes up to the next quote, backslash or control character, checking
 * each multi-byte character on the way: one pass over the text.
 *
 * Returns: %FALSE if the text is not valid UTF-8 */
static gboolean
skip_plain_text (Parser *parser)
{
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

  return TRUE;
}

/* Decodes the \uXXXX escape at parser->p, or the pair of them that
 * makes a character beyond U+FFFF, into @out. */
static gboolean
parse_unicode_escape (Parser *parser, GString *out)
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
  return TRUE;
}

/* Decodes the escape at parser->p (a backslash) into @out. */
static gboolean
parse_escape (Parser *parser, GString *out)
{
  if (parser->end - parser->p < 2)
    {
      fail (parser, PASSEND_ERROR_INVALID, "unterminated string");
      return FALSE;
    }

  switch (parser->p[1])
    {
    case '"':
      g_string_append_c (out, '"');
      break;
    case '\\':
      g_string_append_c (out, '\\');
      break;
    case '/':
      g_string_append_c (out, '/');
      break;
    case 'b':
      g_string_append_c (out, '\b');
      break;
    case 'f':
      g_string_append_c (out, '\f');
      break;
    case 'n':
      g_string_append_c (out, '\n');
      break;
    case 'r':
      g_string_append_c (out, '\r');
      break;
    case 't':
      g_string_append_c (out, '\t');
      break;
    case 'u':
      return parse_unicode_escape (parser, out);
    default:
      fail (parser, PASSEND_ERROR_INVALID, "unknown escape sequence");
      return FALSE;
    }

  parser->p += 2;
  return TRUE;
}

/* Reads a string after its opening quote into parser->scratch. */
gboolean
_passend_safe_json_parse_string_into_scratch (Parser *parser)
{
  GString *out = parser->scratch;

  g_string_truncate (out, 0);

  /* Escapes are decoded into @out in both modes: they are rare, and the
   * checks on them (NUL, surrogates) are the same. */

  for (;;)
    {
      const char *run = parser->p;

      if (!skip_plain_text (parser))
        return FALSE;

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
      if (!parse_escape (parser, out))
        return FALSE;
    }
}
