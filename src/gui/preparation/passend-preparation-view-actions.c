/* passend-preparation-view-actions.c - the Preparation page's actions:
 * print the sheet, save it as a PDF, start, delete or record a talk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "passend-preparation-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-clock.h"
#include "passend-date.h"
#include "passend-entry-dialog.h"
#include "passend-outcome-dialog.h"
#include "passend-preparation-view-private.h"
#include "passend-recent.h"
#include "passend-ui-util.h"

/* Printing */

static void
save_now (PassendPreparationView *self)
{
  /* The sheet is in the dossier already; put it on disk too before a
   * printer can fail.  A failure shows in the window's banner. */
  if (writable (self))
    passend_store_flush (self->store, NULL);
}

static void
print_done_cb (PassendPreparationView *self,
               GtkPrintOperationResult result,
               GtkPrintOperation      *operation)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr (GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_problem (self, _ ("The sheet could not be printed"),
                    error ? error->message : _ ("The printer gave no reason."));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&self->page_setup, gtk_print_operation_get_default_page_setup (operation));
    }

  /* Not inside its own signal: let go of it afterwards. */
  if (self->printing == PASSEND_SHEET_PRINTER (operation))
    g_idle_add_once ((GSourceOnceFunc)g_object_unref, g_steal_pointer (&self->printing));
}

/* A date or time the parent typed but that cannot be read is not in the
 * sheet: say so rather than print something else than the field shows. */
static gboolean
check_typed_date_time (PassendPreparationView *self)
{
  g_autofree char *date = passend_date_entry_get_date (self->date_entry);
  g_autofree char *time =
      passend_time_parse_input (gtk_editable_get_text (GTK_EDITABLE (self->time_entry)));
  g_autofree char *time_text =
      g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->time_entry))));

  if ((date != NULL || passend_date_entry_is_empty (self->date_entry)) &&
      (time != NULL || time_text[0] == '\0'))
    return TRUE;

  show_problem (self, _ ("The date or time cannot be read"),
                _ ("Write the date as day-month-year, for example 1-12-2026, and the time "
                   "as hours:minutes, for example 14:30. Or leave them empty. Then try again."));
  return FALSE;
}

static void
print_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendPreparationView *self = PASSEND_PREPARATION_VIEW (widget);
  GtkPrintOperation      *operation;
  GtkPrintOperationResult result;
  g_autoptr (GError) error = NULL;

  if (self->sheet == NULL || self->printing != NULL || !check_typed_date_time (self))
    return;

  save_now (self);

  self->printing = passend_sheet_printer_new (self->dossier, self->sheet);
  operation = GTK_PRINT_OPERATION (self->printing);
  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, self->print_settings);
  if (self->page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, self->page_setup);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, G_CONNECT_SWAPPED);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent_window (self), &error);
  /* Without a dialog that stays open, "done" came already. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && self->printing != NULL)
    {
      show_problem (self, _ ("The sheet could not be printed"),
                    error ? error->message : _ ("The printer gave no reason."));
      g_clear_object (&self->printing);
    }
}

static void
chooser_response_cb (PassendPreparationView *self, int response, GtkNativeDialog *chooser)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr (PassendSheet) sheet = g_steal_pointer (&self->chooser_sheet);

  file = passend_chooser_take_file (chooser, response);
  g_clear_object (&self->chooser);

  if (file == NULL || sheet == NULL || self->dossier == NULL)
    return;

  path = g_file_get_path (file);
  if (path != NULL)
    {
      g_autoptr (PassendSheetPrinter) printer = passend_sheet_printer_new (self->dossier, sheet);
      g_autoptr (GError) error = NULL;

      if (!passend_sheet_printer_export (printer, path, self->page_setup, &error))
        show_problem (self, _ ("The PDF could not be saved"), error->message);
    }
  else
    show_problem (self, _ ("The PDF could not be saved"), _ ("Choose a folder on this computer."));
}

static void
save_pdf_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendPreparationView *self = PASSEND_PREPARATION_VIEW (widget);
  GtkFileChooserNative   *chooser;
  g_autoptr (GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;

  if (self->sheet == NULL || self->chooser != NULL || !check_typed_date_time (self))
    return;

  save_now (self);

  chooser = gtk_file_chooser_native_new (_ ("Save the Sheet as PDF"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Save"), _ ("_Cancel"));
  name = passend_sheet_printer_suggest_name (self->dossier, self->sheet);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _ ("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  self->chooser = GTK_NATIVE_DIALOG (chooser);
  self->chooser_sheet = g_object_ref (self->sheet);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->chooser);
}

/* Talks */

