/* test-ui-assistant-deadlines.c - the Assistant's home-sitting counter
 * and the deadlines it starts, driven under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "passend-assistant-view.h"
#include "passend-clock-proposal-dialog.h"
#include "passend-clock-record.h"
#include "ui-harness.h"

#define MOMENTS "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\""

/* The home-sitting counter: from the first day at home (a clock's
 * start), on the steps and in the advisor's answer. */
static void
home_counter_script (PassendApplication *app, PassendWindow *window)
{
  GtkWidget *view;
  GtkWidget *counter;
  GtkWidget *advisor_counter;

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "assistant"));
  pump ();
  view = find_named (GTK_WIDGET (window), "assistant-view");
  counter = find_named (view, "home-counter");
  advisor_counter = find_named (view, "advisor-home-counter");
  g_assert_true (gtk_widget_get_visible (counter));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (counter)), ==,
                   "Sam has been at home without suitable education for 23 days, since 1 "
                   "November 2026. Absence hours were recorded in 2 school weeks.");
  passend_assistant_view_show_advisor (PASSEND_ASSISTANT_VIEW (view));
  pump ();
  g_assert_true (gtk_widget_get_visible (advisor_counter));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (advisor_counter)), ==,
                   gtk_label_get_text (GTK_LABEL (counter)));
  /* Not answered yet: the advisor knows from the deadline that Sam is
   * at home, three whole weeks so far, and keeps nothing until the
   * parent answers. */
  g_assert_true (
      gtk_check_button_get_active (GTK_CHECK_BUTTON (find_named (view, "advisor-at-home"))));
  g_assert_cmpint (
      gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (find_named (view, "advisor-weeks"))), ==,
      3);
  g_assert_null (passend_dossier_find_process_state (
      passend_store_get_dossier (passend_application_get_store (app)),
      passend_window_get_child (window)));

  /* The next day, the count goes up by itself. */
  g_setenv ("PASSEND_TODAY", "2026-11-24", TRUE);
  passend_assistant_view_check_day (PASSEND_ASSISTANT_VIEW (view));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (counter)), ==,
                   "Sam has been at home without suitable education for 24 days, since 1 "
                   "November 2026. Absence hours were recorded in 2 school weeks.");

  /* Stopped (back at school): the days are no longer counted. */
  {
    PassendDossier *dossier = passend_store_get_dossier (passend_application_get_store (app));
    GListModel     *clocks = passend_dossier_get_clocks (dossier);

    for (guint i = 0; i < g_list_model_get_n_items (clocks); i++)
      {
        g_autoptr (PassendClock) clock = g_list_model_get_item (clocks, i);

        if (g_str_equal (passend_clock_get_kind (clock), "home-4-weeks"))
          passend_clock_stop (clock, "2026-11-20", "Back at school");
      }
    for (guint i = 0; i < 3; i++)
      pump ();
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (advisor_counter)), ==,
                     "Absence hours were recorded in 2 school weeks.");
  }
}

static void
test_home_counter (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  g_setenv ("PASSEND_TODAY", "2026-11-23", TRUE);
  if (g_test_subprocess ())
    {
      run_app (home_counter_script);
      return;
    }

  dir = prepare_dossier (&home,
                         "{\"version\": 4, \"children\": [" SAM_JSON "], \"clocks\": ["
                         "{\"id\": \"k1\", \"child_id\": \"c1\", \"kind\": \"home-4-weeks\","
                         " \"event\": \"first-day-at-home\", \"start_date\": \"2026-11-01\","
                         " \"due_date\": \"2026-11-29\", \"status\": \"running\", " MOMENTS "},"
                         "{\"id\": \"k2\", \"child_id\": \"c1\", \"kind\": \"absence-16-hours\","
                         " \"event\": \"absence-hours\", \"start_date\": \"2026-10-05\","
                         " \"due_date\": \"2026-11-02\", \"status\": \"running\", " MOMENTS "},"
                         "{\"id\": \"k3\", \"child_id\": \"c1\", \"kind\": \"absence-16-hours\","
                         " \"event\": \"absence-hours\", \"start_date\": \"2026-10-07\","
                         " \"due_date\": \"2026-11-04\", \"status\": \"running\", " MOMENTS "},"
                         "{\"id\": \"k4\", \"child_id\": \"c1\", \"kind\": \"absence-16-hours\","
                         " \"event\": \"absence-hours\", \"start_date\": \"2026-11-16\","
                         " \"due_date\": \"2026-12-14\", \"status\": \"running\", " MOMENTS "}]}");
  run_in_subprocess ("/ui/home-counter");
  test_remove_dir (home);
}

