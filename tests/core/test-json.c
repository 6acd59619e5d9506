/* test-json.c - the safe JSON reader and writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "passend-error.h"
#include "passend-safe-json.h"
#include "passend-text.h"

static void
test_strict_grammar (void)
{
  static const char *const bad[] = {
    "{\"a\": 1,}",  "[1, 2,]",
    "{'a': 1}",     "{\"a\" 1}",
    "[01]",         "[1.]",
    "[.5]",         "[+1]",
    "[1e]",         "[tru]",
    "[nul]",        "{\"a\": 1} x",
    "{\"a\": 1}{}", "{\"a\": 1, \"a\": 2}",
    "[\"\\x\"]",    "[\"\\u12\"]",
    "// c\n{}",     "",
    "   ",
  };
  static const char *const good[] = {
    "{}",
    "[]",
    " { \"a\" : [ 1 , -2.5e3 , true , false , null , \"x\" ] } \n",
    "[0, -0, 1e2, 9007199254740991]",
    "\"just a string\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (JsonNode) node = passend_safe_json_parse (bad[i], strlen (bad[i]), &error);

      g_assert_null (node);
      g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
      g_assert_false (passend_safe_json_check (bad[i], strlen (bad[i]), NULL) &&
                      strstr (bad[i], "\"a\": 2") == NULL);
    }

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (JsonNode) node = passend_safe_json_parse (good[i], strlen (good[i]), &error);

      g_assert_no_error (error);
      g_assert_nonnull (node);
      g_assert_true (passend_safe_json_check (good[i], strlen (good[i]), NULL));
    }
}

static void
test_numbers_typed (void)
{
  const char *text = "[42, 4.5, -7]";
  g_autoptr (JsonNode) node = passend_safe_json_parse (text, strlen (text), NULL);
  JsonArray *array = json_node_get_array (node);

  g_assert_cmpuint (json_node_get_value_type (json_array_get_element (array, 0)), ==, G_TYPE_INT64);
  g_assert_cmpint (json_array_get_int_element (array, 0), ==, 42);
  g_assert_cmpuint (json_node_get_value_type (json_array_get_element (array, 1)), ==,
                    G_TYPE_DOUBLE);
  g_assert_cmpfloat (json_array_get_double_element (array, 1), ==, 4.5);
  g_assert_cmpint (json_array_get_int_element (array, 2), ==, -7);
}

static void
test_write_round_trip (void)
{
  /* Every escape the writer has to make, and text it must leave alone. */
  const char *tricky = "quote \" backslash \\ slash / tab \t newline \n cr \r "
                       "bell \x07 nbsp \xc2\xa0 \xd9\x86\xd9\x88\xd8\xb1 \xf0\x9f\x98\x80 end";
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (JsonNode) back = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  gsize       length;
  JsonObject *object;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, tricky);
  json_builder_set_member_name (builder, "n");
  json_builder_add_int_value (builder, -12);
  json_builder_set_member_name (builder, "x");
  json_builder_add_double_value (builder, 0.1);
  json_builder_set_member_name (builder, "list");
  json_builder_begin_array (builder);
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_add_null_value (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "empty");
  json_builder_begin_object (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  text = passend_safe_json_write (root, 0, &length);
  g_assert_cmpuint (strlen (text), ==, length);
  g_assert_true (passend_text_validate (text, length));
  g_assert_null (strchr (text, '\x07')); /* escaped as \u0007 */

  back = passend_safe_json_parse (text, length, &error);
  g_assert_no_error (error);
  g_assert_true (json_node_equal (root, back));

  object = json_node_get_object (back);
  g_assert_cmpstr (json_object_get_string_member (object, "text"), ==, tricky);
  g_assert_cmpfloat (json_object_get_double_member (object, "x"), ==, 0.1);

  /* Members keep their order. */
  g_assert_true (strstr (text, "\"text\"") < strstr (text, "\"n\""));
  g_assert_true (strstr (text, "\"n\"") < strstr (text, "\"list\""));
}

/* The reader and writer skip plain text 16 or 8 bytes at a time: every
 * special character must be found wherever it falls in a block. */
