/* passend-reminders.c - reminders of deadlines, and the autostart entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A clock reminds a week before, the day before and on the first day
 * late (passend_clock_get_reminder()); an open agreement with a date
 * does the same, by the same rule.  The open app marks a reminder shown
 * in the clock or agreement, `passend --check-reminders` (after login,
 * from the autostart entry) never writes the dossier.  The notification
 * is discreet: how many, never a name or what it is about.
 *
 * While the app stays open, a timer wakes at the next midnight and
 * looks again (PassendReminderTimer).
 */
#define G_LOG_DOMAIN "passend-reminders"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "passend-agreement.h"
#include "passend-clock-record.h"
#include "passend-clock.h"
#include "passend-deadlines.h"
#include "passend-reminders.h"

#define AUTOSTART_NAME APP_ID "-reminders.desktop"

/**
 * passend_autostart_get_path:
 *
 * Returns: (transfer full): where the autostart entry goes
 */
char *
passend_autostart_get_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", AUTOSTART_NAME, NULL);
}

/**
 * passend_autostart_set:
 * @enabled: whether Passend checks for reminders after login
 *
 * Writes or removes the XDG autostart entry that runs
 * `passend --check-reminders`.
 */
gboolean
passend_autostart_set (gboolean enabled, GError **error)
{
  g_autofree char *path = passend_autostart_get_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *entry = NULL;

  if (!enabled)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "Could not remove the autostart entry: %s", g_strerror (saved_errno));
          return FALSE;
        }
      return TRUE;
    }

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Could not make the autostart folder: %s", g_strerror (saved_errno));
      return FALSE;
    }

  /* Untranslated on purpose: the session shows none of it. */
  entry = g_strdup ("[Desktop Entry]\n"
                    "Type=Application\n"
                    "Name=Passend reminders\n"
                    "Comment=Shows the reminders of deadlines in Passend after you log in\n"
                    "Exec=passend --check-reminders\n"
                    "Icon=" APP_ID "\n"
                    "Terminal=false\n"
                    "NoDisplay=true\n"
                    "X-GNOME-Autostart-enabled=true\n");
  return g_file_set_contents_full (path, entry, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

static void
count (PassendClockReminder reminder, guint *n_due_soon, guint *n_overdue)
{
  if (reminder == PASSEND_CLOCK_REMINDER_OVERDUE)
    (*n_overdue)++;
  else if (reminder != PASSEND_CLOCK_REMINDER_NONE)
    (*n_due_soon)++;
}

/* An open agreement with a date reminds as a running clock does. */
static void
collect_agreements (PassendDossier *dossier,
                    const char     *today,
                    gboolean        mark_shown,
                    guint          *n_due_soon,
                    guint          *n_overdue)
{
  GListModel *agreements = passend_dossier_get_agreements (dossier);
  guint       n = g_list_model_get_n_items (agreements);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendAgreement) agreement = g_list_model_get_item (agreements, i);
      PassendClockReminder reminder;

      if (passend_agreement_get_status (agreement) != PASSEND_AGREEMENT_STATUS_OPEN)
        continue;
      reminder = passend_clock_reminder_compute (
          PASSEND_CLOCK_STATUS_RUNNING, passend_agreement_get_due_date (agreement),
          passend_agreement_get_last_reminded (agreement), today);
      if (reminder == PASSEND_CLOCK_REMINDER_NONE)
        continue;
      count (reminder, n_due_soon, n_overdue);
      if (mark_shown)
        g_object_set (agreement, "last-reminded", today, NULL);
    }
}

/**
 * passend_reminders_collect:
 * @today: "YYYY-MM-DD"
 * @mark_shown: remember in each clock and agreement that its reminder
 *   was shown
 * @n_due_soon: (out): reminders of deadlines that come soon
 * @n_overdue: (out): reminders of deadlines that passed
 *
 * Returns: whether there is anything to remind of
 */
gboolean
passend_reminders_collect (PassendDossier *dossier,
                           const char     *today,
                           gboolean        mark_shown,
                           guint          *n_due_soon,
                           guint          *n_overdue)
{
  GListModel *clocks = passend_dossier_get_clocks (dossier);
  guint       n = g_list_model_get_n_items (clocks);

  *n_due_soon = *n_overdue = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendClock) clock = g_list_model_get_item (clocks, i);
      PassendClockReminder reminder = passend_clock_get_reminder (clock, today);

      if (reminder == PASSEND_CLOCK_REMINDER_NONE)
        continue;
      count (reminder, n_due_soon, n_overdue);
      if (mark_shown)
        passend_clock_set_reminded (clock, today);
    }
  collect_agreements (dossier, today, mark_shown, n_due_soon, n_overdue);

  return *n_due_soon + *n_overdue > 0;
}

