/* passend-process.c - moving a child through the six steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules, in one place:
 *
 * - Advance: one step on, from step 1 to 5.  Step 5 is left only by
 *   evaluating the plan, step 6 is the last.  Moving from step 4 to 5
 *   means the plan is made: its PassendPlan record is created (or, for
 *   a plan not evaluated yet, given the new day).
 * - Go back: to any earlier step.  The later steps are no longer
 *   reached; their dates go.  A plan that was evaluated stays in the
 *   history, and the next plan gets the next number.
 * - Evaluate (step 5 only): "yes" keeps the plan going, with an
 *   optional next evaluation date not before today; "partly" and "no"
 *   send the parent back to step 4 with the next plan number; "no
 *   place" moves on to step 6, the school's zorgplicht.
 *
 * - Reach next (the explicit "I reached this step"): the same as
 *   advance, on a day the parent chooses (today by default).  The
 *   view asks before a day in the future; the model takes any real day.
 * - Every move made by reach next or back to can be undone, as long as
 *   nothing moved the child's step since: the state and the plan are
 *   put back as they were.
 *
 * Every other day written is passend_clock_get_today().  A failed call
 * changes nothing.
 */
#define G_LOG_DOMAIN "passend-process"

#include "config.h"

#include <string.h>

#include "passend-clock.h"
#include "passend-error.h"
#include "passend-process.h"
#include "passend-step-guide.h"

static const char *const reached_props[] = {
  "reached-1", "reached-2", "reached-3", "reached-4", "reached-5", "reached-6",
};

G_STATIC_ASSERT (G_N_ELEMENTS (reached_props) == PASSEND_PROCESS_LAST_STEP);

struct _PassendProcessMove
{
  PassendChild        *child;
  PassendProcessState *state;
  int                  step_before;
  int                  plan_before;
  char                *reached_before[PASSEND_PROCESS_LAST_STEP];
  int                  step_after;
  int                  plan_after;
  char                *reached_after;
  PassendPlan         *plan;        /* the plan the move made or dated */
  gboolean             plan_is_new; /* made by the move */
  char                *made_before; /* the plan's day before the move */
};

static const char *
child_id (PassendChild *child)
{
  return passend_record_get_id (PASSEND_RECORD (child));
}

/* A state or plan is only made for a child of the dossier. */
static gboolean
check_child (PassendDossier *dossier, PassendChild *child, GError **error)
{
  if (passend_dossier_find_child (dossier, child_id (child)) == child)
    return TRUE;

  g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                       "the child is not in this dossier");
  return FALSE;
}

/* Moves @state to @step, reached on @date (today for %NULL); the steps
 * after it are not reached any more. */
static void
move_on (PassendProcessState *state, int step, int plan_number, const char *date)
{
  g_autofree char *today = date == NULL ? passend_clock_get_today () : NULL;

  g_object_freeze_notify (G_OBJECT (state));
  g_object_set (state, "step", step, "plan", plan_number, reached_props[step - 1],
                date != NULL ? date : today, NULL);
  for (int later = step + 1; later <= PASSEND_PROCESS_LAST_STEP; later++)
    g_object_set (state, reached_props[later - 1], NULL, NULL);
  g_object_thaw_notify (G_OBJECT (state));
}

static void
move_to (PassendProcessState *state, int step, int plan_number)
{
  move_on (state, step, plan_number, NULL);
}

/**
 * passend_process_find_plan:
 * @number: a plan number, 1 or more
 *
 * Returns: (transfer none) (nullable): the child's plan of that number
 */
PassendPlan *
passend_process_find_plan (PassendDossier *dossier, PassendChild *child, int number)
{
  GListModel *plans;
  guint       n;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (PASSEND_IS_CHILD (child), NULL);

  plans = passend_dossier_get_plans (dossier);
  n = g_list_model_get_n_items (plans);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendPlan) plan = g_list_model_get_item (plans, i);

      if (passend_plan_get_number (plan) == number &&
          g_strcmp0 (passend_plan_get_child_id (plan), child_id (child)) == 0)
        return plan;
    }

  return NULL;
}

static int
compare_plans (gconstpointer a, gconstpointer b)
{
  PassendPlan *pa = *(PassendPlan **)a;
  PassendPlan *pb = *(PassendPlan **)b;

  return passend_plan_get_number (pa) - passend_plan_get_number (pb);
}

/**
 * passend_process_list_plans:
 *
 * Returns: (transfer container) (element-type PassendPlan): the
 *   child's plans, plan 1 first
 */
