/* passend-safe-json-write.c - JSON text from a tree, or member by member
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Strings are copied a run of plain bytes at a time (see
 * passend-safe-json-private.h), into room made for the worst case.
 */
#define G_LOG_DOMAIN "passend-safe-json"

#include "config.h"

#include "passend-safe-json-private.h"

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
