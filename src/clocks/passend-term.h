/* passend-term.h - legal terms counted in calendar days, the Dutch way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PASSEND_TERM_UNIT_DAYS,
  PASSEND_TERM_UNIT_WEEKS,
  PASSEND_TERM_UNIT_MONTHS,
  PASSEND_TERM_UNIT_SCHOOL_WEEKS, /* see passend_term_add_school_weeks() */
  PASSEND_TERM_UNIT_BEFORE_DATE,  /* before a fixed day of the year: 1 July */
} PassendTermUnit;

typedef enum
{
  PASSEND_TERM_FLAGS_NONE = 0,
  /* Algemene termijnenwet: a term that ends on a Saturday, a Sunday or a
   * public holiday runs to the next working day. */
  PASSEND_TERM_WORKING_DAY = 1 << 0,
} PassendTermFlags;

/* How long a term is.  For PASSEND_TERM_UNIT_BEFORE_DATE, @month and
 * @day are the day to act before and @amount the days of notice: an
 * event fewer days than that before the day counts for the next year. */
typedef struct
{
  PassendTermUnit  unit;
  int              amount;
  int              extension; /* more of @unit the other side may add; 0 for none */
  PassendTermFlags flags;
  int              month;
  int              day;
} PassendTerm;

gboolean passend_term_is_public_holiday (const char *date);
gboolean passend_term_is_working_day (const char *date);
char    *passend_term_next_working_day (const char *date);
char    *passend_term_easter_sunday (int year);
char    *passend_term_add_months (const char *date, int months);
char    *passend_term_add_school_weeks (const char *date, int weeks, const char *const *holidays);
char    *passend_term_before_date (const char *date, int month, int day, int notice_days);
gboolean passend_term_holiday_is_valid (const char *holiday);
int      passend_term_days_between (const char *from, const char *to);
char *
passend_term_due_date (const PassendTerm *term, const char *start, const char *const *holidays);
char *passend_term_extended_due_date (const PassendTerm *term,
                                      const char        *start,
                                      const char *const *holidays);

G_END_DECLS
