/* test-ui-window.c - the window: first start, children, a damaged or newer file, links, and names
 * for screen readers, driven under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "passend-assistant-view.h"
#include "passend-dossier-view.h"
#include "passend-entry-dialog.h"
#include "passend-outcome-dialog.h"
#include "passend-preparation-view.h"
#include "passend-ui-util.h"
#include "passend-status-page.h"
#include "ui-harness.h"

static void
first_start_script (PassendApplication *app, PassendWindow *window)
{
  static const char *const pages[] = { "assistant", "dossier", "preparation", "topics" };
  GtkWidget               *entry;

  g_assert_cmpstr (passend_window_get_page (window), ==, "welcome");

  /* The welcome picture is drawn from the resources at its size, not
   * looked up in the icon theme (which reads the whole theme first). */
  {
    GtkWidget *welcome = gtk_widget_get_ancestor (
        find_named (GTK_WIDGET (window), "welcome-name-entry"), PASSEND_TYPE_STATUS_PAGE);
    GtkImage *image = GTK_IMAGE (find_by_type (welcome, GTK_TYPE_IMAGE));
    int       size = 96 * gtk_widget_get_scale_factor (GTK_WIDGET (image));

    g_assert_cmpint (gtk_image_get_storage_type (image), ==, GTK_IMAGE_PAINTABLE);
    g_assert_cmpint (gdk_paintable_get_intrinsic_width (gtk_image_get_paintable (image)), ==, size);

    /* The style sheet's room round the page's text reaches it. */
    {
      GtkWidget *text_box = gtk_widget_get_parent (GTK_WIDGET (image));
      GtkBorder  margin;

      gtk_style_context_get_margin (gtk_widget_get_style_context (text_box), &margin);
      g_assert_cmpint (margin.top, ==, 36);
      g_assert_cmpint (margin.left, ==, 12);
    }
  }

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
  g_assert_true (gtk_widget_get_mapped (find_named (GTK_WIDGET (window), "topics-view")));
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

/* With no dossier yet there is nothing to read: the window opens on the
 * welcome page, not on Topics for a moment first. */
static void
first_start_at_once (PassendApplication *app, PassendWindow *window)
{
  g_assert_cmpint (passend_store_get_state (passend_application_get_store (app)), ==,
                   PASSEND_STORE_STATE_NEW);
  g_assert_cmpstr (passend_window_get_page (window), ==, "welcome");
  /* Nor is the content page (sidebar, Topics) made for a first frame
   * that does not show it, nor a drop-down with no child to choose. */
  g_assert_null (find_named (GTK_WIDGET (window), "sidebar"));
  g_assert_null (find_named (GTK_WIDGET (window), "topics-view"));
  g_assert_null (find_named (GTK_WIDGET (window), "child-dropdown"));
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
      run_app_at_once (first_start_at_once, first_start_script);
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

/* The file is gone but backups are there: nothing is read, so the
 * window opens at once on the question, never on an empty dossier. */
static void
missing_at_once (PassendApplication *app, PassendWindow *window)
{
  g_assert_cmpint (passend_store_get_state (passend_application_get_store (app)), ==,
                   PASSEND_STORE_STATE_MISSING);
  g_assert_cmpstr (passend_window_get_page (window), ==, "problem");
}

static void
missing_script (PassendApplication *app, PassendWindow *window)
{
  g_assert_cmpstr (passend_window_get_page (window), ==, "problem");
  g_assert_true (
      gtk_widget_get_visible (find_named (GTK_WIDGET (window), "restore-backup-button")));
  click (GTK_WIDGET (window), "restore-backup-button");
  g_assert_cmpstr (passend_window_get_page (window), ==, "topics");
  g_assert_cmpstr (selected_child_name (window), ==, "Noor");
}

static void
test_missing_file (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *backups = NULL;

  if (g_test_subprocess ())
    {
      run_app_at_once (missing_at_once, missing_script);
      return;
    }

  dir = prepare_data_home (&home);
  backups = g_build_filename (dir, "backups", NULL);
  g_assert_cmpint (g_mkdir_with_parents (backups, 0700), ==, 0);
  g_free (test_write_file (
      backups, "dossier-20260101-100000-000.json",
      "{\"version\": 1, \"children\": [{\"id\": \"c1\", \"name\": \"Noor\", "
      "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}]}",
      -1));
  run_in_subprocess ("/ui/missing-file");
  test_remove_dir (home);
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
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (window), "write-down-button")));
  g_assert_false (
      gtk_widget_is_sensitive (find_named (GTK_WIDGET (window), "checklist-talk-asked-goal")));
  /* Next Step only shows the next step, so it may be read; marking it
   * reached is what is switched off. */
  click (GTK_WIDGET (window), "next-step-button");
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (window), "reach-box")));
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (window), "reach-button")));
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (window), "write-down-button")));
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

