/* passend-assistant-reach.c - "I reached this step", on a day, with undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Next Step and Previous Step only show another step.  The child's own
 * step moves by two explicit buttons: Mark as Reached, on the step after
 * the child's (with the day, today unless the parent types another; a
 * day still to come is asked about first), and Go Back to This Step.
 * Both moves can be undone from the bar that says what happened, until
 * the next move or another child.
 */
#define G_LOG_DOMAIN "passend-assistant-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-assistant-view-private.h"
#include "passend-clock.h"
#include "passend-steps.h"
#include "passend-ui-util.h"

/* The bar that offers Undo */

void
assistant_forget_move (PassendAssistantView *self)
{
  g_clear_pointer (&self->last_move, passend_process_move_free);
  gtk_widget_set_visible (self->undo_box, FALSE);
}

static void
keep_move (PassendAssistantView *self, PassendProcessMove *move)
{
  int              step = passend_process_move_get_step (move);
  g_autofree char *day = passend_format_date (passend_process_move_get_date (move));
  g_autofree char *text = NULL;

  assistant_forget_move (self);
  self->last_move = move;

  if (passend_process_move_is_back (move))
    /* Translators: said after "Go Back to This Step"; the days of the
     * later steps are forgotten until Undo. */
    text =
        g_strdup_printf (_ ("You went back to step %d (%s)."), step, passend_step_get_title (step));
  else
    /* Translators: said after "Mark as Reached": step number, its
     * title and the day, "20 October 2026". */
    text = g_strdup_printf (_ ("Step %d (%s) is marked as reached on %s."), step,
                            passend_step_get_title (step), day);
  gtk_label_set_text (self->undo_label, text);
  gtk_widget_set_visible (self->undo_box, TRUE);
}

static void
step_undo_clicked_cb (PassendAssistantView *self)
{
  g_autoptr (GError) error = NULL;
  gboolean undone;

  if (self->last_move == NULL || !assistant_is_writable (self))
    return;

  undone = passend_process_undo (self->dossier, self->last_move, &error);
  assistant_forget_move (self);
  assistant_move_done (self, undone, error);
}

/* Mark as Reached */

static gboolean
can_reach (PassendAssistantView *self)
{
  int current = assistant_current_step (self);

  return self->shown_step == current + 1 && current != PASSEND_PROCESS_EVALUATE_STEP;
}

void
assistant_update_reach (PassendAssistantView *self)
{
  gboolean         shown = self->child != NULL && can_reach (self);
  g_autofree char *heading = NULL;
  g_autofree char *date = NULL;
  gboolean         date_ok;

  gtk_widget_set_visible (self->reach_box, shown);
  if (!shown)
    return;

  if (self->shown_step == PASSEND_PROCESS_EVALUATE_STEP)
    /* Translators: in step 5, when the child is at step 4. */
    heading =
        g_strdup (_ ("Is the plan made and has it started? Then you have reached this step."));
  else
    /* Translators: on the step after the child's. */
    heading = g_strdup (_ ("Have you reached this step? Mark it, with the day."));
  gtk_label_set_text (self->reach_heading, heading);

  date = passend_date_entry_get_date (self->reach_date_entry);
  date_ok = date != NULL || passend_date_entry_is_empty (self->reach_date_entry);
  gtk_widget_set_sensitive (self->reach_box, assistant_is_writable (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->reach_button), date_ok);
}

/* A new step shown: the day starts at today again. */
void
assistant_reset_reach (PassendAssistantView *self)
{
  g_autofree char *today = passend_clock_get_today ();

  passend_date_entry_set_date (self->reach_date_entry, today);
  gtk_widget_set_visible (GTK_WIDGET (self->reach_message), FALSE);
}

static void
reach_date_changed_cb (PassendAssistantView *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->reach_message), FALSE);
  assistant_update_reach (self);
}

static void
reach_on (PassendAssistantView *self, const char *date)
{
  g_autoptr (GError) error = NULL;
  PassendProcessMove *move;

  if (!assistant_is_writable (self) || !can_reach (self))
    return;

  move = passend_process_reach_next (self->dossier, self->child, date, &error);
  if (move != NULL)
    keep_move (self, move);
  assistant_move_done (self, move != NULL, error);
}

static void
future_response_cb (PassendAssistantView *self, int response, GtkDialog *dialog)
{
  g_autofree char *date = g_strdup (g_object_get_data (G_OBJECT (dialog), "date"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    reach_on (self, date);
}

static void
ask_future (PassendAssistantView *self, const char *date)
{
  GtkRoot         *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *day = passend_format_date (date);
  GtkWidget       *dialog;

  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s",
                                   _ ("That day is still to come"));
  gtk_message_dialog_format_secondary_text (
      GTK_MESSAGE_DIALOG (dialog),
      /* Translators: %d is a step, %s a day in the future, "1 December 2026". */
      _ ("You chose %s. Mark step %d as reached on that day already?"), day, self->shown_step);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Cancel"), GTK_RESPONSE_CANCEL);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Mark as Reached"), GTK_RESPONSE_ACCEPT);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  gtk_widget_set_name (dialog, "reach-future");
  g_object_set_data_full (G_OBJECT (dialog), "date", g_strdup (date), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (future_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reach_clicked_cb (PassendAssistantView *self)
{
  g_autofree char *today = passend_clock_get_today ();
  g_autofree char *date = NULL;

  if (!assistant_is_writable (self) || !can_reach (self))
    return;

  if (passend_date_entry_is_empty (self->reach_date_entry))
    date = g_strdup (today);
  else
    date = passend_date_entry_get_date (self->reach_date_entry);

  if (date == NULL)
    {
      gtk_label_set_text (self->reach_message,
                          _ ("That is not a day. Type it like 20-10-2026, or pick it."));
      gtk_widget_set_visible (GTK_WIDGET (self->reach_message), TRUE);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  if (strcmp (date, today) > 0)
    ask_future (self, date);
  else
    reach_on (self, date);
}

/* Go Back to This Step */

static void
back_to_clicked_cb (PassendAssistantView *self)
{
  g_autoptr (GError) error = NULL;
  PassendProcessMove *move;

  if (!assistant_is_writable (self))
    return;

  move = passend_process_back_to (self->dossier, self->child, self->shown_step, &error);
  if (move != NULL)
    keep_move (self, move);
  assistant_move_done (self, move != NULL, error);
}

void
assistant_reach_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, undo_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, undo_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, reach_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, reach_heading);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, reach_date_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, reach_date_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, reach_button);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, reach_message);
  gtk_widget_class_bind_template_callback (widget_class, step_undo_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, reach_date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, reach_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_to_clicked_cb);
}

void
assistant_reach_init (PassendAssistantView *self)
{
  gtk_label_set_mnemonic_widget (
      self->reach_date_label, GTK_WIDGET (passend_date_entry_get_entry (self->reach_date_entry)));
  assistant_reset_reach (self);
}