/**
 * passend_reminders_notify:
 * @mark_shown: see passend_reminders_collect()
 *
 * Sends one discreet notification for what is due; clicking it opens
 * the Deadlines page (app.show-deadlines).
 *
 * Returns: whether a notification was sent
 */
gboolean
passend_reminders_notify (GApplication *app, PassendDossier *dossier, gboolean mark_shown)
{
  g_autofree char *today = passend_clock_get_today ();
  g_autofree char *text = NULL;
  g_autoptr (GNotification) notification = NULL;
  guint n_due_soon, n_overdue;

  /* Notifications go over the session bus: without one, none is shown
   * and none is marked shown. */
  if (g_application_get_dbus_connection (app) == NULL)
    return FALSE;
  if (!passend_reminders_collect (dossier, today, mark_shown, &n_due_soon, &n_overdue))
    return FALSE;

  text = passend_deadlines_reminder_summary (n_due_soon, n_overdue);
  notification = g_notification_new (text);
  g_notification_set_default_action (notification, "app.show-deadlines");
  g_notification_set_priority (notification, n_overdue > 0 ? G_NOTIFICATION_PRIORITY_HIGH
                                                           : G_NOTIFICATION_PRIORITY_NORMAL);
  g_application_send_notification (app, "deadlines", notification);
  return TRUE;
}

/* At the turn of the day */

struct _PassendReminderTimer
{
  GSourceFunc    on_new_day;
  gpointer       user_data;
  GDestroyNotify destroy;
  char          *day;
  guint          timeout;
};

/**
 * passend_reminders_seconds_to_midnight:
 * @now: a local time
 *
 * Returns: the whole seconds from @now until the next midnight in
 *   @now's time zone, at least 1 (a day of 23 or 25 hours counts as
 *   long as it is)
 */
guint
passend_reminders_seconds_to_midnight (GDateTime *now)
{
  g_autoptr (GDateTime) tomorrow = NULL;
  g_autoptr (GDateTime) midnight = NULL;
  GTimeSpan span;

  g_return_val_if_fail (now != NULL, 1);

  tomorrow = g_date_time_add_days (now, 1);
  midnight = g_date_time_new (g_date_time_get_timezone (now), g_date_time_get_year (tomorrow),
                              g_date_time_get_month (tomorrow),
                              g_date_time_get_day_of_month (tomorrow), 0, 0, 0);
  span = g_date_time_difference (midnight, now);
  return (guint)MAX (1, (span + G_TIME_SPAN_SECOND - 1) / G_TIME_SPAN_SECOND);
}

static gboolean timer_cb (gpointer data);

static void
schedule (PassendReminderTimer *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  /* A second late, so the day has surely turned; a timer that wakes
   * too early (a clock set back, a suspend) only sets the next one. */
  g_clear_handle_id (&self->timeout, g_source_remove);
  self->timeout =
      g_timeout_add_seconds (passend_reminders_seconds_to_midnight (now) + 1, timer_cb, self);
}

/**
 * passend_reminder_timer_check:
 *
 * Calls the timer's function when today (passend_clock_get_today()) is
 * another day than at the last check.
 *
 * Returns: whether the day had turned
 */
gboolean
passend_reminder_timer_check (PassendReminderTimer *self)
{
  g_autofree char *today = passend_clock_get_today ();

  g_return_val_if_fail (self != NULL, FALSE);

  if (g_strcmp0 (today, self->day) == 0)
    return FALSE;

  g_free (self->day);
  self->day = g_steal_pointer (&today);
  self->on_new_day (self->user_data);
  return TRUE;
}

static gboolean
timer_cb (gpointer data)
{
  PassendReminderTimer *self = data;

  self->timeout = 0;
  passend_reminder_timer_check (self);
  schedule (self);
  return G_SOURCE_REMOVE;
}

/**
 * passend_reminder_timer_new:
 * @on_new_day: called at each turn of the day while the timer lives
 *   (its return value is not used)
 *
 * Wakes at every next midnight.  Today, as it is now, is the day
 * already seen: @on_new_day is not called for it.
 *
 * Returns: (transfer full): the timer; free with
 *   passend_reminder_timer_free()
 */
PassendReminderTimer *
passend_reminder_timer_new (GSourceFunc on_new_day, gpointer user_data, GDestroyNotify destroy)
{
  PassendReminderTimer *self = g_new0 (PassendReminderTimer, 1);

  self->on_new_day = on_new_day;
  self->user_data = user_data;
  self->destroy = destroy;
  self->day = passend_clock_get_today ();
  schedule (self);
  return self;
}

void
passend_reminder_timer_free (PassendReminderTimer *self)
{
  if (self == NULL)
    return;

  g_clear_handle_id (&self->timeout, g_source_remove);
  if (self->destroy != NULL)
    self->destroy (self->user_data);
  g_free (self->day);
  g_free (self);
}
