/* passend-assistant-view.c - the six steps for a child, and where to turn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two parts: "The Six Steps" (passend-assistant-steps.c) and "Where do
 * I turn now?" (passend-assistant-advisor.c).  This file is the page
 * itself: its binding to the store, the dossier and the child, and the
 * moves between steps.  The parent may look at any step; the buttons
 * move the child's own state through passend-process.h.
 *
 * Looking changes nothing in the dossier: the child's state is made by
 * the first tick or step.  Next Step only shows the next step; Mark as
 * Reached moves the child (passend-assistant-reach.c).
 */
#define G_LOG_DOMAIN "passend-assistant-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-assistant-view-private.h"
#include "passend-clamp.h"
#include "passend-date-entry.h"
#include "passend-entry-dialog.h"
#include "passend-ui-util.h"

G_DEFINE_FINAL_TYPE (PassendAssistantView, passend_assistant_view, GTK_TYPE_WIDGET)

static void update_all (PassendAssistantView *self);

/* Helpers */

gboolean
assistant_is_writable (PassendAssistantView *self)
{
  return self->store != NULL && self->dossier != NULL && self->child != NULL &&
         passend_store_get_writable (self->store);
}

PassendProcessState *
assistant_get_state (PassendAssistantView *self)
{
  if (self->dossier == NULL || self->child == NULL)
    return NULL;

  return passend_dossier_find_process_state (self->dossier, self->child);
}

int
assistant_current_step (PassendAssistantView *self)
{
  PassendProcessState *state = assistant_get_state (self);

  return state != NULL ? passend_process_state_get_step (state) : PASSEND_PROCESS_FIRST_STEP;
}

void
assistant_show_error (PassendAssistantView *self, const GError *error)
{
  /* The reasons are for developers; the parent gets plain words. */
  g_warning ("The Assistant could not change the step: %s", error->message);
  gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
update_all (PassendAssistantView *self)
{
  assistant_update_overview (self);
  assistant_update_step (self);
  assistant_advisor_sync (self);
  assistant_update_home (self);
}

/* Shows @step and scrolls to its top. */
void
assistant_show_step (PassendAssistantView *self, int step)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->steps_scroller);

  self->shown_step = CLAMP (step, PASSEND_PROCESS_FIRST_STEP, PASSEND_PROCESS_LAST_STEP);
  gtk_widget_set_visible (GTK_WIDGET (self->evaluation_message), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->write_saved_label), FALSE);
  assistant_reset_reach (self);
  update_all (self);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static gboolean
refresh_idle_cb (gpointer data)
{
  PassendAssistantView *self = data;

  self->refresh_idle = 0;
  update_all (self);
  return G_SOURCE_REMOVE;
}

/* The changes of the dossier that this page shows. */
static const char *const shown_changes[] = {
  "changed::structure",    "changed::PassendProcessState", "changed::PassendPlan",
  "changed::PassendChild", "changed::PassendClock",
};

static void
dossier_changed_cb (PassendAssistantView *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

/* Callbacks */

gboolean
assistant_link_activated_cb (PassendAssistantView *self, const char *uri, GtkLabel *label)
{
  return passend_follow_app_link (GTK_WIDGET (self), uri);
}

static void
write_down_closed_cb (GtkWindow *dialog, GtkLabel *label)
{
  PassendEntry    *entry = passend_entry_dialog_get_entry (PASSEND_ENTRY_DIALOG (dialog));
  g_autofree char *link = NULL;
  g_autofree char *markup = NULL;

  if (entry == NULL)
    return; /* not saved */

  link = g_markup_printf_escaped ("<a href=\"entry:%s\">%s</a>",
                                  passend_record_get_id (PASSEND_RECORD (entry)),
                                  passend_entry_get_title (entry));
  /* Translators: said after "Write this down" was saved; %s is the
   * entry's title, a link that opens it. */
  markup = g_strdup_printf (_ ("Saved in the dossier: %s"), link);
  gtk_label_set_markup (label, markup);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}

/* After "Write this down": once the dialog is saved, @label says so,
 * with a link to the new entry. */
void
assistant_watch_write_down (PassendAssistantView *self, GtkWindow *dialog, GtkLabel *label)
{
  gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (write_down_closed_cb), label, 0);
}

void
assistant_move_done (PassendAssistantView *self, gboolean moved, GError *error)
{
  GtkRoot   *root;
  GtkWidget *focus;

  if (!moved)
    {
      assistant_show_error (self, error);
      return;
    }

  /* The page follows the child to the new step at once. */
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  assistant_show_step (self, assistant_current_step (self));

  /* The button pressed may be gone (Mark as Reached): keep the
   * keyboard focus on the page, at what comes next. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (root != NULL && (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) ||
                       !gtk_widget_is_drawable (focus)))
    {
      GtkWidget *candidates[] = { GTK_WIDGET (self->result_yes), GTK_WIDGET (self->next_button),
                                  GTK_WIDGET (self->previous_button),
                                  GTK_WIDGET (self->write_button) };

      for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
        if (gtk_widget_is_visible (candidates[i]) && gtk_widget_is_sensitive (candidates[i]))
          {
            gtk_widget_grab_focus (candidates[i]);
            break;
          }
    }
}

/* Next Step and Previous Step only show another step: the child's
 * own step moves by Mark as Reached (passend-assistant-reach.c). */
static void
next_step_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendAssistantView *self = PASSEND_ASSISTANT_VIEW (widget);

  if (self->shown_step < PASSEND_PROCESS_LAST_STEP)
    assistant_show_step (self, self->shown_step + 1);
}

