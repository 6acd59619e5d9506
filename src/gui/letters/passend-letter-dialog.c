/* passend-letter-dialog.c - one letter: read, edit, print, send
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The letter opens filled in from the dossier.  Every part is the
 * parent's to edit; what is still to fill in shows marked in the text
 * and is named above it, and the letter cannot be marked sent until
 * none is left.  Marking it sent asks the model to record the entry and
 * start the clock (passend_letter_send()); the store saves.
 */
#define G_LOG_DOMAIN "passend-letter-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-clock-record.h"
#include "passend-clock.h"
#include "passend-date-entry.h"
#include "passend-documents.h"
#include "passend-grounds-popover.h"
#include "passend-letter-dialog.h"
#include "passend-letter-printer.h"
#include "passend-recent.h"
#include "passend-ui-util.h"

struct _PassendLetterDialog
{
  GtkWindow parent_instance;

  PassendStore                *store;
  PassendChild                *child;
  const PassendLetterTemplate *letter_template;
  PassendLetter               *letter;
  PassendEntry                *talk; /* the talk whose outcome fills the report, or NULL */
  gboolean                     filling;
  gboolean                     edited;
  gboolean                     sent;
  gboolean                     unsaved; /* changed since it was copied, saved or printed */
  GtkPrintOperation           *printing;
  PassendDocument             *proof; /* copied into the dossier folder, not yet kept */
  GCancellable                *cancellable;
  guint                        importing;

  GtkDropDown      *language_dropdown;
  GtkLabel         *blanks_label;
  GtkTextView      *sender_view;
  GtkTextView      *recipient_view;
  GtkEntry         *date_entry;
  GtkEntry         *subject_entry;
  GtkTextView      *body_view;
  GtkMenuButton    *grounds_button;
  GtkWidget        *grounds_popover;
  GtkLabel         *send_intro_label;
  GtkBox           *send_box;
  PassendDateEntry *sent_date;
  GtkDropDown      *way_dropdown;
  GtkButton        *send_button;
  GtkBox           *proof_box;
  GtkLabel         *proof_label;
  GtkLabel         *status_label;
};

G_DEFINE_FINAL_TYPE (PassendLetterDialog, passend_letter_dialog, GTK_TYPE_WINDOW)

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Marks each "[[...]]" of the view's text. */
static void
mark_blanks (GtkTextView *view)
{
  GtkTextBuffer   *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *text = view_text (view);
  GtkTextIter      start, end;
  gsize            from = 0, a, b;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "blank", &start, &end);
  while (passend_letter_find_blank (text, from, &a, &b))
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &start,
                                          g_utf8_pointer_to_offset (text, text + a));
      gtk_text_buffer_get_iter_at_offset (buffer, &end, g_utf8_pointer_to_offset (text, text + b));
      gtk_text_buffer_apply_tag_by_name (buffer, "blank", &start, &end);
      from = b;
    }
}

/* The same marks in a one-line entry, as Pango attributes. */
static void
mark_entry_blanks (GtkEntry *entry)
{
  const char    *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  PangoAttrList *attrs = pango_attr_list_new ();
  gsize          from = 0, a, b;

  while (passend_letter_find_blank (text, from, &a, &b))
    {
      PangoAttribute *background = pango_attr_background_new (0xfcfc, 0xe5e5, 0x8888);
      PangoAttribute *foreground = pango_attr_foreground_new (0, 0, 0);
      PangoAttribute *weight = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
      PangoAttribute *marks[] = { background, foreground, weight };

      for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
        {
          marks[i]->start_index = a;
          marks[i]->end_index = b;
          pango_attr_list_insert (attrs, marks[i]);
        }
      from = b;
    }
  gtk_entry_set_attributes (entry, attrs);
  pango_attr_list_unref (attrs);
}

static void
mark_all_blanks (PassendLetterDialog *self)
{
  mark_blanks (self->sender_view);
  mark_blanks (self->recipient_view);
  mark_blanks (self->body_view);
  mark_entry_blanks (self->date_entry);
  mark_entry_blanks (self->subject_entry);
}

