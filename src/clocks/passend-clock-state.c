/* passend-clock-state.c - where a clock stands on a given day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions of a clock's stored status, its due date and "today"
 * (which the caller takes from passend_clock_get_today(), the one clock
 * tests set), so agreements with a date can use them too.
 *
 * States: a running clock is due soon from PASSEND_CLOCK_DUE_SOON_DAYS
 * (7) days before its due date up to and including the due date itself,
 * which is the last day to act; from the day after it is overdue.
 *
 * Reminders: there are three moments, each shown once: 7 days before
 * the due date, 1 day before, and the first day late.  A clock keeps only
 * the day a reminder was last shown ("last reminded").  On a day the
 * latest moment that has come and was not yet shown (it lies after "last
 * reminded") is the reminder to show; the earlier ones missed while
 * Passend was not running are not shown any more.  When the due date
 * moves (an extension), the moments move with it and are shown again.
 */
#define G_LOG_DOMAIN "passend-clock-state"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-clock-state.h"
#include "passend-json.h"
#include "passend-term.h"

G_DEFINE_ENUM_TYPE (PassendClockStatus,
                    passend_clock_status,
                    G_DEFINE_ENUM_VALUE (PASSEND_CLOCK_STATUS_RUNNING, "running"),
                    G_DEFINE_ENUM_VALUE (PASSEND_CLOCK_STATUS_MET, "met"),
                    G_DEFINE_ENUM_VALUE (PASSEND_CLOCK_STATUS_STOPPED, "stopped"))

/**
 * passend_clock_state_compute:
 * @status: what the parent said
 * @due_date: (nullable): "YYYY-MM-DD", the last day to act
 * @today: "YYYY-MM-DD"
 * @days: (out) (optional): for a running clock the days left (0 on the
 *   due date), for an overdue one the days late (1 the day after); else 0
 *
 * Returns: where the clock stands on @today
 */
PassendClockState
passend_clock_state_compute (PassendClockStatus status,
                             const char        *due_date,
                             const char        *today,
                             int               *days)
{
  int left;

  if (days != NULL)
    *days = 0;

  if (status == PASSEND_CLOCK_STATUS_MET)
    return PASSEND_CLOCK_STATE_MET;
  if (status == PASSEND_CLOCK_STATUS_STOPPED)
    return PASSEND_CLOCK_STATE_STOPPED;
  if (!passend_date_is_valid (due_date) || !passend_date_is_valid (today))
    return PASSEND_CLOCK_STATE_RUNNING;

  left = passend_term_days_between (today, due_date);
  if (left < 0)
    {
      if (days != NULL)
        *days = -left;
      return PASSEND_CLOCK_STATE_OVERDUE;
    }

  if (days != NULL)
    *days = left;
  return left <= PASSEND_CLOCK_DUE_SOON_DAYS ? PASSEND_CLOCK_STATE_DUE_SOON
                                             : PASSEND_CLOCK_STATE_RUNNING;
}

/**
 * passend_clock_state_to_keyword:
 *
 * Returns: "running", "due-soon", "overdue", "met" or "stopped"
 */
const char *
passend_clock_state_to_keyword (PassendClockState state)
{
  static const char *const keywords[] = { "running", "due-soon", "overdue", "met", "stopped" };

  g_return_val_if_fail (state < G_N_ELEMENTS (keywords), NULL);

  return keywords[state];
}

/**
 * passend_clock_state_describe:
 * @state: from passend_clock_state_compute()
 * @days: its days left or late
 *
 * Returns: (transfer full): a short translated phrase: "3 days left",
 *   "Due today", "2 days late", "Done", "Stopped"
 */
char *
passend_clock_state_describe (PassendClockState state, int days)
{
  switch (state)
    {
    case PASSEND_CLOCK_STATE_RUNNING:
    case PASSEND_CLOCK_STATE_DUE_SOON:
      if (days == 0)
        return g_strdup (_ ("Due today"));
      if (days == 1)
        return g_strdup (_ ("Due tomorrow"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left", "%d days left", days),
                              days);
    case PASSEND_CLOCK_STATE_OVERDUE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day late", "%d days late", days),
                              days);
    case PASSEND_CLOCK_STATE_MET:
      return g_strdup (_ ("Done"));
    case PASSEND_CLOCK_STATE_STOPPED:
      return g_strdup (_ ("Stopped"));
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * passend_clock_reminder_compute:
 * @status: what the parent said
 * @due_date: (nullable): "YYYY-MM-DD", the last day to act
 * @last_reminded: (nullable): "YYYY-MM-DD", the day a reminder for this
 *   clock was last shown, or %NULL for never
 * @today: "YYYY-MM-DD"
 *
 * Returns: the reminder to show on @today (see the top of this file);
 *   after showing it, keep @today as the clock's last reminded day
 */
PassendClockReminder
passend_clock_reminder_compute (PassendClockStatus status,
                                const char        *due_date,
                                const char        *last_reminded,
                                const char        *today)
{
  static const struct
  {
    int                  offset; /* from the due date */
    PassendClockReminder reminder;
  } moments[] = {
    /* The latest first. */
    { 1, PASSEND_CLOCK_REMINDER_OVERDUE },
    { -1, PASSEND_CLOCK_REMINDER_DAY },
    { -PASSEND_CLOCK_DUE_SOON_DAYS, PASSEND_CLOCK_REMINDER_WEEK },
  };

  if (status != PASSEND_CLOCK_STATUS_RUNNING || !passend_date_is_valid (due_date) ||
      !passend_date_is_valid (today))
    return PASSEND_CLOCK_REMINDER_NONE;

  if (!passend_date_is_valid (last_reminded))
    last_reminded = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (moments); i++)
    {
      int days = passend_term_days_between (due_date, today);

      if (days < moments[i].offset)
        continue;
      /* The latest moment that has come: shown already, or due now. */
      if (last_reminded != NULL &&
          passend_term_days_between (due_date, last_reminded) >= moments[i].offset)
        return PASSEND_CLOCK_REMINDER_NONE;
      return moments[i].reminder;
    }

  return PASSEND_CLOCK_REMINDER_NONE;
}
