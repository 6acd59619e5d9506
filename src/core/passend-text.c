/* passend-text.c - text folded for searching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A parent types "zorgcoordinator" and expects to find "zorgcoördinator";
 * "Ruimte" should find "ruimte".  Folding decomposes each character (NFD),
 * drops the combining marks and folds case.  Most Dutch text is ASCII,
 * so ASCII bytes take a fast path; only other characters go through the
 * Unicode tables.
 */
#include "config.h"

#include <string.h>

#include "passend-text.h"

/**
 * passend_text_utf8_char_length:
 * @text: the first byte of a character that is not ASCII
 * @available: how many bytes there are from @text on
 *
 * Checks one UTF-8 character as g_utf8_validate() would (no overlong
 * forms, no surrogates, nothing above U+10FFFF; Unicode table 3-7),
 * without a call per character into GLib.
 *
 * Returns: the character's length in bytes, or 0 if it is not valid
 */
gsize
passend_text_utf8_char_length (const char *text, gsize available)
{
  const guchar *s = (const guchar *)text;
  guchar        lo = 0x80, hi = 0xBF;
  gsize         n;

  if (available == 0)
    return 0;

  if (s[0] >= 0xC2 && s[0] <= 0xDF)
    n = 2;
  else if (s[0] >= 0xE0 && s[0] <= 0xEF)
    {
      n = 3;
      if (s[0] == 0xE0)
        lo = 0xA0; /* overlong */
      else if (s[0] == 0xED)
        hi = 0x9F; /* surrogates */
    }
  else if (s[0] >= 0xF0 && s[0] <= 0xF4)
    {
      n = 4;
      if (s[0] == 0xF0)
        lo = 0x90; /* overlong */
      else if (s[0] == 0xF4)
        hi = 0x8F; /* above U+10FFFF */
    }
  else
    return 0;

  if (available < n || s[1] < lo || s[1] > hi)
    return 0;
  for (gsize i = 2; i < n; i++)
    if (s[i] < 0x80 || s[i] > 0xBF)
      return 0;

  return n;
}

/**
 * passend_text_validate:
 * @text: bytes
 * @length: their number, or -1 when @text ends with a NUL
 *
 * g_utf8_validate() with a fast path: plain ASCII is checked eight
 * bytes at a time, and most of a Dutch dossier is plain ASCII.  With a
 * @length, a NUL byte inside it is invalid.
 *
 * Returns: %TRUE if @text is valid UTF-8
 */
gboolean
passend_text_validate (const char *text, gssize length)
{
  gsize n = length < 0 ? strlen (text) : (gsize)length;
  gsize i = 0;

  for (;;)
    {
      while (i + 8 <= n)
        {
          guint64 word;

          memcpy (&word, text + i, 8);
          /* Any byte >= 0x80, or any zero byte. */
          if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) ||
              ((word - G_GUINT64_CONSTANT (0x0101010101010101)) & ~word &
               G_GUINT64_CONSTANT (0x8080808080808080)))
            break;
          i += 8;
        }

      while (i < n && (guchar)text[i] < 0x80 && text[i] != '\0')
        i++;

      if (i == n)
        return TRUE;

      if (text[i] == '\0')
        return FALSE;

      {
        /* Validate one non-ASCII character, then go back to the fast path. */
        gsize step = passend_text_utf8_char_length (text + i, n - i);

        if (step == 0)
          return FALSE;
        i += step;
      }
    }
}

static void
fold_char (GString *out, gunichar ch)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize    n = g_unichar_fully_decompose (ch, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  char     buffer[8 * G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize    used = 0;

  for (gsize i = 0; i < n; i++)
    {
      GUnicodeType type = g_unichar_type (decomposed[i]);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;

      used += g_unichar_to_utf8 (decomposed[i], buffer + used);
    }

  if (used > 0)
    {
      g_autofree char *folded = g_utf8_casefold (buffer, used);

      g_string_append (out, folded);
    }
}

/**
 * passend_text_fold_append:
 * @out: where the folded text goes
 * @text: valid UTF-8
 */
void
passend_text_fold_append (GString *out, const char *text)
{
  const guchar *p = (const guchar *)text;

  while (*p != '\0')
    {
      if (*p < 0x80)
        {
          g_string_append_c (out, g_ascii_tolower (*p));
          p++;
        }
      else
        {
          fold_char (out, g_utf8_get_char ((const char *)p));
          p = (const guchar *)g_utf8_next_char (p);
        }
    }
}

/**
 * passend_text_fold:
 * @text: (nullable): valid UTF-8
 *
 * Returns: (transfer full): @text without accents and in lower case
 */
char *
passend_text_fold (const char *text)
{
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (text));
  passend_text_fold_append (out, text);
  return g_string_free (out, FALSE);
}

/**
 * passend_text_has_content:
 * @text: (nullable): UTF-8 text
 *
 * Returns: whether @text holds anything but white space
 */
gboolean
passend_text_has_content (const char *text)
{
  if (text == NULL)
    return FALSE;

  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return TRUE;

  return FALSE;
}