static void
update_state (PassendLetterDialog *self)
{
  g_auto (GStrv) blanks = passend_letter_get_blanks (self->letter);
  gboolean         writable = self->store != NULL && passend_store_get_writable (self->store);
  g_autofree char *text = NULL;

  if (blanks[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", blanks);

      /* Translators: %s lists what is still empty: "your name, the
       * name of the school". */
      text = g_strdup_printf (_ ("Still to fill in (marked in the letter): %s."), list);
    }
  else
    text = g_strdup (_ ("Everything is filled in. Read the letter once more before you send it."));
  gtk_label_set_text (self->blanks_label, text);
  if (blanks[0] != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->blanks_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->blanks_label), "warning");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "letter.mark-sent",
                                 blanks[0] == NULL && writable && !self->sent &&
                                     self->importing == 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->send_button),
                               blanks[0] != NULL ? _ ("Fill in what is marked in the letter first")
                                                 : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "letter.add-proof",
                                 writable && !self->sent && self->importing == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->language_dropdown), !self->edited && !self->sent);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->language_dropdown),
                               self->edited
                                   ? _ ("You changed the letter: it stays in this language")
                                   : _ ("The language of the letter"));
}

/* The letter's parts from what the views show. */
static void
part_changed_cb (PassendLetterDialog *self)
{
  g_autofree char *sender = NULL;
  g_autofree char *recipient = NULL;
  g_autofree char *body = NULL;

  if (self->filling)
    return;
  self->edited = TRUE;
  self->unsaved = TRUE;
  sender = view_text (self->sender_view);
  recipient = view_text (self->recipient_view);
  body = view_text (self->body_view);
  passend_letter_set_part (self->letter, PASSEND_LETTER_SENDER, sender);
  passend_letter_set_part (self->letter, PASSEND_LETTER_RECIPIENT, recipient);
  passend_letter_set_part (self->letter, PASSEND_LETTER_DATE,
                           gtk_editable_get_text (GTK_EDITABLE (self->date_entry)));
  passend_letter_set_part (self->letter, PASSEND_LETTER_SUBJECT,
                           gtk_editable_get_text (GTK_EDITABLE (self->subject_entry)));
  passend_letter_set_part (self->letter, PASSEND_LETTER_BODY, body);
  mark_all_blanks (self);
  update_state (self);
}

static void
fill_views (PassendLetterDialog *self)
{
  self->filling = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->sender_view),
                            passend_letter_get_part (self->letter, PASSEND_LETTER_SENDER), -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->recipient_view),
                            passend_letter_get_part (self->letter, PASSEND_LETTER_RECIPIENT), -1);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry),
                         passend_letter_get_part (self->letter, PASSEND_LETTER_DATE));
  gtk_editable_set_text (GTK_EDITABLE (self->subject_entry),
                         passend_letter_get_part (self->letter, PASSEND_LETTER_SUBJECT));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view),
                            passend_letter_get_part (self->letter, PASSEND_LETTER_BODY), -1);
  mark_all_blanks (self);
  self->filling = FALSE;
  update_state (self);
}

static void
make_letter (PassendLetterDialog *self, const char *language)
{
  g_clear_object (&self->letter);
  self->letter = passend_letter_new (self->letter_template, passend_store_get_dossier (self->store),
                                     self->child, language);
  if (self->talk != NULL)
    passend_letter_fill_from_talk (self->letter, passend_store_get_dossier (self->store),
                                   self->talk);
  fill_views (self);
}

static void
language_changed_cb (PassendLetterDialog *self)
{
  const char *language = gtk_drop_down_get_selected (self->language_dropdown) == 0 ? "nl" : "en";

  if (self->letter == NULL || self->filling ||
      g_str_equal (language, passend_letter_get_language (self->letter)))
    return;
  make_letter (self, language);
}

/* Grounds from the dossier */

static void
grounds_show_cb (PassendLetterDialog *self)
{
  passend_grounds_popover_fill (PASSEND_GROUNDS_POPOVER (self->grounds_popover),
                                passend_store_get_dossier (self->store),
                                passend_letter_get_child_id (self->letter));
}

/* The lines where the cursor is, or instead of what is selected (a
 * blank, say). */
