/* test-ui-letters.c - the AVG request written, saved and sent, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parent fills in the addresses on the Letters page, opens the
 * request for the school file (in Dutch, its default), cannot mark it
 * sent while a field is empty, saves it as a PDF, marks it sent by
 * post with the receipt as proof, and finds the letter's entry and the running one-month clock,
 * on the Deadlines page and in the file.  The term to object to a
 * removal offers the objection letter.
 */
#include "config.h"

#include <string.h>

#include "passend-clock-record.h"
#include "passend-letter-dialog.h"
#include "passend-letter-template.h"
#include "ui-harness.h"

static char *
pdf_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "letter.pdf", NULL);
}

static GtkWindow *
open_letter (GtkWidget *view, const char *name)
{
  GtkWidget *row = find_named (view, name);

  g_assert_nonnull (row);
  g_signal_emit_by_name (find_named (view, "letters-list"), "row-activated", row);
  pump ();
  return find_toplevel (PASSEND_TYPE_LETTER_DIALOG);
}

static char *
view_text (GtkWidget *root, const char *name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_named (root, name)));
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Closing a changed letter asks first; @response answers the question. */
static void
close_changed (GtkWindow *dialog, int response)
{
  GtkWindow *question;

  gtk_window_close (dialog);
  pump ();
  question = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  gtk_dialog_response (GTK_DIALOG (question), response);
  pump ();
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  if (response == GTK_RESPONSE_REJECT)
    g_assert_null (find_toplevel (PASSEND_TYPE_LETTER_DIALOG));
  else
    g_assert_true (find_toplevel (PASSEND_TYPE_LETTER_DIALOG) == dialog);
}

static void
avg_script (PassendApplication *app, PassendWindow *window)
{
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "..", "po", NULL);
  g_autofree char *path = pdf_path ();
  g_autofree char *body = NULL;
  g_autoptr (GError) error = NULL;
  GtkWindow  *dialog;
  GtkWidget  *view;
  const char *blanks;

  /* The build's Dutch: the letter's language, while the window speaks English. */
  passend_letters_set_localedir (localedir);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "letters"));
  pump ();
  view = find_named (GTK_WIDGET (window), "letters-view");
  set_text (view, "letters-parent-name", "Anna Jansen");
  set_view_text (view, "letters-parent-address", "Laan 5\n1234 CD Dorp");
  set_text (view, "letters-school-name", "Basisschool De Regenboog");
  set_view_text (view, "letters-school-address", "Schoolstraat 1\n1234 AB Dorp");
  pump ();

  /* No contact at school yet: flagged, and not to be sent. */
  dialog = open_letter (view, "letter-school-file");
  g_assert_nonnull (dialog);
  g_assert_cmpuint (gtk_drop_down_get_selected (
                        GTK_DROP_DOWN (find_named (GTK_WIDGET (dialog), "letter-language"))),
                    ==, 0);
  blanks = gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (dialog), "letter-blanks")));
  g_assert_nonnull (strstr (blanks, "de naam van je contactpersoon op school"));
  body = view_text (GTK_WIDGET (dialog), "letter-body");
  g_assert_true (g_str_has_prefix (body, "Beste [[de naam van je contactpersoon op school]],"));
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (dialog), "letter-mark-sent")));
  gtk_window_close (dialog);
  pump ();

  set_text (view, "letters-school-contact", "mevrouw De Vries");
  pump ();
  dialog = open_letter (view, "letter-school-file");
  g_clear_pointer (&body, g_free);
  body = view_text (GTK_WIDGET (dialog), "letter-body");
  g_assert_true (g_str_has_prefix (body, "Beste mevrouw De Vries,"));
  g_assert_true (gtk_widget_is_sensitive (find_named (GTK_WIDGET (dialog), "letter-mark-sent")));

  /* The parent's own words go into the PDF and the entry. */
  set_view_text (GTK_WIDGET (dialog), "letter-body",
                 "Beste mevrouw De Vries,\n\nIk vraag een kopie van het dossier van Sam.");
  g_assert_true (passend_letter_dialog_save_pdf (PASSEND_LETTER_DIALOG (dialog), path, &error));
  g_assert_no_error (error);

  /* The post office's receipt, kept with the letter. */
  {
    g_autofree char *receipt =
        test_write_file (g_get_user_data_dir (), "receipt.txt", "Ontvangen", -1);
    GtkWidget *proof = find_named (GTK_WIDGET (dialog), "letter-proof");
    gint64     deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

    passend_letter_dialog_add_proof (PASSEND_LETTER_DIALOG (dialog), receipt);
    while (!g_str_has_prefix (gtk_label_get_text (GTK_LABEL (proof)), "Proof:") &&
           g_get_monotonic_time () < deadline)
      pump ();
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (proof)), ==, "Proof: receipt.txt");
  }

  set_text (GTK_WIDGET (dialog), "letter-sent-date", "2-3-2026");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_named (GTK_WIDGET (dialog), "letter-way")), 1);
  click (GTK_WIDGET (dialog), "letter-mark-sent");
  pump ();
  g_assert_nonnull (
      strstr (gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (dialog), "letter-status"))),
              "Deadlines"));
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (dialog), "letter-mark-sent")));
  gtk_window_close (dialog);
  pump ();

  /* The answer's term runs on the Deadlines page. */
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "deadlines"));
  pump ();
  g_assert_nonnull (
      find_named (find_named (GTK_WIDGET (window), "deadlines-view"), "deadline-avg-access"));

  g_application_quit (G_APPLICATION (app));
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  char       *out = NULL;
  int         status;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  return out;
}

