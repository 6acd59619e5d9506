/* passend-plan.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-enums.h"
#include "passend-record.h"

G_BEGIN_DECLS

/* More plans than any child will ever need; keeps the number sane. */
#define PASSEND_PLAN_MAX_NUMBER 999

#define PASSEND_TYPE_PLAN (passend_plan_get_type ())
G_DECLARE_FINAL_TYPE (PassendPlan, passend_plan, PASSEND, PLAN, PassendRecord)

PassendPlan       *passend_plan_new (const char *child_id, int number, const char *made);
const char        *passend_plan_get_child_id (PassendPlan *self);
int                passend_plan_get_number (PassendPlan *self);
const char        *passend_plan_get_made (PassendPlan *self);
const char        *passend_plan_get_evaluated (PassendPlan *self);
PassendPlanResult  passend_plan_get_result (PassendPlan *self);
const char        *passend_plan_get_next_evaluation (PassendPlan *self);
const char *const *passend_plan_get_earlier (PassendPlan *self);
gboolean
     passend_plan_parse_earlier (const char *earlier, const char **date, PassendPlanResult *result);
void passend_plan_keep_check (PassendPlan *self);

G_END_DECLS
