/* passend-reminders.c - reminders of deadlines, and the autostart entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A clock reminds a week before, the day before and on the first day
 * late (passend_clock_get_reminder()); the open app marks a reminder
 * shown in the clock, `passend --check-reminders` (after login, from
 * the autostart entry) never writes the dossier.  The notification is
 * discreet: how many, never a name or what it is about.
 */
#define G_LOG_DOMAIN "passend-reminders"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

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

/**
 * passend_reminders_collect:
 * @today: "YYYY-MM-DD"
 * @mark_shown: remember in each clock that its reminder was shown
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
      if (reminder == PASSEND_CLOCK_REMINDER_OVERDUE)
        (*n_overdue)++;
      else
        (*n_due_soon)++;
      if (mark_shown)
        passend_clock_set_reminded (clock, today);
    }

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
