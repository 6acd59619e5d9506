/* passend-text.c - text folded for searching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A parent types "zorgcoordinator" and expects to find "zorgcoördinator";
 * "Ruimte" should find "ruimte".  Folding decomposes each character (NFD),
 * drops the combining marks and folds case.  Most Dutch text is ASCII,
 * so ASCII bytes take a fast path, eight at a time; the accented
 * letters come from a table made once, and only rarer characters go
 * through the Unicode tables each time.
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

/* The folded form of every two-byte character (U+0080 to U+07FF: the
 * accented letters of Dutch and its neighbours), made once by
 * fold_char(), so that folding a text asks the Unicode tables only for
 * rarer characters. */
#define TWO_BYTE_FIRST 0x80
#define TWO_BYTE_LAST 0x7FF
#define FOLDED_MAX 7

typedef struct
{
  guint8 length; /* 0: folds to nothing; FOLDED_MAX + 1: too long here */
  char   bytes[FOLDED_MAX];
} Folded;

static const Folded *
two_byte_table (void)
{
  static Folded *table;

  if (g_once_init_enter (&table))
    {
      Folded  *made = g_new0 (Folded, TWO_BYTE_LAST - TWO_BYTE_FIRST + 1);
      GString *out = g_string_new (NULL);

      for (gunichar ch = TWO_BYTE_FIRST; ch <= TWO_BYTE_LAST; ch++)
        {
          Folded *folded = &made[ch - TWO_BYTE_FIRST];

          g_string_truncate (out, 0);
          fold_char (out, ch);
          folded->length = out->len <= FOLDED_MAX ? out->len : FOLDED_MAX + 1;
          if (out->len <= FOLDED_MAX)
            memcpy (folded->bytes, out->str, out->len);
        }
      g_string_free (out, TRUE);
      g_once_init_leave (&table, made);
    }
  return table;
}

/* Appends @n ASCII bytes in lower case, eight at a time: a byte from
 * 'A' to 'Z' gains 0x20. */
static void
append_ascii_lower (GString *out, const guchar *p, gsize n)
{
  gsize old_length = out->len;
  char *to;
  gsize i = 0;

  g_string_set_size (out, old_length + n);
  to = out->str + old_length;

  for (; i + 8 <= n; i += 8)
    {
      guint64 word, at_least_a, above_z;

      memcpy (&word, p + i, 8);
      at_least_a = word + G_GUINT64_CONSTANT (0x3f3f3f3f3f3f3f3f); /* 0x80 - 'A' */
      above_z = word + G_GUINT64_CONSTANT (0x2525252525252525);    /* 0x80 - 'Z' - 1 */
      word |= ((at_least_a & ~above_z) & G_GUINT64_CONSTANT (0x8080808080808080)) >> 2;
      memcpy (to + i, &word, 8);
    }
  for (; i < n; i++)
    to[i] = g_ascii_tolower (p[i]);
}

/* How many of the @n bytes from @p on are ASCII, eight at a time. */
static gsize
ascii_run (const guchar *p, gsize n)
{
  gsize i = 0;

  for (; i + 8 <= n; i += 8)
    {
      guint64 word;

      memcpy (&word, p + i, 8);
      if (word & G_GUINT64_CONSTANT (0x8080808080808080))
        break;
    }
  while (i < n && p[i] < 0x80)
    i++;
  return i;
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
  const guchar *end = p + strlen (text);
  const Folded *table = NULL;

  while (p < end)
    {
      gsize run = ascii_run (p, end - p);

      if (run > 0)
        {
          append_ascii_lower (out, p, run);
          p += run;
          continue;
        }

      if (*p >= 0xC2 && *p <= 0xDF && end - p >= 2)
        {
          gunichar      ch = ((gunichar)(*p & 0x1F) << 6) | (p[1] & 0x3F);
          const Folded *folded;

          if (table == NULL)
            table = two_byte_table ();
          folded = &table[ch - TWO_BYTE_FIRST];
          if (folded->length <= FOLDED_MAX)
            {
              g_string_append_len (out, folded->bytes, folded->length);
              p += 2;
              continue;
            }
        }

      fold_char (out, g_utf8_get_char ((const char *)p));
      p = (const guchar *)g_utf8_next_char (p);
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
