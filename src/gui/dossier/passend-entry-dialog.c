/* passend-entry-dialog.c - add or change one dossier entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog edits copies of the values and changes the dossier only on
 * Save, in one go.  Nothing typed is lost by mistake: closing with
 * changes asks first, a bad date keeps the dialog open with a message,
 * and a date that is most likely a typing error asks once before it is
 * kept.  Documents are copied into the dossier folder as soon as they
 * are picked; a copy that ends up unused (the dialog is closed without
 * saving, or the document removed again) is deleted.
 */
#define G_LOG_DOMAIN "passend-entry-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-clock.h"
#include "passend-date.h"
#include "passend-agreement-editor.h"
#include "passend-date-entry.h"
#include "passend-documents.h"
#include "passend-entry-dialog-private.h"
#include "passend-entry-draft.h"
#include "passend-error.h"
#include "passend-recent.h"
#include "passend-ui-util.h"

/* Long enough for any real talk; a pasted report of 1 MB is kept whole. */
#define N_KINDS (PASSEND_ENTRY_KIND_NOTE + 1)
#define N_ROLES (PASSEND_ROLE_OTHER + 1)
#define N_DIRECTIONS (PASSEND_DIRECTION_RECEIVED + 1)

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
  GtkTextView      *text_view;
  GtkBox           *agreements_box;
  GtkBox           *documents_box;
  GtkButton        *add_document_button;
  GtkButton        *delete_button;
};

G_DEFINE_FINAL_TYPE (PassendEntryDialog, passend_entry_dialog, GTK_TYPE_WINDOW)

