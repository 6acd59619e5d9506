/* passend-outcome-dialog.c - after a talk: what was agreed, and when
 * the next one is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Asks for the title, what was said, the new agreements (what, who, by
 * when), the next meeting and what became of the child's open
 * agreements, then lets passend_sheet_record_outcome() write it all
 * into the dossier at once.  Nothing changes before "Record".
 */
#define G_LOG_DOMAIN "passend-outcome-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-clock.h"
#include "passend-date-entry.h"
#include "passend-outcome-dialog.h"
#include "passend-outcome.h"
#include "passend-text.h"
#include "passend-ui-util.h"

enum
{
  EARLIER_OPEN,
  EARLIER_DONE,
  EARLIER_NOT_KEPT,
};

typedef struct
{
  GtkWidget        *box;
  GtkEntry         *what;
  GtkDropDown      *party;
  GtkEntry         *name;
  PassendDateEntry *due;
} AgreementRow;

struct _PassendOutcomeDialog
{
  GtkWindow parent_instance;

  PassendStore *store;
  PassendSheet *sheet;
  GPtrArray    *rows;    /* of AgreementRow */
  GPtrArray    *earlier; /* of PassendAgreement */
  GPtrArray    *choices; /* of GtkDropDown, one per earlier agreement */
  guint         n_made;  /* rows made, for unique names */

  /* Template widgets */
  GtkLabel         *error_label;
  GtkEntry         *title_entry;
  GtkTextView      *notes_view;
  GtkBox           *agreements_box;
  GtkLabel         *next_label;
  PassendDateEntry *next_entry;
  GtkLabel         *earlier_heading;
  GtkLabel         *earlier_hint;
  GtkListBox       *earlier_box;
};

G_DEFINE_FINAL_TYPE (PassendOutcomeDialog, passend_outcome_dialog, GTK_TYPE_WINDOW)

enum
{
  RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
party_label (int value)
{
  return passend_party_label (value);
}

static const char *
earlier_label (int value)
{
  switch (value)
    {
    /* Translators: what became of an earlier agreement after a talk. */
    case EARLIER_OPEN:
      return _ ("Still open");
    case EARLIER_DONE:
      return passend_agreement_status_label (PASSEND_AGREEMENT_STATUS_DONE);
    case EARLIER_NOT_KEPT:
      return passend_agreement_status_label (PASSEND_AGREEMENT_STATUS_NOT_KEPT);
    default:
      return "";
    }
}

static void
show_error (PassendOutcomeDialog *self, const char *message, GtkWidget *focus)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_widget_error_bell (GTK_WIDGET (self));
  if (focus != NULL)
    gtk_widget_grab_focus (focus);
}

static void
remove_row_cb (GtkWidget *button, PassendOutcomeDialog *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      AgreementRow *row = g_ptr_array_index (self->rows, i);

      if (gtk_widget_is_ancestor (button, row->box))
        {
          gtk_box_remove (self->agreements_box, row->box);
          g_ptr_array_remove_index (self->rows, i);
          break;
        }
    }
}

