/* passend-record.c - what every stored object has in common
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Children, entries, agreements and assistant states are all records: a
 * string id, the moments they were created and last changed, and the
 * fields a newer build wrote that this one keeps without understanding.
 * Subclasses read and write only their own fields.
 */
#define G_LOG_DOMAIN "passend-record"

#include "config.h"

#include <string.h>

#include "passend-error.h"
#include "passend-record.h"
#include "passend-safe-json.h"
#include "passend-text.h"

typedef struct
{
  char       *id;
  char       *created;
  char       *modified;
  JsonObject *extra;

  /* The dossier that holds the record, told of every change. */
  PassendRecordChangedFunc changed_func;
  gpointer                 owner;

  /* Checked (when read, or by passend_record_validate()) and not changed
   * since: a save need not check it again. */
  guint checked : 1;
} PassendRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PassendRecord, passend_record, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void init_fields (PassendRecord *self);
static void free_fields (PassendRecord *self);

static const char *const common_fields[] = { "id", "created", "modified", NULL };

/* The common fields of a record being read, taken over by constructed():
 * cheaper than three construct properties, for thousands of records. */
typedef struct
{
  char *id;
  char *created;
  char *modified;
} CommonFields;

static GPrivate reading_common;

static char *
describe (PassendRecord *self, guint index)
{
  return g_strdup_printf ("%s %u", PASSEND_RECORD_GET_CLASS (self)->json_name, index + 1);
}

static void
passend_record_constructed (GObject *object)
{
  PassendRecord        *self = PASSEND_RECORD (object);
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  G_OBJECT_CLASS (passend_record_parent_class)->constructed (object);

  /* Not in _init(): there the class is still the base class. */
  init_fields (self);

  {
    CommonFields *common = g_private_get (&reading_common);

    if (common != NULL)
      {
        g_private_set (&reading_common, NULL);
        priv->id = g_steal_pointer (&common->id);
        priv->created = g_steal_pointer (&common->created);
        priv->modified = g_steal_pointer (&common->modified);
      }
  }

  if (priv->id == NULL)
    priv->id = g_uuid_string_random ();
  if (priv->created == NULL)
    priv->created = passend_moment_now ();
  if (priv->modified == NULL)
    priv->modified = g_strdup (priv->created);
}

static void
passend_record_finalize (GObject *object)
{
  PassendRecord        *self = PASSEND_RECORD (object);
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->created, g_free);
  g_clear_pointer (&priv->modified, g_free);
  g_clear_pointer (&priv->extra, json_object_unref);
  free_fields (self);

  G_OBJECT_CLASS (passend_record_parent_class)->finalize (object);
}

