/* passend-record-json.c - reading and writing a record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record is read from the members of its JSON object, as the streaming
 * parser or a tree hands them over, straight into its fields; members
 * this build does not know are kept and written back after its own.
 */
#define G_LOG_DOMAIN "passend-record"

#include "config.h"

#include <string.h>

#include "passend-error.h"
#include "passend-record-private.h"
#include "passend-safe-json.h"

/* Reads one field from its member (%NULL when absent); errors do not
 * name the record, the caller adds that. */
static gboolean
read_field (PassendRecord          *self,
            const PassendFieldSpec *spec,
            PassendJsonMember      *member,
            GError                **error)
{
  gpointer ptr = FIELD_PTR (self, spec);

  switch (spec->type)
    {
    case PASSEND_FIELD_TYPE_STRING:
      passend_record_clear_text_field (spec, ptr);
      return passend_json_member_read_string (member, NULL, spec->json_key, spec->flags, ptr,
                                              error);
    case PASSEND_FIELD_TYPE_SHARED:
      {
        g_autofree char *s = NULL;

        passend_record_clear_text_field (spec, ptr);
        if (!passend_json_member_read_string (member, NULL, spec->json_key, spec->flags, &s, error))
          return FALSE;
        *(char **)ptr = s != NULL ? g_ref_string_new_intern (s) : NULL;
        return TRUE;
      }
    case PASSEND_FIELD_TYPE_ENUM:
      if (member == NULL && (spec->flags & PASSEND_FIELD_REQUIRED))
        {
          g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "field “%s” is missing",
                       spec->json_key);
          return FALSE;
        }
      return passend_json_member_read_enum (member, NULL, spec->json_key, spec->enum_type (),
                                            spec->min, ptr, error);
    case PASSEND_FIELD_TYPE_INT:
      {
        gint64 value = *(int *)ptr;

        if (!passend_json_member_read_int (member, NULL, spec->json_key, spec->flags, spec->min,
                                           spec->max, &value, error))
          return FALSE;
        *(int *)ptr = (int)value;
        return TRUE;
      }
    case PASSEND_FIELD_TYPE_STRV:
      g_clear_pointer ((GStrv *)ptr, g_strfreev);
      return passend_json_member_read_string_array (member, NULL, spec->json_key, spec->flags, ptr,
                                                    error);
    default:
      g_assert_not_reached ();
    }
}

