/* test-ui-deadlines.c - events start deadlines, driven under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parent records a removal decision in the entry dialog, accepts
 * the proposed clocks (one with a later start, one declined), and finds
 * them in the file and in `passend --list-deadlines`.
 */
#include "config.h"

#include <string.h>

#include "passend-clock-kinds.h"
#include "passend-clock-record.h"
#include "passend-clock-proposal-dialog.h"
#include "passend-command-line.h"
#include "passend-deadlines-view.h"
#include "passend-entry-dialog.h"
#include "passend-reminders.h"
#include "ui-harness.h"

/* The position of @keyword in the entry dialog's event choice. */
static guint
event_position (const char *keyword)
{
  guint                    n;
  const PassendClockEvent *all = passend_clock_events_get_all (&n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (all[i].keyword, keyword))
      return i + 1;
  g_assert_not_reached ();
}

static void
removal_script (PassendApplication *app, PassendWindow *window)
{
  GtkWindow *dialog;
  GtkWindow *proposals;
  GtkWidget *objection;
  GtkWidget *view;
  GtkWidget *row;
  GtkWidget *badge;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.new-entry", NULL));
  pump ();
  dialog = find_toplevel (PASSEND_TYPE_ENTRY_DIALOG);
  g_assert_nonnull (dialog);

  set_text (GTK_WIDGET (dialog), "entry-title", "Letter: removal decision");
  set_text (GTK_WIDGET (dialog), "entry-date", "2-3-2026");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_named (GTK_WIDGET (dialog), "entry-event")),
                              event_position ("removal-decision"));
  click (GTK_WIDGET (dialog), "entry-dialog-save");
  pump ();
  g_assert_null (find_toplevel (PASSEND_TYPE_ENTRY_DIALOG));

  proposals = find_toplevel (PASSEND_TYPE_CLOCK_PROPOSAL_DIALOG);
  g_assert_nonnull (proposals);
  /* Each proposal is a tick with the kind's title as its name. */
  objection = find_named (GTK_WIDGET (proposals), "removal-objection");
  g_assert_nonnull (objection);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (objection)));
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (objection)), ==,
                   "Objection to the removal");
  g_assert_nonnull (find_named (GTK_WIDGET (proposals), "gpo-request"));
  click (GTK_WIDGET (proposals), "proposal-accept");
  pump ();
  g_assert_null (find_toplevel (PASSEND_TYPE_CLOCK_PROPOSAL_DIALOG));

  /* Alt+5: the Deadlines page lists both; the objection in full. */
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "deadlines"));
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "deadlines");
  view = find_named (GTK_WIDGET (window), "deadlines-view");
  row = find_named (view, "deadline-removal-objection");
  g_assert_nonnull (row);
  g_assert_nonnull (find_named (view, "deadline-gpo-request"));
  g_assert_false (gtk_widget_get_visible (find_named (view, "deadline-detail")));
  activate_item (view, "deadlines-list", "keyword", "removal-objection");
  g_assert_true (gtk_widget_get_visible (find_named (view, "deadline-detail")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_named (view, "deadline-detail-title"))), ==,
                   "Objection to the removal");

  /* Stop needs a reason; Mark Met takes the day. */
  click (view, "deadline-stop");
  pump ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_named (view, "deadline-message"))), ==,
                   "Write why this deadline no longer matters, then press Stop.");
  /* A day still to come is refused; on the day itself it is taken,
   * and can be undone. */
  set_text (view, "deadline-met-date", "20-3-2026");
  click (view, "deadline-mark-met");
  pump ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_named (view, "deadline-message"))), ==,
                   "That day is still to come. Choose today or an earlier day.");
  g_assert_false (gtk_widget_get_visible (find_named (view, "deadline-undo")));
  g_setenv ("PASSEND_TODAY", "2026-03-20", TRUE);
  click (view, "deadline-mark-met");
  pump ();
  /* The status line says it; the message does not say it again. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_named (view, "deadline-detail-due"))), ==,
                   "Marked as met on 20 March 2026.");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_named (view, "deadline-message"))), ==,
                   "Saved. Passend no longer counts down this deadline.");
  g_assert_true (gtk_widget_get_visible (find_named (view, "deadline-undo")));
  click (view, "deadline-undo");
  pump ();
  g_assert_true (gtk_widget_get_visible (find_named (view, "deadline-mark-met")));
  set_text (view, "deadline-met-date", "20-3-2026");
  click (view, "deadline-mark-met");
  pump ();

  /* Nothing due soon yet; three days before the GPO's six weeks end,
   * the badge counts it from the turn of the day on. */
  badge = find_named (GTK_WIDGET (window), "deadlines-badge");
  g_assert_false (gtk_widget_get_visible (badge));
  g_setenv ("PASSEND_TODAY", "2026-04-10", TRUE);
  passend_deadlines_view_check_day (PASSEND_DEADLINES_VIEW (view));
  pump ();
  g_assert_true (gtk_widget_get_visible (badge));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (badge)), ==, "1");

  /* The setting writes the autostart entry, and removes it. */
  {
    g_autofree char *autostart = passend_autostart_get_path ();

    g_assert_false (g_file_test (autostart, G_FILE_TEST_EXISTS));
    g_action_group_activate_action (G_ACTION_GROUP (app), "remind-after-login", NULL);
    pump ();
    g_assert_true (g_file_test (autostart, G_FILE_TEST_EXISTS));
    g_action_group_activate_action (G_ACTION_GROUP (app), "remind-after-login", NULL);
    pump ();
    g_assert_false (g_file_test (autostart, G_FILE_TEST_EXISTS));
  }

  g_application_quit (G_APPLICATION (app));
}