static void
grounds_picked_cb (PassendLetterDialog *self, GPtrArray *records)
{
  GtkTextBuffer   *buffer = gtk_text_view_get_buffer (self->body_view);
  g_autofree char *lines = passend_letter_describe_records (self->letter, records);

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  gtk_text_buffer_insert_at_cursor (buffer, lines, -1);
  gtk_text_buffer_end_user_action (buffer);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

/* Output */

static void
copy_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendLetterDialog *self = PASSEND_LETTER_DIALOG (widget);
  g_autofree char     *text = passend_letter_to_text (self->letter);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  self->unsaved = FALSE;
  gtk_label_set_text (self->status_label, _ ("The letter is copied. Paste it into your e-mail."));
}

static void
print_done_cb (PassendLetterDialog    *self,
               GtkPrintOperationResult result,
               GtkPrintOperation      *operation)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr (GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      passend_show_warning (GTK_WINDOW (self), _ ("The letter could not be printed"),
                            error ? error->message : _ ("The printer gave no reason."));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    self->unsaved = FALSE;
  if (self->printing == operation)
    g_idle_add_once ((GSourceOnceFunc)g_object_unref, g_steal_pointer (&self->printing));
}

static void
print_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendLetterDialog *self = PASSEND_LETTER_DIALOG (widget);
  g_autoptr (GError) error = NULL;

  if (self->printing != NULL)
    return;
  self->printing = GTK_PRINT_OPERATION (passend_letter_printer_new (self->letter));
  gtk_print_operation_set_allow_async (self->printing, TRUE);
  g_signal_connect_object (self->printing, "done", G_CALLBACK (print_done_cb), self,
                           G_CONNECT_SWAPPED);
  if (gtk_print_operation_run (self->printing, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR &&
      self->printing != NULL)
    {
      passend_show_warning (GTK_WINDOW (self), _ ("The letter could not be printed"),
                            error ? error->message : _ ("The printer gave no reason."));
      g_clear_object (&self->printing);
    }
}

/**
 * passend_letter_dialog_save_pdf:
 * @path: the file to write
 *
 * Writes the letter as it is now to a PDF (A4, 0600).
 */
gboolean
passend_letter_dialog_save_pdf (PassendLetterDialog *self, const char *path, GError **error)
{
  g_autoptr (PassendLetterPrinter) printer = NULL;

  g_return_val_if_fail (PASSEND_IS_LETTER_DIALOG (self), FALSE);

  printer = passend_letter_printer_new (self->letter);
  if (!passend_letter_printer_export (printer, path, NULL, error))
    return FALSE;
  self->unsaved = FALSE;
  return TRUE;
}

static void
chooser_response_cb (PassendLetterDialog *self, int response, GtkNativeDialog *chooser)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  file = passend_chooser_take_file (chooser, response);
  g_object_unref (chooser);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    passend_show_warning (GTK_WINDOW (self), _ ("The PDF could not be saved"),
                          _ ("Choose a folder on this computer."));
  else if (!passend_letter_dialog_save_pdf (self, path, &error))
    passend_show_warning (GTK_WINDOW (self), _ ("The PDF could not be saved"), error->message);
  else
    gtk_label_set_text (self->status_label, _ ("The letter is saved as a PDF."));
}

