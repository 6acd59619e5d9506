/* passend-assistant-home.c - the home-sitting counter on the Assistant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Above the six steps and at the top of the advisor's answer: how many
 * days the child has been at home without suitable education, and in
 * how many school weeks absence hours were recorded, counted by
 * passend-home-sitting.c from the one "today".
 *
 * The Assistant starts deadlines as the entry dialog does, through the
 * same proposal dialog: a ticked checklist item that records an event
 * (the school file asked for, a registration at a school), and, in the
 * advisor, "Count From the First Day at Home" when the parent said the
 * child is at home and no deadline counts it yet.
 */
#define G_LOG_DOMAIN "passend-assistant-view"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-assistant-view-private.h"
#include "passend-clock-proposal-dialog.h"
#include "passend-clock-record.h"
#include "passend-clock.h"
#include "passend-home-sitting.h"
#include "passend-date.h"
#include "passend-ui-util.h"

static char *
describe_days (PassendChild *child, const PassendHomeSitting *home)
{
  const char *name = passend_child_get_name (child);

  if (home->source == PASSEND_HOME_SITTING_CLOCK)
    {
      g_autofree char *since = passend_format_date (home->first_day);

      if (home->days == 0)
        /* Translators: the first day at home is still to come. */
        return g_strdup_printf (_ ("%s will be at home from %s."), name, since);
      /* Translators: the home-sitting counter: the child's name, the
       * number of days, and the first day at home. */
      return g_strdup_printf (ngettext ("%s has been at home without suitable education for "
                                        "%d day, since %s.",
                                        "%s has been at home without suitable education for "
                                        "%d days, since %s.",
                                        home->days),
                              name, home->days, since);
    }
  if (home->source == PASSEND_HOME_SITTING_ADVISOR)
    /* Translators: counted from the parent's answer in the advisor. */
    return g_strdup_printf (
        ngettext ("You said under “Where Do I Turn Now?” that %s has been at home without "
                  "suitable education for about %u week. Record the first day at home in the "
                  "dossier, and Passend counts the days.",
                  "You said under “Where Do I Turn Now?” that %s has been at home without "
                  "suitable education for about %u weeks. Record the first day at home in the "
                  "dossier, and Passend counts the days.",
                  home->weeks),
        name, home->weeks);
  return NULL;
}

static gboolean may_count_home (PassendAssistantView *self);

/* The counter's text, or %NULL when there is nothing to count.  In the
 * advisor, the parent's own estimate is not said back to them: the
 * button beside it starts the count. */
static char *
describe (PassendAssistantView *self, gboolean in_advisor)
{
  PassendHomeSitting home = { 0 };
  g_autofree char   *today = NULL;
  g_autofree char   *days = NULL;
  char              *text;

  if (self->dossier == NULL || self->child == NULL)
    return NULL;

  today = passend_clock_get_today ();
  g_free (self->counted_day);
  self->counted_day = g_strdup (today);
  passend_home_sitting_compute (self->dossier, self->child, today, &home);
  if (!in_advisor || home.source == PASSEND_HOME_SITTING_CLOCK)
    days = describe_days (self->child, &home);
  else if (may_count_home (self))
    /* Translators: in the advisor, above "Count From the First Day at
     * Home"; %s is the child's name. */
    days = g_strdup_printf (_ ("Passend does not count yet how long %s has been at home."),
                            passend_child_get_name (self->child));
  if (home.absence_weeks > 0)
    {
      /* Translators: the home-sitting counter, second part. */
      g_autofree char *absence = g_strdup_printf (
          ngettext ("Absence hours were recorded in %u school week.",
                    "Absence hours were recorded in %u school weeks.", home.absence_weeks),
          home.absence_weeks);

      text = days != NULL ? g_strdup_printf ("%s %s", days, absence) : g_strdup (absence);
    }
  else
    text = g_steal_pointer (&days);

  passend_home_sitting_clear (&home);
  return text;
}

/* Deadlines from the Assistant */

/**
 * assistant_child_has_clock:
 * @event: an event's keyword
 *
 * Returns: whether the child has a deadline @event started that was
 *   not stopped
 */
