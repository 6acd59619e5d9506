/* passend-process-state.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-record.h"

G_BEGIN_DECLS

#define PASSEND_PROCESS_FIRST_STEP 1
#define PASSEND_PROCESS_LAST_STEP 6
/* Make a plan, then check it: the two steps of the loop. */
#define PASSEND_PROCESS_PLAN_STEP 4
#define PASSEND_PROCESS_EVALUATE_STEP 5
/* The most weeks at home the advisor keeps. */
#define PASSEND_PROCESS_MAX_WEEKS_AT_HOME 104

#define PASSEND_TYPE_PROCESS_STATE (passend_process_state_get_type ())
G_DECLARE_FINAL_TYPE (
    PassendProcessState, passend_process_state, PASSEND, PROCESS_STATE, PassendRecord)

PassendProcessState *passend_process_state_new (const char *child_id);
const char          *passend_process_state_get_child_id (PassendProcessState *self);
int                  passend_process_state_get_step (PassendProcessState *self);
void                 passend_process_state_set_step (PassendProcessState *self, int step);
int                  passend_process_state_get_plan_number (PassendProcessState *self);
const char          *passend_process_state_get_reached (PassendProcessState *self, int step);
const char *const   *passend_process_state_get_checked (PassendProcessState *self);
gboolean passend_process_state_is_checked (PassendProcessState *self, const char *item_id);
const char *const *passend_process_state_get_advisor_tried (PassendProcessState *self);
const char *const *passend_process_state_get_advisor_situation (PassendProcessState *self);
int                passend_process_state_get_advisor_weeks (PassendProcessState *self);

G_END_DECLS
