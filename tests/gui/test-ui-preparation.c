/* test-ui-preparation.c - the Preparation page and the outcome of a talk, driven under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "passend-clock.h"
#include "passend-entry-dialog.h"
#include "passend-letter-dialog.h"
#include "passend-letter-template.h"
#include "passend-outcome-dialog.h"
#include "passend-preparation-view.h"
#include "passend-ui-util.h"
#include "ui-harness.h"

/* Prepare a talk, then write down what came of it. */
/* Every field goes into the sheet as it is typed. */
static void
fill_every_field (GtkWidget *view, PassendSheet *sheet)
{
  set_text (view, "prep-date", "1-12-2026");
  set_text (view, "prep-time", "14:30");
  set_text (view, "prep-place", "De Linde");
  set_view_text (view, "prep-with-whom", "Ms Jansen (teacher)\nMr Bakker (IB'er)");
  set_view_text (view, "prep-school-goal", "The reading plan");
  set_view_text (view, "prep-my-goal", "A plan we both follow");
  click (view, "prep-add-point");
  set_text (view, "point-worry-0", "He is tired");
  set_text (view, "point-example-0", "Slept at four on Tuesday");
  click (view, "prep-add-point");
  set_text (view, "point-worry-1", "Mondays are hard");
  set_text (view, "point-example-1", "Cried at breakfast");
  click (view, "point-up-1");
  set_view_text (view, "prep-going-well", "He likes maths");
  set_view_text (view, "prep-questions", "Who checks the plan?");
  set_view_text (view, "prep-wishes", "A weekly note");
  set_text (view, "prep-companions", "My sister");
  set_view_text (view, "prep-documents", "Last report");

  g_assert_cmpstr (passend_sheet_get_date (sheet), ==, "2026-12-01");
  g_assert_cmpstr (passend_sheet_get_time (sheet), ==, "14:30");
  g_assert_cmpstr (passend_sheet_get_with_whom (sheet), ==,
                   "Ms Jansen (teacher)\nMr Bakker (IB'er)");
  g_assert_cmpuint (passend_sheet_get_n_points (sheet), ==, 2);
  g_assert_cmpstr (passend_sheet_get_point_worry (sheet, 0), ==, "Mondays are hard");
  g_assert_cmpstr (passend_sheet_get_point_example (sheet, 0), ==, "Cried at breakfast");
  g_assert_cmpstr (passend_sheet_get_documents (sheet), ==, "Last report");
}

/* What was written down can go to the school as the parent's own
 * report: the letter opens with it filled in, agreements and all. */
static void
check_report_letter (PassendWindow *window, GtkWidget *view)
{
  GtkWindow       *letter;
  g_autofree char *body = NULL;
  g_auto (GStrv) blanks = NULL;
  PassendLetter *filled;

  click (view, "prep-send-report");
  pump ();
  letter = find_toplevel (PASSEND_TYPE_LETTER_DIALOG);
  g_assert_nonnull (letter);
  g_assert_cmpstr (passend_window_get_page (window), ==, "letters");
  filled = passend_letter_dialog_get_letter (PASSEND_LETTER_DIALOG (letter));
  g_assert_cmpstr (passend_letter_template_get_id (passend_letter_get_template (filled)), ==,
                   "talk-report");
  body = g_strdup (passend_letter_get_part (filled, PASSEND_LETTER_BODY));
  g_assert_nonnull (strstr (body, "Weekly note home"));
  g_assert_nonnull (strstr (body, "Read every evening"));
  g_assert_nonnull (strstr (body, "1 "));
  blanks = passend_letter_get_blanks (filled);
  for (guint i = 0; blanks[i] != NULL; i++)
    g_assert_null (strstr (blanks[i], "report"));
  gtk_window_destroy (letter);
  pump ();
}

