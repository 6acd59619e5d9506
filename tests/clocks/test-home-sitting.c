/* test-home-sitting.c - the home-sitting counter, from the one "today"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "passend-clock-record.h"
#include "passend-home-sitting.h"

static PassendClock *
add_clock (PassendDossier *dossier,
           PassendChild   *child,
           const char     *kind,
           const char     *event,
           const char     *start)
{
  g_autoptr (PassendClock) clock =
      passend_clock_new (passend_record_get_id (PASSEND_RECORD (child)), kind, start, start);
  gpointer clocks[1];

  g_object_set (clock, "event", event, NULL);
  clocks[0] = clock;
  passend_dossier_add_clocks (dossier, clocks, 1);
  return clock; /* the dossier holds it */
}

static void
count (PassendDossier *dossier, PassendChild *child, const char *today, PassendHomeSitting *out)
{
  passend_home_sitting_clear (out);
  passend_home_sitting_compute (dossier, child, today, out);
}

/* Nothing known: nothing counted. */
static void
test_none (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild      *sam = passend_dossier_add_child (dossier, "Sam");
  PassendHomeSitting home = { 0 };

  count (dossier, sam, "2026-11-23", &home);
  g_assert_cmpint (home.source, ==, PASSEND_HOME_SITTING_NONE);
  g_assert_null (home.first_day);
  g_assert_cmpint (home.days, ==, 0);
  g_assert_cmpuint (home.absence_weeks, ==, 0);
  passend_home_sitting_clear (&home);
}

/* From the first day at home: day 1 is that day, and the count follows
 * today, also over a month end and a leap day. */
static void
test_from_clock (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild      *sam = passend_dossier_add_child (dossier, "Sam");
  PassendChild      *noor = passend_dossier_add_child (dossier, "Noor");
  PassendHomeSitting home = { 0 };

  add_clock (dossier, sam, "home-4-weeks", "first-day-at-home", "2028-02-27");
  add_clock (dossier, sam, "home-3-months", "first-day-at-home", "2028-02-27");

  count (dossier, sam, "2028-02-26", &home);
  g_assert_cmpint (home.source, ==, PASSEND_HOME_SITTING_CLOCK);
  g_assert_cmpint (home.days, ==, 0); /* not yet */
  count (dossier, sam, "2028-02-27", &home);
  g_assert_cmpstr (home.first_day, ==, "2028-02-27");
  g_assert_cmpint (home.days, ==, 1);
  count (dossier, sam, "2028-03-01", &home);
  g_assert_cmpint (home.days, ==, 4); /* 27, 28, 29 February, 1 March */
  count (dossier, sam, "2028-05-27", &home);
  g_assert_cmpint (home.days, ==, 91);

  /* Another child's clock is not Noor's. */
  count (dossier, noor, "2028-03-01", &home);
  g_assert_cmpint (home.source, ==, PASSEND_HOME_SITTING_NONE);
  passend_home_sitting_clear (&home);
}

/* A stopped clock (back at school) counts no more; a later first day
 * starts a new count. */
static void
test_stopped_and_again (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild      *sam = passend_dossier_add_child (dossier, "Sam");
  PassendHomeSitting home = { 0 };
  PassendClock      *first;

  first = add_clock (dossier, sam, "home-4-weeks", "first-day-at-home", "2026-09-01");
  passend_clock_stop (first, "2026-10-01", "Back at school");
  count (dossier, sam, "2026-11-23", &home);
  g_assert_cmpint (home.source, ==, PASSEND_HOME_SITTING_NONE);

  add_clock (dossier, sam, "home-4-weeks", "first-day-at-home", "2026-11-02");
  count (dossier, sam, "2026-11-23", &home);
  g_assert_cmpint (home.source, ==, PASSEND_HOME_SITTING_CLOCK);
  g_assert_cmpstr (home.first_day, ==, "2026-11-02");
  g_assert_cmpint (home.days, ==, 22);
  passend_home_sitting_clear (&home);
}

/* Without a clock, the advisor's weeks give an estimate; a clock wins. */
static void
test_from_advisor (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild        *sam = passend_dossier_add_child (dossier, "Sam");
  PassendHomeSitting   home = { 0 };
  PassendProcessState *state = passend_dossier_get_process_state (dossier, sam);
  const char          *at_home[] = { "at-home", NULL };
  const char          *other[] = { "conflict", NULL };

  g_object_set (state, "advisor-situation", other, "advisor-weeks", 6, NULL);
  count (dossier, sam, "2026-11-23", &home);
  g_assert_cmpint (home.source, ==, PASSEND_HOME_SITTING_NONE);

  g_object_set (state, "advisor-situation", at_home, NULL);
  count (dossier, sam, "2026-11-23", &home);
  g_assert_cmpint (home.source, ==, PASSEND_HOME_SITTING_ADVISOR);
  g_assert_cmpuint (home.weeks, ==, 6);
  g_assert_cmpint (home.days, ==, 42);
  g_assert_null (home.first_day);

  add_clock (dossier, sam, "home-4-weeks", "first-day-at-home", "2026-11-20");
  count (dossier, sam, "2026-11-23", &home);
  g_assert_cmpint (home.source, ==, PASSEND_HOME_SITTING_CLOCK);
  g_assert_cmpint (home.days, ==, 4);
  passend_home_sitting_clear (&home);
}

/* Absence: distinct weeks, Monday to Sunday, up to today. */
static void
test_absence_weeks (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild      *sam = passend_dossier_add_child (dossier, "Sam");
  PassendHomeSitting home = { 0 };

  add_clock (dossier, sam, "absence-16-hours", "absence-hours", "2026-11-02"); /* Monday */
  add_clock (dossier, sam, "absence-16-hours", "absence-hours", "2026-11-08"); /* Sunday */
  add_clock (dossier, sam, "absence-16-hours", "absence-hours", "2026-11-09"); /* Monday */
  add_clock (dossier, sam, "absence-16-hours", "absence-hours", "2025-12-31"); /* a year before */
  add_clock (dossier, sam, "absence-16-hours", "absence-hours", "2026-11-30"); /* after today */

  count (dossier, sam, "2026-11-23", &home);
  g_assert_cmpuint (home.absence_weeks, ==, 3);
  g_assert_cmpint (home.source, ==, PASSEND_HOME_SITTING_NONE);
  count (dossier, sam, "2026-11-30", &home);
  g_assert_cmpuint (home.absence_weeks, ==, 4);
  passend_home_sitting_clear (&home);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_type_ensure (PASSEND_TYPE_CLOCK);

  g_test_add_func ("/clocks/home-sitting/none", test_none);
  g_test_add_func ("/clocks/home-sitting/from-clock", test_from_clock);
  g_test_add_func ("/clocks/home-sitting/stopped-and-again", test_stopped_and_again);
  g_test_add_func ("/clocks/home-sitting/from-advisor", test_from_advisor);
  g_test_add_func ("/clocks/home-sitting/absence-weeks", test_absence_weeks);

  return g_test_run ();
}
