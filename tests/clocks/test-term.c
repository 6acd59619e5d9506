/* test-term.c - the due dates of legal terms: a golden table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The due dates below were worked out by hand from the rules at the top
 * of src/clocks/passend-term.c, and checked once against an independent
 * calculation (python-dateutil's easter() and relativedelta).
 */
#include "config.h"

#include <stdlib.h>

#include "passend-clock-kinds.h"
#include "passend-term.h"

typedef struct
{
  const char *kind;
  const char *start;
  const char *due;
  const char *extended; /* NULL: the kind has no extension */
} GoldenRow;

static const GoldenRow golden[] = {
  /* One month, plus two: same day number, or the month's last day. */
  { "avg-access", "2026-01-15", "2026-02-15", "2026-04-15" }, /* a Sunday: not moved */
  { "avg-access", "2026-01-31", "2026-02-28", "2026-04-30" },
  { "avg-access", "2028-01-31", "2028-02-29", "2028-04-30" }, /* leap year */
  { "avg-access", "2026-03-31", "2026-04-30", "2026-06-30" },
  { "avg-access", "2026-12-15", "2027-01-15", "2027-03-15" },
  { "avg-access", "2026-11-30", "2026-12-30", "2027-02-28" },
  { "avg-access", "2027-12-31", "2028-01-31", "2028-03-31" },
  { "avg-access", "2028-02-29", "2028-03-29", "2028-05-29" },
  /* Six weeks to object, on to the next working day. */
  { "removal-objection", "2026-03-02", "2026-04-13", NULL },
  { "removal-objection", "2026-02-21", "2026-04-07", NULL }, /* Sat, Sun, Easter Monday */
  { "removal-objection", "2026-02-20", "2026-04-07", NULL }, /* Good Friday */
  { "removal-objection", "2026-03-16", "2026-04-28", NULL }, /* King's Day */
  { "removal-objection", "2026-03-24", "2026-05-06", NULL }, /* 5 May */
  { "removal-objection", "2026-04-02", "2026-05-15", NULL }, /* Ascension Day */
  { "removal-objection", "2026-04-13", "2026-05-26", NULL }, /* Whit Monday */
  { "removal-objection", "2026-11-13", "2026-12-28", NULL }, /* Christmas, weekend */
  { "removal-objection", "2026-11-20", "2027-01-04", NULL }, /* New Year, weekend */
  { "removal-objection", "2025-03-15", "2025-04-28", NULL }, /* King's Day on the 26th */
  { "removal-objection", "2026-10-02", "2026-11-13", NULL },
  { "removal-objection", "2026-05-30", "2026-07-13", NULL }, /* a Saturday */
  { "gpo-request", "2027-02-12", "2027-03-30", NULL },       /* Good Friday to Tuesday */
  { "gpo-request", "2026-01-05", "2026-02-16", NULL },
  { "gpo-request", "2028-03-15", "2028-04-26", NULL },
  { "gpo-request", "2028-03-16", "2028-04-28", NULL }, /* King's Day, a Thursday */
  /* The other side's terms are not moved. */
  { "removal-objection-decision", "2026-02-20", "2026-03-20", NULL },
  { "removal-objection-decision", "2026-11-27", "2026-12-25", NULL },
  { "gpo-judgement", "2026-06-01", "2026-08-10", NULL },
  { "suspension", "2026-03-09", "2026-03-16", NULL },
  { "suspension", "2026-12-28", "2027-01-04", NULL },
  { "admission-decision", "2026-03-02", "2026-04-13", "2026-05-11" },
  { "admission-decision", "2026-12-21", "2027-02-01", "2027-03-01" },
  { "opp-drawn-up", "2026-08-31", "2026-10-12", NULL },
  { "opp-evaluation", "2026-10-12", "2027-10-12", NULL },
  { "opp-evaluation", "2028-02-29", "2029-02-28", NULL },
  { "complaint", "2027-02-28", "2028-02-28", NULL },
  { "complaint", "2026-05-31", "2027-05-31", NULL },
  { "complaint-committee", "2026-01-30", "2026-02-27", NULL },
  { "complaint-board-decision", "2026-07-01", "2026-07-29", NULL },
  { "home-4-weeks", "2026-09-07", "2026-10-05", NULL },
  { "home-3-months", "2026-11-30", "2027-02-28", NULL },
  { "home-3-months", "2027-11-30", "2028-02-29", NULL },
  { "home-3-months", "2026-09-07", "2026-12-07", NULL },
  /* Four school weeks from the week of the first missed lesson: the
   * Friday of the fourth. */
  { "absence-16-hours", "2026-03-09", "2026-04-03", NULL },
  { "absence-16-hours", "2026-03-11", "2026-04-03", NULL },
  { "absence-16-hours", "2026-03-15", "2026-04-03", NULL },
  { "absence-16-hours", "2026-12-31", "2027-01-22", NULL },
  /* Before 1 July; given less than 30 days before it, for next year. */
  { "exemption-5a-renewal", "2026-03-10", "2026-06-30", NULL },
  { "exemption-5a-renewal", "2026-05-31", "2026-06-30", NULL },
  { "exemption-5a-renewal", "2026-06-01", "2027-06-30", NULL },
  { "exemption-5a-renewal", "2026-06-15", "2027-06-30", NULL },
  { "exemption-5a-renewal", "2026-07-01", "2027-06-30", NULL },
  { "exemption-5a-renewal", "2026-09-01", "2027-06-30", NULL },
  { "exemption-5a-renewal", "2026-12-31", "2027-06-30", NULL },
};

