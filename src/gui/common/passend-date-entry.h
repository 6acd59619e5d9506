/* passend-date-entry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PASSEND_TYPE_DATE_ENTRY (passend_date_entry_get_type ())
G_DECLARE_FINAL_TYPE (PassendDateEntry, passend_date_entry, PASSEND, DATE_ENTRY, GtkWidget)

char     *passend_date_entry_get_date (PassendDateEntry *self);
void      passend_date_entry_set_date (PassendDateEntry *self, const char *date);
gboolean  passend_date_entry_is_empty (PassendDateEntry *self);
GtkEntry *passend_date_entry_get_entry (PassendDateEntry *self);

G_END_DECLS
