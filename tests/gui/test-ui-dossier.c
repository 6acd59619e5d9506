/* test-ui-dossier.c - the Dossier page and the entry dialog, driven under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "passend-agreement-editor.h"
#include "passend-clock.h"
#include "passend-date-entry.h"
#include "passend-dossier-view.h"
#include "passend-entry-dialog.h"
#include "passend-text-line.h"
#include "passend-ui-util.h"
#include "ui-harness.h"

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
  /* A new title only (no sorting or counting again) still shows an
   * entry the search now finds. */
  {
    PassendDossier *dossier = passend_store_get_dossier (passend_application_get_store (app));
    g_autoptr (PassendEntry) first =
        g_list_model_get_item (passend_dossier_get_entries (dossier), 0);
    g_autofree char *title = g_strdup (passend_entry_get_title (first));

    g_object_set (first, "title", "Nothing like this before", NULL);
    pump ();
    g_assert_cmpuint (n_shown (view), ==, 1);
    g_object_set (first, "title", title, NULL);
    pump ();
    g_assert_cmpuint (n_shown (view), ==, 0);

    /* Two titles before the page updates: both found. */
    {
      g_autoptr (PassendEntry) second =
          g_list_model_get_item (passend_dossier_get_entries (dossier), 1);
      g_autofree char *second_title = g_strdup (passend_entry_get_title (second));

      g_object_set (first, "title", "Nothing like this before", NULL);
      g_object_set (second, "title", "Nothing like this after", NULL);
      pump ();
      g_assert_cmpuint (n_shown (view), ==, 2);
      g_object_set (first, "title", title, NULL);
      g_object_set (second, "title", second_title, NULL);
      pump ();
      g_assert_cmpuint (n_shown (view), ==, 0);
    }
  }
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
  click (GTK_WIDGET (find_toplevel (g_type_from_name ("PassendEntryReadDialog"))),
         "entry-read-edit");
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

/* A document picked with the file chooser is kept, and its name stays
 * out of the Recent list every program shows; what another program put
 * there stays. */
static void
recent_script (PassendApplication *app, PassendWindow *window)
{
  g_autofree char *folder = g_build_filename (g_getenv ("XDG_DATA_HOME"), "from-school", NULL);
  g_autofree char *source = NULL;
  g_autoptr (GFile) file = NULL;
  GtkWindow *dialog;
  GtkWindow *chooser;
  gint64     deadline;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  source = test_write_file (folder, "Diagnose Sam.pdf", "%PDF-1.4 diagnose", -1);
  file = g_file_new_for_path (source);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.new-entry", NULL));
  dialog = find_toplevel (PASSEND_TYPE_ENTRY_DIALOG);
  g_assert_nonnull (dialog);
  click (GTK_WIDGET (dialog), "entry-add-document");
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
  pump ();
  /* As the parent presses Add: GTK adds the file to Recent then. */
  g_signal_emit_by_name (
      gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT), "clicked");
  pump ();
  g_assert_null (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));

  /* GTK writes Recent a moment after the addition. */
  deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline ||
         !gtk_widget_is_sensitive (find_named (GTK_WIDGET (dialog), "entry-dialog-save")))
    pump ();
  click (GTK_WIDGET (dialog), "entry-dialog-save");
  g_assert_null (find_toplevel (PASSEND_TYPE_ENTRY_DIALOG));
}

static void
test_recent (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *recent = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GBookmarkFile) bookmarks = g_bookmark_file_new ();
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;

  g_setenv ("PASSEND_TODAY", "2026-11-23", TRUE);
  if (g_test_subprocess ())
    {
      run_app (recent_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  recent = g_build_filename (home, "recently-used.xbel", NULL);
  g_bookmark_file_add_application (bookmarks, "file:///home/parent/Holiday.jpg", "Other Program",
                                   "other %u");
  g_assert_true (g_bookmark_file_to_file (bookmarks, recent, NULL));

  run_in_subprocess ("/ui/recent");

  root = read_dossier (dir, parser);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "documents")), ==,
                    1);
  text = test_read_file (recent, NULL);
  g_assert_null (strstr (text, "Diagnose"));
  g_assert_nonnull (strstr (text, "Holiday.jpg"));

  test_remove_dir (home);
}