static void
test_golden_table (void)
{
  guint                   n_kinds;
  const PassendClockKind *kinds = passend_clock_kinds_get_all (&n_kinds);
  g_autoptr (GHashTable) covered = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (G_N_ELEMENTS (golden), >=, 40);

  for (guint i = 0; i < G_N_ELEMENTS (golden); i++)
    {
      const GoldenRow        *row = &golden[i];
      const PassendClockKind *kind = passend_clock_kind_find (row->kind);
      g_autofree char        *due = NULL;
      g_autofree char        *extended = NULL;

      g_test_message ("%s from %s", row->kind, row->start);
      g_assert_nonnull (kind);
      due = passend_clock_kind_due_date (kind, row->start, NULL);
      extended = passend_clock_kind_extended_due_date (kind, row->start, NULL);
      g_assert_cmpstr (due, ==, row->due);
      g_assert_cmpstr (extended, ==, row->extended);
      g_hash_table_add (covered, (gpointer)row->kind);
    }

  /* Every kind has at least one row. */
  for (guint i = 0; i < n_kinds; i++)
    if (!g_hash_table_contains (covered, kinds[i].keyword))
      g_error ("no golden row for %s", kinds[i].keyword);
}

static void
test_holidays (void)
{
  static const struct
  {
    const char *date;
    gboolean    holiday;
  } cases[] = {
    { "2026-01-01", TRUE },  { "2026-01-02", FALSE }, { "2026-04-03", TRUE },
    { "2026-04-05", FALSE }, /* Easter Sunday is not listed: it is a Sunday */
    { "2026-04-06", TRUE },  { "2026-04-07", FALSE }, { "2026-04-27", TRUE },
    { "2026-04-26", FALSE }, { "2025-04-26", TRUE },  { "2025-04-27", FALSE },
    { "2013-04-30", TRUE },  { "2014-04-30", FALSE }, { "2026-05-05", TRUE },
    { "2027-05-05", TRUE },  { "2026-05-14", TRUE },  { "2026-05-15", FALSE },
    { "2026-05-24", FALSE }, /* Whit Sunday is not listed; it is a Sunday */
    { "2026-05-25", TRUE },  { "2026-12-24", FALSE }, { "2026-12-25", TRUE },
    { "2026-12-26", TRUE },  { "2026-12-31", FALSE }, { "2027-03-26", TRUE },
    { "2027-03-29", TRUE },  { "2027-05-06", TRUE },  { "2027-05-17", TRUE },
    { "not a date", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean holiday = passend_term_is_public_holiday (cases[i].date);

      g_test_message ("%s", cases[i].date);
      g_assert_cmpint (holiday, ==, cases[i].holiday);
    }

  g_assert_false (passend_term_is_working_day ("2026-04-05"));
  g_assert_false (passend_term_is_working_day ("2026-04-04"));
  g_assert_false (passend_term_is_working_day ("2026-04-06"));
  g_assert_true (passend_term_is_working_day ("2026-04-07"));
}

static void
test_easter (void)
{
  static const char *const sundays[] = {
    "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16",
    "2029-04-01", "2030-04-21", "2038-04-25", "2285-03-22",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sundays); i++)
    {
      g_autofree char *easter = passend_term_easter_sunday (atoi (sundays[i]));

      g_assert_cmpstr (easter, ==, sundays[i]);
    }
  g_assert_null (passend_term_easter_sunday (1500));
}

