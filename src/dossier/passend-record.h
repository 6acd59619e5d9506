/* passend-record.h - what every stored object has in common
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "passend-json.h"

G_BEGIN_DECLS

typedef enum
{
  PASSEND_FIELD_TYPE_STRING, /* char * */
  PASSEND_FIELD_TYPE_ENUM,   /* int, stored as the value's nick */
  PASSEND_FIELD_TYPE_INT,    /* int, between min and max */
  PASSEND_FIELD_TYPE_STRV,   /* GStrv */
  /* char *, a GRefString kept once for every record with the same value
   * (a child's id): the same value is the same pointer */
  PASSEND_FIELD_TYPE_SHARED,
} PassendFieldType;

/* One stored field of a record: the property and the JSON member behind
 * it.  Records describe their fields in a table and the base class does
 * the properties, reading, writing and checking for all of them. */
typedef struct
{
  const char       *property; /* "child-id" */
  const char       *json_key; /* "child_id" */
  PassendFieldType  type;
  PassendFieldFlags flags;
  gsize             offset;  /* of the value in the instance struct */
  GType (*enum_type) (void); /* PASSEND_FIELD_TYPE_ENUM */
  int min;                   /* PASSEND_FIELD_TYPE_INT, and the */
  int max;                   /* default of ENUM and INT fields */
} PassendFieldSpec;

/* More than any record needs; lets a reader keep its fields on the stack. */
#define PASSEND_RECORD_MAX_FIELDS 32

#define PASSEND_TYPE_RECORD (passend_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (PassendRecord, passend_record, PASSEND, RECORD, GObject)

typedef void (*PassendRecordChangedFunc) (PassendRecord *record, GParamSpec *pspec, gpointer owner);

struct _PassendRecordClass
{
  GObjectClass parent_class;

  /* Names the kind of record in error messages: "child", "entry". */
  const char *json_name;
  /* Set by passend_record_class_add_fields(). */
  const PassendFieldSpec *fields;
  guint                   n_fields;
  GParamSpec            **field_pspecs;
  const char            **json_keys;

  /* Checks beyond each field on its own; may be NULL. */
  gboolean (*validate) (PassendRecord *self, const char *what, GError **error);
};

void passend_record_class_add_fields (PassendRecordClass     *klass,
                                      const PassendFieldSpec *fields,
                                      guint                   n_fields);

const char *passend_record_get_id (PassendRecord *self);
const char *passend_record_get_created (PassendRecord *self);
const char *passend_record_get_modified (PassendRecord *self);
void        passend_record_touch (PassendRecord *self);
const char *passend_record_get_sort_key (PassendRecord *self, const char *text);
gboolean    passend_record_validate (PassendRecord *self, guint index, GError **error);
PassendRecord *
passend_record_new_from_json (GType type, JsonNode *node, guint index, GError **error);
PassendRecord *passend_record_new_from_members (
    GType type, PassendJsonMember *members, guint n_members, guint index, GError **error);
void passend_record_set_owner (PassendRecord *self, PassendRecordChangedFunc func, gpointer owner);
gpointer passend_record_get_owner (PassendRecord *self);
guint    passend_record_get_owner_slot (PassendRecord *self);
void     passend_record_set_owner_slot (PassendRecord *self, guint slot);
void     passend_record_write (PassendRecord *self, GString *out, guint level);

G_END_DECLS