static void
previous_step_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendAssistantView *self = PASSEND_ASSISTANT_VIEW (widget);

  if (self->shown_step > PASSEND_PROCESS_FIRST_STEP)
    assistant_show_step (self, self->shown_step - 1);
}

/* Binding */

static void
unbind_dossier (PassendAssistantView *self)
{
  if (self->dossier != NULL)
    g_signal_handlers_disconnect_by_data (self->dossier, self);
  g_clear_object (&self->dossier);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
}

static void
bind_dossier (PassendAssistantView *self)
{
  PassendDossier *dossier = self->store ? passend_store_get_dossier (self->store) : NULL;

  unbind_dossier (self);
  assistant_reset_evaluation (self);
  assistant_forget_move (self);
  if (dossier != NULL)
    {
      self->dossier = g_object_ref (dossier);
      /* The steps and plans, not the entries or sheets that other pages
       * change as the parent types. */
      for (guint i = 0; i < G_N_ELEMENTS (shown_changes); i++)
        g_signal_connect_object (dossier, shown_changes[i], G_CALLBACK (dossier_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }

  assistant_show_step (self, assistant_current_step (self));
}

/* GObject */

static void
passend_assistant_view_dispose (GObject *object)
{
  PassendAssistantView *self = PASSEND_ASSISTANT_VIEW (object);

  unbind_dossier (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->child);
  g_clear_pointer (&self->checklist_checks, g_ptr_array_unref);
  g_clear_pointer (&self->last_move, passend_process_move_free);
  assistant_home_dispose (self);

  passend_widget_dispose_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (passend_assistant_view_parent_class)->dispose (object);
}

static void
passend_assistant_view_class_init (PassendAssistantViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_assistant_view_dispose;

  g_type_ensure (PASSEND_TYPE_DATE_ENTRY);
  g_type_ensure (PASSEND_TYPE_CLAMP);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-assistant-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, part_stack);
  assistant_steps_class_init (widget_class);
  assistant_reach_class_init (widget_class);
  assistant_home_class_init (widget_class);
  assistant_advisor_class_init (widget_class);
  gtk_widget_class_bind_template_callback_full (widget_class, "link_activated_cb",
                                                G_CALLBACK (assistant_link_activated_cb));

  gtk_widget_class_install_action (widget_class, "assistant.next-step", NULL, next_step_action);
  gtk_widget_class_install_action (widget_class, "assistant.previous-step", NULL,
                                   previous_step_action);
  /* Alt+Page Down / Up are the window's (passend-window.c), so they
   * work from the sidebar too. */
}

static void
passend_assistant_view_init (PassendAssistantView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (
      GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))), GTK_ORIENTATION_VERTICAL);
  gtk_label_set_mnemonic_widget (self->next_date_label,
                                 GTK_WIDGET (passend_date_entry_get_entry (self->next_date_entry)));

  self->checklist_checks = g_ptr_array_new ();
  self->shown_step = PASSEND_PROCESS_FIRST_STEP;

  assistant_steps_init (self);
  assistant_reach_init (self);
  assistant_home_init (self);
  assistant_advisor_init (self);
  update_all (self);
}

/* Public API */

void
passend_assistant_view_set_store (PassendAssistantView *self, PassendStore *store)
{
  g_return_if_fail (PASSEND_IS_ASSISTANT_VIEW (self));

  if (passend_view_follow_store (self, &self->store, store, G_CALLBACK (bind_dossier),
                                 G_CALLBACK (update_all)))
    bind_dossier (self);
}

/**
 * passend_assistant_view_set_child:
 * @child: (nullable): the child whose steps are shown
 *
 * Shows the child's current step.
 */
void
passend_assistant_view_set_child (PassendAssistantView *self, PassendChild *child)
{
  g_return_if_fail (PASSEND_IS_ASSISTANT_VIEW (self));

  if (!g_set_object (&self->child, child))
    return;

  assistant_reset_evaluation (self);
  assistant_forget_move (self);
  assistant_show_step (self, assistant_current_step (self));
}

/**
 * passend_assistant_view_show_step:
 * @step: 1 to 6
 *
 * Shows the six steps with @step open.
 */
void
passend_assistant_view_show_step (PassendAssistantView *self, int step)
{
  g_return_if_fail (PASSEND_IS_ASSISTANT_VIEW (self));
  g_return_if_fail (step >= PASSEND_PROCESS_FIRST_STEP && step <= PASSEND_PROCESS_LAST_STEP);

  gtk_stack_set_visible_child_name (self->part_stack, "steps");
  assistant_show_step (self, step);
}

int
passend_assistant_view_get_shown_step (PassendAssistantView *self)
{
  g_return_val_if_fail (PASSEND_IS_ASSISTANT_VIEW (self), 0);
  return self->shown_step;
}

void
passend_assistant_view_show_advisor (PassendAssistantView *self)
{
  g_return_if_fail (PASSEND_IS_ASSISTANT_VIEW (self));
  gtk_stack_set_visible_child_name (self->part_stack, "advisor");
}
