/* passend-json.c - reading dossier fields with a type check each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dossier file is never trusted: every field is looked up with the
 * type it must have, every string is checked to be UTF-8, every number
 * against its range.  Error messages name the record and the field,
 * never the value, because values are what a parent wrote.
 */
#define G_LOG_DOMAIN "passend-json"

#include "config.h"

#include <string.h>

#include "passend-error.h"
#include "passend-json.h"
#include "passend-safe-json.h"
#include "passend-text.h"

/* @what may be %NULL: a record prefixes its name only when reading
 * fails, rather than format it for every record read. */
static gboolean
field_error (GError **error, const char *what, const char *key, const char *problem)
{
  if (what == NULL)
    g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "field “%s” %s", key, problem);
  else
    g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "%s: field “%s” %s", what, key,
                 problem);
  return FALSE;
}

/* TRUE if the member is absent or null. */
static gboolean
is_absent (const PassendJsonMember *member)
{
  return member == NULL ||
         (member->string == NULL && (member->node == NULL || JSON_NODE_HOLDS_NULL (member->node)));
}

/* The member @key of @object, for the readers of a JsonObject. */
static PassendJsonMember *
member_of (JsonObject *object, const char *key, PassendJsonMember *member)
{
  member->name = key;
  member->string = NULL;
  member->node = json_object_get_member (object, key);
  return member;
}