GPtrArray *
passend_process_list_plans (PassendDossier *dossier, PassendChild *child)
{
  GPtrArray  *found = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *plans;
  guint       n;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), found);
  g_return_val_if_fail (PASSEND_IS_CHILD (child), found);

  plans = passend_dossier_get_plans (dossier);
  n = g_list_model_get_n_items (plans);
  for (guint i = 0; i < n; i++)
    {
      PassendPlan *plan = g_list_model_get_item (plans, i);

      if (g_strcmp0 (passend_plan_get_child_id (plan), child_id (child)) == 0)
        g_ptr_array_add (found, plan);
      else
        g_object_unref (plan);
    }

  g_ptr_array_sort (found, compare_plans);
  return found;
}

/* The plan the child's state names, made today if there is none yet
 * (a state put at step 5 by hand, or by an older build). */
static PassendPlan *
ensure_plan (PassendDossier *dossier, PassendChild *child, PassendProcessState *state)
{
  int          number = passend_process_state_get_plan_number (state);
  PassendPlan *plan = passend_process_find_plan (dossier, child, number);
  g_autoptr (PassendPlan) made = NULL;
  g_autofree char *today = NULL;

  if (plan != NULL)
    return plan;

  today = passend_clock_get_today ();
  made = passend_plan_new (child_id (child), number, today);
  passend_dossier_add_plan (dossier, made);
  return made;
}

/**
 * passend_process_advance:
 *
 * Moves the child one step on, reached today.
 *
 * Returns: %FALSE with @error set at step 5 (evaluate the plan instead)
 *   and step 6 (the last)
 */
gboolean
passend_process_advance (PassendDossier *dossier, PassendChild *child, GError **error)
{
  g_autoptr (PassendProcessMove) move = passend_process_reach_next (dossier, child, NULL, error);

  return move != NULL;
}

/**
 * passend_process_go_back:
 * @step: an earlier step than the child's
 *
 * Returns: %FALSE with @error set if @step is not an earlier step
 */
gboolean
passend_process_go_back (PassendDossier *dossier, PassendChild *child, int step, GError **error)
{
  g_autoptr (PassendProcessMove) move = passend_process_back_to (dossier, child, step, error);

  return move != NULL;
}

/**
 * passend_process_evaluate:
 * @result: how the plan worked; not %PASSEND_PLAN_RESULT_NONE
 * @next_evaluation: (nullable): for %PASSEND_PLAN_RESULT_YES only: when
 *   the plan is checked again, "YYYY-MM-DD", not before today
 *
 * Keeps the result with the current plan and moves on: yes stays at
 * step 5, partly and no go back to step 4 with the next plan number,
 * no place goes to step 6.
 *
 * Returns: %FALSE with @error set if the child is not at step 5 or the
 *   answer does not fit
 */
gboolean
passend_process_evaluate (PassendDossier   *dossier,
                          PassendChild     *child,
                          PassendPlanResult result,
                          const char       *next_evaluation,
                          GError          **error)
{
  PassendProcessState *state;
  g_autofree char     *today = NULL;
  const char          *problem = NULL;
  PassendPlan         *plan;
  int                  number;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), FALSE);
  g_return_val_if_fail (PASSEND_IS_CHILD (child), FALSE);

  today = passend_clock_get_today ();
  state = passend_dossier_find_process_state (dossier, child);

  if (state == NULL || passend_process_state_get_step (state) != PASSEND_PROCESS_EVALUATE_STEP)
    problem = "a plan is evaluated in step 5";
  else if (passend_enum_to_keyword (PASSEND_TYPE_PLAN_RESULT, result) == NULL ||
           result == PASSEND_PLAN_RESULT_NONE)
    problem = "not a result";
  else if (next_evaluation != NULL && result != PASSEND_PLAN_RESULT_YES)
    problem = "only a plan that works has a next evaluation";
  else if (next_evaluation != NULL && !passend_date_is_valid (next_evaluation))
    problem = "the next evaluation is not a date";
  else if (next_evaluation != NULL && strcmp (next_evaluation, today) < 0)
    problem = "the next evaluation is in the past";
  else if ((result == PASSEND_PLAN_RESULT_PARTLY || result == PASSEND_PLAN_RESULT_NO) &&
           passend_process_state_get_plan_number (state) >= PASSEND_PLAN_MAX_NUMBER)
    problem = "too many plans";

  if (problem != NULL)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, problem);
      return FALSE;
    }

  plan = ensure_plan (dossier, child, state);
  /* A plan checked again (it worked, and now it is checked once more;
   * or step 6 went back to 5) keeps its earlier results. */
  passend_plan_keep_check (plan);
  g_object_set (plan, "evaluated", today, "result", result, "next-evaluation", next_evaluation,
                NULL);

  number = passend_process_state_get_plan_number (state);
  switch (result)
    {
    case PASSEND_PLAN_RESULT_YES:
      break;
    case PASSEND_PLAN_RESULT_PARTLY:
    case PASSEND_PLAN_RESULT_NO:
      move_to (state, PASSEND_PROCESS_PLAN_STEP, number + 1);
      break;
    case PASSEND_PLAN_RESULT_NO_PLACE:
      move_to (state, PASSEND_PROCESS_LAST_STEP, number);
      break;
    case PASSEND_PLAN_RESULT_NONE:
    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

/**
 * passend_process_set_item_checked:
 * @item_id: an item of a step's checklist (see passend-step-guide.h)
 *
 * Ticks or unticks a checklist item.  Ids a newer build wrote stay.
 *
 * Returns: %FALSE with @error set for an id no checklist has
 */
gboolean
passend_process_set_item_checked (PassendDossier *dossier,
                                  PassendChild   *child,
                                  const char     *item_id,
                                  gboolean        checked,
                                  GError        **error)
{
  PassendProcessState *state;
  g_autoptr (GStrvBuilder) builder = NULL;
  g_auto (GStrv) items = NULL;
  const char *const *old;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), FALSE);
  g_return_val_if_fail (PASSEND_IS_CHILD (child), FALSE);

  if (item_id == NULL || passend_step_guide_find_item (item_id) == NULL)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "not an item of any checklist");
      return FALSE;
    }

  state = passend_dossier_find_process_state (dossier, child);
  if ((state == NULL && !checked) ||
      (state != NULL && passend_process_state_is_checked (state, item_id) == checked))
    return TRUE;

  if (!check_child (dossier, child, error))
    return FALSE;

  state = passend_dossier_get_process_state (dossier, child);
  builder = g_strv_builder_new ();
  old = passend_process_state_get_checked (state);
  for (guint i = 0; old != NULL && old[i] != NULL; i++)
    if (checked || strcmp (old[i], item_id) != 0)
      g_strv_builder_add (builder, old[i]);
  if (checked)
    g_strv_builder_add (builder, item_id);

  items = g_strv_builder_end (builder);
  g_object_set (state, "checked", items, NULL);
  return TRUE;
}