/* What a screen reader would say wrong: a type name ("GtkButton"), a
 * mnemonic underscore ("_Start"), or a name said twice ("Start Start",
 * "_Start Start"). */
static const char *
spoken_problem (const char *name)
{
  g_auto (GStrv) words = NULL;
  guint n;

  if (name == NULL || name[0] == '\0')
    return NULL;
  if (g_regex_match_simple ("^(Gtk|Passend|Adw)[A-Z][A-Za-z]*$", name, 0, 0))
    return "a type name";
  if (g_regex_match_simple ("_[[:alnum:]]", name, 0, 0))
    return "a mnemonic underscore";

  words = g_strsplit (name, " ", -1);
  n = g_strv_length (words);
  if (n % 2 == 0 && n > 0)
    {
      gboolean same = TRUE;

      for (guint i = 0; i < n / 2; i++)
        {
          const char *a = words[i][0] == '_' ? words[i] + 1 : words[i];

          same = same && g_strcmp0 (a, words[i + n / 2]) == 0;
        }
      if (same)
        return "the same words twice";
    }
  return NULL;
}

/* The accessible label set on @widget, if any. */
static char *
accessible_label (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  /* Returns the value when it differs from the one asked about. */
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                             "\x01");
}

static void
audit_spoken (GtkWidget *widget, GString *problems)
{
  g_autofree char *label = NULL;
  const char      *problem;

  /* Only what is on screen is read out. */
  if (!gtk_widget_get_mapped (widget))
    return;

  label = accessible_label (widget);
  if ((problem = spoken_problem (label)) != NULL)
    {
      g_string_append_printf (problems, "  \"%s\" is %s:", label, problem);
      describe_widget (widget, problems);
    }
  /* A shown underscore is read out too. */
  if (GTK_IS_BUTTON (widget) && !gtk_button_get_use_underline (GTK_BUTTON (widget)) &&
      (problem = spoken_problem (gtk_button_get_label (GTK_BUTTON (widget)))) != NULL)
    {
      g_string_append_printf (problems, "  button text \"%s\" is %s:",
                              gtk_button_get_label (GTK_BUTTON (widget)), problem);
      describe_widget (widget, problems);
    }
  if (GTK_IS_LABEL (widget) && !gtk_label_get_use_underline (GTK_LABEL (widget)) &&
      g_regex_match_simple ("(^|\\s)_\\w", gtk_label_get_text (GTK_LABEL (widget)), 0, 0))
    {
      g_string_append_printf (
          problems, "  label \"%s\" shows an underscore:", gtk_label_get_text (GTK_LABEL (widget)));
      describe_widget (widget, problems);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    audit_spoken (child, problems);
}

static void
assert_all_named (GtkWidget *root, const char *where)
{
  g_autoptr (GString) problems = g_string_new (NULL);

  audit_names (root, problems);
  audit_spoken (root, problems);
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

/* The checks of spoken names catch what a screen reader said wrong. */
static void
test_spoken_problems (void)
{
  g_assert_nonnull (spoken_problem ("GtkButton"));
  g_assert_nonnull (spoken_problem ("GtkToggleButton"));
  g_assert_nonnull (spoken_problem ("GtkBox"));
  g_assert_nonnull (spoken_problem ("_Start Start"));
  g_assert_nonnull (spoken_problem ("Start Start"));
  g_assert_nonnull (spoken_problem ("_Open"));
  g_assert_nonnull (spoken_problem ("Save as _PDF"));
  g_assert_null (spoken_problem ("Start"));
  g_assert_null (spoken_problem ("Move point 1 up (Alt+Up)"));
  g_assert_null (spoken_problem ("Gtk is a toolkit"));
  g_assert_nonnull (spoken_problem ("Sa_ve as PDF"));
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

/* The About dialog does not open with its title selected. */
static void
about_script (PassendApplication *app, PassendWindow *window)
{
  GtkWindow *about;
  GtkWidget *focus;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  pump ();
  about = find_toplevel (GTK_TYPE_ABOUT_DIALOG);
  g_assert_nonnull (about);
  focus = gtk_root_get_focus (GTK_ROOT (about));
  if (focus != NULL)
    {
      GtkWidget *label =
          GTK_IS_LABEL (focus) ? focus : gtk_widget_get_ancestor (focus, GTK_TYPE_LABEL);

      g_assert_true (label == NULL ||
                     !gtk_label_get_selection_bounds (GTK_LABEL (label), NULL, NULL));
    }
  gtk_window_destroy (about);
  pump ();
}

static void
test_about (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      run_app (about_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/about");
  test_remove_dir (home);
}

/* Without yelp, F1 opens the help as HTML in the browser, in the
 * parent's language. */
static void
help_html_script (PassendApplication *app, PassendWindow *window)
{
  g_autofree char *english = NULL;
  g_autofree char *dutch = NULL;

  g_setenv ("LANGUAGE", "en", TRUE);
  english = passend_application_get_help_uri (app);
  g_setenv ("LANGUAGE", "nl", TRUE);
  dutch = passend_application_get_help_uri (app);

  g_assert_true (g_str_has_prefix (english, "file:///"));
  g_assert_true (g_str_has_suffix (english, "/html-C/index.html"));
  g_assert_true (g_str_has_suffix (dutch, "/html-nl/index.html"));
  {
    g_autofree char *path = g_filename_from_uri (dutch, NULL, NULL);
    g_autofree char *html = test_read_file (path, NULL);

    g_assert_nonnull (strstr (html, "Hulp bij Passend"));
  }
}

static void
test_help_html (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = g_strdup (g_getenv ("PATH"));
  g_autofree char *html = g_test_build_filename (G_TEST_BUILT, "..", "..", "help", NULL);

  if (g_test_subprocess ())
    {
      run_app (help_html_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  /* No yelp on the path. */
  g_setenv ("PATH", "/nonexistent", TRUE);
  g_setenv ("PASSEND_HELP_HTML_DIR", html, TRUE);
  run_in_subprocess ("/ui/help-html");
  g_setenv ("PATH", path, TRUE);
  g_unsetenv ("PASSEND_HELP_HTML_DIR");
  test_remove_dir (home);
}

#define NOTE_JSON(id, date)                                                                        \
  "{\"id\": \"" id "\", \"kind\": \"note\", \"child_id\": \"c1\", \"date\": \"" date               \
  "\", \"title\": \"Talk " id "\", \"created\": \"2026-02-03T10:00:00Z\", "                        \
  "\"modified\": \"2026-02-03T10:00:00Z\"}"

/* Before the dossier is read: the window is there, Topics can be read,
 * a page that shows the dossier says it is being opened, and nothing is
 * written yet. */
static void
window_first_at_once (PassendApplication *app, PassendWindow *window)
{
  PassendStore *store = passend_application_get_store (app);
  GtkWidget    *loading = find_named (GTK_WIDGET (window), "loading-page");
  GtkWidget    *view;

  g_assert_cmpint (passend_store_get_state (store), ==, PASSEND_STORE_STATE_UNLOADED);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "topics"));
  g_assert_cmpstr (passend_window_get_page (window), ==, "topics");
  g_assert_false (gtk_widget_get_visible (loading));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "dossier"));
  g_assert_cmpstr (passend_window_get_page (window), ==, "loading");
  view = find_named (GTK_WIDGET (window), "dossier-view");
  g_assert_true (gtk_widget_get_visible (loading));
  g_assert_false (passend_store_get_writable (store));

  /* Back to Topics: the Dossier page, not shown, sorts nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "topics"));
  g_assert_cmpuint (
      g_list_model_get_n_items (passend_dossier_view_get_shown (PASSEND_DOSSIER_VIEW (view))), ==,
      0);
}

static void
window_first_script (PassendApplication *app, PassendWindow *window)
{
  GtkWidget *view = find_named (GTK_WIDGET (window), "dossier-view");
  GtkWidget *list, *row;
  g_autoptr (PassendSheet) sheet = NULL;

  /* Read while Topics is shown: the Dossier page's lists wait for it. */
  g_assert_cmpstr (passend_window_get_page (window), ==, "topics");
  g_assert_cmpstr (selected_child_name (window), ==, "Sam");
  g_assert_cmpuint (
      g_list_model_get_n_items (passend_dossier_view_get_shown (PASSEND_DOSSIER_VIEW (view))), ==,
      0);
  g_assert_true (passend_store_get_writable (passend_application_get_store (app)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "dossier"));
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "dossier");
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (window), "loading-page")));
  g_assert_cmpuint (
      g_list_model_get_n_items (passend_dossier_view_get_shown (PASSEND_DOSSIER_VIEW (view))), ==,
      2);

  /* The Deadlines page counts for its badge, but makes its rows only
   * once it is shown. */
  list = find_named (GTK_WIDGET (window), "deadlines-list");
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (window), "deadlines-badge")));
  g_assert_null (gtk_widget_get_first_child (list));
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "deadlines"));
  pump ();
  row = gtk_widget_get_first_child (list);
  g_assert_nonnull (row);

  /* A new talk changes no deadline: the rows stay as they are. */
  sheet = passend_sheet_new ("c1");
  passend_dossier_add_sheet (passend_store_get_dossier (passend_application_get_store (app)),
                             sheet);
  pump ();
  g_assert_true (gtk_widget_get_first_child (list) == row);
}