static void
preparation_script (PassendApplication *app, PassendWindow *window)
{
  PassendStore   *store = passend_application_get_store (app);
  PassendDossier *dossier = passend_store_get_dossier (store);
  GtkWidget      *view = find_named (GTK_WIDGET (window), "preparation-view");
  GListModel     *sheets = passend_dossier_get_sheets (dossier);
  PassendChild   *sam = passend_window_get_child (window);
  g_autoptr (PassendChild) noor = g_list_model_get_item (passend_dossier_get_children (dossier), 1);
  PassendSheet      *sheet;
  GtkWindow         *dialog;
  GtkWindow         *question;
  GtkWindow         *print_dialog;
  GtkWidget         *choice;
  GtkSelectionModel *talks;
  PassendSheet      *second;

  g_assert_nonnull (view);
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "preparation"));
  g_assert_cmpstr (passend_window_get_page (window), ==, "preparation");
  g_assert_cmpstr (passend_child_get_name (sam), ==, "Sam");

  /* Two planned talks; the second is deleted after a question. */
  click (view, "prep-new");
  g_assert_cmpuint (g_list_model_get_n_items (sheets), ==, 1);
  sheet = passend_preparation_view_get_sheet (PASSEND_PREPARATION_VIEW (view));
  g_assert_nonnull (sheet);
  click (view, "prep-new");
  g_assert_cmpuint (g_list_model_get_n_items (sheets), ==, 2);
  second = passend_preparation_view_get_sheet (PASSEND_PREPARATION_VIEW (view));
  g_assert_true (second != sheet);

  /* Talks with a date come first; the sheet stays chosen in its new place. */
  talks = gtk_list_view_get_model (GTK_LIST_VIEW (find_named (view, "prep-talks")));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (talks)), ==, 1);
  set_text (view, "prep-date", "1-11-2026");
  g_assert_true (passend_preparation_view_get_sheet (PASSEND_PREPARATION_VIEW (view)) == second);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (talks)), ==, 0);
  g_assert_true (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (talks)) == second);
  click (view, "prep-delete");
  question = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
  pump ();
  g_assert_cmpuint (g_list_model_get_n_items (sheets), ==, 1);
  g_assert_true (passend_preparation_view_get_sheet (PASSEND_PREPARATION_VIEW (view)) == sheet);
  /* The keyboard is on the list of talks, not on nothing. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         find_named (view, "prep-talks")) ||
                 gtk_root_get_focus (GTK_ROOT (window)) == find_named (view, "prep-talks"));

  fill_every_field (view, sheet);

  /* The other child has no talks; back to Sam, his sheet is there. */
  passend_window_set_child (window, noor);
  pump ();
  g_assert_null (passend_preparation_view_get_sheet (PASSEND_PREPARATION_VIEW (view)));
  passend_window_set_child (window, sam);
  pump ();
  g_assert_true (passend_preparation_view_get_sheet (PASSEND_PREPARATION_VIEW (view)) == sheet);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_named (view, "prep-place"))), ==,
                   "De Linde");

  /* A date that cannot be read is said, not silently left off. */
  set_text (view, "prep-date", "31-11-2026");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.print", NULL));
  pump ();
  g_assert_null (find_toplevel (g_type_from_name ("GtkPrintUnixDialog")));
  question = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  gtk_window_destroy (question);
  pump ();
  set_text (view, "prep-date", "1-12-2026");
  g_assert_cmpstr (passend_sheet_get_date (sheet), ==, "2026-12-01");

  /* Ctrl+P from the window opens the print dialog; cancelling it
   * loses nothing. */
  gtk_widget_grab_focus (find_named (GTK_WIDGET (window), "preparation"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.print", NULL));
  pump ();
  print_dialog = find_toplevel (g_type_from_name ("GtkPrintUnixDialog"));
  g_assert_nonnull (print_dialog);
  gtk_dialog_response (GTK_DIALOG (print_dialog), GTK_RESPONSE_CANCEL);
  pump ();
  g_assert_null (find_toplevel (g_type_from_name ("GtkPrintUnixDialog")));
  g_assert_cmpstr (passend_sheet_get_place (sheet), ==, "De Linde");
  g_assert_cmpuint (g_list_model_get_n_items (sheets), ==, 1);

  /* After the talk (on a day still ahead: asked first). */
  click (view, "prep-record");
  question = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
  pump ();
  dialog = find_toplevel (PASSEND_TYPE_OUTCOME_DIALOG);
  g_assert_nonnull (dialog);
  /* A row with a date but nothing agreed is a slip: said, not recorded. */
  set_text (GTK_WIDGET (dialog), "outcome-due-0", "8-12-2026");
  click (GTK_WIDGET (dialog), "outcome-record");
  g_assert_nonnull (find_toplevel (PASSEND_TYPE_OUTCOME_DIALOG));
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (dialog), "outcome-error")));
  g_assert_null (passend_sheet_get_entry_id (sheet));
  set_text (GTK_WIDGET (dialog), "outcome-what-0", "Weekly note home");
  set_text (GTK_WIDGET (dialog), "outcome-name-0", "Ms Jansen");
  set_text (GTK_WIDGET (dialog), "outcome-due-0", "8-12-2026");
  click (GTK_WIDGET (dialog), "outcome-add");
  set_text (GTK_WIDGET (dialog), "outcome-what-1", "Read every evening");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_named (GTK_WIDGET (dialog), "outcome-party-1")),
                              PASSEND_PARTY_PARENT);
  set_text (GTK_WIDGET (dialog), "outcome-next", "12-1-2027");
  /* The overdue agreement comes first. */
  choice = find_named (GTK_WIDGET (dialog), "outcome-earlier-0");
  g_assert_nonnull (choice);
  g_assert_null (find_named (GTK_WIDGET (dialog), "outcome-earlier-2"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), 1);
  /* Cancel asks before it throws the answers away. */
  click (GTK_WIDGET (dialog), "outcome-cancel");
  question = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
  pump ();
  g_assert_nonnull (find_toplevel (PASSEND_TYPE_OUTCOME_DIALOG));
  click (GTK_WIDGET (dialog), "outcome-record");
  g_assert_null (find_toplevel (PASSEND_TYPE_OUTCOME_DIALOG));

  g_assert_nonnull (passend_sheet_get_entry_id (sheet));
  g_assert_true (gtk_widget_get_visible (find_named (view, "prep-recorded")));
  g_assert_false (gtk_widget_is_sensitive (find_named (view, "prep-record")));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == find_named (view, "prep-open-entry"));

  check_report_letter (window, view);
}

