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