static const char window_first_json[] =
    "{\"version\": 3, \"children\": [" SAM_JSON "], "
    "\"entries\": [" NOTE_JSON ("e1", "2026-02-03") ", " NOTE_JSON (
        "e2",
        "2026-02-04") "], "
                      "\"agreements\": [{\"id\": \"a1\", \"child_id\": \"c1\", \"entry_id\": "
                      "\"e1\", "
                      "\"what\": \"Report\", \"party\": \"school\", \"due_date\": \"2026-02-10\", "
                      "\"status\": \"open\", \"created\": \"2026-02-03T10:00:00Z\", "
                      "\"modified\": \"2026-02-03T10:00:00Z\"}]}";

static void
test_window_first (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      run_app_at_once (window_first_at_once, window_first_script);
      return;
    }

  dir = prepare_dossier (&home, window_first_json);
  run_in_subprocess ("/ui/window-first");
  test_remove_dir (home);
}

/* The keyboard shortcuts window is made when first asked for (Ctrl+?),
 * not with the main window. */
#define SHORTCUTS_MAX_WIDTH 1024

/* The title of the search shortcut in the language of the test. */
static const char *search_title = "Search the topics";

static gboolean
has_shortcut (GtkWidget *root, const char *title)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (root))
    {
      g_autofree char *text = NULL;

      g_object_get (root, "title", &text, NULL);
      if (g_strcmp0 (text, title) == 0)
        return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_shortcut (child, title))
      return TRUE;
  return FALSE;
}