/* The agreement editor of both dialogs: Tab goes through its controls
 * in reading order, and each has a name for screen readers. */
static void
check_tab_order (gboolean compact, const PassendAgreementField *order, guint n_order)
{
  GtkWidget              *window = gtk_window_new ();
  PassendAgreementEditor *editor =
      PASSEND_AGREEMENT_EDITOR (passend_agreement_editor_new (NULL, compact));
  GtkWidget *first = passend_agreement_editor_get_field (editor, PASSEND_AGREEMENT_FIELD_WHAT);

  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));
  gtk_window_present (GTK_WINDOW (window));
  /* A loaded machine may take a while to map the window. */
  while (!gtk_widget_get_mapped (window) && g_get_monotonic_time () < deadline)
    pump ();
  gtk_widget_grab_focus (first);
  pump ();

  for (guint i = 0; i < n_order; i++)
    {
      GtkWidget *field = passend_agreement_editor_get_field (editor, order[i]);
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      /* The key press of the step before may still be on its way. */
      deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
      while (focus != field && (focus == NULL || !gtk_widget_is_ancestor (focus, field)) &&
             g_get_monotonic_time () < deadline)
        {
          pump ();
          focus = gtk_root_get_focus (GTK_ROOT (window));
        }
      g_assert_nonnull (focus);
      g_assert_true (focus == field || gtk_widget_is_ancestor (focus, field));
      {
        GtkWidget *named =
            PASSEND_IS_DATE_ENTRY (field)
                ? GTK_WIDGET (passend_date_entry_get_entry (PASSEND_DATE_ENTRY (field)))
                : field;
        /* Differs from an unset label only when a label is set. */
        g_autofree char *problem = gtk_test_accessible_check_property (
            GTK_ACCESSIBLE (named), GTK_ACCESSIBLE_PROPERTY_LABEL, NULL);

        g_assert_nonnull (problem);
      }

      /* The date field is an entry and a calendar button. */
      if (order[i] == PASSEND_AGREEMENT_FIELD_DUE)
        {
          g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
          pump ();
        }
      if (i + 1 < n_order)
        {
          g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
          pump ();
        }
    }

  gtk_window_destroy (GTK_WINDOW (window));
  pump ();
}

static void
test_agreement_editor (void)
{
  static const PassendAgreementField full[] = {
    PASSEND_AGREEMENT_FIELD_WHAT,    PASSEND_AGREEMENT_FIELD_REMOVE, PASSEND_AGREEMENT_FIELD_PARTY,
    PASSEND_AGREEMENT_FIELD_WHO,     PASSEND_AGREEMENT_FIELD_DUE,    PASSEND_AGREEMENT_FIELD_STATUS,
    PASSEND_AGREEMENT_FIELD_OUTCOME,
  };
  static const PassendAgreementField compact[] = {
    PASSEND_AGREEMENT_FIELD_WHAT, PASSEND_AGREEMENT_FIELD_REMOVE, PASSEND_AGREEMENT_FIELD_PARTY,
    PASSEND_AGREEMENT_FIELD_WHO,  PASSEND_AGREEMENT_FIELD_DUE,
  };

  check_tab_order (FALSE, full, G_N_ELEMENTS (full));
  check_tab_order (TRUE, compact, G_N_ELEMENTS (compact));
}

/* Tab in an agreement follows the reading order, not where a control
 * happens to sit: with Remove moved to the bottom right, Tab from "By
 * when" still goes on to the status, and Remove comes after the what. */
