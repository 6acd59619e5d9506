/* passend-entry-dialog-reply.c - is this reply the answer a deadline waits for?
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When the parent records a new reply (an entry received) and a running
 * clock of that child waits for the other side's answer, Passend asks
 * whether this reply is that answer.  Only the parent's Mark as Met
 * marks the clock met, on the reply's date; Not Now leaves it running.
 */
#define G_LOG_DOMAIN "passend-entry-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-clock-record.h"
#include "passend-entry-dialog-private.h"
#include "passend-labels.h"

typedef struct
{
  GPtrArray *clocks; /* PassendClock */
  GPtrArray *checks; /* GtkCheckButton, one for each clock */
  char      *date;
} ReplyQuestion;

static void
reply_question_free (gpointer data)
{
  ReplyQuestion *question = data;

  g_ptr_array_unref (question->clocks);
  g_ptr_array_unref (question->checks);
  g_free (question->date);
  g_free (question);
}

static void
reply_response_cb (GtkDialog *dialog, int response, ReplyQuestion *question)
{
  if (response == GTK_RESPONSE_ACCEPT)
    for (guint i = 0; i < question->clocks->len; i++)
      if (gtk_check_button_get_active (g_ptr_array_index (question->checks, i)))
        passend_clock_mark_met (g_ptr_array_index (question->clocks, i), question->date);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
check_toggled_cb (GtkWidget *dialog)
{
  ReplyQuestion *question = g_object_get_data (G_OBJECT (dialog), "reply-question");
  gboolean       any = FALSE;

  for (guint i = 0; i < question->checks->len; i++)
    any |= gtk_check_button_get_active (g_ptr_array_index (question->checks, i));
  gtk_dialog_set_response_sensitive (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT, any);
}

/**
 * passend_entry_dialog_ask_reply:
 * @parent: the window to ask over
 * @entry: a new entry, received
 *
 * Asks whether @entry answers a deadline that waits for the other side,
 * when one runs for its child; does nothing otherwise.
 *
 * Returns: (transfer none) (nullable): the question, while it is open
 */
GtkWindow *
passend_entry_dialog_ask_reply (GtkWindow *parent, PassendDossier *dossier, PassendEntry *entry)
{
  g_autoptr (GPtrArray) clocks = NULL;
  g_autofree char *day = NULL;
  GtkWidget       *dialog;
  GtkWidget       *area;
  ReplyQuestion   *question;

  if (passend_entry_get_direction (entry) != PASSEND_DIRECTION_RECEIVED)
    return NULL;
  clocks = passend_dossier_find_clocks_awaiting_reply (dossier, passend_entry_get_child_id (entry),
                                                       passend_entry_get_date (entry));
  if (clocks->len == 0)
    return NULL;

  day = passend_format_date (passend_entry_get_date (entry));
  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s",
                                   _ ("Is this the answer Passend counts down to?"));
  gtk_widget_set_name (dialog, "reply-question");
  gtk_message_dialog_format_secondary_text (
      GTK_MESSAGE_DIALOG (dialog),
      /* Translators: %s is the day of the reply, "2 March 2026". */
      _ ("If this reply answers a deadline below, tick it: Passend marks it met on %s. You can "
         "undo that on the Deadlines page."),
      day);

  question = g_new0 (ReplyQuestion, 1);
  question->clocks = g_ptr_array_ref (clocks);
  question->checks = g_ptr_array_new ();
  question->date = g_strdup (passend_entry_get_date (entry));
  area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));
  for (guint i = 0; i < clocks->len; i++)
    {
      PassendClock    *clock = g_ptr_array_index (clocks, i);
      g_autofree char *name = g_strconcat ("reply-", passend_clock_get_kind (clock), NULL);
      GtkWidget       *check = gtk_check_button_new_with_label (passend_clock_get_title (clock));

      gtk_widget_set_name (check, name);
      /* One deadline: the likely answer, ticked; of several, the parent picks. */
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), clocks->len == 1);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (check_toggled_cb), dialog);
      gtk_box_append (GTK_BOX (area), check);
      g_ptr_array_add (question->checks, check);
    }
  g_object_set_data_full (G_OBJECT (dialog), "reply-question", question, reply_question_free);

  gtk_widget_set_name (
      gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Not Now"), GTK_RESPONSE_CANCEL),
      "reply-not-now");
  gtk_widget_set_name (
      gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Mark Met"), GTK_RESPONSE_ACCEPT),
      "reply-mark-met");
  gtk_widget_add_css_class (
      gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT),
      "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  check_toggled_cb (dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (reply_response_cb), question);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}