static void
test_months (void)
{
  static const struct
  {
    const char *date;
    int         months;
    const char *result;
  } cases[] = {
    { "2026-01-31", 1, "2026-02-28" },  { "2028-01-31", 1, "2028-02-29" },
    { "2026-01-30", 1, "2026-02-28" },  { "2026-01-28", 1, "2026-02-28" },
    { "2026-02-28", 1, "2026-03-28" },  { "2026-05-31", 1, "2026-06-30" },
    { "2026-08-31", 6, "2027-02-28" },  { "2026-12-31", 1, "2027-01-31" },
    { "2026-12-31", 14, "2028-02-29" }, { "2026-07-15", 0, "2026-07-15" },
    { "2026-03-15", 24, "2028-03-15" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *result = passend_term_add_months (cases[i].date, cases[i].months);

      g_assert_cmpstr (result, ==, cases[i].result);
    }

  g_assert_null (passend_term_add_months ("2026-02-30", 1));
  g_assert_null (passend_term_add_months ("9999-12-01", 1));
}

static void
test_next_working_day (void)
{
  static const struct
  {
    const char *date, *result;
  } cases[] = {
    { "2026-04-07", "2026-04-07" }, { "2026-04-03", "2026-04-07" }, { "2026-12-24", "2026-12-24" },
    { "2026-12-25", "2026-12-28" }, { "2027-12-25", "2027-12-27" }, /* Christmas on a Saturday */
    { "2026-04-25", "2026-04-28" }, /* Saturday, Sunday, King's Day */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *result = passend_term_next_working_day (cases[i].date);

      g_assert_cmpstr (result, ==, cases[i].result);
    }
  g_assert_null (passend_term_next_working_day ("2026-13-01"));
}

static void
test_school_weeks (void)
{
  /* The spring holiday from Saturday to Sunday: the week between is
   * not a school week. */
  const char *const spring[] = { "2026-02-14/2026-02-22", NULL };
  /* Only Monday to Thursday off: still a school week. */
  const char *const short_break[] = { "2026-02-16/2026-02-19", NULL };
  /* Two holidays that together cover a week, and junk that is ignored. */
  const char *const       split[] = { "2026-02-16/2026-02-18", "nonsense", "2026-02-19/2026-02-20",
                                      "2026-03-01/2026-02-01", NULL };
  const char *const       everything[] = { "2026-01-01/2030-12-31", NULL };
  const PassendClockKind *kind = passend_clock_kind_find ("absence-16-hours");
  g_autofree char        *plain = passend_term_add_school_weeks ("2026-02-04", 4, NULL);
  g_autofree char        *with_spring = passend_term_add_school_weeks ("2026-02-04", 4, spring);
  g_autofree char        *with_short = passend_term_add_school_weeks ("2026-02-04", 4, short_break);
  g_autofree char        *with_split = passend_term_add_school_weeks ("2026-02-04", 4, split);
  g_autofree char        *in_holiday = passend_term_add_school_weeks ("2026-02-18", 1, spring);
  g_autofree char        *never = passend_term_add_school_weeks ("2026-02-04", 4, everything);
  g_autofree char        *proposed = passend_clock_kind_due_date (kind, "2026-02-04", spring);

  g_assert_cmpstr (plain, ==, "2026-02-27");
  g_assert_cmpstr (with_spring, ==, "2026-03-06");
  g_assert_cmpstr (with_short, ==, "2026-02-27");
  g_assert_cmpstr (with_split, ==, "2026-03-06");
  g_assert_cmpstr (in_holiday, ==, "2026-02-27");
  g_assert_null (never);
  g_assert_cmpstr (proposed, ==, "2026-03-06");

  g_assert_true (passend_term_holiday_is_valid ("2026-02-14/2026-02-22"));
  g_assert_true (passend_term_holiday_is_valid ("2026-02-14/2026-02-14"));
  g_assert_false (passend_term_holiday_is_valid ("2026-02-22/2026-02-14"));
  g_assert_false (passend_term_holiday_is_valid ("2026-02-14"));
  g_assert_false (passend_term_holiday_is_valid ("2026-02-14/"));
  g_assert_false (passend_term_holiday_is_valid (NULL));
}

static void
test_days_between (void)
{
  g_assert_cmpint (passend_term_days_between ("2026-04-01", "2026-04-01"), ==, 0);
  g_assert_cmpint (passend_term_days_between ("2026-04-01", "2026-04-08"), ==, 7);
  g_assert_cmpint (passend_term_days_between ("2026-04-08", "2026-04-01"), ==, -7);
  g_assert_cmpint (passend_term_days_between ("2027-12-31", "2028-03-01"), ==, 61);
  g_assert_cmpint (passend_term_days_between ("2026-04-01", "junk"), ==, 0);
}

static void
test_bad_starts (void)
{
  const PassendClockKind *kind = passend_clock_kind_find ("removal-objection");

  g_assert_null (passend_clock_kind_due_date (kind, NULL, NULL));
  g_assert_null (passend_clock_kind_due_date (kind, "", NULL));
  g_assert_null (passend_clock_kind_due_date (kind, "2026-02-29", NULL));
  g_assert_null (passend_clock_kind_due_date (kind, "29-02-2028", NULL));
  g_assert_null (passend_clock_kind_extended_due_date (kind, "2026-03-02", NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/term/golden-table", test_golden_table);
  g_test_add_func ("/term/holidays", test_holidays);
  g_test_add_func ("/term/easter", test_easter);
  g_test_add_func ("/term/months", test_months);
  g_test_add_func ("/term/next-working-day", test_next_working_day);
  g_test_add_func ("/term/school-weeks", test_school_weeks);
  g_test_add_func ("/term/days-between", test_days_between);
  g_test_add_func ("/term/bad-starts", test_bad_starts);

  return g_test_run ();
}