static void
test_agreement_tab_fixed (void)
{
  GtkWidget              *window = gtk_window_new ();
  PassendAgreementEditor *editor =
      PASSEND_AGREEMENT_EDITOR (passend_agreement_editor_new (NULL, FALSE));
  GtkWidget *remove = passend_agreement_editor_get_field (editor, PASSEND_AGREEMENT_FIELD_REMOVE);
  GtkWidget *due = passend_agreement_editor_get_field (editor, PASSEND_AGREEMENT_FIELD_DUE);
  GtkWidget *grid = gtk_widget_get_ancestor (remove, GTK_TYPE_GRID);
  GtkLayoutChild *layout =
      gtk_layout_manager_get_layout_child (gtk_widget_get_layout_manager (grid), remove);

  gtk_grid_layout_child_set_row (GTK_GRID_LAYOUT_CHILD (layout), 3);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 5; i++)
    pump ();

  gtk_widget_grab_focus (passend_agreement_editor_get_field (editor, PASSEND_AGREEMENT_FIELD_WHAT));
  g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == remove);

  gtk_widget_grab_focus (GTK_WIDGET (passend_date_entry_get_entry (PASSEND_DATE_ENTRY (due))));
  g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD)); /* its calendar */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), due));
  g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_is_ancestor (
      gtk_root_get_focus (GTK_ROOT (window)),
      passend_agreement_editor_get_field (editor, PASSEND_AGREEMENT_FIELD_STATUS)));

  gtk_window_destroy (GTK_WINDOW (window));
  pump ();
}

/* Sam with one note. */
#define ONE_NOTE_JSON                                                                              \
  "{\"version\": 1, \"children\": [" SAM_JSON "],"                                                 \
  "\"entries\": [{\"id\": \"e1\", \"kind\": \"note\", \"date\": \"2026-01-05\", "                  \
  "\"title\": \"Old note\", \"child_id\": \"c1\", "                                                \
  "\"created\": \"2026-01-05T10:00:00Z\", \"modified\": \"2026-01-05T10:00:00Z\"}]}"

static void
show_page (PassendWindow *window, const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", name));
  pump ();
}

/* Undo after a delete works with the focus on the sidebar, and the bar
 * stays until the parent leaves the page. */
