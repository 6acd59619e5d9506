/* test-reminders.c - reminders of dated agreements, and the turn of the day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No display needed: the reminders are chosen from the one "today",
 * which the tests set.
 */
#include "config.h"

#include <string.h>

#include "passend-agreement.h"
#include "passend-clock-record.h"
#include "passend-clock.h"
#include "passend-reminders.h"

static PassendAgreement *
add_agreement (PassendDossier *dossier, PassendChild *child, const char *due)
{
  g_autoptr (PassendAgreement) agreement =
      passend_agreement_new ("Send the report", PASSEND_PARTY_SCHOOL, due);

  g_object_set (agreement, "child-id", passend_record_get_id (PASSEND_RECORD (child)), NULL);
  passend_dossier_add_agreement (dossier, agreement);
  return agreement; /* the dossier holds it */
}

static guint
due (PassendDossier *dossier, const char *today, gboolean mark, guint *overdue)
{
  guint soon = 0;

  passend_reminders_collect (dossier, today, mark, &soon, overdue);
  return soon;
}

/* A week before, the day before, the first day late; each once. */
static void
test_agreement_reminders (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild     *sam = passend_dossier_add_child (dossier, "Sam");
  PassendAgreement *report = add_agreement (dossier, sam, "2026-04-01");
  PassendAgreement *done = add_agreement (dossier, sam, "2026-04-01");
  guint             overdue = 0;
  gsize             length;
  g_autofree char  *text = NULL;

  add_agreement (dossier, sam, NULL); /* no date: never reminds */
  passend_agreement_set_status (done, PASSEND_AGREEMENT_STATUS_DONE);

  g_assert_cmpuint (due (dossier, "2026-03-24", TRUE, &overdue), ==, 0);
  g_assert_cmpuint (overdue, ==, 0);
  g_assert_null (passend_agreement_get_last_reminded (report));

  /* Not marked (as --check-reminders): it comes again. */
  g_assert_cmpuint (due (dossier, "2026-03-25", FALSE, &overdue), ==, 1);
  g_assert_cmpuint (due (dossier, "2026-03-25", TRUE, &overdue), ==, 1);
  g_assert_cmpstr (passend_agreement_get_last_reminded (report), ==, "2026-03-25");
  g_assert_cmpuint (due (dossier, "2026-03-25", TRUE, &overdue), ==, 0);
  g_assert_cmpuint (due (dossier, "2026-03-30", TRUE, &overdue), ==, 0);
  g_assert_cmpuint (due (dossier, "2026-03-31", TRUE, &overdue), ==, 1);
  g_assert_cmpuint (due (dossier, "2026-04-01", TRUE, &overdue), ==, 0);
  g_assert_cmpuint (overdue, ==, 0);
  g_assert_cmpuint (due (dossier, "2026-04-02", TRUE, &overdue), ==, 0);
  g_assert_cmpuint (overdue, ==, 1);
  due (dossier, "2026-04-20", TRUE, &overdue);
  g_assert_cmpuint (overdue, ==, 0);

  /* The day is kept in the file, and only where it was shown. */
  text = passend_dossier_write (dossier, 0, &length);
  g_assert_nonnull (strstr (text, "\"last_reminded\": \"2026-04-02\""));
  g_assert_null (strstr (strstr (text, "\"last_reminded\"") + 1, "\"last_reminded\""));
}

/* A clock and an agreement due on the same day: two reminders. */
static void
test_with_clocks (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  g_autoptr (PassendClock) clock =
      passend_clock_new (passend_record_get_id (PASSEND_RECORD (sam)), "removal-objection",
                         "2026-03-02", "2026-04-13");
  gpointer clocks[1] = { clock };
  guint    overdue = 0;

  passend_dossier_add_clocks (dossier, clocks, 1);
  add_agreement (dossier, sam, "2026-04-13");
  g_assert_cmpuint (due (dossier, "2026-04-12", TRUE, &overdue), ==, 2);
}

static void
check_midnight (GTimeZone *zone, const char *when, guint seconds)
{
  g_autoptr (GDateTime) now = g_date_time_new_from_iso8601 (when, zone);

  g_assert_nonnull (now);
  g_assert_cmpuint (passend_reminders_seconds_to_midnight (now), ==, seconds);
}

/* The timer sleeps until the next midnight, also on the days the
 * clocks change. */
static void
test_seconds_to_midnight (void)
{
  g_autoptr (GTimeZone) amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();

  check_midnight (utc, "2026-11-23T12:00:00", 12 * 3600);
  check_midnight (utc, "2026-11-23T23:59:59", 1);
  check_midnight (utc, "2026-11-23T23:59:59.500", 1);
  check_midnight (utc, "2026-11-23T00:00:00", 24 * 3600);
  check_midnight (utc, "2028-02-28T18:00:00", 6 * 3600);
  if (amsterdam == NULL)
    {
      g_test_message ("no Europe/Amsterdam time zone: the summer time days are not checked");
      return;
    }
  check_midnight (amsterdam, "2026-03-29T00:00:00", 23 * 3600);
  check_midnight (amsterdam, "2026-10-25T00:00:00", 25 * 3600);
  check_midnight (amsterdam, "2026-12-31T23:00:00", 3600);
}

typedef struct
{
  PassendDossier *dossier;
  guint           calls;
  guint           reminders;
  gboolean        freed;
} DayWatch;

static gboolean
new_day_cb (gpointer data)
{
  DayWatch        *watch = data;
  g_autofree char *today = passend_clock_get_today ();
  guint            soon = 0, overdue = 0;

  watch->calls++;
  passend_reminders_collect (watch->dossier, today, TRUE, &soon, &overdue);
  watch->reminders += soon + overdue;
  return G_SOURCE_CONTINUE;
}

static void
watch_freed_cb (gpointer data)
{
  ((DayWatch *)data)->freed = TRUE;
}

/* At the turn of the day the reminders are chosen again: the agreement
 * due tomorrow reminds on the new day, once. */
static void
test_turn_of_the_day (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild         *sam = passend_dossier_add_child (dossier, "Sam");
  DayWatch              watch = { dossier, 0, 0, FALSE };
  PassendReminderTimer *timer;

  add_agreement (dossier, sam, "2026-11-25");
  passend_clock_set_today ("2026-11-23");
  timer = passend_reminder_timer_new (new_day_cb, &watch, watch_freed_cb);

  /* The day it started is not new. */
  g_assert_false (passend_reminder_timer_check (timer));
  g_assert_cmpuint (watch.calls, ==, 0);

  passend_clock_set_today ("2026-11-24");
  g_assert_true (passend_reminder_timer_check (timer));
  g_assert_cmpuint (watch.calls, ==, 1);
  g_assert_cmpuint (watch.reminders, ==, 1);
  g_assert_false (passend_reminder_timer_check (timer));
  g_assert_cmpuint (watch.calls, ==, 1);

  passend_clock_set_today ("2026-11-26");
  g_assert_true (passend_reminder_timer_check (timer));
  g_assert_cmpuint (watch.reminders, ==, 2); /* now overdue */

  passend_reminder_timer_free (timer);
  g_assert_true (watch.freed);
  passend_clock_set_today (NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_type_ensure (PASSEND_TYPE_CLOCK);

  g_test_add_func ("/reminders/agreements", test_agreement_reminders);
  g_test_add_func ("/reminders/with-clocks", test_with_clocks);
  g_test_add_func ("/reminders/seconds-to-midnight", test_seconds_to_midnight);
  g_test_add_func ("/reminders/turn-of-the-day", test_turn_of_the_day);

  return g_test_run ();
}