gboolean
assistant_child_has_clock (PassendAssistantView *self, const char *event)
{
  GListModel *clocks;
  guint       n;

  if (self->dossier == NULL || self->child == NULL)
    return FALSE;

  clocks = passend_dossier_get_clocks (self->dossier);
  n = g_list_model_get_n_items (clocks);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendClock) clock = g_list_model_get_item (clocks, i);

      if (g_strcmp0 (passend_clock_get_child_id (clock),
                     passend_record_get_id (PASSEND_RECORD (self->child))) == 0 &&
          g_strcmp0 (passend_clock_get_event (clock), event) == 0 &&
          passend_clock_get_status (clock) != PASSEND_CLOCK_STATUS_STOPPED)
        return TRUE;
    }
  return FALSE;
}

/**
 * assistant_propose_clocks:
 * @event: what happened: "registration"
 * @date: "YYYY-MM-DD", the day it happened; the parent can change it
 *
 * Opens the dialog that proposes the deadlines @event starts.
 */
void
assistant_propose_clocks (PassendAssistantView *self, const char *event, const char *date)
{
  GtkRoot                    *root = gtk_widget_get_root (GTK_WIDGET (self));
  PassendClockProposalDialog *dialog;

  if (!assistant_is_writable (self))
    return;

  dialog = passend_clock_proposal_dialog_new (
      GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->dossier, NULL,
      passend_record_get_id (PASSEND_RECORD (self->child)), event, date);
  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

/* The parent said the child is at home, and no deadline counts it. */
static gboolean
may_count_home (PassendAssistantView *self)
{
  PassendProcessState *state = assistant_get_state (self);
  const char *const   *situation =
      state != NULL ? passend_process_state_get_advisor_situation (state) : NULL;

  return assistant_is_writable (self) && situation != NULL &&
         g_strv_contains (situation, "at-home") &&
         !assistant_child_has_clock (self, "first-day-at-home");
}

/* The first day at home, from the weeks the parent gave; the dialog
 * lets them change it. */
static void
count_home_clicked_cb (PassendAssistantView *self)
{
  PassendProcessState *state = assistant_get_state (self);
  int                  weeks = state != NULL ? passend_process_state_get_advisor_weeks (state) : 0;
  g_autofree char     *today = passend_clock_get_today ();
  g_autofree char     *first_day = passend_date_add_days (today, -7 * MAX (weeks, 0));

  if (may_count_home (self))
    assistant_propose_clocks (self, "first-day-at-home", first_day);
}

void
assistant_update_home (PassendAssistantView *self)
{
  GtkLabel *labels[] = { self->home_counter_label, self->advisor_counter_label };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *text = describe (self, labels[i] == self->advisor_counter_label);

      gtk_label_set_text (labels[i], text != NULL ? text : "");
      gtk_widget_set_visible (GTK_WIDGET (labels[i]), text != NULL);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->count_home_button), may_count_home (self));
}

/* The count goes up at midnight, not only when the dossier changes. */
static gboolean
day_check_cb (gpointer data)
{
  passend_assistant_view_check_day (PASSEND_ASSISTANT_VIEW (data));
  return G_SOURCE_CONTINUE;
}

/**
 * passend_assistant_view_check_day:
 *
 * Counts the days at home again when the day changed since the last
 * count (a timer calls this every minute).
 */
void
passend_assistant_view_check_day (PassendAssistantView *self)
{
  g_autofree char *today = NULL;

  g_return_if_fail (PASSEND_IS_ASSISTANT_VIEW (self));

  today = passend_clock_get_today ();
  if (self->counted_day != NULL && g_strcmp0 (today, self->counted_day) != 0)
    assistant_update_home (self);
}

void
assistant_home_init (PassendAssistantView *self)
{
  self->day_timeout = g_timeout_add_seconds (60, day_check_cb, self);
}

void
assistant_home_dispose (PassendAssistantView *self)
{
  g_clear_handle_id (&self->day_timeout, g_source_remove);
  g_clear_pointer (&self->counted_day, g_free);
}

void
assistant_home_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, home_counter_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, advisor_counter_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, count_home_button);
  gtk_widget_class_bind_template_callback (widget_class, count_home_clicked_cb);
}
