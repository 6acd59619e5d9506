/* passend-term.c - legal terms counted in calendar days, the Dutch way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every due date of a clock comes from here, and is checked against a
 * golden table in tests/clocks.  Dates are "YYYY-MM-DD" strings, as in
 * the dossier; GDate does the calendar.
 *
 * How a term is counted:
 *
 * - "Within N days / weeks / months after" an event (Awb art. 6:8) starts
 *   on the day after the event, so its last day is the event's date plus
 *   N days, plus 7 N days, or plus N calendar months.  A month ends on
 *   the same day number: 15 March + 1 month = 15 April.  When the later
 *   month is shorter it ends on that month's last day: 31 January +
 *   1 month = 28 February, or 29 February in a leap year.
 *
 * - An extension (AVG: two more months; admission: four more weeks)
 *   counts from the start as one longer term, not from the first due
 *   date: 31 January + 3 months = 30 April, where 28 February + 2
 *   months would give 28 April.
 *
 * - A term with PASSEND_TERM_WORKING_DAY, the objection and appeal
 *   terms, that ends on a Saturday, a Sunday or a public holiday runs on
 *   to the next working day (Algemene termijnenwet art. 1).  The public
 *   holidays are those of its art. 3: New Year's Day, Good Friday (art.
 *   3 second paragraph), Easter Monday, King's Day (27 April, or 26
 *   April when the 27th is a Sunday; before 2014 Queen's Day, 30 April,
 *   or 29 April when the 30th is a Sunday), 5 May, Ascension Day, Whit
 *   Monday and both Christmas days.
 *   *check*: art. 3 third paragraph lets the government add more days by
 *   decree (it has added, for example, the Friday after Ascension Day).
 *   Those days are not counted here: they only make a real term longer,
 *   so the date Passend shows is never later than the real one.  The
 *   app tells the parent to act early in any case.
 *   The other side's terms (the school's, the board's) are shown as
 *   counted, without moving them: a parent then never waits longer than
 *   needed before reminding them.  (*check*: for the AVG, an EU rule on
 *   periods may also move the school's last day to a working day.)
 *
 * - School weeks (the absence rule of the Leerplichtwet: 16 hours within
 *   4 consecutive school weeks) are calendar weeks from Monday to
 *   Sunday.  The week of the first absent day is the first.  A week is
 *   not a school week only when the parent marked it as a holiday: every
 *   day from Monday to Friday falls in a holiday the parent gave
 *   ("YYYY-MM-DD/YYYY-MM-DD", both days included).  Passend does not
 *   know the school's holidays by itself; they differ per region and
 *   school.  The window ends on the Friday of the last school week.
 *
 * - "Before 1 July each year" (exemption 5a) ends on 30 June.  An event
 *   less than the term's notice days before 1 July counts for the next
 *   year: an exemption given in June is for the coming school year.
 */
#define G_LOG_DOMAIN "passend-term"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "passend-json.h"
#include "passend-term.h"

/* Holidays as far ahead as this are no longer holidays of a school
 * year; it also keeps a loop over weeks from running away. */
#define MAX_SCHOOL_WEEK_SPAN 104

