/* test-ui.c - the real application, driven under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs Passend in a subprocess with its own XDG_DATA_HOME, as
 * a parent would start it, scripts the window from the "activate"
 * handler, quits through app.quit, and then checks dossier.json on disk
 * from the parent process.
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

#include "passend-application.h"
#include "passend-assistant-view.h"
#include "passend-clock.h"
#include "passend-dossier-view.h"
#include "passend-entry-dialog.h"
#include "passend-topics-view.h"
#include "passend-outcome-dialog.h"
#include "passend-preparation-view.h"
#include "passend-text-line.h"
#include "passend-ui-util.h"
#include "passend-window.h"
#include "test-util.h"

/* The child most tests start with, as the dossier file holds it. */
#define SAM_JSON                                                                                   \
  "{\"id\": \"c1\", \"name\": \"Sam\", "                                                           \
  "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}"

typedef void (*ScriptFunc) (PassendApplication *app, PassendWindow *window);

/* Helpers */

static guint unexpected_warnings;

/* Warnings are counted, not fatal, so the one GTK gives without a
 * session bus (as in CI) can pass; any other fails the test. */
static GLogWriterOutput
log_writer_cb (GLogLevelFlags   log_level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL))
    {
      const char *message = NULL;

      for (gsize i = 0; i < n_fields; i++)
        if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
          message = fields[i].value;

      if (message == NULL || strstr (message, "session bus") == NULL)
        unexpected_warnings++;
      else
        return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static GtkWidget *
find_named (GtkWidget *root, const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_by_type (GtkWidget *root, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
pump (void)
{
  gint64 until = g_get_monotonic_time () + 100 * 1000;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* transfer none */

  pump ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static void
click (GtkWidget *root, const char *name)
{
  GtkWidget *button = find_named (root, name);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  pump ();
}

static const char *
selected_child_name (PassendWindow *window)
{
  PassendChild *child = passend_window_get_child (window);

  return child ? passend_child_get_name (child) : NULL;
}

static void
activated_cb (GApplication *app, ScriptFunc script)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  g_assert_true (PASSEND_IS_WINDOW (window));

  /* A slow machine may take a while to show the window. */
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)) && g_get_monotonic_time () < deadline)
    pump ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  pump ();

  script (PASSEND_APPLICATION (app), PASSEND_WINDOW (window));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
run_app (ScriptFunc script)
{
  g_autoptr (PassendApplication) app = passend_application_new ();

  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_signal_connect_after (app, "activate", G_CALLBACK (activated_cb), script);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_cmpuint (unexpected_warnings, ==, 0);
}

/* Makes a fresh data home for the subprocess and returns its passend
 * folder. */
static char *
prepare_data_home (char **home_out)
{
  char *home = test_make_dir ();

  g_setenv ("XDG_DATA_HOME", home, TRUE);
  *home_out = home;
  return g_build_filename (home, "passend", NULL);
}

/* As prepare_data_home(), with @json as the dossier already there. */
static char *
prepare_dossier (char **home_out, const char *json)
{
  char *dir = prepare_data_home (home_out);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_free (test_write_file (dir, "dossier.json", json, -1));
  return dir;
}

static JsonObject *
read_dossier (const char *dir, JsonParser *parser)
{
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static const char *
child_name_in_file (JsonObject *root, guint index)
{
  JsonArray *children = json_object_get_array_member (root, "children");

  if (index >= json_array_get_length (children))
    return NULL;
  return json_object_get_string_member (json_array_get_object_element (children, index), "name");
}

static void
run_in_subprocess (const char *path)
{
  g_test_trap_subprocess (path, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Scripts and tests */

static void
first_start_script (PassendApplication *app, PassendWindow *window)
{
  static const char *const pages[] = { "assistant", "dossier", "preparation", "topics" };
  GtkWidget               *entry;

  g_assert_cmpstr (passend_window_get_page (window), ==, "welcome");

  /* An empty name cannot be added. */
  entry = find_named (GTK_WIDGET (window), "welcome-name-entry");
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  pump ();
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (window), "welcome-add-button")));
  g_signal_emit_by_name (entry, "activate");
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "welcome");

  gtk_editable_set_text (GTK_EDITABLE (entry), "Sam");
  click (GTK_WIDGET (window), "welcome-add-button");

  g_assert_cmpstr (passend_window_get_page (window), ==, "topics");
  g_assert_cmpstr (selected_child_name (window), ==, "Sam");
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (window), "child-dropdown")));

  /* Every page, through the action the Alt+number keys use. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_assert_true (
          gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", pages[i]));
      pump ();
      g_assert_cmpstr (passend_window_get_page (window), ==, pages[i]);
    }

  /* And by clicking the sidebar. */
  {
    GtkListBox    *sidebar = GTK_LIST_BOX (find_named (GTK_WIDGET (window), "sidebar"));
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, 2);

    g_signal_emit_by_name (sidebar, "row-activated", row);
    gtk_list_box_select_row (sidebar, row);
    pump ();
    g_assert_cmpstr (passend_window_get_page (window), ==, "dossier");
  }
}

static void
test_first_start (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;

  if (g_test_subprocess ())
    {
      run_app (first_start_script);
      return;
    }

  dir = prepare_data_home (&home);
  run_in_subprocess ("/ui/first-start");

  root = read_dossier (dir, parser);
  g_assert_cmpstr (child_name_in_file (root, 0), ==, "Sam");
  path = g_build_filename (dir, "dossier.json", NULL);
  g_assert_cmpuint (test_file_mode (path), ==, 0600);
  g_assert_cmpuint (test_file_mode (dir), ==, 0700);

  test_remove_dir (home);
}

static void
children_script (PassendApplication *app, PassendWindow *window)
{
  GtkWindow *dialog;

  g_assert_cmpstr (selected_child_name (window), ==, "Sam");

  /* Add Noor through the dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "child.add", NULL));
  dialog = find_toplevel (g_type_from_name ("PassendNameDialog"));
  g_assert_nonnull (dialog);
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (dialog), "name-dialog-accept")));
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), "name-dialog-entry")),
                         " Noor ");
  click (GTK_WIDGET (dialog), "name-dialog-accept");
  g_assert_cmpstr (selected_child_name (window), ==, "Noor");

  /* Rename her. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "child.rename", NULL));
  dialog = find_toplevel (g_type_from_name ("PassendNameDialog"));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), "name-dialog-entry")),
                         "Noor Amira");
  click (GTK_WIDGET (dialog), "name-dialog-accept");
  g_assert_cmpstr (selected_child_name (window), ==, "Noor Amira");

  /* Removing asks first; Cancel keeps her. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "child.remove", NULL));
  dialog = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  pump ();
  g_assert_cmpstr (selected_child_name (window), ==, "Noor Amira");

  /* Sam goes; Noor Amira stays and is chosen. */
  {
    GtkDropDown *dropdown = GTK_DROP_DOWN (find_named (GTK_WIDGET (window), "child-dropdown"));

    gtk_drop_down_set_selected (dropdown, 0);
    pump ();
    g_assert_cmpstr (selected_child_name (window), ==, "Sam");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "child.remove", NULL));
  dialog = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  pump ();
  g_assert_cmpstr (selected_child_name (window), ==, "Noor Amira");
}