static void
passend_record_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PassendRecord        *self = PASSEND_RECORD (object);
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;
    case PROP_CREATED:
      g_value_set_string (value, priv->created);
      break;
    case PROP_MODIFIED:
      g_value_set_string (value, priv->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_record_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  PassendRecord        *self = PASSEND_RECORD (object);
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_assert (priv->id == NULL);
      priv->id = g_value_dup_string (value);
      break;
    case PROP_CREATED:
      g_assert (priv->created == NULL);
      priv->created = g_value_dup_string (value);
      break;
    case PROP_MODIFIED:
      g_assert (priv->modified == NULL);
      priv->modified = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_record_notify (GObject *object, GParamSpec *pspec)
{
  PassendRecordPrivate *priv = passend_record_get_instance_private (PASSEND_RECORD (object));

  priv->checked = FALSE;
  if (priv->changed_func != NULL)
    priv->changed_func (PASSEND_RECORD (object), pspec, priv->owner);

  if (G_OBJECT_CLASS (passend_record_parent_class)->notify != NULL)
    G_OBJECT_CLASS (passend_record_parent_class)->notify (object, pspec);
}

static void
passend_record_class_init (PassendRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->notify = passend_record_notify;
  object_class->constructed = passend_record_constructed;
  object_class->finalize = passend_record_finalize;
  object_class->get_property = passend_record_get_property;
  object_class->set_property = passend_record_set_property;

  klass->json_name = "record";

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                 G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Set at construction only by a record read from a file; a new
   * record is created and modified now. */
  properties[PROP_CREATED] =
      g_param_spec_string ("created", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                               G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
      g_param_spec_string ("modified", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                               G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_record_init (PassendRecord *self)
{
}

const char *
passend_record_get_id (PassendRecord *self)
{
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  g_return_val_if_fail (PASSEND_IS_RECORD (self), NULL);

  return priv->id;
}

const char *
passend_record_get_created (PassendRecord *self)
{
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  g_return_val_if_fail (PASSEND_IS_RECORD (self), NULL);

  return priv->created;
}

const char *
passend_record_get_modified (PassendRecord *self)
{
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  g_return_val_if_fail (PASSEND_IS_RECORD (self), NULL);

  return priv->modified;
}

/**
 * passend_record_touch:
 *
 * Marks the record as changed now.
 */
void
passend_record_touch (PassendRecord *self)
{
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  g_return_if_fail (PASSEND_IS_RECORD (self));

  g_free (priv->modified);
  priv->modified = passend_moment_now ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

#define FIELD_PTR(self, spec) ((gpointer)(((guint8 *)(self)) + (spec)->offset))

static void
field_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PassendRecordClass     *klass = PASSEND_RECORD_GET_CLASS (object);
  const PassendFieldSpec *spec;
  gpointer                ptr;

  g_return_if_fail (prop_id >= 1 && prop_id <= klass->n_fields);

  spec = &klass->fields[prop_id - 1];
  ptr = FIELD_PTR (object, spec);

  switch (spec->type)
    {
    case PASSEND_FIELD_TYPE_STRING:
      g_value_set_string (value, *(char **)ptr);
      break;
    case PASSEND_FIELD_TYPE_ENUM:
      g_value_set_enum (value, *(int *)ptr);
      break;
    case PASSEND_FIELD_TYPE_INT:
      g_value_set_int (value, *(int *)ptr);
      break;
    case PASSEND_FIELD_TYPE_STRV:
      g_value_set_boxed (value, *(GStrv *)ptr);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The one setter behind every stored property of every record: changes
 * the field only when the value really differs, then notifies and
 * touches the record. */
static void
field_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  PassendRecordClass     *klass = PASSEND_RECORD_GET_CLASS (object);
  const PassendFieldSpec *spec;
  gpointer                ptr;

  g_return_if_fail (prop_id >= 1 && prop_id <= klass->n_fields);

  spec = &klass->fields[prop_id - 1];
  ptr = FIELD_PTR (object, spec);

  switch (spec->type)
    {
    case PASSEND_FIELD_TYPE_STRING:
      {
        const char *s = g_value_get_string (value);

        g_return_if_fail (s == NULL || passend_text_validate (s, -1));
        if (g_strcmp0 (*(char **)ptr, s) == 0)
          return;
        g_free (*(char **)ptr);
        *(char **)ptr = g_strdup (s);
      }
      break;
    case PASSEND_FIELD_TYPE_ENUM:
      if (*(int *)ptr == g_value_get_enum (value))
        return;
      *(int *)ptr = g_value_get_enum (value);
      break;
    case PASSEND_FIELD_TYPE_INT:
      if (*(int *)ptr == g_value_get_int (value))
        return;
      *(int *)ptr = g_value_get_int (value);
      break;
    case PASSEND_FIELD_TYPE_STRV:
      {
        GStrv  strv = g_value_get_boxed (value);
        GStrv *field = ptr;

        if ((*field == NULL && strv == NULL) ||
            (*field != NULL && strv != NULL &&
             g_strv_equal ((const char *const *)*field, (const char *const *)strv)))
          return;
        g_strfreev (*field);
        *field = g_strdupv (strv);
      }
      break;
    default:
      g_assert_not_reached ();
    }

  g_object_notify_by_pspec (object, pspec);
  passend_record_touch (PASSEND_RECORD (object));
}

/**
 * passend_record_class_add_fields:
 * @klass: a subclass's class, in its class_init
 * @fields: (array length=n_fields): the stored fields; must outlive the class
 *
 * Installs a property per field (ids 1 to @n_fields) and lets the base
 * class read, write, check and free them.
 */
void
passend_record_class_add_fields (PassendRecordClass     *klass,
                                 const PassendFieldSpec *fields,
                                 guint                   n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (n_fields <= PASSEND_RECORD_MAX_FIELDS);

  object_class->get_property = field_get_property;
  object_class->set_property = field_set_property;

  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->field_pspecs = g_new0 (GParamSpec *, n_fields);
  klass->json_keys = g_new0 (const char *, n_fields + 1);

  for (guint i = 0; i < n_fields; i++)
    {
      const PassendFieldSpec *spec = &fields[i];
      const GParamFlags       flags =
          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
      GParamSpec *pspec;

      switch (spec->type)
        {
        case PASSEND_FIELD_TYPE_STRING:
          pspec = g_param_spec_string (spec->property, NULL, NULL, NULL, flags);
          break;
        case PASSEND_FIELD_TYPE_ENUM:
          pspec =
              g_param_spec_enum (spec->property, NULL, NULL, spec->enum_type (), spec->min, flags);
          break;
        case PASSEND_FIELD_TYPE_INT:
          pspec =
              g_param_spec_int (spec->property, NULL, NULL, spec->min, spec->max, spec->min, flags);
          break;
        case PASSEND_FIELD_TYPE_STRV:
          pspec = g_param_spec_boxed (spec->property, NULL, NULL, G_TYPE_STRV, flags);
          break;
        default:
          g_assert_not_reached ();
        }

      klass->field_pspecs[i] = pspec;
      klass->json_keys[i] = spec->json_key;
      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

static void
init_fields (PassendRecord *self)
{
  PassendRecordClass *klass = PASSEND_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PassendFieldSpec *spec = &klass->fields[i];

      if (spec->type == PASSEND_FIELD_TYPE_ENUM || spec->type == PASSEND_FIELD_TYPE_INT)
        *(int *)FIELD_PTR (self, spec) = spec->min;
    }
}

static void
free_fields (PassendRecord *self)
{
  PassendRecordClass *klass = PASSEND_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PassendFieldSpec *spec = &klass->fields[i];

      if (spec->type == PASSEND_FIELD_TYPE_STRING)
        g_clear_pointer ((char **)FIELD_PTR (self, spec), g_free);
      else if (spec->type == PASSEND_FIELD_TYPE_STRV)
        g_clear_pointer ((GStrv *)FIELD_PTR (self, spec), g_strfreev);
    }
}

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
      g_clear_pointer ((char **)ptr, g_free);
      return passend_json_member_read_string (member, NULL, spec->json_key, spec->flags, ptr,
                                              error);
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

/* Errors do not name the record: the caller adds that, only when one
 * is found, rather than format a name for each of 10,000 records. */
static gboolean
validate_string (const char *value, const PassendFieldSpec *spec, GError **error)
{
  const char *problem = NULL;

  if (value == NULL)
    problem = (spec->flags & PASSEND_FIELD_REQUIRED) ? "is missing" : NULL;
  else if (!passend_text_validate (value, -1))
    problem = "is not valid UTF-8";
  else if ((spec->flags & PASSEND_FIELD_NOT_EMPTY) && value[0] == '\0')
    problem = "is empty";
  else if ((spec->flags & PASSEND_FIELD_DATE) && !passend_date_is_valid (value))
    problem = "is not a date";
  else if ((spec->flags & PASSEND_FIELD_TIME) && !passend_time_is_valid (value))
    problem = "is not a time";
  else if ((spec->flags & PASSEND_FIELD_MOMENT) && !passend_moment_is_valid (value))
    problem = "is not a moment";

  if (problem != NULL)
    {
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "field “%s” %s", spec->json_key,
                   problem);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_field (PassendRecord *self, const PassendFieldSpec *spec, GError **error)
{
  gpointer ptr = FIELD_PTR (self, spec);

  switch (spec->type)
    {
    case PASSEND_FIELD_TYPE_STRING:
      return validate_string (*(char **)ptr, spec, error);
    case PASSEND_FIELD_TYPE_ENUM:
      if (passend_enum_to_keyword (spec->enum_type (), *(int *)ptr) != NULL)
        return TRUE;
      break;
    case PASSEND_FIELD_TYPE_INT:
      if (*(int *)ptr >= spec->min && *(int *)ptr <= spec->max)
        return TRUE;
      break;
    case PASSEND_FIELD_TYPE_STRV:
      {
        GStrv strv = *(GStrv *)ptr;

        for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
          if (!validate_string (strv[i], spec, error))
            return FALSE;
        return TRUE;
      }
    default:
      g_assert_not_reached ();
    }

  g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "field “%s” is out of range",
               spec->json_key);
  return FALSE;
}

/**
 * passend_record_validate:
 * @index: the record's position in its list, for the message
 *
 * Checks the record could be written and read back.
 */
gboolean
passend_record_validate (PassendRecord *self, guint index, GError **error)
{
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);
  PassendRecordClass   *klass = PASSEND_RECORD_GET_CLASS (self);
  g_autofree char      *what = NULL;

  /* Every change of a field notifies, which clears this. */
  if (priv->checked)
    return TRUE;

  if (priv->id == NULL || priv->id[0] == '\0' || !passend_text_validate (priv->id, -1))
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "no valid id");
      goto failed;
    }

  if (!passend_moment_is_valid (priv->created) || !passend_moment_is_valid (priv->modified))
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "no valid creation or change moment");
      goto failed;
    }

  for (guint i = 0; i < klass->n_fields; i++)
    if (!validate_field (self, &klass->fields[i], error))
      goto failed;

  if (klass->validate != NULL)
    {
      what = describe (self, index);
      if (!klass->validate (self, what, error))
        return FALSE;
    }

  priv->checked = TRUE;
  return TRUE;

failed:
  g_prefix_error (error, "%s %u: ", klass->json_name, index + 1);
  return FALSE;
}