/* Moves */

static PassendProcessMove *
move_begin (PassendChild *child, PassendProcessState *state)
{
  PassendProcessMove *move = g_new0 (PassendProcessMove, 1);

  move->child = g_object_ref (child);
  move->state = g_object_ref (state);
  move->step_before = passend_process_state_get_step (state);
  move->plan_before = passend_process_state_get_plan_number (state);
  for (int step = 1; step <= PASSEND_PROCESS_LAST_STEP; step++)
    move->reached_before[step - 1] = g_strdup (passend_process_state_get_reached (state, step));
  return move;
}

static PassendProcessMove *
move_end (PassendProcessMove *move)
{
  move->step_after = passend_process_state_get_step (move->state);
  move->plan_after = passend_process_state_get_plan_number (move->state);
  move->reached_after =
      g_strdup (passend_process_state_get_reached (move->state, move->step_after));
  return move;
}

/* Step 4 to 5: the plan is made on @date.  A plan already evaluated is
 * history, and the next one is made. */
static gboolean
make_plan (PassendDossier     *dossier,
           PassendChild       *child,
           PassendProcessMove *move,
           const char         *date,
           int                *number,
           GError            **error)
{
  PassendPlan *plan = passend_process_find_plan (dossier, child, *number);

  if (plan != NULL && passend_plan_get_result (plan) != PASSEND_PLAN_RESULT_NONE)
    {
      if (*number >= PASSEND_PLAN_MAX_NUMBER)
        {
          g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "too many plans");
          return FALSE;
        }
      (*number)++;
      plan = NULL;
    }

  if (plan != NULL)
    {
      move->plan = g_object_ref (plan);
      move->made_before = g_strdup (passend_plan_get_made (plan));
      g_object_set (plan, "made", date, NULL);
    }
  else
    {
      move->plan = passend_plan_new (child_id (child), *number, date);
      move->plan_is_new = TRUE;
      passend_dossier_add_plan (dossier, move->plan);
    }
  return TRUE;
}

/**
 * passend_process_reach_next:
 * @date: (nullable): the day the next step was reached, "YYYY-MM-DD";
 *   %NULL for today
 *
 * Marks the step after the child's as reached on @date: the same move
 * as passend_process_advance(), on the parent's day.
 *
 * Returns: (transfer full) (nullable): the move, for
 *   passend_process_undo(); %NULL with @error set at step 5 and 6, or
 *   for a @date that is not a day
 */
