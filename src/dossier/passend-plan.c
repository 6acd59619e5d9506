/* passend-plan.c - one plan of the loop between step 4 and step 5
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each time the parent and school make a plan (step 4) and move on to
 * carry it out, a plan record keeps its number for that child (plan 1,
 * plan 2, ...), the day it was made and, once evaluated in step 5, the
 * day and the result.  A plan that works goes on until the next
 * evaluation date.  The records are the history of the loop; they are
 * changed only through passend-process.h.
 */
#define G_LOG_DOMAIN "passend-plan"

#include "config.h"

#include <string.h>

#include "passend-error.h"
#include "passend-plan.h"

struct _PassendPlan
{
  PassendRecord parent_instance;

  char *child_id;
  int   number;
  char *made;
  char *evaluated;
  int   result;
  char *next_evaluation;
  GStrv earlier; /* "YYYY-MM-DD result" of checks made before */
};

G_DEFINE_FINAL_TYPE (PassendPlan, passend_plan, PASSEND_TYPE_RECORD)

static const PassendFieldSpec fields[] = {
  { "child-id", "child_id", PASSEND_FIELD_TYPE_SHARED,
    PASSEND_FIELD_REQUIRED | PASSEND_FIELD_NOT_EMPTY, G_STRUCT_OFFSET (PassendPlan, child_id) },
  { "number", "number", PASSEND_FIELD_TYPE_INT, PASSEND_FIELD_REQUIRED,
    G_STRUCT_OFFSET (PassendPlan, number), NULL, 1, PASSEND_PLAN_MAX_NUMBER },
  { "made", "made", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_REQUIRED | PASSEND_FIELD_DATE,
    G_STRUCT_OFFSET (PassendPlan, made) },
  { "evaluated", "evaluated", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_DATE,
    G_STRUCT_OFFSET (PassendPlan, evaluated) },
  { "result", "result", PASSEND_FIELD_TYPE_ENUM, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendPlan, result), passend_plan_result_get_type },
  { "next-evaluation", "next_evaluation", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_DATE,
    G_STRUCT_OFFSET (PassendPlan, next_evaluation) },
  { "earlier", "earlier", PASSEND_FIELD_TYPE_STRV, PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendPlan, earlier) },
};

/* A result comes with the day it was given; only a plan that goes on
 * has a next evaluation. */
static gboolean
passend_plan_validate (PassendRecord *record, const char *what, GError **error)
{
  PassendPlan *self = PASSEND_PLAN (record);
  const char  *problem = NULL;

  if ((self->result == PASSEND_PLAN_RESULT_NONE) != (self->evaluated == NULL))
    problem = "a result needs the day it was given, and only a result has one";
  else if (self->next_evaluation != NULL && self->result != PASSEND_PLAN_RESULT_YES)
    problem = "only a plan that works has a next evaluation";
  for (guint i = 0; problem == NULL && self->earlier != NULL && self->earlier[i] != NULL; i++)
    if (!passend_plan_parse_earlier (self->earlier[i], NULL, NULL))
      problem = "an earlier check is not a date and a result";

  if (problem != NULL)
    {
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "%s: %s", what, problem);
      return FALSE;
    }

  return TRUE;
}

static void
passend_plan_class_init (PassendPlanClass *klass)
{
  PassendRecordClass *record_class = PASSEND_RECORD_CLASS (klass);

  record_class->json_name = "plan";
  record_class->validate = passend_plan_validate;
  passend_record_class_add_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
passend_plan_init (PassendPlan *self)
{
}

/**
 * passend_plan_new:
 * @child_id: the child the plan is for
 * @number: 1 for the first plan, 2 after the first evaluation that
 *   sends the parent back to step 4, ...
 * @made: "YYYY-MM-DD"
 */
PassendPlan *
passend_plan_new (const char *child_id, int number, const char *made)
{
  return g_object_new (PASSEND_TYPE_PLAN, "child-id", child_id, "number", number, "made", made,
                       NULL);
}

const char *
passend_plan_get_child_id (PassendPlan *self)
{
  g_return_val_if_fail (PASSEND_IS_PLAN (self), NULL);
  return self->child_id;
}

int
passend_plan_get_number (PassendPlan *self)
{
  g_return_val_if_fail (PASSEND_IS_PLAN (self), 0);
  return self->number;
}

const char *
passend_plan_get_made (PassendPlan *self)
{
  g_return_val_if_fail (PASSEND_IS_PLAN (self), NULL);
  return self->made;
}

const char *
passend_plan_get_evaluated (PassendPlan *self)
{
  g_return_val_if_fail (PASSEND_IS_PLAN (self), NULL);
  return self->evaluated;
}

PassendPlanResult
passend_plan_get_result (PassendPlan *self)
{
  g_return_val_if_fail (PASSEND_IS_PLAN (self), PASSEND_PLAN_RESULT_NONE);
  return self->result;
}

const char *
passend_plan_get_next_evaluation (PassendPlan *self)
{
  g_return_val_if_fail (PASSEND_IS_PLAN (self), NULL);
  return self->next_evaluation;
}

/**
 * passend_plan_get_earlier:
 *
 * Returns: (transfer none) (nullable): the checks of this plan before
 *   the last one, oldest first, each "YYYY-MM-DD result" (see
 *   passend_plan_parse_earlier())
 */
const char *const *
passend_plan_get_earlier (PassendPlan *self)
{
  g_return_val_if_fail (PASSEND_IS_PLAN (self), NULL);
  return (const char *const *)self->earlier;
}

/**
 * passend_plan_parse_earlier:
 * @earlier: one of passend_plan_get_earlier()
 * @date: (out) (optional): its day, pointing into @earlier
 * @result: (out) (optional): its result
 *
 * Returns: whether @earlier is a day and a result other than none
 */
gboolean
passend_plan_parse_earlier (const char *earlier, const char **date, PassendPlanResult *result)
{
  g_autofree char *day = NULL;
  int              value;

  if (earlier == NULL || strlen (earlier) < 12 || earlier[10] != ' ')
    return FALSE;

  day = g_strndup (earlier, 10);
  if (!passend_date_is_valid (day) ||
      !passend_enum_from_keyword (PASSEND_TYPE_PLAN_RESULT, earlier + 11, &value) ||
      value == PASSEND_PLAN_RESULT_NONE)
    return FALSE;

  if (date != NULL)
    *date = earlier;
  if (result != NULL)
    *result = value;
  return TRUE;
}

/**
 * passend_plan_keep_check:
 *
 * Before the plan is checked again: its last check goes to the earlier
 * ones, so no result is ever lost.
 */
void
passend_plan_keep_check (PassendPlan *self)
{
  g_autoptr (GStrvBuilder) builder = NULL;
  g_auto (GStrv) earlier = NULL;
  g_autofree char *check = NULL;

  g_return_if_fail (PASSEND_IS_PLAN (self));

  if (self->result == PASSEND_PLAN_RESULT_NONE || self->evaluated == NULL)
    return;

  check = g_strdup_printf ("%s %s", self->evaluated,
                           passend_enum_to_keyword (PASSEND_TYPE_PLAN_RESULT, self->result));
  builder = g_strv_builder_new ();
  if (self->earlier != NULL)
    g_strv_builder_addv (builder, (const char **)self->earlier);
  g_strv_builder_add (builder, check);
  earlier = g_strv_builder_end (builder);
  g_object_set (self, "earlier", earlier, NULL);
}