static gboolean
read_date (const char *date, GDate *out)
{
  guint y, m, d;

  g_date_clear (out, 1);
  if (!passend_date_read (date, &y, &m, &d))
    return FALSE;

  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

static char *
write_date (const GDate *date)
{
  if (!g_date_valid (date) || g_date_get_year (date) > 9999)
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* Easter Sunday of the Gregorian calendar (the anonymous algorithm of
 * 1876, as in Meeus). */
static void
easter (int year, GDate *out)
{
  int a = year % 19;
  int b = year / 100;
  int c = year % 100;
  int d = b / 4;
  int e = b % 4;
  int f = (b + 8) / 25;
  int g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4;
  int k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;

  g_date_clear (out, 1);
  g_date_set_dmy (out, day, month, year);
}

/**
 * passend_term_easter_sunday:
 * @year: 1583 or later
 *
 * Returns: (nullable): Easter Sunday of @year, "YYYY-MM-DD"
 */
char *
passend_term_easter_sunday (int year)
{
  GDate date;

  if (year < 1583 || year > 9999)
    return NULL;

  easter (year, &date);
  return write_date (&date);
}

/* The day on which the King's (or Queen's) birthday is celebrated. */
static gboolean
is_kings_day (const GDate *date)
{
  int      year = g_date_get_year (date);
  int      day = year >= 2014 ? 27 : 30;
  GDate    official;
  gboolean moved;

  if (g_date_get_month (date) != G_DATE_APRIL)
    return FALSE;

  g_date_clear (&official, 1);
  g_date_set_dmy (&official, day, G_DATE_APRIL, year);
  moved = g_date_get_weekday (&official) == G_DATE_SUNDAY;

  return (int)g_date_get_day (date) == (moved ? day - 1 : day);
}

static gboolean
is_holiday (const GDate *date)
{
  GDate            sunday;
  int              offset;
  GDateMonth       month = g_date_get_month (date);
  GDateDay         day = g_date_get_day (date);
  static const int easter_offsets[] = {
    -2, /* Good Friday */
    1,  /* Easter Monday */
    39, /* Ascension Day */
    50, /* Whit Monday */
  };

  if ((month == G_DATE_JANUARY && day == 1) || (month == G_DATE_MAY && day == 5) ||
      (month == G_DATE_DECEMBER && (day == 25 || day == 26)) || is_kings_day (date))
    return TRUE;

  easter (g_date_get_year (date), &sunday);
  offset = (int)g_date_get_julian (date) - (int)g_date_get_julian (&sunday);
  for (guint i = 0; i < G_N_ELEMENTS (easter_offsets); i++)
    if (offset == easter_offsets[i])
      return TRUE;

  return FALSE;
}

static gboolean
is_working_day (const GDate *date)
{
  GDateWeekday weekday = g_date_get_weekday (date);

  return weekday != G_DATE_SATURDAY && weekday != G_DATE_SUNDAY && !is_holiday (date);
}

/**
 * passend_term_is_public_holiday:
 * @date: "YYYY-MM-DD"
 *
 * Returns: %TRUE if @date is a public holiday of the Algemene
 *   termijnenwet (see the top of this file)
 */
gboolean
passend_term_is_public_holiday (const char *date)
{
  GDate d;

  return read_date (date, &d) && is_holiday (&d);
}

/**
 * passend_term_is_working_day:
 * @date: "YYYY-MM-DD"
 *
 * Returns: %TRUE if @date is neither a Saturday, a Sunday nor a public
 *   holiday
 */
gboolean
passend_term_is_working_day (const char *date)
{
  GDate d;

  return read_date (date, &d) && is_working_day (&d);
}

static void
to_working_day (GDate *date)
{
  /* Christmas and a weekend make at most four days in a row. */
  while (g_date_valid (date) && !is_working_day (date))
    g_date_add_days (date, 1);
}

/**
 * passend_term_next_working_day:
 * @date: "YYYY-MM-DD"
 *
 * Returns: (nullable): @date if it is a working day, else the first
 *   working day after it
 */
char *
passend_term_next_working_day (const char *date)
{
  GDate d;

  if (!read_date (date, &d))
    return NULL;

  to_working_day (&d);
  return write_date (&d);
}

static void
add_months (GDate *date, int months)
{
  guint    day = g_date_get_day (date);
  int      from_january = (int)g_date_get_month (date) - 1 + months;
  int      year = (int)g_date_get_year (date) + from_january / 12;
  int      month = from_january % 12 + 1;
  GDateDay last;

  if (year < 1 || year > 9999)
    {
      g_date_clear (date, 1);
      return;
    }

  /* The same day number, or the last day of a shorter month. */
  last = g_date_get_days_in_month (month, year);
  g_date_set_dmy (date, MIN (day, last), month, year);
}

/**
 * passend_term_add_months:
 * @date: "YYYY-MM-DD"
 * @months: 0 or more
 *
 * Returns: (nullable): the same day number @months later, or the last
 *   day of that month when it is shorter
 */
char *
passend_term_add_months (const char *date, int months)
{
  GDate d;

  g_return_val_if_fail (months >= 0, NULL);

  if (!read_date (date, &d))
    return NULL;

  add_months (&d, months);
  return write_date (&d);
}

/* "YYYY-MM-DD/YYYY-MM-DD", the first not after the second. */
static gboolean
read_holiday (const char *holiday, GDate *first, GDate *last)
{
  g_autofree char *copy = NULL;
  char            *slash;

  if (holiday == NULL || (slash = strchr (holiday, '/')) == NULL)
    return FALSE;

  copy = g_strndup (holiday, slash - holiday);
  return read_date (copy, first) && read_date (slash + 1, last) &&
         g_date_compare (first, last) <= 0;
}

/**
 * passend_term_holiday_is_valid:
 * @holiday: (nullable): "YYYY-MM-DD/YYYY-MM-DD"
 *
 * Returns: %TRUE if @holiday names a first and a last day, in that order
 */
gboolean
passend_term_holiday_is_valid (const char *holiday)
{
  GDate first, last;

  return read_holiday (holiday, &first, &last);
}

static gboolean
in_holiday (const GDate *date, const char *const *holidays)
{
  for (guint i = 0; holidays != NULL && holidays[i] != NULL; i++)
    {
      GDate first, last;

      if (read_holiday (holidays[i], &first, &last) && g_date_compare (date, &first) >= 0 &&
          g_date_compare (date, &last) <= 0)
        return TRUE;
    }

  return FALSE;
}

/* A week (from its Monday) is a holiday week when all five school days
 * are in a holiday. */
static gboolean
is_holiday_week (const GDate *monday, const char *const *holidays)
{
  GDate day = *monday;

  for (int i = 0; i < 5; i++, g_date_add_days (&day, 1))
    if (!in_holiday (&day, holidays))
      return FALSE;

  return TRUE;
}

/**
 * passend_term_add_school_weeks:
 * @date: "YYYY-MM-DD", a day of the first week
 * @weeks: 1 or more
 * @holidays: (nullable) (array zero-terminated=1): holidays the parent
 *   marked, "YYYY-MM-DD/YYYY-MM-DD"; ill-formed ones are ignored
 *
 * Counts @weeks school weeks (Monday to Sunday) from the week of @date,
 * skipping the weeks that are wholly in @holidays.
 *
 * Returns: (nullable): the Friday of the last of those weeks
 */
char *
passend_term_add_school_weeks (const char *date, int weeks, const char *const *holidays)
{
  GDate monday;
  int   counted = 0;

  g_return_val_if_fail (weeks >= 1, NULL);

  if (!read_date (date, &monday))
    return NULL;

  g_date_subtract_days (&monday, g_date_get_weekday (&monday) - G_DATE_MONDAY);
  for (int i = 0; i < weeks + MAX_SCHOOL_WEEK_SPAN; i++)
    {
      if (!is_holiday_week (&monday, holidays) && ++counted == weeks)
        {
          g_date_add_days (&monday, 4);
          return write_date (&monday);
        }
      g_date_add_days (&monday, 7);
    }

  return NULL;
}

/**
 * passend_term_before_date:
 * @date: "YYYY-MM-DD", the event
 * @month: 1 to 12, of the day to act before
 * @day: 1 to 31
 * @notice_days: an event fewer days than this before the day counts
 *   for the year after
 *
 * Returns: (nullable): the last day before the first @month / @day that
 *   is more than @notice_days after @date
 */
char *
passend_term_before_date (const char *date, int month, int day, int notice_days)
{
  GDate earliest, target;
  int   year;

  g_return_val_if_fail (month >= 1 && month <= 12 && day >= 1 && day <= 31, NULL);
  g_return_val_if_fail (notice_days >= 0, NULL);

  if (!read_date (date, &earliest))
    return NULL;

  g_date_add_days (&earliest, notice_days);
  g_date_clear (&target, 1);
  for (year = g_date_get_year (&earliest); year <= (int)g_date_get_year (&earliest) + 1; year++)
    {
      g_date_set_dmy (&target, MIN ((GDateDay)day, g_date_get_days_in_month (month, year)), month,
                      year);
      if (g_date_compare (&target, &earliest) > 0)
        break;
    }

  g_date_subtract_days (&target, 1);
  return write_date (&target);
}

/**
 * passend_term_days_between:
 * @from: "YYYY-MM-DD"
 * @to: "YYYY-MM-DD"
 *
 * Returns: the days from @from to @to: negative when @to is earlier, 0
 *   when either is not a date
 */
int
passend_term_days_between (const char *from, const char *to)
{
  GDate a, b;

  if (!read_date (from, &a) || !read_date (to, &b))
    return 0;

  return g_date_days_between (&a, &b);
}

static char *
due_after (const PassendTerm *term, const char *start, int amount, const char *const *holidays)
{
  g_autofree char *due = NULL;
  GDate            date;

  if (!read_date (start, &date))
    return NULL;

  switch (term->unit)
    {
    case PASSEND_TERM_UNIT_DAYS:
      g_date_add_days (&date, amount);
      break;
    case PASSEND_TERM_UNIT_WEEKS:
      g_date_add_days (&date, 7 * amount);
      break;
    case PASSEND_TERM_UNIT_MONTHS:
      add_months (&date, amount);
      break;
    case PASSEND_TERM_UNIT_SCHOOL_WEEKS:
      due = passend_term_add_school_weeks (start, amount, holidays);
      if (due == NULL || !read_date (due, &date))
        return NULL;
      break;
    case PASSEND_TERM_UNIT_BEFORE_DATE:
      due = passend_term_before_date (start, term->month, term->day, amount);
      if (due == NULL || !read_date (due, &date))
        return NULL;
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  if (term->flags & PASSEND_TERM_WORKING_DAY)
    to_working_day (&date);

  return write_date (&date);
}

/**
 * passend_term_due_date:
 * @term: the term
 * @start: "YYYY-MM-DD", the day of the event that starts it
 * @holidays: (nullable) (array zero-terminated=1): for school weeks, see
 *   passend_term_add_school_weeks()
 *
 * Returns: (nullable): the last day of the term, "YYYY-MM-DD", or %NULL
 *   if @start is not a date
 */
char *
passend_term_due_date (const PassendTerm *term, const char *start, const char *const *holidays)
{
  g_return_val_if_fail (term != NULL, NULL);
  g_return_val_if_fail (term->amount >= 0, NULL);

  return due_after (term, start, term->amount, holidays);
}

/**
 * passend_term_extended_due_date:
 *
 * Like passend_term_due_date() for the term with its extension.
 *
 * Returns: (nullable): the last day, or %NULL if the term has no
 *   extension or @start is not a date
 */
char *
passend_term_extended_due_date (const PassendTerm *term,
                                const char        *start,
                                const char *const *holidays)
{
  g_return_val_if_fail (term != NULL, NULL);
  g_return_val_if_fail (term->amount >= 0 && term->extension >= 0, NULL);

  if (term->extension == 0 || term->unit == PASSEND_TERM_UNIT_BEFORE_DATE)
    return NULL;

  return due_after (term, start, term->amount + term->extension, holidays);
}