enum
{
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
passend_entry_dialog_document_item_free (gpointer data)
{
  DocumentItem *item = data;

  g_clear_object (&item->document);
  g_free (item);
}

char *
passend_entry_dialog_get_text (PassendEntryDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

char *
passend_entry_dialog_trimmed (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

/* Everything the parent can change, as one string: compared with the
 * state at opening to know whether closing would lose anything. */
static char *
current_state (PassendEntryDialog *self)
{
  GString         *state = g_string_new (NULL);
  g_autofree char *text = passend_entry_dialog_get_text (self);

  g_string_append_printf (
      state, "%u|%u|%u|%u|%s|%s|%s|%s|%s|", gtk_drop_down_get_selected (self->kind_dropdown),
      gtk_drop_down_get_selected (self->direction_dropdown),
      gtk_drop_down_get_selected (self->role_dropdown),
      gtk_drop_down_get_selected (self->child_dropdown),
      gtk_editable_get_text (GTK_EDITABLE (passend_date_entry_get_entry (self->date_entry))),
      gtk_editable_get_text (GTK_EDITABLE (self->time_entry)),
      gtk_editable_get_text (GTK_EDITABLE (self->title_entry)),
      gtk_editable_get_text (GTK_EDITABLE (self->people_entry)), text);

  for (guint i = 0; i < self->agreements->len; i++)
    {
      g_autofree char *agreement =
          passend_agreement_editor_describe (g_ptr_array_index (self->agreements, i));

      g_string_append (state, agreement);
    }

  for (guint i = 0; i < self->documents->len; i++)
    {
      DocumentItem *item = g_ptr_array_index (self->documents, i);

      g_string_append_printf (state, "d%d%d|", item->is_new, item->removed);
    }

  return g_string_free (state, FALSE);
}

void
passend_entry_dialog_show_message (PassendEntryDialog *self, const char *message)
{
  gtk_label_set_text (self->message_label, message ? message : "");
  gtk_revealer_set_reveal_child (self->message_revealer, message != NULL);
}

/* Shows what is wrong and takes the parent to the field; a screen
 * reader reads the message with the field. */
void
passend_entry_dialog_show_problem (PassendEntryDialog *self, const char *message, GtkWidget *field)
{
  passend_entry_dialog_show_message (self, message);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->message_label, NULL, -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_widget_grab_focus (field);
}

static void
update_title_suggestion (PassendEntryDialog *self)
{
  g_autofree char *date = passend_date_entry_get_date (self->date_entry);
  g_autofree char *suggestion =
      passend_suggest_title (gtk_drop_down_get_selected (self->kind_dropdown), date);

  gtk_entry_set_placeholder_text (self->title_entry, suggestion);
}

static void
kind_changed_cb (PassendEntryDialog *self)
{
  guint    kind = gtk_drop_down_get_selected (self->kind_dropdown);
  gboolean mail = kind == PASSEND_ENTRY_KIND_EMAIL || kind == PASSEND_ENTRY_KIND_LETTER;

  gtk_widget_set_visible (GTK_WIDGET (self->direction_label), mail);
  gtk_widget_set_visible (GTK_WIDGET (self->direction_dropdown), mail);
  update_title_suggestion (self);
}

static void
field_changed_cb (PassendEntryDialog *self)
{
  update_title_suggestion (self);
}

/* Agreements */

static void
remove_agreement_cb (PassendAgreementEditor *editor)
{
  passend_agreement_editor_set_removed (editor, TRUE);
}

/* The names the UI tests find the fields by. */
static const struct
{
  PassendAgreementField field;
  const char           *name;
} agreement_names[] = {
  { PASSEND_AGREEMENT_FIELD_WHAT, "agreement-what" },
  { PASSEND_AGREEMENT_FIELD_PARTY, "agreement-party" },
  { PASSEND_AGREEMENT_FIELD_WHO, "agreement-who" },
  { PASSEND_AGREEMENT_FIELD_DUE, "agreement-due" },
  { PASSEND_AGREEMENT_FIELD_STATUS, "agreement-status" },
  { PASSEND_AGREEMENT_FIELD_OUTCOME, "agreement-outcome" },
};

static PassendAgreementEditor *
add_agreement_editor (PassendEntryDialog *self, PassendAgreement *agreement)
{
  PassendAgreementEditor *editor =
      PASSEND_AGREEMENT_EDITOR (passend_agreement_editor_new (agreement, FALSE));

  for (guint i = 0; i < G_N_ELEMENTS (agreement_names); i++)
    gtk_widget_set_name (passend_agreement_editor_get_field (editor, agreement_names[i].field),
                         agreement_names[i].name);
  g_signal_connect (editor, "remove-requested", G_CALLBACK (remove_agreement_cb), NULL);

  gtk_box_append (self->agreements_box, GTK_WIDGET (editor));
  g_ptr_array_add (self->agreements, editor);

  return editor;
}

static void
add_agreement_cb (PassendEntryDialog *self)
{
  PassendAgreementEditor *editor = add_agreement_editor (self, NULL);

  gtk_widget_grab_focus (passend_agreement_editor_get_field (editor, PASSEND_AGREEMENT_FIELD_WHAT));
}

/* Documents */

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
  gtk_widget_set_sensitive (open, present);
  g_object_set_data (G_OBJECT (open), "item", item);
  g_signal_connect (open, "clicked", G_CALLBACK (open_document_cb), self);
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
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

/* Saving */

static PassendChild *
selected_child (PassendEntryDialog *self)
{
  guint position = gtk_drop_down_get_selected (self->child_dropdown);

  /* The first item is "All children". */
  if (position == 0 || position == GTK_INVALID_LIST_POSITION)
    return NULL;
  return g_list_model_get_item (self->children, position - 1);
}

static char *
editable_text (gpointer widget)
{
  if (PASSEND_IS_DATE_ENTRY (widget))
    widget = passend_date_entry_get_entry (widget);
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

/* What the parent typed, for the dossier to check and keep. */
static void
fill_draft (PassendEntryDialog *self, PassendEntryDraft *draft)
{
  g_autoptr (PassendChild) child = selected_child (self);
  g_autofree char *date = passend_date_entry_get_date (self->date_entry);

  passend_entry_draft_init (draft, NULL);
  draft->entry = self->entry ? g_object_ref (self->entry) : NULL;
  draft->kind = gtk_drop_down_get_selected (self->kind_dropdown);
  draft->direction = gtk_drop_down_get_selected (self->direction_dropdown);
  draft->role = gtk_drop_down_get_selected (self->role_dropdown);
  draft->date = editable_text (self->date_entry);
  draft->time = editable_text (self->time_entry);
  /* No title: the one the field suggests. */
  draft->title = passend_entry_dialog_trimmed (self->title_entry);
  if (draft->title[0] == '\0')
    {
      g_free (draft->title);
      draft->title = passend_suggest_title (draft->kind, date);
    }
  draft->people = editable_text (self->people_entry);
  draft->text = passend_entry_dialog_get_text (self);
  draft->child_id = child ? g_strdup (passend_record_get_id (PASSEND_RECORD (child))) : NULL;
  draft->confirmed_date = g_strdup (self->confirmed_date);

  for (guint i = 0; i < self->agreements->len; i++)
    g_ptr_array_add (draft->agreements,
                     passend_agreement_editor_get_draft (g_ptr_array_index (self->agreements, i)));

  for (guint i = 0; i < self->documents->len; i++)
    {
      DocumentItem *item = g_ptr_array_index (self->documents, i);

      if (item->is_new && !item->removed)
        g_ptr_array_add (draft->add_documents, g_object_ref (item->document));
      else if (!item->is_new && item->removed)
        g_ptr_array_add (draft->remove_documents, g_object_ref (item->document));
    }
}

/* An odd date, but maybe right: ask once, then keep it. */
static void
ask_about_date (PassendEntryDialog *self, const GError *error)
{
  g_autofree char *date = passend_date_entry_get_date (self->date_entry);
  g_autofree char *shown = passend_format_date (date);
  g_autofree char *message = NULL;

  if (g_error_matches (error, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_DATE_FAR_AHEAD))
    message = g_strdup_printf (_ ("The date %s is more than a year from now. "
                                  "If it is right, press Save again."),
                               shown);
  else
    message = g_strdup_printf (_ ("The date %s is more than twenty years ago. "
                                  "If it is right, press Save again."),
                               shown);

  g_free (self->confirmed_date);
  self->confirmed_date = g_steal_pointer (&date);
  passend_entry_dialog_show_message (self, message);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->save_button),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->message_label, NULL,
                                  -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->save_button));
}

/* Says why the dossier refused the entry and takes the parent to the
 * field. */
static void
show_refusal (PassendEntryDialog *self, const GError *error, guint agreement_index)
{
  PassendAgreementEditor *editor = NULL;
  GtkWidget              *field = NULL;

  if (error->domain != PASSEND_DRAFT_ERROR)
    {
      passend_entry_dialog_show_message (self, error->message);
      return;
    }

  if (agreement_index < self->agreements->len)
    editor = g_ptr_array_index (self->agreements, agreement_index);

  switch ((PassendDraftError)error->code)
    {
    case PASSEND_DRAFT_ERROR_DATE_FAR_AHEAD:
    case PASSEND_DRAFT_ERROR_DATE_LONG_AGO:
      ask_about_date (self, error);
      return;
    case PASSEND_DRAFT_ERROR_DATE:
      field = GTK_WIDGET (passend_date_entry_get_entry (self->date_entry));
      break;
    case PASSEND_DRAFT_ERROR_TIME:
      field = GTK_WIDGET (self->time_entry);
      break;
    case PASSEND_DRAFT_ERROR_TITLE:
      field = GTK_WIDGET (self->title_entry);
      break;
    case PASSEND_DRAFT_ERROR_AGREEMENT_WHAT:
    case PASSEND_DRAFT_ERROR_AGREEMENT_DUE:
      field = editor ? passend_agreement_editor_get_problem_field (editor, error) : NULL;
      break;
    case PASSEND_DRAFT_ERROR_CHANGED:
    default:
      break;
    }

  if (field != NULL)
    passend_entry_dialog_show_problem (self, error->message, field);
  else
    passend_entry_dialog_show_message (self, error->message);
}

void
passend_entry_dialog_save_cb (PassendEntryDialog *self)
{
  g_auto (PassendEntryDraft) draft = {
    0,
  };
  g_autoptr (GError) error = NULL;
  guint         agreement_index = G_MAXUINT;
  PassendEntry *entry;

  fill_draft (self, &draft);
  entry = passend_dossier_apply_entry_draft (self->dossier, &draft, &agreement_index, &error);
  if (entry == NULL)
    {
      show_refusal (self, error, agreement_index);
      return;
    }

  g_set_object (&self->entry, entry);
  /* Kept with the entry: not discarded at dispose. */
  for (guint i = 0; i < self->documents->len; i++)
    {
      DocumentItem *item = g_ptr_array_index (self->documents, i);

      if (item->is_new && !item->removed)
        item->is_new = FALSE;
    }

  g_clear_pointer (&self->initial_state, g_free);
  gtk_window_destroy (GTK_WINDOW (self));
}

void
passend_entry_dialog_save_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendEntryDialog *self = PASSEND_ENTRY_DIALOG (widget);

