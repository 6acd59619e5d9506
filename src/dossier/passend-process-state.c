/* passend-process-state.c - where a child is in the six-step process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One per child: the step the child is at now, the checklist items the
 * parent ticked (stable ids such as "talk-asked-goal"), the day each
 * step was last reached, and the number of the plan being made or
 * checked.  The plans themselves are PassendPlan records.  The rules
 * for moving between steps are in passend-process.c; this file only
 * keeps the fields.
 *
 * It also keeps the child's answers to "Where do I turn now?" (see
 * passend-advisor-answers.c): the rungs already tried and the
 * situations ticked, as stable ids, and the weeks at home.  These were
 * added within file format version 3: they are written only once used,
 * so a dossier that never used them is written as before, and an older
 * build keeps them as unknown fields and writes them back unchanged.
 */
#define G_LOG_DOMAIN "passend-process-state"

#include "config.h"

#include "passend-clock.h"
#include "passend-plan.h"
#include "passend-process-state.h"

struct _PassendProcessState
{
  PassendRecord parent_instance;

  char *child_id;
  int   step;
  GStrv checked;
  int   plan;
  char *reached[PASSEND_PROCESS_LAST_STEP];
  GStrv advisor_tried;
  GStrv advisor_situation;
  int   advisor_weeks;
};

G_DEFINE_FINAL_TYPE (PassendProcessState, passend_process_state, PASSEND_TYPE_RECORD)

#define REACHED_FIELD(n)                                                                           \
  {                                                                                                \
    "reached-" #n, "reached_" #n, PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_DATE,                   \
        G_STRUCT_OFFSET (PassendProcessState, reached) + ((n)-1) * sizeof (char *)                 \
  }

static const PassendFieldSpec fields[] = {
  { "child-id", "child_id", PASSEND_FIELD_TYPE_SHARED,
    PASSEND_FIELD_REQUIRED | PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendProcessState, child_id) },
  { "step", "step", PASSEND_FIELD_TYPE_INT, PASSEND_FIELD_REQUIRED,
    G_STRUCT_OFFSET (PassendProcessState, step), NULL, PASSEND_PROCESS_FIRST_STEP,
    PASSEND_PROCESS_LAST_STEP },
  { "checked", "checked", PASSEND_FIELD_TYPE_STRV, PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendProcessState, checked) },
  /* Absent in files from before the plan loop: plan 1. */
  { "plan", "plan", PASSEND_FIELD_TYPE_INT, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendProcessState, plan), NULL, 1, PASSEND_PLAN_MAX_NUMBER },
  REACHED_FIELD (1),
  REACHED_FIELD (2),
  REACHED_FIELD (3),
  REACHED_FIELD (4),
  REACHED_FIELD (5),
  REACHED_FIELD (6),
  { "advisor-tried", "advisor_tried", PASSEND_FIELD_TYPE_STRV,
    PASSEND_FIELD_NOT_EMPTY | PASSEND_FIELD_OMIT_EMPTY,
    G_STRUCT_OFFSET (PassendProcessState, advisor_tried) },
  { "advisor-situation", "advisor_situation", PASSEND_FIELD_TYPE_STRV,
    PASSEND_FIELD_NOT_EMPTY | PASSEND_FIELD_OMIT_EMPTY,
    G_STRUCT_OFFSET (PassendProcessState, advisor_situation) },
  { "advisor-weeks", "advisor_weeks", PASSEND_FIELD_TYPE_INT, PASSEND_FIELD_OMIT_EMPTY,
    G_STRUCT_OFFSET (PassendProcessState, advisor_weeks), NULL, 0,
    PASSEND_PROCESS_MAX_WEEKS_AT_HOME },
};

G_STATIC_ASSERT (PASSEND_PROCESS_LAST_STEP == 6);

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

/**
 * passend_process_state_new:
 * @child_id: the child's id
 *
 * Returns: (transfer full): a state at step 1, reached today
 */
PassendProcessState *
passend_process_state_new (const char *child_id)
{
  g_autofree char *today = passend_clock_get_today ();

  return g_object_new (PASSEND_TYPE_PROCESS_STATE, "child-id", child_id, "reached-1", today, NULL);
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

/**
 * passend_process_state_set_step:
 *
 * Sets the step and nothing else; the Assistant moves between steps
 * with passend_process_advance() and its siblings, which keep the dates
 * and plans in step.
 */
void
passend_process_state_set_step (PassendProcessState *self, int step)
{
  g_return_if_fail (PASSEND_IS_PROCESS_STATE (self));
  g_return_if_fail (step >= PASSEND_PROCESS_FIRST_STEP && step <= PASSEND_PROCESS_LAST_STEP);

  g_object_set (self, "step", step, NULL);
}

/**
 * passend_process_state_get_plan_number:
 *
 * Returns: the number of the plan being made (step 4) or checked
 *   (step 5): 1, then one more each time a check sends the parent back
 */
int
passend_process_state_get_plan_number (PassendProcessState *self)
{
  g_return_val_if_fail (PASSEND_IS_PROCESS_STATE (self), 1);
  return self->plan;
}

/**
 * passend_process_state_get_reached:
 * @step: 1 to 6
 *
 * Returns: (nullable): the day @step was last reached, "YYYY-MM-DD";
 *   %NULL for a step not reached, or left by going back before it
 */
const char *
passend_process_state_get_reached (PassendProcessState *self, int step)
{
  g_return_val_if_fail (PASSEND_IS_PROCESS_STATE (self), NULL);
  g_return_val_if_fail (step >= PASSEND_PROCESS_FIRST_STEP && step <= PASSEND_PROCESS_LAST_STEP,
                        NULL);

  return self->reached[step - 1];
}

/**
 * passend_process_state_get_checked:
 *
 * Returns: (transfer none) (nullable): the ids of the ticked items,
 *   in the order they were ticked
 */
const char *const *
passend_process_state_get_checked (PassendProcessState *self)
{
  g_return_val_if_fail (PASSEND_IS_PROCESS_STATE (self), NULL);
  return (const char *const *)self->checked;
}

gboolean
passend_process_state_is_checked (PassendProcessState *self, const char *item_id)
{
  g_return_val_if_fail (PASSEND_IS_PROCESS_STATE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  return self->checked != NULL && g_strv_contains ((const char *const *)self->checked, item_id);
}

/**
 * passend_process_state_get_advisor_tried:
 *
 * Returns: (transfer none) (nullable): the ids of the rungs of the
 *   escalation route the parent said were tried ("teacher")
 */
const char *const *
passend_process_state_get_advisor_tried (PassendProcessState *self)
{
  g_return_val_if_fail (PASSEND_IS_PROCESS_STATE (self), NULL);
  return (const char *const *)self->advisor_tried;
}

/**
 * passend_process_state_get_advisor_situation:
 *
 * Returns: (transfer none) (nullable): the ids of the situations the
 *   parent ticked in the advisor ("at-home")
 */
const char *const *
passend_process_state_get_advisor_situation (PassendProcessState *self)
{
  g_return_val_if_fail (PASSEND_IS_PROCESS_STATE (self), NULL);
  return (const char *const *)self->advisor_situation;
}

/**
 * passend_process_state_get_advisor_weeks:
 *
 * Returns: the weeks at home the parent gave in the advisor, or 0
 */
int
passend_process_state_get_advisor_weeks (PassendProcessState *self)
{
  g_return_val_if_fail (PASSEND_IS_PROCESS_STATE (self), 0);
  return self->advisor_weeks;
}