static void
test_removal_decision (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *listed = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonObject *root;
  JsonArray  *clocks;
  JsonArray  *entries;
  const char *entry_id;

  g_setenv ("PASSEND_TODAY", "2026-03-03", TRUE);
  if (g_test_subprocess ())
    {
      run_app (removal_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/removal-decision");

  root = read_dossier (dir, parser);
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 4);
  entries = json_object_get_array_member (root, "entries");
  g_assert_cmpuint (json_array_get_length (entries), ==, 1);
  entry_id = json_object_get_string_member (json_array_get_object_element (entries, 0), "id");

  clocks = json_object_get_array_member (root, "clocks");
  g_assert_cmpuint (json_array_get_length (clocks), >=, 2);
  for (guint i = 0; i < json_array_get_length (clocks); i++)
    {
      JsonObject *clock = json_array_get_object_element (clocks, i);

      g_assert_cmpstr (json_object_get_string_member (clock, "child_id"), ==, "c1");
      g_assert_cmpstr (json_object_get_string_member (clock, "entry_id"), ==, entry_id);
      g_assert_cmpstr (json_object_get_string_member (clock, "event"), ==, "removal-decision");
      g_assert_cmpstr (json_object_get_string_member (clock, "start_date"), ==, "2026-03-02");
    }

  /* The objection was marked met on the Deadlines page. */
  g_assert_cmpstr (
      json_object_get_string_member (json_array_get_object_element (clocks, 0), "status"), ==,
      "met");
  g_assert_cmpstr (
      json_object_get_string_member (json_array_get_object_element (clocks, 0), "status_date"), ==,
      "2026-03-20");

  /* Six weeks for the GPO: still running; the met one is not listed. */
  listed = passend_command_line_list_deadlines (dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (listed, "2026-04-13\trunning\tgpo-request\tSam\t"));
  g_assert_null (strstr (listed, "removal-objection"));
}

/* Stop takes a reason and a day (today when none is given), and can be
 * undone. */
static void
stop_script (PassendApplication *app, PassendWindow *window)
{
  GtkWidget *view;
  GtkWidget *message;
  GObject   *clock;

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "deadlines"));
  pump ();
  view = find_named (GTK_WIDGET (window), "deadlines-view");
  message = find_named (view, "deadline-message");
  activate_item (view, "deadlines-list", "keyword", "removal-objection");
  clock = g_list_model_get_item (
      passend_dossier_get_clocks (passend_store_get_dossier (passend_application_get_store (app))),
      0);

  set_text (view, "deadline-stop-reason", "The school took the decision back");
  set_text (view, "deadline-stop-date", "4-3-2026");
  click (view, "deadline-stop");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), ==,
                   "That day is still to come. Choose today or an earlier day.");
  g_assert_cmpint (passend_clock_get_status (PASSEND_CLOCK (clock)), ==,
                   PASSEND_CLOCK_STATUS_RUNNING);

  set_text (view, "deadline-stop-date", "2-3-2026");
  click (view, "deadline-stop");
  /* Said once, in the status line above the message. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_named (view, "deadline-detail-due"))), ==,
                   "Stopped on 2 March 2026: The school took the decision back");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), ==,
                   "Saved. Passend stopped counting down this deadline.");
  g_assert_cmpstr (passend_clock_get_status_date (PASSEND_CLOCK (clock)), ==, "2026-03-02");
  click (view, "deadline-undo");
  g_assert_cmpint (passend_clock_get_status (PASSEND_CLOCK (clock)), ==,
                   PASSEND_CLOCK_STATUS_RUNNING);
  g_assert_null (passend_clock_get_stop_reason (PASSEND_CLOCK (clock)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), ==,
                   "Undone: the deadline runs again.");

  /* No day: today. */
  set_text (view, "deadline-stop-reason", "Back at school");
  click (view, "deadline-stop");
  g_assert_cmpstr (passend_clock_get_status_date (PASSEND_CLOCK (clock)), ==, "2026-03-03");
  g_object_unref (clock);
  g_application_quit (G_APPLICATION (app));
}