static void
test_children (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;

  if (g_test_subprocess ())
    {
      run_app (children_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 1, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/children");

  root = read_dossier (dir, parser);
  g_assert_cmpstr (child_name_in_file (root, 0), ==, "Noor Amira");
  g_assert_null (child_name_in_file (root, 1));

  test_remove_dir (home);
}

static void
damaged_script (PassendApplication *app, PassendWindow *window)
{
  g_assert_cmpstr (passend_window_get_page (window), ==, "problem");

  /* Nothing can be added while the parent has not chosen. */
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (window), "child-menu-button")));

  click (GTK_WIDGET (window), "restore-backup-button");
  g_assert_cmpstr (passend_window_get_page (window), ==, "topics");
  g_assert_cmpstr (selected_child_name (window), ==, "Noor");
}

static void
test_damaged_file (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *backups = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GDir) d = NULL;
  const char *name;
  gboolean    kept = FALSE;
  JsonObject *root;

  if (g_test_subprocess ())
    {
      run_app (damaged_script);
      return;
    }

  dir = prepare_data_home (&home);
  backups = g_build_filename (dir, "backups", NULL);
  g_assert_cmpint (g_mkdir_with_parents (backups, 0700), ==, 0);
  g_free (test_write_file (dir, "dossier.json", "{\"version\": 1, \"children\": [ GARBAGE", -1));
  g_free (test_write_file (
      backups, "dossier-20260101-100000-000.json",
      "{\"version\": 1, \"children\": [{\"id\": \"c1\", \"name\": \"Noor\", "
      "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}]}",
      -1));
  run_in_subprocess ("/ui/damaged-file");

  root = read_dossier (dir, parser);
  g_assert_cmpstr (child_name_in_file (root, 0), ==, "Noor");

  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "dossier.json.damaged-"))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_autofree char *contents = test_read_file (path, NULL);

        g_assert_cmpstr (contents, ==, "{\"version\": 1, \"children\": [ GARBAGE");
        kept = TRUE;
      }
  g_assert_true (kept);

  test_remove_dir (home);
}

static void
newer_script (PassendApplication *app, PassendWindow *window)
{
  GtkWidget *banner = find_named (GTK_WIDGET (window), "banner-label");
  GtkWidget *view;

  g_assert_cmpstr (passend_window_get_page (window), ==, "topics");
  g_assert_cmpstr (selected_child_name (window), ==, "Sam");
  g_assert_true (gtk_widget_get_mapped (banner));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (banner)), "newer"));

  /* Adding is switched off: no dialog opens. */
  gtk_widget_activate_action (GTK_WIDGET (window), "child.add", NULL);
  g_assert_null (find_toplevel (g_type_from_name ("PassendNameDialog")));

  /* The sheet can be read and printed, not changed or written down. */
  view = find_named (GTK_WIDGET (window), "preparation-view");
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "preparation"));
  pump ();
  g_assert_nonnull (passend_preparation_view_get_sheet (PASSEND_PREPARATION_VIEW (view)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_named (view, "prep-place"))), ==,
                   "School");
  g_assert_false (gtk_widget_is_sensitive (find_named (view, "prep-place")));
  g_assert_false (gtk_widget_is_sensitive (find_named (view, "prep-new")));
  g_assert_false (gtk_widget_is_sensitive (find_named (view, "prep-delete")));
  g_assert_false (gtk_widget_is_sensitive (find_named (view, "prep-record")));
  g_assert_true (gtk_widget_is_sensitive (find_named (view, "prep-print")));
  g_assert_true (gtk_widget_is_sensitive (find_named (view, "prep-pdf")));

  /* The Assistant shows the steps but changes nothing. */
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "assistant"));
  pump ();
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (window), "next-step-button")));
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (window), "write-down-button")));
  g_assert_false (
      gtk_widget_is_sensitive (find_named (GTK_WIDGET (window), "checklist-talk-asked-goal")));
}

static void
test_newer_version (void)
{
  const char *newer =
      "{\"version\": 7, \"children\": [{\"id\": \"c1\", \"name\": \"Sam\", "
      "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}], "
      "\"sheets\": [{\"id\": \"s1\", \"child_id\": \"c1\", \"place\": \"School\", "
      "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}]}";
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *after = NULL;

  if (g_test_subprocess ())
    {
      run_app (newer_script);
      return;
    }

  dir = prepare_data_home (&home);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  path = test_write_file (dir, "dossier.json", newer, -1);
  run_in_subprocess ("/ui/newer-version");

  after = test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, newer);

  test_remove_dir (home);
}

static void
set_text (GtkWidget *root, const char *name, const char *text)
{
  GtkWidget *widget = find_named (root, name);

  g_assert_nonnull (widget);
  /* A date field is an entry with a calendar button beside it. */
  if (!GTK_IS_EDITABLE (widget))
    widget = gtk_widget_get_first_child (widget);
  g_assert_true (GTK_IS_EDITABLE (widget));
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
  pump ();
}

/* Waits for the search entry's short delay. */
static void
search_for (GtkWidget *root, const char *text)
{
  set_text (root, "dossier-search", text);
  for (guint i = 0; i < 5; i++)
    pump ();
}

static guint
n_shown (PassendDossierView *view)
{
  return g_list_model_get_n_items (passend_dossier_view_get_shown (view));
}