static void
test_preparation (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray  *entries, *agreements, *sheets;
  JsonObject *entry = NULL;
  JsonObject *sheet;
  const char *entry_id;
  guint       n_new = 0;

  g_setenv ("PASSEND_TODAY", "2026-11-23", TRUE);
  if (g_test_subprocess ())
    {
      run_app (preparation_script);
      return;
    }

  dir = prepare_dossier (&home,
                         "{\"version\": 3, \"children\": ["
                         "{\"id\": \"c1\", \"name\": \"Sam\", \"created\": "
                         "\"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"},"
                         "{\"id\": \"c2\", \"name\": \"Noor\", \"created\": "
                         "\"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}],"
                         " \"entries\": [{\"id\": \"e1\", \"child_id\": \"c1\", \"kind\": "
                         "\"conversation\", \"date\": \"2026-10-06\","
                         " \"title\": \"First talk\", \"created\": \"2026-10-06T10:00:00Z\", "
                         "\"modified\": \"2026-10-06T10:00:00Z\"}],"
                         " \"agreements\": ["
                         "{\"id\": \"a1\", \"child_id\": \"c1\", \"entry_id\": \"e1\", \"what\": "
                         "\"School sends the results\", \"party\": \"school\","
                         " \"due_date\": \"2026-11-02\", \"status\": \"open\", \"created\": "
                         "\"2026-10-06T10:00:00Z\", \"modified\": \"2026-10-06T10:00:00Z\"},"
                         "{\"id\": \"a2\", \"child_id\": \"c1\", \"entry_id\": \"e1\", \"what\": "
                         "\"I ask the GP\", \"party\": \"parent\","
                         " \"due_date\": \"2026-12-15\", \"status\": \"open\", \"created\": "
                         "\"2026-10-06T10:00:00Z\", \"modified\": \"2026-10-06T10:00:00Z\"}]}");
  run_in_subprocess ("/ui/preparation");

  root = read_dossier (dir, parser);
  entries = json_object_get_array_member (root, "entries");
  agreements = json_object_get_array_member (root, "agreements");
  sheets = json_object_get_array_member (root, "sheets");
  g_assert_cmpuint (json_array_get_length (entries), ==, 2);
  /* The sheet, and the next meeting as a new planned talk. */
  g_assert_cmpuint (json_array_get_length (sheets), ==, 2);
  g_assert_cmpstr (
      json_object_get_string_member (json_array_get_object_element (sheets, 1), "date"), ==,
      "2027-01-12");

  entry = json_array_get_object_element (entries, 1);
  entry_id = json_object_get_string_member (entry, "id");
  g_assert_cmpstr (json_object_get_string_member (entry, "kind"), ==, "conversation");
  g_assert_cmpstr (json_object_get_string_member (entry, "child_id"), ==, "c1");
  g_assert_cmpstr (json_object_get_string_member (entry, "date"), ==, "2026-12-01");
  g_assert_cmpstr (json_object_get_string_member (entry, "time"), ==, "14:30");
  g_assert_cmpstr (json_object_get_string_member (entry, "title"), ==, "Talk with school");
  g_assert_cmpstr (json_object_get_string_member (entry, "people"), ==,
                   "Ms Jansen (teacher), Mr Bakker (IB'er)");
  g_assert_nonnull (strstr (json_object_get_string_member (entry, "text"), "Mondays are hard"));
  g_assert_nonnull (strstr (json_object_get_string_member (entry, "text"), "Who checks the plan?"));

  sheet = json_array_get_object_element (sheets, 0);
  g_assert_cmpstr (json_object_get_string_member (sheet, "entry_id"), ==, entry_id);
  g_assert_cmpstr (json_object_get_string_member (sheet, "child_id"), ==, "c1");
  g_assert_cmpstr (
      json_array_get_string_element (json_object_get_array_member (sheet, "point_worries"), 0), ==,
      "Mondays are hard");
  g_assert_cmpstr (
      json_array_get_string_element (json_object_get_array_member (sheet, "point_examples"), 1), ==,
      "Slept at four on Tuesday");

  for (guint i = 0; i < json_array_get_length (agreements); i++)
    {
      JsonObject *agreement = json_array_get_object_element (agreements, i);
      const char *id = json_object_get_string_member (agreement, "id");
      const char *what = json_object_get_string_member (agreement, "what");

      if (g_str_equal (id, "a1"))
        {
          /* The old one, marked done on the way, on today's date. */
          g_assert_cmpstr (json_object_get_string_member (agreement, "status"), ==, "done");
          g_assert_cmpstr (json_object_get_string_member (agreement, "status_date"), ==,
                           "2026-11-23");
          continue;
        }
      if (g_str_equal (id, "a2"))
        {
          g_assert_cmpstr (json_object_get_string_member (agreement, "status"), ==, "open");
          continue;
        }

      n_new++;
      g_assert_cmpstr (json_object_get_string_member (agreement, "entry_id"), ==, entry_id);
      g_assert_cmpstr (json_object_get_string_member (agreement, "child_id"), ==, "c1");
      g_assert_cmpstr (json_object_get_string_member (agreement, "status"), ==, "open");
      if (g_str_equal (what, "Weekly note home"))
        {
          g_assert_cmpstr (json_object_get_string_member (agreement, "party"), ==, "school");
          g_assert_cmpstr (json_object_get_string_member (agreement, "who_name"), ==, "Ms Jansen");
          g_assert_cmpstr (json_object_get_string_member (agreement, "due_date"), ==, "2026-12-08");
        }
      else if (g_str_equal (what, "Read every evening"))
        g_assert_cmpstr (json_object_get_string_member (agreement, "party"), ==, "parent");
      else
        g_assert_not_reached ();
    }
  g_assert_cmpuint (n_new, ==, 2);

  test_remove_dir (home);
}