static void
test_specials_at_every_position (void)
{
  static const char *const specials[] = { "\"", "\\", "\n", "\x01", "\xc3\xa9", "\xf0\x9f\x98\x80",
                                          "/" };

  for (guint s = 0; s < G_N_ELEMENTS (specials); s++)
    for (guint pos = 0; pos < 40; pos++)
      {
        g_autofree char *prefix = g_strnfill (pos, 'a');
        g_autofree char *value = g_strconcat (prefix, specials[s], "bcdefghijklmnop", NULL);
        g_autoptr (JsonNode) node = json_node_init_string (json_node_alloc (), value);
        g_autoptr (JsonNode) back = NULL;
        g_autofree char *text = NULL;
        gsize            length;

        text = passend_safe_json_write (node, 0, &length);
        back = passend_safe_json_parse (text, length, NULL);
        g_assert_nonnull (back);
        g_assert_cmpstr (json_node_get_string (back), ==, value);
      }

  /* And a bad byte, or a raw control character, is caught wherever it
   * falls; the highest plain bytes around them are not. */
  for (guint pos = 0; pos < 40; pos++)
    {
      static const char *const bad[] = { "\xff", "\xc3", "\x1f", "\x01", "\t" };
      g_autofree char         *prefix = g_strnfill (pos, 'a');
      g_autofree char *good = g_strconcat ("\"", prefix, " \x7f~", "bcdefghijklmnop\"", NULL);
      g_autoptr (JsonNode) node = NULL;

      for (guint b = 0; b < G_N_ELEMENTS (bad); b++)
        {
          g_autofree char *text = g_strconcat ("\"", prefix, bad[b], "bcdefghijklmnop\"", NULL);

          g_assert_null (passend_safe_json_parse (text, strlen (text), NULL));
        }
      node = passend_safe_json_parse (good, strlen (good), NULL);
      g_assert_nonnull (node);
    }
}

static void
test_utf8_validate (void)
{
  g_assert_true (passend_text_validate ("plain ascii text, long enough for words", -1));
  g_assert_true (
      passend_text_validate ("co\xc3\xb6rdinator \xf0\x9f\x98\x80 and more text after", -1));
  g_assert_false (passend_text_validate ("twelve bytes\xc3", -1));
  g_assert_false (passend_text_validate ("abcdefgh\xed\xa0\x80 surrogate", -1));
  g_assert_false (passend_text_validate ("abcdefghijk\0lmnop", 17));
  g_assert_false (passend_text_validate ("\xff", -1));
  g_assert_true (passend_text_validate ("", 0));
}

/* The reader checks each multi-byte character itself: it must agree with
 * g_utf8_validate() on every two-byte sequence and on the longer ones
 * around every boundary, both in text and inside a JSON string. */
static gboolean
is_json_special (guchar c)
{
  return c < 0x20 || c == '"' || c == '\\';
}

static void
check_utf8_as_glib (const guchar *bytes, gsize n)
{
  gboolean glib = g_utf8_validate ((const char *)bytes, n, NULL);
  char     text[32];

  /* Quotes, backslashes and control characters after the first byte
   * end the string or are escapes: tested elsewhere. */
  for (gsize i = 1; i < n; i++)
    if (is_json_special (bytes[i]))
      return;

  g_assert_cmpint (passend_text_validate ((const char *)bytes, n), ==, glib);

  /* Alone and after enough plain text to start in the middle of a word. */
  for (guint pad = 0; pad <= 9; pad += 9)
    {
      gsize len = 0;

      text[len++] = '"';
      memset (text + len, 'x', pad);
      len += pad;
      memcpy (text + len, bytes, n);
      len += n;
      text[len++] = '"';
      g_assert_cmpint (passend_safe_json_check (text, len, NULL), ==, glib);
    }
}

static void
test_utf8_as_glib (void)
{
  static const guchar edges[] = { 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1,
                                  0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff };
  static const guchar leads[] = { 0x80, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed,
                                  0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff };

  for (guint a = 0x80; a <= 0xff; a++)
    for (guint b = 0; b <= 0xff; b++)
      {
        guchar bytes[4] = { a, b, 0, 0 };

        check_utf8_as_glib (bytes, 2);
        for (guint c = 0; c < G_N_ELEMENTS (edges); c++)
          {
            bytes[2] = edges[c];
            check_utf8_as_glib (bytes, 3);
          }
      }

  for (guint a = 0; a < G_N_ELEMENTS (leads); a++)
    for (guint b = 0; b <= 0xff; b++)
      for (guint c = 0; c < G_N_ELEMENTS (edges); c++)
        for (guint d = 0; d < G_N_ELEMENTS (edges); d++)
          {
            guchar bytes[4] = { leads[a], b, edges[c], edges[d] };

            check_utf8_as_glib (bytes, 4);
          }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/strict-grammar", test_strict_grammar);
  g_test_add_func ("/json/numbers-typed", test_numbers_typed);
  g_test_add_func ("/json/write-round-trip", test_write_round_trip);
  g_test_add_func ("/json/specials-at-every-position", test_specials_at_every_position);
  g_test_add_func ("/json/utf8-validate", test_utf8_validate);
  g_test_add_func ("/json/utf8-as-glib", test_utf8_as_glib);

  return g_test_run ();
}
