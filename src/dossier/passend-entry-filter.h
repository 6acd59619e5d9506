/* passend-entry-filter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-dossier.h"

G_BEGIN_DECLS

/* How a change of the filter changes what it lets through; the same
 * meaning as GtkFilterChange, so a view can pass it on. */
typedef enum
{
  PASSEND_FILTER_CHANGE_DIFFERENT,
  PASSEND_FILTER_CHANGE_LESS_STRICT,
  PASSEND_FILTER_CHANGE_MORE_STRICT,
} PassendFilterChange;

/* Every kind of entry, as a mask of (1 << kind). */
#define PASSEND_ENTRY_KINDS_ALL ((1u << (PASSEND_ENTRY_KIND_NOTE + 1)) - 1)

#define PASSEND_TYPE_ENTRY_FILTER (passend_entry_filter_get_type ())
G_DECLARE_FINAL_TYPE (PassendEntryFilter, passend_entry_filter, PASSEND, ENTRY_FILTER, GObject)

PassendEntryFilter *passend_entry_filter_new (PassendDossier *dossier);
void                passend_entry_filter_set_query (PassendEntryFilter *self, const char *query);
const char         *passend_entry_filter_get_query (PassendEntryFilter *self);
void                passend_entry_filter_set_kinds (PassendEntryFilter *self, guint kinds);
guint               passend_entry_filter_get_kinds (PassendEntryFilter *self);
void passend_entry_filter_set_child_id (PassendEntryFilter *self, const char *child_id);
void passend_entry_filter_set_dates (PassendEntryFilter *self, const char *from, const char *to);
void passend_entry_filter_set_open_only (PassendEntryFilter *self, gboolean open_only);
gboolean passend_entry_filter_get_open_only (PassendEntryFilter *self);
gboolean passend_entry_filter_is_narrowed (PassendEntryFilter *self);
gboolean passend_entry_filter_match (PassendEntryFilter *self, PassendEntry *entry);
gboolean passend_entry_filter_match_narrowed (PassendEntryFilter *self, PassendEntry *entry);

typedef struct _PassendFilterPreparation PassendFilterPreparation;

PassendFilterPreparation *passend_entry_filter_prepare_begin (PassendDossier *dossier);
void                      passend_entry_filter_prepare_end (PassendFilterPreparation *preparation);

G_END_DECLS