static void
test_avg_request (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root, *entry, *clock, *child;
  JsonArray  *entries, *clocks, *documents;

  g_setenv ("PASSEND_TODAY", "2026-03-03", TRUE);
  if (g_test_subprocess ())
    {
      run_app (avg_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 4, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/avg-request");

  root = read_dossier (dir, parser);
  child = json_array_get_object_element (json_object_get_array_member (root, "children"), 0);
  g_assert_cmpstr (json_object_get_string_member (child, "school_name"), ==,
                   "Basisschool De Regenboog");
  g_assert_cmpstr (json_object_get_string_member (child, "parent_address"), ==,
                   "Laan 5\n1234 CD Dorp");

  entries = json_object_get_array_member (root, "entries");
  g_assert_cmpuint (json_array_get_length (entries), ==, 1);
  entry = json_array_get_object_element (entries, 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "kind"), ==, "letter");
  g_assert_cmpstr (json_object_get_string_member (entry, "direction"), ==, "sent");
  g_assert_cmpstr (json_object_get_string_member (entry, "date"), ==, "2026-03-02");
  g_assert_cmpstr (json_object_get_string_member (entry, "title"), ==,
                   "Request for the school file (sent by post)");
  g_assert_nonnull (strstr (json_object_get_string_member (entry, "text"),
                            "Ik vraag een kopie van het dossier van Sam."));
  g_assert_nonnull (strstr (json_object_get_string_member (entry, "text"), "Onderwerp: "));

  documents = json_object_get_array_member (root, "documents");
  g_assert_cmpuint (json_array_get_length (documents), ==, 1);
  g_assert_cmpstr (
      json_object_get_string_member (json_array_get_object_element (documents, 0), "entry_id"), ==,
      json_object_get_string_member (entry, "id"));

  clocks = json_object_get_array_member (root, "clocks");
  g_assert_cmpuint (json_array_get_length (clocks), ==, 1);
  clock = json_array_get_object_element (clocks, 0);
  g_assert_cmpstr (json_object_get_string_member (clock, "kind"), ==, "avg-access");
  g_assert_cmpstr (json_object_get_string_member (clock, "start_date"), ==, "2026-03-02");
  g_assert_cmpstr (json_object_get_string_member (clock, "due_date"), ==, "2026-04-02");
  g_assert_cmpstr (json_object_get_string_member (clock, "entry_id"), ==,
                   json_object_get_string_member (entry, "id"));

  /* The PDF: the parent's alone, with both addresses, the subject, the
   * parent's words and the page number, in Dutch. */
  pdf = g_build_filename (home, "letter.pdf", NULL);
  g_assert_cmpuint (test_file_mode (pdf), ==, 0600);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Anna Jansen\nLaan 5\n1234 CD Dorp"));
  g_assert_nonnull (strstr (text, "mevrouw De Vries\nBasisschool De Regenboog\nSchoolstraat 1"));
  g_assert_nonnull (strstr (text, "3 maart 2026"));
  g_assert_nonnull (
      strstr (text, "Onderwerp: Verzoek om een kopie van het leerlingdossier van Sam"));
  g_assert_nonnull (strstr (text, "Ik vraag een kopie van het dossier van Sam."));
  g_assert_nonnull (strstr (text, "Pagina 1 van 1"));
}

static void
clock_script (PassendApplication *app, PassendWindow *window)
{
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "..", "po", NULL);
  GtkWidget       *view;
  GtkWindow       *dialog;
  g_autofree char *recipient = NULL;
  g_autofree char *body = NULL;
  GtkPopover      *popover;

  passend_letters_set_localedir (localedir);
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "deadlines"));
  pump ();
  view = find_named (GTK_WIDGET (window), "deadlines-view");
  activate_item (view, "deadlines-list", "keyword", "removal-objection");
  click (view, "deadline-write-letter");
  pump ();

  g_assert_cmpstr (passend_window_get_page (window), ==, "letters");
  dialog = find_toplevel (PASSEND_TYPE_LETTER_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Objection to a decision");
  recipient = view_text (GTK_WIDGET (dialog), "letter-recipient");
  g_assert_cmpstr (recipient, ==, "Stichting Primair Dorp\n[[het adres van het schoolbestuur]]");

  /* The decision from the dossier, as the letter's ground. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (find_named (GTK_WIDGET (dialog), "letter-add-grounds")));
  pump ();
  popover = gtk_menu_button_get_popover (
      GTK_MENU_BUTTON (find_named (GTK_WIDGET (dialog), "letter-add-grounds")));
  set_active (GTK_WIDGET (popover), "ground-entry-0", TRUE);
  click (GTK_WIDGET (popover), "grounds-insert");
  pump ();
  body = view_text (GTK_WIDGET (dialog), "letter-body");
  g_assert_nonnull (strstr (body, "- 2 maart 2026: Letter with the removal decision"));
  /* What the parent wrote is not lost without asking. */
  close_changed (dialog, GTK_RESPONSE_CANCEL);
  close_changed (dialog, GTK_RESPONSE_REJECT);

  /* The Topics page on the school file leads to its letter. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-link", "s",
                                             "topic:rights#school-file"));
  pump ();
  click (find_named (GTK_WIDGET (window), "topics-view"), "letter:school-file");
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "letters");
  dialog = find_toplevel (PASSEND_TYPE_LETTER_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Request for the school file");
  gtk_window_close (dialog);
  pump ();

  g_application_quit (G_APPLICATION (app));
}

/* The term to object offers the objection letter, filled in, with the
 * decision from the dossier as its ground; a topic offers its letter. */
static void
test_letter_from_clock (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendClock) clock = NULL;
  g_autoptr (PassendEntry) decision = passend_entry_new (PASSEND_ENTRY_KIND_LETTER, "2026-03-02",
                                                         "Letter with the removal decision");
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *text = NULL;
  PassendChild    *child;
  gsize            length;

  g_setenv ("PASSEND_TODAY", "2026-03-03", TRUE);
  if (g_test_subprocess ())
    {
      run_app (clock_script);
      return;
    }

  child = passend_dossier_add_child (dossier, "Sam");
  passend_child_set_detail (child, "school-board", "Stichting Primair Dorp");
  clock = passend_clock_new (passend_record_get_id (PASSEND_RECORD (child)), "removal-objection",
                             "2026-03-02", "2026-04-13");
  passend_dossier_add_clocks (dossier, (gpointer *)&clock, 1);
  passend_entry_set_child_id (decision, passend_record_get_id (PASSEND_RECORD (child)));
  passend_dossier_add_entry (dossier, decision);
  text = passend_dossier_write (dossier, 0, &length);
  dir = prepare_dossier (&home, text);
  run_in_subprocess ("/ui/letter-from-clock");
}