static void
dossier_script (PassendApplication *app, PassendWindow *window)
{
  PassendDossierView *view;
  GtkWidget          *badge = find_named (GTK_WIDGET (window), "overdue-badge");
  GtkWindow          *dialog;
  GtkWindow          *question;
  GtkWidget          *message;

  g_assert_cmpstr (selected_child_name (window), ==, "Sam");
  g_assert_false (gtk_widget_get_visible (badge));

  /* Ctrl+N's action opens the dialog on the Dossier page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.new-entry", NULL));
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "dossier");
  view = PASSEND_DOSSIER_VIEW (find_named (GTK_WIDGET (window), "dossier-view"));
  g_assert_cmpuint (n_shown (view), ==, 1);
  dialog = find_toplevel (g_type_from_name ("PassendEntryDialog"));
  g_assert_nonnull (dialog);

  /* Typed text is not thrown away by a mistaken Cancel. */
  set_text (GTK_WIDGET (dialog), "entry-people", "Mevrouw Öztürk");
  click (GTK_WIDGET (dialog), "entry-dialog-cancel");
  question = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
  pump ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  {
    GtkTextView *text = GTK_TEXT_VIEW (find_named (GTK_WIDGET (dialog), "entry-text"));

    gtk_text_buffer_set_text (gtk_text_view_get_buffer (text),
                              "Gesprek met de Zorgcoördinator over het OPP 😀\nTweede regel.", -1);
  }

  /* A date far ahead is asked about, not taken. */
  set_text (GTK_WIDGET (dialog), "entry-date", "1-1-2040");
  click (GTK_WIDGET (dialog), "entry-dialog-save");
  message = find_named (GTK_WIDGET (dialog), "entry-dialog-message");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "more than a year"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* A date that does not exist is refused. */
  set_text (GTK_WIDGET (dialog), "entry-date", "31-2-2026");
  click (GTK_WIDGET (dialog), "entry-dialog-save");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "does not exist"));

  set_text (GTK_WIDGET (dialog), "entry-date", "12-11-2026");
  set_text (GTK_WIDGET (dialog), "entry-time", "9.30");

  /* An agreement, already overdue on the fixed today of 23 November. */
  click (GTK_WIDGET (dialog), "entry-add-agreement");
  set_text (GTK_WIDGET (dialog), "agreement-what", "School stuurt het verslag");
  set_text (GTK_WIDGET (dialog), "agreement-who", "Juf Petra");
  set_text (GTK_WIDGET (dialog), "agreement-due", "20-11-2026");
  /* A document, copied in the background; Save waits for it.  A file
   * that cannot be read gives a message and the entry stays. */
  {
    g_autofree char *folder = g_build_filename (g_getenv ("XDG_DATA_HOME"), "from-school", NULL);
    g_autofree char *source = NULL;
    gint64           deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
    source = test_write_file (folder, "Verslag juni.pdf", "%PDF-1.4 verslag", -1);
    passend_entry_dialog_add_file (PASSEND_ENTRY_DIALOG (dialog), "/nonexistent/Brief.pdf");
    passend_entry_dialog_add_file (PASSEND_ENTRY_DIALOG (dialog), source);
    while (!gtk_widget_is_sensitive (find_named (GTK_WIDGET (dialog), "entry-dialog-save")) &&
           g_get_monotonic_time () < deadline)
      pump ();
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "could not be copied"));
  }

  click (GTK_WIDGET (dialog), "entry-dialog-save");
  g_assert_null (find_toplevel (g_type_from_name ("PassendEntryDialog")));

  g_assert_cmpuint (n_shown (view), ==, 2);
  g_assert_true (gtk_widget_get_visible (badge));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (badge)), ==, "1");

  /* Search folds accents and looks in agreements too. */
  search_for (GTK_WIDGET (window), "zorgcoordinator");
  g_assert_cmpuint (n_shown (view), ==, 1);
  search_for (GTK_WIDGET (window), "VERSLAG");
  g_assert_cmpuint (n_shown (view), ==, 1);
  search_for (GTK_WIDGET (window), "nothing like this");
  g_assert_cmpuint (n_shown (view), ==, 0);
  search_for (GTK_WIDGET (window), "");
  g_assert_cmpuint (n_shown (view), ==, 2);

  /* Mark it done in the Agreements view, with one click. */
  gtk_stack_set_visible_child_name (
      GTK_STACK (find_named (GTK_WIDGET (view), "dossier-view-stack")), "agreements");
  pump ();
  click (find_named (GTK_WIDGET (view), "agreements-list"), "agreement-done");
  pump ();
  g_assert_false (gtk_widget_get_visible (badge));

  /* Delete the new entry, then undo: it comes back with its agreement. */
  gtk_stack_set_visible_child_name (
      GTK_STACK (find_named (GTK_WIDGET (view), "dossier-view-stack")), "journal");
  pump ();
  g_signal_emit_by_name (find_named (GTK_WIDGET (view), "dossier-list"), "activate", 0);
  dialog = find_toplevel (g_type_from_name ("PassendEntryDialog"));
  g_assert_nonnull (dialog);
  click (GTK_WIDGET (dialog), "entry-dialog-delete");
  g_assert_cmpuint (n_shown (view), ==, 1);
  click (GTK_WIDGET (view), "undo-button");
  g_assert_cmpuint (n_shown (view), ==, 2);
}

static void
test_dossier (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray  *entries;
  JsonArray  *agreements;
  JsonObject *entry = NULL;
  JsonObject *agreement;

  g_setenv ("PASSEND_TODAY", "2026-11-23", TRUE);
  if (g_test_subprocess ())
    {
      run_app (dossier_script);
      return;
    }

  dir = prepare_dossier (
      &home, "{\"version\": 1, \"children\": [" SAM_JSON "],"
             "\"entries\": [{\"id\": \"e1\", \"kind\": \"note\", \"date\": \"2026-01-05\", "
             "\"title\": \"Old note\", \"child_id\": \"c1\", "
             "\"created\": \"2026-01-05T10:00:00Z\", \"modified\": \"2026-01-05T10:00:00Z\"}]}");
  run_in_subprocess ("/ui/dossier");

  root = read_dossier (dir, parser);
  entries = json_object_get_array_member (root, "entries");
  g_assert_cmpuint (json_array_get_length (entries), ==, 2);
  for (guint i = 0; i < 2; i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (entries, i), "id"),
                   "e1") != 0)
      entry = json_array_get_object_element (entries, i);
  g_assert_nonnull (entry);

  /* The empty title got a suggested one. */
  g_assert_cmpstr (json_object_get_string_member (entry, "title"), ==,
                   "Conversation on 12 November 2026");
  g_assert_cmpstr (json_object_get_string_member (entry, "date"), ==, "2026-11-12");
  g_assert_cmpstr (json_object_get_string_member (entry, "time"), ==, "09:30");
  g_assert_cmpstr (json_object_get_string_member (entry, "child_id"), ==, "c1");
  g_assert_cmpstr (json_object_get_string_member (entry, "people"), ==, "Mevrouw Öztürk");
  g_assert_cmpstr (json_object_get_string_member (entry, "text"), ==,
                   "Gesprek met de Zorgcoördinator over het OPP 😀\nTweede regel.");

  agreements = json_object_get_array_member (root, "agreements");
  g_assert_cmpuint (json_array_get_length (agreements), ==, 1);
  agreement = json_array_get_object_element (agreements, 0);
  g_assert_cmpstr (json_object_get_string_member (agreement, "what"), ==,
                   "School stuurt het verslag");
  g_assert_cmpstr (json_object_get_string_member (agreement, "who_name"), ==, "Juf Petra");
  g_assert_cmpstr (json_object_get_string_member (agreement, "due_date"), ==, "2026-11-20");
  g_assert_cmpstr (json_object_get_string_member (agreement, "status"), ==, "done");
  g_assert_cmpstr (json_object_get_string_member (agreement, "status_date"), ==, "2026-11-23");
  g_assert_cmpstr (json_object_get_string_member (agreement, "entry_id"), ==,
                   json_object_get_string_member (entry, "id"));

  /* The document is a private copy inside the dossier folder. */
  {
    JsonArray       *documents = json_object_get_array_member (root, "documents");
    JsonObject      *document;
    g_autofree char *copy = NULL;
    g_autofree char *contents = NULL;

    g_assert_cmpuint (json_array_get_length (documents), ==, 1);
    document = json_array_get_object_element (documents, 0);
    g_assert_cmpstr (json_object_get_string_member (document, "name"), ==, "Verslag juni.pdf");
    g_assert_cmpstr (json_object_get_string_member (document, "entry_id"), ==,
                     json_object_get_string_member (entry, "id"));
    copy =
        g_build_filename (dir, "documents", json_object_get_string_member (document, "file"), NULL);
    contents = test_read_file (copy, NULL);
    g_assert_cmpstr (contents, ==, "%PDF-1.4 verslag");
    g_assert_cmpuint (test_file_mode (copy), ==, 0600);
  }

  test_remove_dir (home);
}