static void
undo_anywhere_script (PassendApplication *app, PassendWindow *window)
{
  PassendDossierView *view;
  GtkWindow          *dialog;
  GtkRevealer        *bar;

  show_page (window, "dossier");
  view = PASSEND_DOSSIER_VIEW (find_named (GTK_WIDGET (window), "dossier-view"));
  bar = GTK_REVEALER (
      gtk_widget_get_ancestor (find_named (GTK_WIDGET (view), "undo-label"), GTK_TYPE_REVEALER));
  g_assert_cmpuint (n_shown (view), ==, 1);

  g_signal_emit_by_name (find_named (GTK_WIDGET (view), "dossier-list"), "activate", 0);
  dialog = find_toplevel (g_type_from_name ("PassendEntryReadDialog"));
  g_assert_nonnull (dialog);
  click (GTK_WIDGET (dialog), "entry-read-delete");
  g_assert_cmpuint (n_shown (view), ==, 0);
  g_assert_true (gtk_revealer_get_reveal_child (bar));

  gtk_widget_grab_focus (find_named (GTK_WIDGET (window), "sidebar"));
  g_assert_true (press_key (GTK_WINDOW (window), GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpuint (n_shown (view), ==, 1);
  g_assert_false (gtk_revealer_get_reveal_child (bar));

  /* Deleted again: no timer ends it, leaving the page does. */
  g_signal_emit_by_name (find_named (GTK_WIDGET (view), "dossier-list"), "activate", 0);
  click (GTK_WIDGET (find_toplevel (g_type_from_name ("PassendEntryReadDialog"))),
         "entry-read-delete");
  show_page (window, "topics");
  show_page (window, "dossier");
  g_assert_false (gtk_revealer_get_reveal_child (bar));
  g_assert_false (press_key (GTK_WINDOW (window), GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpuint (n_shown (view), ==, 0);
}

static void
test_undo_anywhere (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();

  if (g_test_subprocess ())
    {
      run_app (undo_anywhere_script);
      return;
    }

  dir = prepare_dossier (&home, ONE_NOTE_JSON);
  run_in_subprocess ("/ui/undo-anywhere");

  g_assert_cmpuint (
      json_array_get_length (json_object_get_array_member (read_dossier (dir, parser), "entries")),
      ==, 0);
  test_remove_dir (home);
}

/* "Nothing found" offers a way back: Clear Search when words hide the
 * entries, Show Everything when the filter does. */
static void
nothing_found_script (PassendApplication *app, PassendWindow *window)
{
  PassendDossierView *view;
  GtkWidget          *clear;
  GtkWidget          *show_all;

  show_page (window, "dossier");
  view = PASSEND_DOSSIER_VIEW (find_named (GTK_WIDGET (window), "dossier-view"));
  clear = find_named (GTK_WIDGET (view), "dossier-clear-search");
  show_all = find_named (GTK_WIDGET (view), "dossier-show-all");

  search_for (GTK_WIDGET (window), "nothing like this");
  g_assert_cmpuint (n_shown (view), ==, 0);
  g_assert_true (gtk_widget_is_visible (clear));
  g_assert_false (gtk_widget_is_visible (show_all));
  click (GTK_WIDGET (view), "dossier-clear-search");
  for (guint i = 0; i < 5; i++)
    pump ();
  g_assert_cmpuint (n_shown (view), ==, 1);
  g_assert_cmpstr (
      gtk_editable_get_text (GTK_EDITABLE (find_named (GTK_WIDGET (view), "dossier-search"))), ==,
      "");

  {
    g_autofree char *note = g_strdup_printf ("filter-kind-%d", PASSEND_ENTRY_KIND_NOTE);

    set_active (GTK_WIDGET (view), note, FALSE);
  }
  g_assert_cmpuint (n_shown (view), ==, 0);
  g_assert_false (gtk_widget_is_visible (clear));
  g_assert_true (gtk_widget_is_visible (show_all));
  click (GTK_WIDGET (view), "dossier-show-all");
  g_assert_cmpuint (n_shown (view), ==, 1);
}

static void
test_nothing_found (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      run_app (nothing_found_script);
      return;
    }

  dir = prepare_dossier (&home, ONE_NOTE_JSON);
  run_in_subprocess ("/ui/nothing-found");
  test_remove_dir (home);
}

/* An agreement says how late it is and where it was made, with a link
 * that opens that entry. */
static void
agreement_source_script (PassendApplication *app, PassendWindow *window)
{
  PassendDossierView *view;
  GtkWidget          *list;
  GtkWidget          *source;
  GtkWidget          *row;
  gboolean            handled = FALSE;

  show_page (window, "dossier");
  view = PASSEND_DOSSIER_VIEW (find_named (GTK_WIDGET (window), "dossier-view"));
  /* "1 overdue" is never broken over two lines. */
  g_assert_nonnull (
      strstr (gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (view), "dossier-summary"))),
              "1\u00a0overdue"));
  gtk_stack_set_visible_child_name (
      GTK_STACK (find_named (GTK_WIDGET (view), "dossier-view-stack")), "agreements");
  pump ();
  list = find_named (GTK_WIDGET (view), "agreements-list");
  row = find_by_type (list, g_type_from_name ("PassendAgreementRow"));
  g_assert_nonnull (row);
  {
    g_autofree char *name =
        gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                            "Report. 12 days overdue: it was "
                                            "due on 11 November 2026");

    g_assert_null (name);
  }
  source = find_named (row, "agreement-source");
  g_assert_true (gtk_widget_is_visible (source));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (source)), ==,
                   "Agreed in: Talk with Juf Petra, 10 November 2026");

  g_signal_emit_by_name (source, "activate-link", "entry", &handled);
  g_assert_true (handled);
  pump ();
  g_assert_nonnull (find_toplevel (g_type_from_name ("PassendEntryReadDialog")));
}

