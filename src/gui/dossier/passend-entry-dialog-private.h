/* passend-entry-dialog-private.h - what the entry dialog's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * passend-entry-dialog.c has the window, its fields and closing;
 * -documents.c the documents kept with the entry; -save.c checking
 * and saving through the dossier's entry draft.
 */
#pragma once

#include "passend-date-entry.h"
#include "passend-entry-dialog.h"

G_BEGIN_DECLS

void passend_entry_dialog_show_message (PassendEntryDialog *self, const char *message);
void
passend_entry_dialog_show_problem (PassendEntryDialog *self, const char *message, GtkWidget *field);
char *passend_entry_dialog_get_text (PassendEntryDialog *self);
char *passend_entry_dialog_trimmed (GtkEntry *entry);

void passend_entry_dialog_document_item_free (gpointer data);
void passend_entry_dialog_add_document_row (PassendEntryDialog *self,
                                            PassendDocument    *document,
                                            gboolean            is_new);
void passend_entry_dialog_add_document_cb (PassendEntryDialog *self);
void passend_entry_dialog_discard_new_documents (PassendEntryDialog *self);

void passend_entry_dialog_save_cb (PassendEntryDialog *self);
void
passend_entry_dialog_save_action (GtkWidget *widget, const char *action_name, GVariant *parameter);

G_END_DECLS