static AgreementRow *
add_row (PassendOutcomeDialog *self)
{
  AgreementRow    *row = g_new0 (AgreementRow, 1);
  guint            n = self->n_made++;
  g_autofree char *what_name = g_strdup_printf ("outcome-what-%u", n);
  g_autofree char *party_name = g_strdup_printf ("outcome-party-%u", n);
  g_autofree char *name_name = g_strdup_printf ("outcome-name-%u", n);
  g_autofree char *due_name = g_strdup_printf ("outcome-due-%u", n);
  g_autofree char *remove_name = g_strdup_printf ("outcome-remove-%u", n);
  g_autoptr (GtkStringList) parties =
      passend_enum_string_list (party_label, PASSEND_PARTY_OTHER + 1);
  GtkWidget *line, *remove;

  row->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (row->box, "card");
  gtk_widget_add_css_class (row->box, "agreement-editor");

  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (line, 8);
  gtk_widget_set_margin_end (line, 8);
  gtk_widget_set_margin_top (line, 8);
  gtk_box_append (GTK_BOX (row->box), line);

  row->what = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (row->what), what_name);
  gtk_widget_set_hexpand (GTK_WIDGET (row->what), TRUE);
  gtk_entry_set_placeholder_text (row->what, _ ("What was agreed"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->what), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("What was agreed"), -1);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (row->what));

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_name (remove, remove_name);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _ ("Remove this agreement"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Remove this agreement"), -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_row_cb), self);
  gtk_box_append (GTK_BOX (line), remove);

  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (line, 8);
  gtk_widget_set_margin_end (line, 8);
  gtk_widget_set_margin_bottom (line, 8);
  gtk_box_append (GTK_BOX (row->box), line);

  row->party = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&parties)), NULL));
  gtk_widget_set_name (GTK_WIDGET (row->party), party_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->party), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Who does it"), -1);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (row->party));

  row->name = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (row->name), name_name);
  gtk_widget_set_hexpand (GTK_WIDGET (row->name), TRUE);
  gtk_entry_set_placeholder_text (row->name, _ ("Name (if you like)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->name), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Name of who does it"), -1);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (row->name));

  row->due = g_object_new (PASSEND_TYPE_DATE_ENTRY, "label", _ ("By when"), NULL);
  gtk_widget_set_name (GTK_WIDGET (row->due), due_name);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (row->due));

  gtk_box_append (self->agreements_box, row->box);
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
add_agreement_cb (PassendOutcomeDialog *self)
{
  AgreementRow *row = add_row (self);

  gtk_widget_grab_focus (GTK_WIDGET (row->what));
}

static void
record_cb (PassendOutcomeDialog *self)
{
  PassendDossier *dossier = passend_store_get_dossier (self->store);
  g_autoptr (GPtrArray) agreements = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) done = g_ptr_array_new ();
  g_autoptr (GPtrArray) not_kept = g_ptr_array_new ();
  g_autofree char *next = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *title = NULL;
  g_autoptr (GError) error = NULL;
  PassendOutcome outcome = {
    0,
  };
  GtkTextIter   start, end;
  PassendEntry *entry;

  if (!passend_store_get_writable (self->store))
    {
      show_error (self,
                  _ ("This dossier can only be read now, so the talk cannot be written "
                     "down. What you typed stays here until you close this window."),
                  NULL);
      return;
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      AgreementRow     *row = g_ptr_array_index (self->rows, i);
      const char       *what = gtk_editable_get_text (GTK_EDITABLE (row->what));
      const char       *name = gtk_editable_get_text (GTK_EDITABLE (row->name));
      g_autofree char  *due = passend_date_entry_get_date (row->due);
      g_autofree char  *what_trimmed = g_strstrip (g_strdup (what));
      g_autofree char  *name_trimmed = g_strstrip (g_strdup (name));
      PassendAgreement *agreement;

      if (!passend_text_has_content (what))
        {
          /* An empty row is no agreement; a row with only a date is a slip. */
          if (passend_text_has_content (name) || !passend_date_entry_is_empty (row->due))
            {
              show_error (self, _ ("Write what was agreed, or remove the row."),
                          GTK_WIDGET (row->what));
              return;
            }
          continue;
        }
      if (due == NULL && !passend_date_entry_is_empty (row->due))
        {
          show_error (self,
                      _ ("That date is not clear. Write it as day-month-year, such as 4-12-2026."),
                      GTK_WIDGET (passend_date_entry_get_entry (row->due)));
          return;
        }

      agreement =
          passend_agreement_new (what_trimmed, gtk_drop_down_get_selected (row->party), due);
      if (name_trimmed[0] != '\0')
        g_object_set (agreement, "who-name", name_trimmed, NULL);
      g_ptr_array_add (agreements, agreement);
    }

  next = passend_date_entry_get_date (self->next_entry);
  if (next == NULL && !passend_date_entry_is_empty (self->next_entry))
    {
      show_error (self,
                  _ ("That date is not clear. Write it as day-month-year, such as 4-12-2026."),
                  GTK_WIDGET (passend_date_entry_get_entry (self->next_entry)));
      return;
    }

  for (guint i = 0; i < self->earlier->len; i++)
    {
      guint choice = gtk_drop_down_get_selected (g_ptr_array_index (self->choices, i));

      if (choice == EARLIER_DONE)
        g_ptr_array_add (done, g_ptr_array_index (self->earlier, i));
      else if (choice == EARLIER_NOT_KEPT)
        g_ptr_array_add (not_kept, g_ptr_array_index (self->earlier, i));
    }

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (self->notes_view), &start, &end);
  notes =
      gtk_text_buffer_get_text (gtk_text_view_get_buffer (self->notes_view), &start, &end, FALSE);
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));

  outcome.title = title;
  outcome.notes = notes;
  outcome.agreements = agreements;
  outcome.next_meeting = next;
  outcome.done = done;
  outcome.not_kept = not_kept;

  entry = passend_sheet_record_outcome (self->sheet, dossier, &outcome, &error);
  if (entry == NULL)
    {
      /* Checked above; only a change made meanwhile gets here. */
      show_error (self,
                  _ ("The talk could not be written down: the dossier changed meanwhile. "
                     "What you typed stays here; copy your notes before you close "
                     "this window."),
                  NULL);
      g_debug ("Recording failed: %s", error->message);
      return;
    }

  g_signal_emit (self, signals[RECORDED], 0, entry);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Closing */

