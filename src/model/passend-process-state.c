/* passend-process-state.c - where a child is in the six-step process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One per child.  The Assistant grows this record (checklists, plan
 * history); the foundation keeps the current step and ticked items.
 */
#define G_LOG_DOMAIN "passend-process-state"

#include "config.h"

#include "passend-process-state.h"

struct _PassendProcessState
{
  PassendRecord parent_instance;

  char  *child_id;
  int    step;
  GStrv  checked;
};

G_DEFINE_FINAL_TYPE (PassendProcessState, passend_process_state, PASSEND_TYPE_RECORD)

static const PassendFieldSpec fields[] = {
  { "child-id", "child_id", PASSEND_FIELD_TYPE_STRING,
    PASSEND_FIELD_REQUIRED | PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendProcessState, child_id) },
  { "step", "step", PASSEND_FIELD_TYPE_INT, PASSEND_FIELD_REQUIRED,
    G_STRUCT_OFFSET (PassendProcessState, step), NULL,
    PASSEND_PROCESS_FIRST_STEP, PASSEND_PROCESS_LAST_STEP },
  { "checked", "checked", PASSEND_FIELD_TYPE_STRV, PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendProcessState, checked) },
};

static void
passend_process_state_class_init (PassendProcessStateClass *klass)
{
  PassendRecordClass *record_class = PASSEND_RECORD_CLASS (klass);

  record_class->json_name = "process state";
  passend_record_class_add_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
passend_process_state_init (PassendProcessState *self)
{
}

PassendProcessState *
passend_process_state_new (const char *child_id)
{
  return g_object_new (PASSEND_TYPE_PROCESS_STATE, "child-id", child_id, NULL);
}

const char *
passend_process_state_get_child_id (PassendProcessState *self)
{
  g_return_val_if_fail (PASSEND_IS_PROCESS_STATE (self), NULL);
  return self->child_id;
}

int
passend_process_state_get_step (PassendProcessState *self)
{
  g_return_val_if_fail (PASSEND_IS_PROCESS_STATE (self), 0);
  return self->step;
}

void
passend_process_state_set_step (PassendProcessState *self,
                                int                  step)
{
  g_return_if_fail (PASSEND_IS_PROCESS_STATE (self));
  g_return_if_fail (step >= PASSEND_PROCESS_FIRST_STEP &&
                    step <= PASSEND_PROCESS_LAST_STEP);

  g_object_set (self, "step", step, NULL);
}