static void
newer_script (PassendApplication *app, PassendWindow *window)
{
  GtkWidget *view;
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "letters"));
  pump ();
  view = find_named (GTK_WIDGET (window), "letters-view");
  g_assert_false (gtk_widget_is_sensitive (find_named (view, "letters-parent-name")));
  g_assert_false (gtk_widget_is_sensitive (find_named (view, "letters-school-address")));

  /* Still to read, print and copy; not to mark sent. */
  dialog = open_letter (view, "letter-school-file");
  g_assert_nonnull (dialog);
  set_text (GTK_WIDGET (dialog), "letter-body", "Alles ingevuld.");
  set_text (GTK_WIDGET (dialog), "letter-recipient", "School");
  set_text (GTK_WIDGET (dialog), "letter-sender", "Anna");
  g_assert_true (gtk_widget_is_sensitive (find_named (GTK_WIDGET (dialog), "letter-copy")));
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (dialog), "letter-mark-sent")));
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (dialog), "letter-add-proof")));
  close_changed (dialog, GTK_RESPONSE_REJECT);

  g_application_quit (G_APPLICATION (app));
}

/* A dossier of a newer Passend opens read-only: the addresses cannot be
 * typed (they could not be kept), and no letter is marked sent. */
static void
test_read_only (void)
{
  const char      *newer = "{\"version\": 7, \"children\": [" SAM_JSON "]}";
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
  run_in_subprocess ("/ui/letters-read-only");
  after = test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, newer);
}

/* Whether @name shows inside @dialog's window at its size, not below
 * the fold of the scrolled letter. */
