/* passend-safe-json.c - parse JSON that nobody vouches for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib 1.6 recurses once per nesting level and trusts the numbers
 * and escapes it reads.  A file of 100,000 opening brackets crashes it,
 * "\u0000" silently cuts a string short and "1e999" becomes infinity.
 * So every text is first walked by the small scanner below, which knows
 * just enough JSON to find those dangers, and only then handed over.
 *
 * Error messages name positions, never content: the text is a parent's
 * private record.
 */
#define G_LOG_DOMAIN "passend-safe-json"

#include "config.h"

#include <math.h>
#include <string.h>

#include "passend-error.h"
#include "passend-safe-json.h"

static gboolean
fail (GError     **error,
      PassendError code,
      gsize        offset,
      const char  *what)
{
  g_set_error (error, PASSEND_ERROR, code,
               "Byte %" G_GSIZE_FORMAT ": %s", offset, what);
  return FALSE;
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

/* Reads the four hex digits after "\u" at @p; returns -1 if they are not
 * there. */
static gint32
read_u_escape (const char *p,
               const char *end)
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

/* @p points after the opening quote.  Returns the position after the
 * closing quote, or NULL with @error set. */
static const char *
scan_string (const char  *start,
             const char  *p,
             const char  *end,
             GError     **error)
{
  while (p < end)
    {
      guchar c = (guchar) *p;

      if (c == '"')
        return p + 1;

      if (c < 0x20)
        {
          fail (error, PASSEND_ERROR_INVALID, p - start,
                "control character inside a string");
          return NULL;
        }

      if (c != '\\')
        {
          p++;
          continue;
        }

      if (end - p < 2)
        break;

      switch (p[1])
        {
        case '"': case '\\': case '/': case 'b':
        case 'f': case 'n': case 'r': case 't':
          p += 2;
          break;

        case 'u':
          {
            gint32 unit = read_u_escape (p + 2, end);

            if (unit < 0)
              {
                fail (error, PASSEND_ERROR_INVALID, p - start,
                      "malformed \\u escape");
                return NULL;
              }
            if (unit == 0)
              {
                fail (error, PASSEND_ERROR_INVALID, p - start,
                      "NUL character inside a string");
                return NULL;
              }
            if (unit >= 0xDC00 && unit <= 0xDFFF)
              {
                fail (error, PASSEND_ERROR_INVALID, p - start,
                      "lone low surrogate");
                return NULL;
              }
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                gint32 low;

                if (end - p < 12 || p[6] != '\\' || p[7] != 'u' ||
                    (low = read_u_escape (p + 8, end)) < 0xDC00 ||
                    low > 0xDFFF)
                  {
                    fail (error, PASSEND_ERROR_INVALID, p - start,
                          "lone high surrogate");
                    return NULL;
                  }
                p += 12;
              }
            else
              p += 6;
          }
          break;

        default:
          fail (error, PASSEND_ERROR_INVALID, p - start,
                "unknown escape sequence");
          return NULL;
        }
    }

  fail (error, PASSEND_ERROR_INVALID, end - start, "unterminated string");
  return NULL;
}

/* Returns the position after the number, or NULL with @error set. */
static const char *
scan_number (const char  *start,
             const char  *p,
             const char  *end,
             GError     **error)
{
  const char *q = p;
  char buffer[64];
  double value;
  char *parsed_end = NULL;

  while (q < end && strchr ("0123456789+-.eE", *q) != NULL)
    q++;

  if ((gsize) (q - p) >= sizeof buffer)
    {
      fail (error, PASSEND_ERROR_INVALID, p - start, "number too long");
      return NULL;
    }

  memcpy (buffer, p, q - p);
  buffer[q - p] = '\0';
  value = g_ascii_strtod (buffer, &parsed_end);

  if (parsed_end == buffer || *parsed_end != '\0')
    {
      fail (error, PASSEND_ERROR_INVALID, p - start, "malformed number");
      return NULL;
    }

  if (!isfinite (value) || fabs (value) > PASSEND_SAFE_JSON_MAX_NUMBER)
    {
      fail (error, PASSEND_ERROR_INVALID, p - start, "number out of range");
      return NULL;
    }

  return q;
}

/**
 * passend_safe_json_check:
 * @text: the bytes of a JSON document
 * @length: their number
 * @error: return location for an error
 *
 * Checks the dangers json-glib does not: the text must be UTF-8 without
 * NUL bytes, nest at most %PASSEND_SAFE_JSON_MAX_DEPTH levels, hold no
 * "\u0000" or unpaired surrogate escapes and no number that is not finite
 * or larger than %PASSEND_SAFE_JSON_MAX_NUMBER.  The rest of the grammar
 * is left to json-glib.
 *
 * Returns: %TRUE if the text may be handed to json-glib
 */
gboolean
passend_safe_json_check (const char  *text,
                         gsize        length,
                         GError     **error)
{
  const char *p = text;
  const char *end = text + length;
  guint depth = 0;

  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  if (length > G_MAXSSIZE)
    return fail (error, PASSEND_ERROR_TOO_LARGE, 0, "text too large");

  if (!g_utf8_validate_len (text, length, &p))
    return fail (error, PASSEND_ERROR_INVALID, p - text,
                 "not valid UTF-8 (or a NUL byte)");

  p = text;
  while (p < end)
    {
      switch (*p)
        {
        case '{':
        case '[':
          if (++depth > PASSEND_SAFE_JSON_MAX_DEPTH)
            return fail (error, PASSEND_ERROR_TOO_DEEP, p - text,
                         "nested too deeply");
          p++;
          break;

        case '}':
        case ']':
          if (depth == 0)
            return fail (error, PASSEND_ERROR_INVALID, p - text,
                         "unbalanced bracket");
          depth--;
          p++;
          break;

        case '"':
          p = scan_string (text, p + 1, end, error);
          if (p == NULL)
            return FALSE;
          break;

        case '-':
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          p = scan_number (text, p, end, error);
          if (p == NULL)
            return FALSE;
          break;

        default:
          p++;
          break;
        }
    }

  if (depth != 0)
    return fail (error, PASSEND_ERROR_INVALID, length, "unclosed bracket");

  return TRUE;
}

/**
 * passend_safe_json_parse:
 * @text: the bytes of a JSON document
 * @length: their number
 * @error: return location for an error
 *
 * Checks @text with passend_safe_json_check() and parses it.
 *
 * Returns: (transfer full): the root node, or %NULL with @error set
 */
JsonNode *
passend_safe_json_parse (const char  *text,
                         gsize        length,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!passend_safe_json_check (text, length, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, text, length, &local_error))
    {
      /* json-glib's messages quote the offending token, which may be a
       * parent's words; keep only where it happened. */
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                   "Not valid JSON (parser error %d)", local_error->code);
      return NULL;
    }

  root = json_parser_steal_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "The file is empty");
      return NULL;
    }

  return root;
}
