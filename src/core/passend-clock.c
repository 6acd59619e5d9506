/* passend-clock.c - the one place that says what day it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Overdue agreements and deadlines depend on "today".  Tests fix it with
 * passend_clock_set_today(); a UI test started as a separate process sets
 * PASSEND_TODAY=YYYY-MM-DD in the environment.
 */
#define G_LOG_DOMAIN "passend-clock"

#include "config.h"

#include "passend-clock.h"
#include "passend-json.h"

static char *fixed_today;

/**
 * passend_clock_get_today:
 *
 * Returns: (transfer full): today's local date as "YYYY-MM-DD"
 */
char *
passend_clock_get_today (void)
{
  g_autoptr (GDateTime) now = NULL;
  const char *env;

  if (fixed_today != NULL)
    return g_strdup (fixed_today);

  env = g_getenv ("PASSEND_TODAY");
  if (passend_date_is_valid (env))
    return g_strdup (env);

  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * passend_clock_set_today:
 * @date: (nullable): "YYYY-MM-DD", or %NULL for the real date
 */
void
passend_clock_set_today (const char *date)
{
  g_return_if_fail (date == NULL || passend_date_is_valid (date));

  g_free (fixed_today);
  fixed_today = g_strdup (date);
}