/* A worry and its example can take several lines, and the fields are
 * as wide as the list of points. */
static void
point_fields_script (PassendApplication *app, PassendWindow *window)
{
  GtkWidget    *view = find_named (GTK_WIDGET (window), "preparation-view");
  GtkWidget    *worry;
  PassendSheet *sheet;

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "preparation"));
  pump ();
  click (view, "prep-new");
  sheet = passend_preparation_view_get_sheet (PASSEND_PREPARATION_VIEW (view));
  click (view, "prep-add-point");
  worry = find_named (view, "point-worry-0");
  g_assert_true (GTK_IS_TEXT_VIEW (worry));
  g_assert_true (GTK_IS_TEXT_VIEW (find_named (view, "point-example-0")));
  g_assert_cmpint (gtk_text_view_get_wrap_mode (GTK_TEXT_VIEW (worry)), !=, GTK_WRAP_NONE);
  g_assert_false (gtk_text_view_get_accepts_tab (GTK_TEXT_VIEW (worry)));

  set_text (view, "point-worry-0", "He is tired\nand does not eat");
  set_text (view, "point-example-0", "Slept at four on Tuesday");
  g_assert_cmpstr (passend_sheet_get_point_worry (sheet, 0), ==, "He is tired\nand does not eat");
  g_assert_cmpstr (passend_sheet_get_point_example (sheet, 0), ==, "Slept at four on Tuesday");

  for (guint i = 0; i < 5; i++)
    pump ();
  g_assert_cmpint (gtk_widget_get_width (worry), >,
                   gtk_widget_get_width (find_named (view, "prep-points")) * 2 / 3);
}