/* A draft written by another page fills the dialog; only Save adds it. */
static void
draft_script (PassendApplication *app, PassendWindow *window)
{
  PassendStore   *store = passend_application_get_store (app);
  PassendDossier *dossier = passend_store_get_dossier (store);
  g_autoptr (PassendEntry) draft =
      passend_entry_new (PASSEND_ENTRY_KIND_CONVERSATION, "2026-11-20", "Step 1: talking together");
  g_autoptr (GPtrArray) agreements = g_ptr_array_new_with_free_func (g_object_unref);
  PassendEntryDialog *dialog;
  GtkWindow          *question;

  passend_entry_set_text (draft, "Asked what the meeting is for.");
  g_ptr_array_add (agreements,
                   passend_agreement_new ("We talk again", PASSEND_PARTY_SCHOOL, "2026-12-04"));

  /* Closing a draft asks first, as typed text would. */
  dialog = passend_entry_dialog_new_draft (GTK_WINDOW (window), store, draft, agreements,
                                           passend_window_get_child (window));
  gtk_window_present (GTK_WINDOW (dialog));
  pump ();
  g_assert_cmpstr (
      gtk_editable_get_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), "entry-title"))), ==,
      "Step 1: talking together");
  g_assert_cmpstr (
      gtk_editable_get_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), "agreement-what"))), ==,
      "We talk again");
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==, 0);

  /* The calendar beside a date field opens on the typed date, and a day
   * picked there goes into the field. */
  {
    GtkWidget   *date = find_named (GTK_WIDGET (dialog), "entry-date");
    GtkWidget   *button = gtk_widget_get_last_child (date);
    GtkWidget   *popover;
    GtkCalendar *calendar;
    g_autoptr (GDateTime) shown = NULL;
    g_autoptr (GDateTime) day = g_date_time_new_utc (2026, 11, 18, 12, 0, 0);

    g_assert_true (GTK_IS_MENU_BUTTON (button));
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    pump ();
    popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
    g_assert_nonnull (popover);
    g_assert_true (gtk_widget_get_visible (popover));
    calendar = GTK_CALENDAR (gtk_popover_get_child (GTK_POPOVER (popover)));
    shown = gtk_calendar_get_date (calendar);
    g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 20);
    g_assert_cmpint (g_date_time_get_month (shown), ==, 11);
    gtk_calendar_select_day (calendar, day);
    pump ();
    g_assert_false (gtk_widget_get_visible (popover));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (gtk_widget_get_first_child (date))), ==,
                     "18-11-2026");
    set_text (GTK_WIDGET (dialog), "entry-date", "20-11-2026");
  }

  click (GTK_WIDGET (dialog), "entry-dialog-cancel");
  question = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
  pump ();

  click (GTK_WIDGET (dialog), "entry-dialog-save");
  pump ();
  g_assert_null (find_toplevel (PASSEND_TYPE_ENTRY_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==, 1);
  /* The draft itself stays outside the dossier. */
  g_assert_null (passend_entry_get_child_id (draft));

  /* At the turn of the day an agreement shown becomes overdue on the
   * spot, though its place in the list stays the same. */
  {
    PassendDossierView *view =
        PASSEND_DOSSIER_VIEW (find_named (GTK_WIDGET (window), "dossier-view"));
    GtkWidget *row;

    g_assert_true (
        gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "dossier"));
    gtk_stack_set_visible_child_name (
        GTK_STACK (find_named (GTK_WIDGET (window), "dossier-view-stack")), "agreements");
    for (guint i = 0; i < 5; i++)
      pump ();
    row = find_by_type (GTK_WIDGET (view), g_type_from_name ("PassendAgreementRow"));
    g_assert_nonnull (row);
    g_assert_false (gtk_widget_has_css_class (row, "overdue"));
    passend_clock_set_today ("2026-12-05");
    passend_dossier_view_check_day (view);
    for (guint i = 0; i < 5; i++)
      pump ();
    row = find_by_type (GTK_WIDGET (view), g_type_from_name ("PassendAgreementRow"));
    g_assert_nonnull (row);
    g_assert_true (gtk_widget_has_css_class (row, "overdue"));
    passend_clock_set_today (NULL);
  }

  /* Links from any page lead to the page they name. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-link", "s", "step:3"));
  g_assert_cmpstr (passend_window_get_page (window), ==, "assistant");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-link", "s", "org:cce"));
  g_assert_cmpstr (passend_window_get_page (window), ==, "topics");
}

static void
test_entry_draft (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonObject *entry;
  JsonObject *agreement;

  g_setenv ("PASSEND_TODAY", "2026-11-23", TRUE);
  if (g_test_subprocess ())
    {
      run_app (draft_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 1, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/entry-draft");

  root = read_dossier (dir, parser);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "entries")), ==, 1);
  entry = json_array_get_object_element (json_object_get_array_member (root, "entries"), 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "title"), ==, "Step 1: talking together");
  g_assert_cmpstr (json_object_get_string_member (entry, "date"), ==, "2026-11-20");
  g_assert_cmpstr (json_object_get_string_member (entry, "text"), ==,
                   "Asked what the meeting is for.");
  g_assert_cmpstr (json_object_get_string_member (entry, "child_id"), ==, "c1");
  agreement = json_array_get_object_element (json_object_get_array_member (root, "agreements"), 0);
  g_assert_cmpstr (json_object_get_string_member (agreement, "what"), ==, "We talk again");
  g_assert_cmpstr (json_object_get_string_member (agreement, "due_date"), ==, "2026-12-04");
  g_assert_cmpstr (json_object_get_string_member (agreement, "entry_id"), ==,
                   json_object_get_string_member (entry, "id"));

  test_remove_dir (home);
}

static GtkWidget *
find_css_class (GtkWidget *root, const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_css_class (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkListBoxRow *
find_result (GtkWidget *results, const char *link)
{
  for (GtkWidget *row = gtk_widget_get_first_child (results); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), link) == 0)
      return GTK_LIST_BOX_ROW (row);
  return NULL;
}

/* The reading pane shows @anchor at its top (or as far as it scrolls). */
static void
assert_scrolled_to (PassendWindow *window, const char *anchor)
{
  GtkWidget         *page = find_named (GTK_WIDGET (window), "topics-page");
  GtkWidget         *widget = find_named (page, anchor);
  GtkScrolledWindow *scroll =
      GTK_SCROLLED_WINDOW (find_named (GTK_WIDGET (window), "topics-reading"));
  GtkAdjustment   *adjustment = gtk_scrolled_window_get_vadjustment (scroll);
  graphene_point_t point;
  double           expected;

  g_assert_nonnull (widget);
  pump ();
  g_assert_true (gtk_widget_compute_point (widget, page, &GRAPHENE_POINT_INIT (0, 0), &point));
  expected =
      CLAMP (point.y - 12, 0,
             gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (adjustment), expected, 2);
}

