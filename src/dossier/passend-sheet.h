/* passend-sheet.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-record.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_SHEET (passend_sheet_get_type ())
G_DECLARE_FINAL_TYPE (PassendSheet, passend_sheet, PASSEND, SHEET, PassendRecord)

PassendSheet *passend_sheet_new (const char *child_id);
const char   *passend_sheet_get_child_id (PassendSheet *self);
const char   *passend_sheet_get_date (PassendSheet *self);
const char   *passend_sheet_get_time (PassendSheet *self);
const char   *passend_sheet_get_place (PassendSheet *self);
const char   *passend_sheet_get_with_whom (PassendSheet *self);
const char   *passend_sheet_get_school_goal (PassendSheet *self);
const char   *passend_sheet_get_my_goal (PassendSheet *self);
const char   *passend_sheet_get_going_well (PassendSheet *self);
const char   *passend_sheet_get_questions (PassendSheet *self);
const char   *passend_sheet_get_wishes (PassendSheet *self);
const char   *passend_sheet_get_companions (PassendSheet *self);
const char   *passend_sheet_get_documents (PassendSheet *self);
const char   *passend_sheet_get_entry_id (PassendSheet *self);
guint         passend_sheet_get_n_points (PassendSheet *self);
const char   *passend_sheet_get_point_worry (PassendSheet *self, guint index);
const char   *passend_sheet_get_point_example (PassendSheet *self, guint index);
void          passend_sheet_set_points (PassendSheet      *self,
                                        const char *const *worries,
                                        const char *const *examples);
void          passend_sheet_move_point (PassendSheet *self, guint from, guint to);
gboolean      passend_sheet_is_empty (PassendSheet *self);

G_END_DECLS
