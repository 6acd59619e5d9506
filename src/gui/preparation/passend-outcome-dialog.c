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

#include "passend-agreement-editor.h"
#include "passend-clock.h"
#include "passend-date-entry.h"
#include "passend-outcome-dialog.h"
#include "passend-outcome.h"
#include "passend-ui-util.h"

enum
{
  EARLIER_OPEN,
  EARLIER_DONE,
  EARLIER_NOT_KEPT,
};

struct _PassendOutcomeDialog
{
  GtkWindow parent_instance;

  PassendStore *store;
  PassendSheet *sheet;
  GPtrArray    *rows;    /* of PassendAgreementEditor */
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
remove_row_cb (PassendAgreementEditor *row, PassendOutcomeDialog *self)
{
  gtk_box_remove (self->agreements_box, GTK_WIDGET (row));
  g_ptr_array_remove (self->rows, row);
}

/* The names the UI tests find the fields by: "outcome-what-0". */
static const struct
{
  PassendAgreementField field;
  const char           *name;
} row_names[] = {
  { PASSEND_AGREEMENT_FIELD_WHAT, "what" },     { PASSEND_AGREEMENT_FIELD_PARTY, "party" },
  { PASSEND_AGREEMENT_FIELD_WHO, "name" },      { PASSEND_AGREEMENT_FIELD_DUE, "due" },
  { PASSEND_AGREEMENT_FIELD_REMOVE, "remove" },
};

static PassendAgreementEditor *
add_row (PassendOutcomeDialog *self)
{
  PassendAgreementEditor *row =
      PASSEND_AGREEMENT_EDITOR (passend_agreement_editor_new (NULL, TRUE));
  guint n = self->n_made++;

  for (guint i = 0; i < G_N_ELEMENTS (row_names); i++)
    {
      g_autofree char *name = g_strdup_printf ("outcome-%s-%u", row_names[i].name, n);

      gtk_widget_set_name (passend_agreement_editor_get_field (row, row_names[i].field), name);
    }
  g_signal_connect (row, "remove-requested", G_CALLBACK (remove_row_cb), self);

  gtk_box_append (self->agreements_box, GTK_WIDGET (row));
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
add_agreement_cb (PassendOutcomeDialog *self)
{
  PassendAgreementEditor *row = add_row (self);

  gtk_widget_grab_focus (passend_agreement_editor_get_field (row, PASSEND_AGREEMENT_FIELD_WHAT));
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
      PassendAgreementEditor *row = g_ptr_array_index (self->rows, i);
      g_autoptr (PassendAgreementDraft) draft = passend_agreement_editor_get_draft (row);
      PassendAgreement *agreement;

      /* A row left empty is no agreement. */
      if (passend_agreement_draft_is_blank (draft))
        continue;

      agreement = passend_agreement_draft_make (draft, &error);
      if (agreement == NULL)
        {
          show_error (self, error->message,
                      passend_agreement_editor_get_problem_field (row, error));
          return;
        }
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
      g_autoptr (PassendAgreementDraft) draft =
          passend_agreement_editor_get_draft (g_ptr_array_index (self->rows, i));

      if (!passend_agreement_draft_is_blank (draft))
        return TRUE;
    }

  for (guint i = 0; i < self->choices->len; i++)
    if (gtk_drop_down_get_selected (g_ptr_array_index (self->choices, i)) != EARLIER_OPEN)
      return TRUE;

  return FALSE;
}

static gboolean
passend_outcome_dialog_close_request (GtkWindow *window)
{
  PassendOutcomeDialog *self = PASSEND_OUTCOME_DIALOG (window);

  if (!has_input (self))
    return GTK_WINDOW_CLASS (passend_outcome_dialog_parent_class)->close_request (window);

  /* Never lose what the parent typed without asking. */
  passend_ask_throw_away (window, _ ("The outcome of the talk is not in your dossier yet."));
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

  self->rows = g_ptr_array_new ();
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
