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
 * saving, or the document removed again) is deleted.  The documents are
 * in passend-entry-dialog-documents.c, saving in -save.c.
 */
#define G_LOG_DOMAIN "passend-entry-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-clock.h"
#include "passend-agreement-editor.h"
#include "passend-date-entry.h"
#include "passend-entry-dialog-private.h"
#include "passend-ui-util.h"

/* Long enough for any real talk; a pasted report of 1 MB is kept whole. */
#define N_KINDS (PASSEND_ENTRY_KIND_NOTE + 1)
#define N_ROLES (PASSEND_ROLE_OTHER + 1)
#define N_DIRECTIONS (PASSEND_DIRECTION_RECEIVED + 1)

G_DEFINE_FINAL_TYPE (PassendEntryDialog, passend_entry_dialog, GTK_TYPE_WINDOW)

enum
{
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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
      state, "%u|%u|%u|%u|%u|%s|%s|%s|%s|%s|", gtk_drop_down_get_selected (self->kind_dropdown),
      gtk_drop_down_get_selected (self->direction_dropdown),
      gtk_drop_down_get_selected (self->role_dropdown),
      gtk_drop_down_get_selected (self->child_dropdown),
      gtk_drop_down_get_selected (self->event_dropdown),
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
  { PASSEND_AGREEMENT_FIELD_REMOVE, "agreement-remove" },
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

/* Saving */

/* Closing */

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

  if (!has_changes (self))
    return GTK_WINDOW_CLASS (passend_entry_dialog_parent_class)->close_request (window);

  /* Never lose what the parent typed without asking. */
  passend_ask_throw_away (window, _ ("You changed this entry but did not save it."));
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
  gtk_widget_class_bind_template_child (widget_class, PassendEntryDialog, event_dropdown);
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
  passend_entry_dialog_fill_events (self);

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
