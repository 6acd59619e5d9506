/* passend-json.h - reading dossier fields with a type check each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "passend-safe-json.h"

G_BEGIN_DECLS

typedef enum
{
  PASSEND_FIELD_OPTIONAL = 0,
  PASSEND_FIELD_REQUIRED = 1 << 0,  /* absent is an error */
  PASSEND_FIELD_NOT_EMPTY = 1 << 1, /* "" is an error */
  PASSEND_FIELD_DATE = 1 << 2,      /* "YYYY-MM-DD" */
  PASSEND_FIELD_TIME = 1 << 3,      /* "HH:MM" */
  PASSEND_FIELD_MOMENT = 1 << 4,    /* ISO 8601 with a time zone */
  /* Not written while it holds nothing: a list without strings, a
   * number at its minimum.  For fields added later, so a file that
   * never used them is written as before. */
  PASSEND_FIELD_OMIT_EMPTY = 1 << 5,
} PassendFieldFlags;

gboolean passend_json_member_read_string (PassendJsonMember *member,
                                          const char        *what,
                                          const char        *key,
                                          PassendFieldFlags  flags,
                                          char             **out,
                                          GError           **error);
gboolean passend_json_member_read_int (PassendJsonMember *member,
                                       const char        *what,
                                       const char        *key,
                                       PassendFieldFlags  flags,
                                       gint64             min,
                                       gint64             max,
                                       gint64            *out,
                                       GError           **error);
gboolean passend_json_member_read_string_array (PassendJsonMember *member,
                                                const char        *what,
                                                const char        *key,
                                                PassendFieldFlags  flags,
                                                GStrv             *out,
                                                GError           **error);
gboolean passend_json_member_read_enum (PassendJsonMember *member,
                                        const char        *what,
                                        const char        *key,
                                        GType              enum_type,
                                        int                fallback,
                                        int               *out,
                                        GError           **error);

gboolean    passend_json_read_string (JsonObject       *object,
                                      const char       *what,
                                      const char       *key,
                                      PassendFieldFlags flags,
                                      char            **out,
                                      GError          **error);
gboolean    passend_json_read_int (JsonObject       *object,
                                   const char       *what,
                                   const char       *key,
                                   PassendFieldFlags flags,
                                   gint64            min,
                                   gint64            max,
                                   gint64           *out,
                                   GError          **error);
gboolean    passend_json_read_string_array (JsonObject       *object,
                                            const char       *what,
                                            const char       *key,
                                            PassendFieldFlags flags,
                                            GStrv            *out,
                                            GError          **error);
gboolean    passend_json_read_enum (JsonObject *object,
                                    const char *what,
                                    const char *key,
                                    GType       enum_type,
                                    int         fallback,
                                    int        *out,
                                    GError    **error);
JsonObject *passend_json_collect_extra (JsonObject *object, const char *const *known);
void passend_json_write_extra (GString *out, guint level, gboolean *first, JsonObject *extra);

gboolean    passend_date_is_valid (const char *date);
gboolean    passend_date_read (const char *date, guint *year, guint *month, guint *day);
guint       passend_date_to_number (const char *date);
gboolean    passend_time_is_valid (const char *time);
gboolean    passend_moment_is_valid (const char *moment);
char       *passend_moment_now (void);
const char *passend_enum_to_keyword (GType enum_type, int value);
gboolean    passend_enum_from_keyword (GType enum_type, const char *keyword, int *value);

G_END_DECLS