static void
write_field (
    PassendRecord *self, const PassendFieldSpec *spec, GString *out, guint level, gboolean *first)
{
  gpointer ptr = FIELD_PTR (self, spec);

  switch (spec->type)
    {
    case PASSEND_FIELD_TYPE_STRING:
    case PASSEND_FIELD_TYPE_SHARED:
      if (*(char **)ptr == NULL)
        return;
      passend_safe_json_write_member (out, level, first, spec->json_key);
      passend_safe_json_write_string (out, *(char **)ptr);
      break;
    case PASSEND_FIELD_TYPE_ENUM:
      passend_safe_json_write_member (out, level, first, spec->json_key);
      passend_safe_json_write_string (out,
                                      passend_enum_to_keyword (spec->enum_type (), *(int *)ptr));
      break;
    case PASSEND_FIELD_TYPE_INT:
      if ((spec->flags & PASSEND_FIELD_OMIT_EMPTY) && *(int *)ptr == spec->min)
        return;
      passend_safe_json_write_member (out, level, first, spec->json_key);
      g_string_append_printf (out, "%d", *(int *)ptr);
      break;
    case PASSEND_FIELD_TYPE_STRV:
      {
        GStrv    strv = *(GStrv *)ptr;
        gboolean first_element = TRUE;

        if ((spec->flags & PASSEND_FIELD_OMIT_EMPTY) && (strv == NULL || strv[0] == NULL))
          return;
        passend_safe_json_write_member (out, level, first, spec->json_key);
        g_string_append_c (out, '[');
        for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
          {
            passend_safe_json_write_element (out, level + 1, &first_element);
            passend_safe_json_write_string (out, strv[i]);
          }
        passend_safe_json_write_close (out, level + 1, first_element, ']');
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The members a record reads: the common fields, then the class's. */
#define N_COMMON 3

static const char *const common_fields[] = { "id", "created", "modified", NULL };

static const char *
member_key (PassendRecordClass *klass, guint i)
{
  return i < N_COMMON ? common_fields[i] : klass->json_keys[i - N_COMMON];
}

/* The field a member holds, or -1 for one this version does not know.
 * Passend writes the fields in table order, so the one after the last
 * found is tried first. */
static int
find_member_key (PassendRecordClass *klass, const char *name, guint next)
{
  guint n = N_COMMON + klass->n_fields;

  if (next < n && strcmp (member_key (klass, next), name) == 0)
    return next;

  for (guint i = 0; i < n; i++)
    if (strcmp (member_key (klass, i), name) == 0)
      return i;

  return -1;
}

static PassendRecord *
read_members (PassendRecordClass *klass,
              PassendJsonMember  *members,
              guint               n_members,
              GError            **error)
{
  g_autoptr (PassendRecord) self = NULL;
  g_autofree char   *id = NULL;
  g_autofree char   *created = NULL;
  g_autofree char   *modified = NULL;
  PassendJsonMember *found[N_COMMON + PASSEND_RECORD_MAX_FIELDS] = {
    NULL,
  };
  PassendRecordPrivate *priv;
  guint                 n_found = 0;
  guint                 next = 0;

  for (guint m = 0; m < n_members; m++)
    {
      int i = find_member_key (klass, members[m].name, next);

      /* Names are unique: the parser and JsonObject see to that. */
      if (i >= 0)
        {
          found[i] = &members[m];
          next = i + 1;
          n_found++;
        }
    }

  if (!passend_json_member_read_string (
          found[0], NULL, "id", PASSEND_FIELD_REQUIRED | PASSEND_FIELD_NOT_EMPTY, &id, error) ||
      !passend_json_member_read_string (found[1], NULL, "created",
                                        PASSEND_FIELD_REQUIRED | PASSEND_FIELD_MOMENT, &created,
                                        error) ||
      !passend_json_member_read_string (found[2], NULL, "modified",
                                        PASSEND_FIELD_REQUIRED | PASSEND_FIELD_MOMENT, &modified,
                                        error))
    return NULL;

  {
    PassendRecordCommon common = { g_steal_pointer (&id), g_steal_pointer (&created),
                                   g_steal_pointer (&modified) };

    self = passend_record_new_with_common (klass, &common);
  }

  /* Straight into the fields: no property, no notification, no touch. */
  for (guint i = 0; i < klass->n_fields; i++)
    if (!read_field (self, &klass->fields[i], found[N_COMMON + i], error))
      return NULL;

  /* Keep whatever neither this class nor the base class reads, in the
   * order of the file. */
  priv = passend_record_get_private (self);
  for (guint m = 0; n_found < n_members && m < n_members; m++)
    {
      PassendJsonMember *member = &members[m];

      if (find_member_key (klass, member->name, G_MAXUINT) >= 0)
        continue;
      if (priv->extra == NULL)
        priv->extra = json_object_new ();
      json_object_set_member (priv->extra, member->name,
                              member->node != NULL
                                  ? json_node_copy (member->node)
                                  : json_node_init_string (json_node_alloc (), member->string));
    }

  return g_steal_pointer (&self);
}

/**
 * passend_record_new_from_members:
 * @type: a subclass of #PassendRecord
 * @members: (array length=n_members): the members of the record's object
 * @index: its position in its list, for error messages
 *
 * Reads a record as passend_safe_json_parse_streaming() hands it over,
 * taking the strings it keeps from @members.
 *
 * Returns: (transfer full): the record, or %NULL with @error set
 */
PassendRecord *
passend_record_new_from_members (
    GType type, PassendJsonMember *members, guint n_members, guint index, GError **error)
{
  g_autoptr (GTypeClass) klass = NULL;
  g_autoptr (PassendRecord) self = NULL;

  g_return_val_if_fail (g_type_is_a (type, PASSEND_TYPE_RECORD), NULL);

  klass = g_type_class_ref (type);
  self = read_members (PASSEND_RECORD_CLASS (klass), members, n_members, error);

  if (self == NULL)
    {
      g_prefix_error (error, "%s %u: ", PASSEND_RECORD_CLASS (klass)->json_name, index + 1);
      return NULL;
    }

  if (PASSEND_RECORD_CLASS (klass)->validate != NULL)
    {
      g_autofree char *what = passend_record_describe (self, index);

      if (!PASSEND_RECORD_CLASS (klass)->validate (self, what, error))
        return NULL;
    }

  /* Reading checked each field as passend_record_validate() does. */
  passend_record_get_private (self)->checked = TRUE;

  return g_steal_pointer (&self);
}

/**
 * passend_record_new_from_json:
 * @type: a subclass of #PassendRecord
 * @node: the record as read from the file
 * @index: its position in its list, for error messages
 *
 * Like passend_record_new_from_members() with the members of a tree.
 *
 * Returns: (transfer full): the record, or %NULL with @error set
 */
PassendRecord *
passend_record_new_from_json (GType type, JsonNode *node, guint index, GError **error)
{
  g_autoptr (GArray) members = NULL;
  JsonObjectIter    iter;
  PassendJsonMember member = { NULL, NULL, NULL };

  g_return_val_if_fail (g_type_is_a (type, PASSEND_TYPE_RECORD), NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr (GTypeClass) klass = g_type_class_ref (type);

      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "%s %u: not an object",
                   PASSEND_RECORD_CLASS (klass)->json_name, index + 1);
      return NULL;
    }

  members = g_array_new (FALSE, FALSE, sizeof (PassendJsonMember));
  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &member.name, &member.node))
    g_array_append_val (members, member);

  return passend_record_new_from_members (type, (PassendJsonMember *)members->data, members->len,
                                          index, error);
}

/**
 * passend_record_write:
 * @out: where the JSON goes
 * @level: the nesting level of the record's object
 *
 * Writes the record as a JSON object: the common fields, the class's
 * fields in table order, then the members a newer build wrote.
 */
void
passend_record_write (PassendRecord *self, GString *out, guint level)
{
  PassendRecordPrivate *priv = passend_record_get_private (self);
  PassendRecordClass   *klass = PASSEND_RECORD_GET_CLASS (self);
  gboolean              first = TRUE;

  g_string_append_c (out, '{');
  passend_safe_json_write_member (out, level, &first, "id");
  passend_safe_json_write_string (out, priv->id);
  passend_safe_json_write_member (out, level, &first, "created");
  passend_safe_json_write_string (out, priv->created);
  passend_safe_json_write_member (out, level, &first, "modified");
  passend_safe_json_write_string (out, priv->modified);

  for (guint i = 0; i < klass->n_fields; i++)
    write_field (self, &klass->fields[i], out, level, &first);

  passend_json_write_extra (out, level, &first, priv->extra);
  passend_safe_json_write_close (out, level, first, '}');
}