static void
topics_script (PassendApplication *app, PassendWindow *window)
{
  PassendTopicsView *view = PASSEND_TOPICS_VIEW (find_named (GTK_WIDGET (window), "topics-view"));
  GtkWidget         *entry = find_named (GTK_WIDGET (window), "topics-search");
  GtkWidget         *results = find_named (GTK_WIDGET (window), "topics-results");
  GtkWidget         *focus;
  GtkListBoxRow     *row;
  g_autofree char   *first = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "topics"));
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "topics");
  /* The first topic is shown. */
  g_assert_nonnull (passend_topics_view_get_link (view));
  first = g_strdup (passend_topics_view_get_link (view));
  g_assert_nonnull (find_named (GTK_WIDGET (window), "topic-title"));

  /* A see-link followed with the keyboard leaves the focus on Back. */
  {
    GtkWidget *see = find_css_class (find_named (GTK_WIDGET (window), "topics-page"), "see-link");

    /* The first topic has one (to another topic): the test must run. */
    g_assert_nonnull (see);
    g_assert_false (g_str_has_prefix (gtk_widget_get_name (see), "step:"));
    {
      g_autofree char *target = g_strdup (gtk_widget_get_name (see));

      gtk_widget_grab_focus (see);
      g_signal_emit_by_name (see, "clicked");
      pump ();
      g_assert_cmpstr (passend_topics_view_get_link (view), ==, target);
      g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                     find_named (GTK_WIDGET (window), "topics-back"));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.back", NULL));
      pump ();
      g_assert_cmpstr (passend_topics_view_get_link (view), ==, first);
      /* Back is a new page visit no more: forward is possible. */
      g_assert_true (gtk_widget_is_sensitive (find_named (GTK_WIDGET (window), "topics-forward")));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.forward", NULL));
      pump ();
      g_assert_cmpstr (passend_topics_view_get_link (view), ==, target);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.back", NULL));
      pump ();
    }
  }

  /* Ctrl+F on the Topics page goes to the Topics search. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.find", NULL));
  pump ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  /* Enter opens the best result: the glossary term, scrolled to. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "zorgplicht");
  g_signal_emit_by_name (entry, "activate");
  pump ();
  g_assert_cmpuint (passend_topics_view_get_n_results (view), >=, 1);
  g_assert_cmpstr (gtk_widget_get_name (gtk_widget_get_first_child (results)), ==,
                   "term:zorgplicht");
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "term:zorgplicht");
  assert_scrolled_to (window, "term:zorgplicht");

  /* The term and the organisation both come before texts that name
   * them; opening a result shows the place it names. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "LeerplichtAmbtenaar");
  g_signal_emit_by_name (entry, "activate");
  pump ();
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "term:leerplichtambtenaar");
  row = find_result (results, "org:leerplichtambtenaar");
  g_assert_nonnull (row);
  g_assert_cmpint (gtk_list_box_row_get_index (row), <=, 1);
  g_signal_emit_by_name (results, "row-activated", row);
  pump ();
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "org:leerplichtambtenaar");
  g_assert_nonnull (find_named (GTK_WIDGET (window), "org:leerplichtambtenaar"));
  assert_scrolled_to (window, "org:leerplichtambtenaar");

  /* A result in a topic's text opens that section (there is one: the
   * word is in the topic on home-sitting). */
  {
    GtkWidget       *section = NULL;
    g_autofree char *link = NULL;

    for (GtkWidget *child = gtk_widget_get_first_child (results); child != NULL && section == NULL;
         child = gtk_widget_get_next_sibling (child))
      if (g_str_has_prefix (gtk_widget_get_name (child), "topic:") &&
          strchr (gtk_widget_get_name (child), '#') != NULL)
        section = child;

    g_assert_nonnull (section);
    link = g_strdup (gtk_widget_get_name (section));
    g_signal_emit_by_name (results, "row-activated", section);
    pump ();
    g_assert_cmpstr (passend_topics_view_get_link (view), ==, link);
    assert_scrolled_to (window, link);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.back", NULL));
    pump ();
  }

  /* Back and forward, as Alt+Left and Alt+Right do. */
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "org:leerplichtambtenaar");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.back", NULL));
  pump ();
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "term:leerplichtambtenaar");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.back", NULL));
  pump ();
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "term:zorgplicht");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.back", NULL));
  pump ();
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.forward", NULL));
  pump ();
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "term:zorgplicht");

  /* Escape empties the search and shows the topics again. */
  g_signal_emit_by_name (entry, "stop-search");
  pump ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (passend_topics_view_get_n_results (view), ==, 0);

  /* Links from other pages: the organisations, a step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "dossier"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-link", "s",
                                             "topic:organisations"));
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "topics");
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "topic:organisations");
  g_assert_nonnull (find_named (GTK_WIDGET (window), "organisation-website"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-link", "s", "step:2"));
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "assistant");

  /* Elsewhere Ctrl+F still searches the dossier. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.find", NULL));
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "dossier");
}

static void
test_topics (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (PassendTopicLibrary) library = passend_topic_library_new (NULL);
  g_autoptr (GFile) content = NULL;

  if (g_test_subprocess ())
    {
      run_app (topics_script);
      return;
    }

  /* The real content when there is any; until then the test content. */
  g_unsetenv ("PASSEND_CONTENT_DIR");
  content = passend_topic_library_get_content_dir ();
  passend_topic_library_load (library, content, NULL);
  if (passend_topic_library_get_topics (library)->len == 0)
    {
      g_autofree char *fixture =
          g_test_build_filename (G_TEST_DIST, "..", "topics", "content", NULL);

      g_test_message ("The content resource is empty: using the test content");
      g_setenv ("PASSEND_CONTENT_DIR", fixture, TRUE);
    }

  dir = prepare_dossier (&home, "{\"version\": 1, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/topics");
  g_unsetenv ("PASSEND_CONTENT_DIR");

  test_remove_dir (home);
}

static void
set_view_text (GtkWidget *root, const char *name, const char *text)
{
  GtkWidget *widget = find_named (root, name);

  g_assert_nonnull (widget);
  g_assert_true (GTK_IS_TEXT_VIEW (widget));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  pump ();
}

/* Prepare a talk, then write down what came of it. */
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

  /* Every field goes into the sheet as it is typed. */
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

  /* After the talk. */
  click (view, "prep-record");
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
  g_assert_cmpuint (json_array_get_length (sheets), ==, 1);

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
        g_assert_cmpstr (json_object_get_string_member (agreement, "due_date"), ==, "2027-01-12");
    }
  g_assert_cmpuint (n_new, ==, 3);

  test_remove_dir (home);
}

/* The Assistant: Sam walks from step 1 to 5 with the buttons and the
 * keyboard actions, the plan works only partly and he is back at step
 * 4 with plan 2, and step 1 is written into the dossier. */
static void
set_active (GtkWidget *root, const char *name, gboolean active)
{
  GtkWidget *check = find_named (root, name);

  g_assert_nonnull (check);
  g_assert_true (gtk_widget_is_sensitive (check));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  pump ();
}

/* Whether Tab, from @start, reaches a widget named @name (or one inside
 * it) before it leaves @within. */
static gboolean
tab_reaches (PassendWindow *window, GtkWidget *within, const char *start, const char *name)
{
  gtk_widget_grab_focus (find_named (within, start));
  for (guint i = 0; i < 60; i++)
    {
      GtkWidget *focus;

      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus == NULL || !gtk_widget_is_ancestor (focus, within))
        return FALSE;
      /* The focus may be inside it, as in the text of a spin button. */
      for (GtkWidget *w = focus; w != within; w = gtk_widget_get_parent (w))
        if (g_strcmp0 (gtk_widget_get_name (w), name) == 0)
          return TRUE;
    }

  return FALSE;
}

