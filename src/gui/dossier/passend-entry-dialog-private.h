/* passend-entry-dialog-private.h - what the entry dialog's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * passend-entry-dialog.c has the window, its fields and closing;
 * -documents.c the documents kept with the entry; -save.c checking
 * and saving through the dossier's entry draft; -reply.c asks whether
 * a new reply meets a deadline.
 */
#pragma once

#include "passend-date-entry.h"
#include "passend-entry-dialog.h"

G_BEGIN_DECLS

/* One document as the dialog shows it. */
typedef struct
{
  PassendDocument *document;
  GtkWidget       *row;
  gboolean         is_new;
  gboolean         removed;
} DocumentItem;

struct _PassendEntryDialog
{
  GtkWindow parent_instance;

  PassendStore   *store;
  PassendDossier *dossier;
  PassendEntry   *entry; /* NULL while adding */
  GListModel     *children;
  GPtrArray      *agreements; /* of PassendAgreementEditor */
  GPtrArray      *documents;  /* of DocumentItem */
  GCancellable   *cancellable;
  char           *initial_state;
  char           *confirmed_date; /* an odd date the parent kept */
  guint           imports_running;

  /* Template widgets */
  GtkButton        *save_button;
  GtkRevealer      *message_revealer;
  GtkLabel         *message_label;
  GtkDropDown      *kind_dropdown;
  GtkLabel         *direction_label;
  GtkDropDown      *direction_dropdown;
  GtkLabel         *date_label;
  PassendDateEntry *date_entry;
  GtkEntry         *time_entry;
  GtkEntry         *title_entry;
  GtkEntry         *people_entry;
  GtkDropDown      *role_dropdown;
  GtkLabel         *child_label;
  GtkDropDown      *child_dropdown;
  GtkDropDown      *event_dropdown; /* 0: nothing, else an event of the kinds table */
  GtkTextView      *text_view;
  GtkBox           *agreements_box;
  GtkBox           *documents_box;
  GtkButton        *add_document_button;
  GtkButton        *delete_button;
};

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

void passend_entry_dialog_fill_events (PassendEntryDialog *self);

GtkWindow *
passend_entry_dialog_ask_reply (GtkWindow *parent, PassendDossier *dossier, PassendEntry *entry);
void passend_entry_dialog_save_cb (PassendEntryDialog *self);
void
passend_entry_dialog_save_action (GtkWidget *widget, const char *action_name, GVariant *parameter);

G_END_DECLS