static void
test_stop (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *clock;

  g_setenv ("PASSEND_TODAY", "2026-03-03", TRUE);
  if (g_test_subprocess ())
    {
      run_app (stop_script);
      return;
    }

  dir = prepare_dossier (&home,
                         "{\"version\": 4, \"children\": [" SAM_JSON "], \"clocks\": ["
                         "{\"id\": \"k1\", \"child_id\": \"c1\", \"kind\": \"removal-objection\","
                         " \"event\": \"removal-decision\", \"start_date\": \"2026-03-02\","
                         " \"due_date\": \"2026-04-13\", \"status\": \"running\", \"created\":"
                         " \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}]}");
  run_in_subprocess ("/ui/deadline-stop");
  clock = json_array_get_object_element (
      json_object_get_array_member (read_dossier (dir, parser), "clocks"), 0);
  g_assert_cmpstr (json_object_get_string_member (clock, "status"), ==, "stopped");
  g_assert_cmpstr (json_object_get_string_member (clock, "status_date"), ==, "2026-03-03");
  g_assert_cmpstr (json_object_get_string_member (clock, "stop_reason"), ==, "Back at school");
  test_remove_dir (home);
}

static PassendClockStatus
clock_status (PassendDossier *dossier, const char *id)
{
  GListModel *clocks = passend_dossier_get_clocks (dossier);

  for (guint i = 0; i < g_list_model_get_n_items (clocks); i++)
    {
      g_autoptr (PassendClock) clock = g_list_model_get_item (clocks, i);

      if (g_str_equal (passend_record_get_id (PASSEND_RECORD (clock)), id))
        return passend_clock_get_status (clock);
    }
  g_assert_not_reached ();
}

/* A reply recorded in the dossier: Passend asks whether it is the
 * answer the school file's month waits for, and marks it met only when
 * the parent says so, on the reply's day. The parent's own term is not
 * asked about. */
static void
reply_script (PassendApplication *app, PassendWindow *window)
{
  PassendDossier *dossier = passend_store_get_dossier (passend_application_get_store (app));
  GtkWindow      *dialog;
  GtkWindow      *question;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.new-entry", NULL));
  pump ();
  dialog = find_toplevel (PASSEND_TYPE_ENTRY_DIALOG);
  g_assert_nonnull (dialog);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_named (GTK_WIDGET (dialog), "entry-kind")),
                              PASSEND_ENTRY_KIND_LETTER);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_named (GTK_WIDGET (dialog), "entry-direction")),
                              PASSEND_DIRECTION_RECEIVED);
  set_text (GTK_WIDGET (dialog), "entry-title", "The school file came");
  set_text (GTK_WIDGET (dialog), "entry-date", "20-3-2026");
  click (GTK_WIDGET (dialog), "entry-dialog-save");
  pump ();
  g_assert_null (find_toplevel (PASSEND_TYPE_ENTRY_DIALOG));

  question = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (question)), ==, "reply-question");
  g_assert_nonnull (find_named (GTK_WIDGET (question), "reply-avg-access"));
  g_assert_null (find_named (GTK_WIDGET (question), "reply-removal-objection"));
  /* Tab: the deadline, then Not Now and Mark Met. */
  {
    g_autofree char *order = tab_walk (question, "reply-avg-access");

    g_assert_cmpstr (order, ==, "reply-avg-access reply-not-now reply-mark-met");
  }
  /* Nothing is met before the parent answers. */
  g_assert_cmpint (clock_status (dossier, "k1"), ==, PASSEND_CLOCK_STATUS_RUNNING);
  click (GTK_WIDGET (question), "reply-mark-met");
  pump ();
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (clock_status (dossier, "k1"), ==, PASSEND_CLOCK_STATUS_MET);
  g_assert_cmpint (clock_status (dossier, "k2"), ==, PASSEND_CLOCK_STATUS_RUNNING);
  g_application_quit (G_APPLICATION (app));
}