static void
assistant_script (PassendApplication *app, PassendWindow *window)
{
  PassendStore         *store = passend_application_get_store (app);
  PassendDossier       *dossier = passend_store_get_dossier (store);
  PassendAssistantView *view;
  PassendChild         *sam = passend_window_get_child (window);
  PassendChild         *noor;
  GtkWidget            *step_title;
  GtkWindow            *dialog;

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "assistant"));
  pump ();
  view = PASSEND_ASSISTANT_VIEW (find_named (GTK_WIDGET (window), "assistant-view"));
  g_assert_nonnull (view);
  step_title = find_named (GTK_WIDGET (view), "step-title");
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (step_title)), ==, "Step 1 of 6: Talk together");
  /* Looking makes nothing. */
  g_assert_null (passend_dossier_find_process_state (dossier, sam));

  set_active (GTK_WIDGET (view), "checklist-talk-asked-goal", TRUE);
  g_assert_true (passend_process_state_is_checked (
      passend_dossier_find_process_state (dossier, sam), "talk-asked-goal"));

  /* Step 1 -> 2 by the window's action Alt+Page Down uses, even from the
   * sidebar; 2 -> 4 by the button, 4 -> 5 by the action again. */
  gtk_widget_grab_focus (find_named (GTK_WIDGET (window), "assistant"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.next-step", NULL));
  pump ();
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 2);
  click (GTK_WIDGET (view), "next-step-button");
  click (GTK_WIDGET (view), "next-step-button");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (step_title)), ==, "Step 4 of 6: Make a plan");
  /* Alt+Page Up goes back, and forward again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.previous-step", NULL));
  pump ();
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "assistant.next-step", NULL));
  pump ();
  /* Enter on Next Step in step 4: the button goes, the focus stays on
   * the page, at the first answer of step 5. */
  gtk_widget_grab_focus (find_named (GTK_WIDGET (view), "next-step-button"));
  g_signal_emit_by_name (find_named (GTK_WIDGET (view), "next-step-button"), "activate");
  /* A button shows itself pressed for a moment before it acts. */
  for (guint i = 0; i < 5; i++)
    pump ();
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 5);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 find_named (GTK_WIDGET (view), "result-yes"));

  /* Step 5: no Next, but "Did the plan work?". */
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "next-step-button")));
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "evaluation")));
  g_assert_cmpstr (
      gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (view), "evaluation-heading"))), ==,
      "Did plan 1 work?");
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (view), "evaluate-button")));
  /* Everything on the page is on the Tab path. */
  g_assert_true (
      tab_reaches (window, GTK_WIDGET (view), "overview-step-1", "checklist-check-goals"));
  g_assert_true (tab_reaches (window, GTK_WIDGET (view), "overview-step-1", "result-partly"));
  g_assert_true (tab_reaches (window, GTK_WIDGET (view), "overview-step-1", "write-down-button"));
  g_assert_true (
      tab_reaches (window, GTK_WIDGET (view), "overview-step-1", "previous-step-button"));
  set_active (GTK_WIDGET (view), "result-partly", TRUE);
  g_assert_true (tab_reaches (window, GTK_WIDGET (view), "result-partly", "evaluate-button"));

  /* An answer not saved yet never travels to another child. */
  {
    PassendChild *mila = passend_dossier_add_child (dossier, "Mila");

    passend_window_set_child (window, mila);
    pump ();
    g_assert_false (gtk_check_button_get_active (
        GTK_CHECK_BUTTON (find_named (GTK_WIDGET (view), "result-partly"))));
    passend_window_set_child (window, sam);
    pump ();
    g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (view), "evaluate-button")));
    set_active (GTK_WIDGET (view), "result-partly", TRUE);
  }
  click (GTK_WIDGET (view), "evaluate-button");

  /* Back at step 4 with plan 2; plan 1 is in the history. */
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 4);
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "plan-history")));
  g_assert_nonnull (gtk_widget_get_first_child (find_named (GTK_WIDGET (view), "plan-history")));
  g_assert_true (
      gtk_widget_has_css_class (find_named (GTK_WIDGET (view), "overview-step-4"), "current-step"));

  /* A link opens a step of this child. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "topics"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-link", "s", "step:1"));
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "assistant");
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 1);
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "back-to-step-button")));

  /* Write step 1 down: the draft is filled in, and added only on Save. */
  click (GTK_WIDGET (view), "write-down-button");
  dialog = find_toplevel (g_type_from_name ("PassendEntryDialog"));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (
      gtk_editable_get_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), "entry-title"))), ==,
      "Step 1: Talk together");
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==, 0);
  click (GTK_WIDGET (dialog), "entry-dialog-save");
  g_assert_null (find_toplevel (g_type_from_name ("PassendEntryDialog")));
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==, 1);

  /* Noor has her own steps; Sam's come back with him. */
  noor = passend_dossier_add_child (dossier, "Noor");
  passend_window_set_child (window, noor);
  pump ();
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 1);
  g_assert_false (gtk_check_button_get_active (
      GTK_CHECK_BUTTON (find_named (GTK_WIDGET (view), "checklist-talk-asked-goal"))));
  passend_window_set_child (window, sam);
  pump ();
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 4);

  /* The advisor answers as the parent answers. */
  passend_assistant_view_show_advisor (view);
  pump ();
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "advisor-caution")));
  set_active (GTK_WIDGET (view), "advisor-formal", TRUE);
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "advisor-caution")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (view), "advisor-rung"))),
                   ==, "Talk with the teacher");
  set_active (GTK_WIDGET (view), "advisor-at-home", TRUE);
  g_assert_true (tab_reaches (window, GTK_WIDGET (view), "advisor-tried-teacher", "advisor-weeks"));
  g_assert_true (
      tab_reaches (window, GTK_WIDGET (view), "advisor-tried-teacher", "advisor-formal"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_named (GTK_WIDGET (view), "advisor-weeks")), 6);
  pump ();
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "advisor-home-sitting")));
  g_assert_nonnull (find_named (GTK_WIDGET (view), "advice-leerplichtambtenaar"));

  /* An organisation's name leads to it in Topics. */
  {
    GtkWidget *row = find_named (GTK_WIDGET (view), "advice-leerplichtambtenaar");
    GtkWidget *name = gtk_widget_get_first_child (gtk_widget_get_first_child (row));
    gboolean   handled = FALSE;

    g_assert_true (GTK_IS_LABEL (name));
    g_assert_nonnull (
        strstr (gtk_label_get_label (GTK_LABEL (name)), "href=\"org:leerplichtambtenaar\""));
    g_signal_emit_by_name (name, "activate-link", "org:leerplichtambtenaar", &handled);
    g_assert_true (handled);
    g_assert_cmpstr (passend_window_get_page (window), ==, "topics");
  }

  /* Names and ways to reach them come from the organisations directory. */
  {
    GtkWidget *row = find_named (GTK_WIDGET (view), "advice-ouders-onderwijs");
    GtkWidget *name = gtk_widget_get_first_child (gtk_widget_get_first_child (row));
    GtkWidget *reach = find_named (row, "advice-reach");

    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name)), ==, "Ouders & Onderwijs");
    g_assert_nonnull (reach);
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (reach)), "0800-5010"));
    g_assert_nonnull (
        strstr (gtk_label_get_label (GTK_LABEL (reach)), "mailto:vraag@oudersonderwijs.nl"));
    g_assert_true (gtk_label_get_selectable (GTK_LABEL (reach)));
  }
}

