/* test-text.c - text folded for searching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * passend_text_fold() takes shortcuts (ASCII eight bytes at a time, the
 * accented letters from a table); each result is compared with folding
 * done the plain way, one character at a time with GLib's tables.
 */
#include "config.h"

#include <string.h>

#include "passend-text.h"

/* The plain way: ASCII in lower case; any other character decomposed,
 * its marks dropped and its case folded. */
static void
reference_fold_char (GString *out, gunichar ch)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  GString *kept = g_string_new (NULL);
  gsize    n;

  if (ch < 0x80)
    {
      g_string_append_c (out, g_ascii_tolower ((char)ch));
      g_string_free (kept, TRUE);
      return;
    }

  n = g_unichar_fully_decompose (ch, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  for (gsize i = 0; i < n; i++)
    {
      GUnicodeType type = g_unichar_type (decomposed[i]);

      if (type != G_UNICODE_NON_SPACING_MARK && type != G_UNICODE_SPACING_MARK &&
          type != G_UNICODE_ENCLOSING_MARK)
        g_string_append_unichar (kept, decomposed[i]);
    }
  if (kept->len > 0)
    {
      g_autofree char *folded = g_utf8_casefold (kept->str, kept->len);

      g_string_append (out, folded);
    }
  g_string_free (kept, TRUE);
}

static char *
reference_fold (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    reference_fold_char (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

static void
assert_folds_as_reference (const char *text)
{
  g_autofree char *folded = passend_text_fold (text);
  g_autofree char *expected = reference_fold (text);

  g_assert_cmpstr (folded, ==, expected);
}

/* Every character of the first plane, and a sample of the others,
 * alone and between ASCII letters that a shortcut must not change. */
static void
test_fold_every_character (void)
{
  for (gunichar ch = 1; ch <= 0x10FFFF; ch += ch < 0x10000 ? 1 : 97)
    {
      char one[8] = { 0 };
      char text[32];

      if (ch >= 0xD800 && ch <= 0xDFFF)
        continue;
      g_unichar_to_utf8 (ch, one);
      assert_folds_as_reference (one);
      g_snprintf (text, sizeof text, "Az%sZa@[`{", one);
      assert_folds_as_reference (text);
    }
}

/* Random texts of ASCII around the letters' edges and characters of
 * every length, so that runs start and end at every place in a word of
 * eight bytes. */
static void
test_fold_mixed_texts (void)
{
  static const char *const pieces[] = {
    "A", "Z", "a", "z", "@", "[", "`", "{", "0", " ", "\n", "M",
    "é", "Ë", "ß", "İ", "ŉ", "Ø", "€", "’", "ﬁ", "Å", "😀",  "ǅ",
  };
  GRand *rand = g_rand_new_with_seed (15);

  for (guint round = 0; round < 20000; round++)
    {
      GString *text = g_string_new (NULL);
      guint    n = g_rand_int_range (rand, 0, 40);

      for (guint i = 0; i < n; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      assert_folds_as_reference (text->str);

      /* Appended after text already there, as an entry's key is made. */
      {
        GString         *out = g_string_new ("Kept\n");
        g_autofree char *expected = reference_fold (text->str);

        passend_text_fold_append (out, text->str);
        g_assert_cmpstr (out->str + 5, ==, expected);
        g_assert_cmpint (strncmp (out->str, "Kept\n", 5), ==, 0);
        g_string_free (out, TRUE);
      }
      g_string_free (text, TRUE);
    }
  g_rand_free (rand);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold-every-character", test_fold_every_character);
  g_test_add_func ("/text/fold-mixed-texts", test_fold_mixed_texts);

  return g_test_run ();
}