static gboolean
has_input (PassendOutcomeDialog *self)
{
  GtkTextBuffer *notes = gtk_text_view_get_buffer (self->notes_view);

  if (gtk_text_buffer_get_char_count (notes) > 0 ||
      !passend_date_entry_is_empty (self->next_entry) ||
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_entry)),
                 _ ("Talk with school")) != 0)
    return TRUE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      AgreementRow *row = g_ptr_array_index (self->rows, i);

      if (passend_text_has_content (gtk_editable_get_text (GTK_EDITABLE (row->what))) ||
          passend_text_has_content (gtk_editable_get_text (GTK_EDITABLE (row->name))) ||
          !passend_date_entry_is_empty (row->due))
        return TRUE;
    }

  for (guint i = 0; i < self->choices->len; i++)
    if (gtk_drop_down_get_selected (g_ptr_array_index (self->choices, i)) != EARLIER_OPEN)
      return TRUE;

  return FALSE;
}

static void
discard_response_cb (PassendOutcomeDialog *self, int response, GtkDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response == GTK_RESPONSE_REJECT)
    gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
passend_outcome_dialog_close_request (GtkWindow *window)
{
  PassendOutcomeDialog *self = PASSEND_OUTCOME_DIALOG (window);
  GtkWidget            *dialog;

  if (!has_input (self))
    return GTK_WINDOW_CLASS (passend_outcome_dialog_parent_class)->close_request (window);

  /* Never lose what the parent typed without asking. */
  dialog = gtk_message_dialog_new (window, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s",
                                   _ ("Throw away what you typed?"));
  gtk_message_dialog_format_secondary_text (
      GTK_MESSAGE_DIALOG (dialog), "%s", _ ("The outcome of the talk is not in your dossier yet."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Throw Away"), GTK_RESPONSE_REJECT);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Keep Editing"), GTK_RESPONSE_CANCEL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
fill_earlier (PassendOutcomeDialog *self)
{
  PassendDossier     *dossier = passend_store_get_dossier (self->store);
  g_autofree char    *today = passend_clock_get_today ();
  PassendSheetContext context;

  passend_sheet_context_init (&context, dossier, passend_sheet_get_child_id (self->sheet), today);

  for (guint i = 0; i < context.open_agreements->len; i++)
    {
      PassendAgreement *agreement = g_ptr_array_index (context.open_agreements, i);
      const char       *due = passend_agreement_get_due_date (agreement);
      g_autoptr (GtkStringList) labels =
          passend_enum_string_list (earlier_label, EARLIER_NOT_KEPT + 1);
      g_autofree char *name = g_strdup_printf ("outcome-earlier-%u", i);
      g_autofree char *date = due ? passend_format_date (due) : NULL;
      g_autofree char *text = NULL;
      GtkWidget       *row, *box, *label;
      GtkDropDown     *choice;

      if (due != NULL)
        /* Translators: an earlier agreement in the Record the Outcome
         * window: what, and the date it is due. */
        text = g_strdup_printf (_ ("%s (by %s)"), passend_agreement_get_what (agreement), date);
      else
        text = g_strdup (passend_agreement_get_what (agreement));

      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 6);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

      label = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), label);

      choice = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL));
      gtk_widget_set_name (GTK_WIDGET (choice), name);
      gtk_widget_set_valign (GTK_WIDGET (choice), GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      -1);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (choice));

      gtk_list_box_append (self->earlier_box, row);
      g_ptr_array_add (self->earlier, g_object_ref (agreement));
      g_ptr_array_add (self->choices, choice);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->earlier_heading), self->earlier->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->earlier_hint), self->earlier->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->earlier_box), self->earlier->len > 0);

  passend_sheet_context_clear (&context);
}