static void
test_point_fields (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      run_app (point_fields_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/point-fields");
  test_remove_dir (home);
}

/* Before the talk the main action is Print; on its day, Record the
 * Outcome. Recording a talk still ahead is asked about first. */
static void
record_early_script (PassendApplication *app, PassendWindow *window)
{
  GtkWidget *view = find_named (GTK_WIDGET (window), "preparation-view");
  GtkWindow *question;

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "preparation"));
  pump ();
  click (view, "prep-new");
  g_assert_true (gtk_widget_has_css_class (find_named (view, "prep-print"), "suggested-action"));
  g_assert_false (gtk_widget_has_css_class (find_named (view, "prep-record"), "suggested-action"));

  set_text (view, "prep-date", "1-12-2026");
  g_assert_true (gtk_widget_has_css_class (find_named (view, "prep-print"), "suggested-action"));
  click (view, "prep-record");
  question = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  g_assert_null (find_toplevel (PASSEND_TYPE_OUTCOME_DIALOG));
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
  pump ();
  g_assert_null (find_toplevel (PASSEND_TYPE_OUTCOME_DIALOG));
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));

  /* The day of the talk has come. */
  set_text (view, "prep-date", "23-11-2026");
  g_assert_false (gtk_widget_has_css_class (find_named (view, "prep-print"), "suggested-action"));
  g_assert_true (gtk_widget_has_css_class (find_named (view, "prep-record"), "suggested-action"));
  click (view, "prep-record");
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (find_toplevel (PASSEND_TYPE_OUTCOME_DIALOG));
}

static void
test_record_early (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  g_setenv ("PASSEND_TODAY", "2026-11-23", TRUE);
  if (g_test_subprocess ())
    {
      run_app (record_early_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/record-early");
  test_remove_dir (home);
}

/* The context beside the sheet follows the dossier, also when a second
 * talk of the same child shows the context it already made. */
static void
context_script (PassendApplication *app, PassendWindow *window)
{
  GtkWidget      *view = find_named (GTK_WIDGET (window), "preparation-view");
  GtkLabel       *context;
  PassendDossier *dossier = passend_store_get_dossier (passend_application_get_store (app));
  g_autoptr (PassendAgreement) agreement =
      passend_agreement_new ("Send the report", PASSEND_PARTY_SCHOOL, NULL);

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "preparation"));
  pump ();
  click (view, "prep-new");
  context = GTK_LABEL (find_named (view, "prep-context"));
  g_assert_null (strstr (gtk_label_get_text (context), "Send the report"));

  g_object_set (agreement, "child-id", "c1", NULL);
  passend_dossier_add_agreement (dossier, agreement);
  pump ();
  g_assert_nonnull (strstr (gtk_label_get_text (context), "Send the report"));

  click (view, "prep-new");
  g_assert_nonnull (strstr (gtk_label_get_text (context), "Send the report"));
  passend_agreement_set_status (agreement, PASSEND_AGREEMENT_STATUS_DONE);
  pump ();
  g_assert_null (strstr (gtk_label_get_text (context), "Send the report"));

  /* A hidden page makes its context when it shows again: at 50,000
   * entries a pass over them for each edit elsewhere held the window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "dossier"));
  /* The pages cross-fade. */
  for (guint i = 0; i < 30 && gtk_widget_get_mapped (view); i++)
    pump ();
  g_assert_false (gtk_widget_get_mapped (view));
  passend_agreement_set_status (agreement, PASSEND_AGREEMENT_STATUS_OPEN);
  pump ();
  g_assert_null (strstr (gtk_label_get_text (context), "Send the report"));
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "preparation"));
  pump ();
  g_assert_nonnull (strstr (gtk_label_get_text (context), "Send the report"));
}

static void
test_context (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      run_app (context_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/preparation-context");
  test_remove_dir (home);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/preparation", test_preparation);
  g_test_add_func ("/ui/point-fields", test_point_fields);
  g_test_add_func ("/ui/record-early", test_record_early);
  g_test_add_func ("/ui/preparation-context", test_context);

  return g_test_run ();
}