static void
save_pdf_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendLetterDialog  *self = PASSEND_LETTER_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = passend_letter_printer_suggest_name (self->letter);

  chooser = gtk_file_chooser_native_new (_ ("Save the Letter as PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Save"), _ ("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _ ("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Proof of sending: copied into the dossier folder now, kept with the
 * letter's entry when it is marked sent, deleted otherwise. */

static void
proof_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (PassendLetterDialog) self = user_data;
  g_autoptr (PassendDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  document = passend_store_attach_document_finish (PASSEND_STORE (source), result, &error);
  /* The window closed while copying: the store deleted the copy. */
  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  self->importing--;
  if (document == NULL)
    {
      gtk_label_set_text (self->proof_label, _ ("The file could not be copied."));
      update_state (self);
      return;
    }
  if (self->proof != NULL)
    passend_store_discard_document (self->store, self->proof);
  g_set_object (&self->proof, document);
  /* Translators: %s is the name of the file the parent chose. */
  text = g_strdup_printf (_ ("Proof: %s"), passend_document_get_name (document));
  gtk_label_set_text (self->proof_label, text);
  update_state (self);
}

/**
 * passend_letter_dialog_add_proof:
 * @path: a file the parent chose
 *
 * Copies @path into the dossier folder in the background, to keep with
 * the letter when it is marked sent; Mark as Sent waits for the copy.
 */
void
passend_letter_dialog_add_proof (PassendLetterDialog *self, const char *path)
{
  g_autoptr (GFile) file = NULL;

  g_return_if_fail (PASSEND_IS_LETTER_DIALOG (self));
  g_return_if_fail (path != NULL);

  file = g_file_new_for_path (path);
  self->importing++;
  gtk_label_set_text (self->proof_label, _ ("Copying…"));
  update_state (self);
  passend_store_attach_document_async (self->store, file, self->cancellable, proof_done_cb,
                                       g_object_ref (self));
}

static void
proof_chosen_cb (PassendLetterDialog *self, int response, GtkNativeDialog *chooser)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;

  file = passend_chooser_take_file (chooser, response);
  g_object_unref (chooser);
  if (file == NULL)
    return;
  path = g_file_get_path (file);
  if (path == NULL)
    gtk_label_set_text (self->proof_label, _ ("Only files on this computer can be kept."));
  else
    passend_letter_dialog_add_proof (self, path);
}

static void
add_proof_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendLetterDialog  *self = PASSEND_LETTER_DIALOG (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_ ("Add Proof of Sending"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Add"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (proof_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Sending */

static void
mark_sent_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendLetterDialog *self = PASSEND_LETTER_DIALOG (widget);
  g_autofree char     *date = passend_date_entry_get_date (self->sent_date);
  g_autoptr (GPtrArray) clocks = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *status = NULL;
  PassendEntry    *entry;

  if (self->sent || !passend_store_get_writable (self->store))
    return;
  entry = passend_letter_send (self->letter, passend_store_get_dossier (self->store), date,
                               gtk_drop_down_get_selected (self->way_dropdown), self->proof,
                               &clocks, &error);
  if (entry == NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return;
    }

  self->sent = TRUE;
  self->unsaved = FALSE;
  g_clear_object (&self->proof); /* kept with the entry */
  if (clocks->len > 0)
    {
      PassendClock    *clock = g_ptr_array_index (clocks, 0);
      g_autofree char *due = passend_format_date (passend_clock_get_due_date (clock));

      /* Translators: %s is a clock's title, "The school file", and the
       * second %s its due date. */
      status = g_strdup_printf (_ ("The letter is in your dossier. Passend counts down: %s, by "
                                   "%s. See Deadlines."),
                                passend_clock_get_title (clock), due);
    }
  else
    status = g_strdup (_ ("The letter is in your dossier."));
  gtk_label_set_text (self->status_label, status);
  gtk_widget_set_sensitive (GTK_WIDGET (self->send_box), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->proof_box), FALSE);
  update_state (self);
}

/* GtkWindow */

static gboolean
passend_letter_dialog_close_request (GtkWindow *window)
{
  PassendLetterDialog *self = PASSEND_LETTER_DIALOG (window);

  if (!self->unsaved)
    return GTK_WINDOW_CLASS (passend_letter_dialog_parent_class)->close_request (window);

  /* Never lose what the parent wrote without asking. */
  passend_ask_throw_away (window, _ ("You changed this letter, and did not copy, save, print or "
                                     "send it."));
  return TRUE;
}

/* GObject */

static void
passend_letter_dialog_dispose (GObject *object)
{
  PassendLetterDialog *self = PASSEND_LETTER_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  /* A proof copied for a letter not marked sent was never in a saved
   * dossier: delete it. */
  if (self->proof != NULL && self->store != NULL)
    passend_store_discard_document (self->store, self->proof);
  g_clear_object (&self->proof);
  gtk_widget_dispose_template (GTK_WIDGET (self), PASSEND_TYPE_LETTER_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->child);
  g_clear_object (&self->letter);
  g_clear_object (&self->talk);
  g_clear_object (&self->printing);

  G_OBJECT_CLASS (passend_letter_dialog_parent_class)->dispose (object);
}

static void
passend_letter_dialog_class_init (PassendLetterDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_letter_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = passend_letter_dialog_close_request;

  g_type_ensure (PASSEND_TYPE_DATE_ENTRY);
  g_type_ensure (PASSEND_TYPE_GROUNDS_POPOVER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Passend/passend-letter-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, blanks_label);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, sender_view);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, recipient_view);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, subject_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, body_view);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, grounds_button);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, grounds_popover);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, send_intro_label);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, send_box);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, sent_date);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, way_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, send_button);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, proof_box);
  gtk_widget_class_bind_template_child (widget_class, PassendLetterDialog, proof_label);
  gtk_widget_class_bind_template_callback (widget_class, part_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, language_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, grounds_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, grounds_picked_cb);

  gtk_widget_class_install_action (widget_class, "letter.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "letter.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "letter.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "letter.mark-sent", NULL, mark_sent_action);
  gtk_widget_class_install_action (widget_class, "letter.add-proof", NULL, add_proof_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "letter.print",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "letter.save-pdf",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "letter.copy", NULL);
}

