/* passend-date.h - dates as a parent types them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PASSEND_DATE_PLAUSIBLE,
  PASSEND_DATE_FAR_AHEAD, /* more than a year after today */
  PASSEND_DATE_LONG_AGO,  /* before a child now at school could have gone */
} PassendDatePlausibility;

char                   *passend_date_parse_input (const char *text);
char                   *passend_time_parse_input (const char *text);
char                   *passend_date_to_input (const char *date);
PassendDatePlausibility passend_date_check (const char *date, const char *today);
char                   *passend_date_add_days (const char *date, int days);

G_END_DECLS