static gboolean
in_sight (GtkWindow *dialog, const char *name)
{
  GtkWidget      *widget = find_named (GTK_WIDGET (dialog), name);
  graphene_rect_t bounds;

  g_assert_nonnull (widget);
  if (!gtk_widget_get_mapped (widget) ||
      !gtk_widget_compute_bounds (widget, GTK_WIDGET (dialog), &bounds))
    return FALSE;
  return bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (GTK_WIDGET (dialog));
}

static void
actions_script (PassendApplication *app, PassendWindow *window)
{
  g_autofree char *order = NULL;
  GtkWidget       *view;
  GtkWindow       *dialog;
  GtkWindow       *chooser;
  const char      *status;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "letters"));
  pump ();
  view = find_named (GTK_WIDGET (window), "letters-view");
  dialog = open_letter (view, "letter-school-file");
  g_assert_nonnull (dialog);
  for (guint i = 0; i < 5; i++)
    pump ();

  /* What a parent does with the letter is in sight at once. */
  g_assert_true (in_sight (dialog, "letter-copy"));
  g_assert_true (in_sight (dialog, "letter-print"));
  g_assert_true (in_sight (dialog, "letter-save-pdf"));
  g_assert_true (in_sight (dialog, "letter-mark-sent"));
  g_assert_true (in_sight (dialog, "letter-sent-date"));

  /* Tab in reading order: the header bar, the letter, then sending. */
  set_text (GTK_WIDGET (dialog), "letter-body", "Alles ingevuld.");
  set_text (GTK_WIDGET (dialog), "letter-recipient", "School");
  set_text (GTK_WIDGET (dialog), "letter-sender", "Anna");
  /* (The language is fixed once the letter is changed.) */
  order = tab_walk (dialog, "letter-copy");
  g_assert_cmpstr (order, ==,
                   "letter-copy letter-save-pdf letter-print letter-sender "
                   "letter-recipient letter-date letter-subject letter-add-grounds letter-body "
                   "letter-add-proof letter-sent-date letter-sent-date letter-way letter-mark-sent "
                   "letter-status");

  /* The shortcuts, wherever the focus is. */
  gtk_widget_grab_focus (find_named (GTK_WIDGET (dialog), "letter-body"));
  g_assert_true (press_key (dialog, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  status = gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (dialog), "letter-status")));
  g_assert_cmpstr (status, ==, "The letter is copied. Paste it into your e-mail.");

  g_assert_true (press_key (dialog, GDK_KEY_s, GDK_CONTROL_MASK));
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  pump ();

  g_assert_true (press_key (dialog, GDK_KEY_p, GDK_CONTROL_MASK));
  g_assert_true (g_type_from_name ("GtkPrintUnixDialog") != 0);
  chooser = find_toplevel (g_type_from_name ("GtkPrintUnixDialog"));
  g_assert_nonnull (chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  pump ();

  gtk_window_destroy (dialog);
  pump ();
  g_application_quit (G_APPLICATION (app));
}

static void
test_actions (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      run_app (actions_script);
      return;
    }
  dir = prepare_dossier (&home, "{\"version\": 4, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/letter-actions");
}

/* In Dutch, each letter's window shows its title whole, beside the
 * header bar's buttons, at the size it opens with. */
static void
titles_script (PassendApplication *app, PassendWindow *window)
{
  GtkWidget *view;
  GtkWidget *list;
  guint      n = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "letters"));
  pump ();
  view = find_named (GTK_WIDGET (window), "letters-view");
  list = find_named (view, "letters-list");
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWindow *dialog;
      GtkWidget *cut;

      if (!GTK_IS_LIST_BOX_ROW (row) || !gtk_widget_get_visible (row))
        continue;
      g_signal_emit_by_name (list, "row-activated", row);
      pump ();
      dialog = find_toplevel (PASSEND_TYPE_LETTER_DIALOG);
      g_assert_nonnull (dialog);
      for (guint i = 0; i < 5; i++)
        pump ();
      cut = find_cut_label (gtk_window_get_titlebar (dialog));
      if (cut != NULL)
        g_error ("The letter's title “%s” is cut off", gtk_label_get_text (GTK_LABEL (cut)));
      gtk_window_destroy (dialog);
      pump ();
      n++;
    }
  g_assert_cmpuint (n, >=, 8);
  g_application_quit (G_APPLICATION (app));
}

static void
test_titles_nl (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      ui_use_dutch ();
      run_app (titles_script);
      return;
    }
  dir = prepare_dossier (&home, "{\"version\": 4, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/letter-titles-nl");
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/avg-request", test_avg_request);
  g_test_add_func ("/ui/letter-from-clock", test_letter_from_clock);
  g_test_add_func ("/ui/letters-read-only", test_read_only);
  g_test_add_func ("/ui/letter-actions", test_actions);
  g_test_add_func ("/ui/letter-titles-nl", test_titles_nl);

  return g_test_run ();
}
