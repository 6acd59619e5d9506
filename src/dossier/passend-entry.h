/* passend-entry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-enums.h"
#include "passend-record.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_ENTRY (passend_entry_get_type ())
G_DECLARE_FINAL_TYPE (PassendEntry, passend_entry, PASSEND, ENTRY, PassendRecord)

PassendEntry    *passend_entry_new (PassendEntryKind kind, const char *date, const char *title);
const char      *passend_entry_get_child_id (PassendEntry *self);
void             passend_entry_set_child_id (PassendEntry *self, const char *child_id);
PassendEntryKind passend_entry_get_kind (PassendEntry *self);
int              passend_entry_compare_newest_first (PassendEntry *a, PassendEntry *b);
guint            passend_entry_get_day_number (PassendEntry *self);
const char      *passend_entry_get_date (PassendEntry *self);
const char      *passend_entry_get_time (PassendEntry *self);
const char      *passend_entry_get_title (PassendEntry *self);
const char      *passend_entry_get_people (PassendEntry *self);
PassendRole      passend_entry_get_role (PassendEntry *self);
PassendDirection passend_entry_get_direction (PassendEntry *self);
const char      *passend_entry_get_text (PassendEntry *self);
void             passend_entry_set_text (PassendEntry *self, const char *text);
gboolean         passend_entry_is_school_contact (PassendEntry *self);
const char      *passend_entry_get_search_key (PassendEntry *self);
gboolean         passend_entry_matches (PassendEntry *self, const char *folded_query);
gboolean passend_entry_matches_in_chain (PassendEntry *self, const char *folded_query, guint chain);
guint    passend_entry_new_search_chain (void);

G_END_DECLS