static void
shortcuts_script (PassendApplication *app, PassendWindow *window)
{
  GtkApplicationWindow *app_window = GTK_APPLICATION_WINDOW (window);
  g_auto (GStrv) accels =
      gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay");
  GtkShortcutsWindow *shortcuts;

  g_assert_null (gtk_application_window_get_help_overlay (app_window));
  g_assert_true (g_strv_contains ((const char *const *)accels, "<Control>question"));

  /* GTK 4.8's page switcher of a GtkShortcutsSection with more than
   * one page warns about its page numbers' labels, with any theme. */
  ui_allow_warning ("reported min width");
  g_assert_true (press_key (GTK_WINDOW (window), GDK_KEY_question, GDK_CONTROL_MASK));
  pump ();
  shortcuts = gtk_application_window_get_help_overlay (app_window);
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (shortcuts)) == GTK_WINDOW (window));

  /* It fits on a screen 1024 pixels wide, in English and in Dutch:
   * where a shortcut works is a subtitle, not a longer title. */
  {
    int natural = 0;

    gtk_widget_measure (GTK_WIDGET (shortcuts), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural,
                        NULL, NULL);
    g_test_message ("shortcuts window: %d pixels wide", natural);
    g_assert_cmpint (natural, <=, SHORTCUTS_MAX_WIDTH);
    g_assert_true (has_shortcut (GTK_WIDGET (shortcuts), search_title));
  }

  /* Closed and asked for again: the same window comes back. */
  gtk_window_close (GTK_WINDOW (shortcuts));
  pump ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  pump ();
  g_assert_true (gtk_application_window_get_help_overlay (app_window) == shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_window_close (GTK_WINDOW (shortcuts));
  pump ();
  ui_allow_warning (NULL);
}