  if (self->imports_running > 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  passend_entry_dialog_save_cb (self);
}

/* Closing */

static void
discard_response_cb (PassendEntryDialog *self, int response, GtkDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response == GTK_RESPONSE_REJECT)
    {
      g_clear_pointer (&self->initial_state, g_free);
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

static gboolean
has_changes (PassendEntryDialog *self)
{
  g_autofree char *state = NULL;

  if (self->initial_state == NULL)
    return FALSE;

  state = current_state (self);
  return g_strcmp0 (state, self->initial_state) != 0;
}

static gboolean
passend_entry_dialog_close_request (GtkWindow *window)
{
  PassendEntryDialog *self = PASSEND_ENTRY_DIALOG (window);
  GtkWidget          *dialog;

  if (!has_changes (self))
    return GTK_WINDOW_CLASS (passend_entry_dialog_parent_class)->close_request (window);

  dialog = gtk_message_dialog_new (window, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s",
                                   _ ("Throw away what you typed?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _ ("You changed this entry but did not save it."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Throw Away"), GTK_RESPONSE_REJECT);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Keep Editing"), GTK_RESPONSE_CANCEL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
cancel_cb (PassendEntryDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
delete_cb (PassendEntryDialog *self)
{
  g_autoptr (PassendEntry) entry = self->entry ? g_object_ref (self->entry) : NULL;

  if (entry == NULL)
    return;

  /* The view removes it and offers Undo. */
  g_clear_pointer (&self->initial_state, g_free);
  gtk_window_destroy (GTK_WINDOW (self));
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, entry);
}

/* GObject */

static void
passend_entry_dialog_dispose (GObject *object)
{
  PassendEntryDialog *self = PASSEND_ENTRY_DIALOG (object);

  g_cancellable_cancel (self->cancellable);

  passend_entry_dialog_discard_new_documents (self);
  g_clear_pointer (&self->documents, g_ptr_array_unref);

  G_OBJECT_CLASS (passend_entry_dialog_parent_class)->dispose (object);
}

static void
passend_entry_dialog_finalize (GObject *object)
{
  PassendEntryDialog *self = PASSEND_ENTRY_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->dossier);
  g_clear_object (&self->entry);
  g_clear_object (&self->children);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->agreements, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->initial_state, g_free);
  g_clear_pointer (&self->confirmed_date, g_free);

  G_OBJECT_CLASS (passend_entry_dialog_parent_class)->finalize (object);
}

static void
passend_entry_dialog_class_init (PassendEntryDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = passend_entry_dialog_dispose;
  object_class->finalize = passend_entry_dialog_finalize;
  window_class->close_request = passend_entry_dialog_close_request;

  /**
   * PassendEntryDialog::delete-requested:
   * @entry: the entry to delete
   */
  signals[DELETE_REQUESTED] =
      g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 1, PASSEND_TYPE_ENTRY);

