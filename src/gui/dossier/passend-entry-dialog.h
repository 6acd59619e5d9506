/* passend-entry-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-store.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_ENTRY_DIALOG (passend_entry_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PassendEntryDialog, passend_entry_dialog, PASSEND, ENTRY_DIALOG, GtkWindow)

PassendEntryDialog *passend_entry_dialog_new (GtkWindow    *parent,
                                              PassendStore *store,
                                              PassendEntry *entry,
                                              PassendChild *child);
PassendEntryDialog *passend_entry_dialog_new_draft (GtkWindow    *parent,
                                                    PassendStore *store,
                                                    PassendEntry *draft,
                                                    GPtrArray    *agreements,
                                                    PassendChild *child);
PassendEntry       *passend_entry_dialog_get_entry (PassendEntryDialog *self);
void                passend_entry_dialog_add_file (PassendEntryDialog *self, const char *path);

G_END_DECLS
