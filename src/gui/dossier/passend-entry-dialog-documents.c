/* passend-entry-dialog-documents.c - the documents kept with an entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document is copied in by the store as soon as it is picked; Save
 * waits for the copies.  A copy that ends up unused (the dialog is
 * closed without saving, or the document removed again) is discarded.
 */
#define G_LOG_DOMAIN "passend-entry-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-documents.h"
#include "passend-entry-dialog-private.h"
#include "passend-error.h"
#include "passend-recent.h"
#include "passend-ui-util.h"

void
passend_entry_dialog_document_item_free (gpointer data)
{
  DocumentItem *item = data;

  g_clear_object (&item->document);
  g_free (item);
}

static void
open_document_cb (GtkButton *button, PassendEntryDialog *self)
{
  DocumentItem *item = g_object_get_data (G_OBJECT (button), "item");
  g_autoptr (GFile) file = passend_store_get_document_file (self->store, item->document);
  g_autofree char *uri = file ? g_file_get_uri (file) : NULL;

  if (uri != NULL)
    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
remove_document_cb (GtkButton *button, PassendEntryDialog *self)
{
  DocumentItem *item = g_object_get_data (G_OBJECT (button), "item");

  item->removed = TRUE;
  gtk_widget_set_visible (item->row, FALSE);
}

void
passend_entry_dialog_add_document_row (PassendEntryDialog *self,
                                       PassendDocument    *document,
                                       gboolean            is_new)
{
  DocumentItem    *item = g_new0 (DocumentItem, 1);
  gboolean         present = passend_store_has_document (self->store, document);
  g_autofree char *size = passend_format_size (passend_document_get_size (document));
  g_autofree char *detail = NULL;
  GtkWidget       *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget       *icon = gtk_image_new_from_icon_name ("x-office-document-symbolic");
  GtkWidget       *name = gtk_label_new (passend_document_get_name (document));
  GtkWidget       *info;
  GtkWidget       *open;
  GtkWidget       *remove;

  item->document = g_object_ref (document);
  item->is_new = is_new;
  item->row = row;

  detail = present ? g_strdup (size)
                   /* Translators: a document whose copy is gone from the dossier folder. */
                   : g_strdup (_ ("Missing: the copy is no longer in the dossier folder"));
  info = gtk_label_new (detail);
  gtk_widget_add_css_class (info, present ? "dim-label" : "error");
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_hexpand (name, TRUE);

  open = gtk_button_new_with_mnemonic (_ ("_Open"));
  gtk_widget_set_name (open, "document-open");
  gtk_widget_set_sensitive (open, present);
  g_object_set_data (G_OBJECT (open), "item", item);
  g_signal_connect (open, "clicked", G_CALLBACK (open_document_cb), self);
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_name (remove, "document-remove");
  gtk_widget_set_tooltip_text (remove, _ ("Remove this document"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Remove this document"), -1);
  g_object_set_data (G_OBJECT (remove), "item", item);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_document_cb), self);

  /* The icon says nothing the name does not. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Document"), -1);
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), name);
  gtk_box_append (GTK_BOX (row), info);
  gtk_box_append (GTK_BOX (row), open);
  gtk_box_append (GTK_BOX (row), remove);
  gtk_box_append (self->documents_box, row);
  g_ptr_array_add (self->documents, item);
}

static const char *
import_error_message (const GError *error)
{
  if (g_error_matches (error, PASSEND_ERROR, PASSEND_ERROR_TOO_LARGE))
    return _ ("This file is larger than 50 MB. Keep a smaller copy, for example a PDF of the pages "
              "that matter.");
  if (g_error_matches (error, PASSEND_ERROR, PASSEND_ERROR_NOT_REGULAR))
    return _ ("This is not an ordinary file, so it cannot be kept.");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    return _ ("The disk is full, so the file could not be copied.");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return _ ("Passend may not read this file.");
  return _ ("The file could not be copied.");
}

static void
import_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (PassendEntryDialog) self = user_data;
  g_autoptr (PassendDocument) document = NULL;
  g_autoptr (GError) error = NULL;

  self->imports_running--;
  document = passend_store_attach_document_finish (self->store, result, &error);

  /* The dialog closed while copying: the store deleted the copy. */
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  /* Save waits for the copies, so none is left out of the entry. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), self->imports_running == 0);

  if (document == NULL)
    {
      /* The entry itself can still be saved. */
      g_autofree char *message = g_strdup_printf ("%s %s", import_error_message (error),
                                                  _ ("Your entry can still be saved."));
      passend_entry_dialog_show_message (self, message);
      return;
    }

  /* A message about another file stays until read. */
  passend_entry_dialog_add_document_row (self, document, TRUE);
}

/* Save waits until the copy is done. */
static void
attach_file (PassendEntryDialog *self, GFile *file)
{
  self->imports_running++;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
  passend_store_attach_document_async (self->store, file, self->cancellable, import_done_cb,
                                       g_object_ref (self));
}

static void
file_chosen_cb (GtkNativeDialog *chooser, int response, PassendEntryDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      /* A sensitive file name must not show in every program's Recent. */
      passend_keep_out_of_recent (files);
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr (GFile) file = g_list_model_get_item (files, i);
          g_autofree char *path = g_file_get_path (file);

          if (path == NULL)
            passend_entry_dialog_show_message (self,
                                               _ ("Only files on this computer can be kept."));
          else
            attach_file (self, file);
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

void
passend_entry_dialog_add_document_cb (PassendEntryDialog *self)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_ ("Add a Document"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Add"), _ ("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (file_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Copies picked here and not saved with the entry were never in a
 * saved dossier or a backup: delete them. */
void
passend_entry_dialog_discard_new_documents (PassendEntryDialog *self)
{
  if (self->documents == NULL || self->store == NULL)
    return;

  for (guint i = 0; i < self->documents->len; i++)
    {
      DocumentItem *item = g_ptr_array_index (self->documents, i);

      if (item->is_new)
        passend_store_discard_document (self->store, item->document);
    }
}

/**
 * passend_entry_dialog_add_file:
 * @path: a file the parent chose
 *
 * Copies @path into the dossier folder in the background and lists it
 * with the entry; Save waits until the copy is done.
 */
void
passend_entry_dialog_add_file (PassendEntryDialog *self, const char *path)
{
  g_autoptr (GFile) file = NULL;

  g_return_if_fail (PASSEND_IS_ENTRY_DIALOG (self));
  g_return_if_fail (path != NULL);

  file = g_file_new_for_path (path);
  attach_file (self, file);
}