static void
new_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendPreparationView *self = PASSEND_PREPARATION_VIEW (widget);
  g_autoptr (PassendSheet) sheet = NULL;

  if (!writable (self) || self->child == NULL)
    return;

  sheet = passend_sheet_new (passend_record_get_id (PASSEND_RECORD (self->child)));
  passend_dossier_add_sheet (self->dossier, sheet);
  _passend_preparation_view_select_sheet (self, sheet);
  gtk_widget_grab_focus (GTK_WIDGET (passend_date_entry_get_entry (self->date_entry)));
}

static void
delete_response_cb (PassendPreparationView *self, int response, GtkDialog *dialog)
{
  PassendSheet *sheet = g_object_get_data (G_OBJECT (dialog), "passend-sheet");

  if (response == GTK_RESPONSE_ACCEPT && sheet != NULL && writable (self))
    passend_dossier_remove_sheet (self->dossier, sheet);

  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The Delete button may have gone insensitive with the last talk:
   * the keyboard goes to the list, or to New Talk when it is empty. */
  if (response == GTK_RESPONSE_ACCEPT)
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->sheets)) > 0)
        gtk_widget_grab_focus (GTK_WIDGET (self->talks_view));
      else
        gtk_widget_grab_focus (GTK_WIDGET (self->new_button));
    }
}

static void
delete_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendPreparationView *self = PASSEND_PREPARATION_VIEW (widget);
  GtkWidget              *dialog;
  GtkWidget              *button;
  gboolean                recorded;

  if (self->sheet == NULL || !writable (self))
    return;

  recorded =
      passend_dossier_find_entry (self->dossier, passend_sheet_get_entry_id (self->sheet)) != NULL;
  dialog = gtk_message_dialog_new (
      parent_window (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT, GTK_MESSAGE_QUESTION,
      GTK_BUTTONS_NONE, "%s", _ ("Delete this preparation?"));
  gtk_message_dialog_format_secondary_text (
      GTK_MESSAGE_DIALOG (dialog), "%s",
      recorded ? _ ("The sheet is deleted. The entry in your dossier that you wrote from it stays.")
               : _ ("Everything you wrote on this sheet is deleted. The backups from before this "
                    "moment still hold it."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Delete"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_object_set_data_full (G_OBJECT (dialog), "passend-sheet", g_object_ref (self->sheet),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
recorded_cb (PassendPreparationView *self, PassendEntry *entry)
{
  _passend_preparation_view_update_recorded (self);
  _passend_preparation_view_update_context (self);
  _passend_preparation_view_update_actions (self);
  /* Record the Outcome is insensitive now; the way on is the entry. */
  gtk_widget_grab_focus (GTK_WIDGET (self->open_entry_button));
}

static void
open_outcome (PassendPreparationView *self)
{
  PassendOutcomeDialog *dialog;

  if (self->sheet == NULL || !writable (self))
    return;

  dialog = passend_outcome_dialog_new (parent_window (self), self->store, self->sheet);
  g_signal_connect_object (dialog, "recorded", G_CALLBACK (recorded_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
early_response_cb (PassendPreparationView *self, int response, GtkDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    open_outcome (self);
}

static void
record_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendPreparationView *self = PASSEND_PREPARATION_VIEW (widget);
  g_autofree char        *today = passend_clock_get_today ();
  const char             *date = self->sheet ? passend_sheet_get_date (self->sheet) : NULL;
  g_autofree char        *day = NULL;
  GtkWidget              *dialog;

  if (self->sheet == NULL || !writable (self))
    return;
  if (date == NULL || strcmp (date, today) <= 0)
    {
      open_outcome (self);
      return;
    }

  /* A talk that has not been held yet: most likely a slip. */
  day = passend_format_date (date);
  dialog = gtk_message_dialog_new (
      parent_window (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT, GTK_MESSAGE_QUESTION,
      GTK_BUTTONS_NONE, "%s", _ ("This talk has not taken place yet"));
  gtk_message_dialog_format_secondary_text (
      GTK_MESSAGE_DIALOG (dialog),
      /* Translators: %s is the day of the talk, "1 December 2026". */
      _ ("The talk is planned for %s. Do you want to write down its outcome already?"), day);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Cancel"), GTK_RESPONSE_CANCEL);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Record Now"), GTK_RESPONSE_ACCEPT);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  gtk_widget_set_name (dialog, "prep-record-early");
  g_signal_connect_object (dialog, "response", G_CALLBACK (early_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_entry_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendPreparationView *self = PASSEND_PREPARATION_VIEW (widget);
  PassendEntry           *entry;
  PassendEntryDialog     *dialog;

  if (self->sheet == NULL || !writable (self))
    return;

  entry = passend_dossier_find_entry (self->dossier, passend_sheet_get_entry_id (self->sheet));
  if (entry == NULL)
    return;

  dialog = passend_entry_dialog_new (parent_window (self), self->store, entry, self->child);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_passend_preparation_view_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "preparation.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "preparation.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "preparation.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preparation.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "preparation.record", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "preparation.open-entry", NULL, open_entry_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "preparation.print", NULL);
}