/* The members a record reads: the common fields, then the class's. */
#define N_COMMON 3

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
    CommonFields common = { g_steal_pointer (&id), g_steal_pointer (&created),
                            g_steal_pointer (&modified) };

    g_private_set (&reading_common, &common);
    self = g_object_new (G_TYPE_FROM_CLASS (klass), NULL);
    g_assert (g_private_get (&reading_common) == NULL);
  }

  /* Straight into the fields: no property, no notification, no touch. */
  for (guint i = 0; i < klass->n_fields; i++)
    if (!read_field (self, &klass->fields[i], found[N_COMMON + i], error))
      return NULL;

  /* Keep whatever neither this class nor the base class reads, in the
   * order of the file. */
  priv = passend_record_get_instance_private (self);
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
      g_autofree char *what = describe (self, index);

      if (!PASSEND_RECORD_CLASS (klass)->validate (self, what, error))
        return NULL;
    }

  /* Reading checked each field as passend_record_validate() does. */
  ((PassendRecordPrivate *)passend_record_get_instance_private (self))->checked = TRUE;

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
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);
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

/**
 * passend_record_set_owner:
 * @func: (nullable): called after each property notification, or %NULL
 *   to stop
 * @owner: passed to @func
 *
 * Lets the dossier that holds the record hear of its changes without a
 * signal connection per record (loading makes thousands).  The owner
 * must set %NULL before it goes away.
 */
void
passend_record_set_owner (PassendRecord *self, PassendRecordChangedFunc func, gpointer owner)
{
  PassendRecordPrivate *priv;

  g_return_if_fail (PASSEND_IS_RECORD (self));

  priv = passend_record_get_instance_private (self);
  priv->changed_func = func;
  priv->owner = func ? owner : NULL;
}

/**
 * passend_record_get_owner:
 *
 * Returns: (transfer none) (nullable): the owner passend_record_set_owner() set
 */
gpointer
passend_record_get_owner (PassendRecord *self)
{
  g_return_val_if_fail (PASSEND_IS_RECORD (self), NULL);

  return ((PassendRecordPrivate *)passend_record_get_instance_private (self))->owner;
}