static void
test_assistant (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonObject *state = NULL;
  JsonObject *plan;
  JsonObject *entry;
  JsonArray  *states;
  JsonArray  *checked;

  g_setenv ("PASSEND_TODAY", "2026-11-23", TRUE);
  if (g_test_subprocess ())
    {
      run_app (assistant_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/assistant");

  root = read_dossier (dir, parser);
  states = json_object_get_array_member (root, "process");
  for (guint i = 0; i < json_array_get_length (states); i++)
    if (g_strcmp0 (
            json_object_get_string_member (json_array_get_object_element (states, i), "child_id"),
            "c1") == 0)
      state = json_array_get_object_element (states, i);
  g_assert_nonnull (state);
  g_assert_cmpint (json_object_get_int_member (state, "step"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (state, "plan"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (state, "reached_4"), ==, "2026-11-23");
  g_assert_false (json_object_has_member (state, "reached_5"));
  checked = json_object_get_array_member (state, "checked");
  g_assert_cmpuint (json_array_get_length (checked), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (checked, 0), ==, "talk-asked-goal");

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "plans")), ==, 1);
  plan = json_array_get_object_element (json_object_get_array_member (root, "plans"), 0);
  g_assert_cmpint (json_object_get_int_member (plan, "number"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (plan, "child_id"), ==, "c1");
  g_assert_cmpstr (json_object_get_string_member (plan, "made"), ==, "2026-11-23");
  g_assert_cmpstr (json_object_get_string_member (plan, "evaluated"), ==, "2026-11-23");
  g_assert_cmpstr (json_object_get_string_member (plan, "result"), ==, "partly");

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "entries")), ==, 1);
  entry = json_array_get_object_element (json_object_get_array_member (root, "entries"), 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "title"), ==, "Step 1: Talk together");
  g_assert_cmpstr (json_object_get_string_member (entry, "kind"), ==, "conversation");
  g_assert_cmpstr (json_object_get_string_member (entry, "date"), ==, "2026-11-23");
  g_assert_cmpstr (json_object_get_string_member (entry, "child_id"), ==, "c1");
  g_assert_cmpstr (json_object_get_string_member (entry, "text"), ==,
                   "Done in this step:\n✓ Asked what the meeting is for and who comes");

  test_remove_dir (home);
}

/* Accessibility: every control a screen reader meets has a name. */

static gboolean
has_label_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_text (GTK_LABEL (widget))[0] != '\0')
    return TRUE;
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL &&
      gtk_button_get_label (GTK_BUTTON (widget))[0] != '\0')
    return TRUE;
  if (GTK_IS_CHECK_BUTTON (widget) &&
      gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) != NULL)
    return TRUE;
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_POPOVER (child) && has_label_text (child))
      return TRUE;

  return FALSE;
}

static gboolean
has_accessible_name (GtkWidget *widget)
{
  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL) ||
         gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                           GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static void
describe_widget (GtkWidget *widget, GString *out)
{
  g_string_append_printf (out, "  %s", G_OBJECT_TYPE_NAME (widget));
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (g_strcmp0 (gtk_widget_get_name (w), G_OBJECT_TYPE_NAME (w)) != 0)
      {
        g_string_append_printf (out, " in \"%s\"", gtk_widget_get_name (w));
        break;
      }
  g_string_append_c (out, '\n');
}

/* Collects the controls under @widget that have no name for a screen
 * reader: buttons without text or label, fields without a label.  The
 * insides of GTK's own composite widgets are theirs to name. */
static void
audit_names (GtkWidget *widget, GString *problems)
{
  gboolean field =
      GTK_IS_ENTRY (widget) || GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_SPIN_BUTTON (widget) ||
      GTK_IS_DROP_DOWN (widget) || GTK_IS_SWITCH (widget) ||
      (GTK_IS_TEXT_VIEW (widget) && gtk_text_view_get_editable (GTK_TEXT_VIEW (widget)));
  gboolean button =
      GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget);

  if (!gtk_widget_get_visible (widget))
    return;

  if (field && !has_accessible_name (widget))
    describe_widget (widget, problems);
  /* GTK makes a button "labelled by" its child, even an icon: an icon
   * button needs a label of its own. */
  else if (button && !has_label_text (widget) &&
           !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL))
    describe_widget (widget, problems);

  if (GTK_IS_MENU_BUTTON (widget))
    {
      GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget));

      if (popover != NULL && !GTK_IS_POPOVER_MENU (popover))
        audit_names (GTK_WIDGET (popover), problems);
      return;
    }
  if (field || GTK_IS_CALENDAR (widget) || GTK_IS_WINDOW_CONTROLS (widget))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    audit_names (child, problems);
}

static void
assert_all_named (GtkWidget *root, const char *where)
{
  g_autoptr (GString) problems = g_string_new (NULL);

  audit_names (root, problems);
  if (problems->len > 0)
    g_error ("Controls without a name for screen readers (%s):\n%s", where, problems->str);
}

