/* passend-clock-state.h - where a clock stands on a given day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What the parent said about a clock: stored in the dossier, as the
 * value's nick. */
typedef enum
{
  PASSEND_CLOCK_STATUS_RUNNING,
  PASSEND_CLOCK_STATUS_MET,     /* done in time or late: the date says when */
  PASSEND_CLOCK_STATUS_STOPPED, /* no longer matters, with a reason */
} PassendClockStatus;

/* Where a clock stands on a day: computed, never stored.  The keywords
 * are those of `passend --list-deadlines`. */
typedef enum
{
  PASSEND_CLOCK_STATE_RUNNING,
  PASSEND_CLOCK_STATE_DUE_SOON, /* due today or within the next 7 days */
  PASSEND_CLOCK_STATE_OVERDUE,
  PASSEND_CLOCK_STATE_MET,
  PASSEND_CLOCK_STATE_STOPPED,
} PassendClockState;

/* A clock is due soon from this many days before its due date. */
#define PASSEND_CLOCK_DUE_SOON_DAYS 7

/* Which reminder to show: a week before, the day before, and once on
 * the first day late. */
typedef enum
{
  PASSEND_CLOCK_REMINDER_NONE,
  PASSEND_CLOCK_REMINDER_WEEK,
  PASSEND_CLOCK_REMINDER_DAY,
  PASSEND_CLOCK_REMINDER_OVERDUE,
} PassendClockReminder;

#define PASSEND_TYPE_CLOCK_STATUS (passend_clock_status_get_type ())
GType passend_clock_status_get_type (void) G_GNUC_CONST;

PassendClockState    passend_clock_state_compute (PassendClockStatus status,
                                                  const char        *due_date,
                                                  const char        *today,
                                                  int               *days);
const char          *passend_clock_state_to_keyword (PassendClockState state);
char                *passend_clock_state_describe (PassendClockState state, int days);
PassendClockReminder passend_clock_reminder_compute (PassendClockStatus status,
                                                     const char        *due_date,
                                                     const char        *last_reminded,
                                                     const char        *today);

G_END_DECLS