static gboolean
is_digits (const char *s, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* The value of @n digits already checked by is_digits(): a dossier has
 * a few dates per record, and g_ascii_strtoull() is costly for that. */
static guint
digits_value (const char *s, gsize n)
{
  guint value = 0;

  for (gsize i = 0; i < n; i++)
    value = value * 10 + (guint)(s[i] - '0');
  return value;
}

/* "YYYY-MM-DD" at @date, whatever follows it, into its parts. */
static gboolean
date_read (const char *date, guint *year, guint *month, guint *day)
{
  guint y, m, d;

  if (date[4] != '-' || date[7] != '-' || !is_digits (date, 4) || !is_digits (date + 5, 2) ||
      !is_digits (date + 8, 2))
    return FALSE;

  y = digits_value (date, 4);
  m = digits_value (date + 5, 2);
  d = digits_value (date + 8, 2);

  if (y < 1 || m < 1 || m > 12 || d < 1 ||
      !g_date_valid_dmy ((GDateDay)d, (GDateMonth)m, (GDateYear)y))
    return FALSE;
  *year = y;
  *month = m;
  *day = d;
  return TRUE;
}

static gboolean
date_is_valid (const char *date)
{
  guint y, m, d;

  return date_read (date, &y, &m, &d);
}

/**
 * passend_date_is_valid:
 * @date: (nullable): a calendar date
 *
 * Returns: %TRUE if @date is "YYYY-MM-DD" naming a real day
 */
gboolean
passend_date_is_valid (const char *date)
{
  return date != NULL && strlen (date) == 10 && date_is_valid (date);
}

/**
 * passend_date_read:
 * @date: (nullable): a calendar date
 * @year: (out): its year
 * @month: (out): its month, 1 to 12
 * @day: (out): its day of the month
 *
 * Reads what passend_date_is_valid() accepts, without sscanf(): many
 * thousands of dates are read for one list of deadlines.
 *
 * Returns: %TRUE if @date is "YYYY-MM-DD" naming a real day
 */
gboolean
passend_date_read (const char *date, guint *year, guint *month, guint *day)
{
  return date != NULL && strlen (date) == 10 && date_read (date, year, month, day);
}

/**
 * passend_date_to_number:
 * @date: (nullable): a calendar date
 *
 * Returns: "YYYY-MM-DD" as the number YYYYMMDD, in the same order as
 *   the text; 0 when @date is not a real day
 */
guint
passend_date_to_number (const char *date)
{
  guint year, month, day;

  return passend_date_read (date, &year, &month, &day) ? year * 10000 + month * 100 + day : 0;
}

/**
 * passend_time_is_valid:
 * @time: (nullable): a time of day
 *
 * Returns: %TRUE if @time is "HH:MM" on a 24 hour clock
 */
gboolean
passend_time_is_valid (const char *time)
{
  if (time == NULL || strlen (time) != 5 || time[2] != ':' || !is_digits (time, 2) ||
      !is_digits (time + 3, 2))
    return FALSE;

  return digits_value (time, 2) < 24 && digits_value (time + 3, 2) < 60;
}

/**
 * passend_moment_is_valid:
 * @moment: (nullable): a moment in time
 *
 * Returns: %TRUE if @moment is ISO 8601 with an explicit time zone
 */
gboolean
passend_moment_is_valid (const char *moment)
{
  g_autoptr (GDateTime) dt = NULL;
  gsize n;

  if (moment == NULL)
    return FALSE;

  /* The form Passend writes, "2026-03-13T09:30:00.000Z", checked by hand:
   * a dossier holds two per record. */
  n = strlen (moment);
  if ((n == 24 || n == 20) && moment[10] == 'T' && moment[13] == ':' && moment[16] == ':' &&
      moment[n - 1] == 'Z' && is_digits (moment + 11, 2) && is_digits (moment + 14, 2) &&
      is_digits (moment + 17, 2) && (n == 20 || (moment[19] == '.' && is_digits (moment + 20, 3))))
    return date_is_valid (moment) && digits_value (moment + 11, 2) < 24 &&
           digits_value (moment + 14, 2) < 60 && digits_value (moment + 17, 2) < 60;

  dt = g_date_time_new_from_iso8601 (moment, NULL);
  return dt != NULL;
}

/**
 * passend_moment_now:
 *
 * Returns: (transfer full): the current moment as ISO 8601 UTC, to the
 *   millisecond
 */
char *
passend_moment_now (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *seconds = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", seconds, g_date_time_get_microsecond (now) / 1000);
}

/* @known_utf8: the parser already checked the text (UTF-8, no NUL);
 * a tree built some other way is checked here. */
static gboolean
check_string_value (const char       *value,
                    gboolean          known_utf8,
                    const char       *what,
                    const char       *key,
                    PassendFieldFlags flags,
                    GError          **error)
{
  if (!known_utf8 && !passend_text_validate (value, -1))
    return field_error (error, what, key, "is not valid UTF-8");
  if ((flags & PASSEND_FIELD_NOT_EMPTY) && value[0] == '\0')
    return field_error (error, what, key, "is empty");
  if ((flags & PASSEND_FIELD_DATE) && !passend_date_is_valid (value))
    return field_error (error, what, key, "is not a date (YYYY-MM-DD)");
  if ((flags & PASSEND_FIELD_TIME) && !passend_time_is_valid (value))
    return field_error (error, what, key, "is not a time (HH:MM)");
  if ((flags & PASSEND_FIELD_MOMENT) && !passend_moment_is_valid (value))
    return field_error (error, what, key, "is not an ISO 8601 moment");
  return TRUE;
}

/* Checks a string member; @value is borrowed, %NULL when absent. */
static gboolean
get_string (PassendJsonMember *member,
            const char        *what,
            const char        *key,
            PassendFieldFlags  flags,
            const char       **value,
            GError           **error)
{
  *value = NULL;

  if (is_absent (member))
    return (flags & PASSEND_FIELD_REQUIRED) ? field_error (error, what, key, "is missing") : TRUE;

  if (member->string != NULL)
    {
      if (!check_string_value (member->string, TRUE, what, key, flags, error))
        return FALSE;
      *value = member->string;
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (member->node) ||
      json_node_get_value_type (member->node) != G_TYPE_STRING)
    return field_error (error, what, key, "is not a string");

  if (!check_string_value (json_node_get_string (member->node), FALSE, what, key, flags, error))
    return FALSE;
  *value = json_node_get_string (member->node);
  return TRUE;
}

/**
 * passend_json_member_read_string:
 * @member: (nullable): the member, or %NULL when absent
 * @what: (nullable): how to name the record in an error ("entry 3")
 * @key: the field
 * @flags: what the value must be
 * @out: (out) (transfer full) (nullable): the value; %NULL when absent
 * @error: return location for an error
 *
 * A string the parser made is taken from @member rather than copied.
 *
 * Returns: %TRUE if the field is absent (and optional) or a valid string
 */
gboolean
passend_json_member_read_string (PassendJsonMember *member,
                                 const char        *what,
                                 const char        *key,
                                 PassendFieldFlags  flags,
                                 char             **out,
                                 GError           **error)
{
  const char *value;

  *out = NULL;

  if (!get_string (member, what, key, flags, &value, error))
    return FALSE;

  if (value != NULL && value == member->string)
    *out = g_steal_pointer (&member->string);
  else
    *out = g_strdup (value);
  return TRUE;
}

/**
 * passend_json_member_read_int:
 * @out: (out): the value; left alone when the field is absent
 *
 * Reads a whole number between @min and @max.
 */
gboolean
passend_json_member_read_int (PassendJsonMember *member,
                              const char        *what,
                              const char        *key,
                              PassendFieldFlags  flags,
                              gint64             min,
                              gint64             max,
                              gint64            *out,
                              GError           **error)
{
  gint64 value;

  if (is_absent (member))
    return (flags & PASSEND_FIELD_REQUIRED) ? field_error (error, what, key, "is missing") : TRUE;

  if (member->node == NULL || !JSON_NODE_HOLDS_VALUE (member->node) ||
      json_node_get_value_type (member->node) != G_TYPE_INT64)
    return field_error (error, what, key, "is not a whole number");

  value = json_node_get_int (member->node);
  if (value < min || value > max)
    return field_error (error, what, key, "is out of range");

  *out = value;
  return TRUE;
}

/**
 * passend_json_member_read_string_array:
 * @out: (out) (transfer full): the strings; an empty vector when absent
 */
gboolean
passend_json_member_read_string_array (PassendJsonMember *member,
                                       const char        *what,
                                       const char        *key,
                                       PassendFieldFlags  flags,
                                       GStrv             *out,
                                       GError           **error)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;
  guint      n;

  *out = NULL;

  if (is_absent (member))
    {
      if (flags & PASSEND_FIELD_REQUIRED)
        return field_error (error, what, key, "is missing");
      *out = g_strv_builder_end (builder);
      return TRUE;
    }

  if (member->node == NULL || !JSON_NODE_HOLDS_ARRAY (member->node))
    return field_error (error, what, key, "is not a list");

  array = json_node_get_array (member->node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode   *item = json_array_get_element (array, i);
      const char *value;

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        return field_error (error, what, key, "holds something not a string");

      value = json_node_get_string (item);
      if (!check_string_value (value, FALSE, what, key, flags & ~PASSEND_FIELD_REQUIRED, error))
        return FALSE;

      g_strv_builder_add (builder, value);
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

/**
 * passend_json_member_read_enum:
 * @enum_type: a #GEnum whose nicks are the stored keywords
 * @fallback: the value when the field is absent
 *
 * Reads a keyword such as "phone-call".  A keyword this version does not
 * know is an error: guessing would change what the parent wrote.
 */
gboolean
passend_json_member_read_enum (PassendJsonMember *member,
                               const char        *what,
                               const char        *key,
                               GType              enum_type,
                               int                fallback,
                               int               *out,
                               GError           **error)
{
  const char *keyword;

  if (!get_string (member, what, key, PASSEND_FIELD_OPTIONAL, &keyword, error))
    return FALSE;

  if (keyword == NULL)
    {
      *out = fallback;
      return TRUE;
    }

  if (!passend_enum_from_keyword (enum_type, keyword, out))
    return field_error (error, what, key, "holds an unknown keyword");

  return TRUE;
}

/**
 * passend_json_read_string:
 * @object: the record's JSON object
 * @what: how to name the record in an error ("entry 3")
 * @key: the field
 * @flags: what the value must be
 * @out: (out) (transfer full) (nullable): the value; %NULL when absent
 * @error: return location for an error
 *
 * passend_json_member_read_string() of the member @key of @object.
 *
 * Returns: %TRUE if the field is absent (and optional) or a valid string
 */
gboolean
passend_json_read_string (JsonObject       *object,
                          const char       *what,
                          const char       *key,
                          PassendFieldFlags flags,
                          char            **out,
                          GError          **error)
{
  PassendJsonMember member;

  return passend_json_member_read_string (member_of (object, key, &member), what, key, flags, out,
                                          error);
}

gboolean
passend_json_read_int (JsonObject       *object,
                       const char       *what,
                       const char       *key,
                       PassendFieldFlags flags,
                       gint64            min,
                       gint64            max,
                       gint64           *out,
                       GError          **error)
{
  PassendJsonMember member;

  return passend_json_member_read_int (member_of (object, key, &member), what, key, flags, min, max,
                                       out, error);
}

gboolean
passend_json_read_string_array (JsonObject       *object,
                                const char       *what,
                                const char       *key,
                                PassendFieldFlags flags,
                                GStrv            *out,
                                GError          **error)
{
  PassendJsonMember member;

  return passend_json_member_read_string_array (member_of (object, key, &member), what, key, flags,
                                                out, error);
}

gboolean
passend_json_read_enum (JsonObject *object,
                        const char *what,
                        const char *key,
                        GType       enum_type,
                        int         fallback,
                        int        *out,
                        GError    **error)
{
  PassendJsonMember member;

  return passend_json_member_read_enum (member_of (object, key, &member), what, key, enum_type,
                                        fallback, out, error);
}

/**
 * passend_json_collect_extra:
 * @object: a record as read from the file
 * @known: (array zero-terminated=1): the fields this version reads
 *
 * Keeps what a newer build wrote and this one does not understand, so
 * that it can be written back unchanged.
 *
 * Returns: (transfer full) (nullable): the unknown members, or %NULL
 */
JsonObject *
passend_json_collect_extra (JsonObject *object, const char *const *known)
{
  JsonObject    *extra = NULL;
  JsonObjectIter iter;
  const char    *name;
  JsonNode      *node;

  /* In the order of the file, so that it is written back the same. */
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (g_strv_contains (known, name))
        continue;

      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, name, json_node_copy (node));
    }

  return extra;
}

/**
 * passend_json_write_extra:
 * @extra: (nullable): members kept by passend_json_collect_extra()
 *
 * Writes the kept members back, as members of the object being written.
 */
void
passend_json_write_extra (GString *out, guint level, gboolean *first, JsonObject *extra)
{
  GList *names;

  if (extra == NULL)
    return;

  names = json_object_get_members (extra);
  for (GList *l = names; l != NULL; l = l->next)
    {
      passend_safe_json_write_member (out, level, first, l->data);
      passend_safe_json_write_node (out, json_object_get_member (extra, l->data), level + 1);
    }
  g_list_free (names);
}

const char *
passend_enum_to_keyword (GType enum_type, int value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
passend_enum_from_keyword (GType enum_type, const char *keyword, int *value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev;

  if (keyword == NULL)
    return FALSE;

  ev = g_enum_get_value_by_nick (klass, keyword);
  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}