  g_type_ensure (PASSEND_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-entry-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, direction_label);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, direction_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, date_label);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, time_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, people_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, child_label);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, child_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, agreements_box);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, documents_box);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, add_document_button);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_agreement_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "add_document_cb",
                                                G_CALLBACK (passend_entry_dialog_add_document_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "save_cb",
                                                G_CALLBACK (passend_entry_dialog_save_cb));
  gtk_widget_class_bind_template_callback (widget_class, cancel_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  /* An action, not "activate-default": with Save switched off while a
   * copy runs, GTK would press the focused button instead. */
  gtk_widget_class_install_action (widget_class, "entry.save", NULL,
                                   passend_entry_dialog_save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "entry.save",
                                       NULL);
}

static void
passend_entry_dialog_init (PassendEntryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->agreements = g_ptr_array_new ();
  self->documents = g_ptr_array_new_with_free_func (passend_entry_dialog_document_item_free);
  self->cancellable = g_cancellable_new ();

  gtk_label_set_mnemonic_widget (self->date_label,
                                 GTK_WIDGET (passend_date_entry_get_entry (self->date_entry)));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

/* The label functions, typed as passend_enum_string_list() calls them. */
static const char *
kind_label (int value)
{
  return passend_entry_kind_label ((PassendEntryKind)value);
}

static const char *
role_label (int value)
{
  return passend_role_label ((PassendRole)value);
}

static const char *
direction_label (int value)
{
  return passend_direction_label ((PassendDirection)value);
}

static GListModel *
child_choices (PassendEntryDialog *self)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  guint          n = g_list_model_get_n_items (self->children);

  gtk_string_list_append (list, _ ("All children"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendChild) child = g_list_model_get_item (self->children, i);

      gtk_string_list_append (list, passend_child_get_name (child));
    }

  return G_LIST_MODEL (list);
}

