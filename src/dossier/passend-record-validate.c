/* passend-record-validate.c - checking a record can be written and read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each field against its table entry, then the class's own checks.
 * Reading checks as it goes; a record not changed since it was read or
 * last checked is not checked again.
 */
#define G_LOG_DOMAIN "passend-record"

#include "config.h"

#include "passend-error.h"
#include "passend-record-private.h"
#include "passend-text.h"

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
    case PASSEND_FIELD_TYPE_SHARED:
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
  PassendRecordPrivate *priv = passend_record_get_private (self);
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
      what = passend_record_describe (self, index);
      if (!klass->validate (self, what, error))
        return FALSE;
    }

  priv->checked = TRUE;
  return TRUE;

failed:
  g_prefix_error (error, "%s %u: ", klass->json_name, index + 1);
  return FALSE;
}
