/* passend-entry-read-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-store.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_ENTRY_READ_DIALOG (passend_entry_read_dialog_get_type ())
G_DECLARE_FINAL_TYPE (
    PassendEntryReadDialog, passend_entry_read_dialog, PASSEND, ENTRY_READ_DIALOG, GtkWindow)

PassendEntryReadDialog      *
passend_entry_read_dialog_new (GtkWindow *parent, PassendStore *store, PassendEntry *entry);
void passend_entry_read_dialog_set_writable (PassendEntryReadDialog *self, gboolean writable);

G_END_DECLS