static void
fill_fields (PassendEntryDialog *self, PassendEntry *entry)
{
  const char *time = passend_entry_get_time (entry);
  const char *people = passend_entry_get_people (entry);
  const char *text = passend_entry_get_text (entry);

  gtk_drop_down_set_selected (self->kind_dropdown, passend_entry_get_kind (entry));
  gtk_drop_down_set_selected (self->direction_dropdown, passend_entry_get_direction (entry));
  gtk_drop_down_set_selected (self->role_dropdown, passend_entry_get_role (entry));
  passend_date_entry_set_date (self->date_entry, passend_entry_get_date (entry));
  gtk_editable_set_text (GTK_EDITABLE (self->time_entry), time ? time : "");
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), passend_entry_get_title (entry));
  gtk_editable_set_text (GTK_EDITABLE (self->people_entry), people ? people : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text ? text : "", -1);
}

static PassendEntryDialog *
entry_dialog_new (GtkWindow    *parent,
                  PassendStore *store,
                  PassendEntry *entry,
                  PassendEntry *draft,
                  GPtrArray    *draft_agreements,
                  PassendChild *child)
{
  PassendEntryDialog *self;
  g_autoptr (GListModel) choices = NULL;
  g_autoptr (GtkStringList) kinds = NULL;
  g_autoptr (GtkStringList) roles = NULL;
  g_autoptr (GtkStringList) directions = NULL;
  const char *child_id;
  guint       child_position = 0;

  g_return_val_if_fail (PASSEND_IS_STORE (store), NULL);

  self = g_object_new (PASSEND_TYPE_ENTRY_DIALOG, "transient-for", parent, "title",
                       entry ? _ ("Change Entry") : _ ("New Entry"), NULL);
  self->store = g_object_ref (store);
  self->dossier = g_object_ref (passend_store_get_dossier (store));
  self->entry = entry ? g_object_ref (entry) : NULL;
  self->children = g_object_ref (passend_dossier_get_children (self->dossier));

  kinds = passend_enum_string_list (kind_label, N_KINDS);
  roles = passend_enum_string_list (role_label, N_ROLES);
  directions = passend_enum_string_list (direction_label, N_DIRECTIONS);
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_model (self->role_dropdown, G_LIST_MODEL (roles));
  gtk_drop_down_set_model (self->direction_dropdown, G_LIST_MODEL (directions));
  choices = child_choices (self);
  gtk_drop_down_set_model (self->child_dropdown, choices);

  child_id = entry   ? passend_entry_get_child_id (entry)
             : child ? passend_record_get_id (PASSEND_RECORD (child))
                     : NULL;
  for (guint i = 0; child_id != NULL && i < g_list_model_get_n_items (self->children); i++)
    {
      g_autoptr (PassendChild) c = g_list_model_get_item (self->children, i);

      if (g_strcmp0 (passend_record_get_id (PASSEND_RECORD (c)), child_id) == 0)
        child_position = i + 1;
    }
  gtk_drop_down_set_selected (self->child_dropdown, child_position);

  if (entry != NULL)
    {
      g_autoptr (GPtrArray) agreements =
          passend_dossier_get_entry_agreements (self->dossier, entry);
      g_autoptr (GPtrArray) documents = passend_dossier_get_entry_documents (self->dossier, entry);

      fill_fields (self, entry);
      for (guint i = 0; i < agreements->len; i++)
        add_agreement_editor (self, g_ptr_array_index (agreements, i));
      for (guint i = 0; i < documents->len; i++)
        passend_entry_dialog_add_document_row (self, g_ptr_array_index (documents, i), FALSE);

      gtk_widget_set_visible (GTK_WIDGET (self->delete_button), TRUE);
    }
  else if (draft != NULL)
    {
      fill_fields (self, draft);
      for (guint i = 0; draft_agreements != NULL && i < draft_agreements->len; i++)
        {
          /* Shown like any new agreement: added only on Save. */
          PassendAgreementEditor *editor = add_agreement_editor (self, NULL);

          passend_agreement_editor_set_values (editor, g_ptr_array_index (draft_agreements, i));
        }
    }
  else
    {
      g_autofree char *today = passend_clock_get_today ();

      gtk_drop_down_set_selected (self->kind_dropdown, PASSEND_ENTRY_KIND_CONVERSATION);
      passend_date_entry_set_date (self->date_entry, today);
    }

  kind_changed_cb (self);
  /* A draft counts as typed text: closing asks before it is lost. */
  self->initial_state = draft ? g_strdup ("") : current_state (self);
  gtk_widget_grab_focus (entry || draft ? GTK_WIDGET (self->text_view)
                                        : GTK_WIDGET (self->title_entry));

  return self;
}

