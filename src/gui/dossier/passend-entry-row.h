/* passend-entry-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-entry.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_ENTRY_ROW (passend_entry_row_get_type ())
G_DECLARE_FINAL_TYPE (PassendEntryRow, passend_entry_row, PASSEND, ENTRY_ROW, GtkWidget)

PassendEntryRow *passend_entry_row_new (void);
PassendEntry    *passend_entry_row_get_item (PassendEntryRow *self);
void             passend_entry_row_set_item (PassendEntryRow *self, PassendEntry *entry);

G_END_DECLS