PassendProcessMove *
passend_process_reach_next (PassendDossier *dossier,
                            PassendChild   *child,
                            const char     *date,
                            GError        **error)
{
  g_autoptr (PassendProcessMove) move = NULL;
  g_autofree char     *today = passend_clock_get_today ();
  PassendProcessState *state;
  int                  step;
  int                  number;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (PASSEND_IS_CHILD (child), NULL);

  if (!check_child (dossier, child, error))
    return NULL;
  if (date != NULL && !passend_date_is_valid (date))
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "not a day");
      return NULL;
    }
  if (date == NULL)
    date = today;

  /* Found first: a refused call makes no state. */
  state = passend_dossier_find_process_state (dossier, child);
  step = state != NULL ? passend_process_state_get_step (state) : PASSEND_PROCESS_FIRST_STEP;
  if (step == PASSEND_PROCESS_EVALUATE_STEP)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "step 5 is left by evaluating the plan");
      return NULL;
    }
  if (step >= PASSEND_PROCESS_LAST_STEP)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "step 6 is the last step");
      return NULL;
    }

  state = passend_dossier_get_process_state (dossier, child);
  move = move_begin (child, state);
  number = passend_process_state_get_plan_number (state);
  if (step + 1 == PASSEND_PROCESS_EVALUATE_STEP &&
      !make_plan (dossier, child, move, date, &number, error))
    return NULL;

  move_on (state, step + 1, number, date);
  return move_end (g_steal_pointer (&move));
}

/**
 * passend_process_back_to:
 * @step: an earlier step than the child's
 *
 * As passend_process_go_back(), but the move can be undone: the later
 * steps' days come back with it.
 *
 * Returns: (transfer full) (nullable): the move; %NULL with @error set
 *   if @step is not an earlier step
 */
PassendProcessMove *
passend_process_back_to (PassendDossier *dossier, PassendChild *child, int step, GError **error)
{
  PassendProcessState *state;
  PassendProcessMove  *move;
  int                  current;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (PASSEND_IS_CHILD (child), NULL);

  /* Found, not made: a refused call changes nothing. */
  state = passend_dossier_find_process_state (dossier, child);
  current = state ? passend_process_state_get_step (state) : PASSEND_PROCESS_FIRST_STEP;
  if (step < PASSEND_PROCESS_FIRST_STEP || step >= current)
    {
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "step %d is not before step %d",
                   step, current);
      return NULL;
    }

  move = move_begin (child, state);
  move_to (state, step, passend_process_state_get_plan_number (state));
  return move_end (move);
}

/**
 * passend_process_undo:
 * @move: a move made in @dossier
 *
 * Puts the child's step, its days and its plan back as they were
 * before @move.
 *
 * Returns: %FALSE with @error set, changing nothing, if the step moved
 *   again since or the plan the move made was checked
 */
gboolean
passend_process_undo (PassendDossier *dossier, PassendProcessMove *move, GError **error)
{
  PassendProcessState *state;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), FALSE);
  g_return_val_if_fail (move != NULL, FALSE);

  state = passend_dossier_find_process_state (dossier, move->child);
  if (state != move->state || passend_process_state_get_step (state) != move->step_after ||
      passend_process_state_get_plan_number (state) != move->plan_after ||
      g_strcmp0 (passend_process_state_get_reached (state, move->step_after),
                 move->reached_after) != 0 ||
      (move->plan != NULL && passend_plan_get_result (move->plan) != PASSEND_PLAN_RESULT_NONE))
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "the step changed since this move");
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (state));
  g_object_set (state, "step", move->step_before, "plan", move->plan_before, NULL);
  for (int step = 1; step <= PASSEND_PROCESS_LAST_STEP; step++)
    g_object_set (state, reached_props[step - 1], move->reached_before[step - 1], NULL);
  g_object_thaw_notify (G_OBJECT (state));

  if (move->plan != NULL)
    {
      if (move->plan_is_new)
        passend_dossier_remove_plan (dossier, move->plan);
      else
        g_object_set (move->plan, "made", move->made_before, NULL);
    }
  return TRUE;
}

/**
 * passend_process_move_get_step:
 *
 * Returns: the child's step after the move
 */
int
passend_process_move_get_step (const PassendProcessMove *move)
{
  g_return_val_if_fail (move != NULL, 0);
  return move->step_after;
}

/**
 * passend_process_move_get_date:
 *
 * Returns: the day the step after the move was reached
 */
const char *
passend_process_move_get_date (const PassendProcessMove *move)
{
  g_return_val_if_fail (move != NULL, NULL);
  return move->reached_after;
}

/**
 * passend_process_move_is_back:
 *
 * Returns: %TRUE for a move back to an earlier step
 */
gboolean
passend_process_move_is_back (const PassendProcessMove *move)
{
  g_return_val_if_fail (move != NULL, FALSE);
  return move->step_after < move->step_before;
}

void
passend_process_move_free (PassendProcessMove *move)
{
  if (move == NULL)
    return;

  g_clear_object (&move->child);
  g_clear_object (&move->state);
  for (int step = 1; step <= PASSEND_PROCESS_LAST_STEP; step++)
    g_free (move->reached_before[step - 1]);
  g_free (move->reached_after);
  g_clear_object (&move->plan);
  g_free (move->made_before);
  g_free (move);
}
