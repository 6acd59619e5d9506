/* passend-shown-entries.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-entry-filter.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_SHOWN_ENTRIES (passend_shown_entries_get_type ())
G_DECLARE_FINAL_TYPE (PassendShownEntries, passend_shown_entries, PASSEND, SHOWN_ENTRIES, GObject)

PassendShownEntries *passend_shown_entries_new (void);
void  passend_shown_entries_set_filter (PassendShownEntries *self, PassendEntryFilter *filter);
void  passend_shown_entries_set_model (PassendShownEntries *self, GListModel *model);
void  passend_shown_entries_refilter (PassendShownEntries *self, PassendFilterChange change);
guint passend_shown_entries_get_n_checked (PassendShownEntries *self);

G_END_DECLS