/* The child's deadlines started by @event. */
static guint
clocks_from (PassendDossier *dossier, const char *event, const char **start)
{
  GListModel *clocks = passend_dossier_get_clocks (dossier);
  guint       found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (clocks); i++)
    {
      g_autoptr (PassendClock) clock = g_list_model_get_item (clocks, i);

      if (g_strcmp0 (passend_clock_get_event (clock), event) != 0)
        continue;
      found++;
      if (start != NULL)
        *start = passend_clock_get_start_date (clock);
    }
  return found;
}

/* The Assistant starts deadlines through the same proposal dialog: a
 * ticked item that records an event, and the advisor's "at home". */
static void
assistant_clocks_script (PassendApplication *app, PassendWindow *window)
{
  PassendDossier       *dossier = passend_store_get_dossier (passend_application_get_store (app));
  PassendAssistantView *view;
  GtkWindow            *proposals;
  const char           *start = NULL;

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "assistant"));
  pump ();
  view = PASSEND_ASSISTANT_VIEW (find_named (GTK_WIDGET (window), "assistant-view"));

  /* Step 2: asking for the school file starts the AVG's month. */
  passend_assistant_view_show_step (view, 2);
  pump ();
  set_active (GTK_WIDGET (view), "checklist-info-file", TRUE);
  proposals = find_toplevel (PASSEND_TYPE_CLOCK_PROPOSAL_DIALOG);
  g_assert_nonnull (proposals);
  click (GTK_WIDGET (proposals), "proposal-accept");
  pump ();
  g_assert_null (find_toplevel (PASSEND_TYPE_CLOCK_PROPOSAL_DIALOG));
  g_assert_cmpuint (clocks_from (dossier, "avg-request-sent", &start), ==, 1);
  g_assert_cmpstr (start, ==, "2026-11-23");
  /* Ticked again later: no second proposal. */
  set_active (GTK_WIDGET (view), "checklist-info-file", FALSE);
  set_active (GTK_WIDGET (view), "checklist-info-file", TRUE);
  g_assert_null (find_toplevel (PASSEND_TYPE_CLOCK_PROPOSAL_DIALOG));

  /* The advisor: at home for three weeks; counted from three weeks
   * ago once the parent accepts. */
  passend_assistant_view_show_advisor (view);
  pump ();
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "advisor-count-home")));
  set_active (GTK_WIDGET (view), "advisor-at-home", TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_named (GTK_WIDGET (view), "advisor-weeks")), 3);
  for (guint i = 0; i < 3; i++)
    pump ();
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "advisor-count-home")));
  /* The parent's own estimate is not said back in the advisor. */
  g_assert_cmpstr (
      gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (view), "advisor-home-counter"))), ==,
      "Passend does not count yet how long Sam has been at home.");
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "home-counter")));
  click (GTK_WIDGET (view), "advisor-count-home");
  proposals = find_toplevel (PASSEND_TYPE_CLOCK_PROPOSAL_DIALOG);
  g_assert_nonnull (proposals);
  g_assert_nonnull (find_named (GTK_WIDGET (proposals), "home-4-weeks"));
  click (GTK_WIDGET (proposals), "proposal-accept");
  for (guint i = 0; i < 3; i++)
    pump ();
  g_assert_cmpuint (clocks_from (dossier, "first-day-at-home", &start), >=, 1);
  g_assert_cmpstr (start, ==, "2026-11-02");
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "advisor-count-home")));
  g_assert_cmpstr (
      gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (view), "advisor-home-counter"))), ==,
      "Sam has been at home without suitable education for 22 days, since 2 November 2026.");
}

static void
test_assistant_clocks (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  g_setenv ("PASSEND_TODAY", "2026-11-23", TRUE);
  if (g_test_subprocess ())
    {
      run_app (assistant_clocks_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/assistant-clocks");
  test_remove_dir (home);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/home-counter", test_home_counter);
  g_test_add_func ("/ui/assistant-clocks", test_assistant_clocks);

  return g_test_run ();
}