static void
test_agreement_source (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  g_setenv ("PASSEND_TODAY", "2026-11-23", TRUE);
  if (g_test_subprocess ())
    {
      run_app (agreement_source_script);
      return;
    }

  dir = prepare_dossier (
      &home, "{\"version\": 3, \"children\": [" SAM_JSON "],"
             "\"entries\": [{\"id\": \"e1\", \"kind\": \"conversation\", "
             "\"date\": \"2026-11-10\", \"title\": \"Talk with Juf Petra\", "
             "\"child_id\": \"c1\", "
             "\"created\": \"2026-01-05T10:00:00Z\", \"modified\": \"2026-01-05T10:00:00Z\"}],"
             "\"agreements\": [{\"id\": \"a1\", \"child_id\": \"c1\", \"entry_id\": \"e1\", "
             "\"what\": \"Report\", \"party\": \"school\", \"due_date\": \"2026-11-11\", "
             "\"status\": \"open\", "
             "\"created\": \"2026-01-05T10:00:00Z\", \"modified\": \"2026-01-05T10:00:00Z\"}]}");
  run_in_subprocess ("/ui/agreement-source");
  test_remove_dir (home);
}

/* Activating an entry shows it whole and read-only; the form opens on
 * Edit. The list has a context menu and the Delete key. */
static void
read_view_script (PassendApplication *app, PassendWindow *window)
{
  PassendDossierView *view;
  GtkWidget          *list;
  GtkWindow          *read;
  GtkWidget          *menu;

  show_page (window, "dossier");
  view = PASSEND_DOSSIER_VIEW (find_named (GTK_WIDGET (window), "dossier-view"));
  list = find_named (GTK_WIDGET (view), "dossier-list");

  g_signal_emit_by_name (list, "activate", 0);
  read = find_toplevel (g_type_from_name ("PassendEntryReadDialog"));
  g_assert_nonnull (read);
  g_assert_null (find_toplevel (g_type_from_name ("PassendEntryDialog")));
  g_assert_cmpstr (
      gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (read), "entry-read-title"))), ==,
      "Talk with Juf Petra");
  g_assert_cmpstr (
      gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (read), "entry-read-people"))), ==,
      "Juf Petra");
  g_assert_cmpstr (
      gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (read), "entry-read-text"))), ==,
      "We talked about reading.\nShe will test him.");
  g_assert_nonnull (strstr (
      gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (read), "entry-read-agreement"))),
      "Report"));
  g_assert_nonnull (strstr (
      gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (read), "entry-read-agreement"))),
      "Open"));
  g_assert_nonnull (find_named (GTK_WIDGET (read), "entry-read-open-document"));
  /* Nothing in it is an editable field. */
  g_assert_null (find_by_type (GTK_WIDGET (read), GTK_TYPE_TEXT_VIEW));
  g_assert_null (find_by_type (GTK_WIDGET (read), GTK_TYPE_ENTRY));

  click (GTK_WIDGET (read), "entry-read-edit");
  g_assert_null (find_toplevel (g_type_from_name ("PassendEntryReadDialog")));
  g_assert_nonnull (find_toplevel (g_type_from_name ("PassendEntryDialog")));
  gtk_window_destroy (find_toplevel (g_type_from_name ("PassendEntryDialog")));
  pump ();

  /* Shift+F10 on the row opens the menu; its Open shows the entry. */
  gtk_selection_model_select_item (gtk_list_view_get_model (GTK_LIST_VIEW (list)), 0, TRUE);
  gtk_widget_grab_focus (list);
  g_assert_true (press_key (GTK_WINDOW (window), GDK_KEY_F10, GDK_SHIFT_MASK));
  menu = find_named (list, "dossier-entry-menu");
  g_assert_nonnull (menu);
  g_assert_true (gtk_widget_get_visible (menu));
  gtk_popover_popdown (GTK_POPOVER (menu));
  g_assert_true (press_key (GTK_WINDOW (window), GDK_KEY_Menu, 0));
  g_assert_true (gtk_widget_get_visible (menu));
  gtk_popover_popdown (GTK_POPOVER (menu));
  g_assert_true (gtk_widget_activate_action (list, "dossier.entry-open", NULL));
  pump ();
  read = find_toplevel (g_type_from_name ("PassendEntryReadDialog"));
  g_assert_nonnull (read);
  gtk_window_destroy (read);
  pump ();

  /* The Delete key deletes, with Undo. */
  gtk_widget_grab_focus (list);
  g_assert_true (press_key (GTK_WINDOW (window), GDK_KEY_Delete, 0));
  g_assert_cmpuint (n_shown (view), ==, 0);
  click (GTK_WIDGET (view), "undo-button");
  g_assert_cmpuint (n_shown (view), ==, 1);
}