static void
passend_outcome_dialog_dispose (GObject *object)
{
  PassendOutcomeDialog *self = PASSEND_OUTCOME_DIALOG (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->earlier, g_ptr_array_unref);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->sheet);

  G_OBJECT_CLASS (passend_outcome_dialog_parent_class)->dispose (object);
}

static void
passend_outcome_dialog_class_init (PassendOutcomeDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = passend_outcome_dialog_dispose;
  window_class->close_request = passend_outcome_dialog_close_request;

  /**
   * PassendOutcomeDialog::recorded:
   * @entry: the new dossier entry
   *
   * The talk was written down in the dossier.
   */
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, PASSEND_TYPE_ENTRY);

  g_type_ensure (PASSEND_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-outcome-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendOutcomeDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PassendOutcomeDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendOutcomeDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, PassendOutcomeDialog, agreements_box);
  gtk_widget_class_bind_template_child (widget_class, PassendOutcomeDialog, next_label);
  gtk_widget_class_bind_template_child (widget_class, PassendOutcomeDialog, next_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendOutcomeDialog, earlier_heading);
  gtk_widget_class_bind_template_child (widget_class, PassendOutcomeDialog, earlier_hint);
  gtk_widget_class_bind_template_child (widget_class, PassendOutcomeDialog, earlier_box);
  gtk_widget_class_bind_template_callback (widget_class, record_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_agreement_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_outcome_dialog_init (PassendOutcomeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_mnemonic_widget (self->next_label,
                                 GTK_WIDGET (passend_date_entry_get_entry (self->next_entry)));

  self->rows = g_ptr_array_new_with_free_func (g_free);
  self->earlier = g_ptr_array_new_with_free_func (g_object_unref);
  self->choices = g_ptr_array_new ();
}

/**
 * passend_outcome_dialog_new:
 * @sheet: a sheet of the store's dossier, not yet recorded
 *
 * Returns: (transfer none): the dialog; it destroys itself when closed
 */
PassendOutcomeDialog *
passend_outcome_dialog_new (GtkWindow *parent, PassendStore *store, PassendSheet *sheet)
{
  PassendOutcomeDialog *self;

  g_return_val_if_fail (PASSEND_IS_STORE (store), NULL);
  g_return_val_if_fail (PASSEND_IS_SHEET (sheet), NULL);

  self = g_object_new (PASSEND_TYPE_OUTCOME_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->sheet = g_object_ref (sheet);

  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), _ ("Talk with school"));
  add_row (self);
  fill_earlier (self);

  return self;
}
