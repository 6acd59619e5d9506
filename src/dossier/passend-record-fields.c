/* passend-record-fields.c - the properties of a record's field table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record class describes its stored fields in a table; this unit makes
 * a property of each, with the one getter and setter behind them all,
 * and sets up and frees the fields of each instance.
 */
#define G_LOG_DOMAIN "passend-record"

#include "config.h"

#include "passend-record-private.h"
#include "passend-text.h"

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
    case PASSEND_FIELD_TYPE_SHARED:
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

/* Frees a text field as it was made: a shared one is interned. */
void
passend_record_clear_text_field (const PassendFieldSpec *spec, char **field)
{
  if (spec->type == PASSEND_FIELD_TYPE_SHARED)
    g_clear_pointer (field, g_ref_string_release);
  else
    g_clear_pointer (field, g_free);
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
    case PASSEND_FIELD_TYPE_SHARED:
      {
        const char *s = g_value_get_string (value);
        char      **field = ptr;

        g_return_if_fail (s == NULL || passend_text_validate (s, -1));
        if (g_strcmp0 (*field, s) == 0)
          return;
        passend_record_clear_text_field (spec, field);
        if (s != NULL)
          *field =
              spec->type == PASSEND_FIELD_TYPE_SHARED ? g_ref_string_new_intern (s) : g_strdup (s);
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
        case PASSEND_FIELD_TYPE_SHARED:
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

void
passend_record_init_fields (PassendRecord *self)
{
  PassendRecordClass *klass = PASSEND_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PassendFieldSpec *spec = &klass->fields[i];

      if (spec->type == PASSEND_FIELD_TYPE_ENUM || spec->type == PASSEND_FIELD_TYPE_INT)
        *(int *)FIELD_PTR (self, spec) = spec->min;
    }
}

void
passend_record_free_fields (PassendRecord *self)
{
  PassendRecordClass *klass = PASSEND_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PassendFieldSpec *spec = &klass->fields[i];

      if (spec->type == PASSEND_FIELD_TYPE_STRING || spec->type == PASSEND_FIELD_TYPE_SHARED)
        passend_record_clear_text_field (spec, FIELD_PTR (self, spec));
      else if (spec->type == PASSEND_FIELD_TYPE_STRV)
        g_clear_pointer ((GStrv *)FIELD_PTR (self, spec), g_strfreev);
    }
}