static void
test_read_view (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  g_setenv ("PASSEND_TODAY", "2026-11-23", TRUE);
  if (g_test_subprocess ())
    {
      run_app (read_view_script);
      return;
    }

  dir = prepare_dossier (
      &home, "{\"version\": 3, \"children\": [" SAM_JSON "],"
             "\"entries\": [{\"id\": \"e1\", \"kind\": \"conversation\", "
             "\"date\": \"2026-11-10\", \"title\": \"Talk with Juf Petra\", "
             "\"people\": \"Juf Petra\", "
             "\"text\": \"We talked about reading.\\nShe will test him.\", \"child_id\": \"c1\", "
             "\"created\": \"2026-01-05T10:00:00Z\", \"modified\": \"2026-01-05T10:00:00Z\"}],"
             "\"agreements\": [{\"id\": \"a1\", \"child_id\": \"c1\", \"entry_id\": \"e1\", "
             "\"what\": \"Report\", \"party\": \"school\", \"due_date\": \"2026-12-11\", "
             "\"status\": \"open\", "
             "\"created\": \"2026-01-05T10:00:00Z\", \"modified\": \"2026-01-05T10:00:00Z\"}],"
             "\"documents\": [{\"id\": \"d1\", \"child_id\": \"c1\", \"entry_id\": \"e1\", "
             "\"name\": \"Verslag.pdf\", \"file\": \"d1.pdf\", \"size\": 10, "
             "\"created\": \"2026-01-05T10:00:00Z\", \"modified\": \"2026-01-05T10:00:00Z\"}]}");
  run_in_subprocess ("/ui/read-view");
  test_remove_dir (home);
}

#define ORDER_NOTE_JSON(id, date)                                                                  \
  "{\"id\": \"" id "\", \"kind\": \"note\", \"child_id\": \"c1\", \"date\": \"" date               \
  "\", \"title\": \"Note " id "\", \"created\": \"2026-02-03T10:00:00Z\", "                        \
  "\"modified\": \"2026-02-03T10:00:00Z\"}"

static const char *
shown_id (PassendDossierView *view, guint i)
{
  g_autoptr (PassendRecord) record =
      g_list_model_get_item (passend_dossier_view_get_shown (view), i);

  return passend_record_get_id (record);
}

/* Rows keep their order through changes that cannot move them (a title,
 * a new sheet), and a new date puts a row in its place: a guard for
 * whoever makes the sorting incremental. */