/**
 * passend_entry_dialog_new:
 * @entry: (nullable): the entry to change, or %NULL to add one
 * @child: (nullable): the child a new entry is about
 */
PassendEntryDialog *
passend_entry_dialog_new (GtkWindow    *parent,
                          PassendStore *store,
                          PassendEntry *entry,
                          PassendChild *child)
{
  return entry_dialog_new (parent, store, entry, NULL, NULL, child);
}

/**
 * passend_entry_dialog_new_draft:
 * @draft: an entry that is not in a dossier: its fields fill the dialog
 * @agreements: (nullable) (element-type PassendAgreement): agreements
 *   not in a dossier, shown as new agreements of the entry
 * @child: (nullable): the child the entry is about
 *
 * Opens the dialog for a new entry that other pages have written for the
 * parent (the Assistant, the Preparation sheet).  Nothing is added to the
 * dossier until the parent saves; the draft objects are only read.
 */
PassendEntryDialog *
passend_entry_dialog_new_draft (GtkWindow    *parent,
                                PassendStore *store,
                                PassendEntry *draft,
                                GPtrArray    *agreements,
                                PassendChild *child)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY (draft), NULL);

  return entry_dialog_new (parent, store, NULL, draft, agreements, child);
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

/**
 * passend_entry_dialog_get_entry:
 *
 * Returns: (transfer none) (nullable): the entry, once saved
 */
PassendEntry *
passend_entry_dialog_get_entry (PassendEntryDialog *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY_DIALOG (self), NULL);
  return self->entry;
}