static void
test_reply (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *clock;

  g_setenv ("PASSEND_TODAY", "2026-03-21", TRUE);
  if (g_test_subprocess ())
    {
      run_app (reply_script);
      return;
    }

  dir = prepare_dossier (&home,
                         "{\"version\": 4, \"children\": [" SAM_JSON "], \"clocks\": ["
                         "{\"id\": \"k1\", \"child_id\": \"c1\", \"kind\": \"avg-access\","
                         " \"event\": \"avg-request-sent\", \"start_date\": \"2026-03-02\","
                         " \"due_date\": \"2026-04-02\", \"status\": \"running\", \"created\":"
                         " \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"},"
                         "{\"id\": \"k2\", \"child_id\": \"c1\", \"kind\": \"removal-objection\","
                         " \"event\": \"removal-decision\", \"start_date\": \"2026-03-02\","
                         " \"due_date\": \"2026-04-13\", \"status\": \"running\", \"created\":"
                         " \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}]}");
  run_in_subprocess ("/ui/reply-meets-clock");
  clock = json_array_get_object_element (
      json_object_get_array_member (read_dossier (dir, parser), "clocks"), 0);
  g_assert_cmpstr (json_object_get_string_member (clock, "status"), ==, "met");
  g_assert_cmpstr (json_object_get_string_member (clock, "status_date"), ==, "2026-03-20");
  test_remove_dir (home);
}

/* Thousands of dated agreements (50,000 entries hold some 16,000): the
 * page makes rows only for what is on screen, and any of them still
 * opens in full. */
#define MANY_AGREEMENTS 3000
#define MOMENTS "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\""

static void
many_script (PassendApplication *app, PassendWindow *window)
{
  GtkWidget  *view;
  GtkWidget  *list;
  GListModel *model;
  guint       rows = 0;

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "deadlines"));
  pump ();
  view = find_named (GTK_WIDGET (window), "deadlines-view");
  list = find_named (view, "deadlines-list");
  model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, MANY_AGREEMENTS);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    rows++;
  g_test_message ("%u rows for %u deadlines", rows, MANY_AGREEMENTS);
  g_assert_cmpuint (rows, <, MANY_AGREEMENTS / 5);

  /* The line with the focus, the list item, says what it is. */
  {
    GtkWidget       *line = find_named (view, "deadline-agreement");
    g_autofree char *label = g_strdup_printf (
        "%s. %s", gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (line))),
        gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (line))));
    g_autofree char *problem = gtk_test_accessible_check_property (
        GTK_ACCESSIBLE (gtk_widget_get_parent (line)), GTK_ACCESSIBLE_PROPERTY_LABEL, label);

    g_assert_true (g_str_has_prefix (label, "Agreement 0. Agreement, due 1 January 2020"));
    g_assert_null (problem);
  }

  /* The last by date, far below what is on screen. */
  g_signal_emit_by_name (list, "activate", MANY_AGREEMENTS - 1);
  pump ();
  g_assert_true (gtk_widget_get_visible (find_named (view, "deadline-detail")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_named (view, "deadline-detail-title"))), ==,
                   "Agreement 2999");
  g_application_quit (G_APPLICATION (app));
}

static void
test_many (void)
{
  g_autoptr (GString) json = g_string_new ("{\"version\": 4, \"children\": [" SAM_JSON "],"
                                           " \"entries\": [{\"id\": \"e1\", \"child_id\": \"c1\","
                                           " \"kind\": \"conversation\", \"date\": \"2020-01-01\","
                                           " \"title\": \"Talk\", " MOMENTS "}],"
                                           " \"agreements\": [");
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  g_setenv ("PASSEND_TODAY", "2026-03-03", TRUE);
  if (g_test_subprocess ())
    {
      run_app (many_script);
      return;
    }

  for (guint i = 0; i < MANY_AGREEMENTS; i++)
    g_string_append_printf (json,
                            "%s{\"id\": \"a%u\", \"child_id\": \"c1\", \"entry_id\": \"e1\","
                            " \"what\": \"Agreement %u\", \"party\": \"school\","
                            " \"due_date\": \"%04u-01-01\", \"status\": \"open\", " MOMENTS "}",
                            i ? ", " : "", i, i, 2020 + i / 500);
  g_string_append (json, "]}");
  dir = prepare_dossier (&home, json->str);
  run_in_subprocess ("/ui/deadlines-many");
  test_remove_dir (home);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/removal-decision", test_removal_decision);
  g_test_add_func ("/ui/deadline-stop", test_stop);
  g_test_add_func ("/ui/reply-meets-clock", test_reply);
  g_test_add_func ("/ui/deadlines-many", test_many);

  return g_test_run ();
}