static void
test_shortcuts (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      run_app (shortcuts_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/shortcuts");
  test_remove_dir (home);
}

static void
test_shortcuts_dutch (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      ui_use_dutch ();
      search_title = "Zoeken in de onderwerpen";
      run_app (shortcuts_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/shortcuts-dutch");
  test_remove_dir (home);
}

/* Whether @model, or a section of it, has an item for @action. */
static gboolean
menu_has_action (GMenuModel *model, const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (section != NULL && menu_has_action (section, action))
        return TRUE;
      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
    }
  return FALSE;
}

/* The menu opened by @button: made only now, shown, with @action. */
static void
assert_menu_opens (PassendWindow *window, const char *button, const char *action)
{
  GtkMenuButton *menu_button = GTK_MENU_BUTTON (find_named (GTK_WIDGET (window), button));
  GtkPopover    *popover;

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (menu_button)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (menu_button)));
  g_assert_null (gtk_menu_button_get_popover (menu_button));
  if (g_str_equal (button, "primary-menu-button"))
    g_assert_true (press_key (GTK_WINDOW (window), GDK_KEY_F10, 0));
  else
    gtk_menu_button_popup (menu_button);
  pump ();

  popover = gtk_menu_button_get_popover (menu_button);
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (
      menu_has_action (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)), action));
  gtk_popover_popdown (popover);
  pump ();

  /* Opened again: the same menu. */
  gtk_menu_button_popup (menu_button);
  pump ();
  g_assert_true (gtk_menu_button_get_popover (menu_button) == popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gtk_popover_popdown (popover);
  pump ();
}

/* The two menus are made when first opened, not with the window; F10
 * still opens the main menu. */
static void
menus_script (PassendApplication *app, PassendWindow *window)
{
  assert_menu_opens (window, "primary-menu-button", "win.show-help-overlay");
  assert_menu_opens (window, "child-menu-button", "child.add");
}

static void
test_menus (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      run_app (menus_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/menus");
  test_remove_dir (home);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/first-start", test_first_start);
  g_test_add_func ("/ui/children", test_children);
  g_test_add_func ("/ui/damaged-file", test_damaged_file);
  g_test_add_func ("/ui/missing-file", test_missing_file);
  g_test_add_func ("/ui/newer-version", test_newer_version);
  g_test_add_func ("/ui/accessible-names", test_accessible_names);
  g_test_add_func ("/ui/app-links", test_app_links);
  g_test_add_func ("/ui/spoken-problems", test_spoken_problems);
  g_test_add_func ("/ui/outside-conflict", test_outside_conflict);
  g_test_add_func ("/ui/too-large", test_too_large);
  g_test_add_func ("/ui/about", test_about);
  g_test_add_func ("/ui/help-html", test_help_html);
  g_test_add_func ("/ui/window-first", test_window_first);
  g_test_add_func ("/ui/shortcuts", test_shortcuts);
  g_test_add_func ("/ui/shortcuts-dutch", test_shortcuts_dutch);
  g_test_add_func ("/ui/menus", test_menus);

  return g_test_run ();
}
