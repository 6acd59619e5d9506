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
passend_text_validate (const char *text,
                       gssize      length)
{
  gsize n = length < 0 ? strlen (text) : (gsize) length;
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

      while (i < n && (guchar) text[i] < 0x80 && text[i] != '\0')
        i++;

      if (i == n)
        return TRUE;

      if (text[i] == '\0')
        return FALSE;

      {
        /* Validate one non-ASCII character, then go back to the fast path. */
        const char *end = NULL;
        gsize step = MIN (n - i, (gsize) 4);

        g_utf8_validate_len (text + i, step, &end);
        if (end == text + i)
          return FALSE;
        i = end - text;
      }
    }
}

static void
fold_char (GString  *out,
           gunichar  ch)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose (ch, FALSE, decomposed,
                                       G_N_ELEMENTS (decomposed));
  char buffer[8 * G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize used = 0;

  for (gsize i = 0; i < n; i++)
    {
      GUnicodeType type = g_unichar_type (decomposed[i]);

      if (type == G_UNICODE_NON_SPACING_MARK ||
          type == G_UNICODE_SPACING_MARK ||
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
passend_text_fold_append (GString    *out,
                          const char *text)
{
  const guchar *p = (const guchar *) text;

  while (*p != '\0')
    {
      if (*p < 0x80)
        {
          g_string_append_c (out, g_ascii_tolower (*p));
          p++;
        }
      else
        {
          fold_char (out, g_utf8_get_char ((const char *) p));
          p = (const guchar *) g_utf8_next_char (p);
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