static void
a11y_script (PassendApplication *app, PassendWindow *window)
{
  static const char *const pages[] = { "topics", "assistant", "dossier", "preparation" };
  GtkWidget               *view;
  GtkWindow               *dialog;

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_assert_true (
          gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", pages[i]));
      pump ();
      assert_all_named (GTK_WIDGET (window), pages[i]);
    }

  /* The organisations directory, the advisor, a sheet, and the dialogs. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-link", "s",
                                             "topic:organisations"));
  pump ();
  assert_all_named (GTK_WIDGET (window), "organisations");

  view = find_named (GTK_WIDGET (window), "assistant-view");
  g_assert_nonnull (view);
  passend_assistant_view_show_advisor (PASSEND_ASSISTANT_VIEW (view));
  pump ();
  assert_all_named (GTK_WIDGET (window), "advisor");

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "preparation"));
  view = find_named (GTK_WIDGET (window), "preparation-view");
  click (view, "prep-new");
  pump ();
  assert_all_named (GTK_WIDGET (window), "a sheet");
  click (view, "prep-record");
  dialog = find_toplevel (PASSEND_TYPE_OUTCOME_DIALOG);
  g_assert_nonnull (dialog);
  assert_all_named (GTK_WIDGET (dialog), "outcome dialog");
  gtk_window_destroy (dialog);
  pump ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.new-entry", NULL));
  pump ();
  dialog = find_toplevel (g_type_from_name ("PassendEntryDialog"));
  g_assert_nonnull (dialog);
  click (GTK_WIDGET (dialog), "entry-add-agreement");
  assert_all_named (GTK_WIDGET (dialog), "entry dialog");
  gtk_window_destroy (dialog);
  pump ();
}

static void
test_accessible_names (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  g_setenv ("PASSEND_TODAY", "2026-11-23", TRUE);
  if (g_test_subprocess ())
    {
      run_app (a11y_script);
      return;
    }

  dir = prepare_dossier (
      &home, "{\"version\": 3, \"children\": [" SAM_JSON "],"
             "\"entries\": [{\"id\": \"e1\", \"kind\": \"note\", \"date\": \"2026-01-05\", "
             "\"title\": \"Old note\", \"child_id\": \"c1\", "
             "\"created\": \"2026-01-05T10:00:00Z\", \"modified\": \"2026-01-05T10:00:00Z\"}],"
             "\"agreements\": [{\"id\": \"a1\", \"child_id\": \"c1\", \"entry_id\": \"e1\", "
             "\"what\": \"Report\", \"party\": \"school\", \"due_date\": \"2026-11-02\", "
             "\"status\": \"open\", "
             "\"created\": \"2026-01-05T10:00:00Z\", \"modified\": \"2026-01-05T10:00:00Z\"}]}");
  run_in_subprocess ("/ui/accessible-names");
  test_remove_dir (home);
}

/* Which links stay inside the app and which go to the desktop. */
static void
test_app_links (void)
{
  g_assert_true (passend_is_app_link ("topic:rights"));
  g_assert_true (passend_is_app_link ("topic:rights#access"));
  g_assert_true (passend_is_app_link ("term:opp"));
  g_assert_true (passend_is_app_link ("org:cce"));
  g_assert_true (passend_is_app_link ("step:3"));
  g_assert_false (passend_is_app_link ("https://oudersonderwijs.nl"));
  g_assert_false (passend_is_app_link ("mailto:vraag@oudersonderwijs.nl"));
  g_assert_false (passend_is_app_link ("file:///etc/passwd"));
  g_assert_false (passend_is_app_link (NULL));
}

/* A row's line of text: its height from the font, any width, the text
 * its name for screen readers. */
static void
test_text_line (void)
{
  GtkWidget *line = g_object_ref_sink (passend_text_line_new ());
  int        minimum, natural;
  char      *problem;

  passend_text_line_set_text (PASSEND_TEXT_LINE (line), "Gesprek · Juf Petra · 😀 שלום");
  g_assert_cmpstr (passend_text_line_get_text (PASSEND_TEXT_LINE (line)), ==,
                   "Gesprek · Juf Petra · 😀 שלום");
  problem = gtk_test_accessible_check_property (
      GTK_ACCESSIBLE (line), GTK_ACCESSIBLE_PROPERTY_LABEL, "Gesprek · Juf Petra · 😀 שלום");
  g_assert_null (problem);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (line), GTK_ACCESSIBLE_ROLE_LABEL));

  gtk_widget_measure (line, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 0);
  gtk_widget_measure (line, GTK_ORIENTATION_VERTICAL, 100, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, >, 5);
  g_assert_cmpint (minimum, <, 100);
  g_object_unref (line);
}

/* Issue 14: the file changed outside Passend while a change here was
 * not saved yet.  The window asks; keeping mine saves it, and the other
 * version is kept as a conflict copy. */
#define OUTSIDE_ENTRY_JSON(title, moment)                                                          \
  "{\"version\": 3, \"children\": [" SAM_JSON "], \"entries\": [{\"id\": \"e1\", "                 \
  "\"kind\": \"conversation\", \"date\": \"2026-03-13\", \"child_id\": \"c1\", \"title\": "        \
  "\"" title "\", \"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"" moment "\"}]}"

static void
outside_conflict_script (PassendApplication *app, PassendWindow *window)
{
  PassendStore *store = passend_application_get_store (app);
  g_autoptr (PassendEntry) entry =
      g_list_model_get_item (passend_dossier_get_entries (passend_store_get_dossier (store)), 0);
  g_autofree char *path = g_strdup (passend_store_get_path (store));
  g_autofree char *dir = g_path_get_dirname (path);
  GtkWindow       *dialog;

  g_object_set (entry, "title", "Mine", NULL);
  g_free (test_write_file (dir, "dossier.json",
                           OUTSIDE_ENTRY_JSON ("Theirs", "2026-02-02T10:00:00.000Z"), -1));
  passend_store_check_outside (store);

  dialog = find_toplevel (g_type_from_name ("PassendConflictDialog"));
  g_assert_nonnull (dialog);
  g_assert_nonnull (find_named (GTK_WIDGET (dialog), "conflict-use-other"));
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (window), "banner-label")));

  click (GTK_WIDGET (dialog), "conflict-keep-mine");
  g_assert_null (find_toplevel (g_type_from_name ("PassendConflictDialog")));
  g_assert_cmpint (passend_store_get_conflict (store), ==, PASSEND_STORE_CONFLICT_NONE);
  g_assert_nonnull (passend_store_get_conflict_copy (store));
}

static void
test_outside_conflict (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GDir) d = NULL;
  const char *name;
  guint       copies = 0;

  if (g_test_subprocess ())
    {
      run_app (outside_conflict_script);
      return;
    }

  dir = prepare_dossier (&home, OUTSIDE_ENTRY_JSON ("First talk", "2026-01-01T10:00:00Z"));
  run_in_subprocess ("/ui/outside-conflict");

  path = g_build_filename (dir, "dossier.json", NULL);
  contents = test_read_file (path, NULL);
  g_assert_nonnull (strstr (contents, "\"Mine\""));
  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "dossier-conflict-"))
      {
        g_autofree char *copy = g_build_filename (dir, name, NULL);
        g_autofree char *text = test_read_file (copy, NULL);

        g_assert_nonnull (strstr (text, "\"Theirs\""));
        copies++;
      }
  g_assert_cmpuint (copies, ==, 1);

  test_remove_dir (home);
}

/* A dossier too large to open: a plain message, no empty dossier and
 * no backup offered in its place. */
static void
too_large_script (PassendApplication *app, PassendWindow *window)
{
  g_assert_cmpstr (passend_window_get_page (window), ==, "problem");
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (window), "start-afresh-button")));
  g_assert_false (
      gtk_widget_get_visible (find_named (GTK_WIDGET (window), "restore-backup-button")));
}

static void
test_too_large (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  struct stat      st;

  if (g_test_subprocess ())
    {
      run_app (too_large_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON);
  path = g_build_filename (dir, "dossier.json", NULL);
  g_assert_cmpint (truncate (path, (off_t)PASSEND_STORE_MAX_FILE_SIZE + 1), ==, 0);
  run_in_subprocess ("/ui/too-large");
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, (off_t)PASSEND_STORE_MAX_FILE_SIZE + 1);

  test_remove_dir (home);
}

int
main (int argc, char *argv[])
{
  /* No session bus here, as in CI: the lock file keeps one writer. */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/passend-test-bus", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);

  g_log_set_writer_func (log_writer_cb, NULL, NULL);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/first-start", test_first_start);
  g_test_add_func ("/ui/children", test_children);
  g_test_add_func ("/ui/damaged-file", test_damaged_file);
  g_test_add_func ("/ui/newer-version", test_newer_version);
  g_test_add_func ("/ui/dossier", test_dossier);
  g_test_add_func ("/ui/entry-draft", test_entry_draft);
  g_test_add_func ("/ui/topics", test_topics);
  g_test_add_func ("/ui/preparation", test_preparation);
  g_test_add_func ("/ui/assistant", test_assistant);
  g_test_add_func ("/ui/accessible-names", test_accessible_names);
  g_test_add_func ("/ui/app-links", test_app_links);
  g_test_add_func ("/ui/text-line", test_text_line);
  g_test_add_func ("/ui/outside-conflict", test_outside_conflict);
  g_test_add_func ("/ui/too-large", test_too_large);

  return g_test_run ();
}
