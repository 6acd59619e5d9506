/* passend-record-private.h - what the record's own units share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The record is one class in four units: passend-record.c (the object
 * and its common fields), -fields.c (the properties of a class's field
 * table), -json.c (reading and writing) and -validate.c (the checks).
 * Not for the records' subclasses nor the layers above.
 */
#pragma once

#include "passend-record.h"

G_BEGIN_DECLS

typedef struct
{
  char       *id;
  char       *created;
  char       *modified;
  JsonObject *extra;

  /* The dossier that holds the record, told of every change. */
  PassendRecordChangedFunc changed_func;
  gpointer                 owner;
  /* Where the owner keeps facts of the record, plus one; 0 for nowhere. */
  guint owner_slot;

  /* Checked (when read, or by passend_record_validate()) and not changed
   * since: a save need not check it again. */
  guint checked : 1;
} PassendRecordPrivate;

PassendRecordPrivate *passend_record_get_private (PassendRecord *self);

#define FIELD_PTR(self, spec) ((gpointer)(((guint8 *)(self)) + (spec)->offset))

/* The common fields of a record being read, taken over by constructed():
 * cheaper than three construct properties, for thousands of records. */
typedef struct
{
  char *id;
  char *created;
  char *modified;
} PassendRecordCommon;

PassendRecord *passend_record_new_with_common (PassendRecordClass  *klass,
                                               PassendRecordCommon *common);
char          *passend_record_describe (PassendRecord *self, guint index);
void           passend_record_init_fields (PassendRecord *self);
void           passend_record_free_fields (PassendRecord *self);
void           passend_record_clear_text_field (const PassendFieldSpec *spec, char **field);

G_END_DECLS