static void
passend_letter_dialog_init (PassendLetterDialog *self)
{
  GtkTextView *views[3];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  views[0] = self->sender_view;
  views[1] = self->recipient_view;
  views[2] = self->body_view;
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (views[i]);

      gtk_text_buffer_create_tag (buffer, "blank", "background", "#fce588", "foreground", "#000000",
                                  "weight", PANGO_WEIGHT_BOLD, NULL);
      g_signal_connect_object (buffer, "changed", G_CALLBACK (part_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

/**
 * passend_letter_dialog_new:
 * @store: the store of the dossier
 * @child: whom the letter is about
 * @letter_template: which letter
 *
 * Returns: (transfer floating): the window, filled in (in Dutch where
 *   Passend has its Dutch)
 */
GtkWidget *
passend_letter_dialog_new (PassendStore                *store,
                           PassendChild                *child,
                           const PassendLetterTemplate *letter_template)
{
  PassendLetterDialog *self = g_object_new (PASSEND_TYPE_LETTER_DIALOG, NULL);
  g_autofree char     *today = passend_clock_get_today ();
  g_autofree char     *intro = NULL;
  const char          *event = passend_letter_template_get_event (letter_template);

  self->store = g_object_ref (store);
  self->child = g_object_ref (child);
  self->letter_template = letter_template;
  gtk_window_set_title (GTK_WINDOW (self), passend_letter_template_get_title (letter_template));

  make_letter (self, NULL);
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->language_dropdown,
                              g_str_equal (passend_letter_get_language (self->letter), "nl") ? 0
                                                                                             : 1);
  self->filling = FALSE;
  passend_date_entry_set_date (self->sent_date, today);

  if (event != NULL)
    intro = g_strdup (_ ("Mark the letter as sent: Passend keeps it in your dossier, as you sent "
                         "it, and counts down the days the other side has to answer."));
  else
    intro = g_strdup (_ ("Mark the letter as sent: Passend keeps it in your dossier, as you sent "
                         "it. Keep a copy and proof that you sent it."));
  gtk_label_set_text (self->send_intro_label, intro);
  return GTK_WIDGET (self);
}

/**
 * passend_letter_dialog_fill_from_talk:
 * @entry: the entry of the dossier a talk's outcome became
 *
 * Fills the letter's report of the talk from @entry, also when the
 * parent changes the letter's language before editing it.
 */
void
passend_letter_dialog_fill_from_talk (PassendLetterDialog *self, PassendEntry *entry)
{
  g_return_if_fail (PASSEND_IS_LETTER_DIALOG (self));
  g_return_if_fail (PASSEND_IS_ENTRY (entry));

  g_set_object (&self->talk, entry);
  passend_letter_fill_from_talk (self->letter, passend_store_get_dossier (self->store), entry);
  fill_views (self);
}

/**
 * passend_letter_dialog_get_letter:
 *
 * Returns: (transfer none): the letter as the parent edited it so far
 */
PassendLetter *
passend_letter_dialog_get_letter (PassendLetterDialog *self)
{
  g_return_val_if_fail (PASSEND_IS_LETTER_DIALOG (self), NULL);
  return self->letter;
}