static void
order_script (PassendApplication *app, PassendWindow *window)
{
  PassendDossierView *view =
      PASSEND_DOSSIER_VIEW (find_named (GTK_WIDGET (window), "dossier-view"));
  PassendDossier *dossier = passend_store_get_dossier (passend_application_get_store (app));
  g_autoptr (PassendSheet) sheet = NULL;
  g_autoptr (PassendEntry) newest = NULL;
  g_autoptr (PassendEntry) oldest = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "dossier"));
  pump ();
  g_assert_cmpstr (shown_id (view, 0), ==, "e3");
  g_assert_cmpstr (shown_id (view, 2), ==, "e1");

  /* A title cannot move a row; a new sheet is no entry. */
  g_object_set (passend_dossier_find_entry (dossier, "e2"), "title", "Renamed", NULL);
  sheet = passend_sheet_new ("c1");
  passend_dossier_add_sheet (dossier, sheet);
  pump ();
  g_assert_cmpstr (shown_id (view, 0), ==, "e3");
  g_assert_cmpstr (shown_id (view, 1), ==, "e2");
  g_assert_cmpstr (shown_id (view, 2), ==, "e1");

  /* A date can. */
  g_object_set (passend_dossier_find_entry (dossier, "e1"), "date", "2026-03-01", NULL);
  pump ();
  g_assert_cmpstr (shown_id (view, 0), ==, "e1");
  g_assert_cmpstr (shown_id (view, 1), ==, "e3");
  g_assert_cmpstr (shown_id (view, 2), ==, "e2");

  /* New entries find their places without the others sorted again. */
  newest = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-04-01", "Newest");
  oldest = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-01-01", "Oldest");
  passend_entry_set_child_id (newest, "c1");
  passend_entry_set_child_id (oldest, "c1");
  passend_dossier_add_entry (dossier, oldest);
  passend_dossier_add_entry (dossier, newest);
  pump ();
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_view_get_shown (view)), ==, 5);
  g_assert_cmpstr (shown_id (view, 0), ==, passend_record_get_id (PASSEND_RECORD (newest)));
  g_assert_cmpstr (shown_id (view, 1), ==, "e1");
  g_assert_cmpstr (shown_id (view, 4), ==, passend_record_get_id (PASSEND_RECORD (oldest)));

  /* Two new dates before the page updates (one entry is moved alone,
   * two make a new sort): both rows find their places. */
  g_object_set (passend_dossier_find_entry (dossier, "e3"), "date", "2026-03-15", NULL);
  g_object_set (passend_dossier_find_entry (dossier, "e2"), "date", "2026-05-01", NULL);
  pump ();
  g_assert_cmpstr (shown_id (view, 0), ==, "e2");
  g_assert_cmpstr (shown_id (view, 1), ==, passend_record_get_id (PASSEND_RECORD (newest)));
  g_assert_cmpstr (shown_id (view, 2), ==, "e3");
  g_assert_cmpstr (shown_id (view, 3), ==, "e1");
  g_assert_cmpstr (shown_id (view, 4), ==, passend_record_get_id (PASSEND_RECORD (oldest)));
}

static void
test_order (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      run_app (order_script);
      return;
    }

  dir = prepare_dossier (
      &home, "{\"version\": 3, \"children\": [" SAM_JSON
             "], \"entries\": [" ORDER_NOTE_JSON ("e1", "2026-02-03") ", " ORDER_NOTE_JSON (
                 "e2", "2026-02-04") ", " ORDER_NOTE_JSON ("e3", "2026-02-05") "]}");
  run_in_subprocess ("/ui/dossier-order");
  test_remove_dir (home);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/dossier", test_dossier);
  g_test_add_func ("/ui/entry-draft", test_entry_draft);
  g_test_add_func ("/ui/text-line", test_text_line);
  g_test_add_func ("/ui/recent", test_recent);
  g_test_add_func ("/ui/agreement-editor", test_agreement_editor);
  g_test_add_func ("/ui/undo-anywhere", test_undo_anywhere);
  g_test_add_func ("/ui/nothing-found", test_nothing_found);
  g_test_add_func ("/ui/agreement-source", test_agreement_source);
  g_test_add_func ("/ui/read-view", test_read_view);
  g_test_add_func ("/ui/agreement-tab-fixed", test_agreement_tab_fixed);
  g_test_add_func ("/ui/dossier-order", test_order);

  return g_test_run ();
}
