/* passend-home-sitting.c - how long a child has been at home
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The home-sitting counter of the Assistant and the advisor, from the
 * one "today" the caller passes:
 *
 * - The first day at home is the start of the child's latest clock
 *   started by "first-day-at-home" (four weeks, three months) that was
 *   not stopped (a stopped one means the child is back at school, or
 *   it did not apply).  The days count that first day as day 1.  A
 *   first day after today counts nothing yet.
 * - Without such a clock, the advisor's answer ("my child is at home",
 *   so many weeks) gives an estimate: the weeks times seven days.
 * - School weeks with absence hours: the distinct weeks (Monday to
 *   Sunday) in which a clock started by "absence-hours" began, stopped
 *   or not.  Absence is recorded in school weeks only, so each counted
 *   week is a school week.
 */
#define G_LOG_DOMAIN "passend-clocks"

#include "config.h"

#include <string.h>

#include "passend-clock-record.h"
#include "passend-home-sitting.h"
#include "passend-json.h"
#include "passend-term.h"

#define FIRST_DAY_EVENT "first-day-at-home"
#define ABSENCE_EVENT "absence-hours"
#define AT_HOME_ANSWER "at-home"

/* The Monday of @date's week, as a number of days: the same for every
 * day of one week. */
static int
week_of (const char *date)
{
  int days = passend_term_days_between ("2000-01-03", date); /* a Monday */

  return days >= 0 ? days / 7 : -((-days + 6) / 7);
}

static void
from_advisor (PassendDossier *dossier, PassendChild *child, PassendHomeSitting *out)
{
  PassendProcessState *state = passend_dossier_find_process_state (dossier, child);
  const char *const   *situation;
  int                  weeks;

  if (state == NULL)
    return;
  situation = passend_process_state_get_advisor_situation (state);
  weeks = passend_process_state_get_advisor_weeks (state);
  if (situation == NULL || !g_strv_contains (situation, AT_HOME_ANSWER) || weeks <= 0)
    return;

  out->source = PASSEND_HOME_SITTING_ADVISOR;
  out->weeks = (guint)weeks;
  out->days = weeks * 7;
}

/**
 * passend_home_sitting_compute:
 * @today: "YYYY-MM-DD"
 * @out: (out caller-allocates): the counter; free with
 *   passend_home_sitting_clear()
 *
 * Counts the days @child has been at home without suitable education
 * and the school weeks with absence hours, as the dossier says on
 * @today.
 */
void
passend_home_sitting_compute (PassendDossier     *dossier,
                              PassendChild       *child,
                              const char         *today,
                              PassendHomeSitting *out)
{
  g_autoptr (GHashTable) weeks = g_hash_table_new (NULL, NULL);
  const char *child_id;
  const char *first_day = NULL;
  GListModel *clocks;
  guint       n;

  g_return_if_fail (out != NULL);
  memset (out, 0, sizeof *out);
  g_return_if_fail (PASSEND_IS_DOSSIER (dossier));
  g_return_if_fail (PASSEND_IS_CHILD (child));
  g_return_if_fail (passend_date_is_valid (today));

  child_id = passend_record_get_id (PASSEND_RECORD (child));
  clocks = passend_dossier_get_clocks (dossier);
  n = g_list_model_get_n_items (clocks);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendClock) clock = g_list_model_get_item (clocks, i);
      const char *start = passend_clock_get_start_date (clock);
      const char *event = passend_clock_get_event (clock);

      if (g_strcmp0 (passend_clock_get_child_id (clock), child_id) != 0 || start == NULL ||
          event == NULL)
        continue;

      if (strcmp (event, ABSENCE_EVENT) == 0 && strcmp (start, today) <= 0)
        g_hash_table_add (weeks, GINT_TO_POINTER (week_of (start)));
      else if (strcmp (event, FIRST_DAY_EVENT) == 0 &&
               passend_clock_get_status (clock) != PASSEND_CLOCK_STATUS_STOPPED &&
               (first_day == NULL || strcmp (start, first_day) > 0))
        first_day = start;
    }
  out->absence_weeks = g_hash_table_size (weeks);

  if (first_day != NULL)
    {
      out->source = PASSEND_HOME_SITTING_CLOCK;
      out->first_day = g_strdup (first_day);
      out->days = MAX (0, passend_term_days_between (first_day, today) + 1);
    }
  else
    from_advisor (dossier, child, out);
}

void
passend_home_sitting_clear (PassendHomeSitting *home)
{
  g_return_if_fail (home != NULL);
  g_clear_pointer (&home->first_day, g_free);
}
