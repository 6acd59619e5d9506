/* passend-safe-json.h - read and write JSON that nobody vouches for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Deep enough for any dossier and the fields a newer build may add,
 * shallow enough that json-glib's recursive parser never runs out of
 * stack. */
#define PASSEND_SAFE_JSON_MAX_DEPTH 64

/* Integers above this lose precision in a double; no field of ours
 * needs them, so a larger number means the file is not ours. */
#define PASSEND_SAFE_JSON_MAX_NUMBER 9007199254740991.0

/* A member of a streamed object, read without building a JsonObject.
 * A string value comes as @string, which the element function may take
 * (set it to %NULL); any other value comes as @node. */
typedef struct
{
  const char *name;
  char       *string; /* valid UTF-8 without NUL, or %NULL */
  JsonNode   *node;   /* the value when it is not a string, or %NULL */
} PassendJsonMember;

/* Gets each element of a streamed array: an object as its @members (and
 * @element %NULL), anything else as @element.  Both are borrowed. */
typedef gboolean (*PassendJsonElementFunc) (const char        *key,
                                            guint              index,
                                            JsonNode          *element,
                                            PassendJsonMember *members,
                                            guint              n_members,
                                            gpointer           user_data,
                                            GError           **error);

JsonNode *passend_safe_json_parse_streaming (const char            *text,
                                             gsize                  length,
                                             const char *const     *keys,
                                             PassendJsonElementFunc func,
                                             gpointer               user_data,
                                             GError               **error);
JsonNode *passend_safe_json_parse (const char *text, gsize length, GError **error);
gboolean  passend_safe_json_check (const char *text, gsize length, GError **error);
char     *passend_safe_json_write (JsonNode *root, gsize size_hint, gsize *length);

/* For writers that produce the same text without building a tree. */
void passend_safe_json_write_string (GString *out, const char *s);
void passend_safe_json_write_node (GString *out, JsonNode *node, guint level);
void passend_safe_json_write_member (GString *out, guint level, gboolean *first, const char *name);
void passend_safe_json_write_element (GString *out, guint level, gboolean *first);
void passend_safe_json_write_close (GString *out, guint level, gboolean empty, char bracket);

G_END_DECLS
