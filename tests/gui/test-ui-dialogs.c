/* test-ui-dialogs.c - Tab follows the reading order in every dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK moves the focus for Tab by where the controls sit, so the order
 * can change with the width or the language.  Each dialog is walked
 * with Tab at its own size and at a narrow one; the stops must come
 * in the order a parent reads them (a dialog's ring: the header
 * buttons, then the form from top to bottom).  No two controls shown
 * together take the same Alt+letter.
 */
#include "config.h"

#include <string.h>

#include "passend-clock-proposal-dialog.h"
#include "passend-conflict-dialog.h"
#include "passend-entry-dialog.h"
#include "passend-entry-read-dialog.h"
#include "passend-name-dialog.h"
#include "passend-outcome-dialog.h"
#include "test-util.h"
#include "ui-harness.h"

#define MOMENTS "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\""

/* One agreement in the entry dialog, in reading order: what (with
 * Remove beside it), who does it, who, by when (the day, its calendar),
 * status, how it went. */
#define AGREEMENT                                                                                  \
  "agreement-what agreement-remove agreement-party agreement-who agreement-due agreement-due "     \
  "agreement-status agreement-outcome "

/* What happened: kind, (sent or received), date and its calendar, time,
 * title, with whom and their role, which child, a deadline?, the text. */
#define ENTRY_FORM                                                                                 \
  "entry-kind entry-date entry-date entry-time entry-title entry-people entry-role entry-child "   \
  "entry-event entry-text "
#define EDIT_FORM                                                                                  \
  "entry-kind entry-direction entry-date entry-date entry-time entry-title entry-people "          \
  "entry-role entry-child entry-event entry-text "

static void
settle (void)
{
  for (guint i = 0; i < 5; i++)
    pump ();
}

/* Walks @dialog from @start at its own size and when narrow. */
static void
assert_tab_order (GtkWindow *dialog, const char *start, const char *expected)
{
  g_autofree char *wide = NULL;
  g_autofree char *narrow = NULL;

  gtk_window_present (dialog);
  settle ();
  assert_mnemonics_unique (dialog);
  wide = tab_walk (dialog, start);
  g_assert_cmpstr (wide, ==, expected);

  gtk_window_set_default_size (dialog, 360, 500);
  for (guint i = 0; i < 10; i++)
    pump ();
  narrow = tab_walk (dialog, start);
  g_assert_cmpstr (narrow, ==, expected);
}

static void
close_dialog (GtkWindow *dialog)
{
  gtk_window_destroy (dialog);
  settle ();
}

static void
entry_script (PassendApplication *app, PassendWindow *window)
{
  PassendStore *store = passend_application_get_store (app);
  PassendEntry *entry = passend_dossier_find_entry (passend_store_get_dossier (store), "e1");
  PassendChild *sam = passend_window_get_child (window);
  GtkWindow    *dialog;

  /* A new entry with one agreement. */
  dialog = GTK_WINDOW (passend_entry_dialog_new (GTK_WINDOW (window), store, NULL, sam));
  gtk_window_present (dialog);
  settle ();
  click (GTK_WIDGET (dialog), "entry-add-agreement");
  assert_tab_order (dialog, "entry-kind",
                    ENTRY_FORM AGREEMENT
                    "entry-add-agreement entry-add-document entry-dialog-cancel entry-dialog-save");
  close_dialog (dialog);

  /* A letter with its agreement, a new one and a document: every
   * agreement in turn, then the documents, then Delete. */
  dialog = GTK_WINDOW (passend_entry_dialog_new (GTK_WINDOW (window), store, entry, sam));
  {
    g_autofree char *folder = test_make_dir ();
    g_autofree char *source = test_write_file (folder, "Verslag.pdf", "%PDF-1.4 verslag", -1);

    passend_entry_dialog_add_file (PASSEND_ENTRY_DIALOG (dialog), source);
    for (guint i = 0; i < 400 && !gtk_widget_is_sensitive (
                                     find_named (GTK_WIDGET (dialog), "entry-dialog-save"));
         i++)
      pump ();
    test_remove_dir (folder);
  }
  click (GTK_WIDGET (dialog), "entry-add-agreement");
  assert_tab_order (dialog, "entry-kind",
                    EDIT_FORM AGREEMENT AGREEMENT
                    "entry-add-agreement document-open document-remove entry-add-document "
                    "entry-dialog-delete entry-dialog-cancel entry-dialog-save");
  close_dialog (dialog);
  g_application_quit (G_APPLICATION (app));
}

static void
other_dialogs_script (PassendApplication *app, PassendWindow *window)
{
  PassendStore   *store = passend_application_get_store (app);
  PassendDossier *dossier = passend_store_get_dossier (store);
  PassendEntry   *entry = passend_dossier_find_entry (dossier, "e1");
  g_autoptr (PassendSheet) sheet = g_list_model_get_item (passend_dossier_get_sheets (dossier), 0);
  GtkWindow *dialog;

  dialog = GTK_WINDOW (passend_entry_read_dialog_new (GTK_WINDOW (window), store, entry));
  assert_tab_order (dialog, "entry-read-delete",
                    "entry-read-delete entry-read-edit entry-read-title entry-read-content "
                    "entry-read-text entry-read-agreement");
  close_dialog (dialog);

  dialog = GTK_WINDOW (
      passend_name_dialog_new (GTK_WINDOW (window), "Add a Child", "_Add Child", "Noor"));
  assert_tab_order (dialog, "name-dialog-cancel",
                    "name-dialog-cancel name-dialog-accept name-dialog-entry");
  close_dialog (dialog);

  /* Each proposed deadline: keep it?, then its start day. */
  dialog = GTK_WINDOW (passend_clock_proposal_dialog_new (GTK_WINDOW (window), dossier, entry, "c1",
                                                          "removal-decision", "2026-03-02"));
  assert_tab_order (dialog, "proposal-decline",
                    "proposal-decline proposal-accept removal-objection "
                    "proposal-start-removal-objection proposal-start-removal-objection "
                    "gpo-request proposal-start-gpo-request proposal-start-gpo-request");
  close_dialog (dialog);

  dialog = GTK_WINDOW (passend_outcome_dialog_new (GTK_WINDOW (window), store, sheet));
  assert_tab_order (dialog, "outcome-cancel",
                    "outcome-cancel outcome-record outcome-title outcome-notes outcome-what-0 "
                    "outcome-remove-0 outcome-party-0 outcome-name-0 outcome-due-0 outcome-due-0 "
                    "outcome-add outcome-next outcome-next outcome-earlier-0");
  close_dialog (dialog);

  dialog = GTK_WINDOW (passend_conflict_dialog_new_for_changes (GTK_WINDOW (window), store));
  assert_tab_order (dialog, "conflict-copy", "conflict-copy conflict-keep-mine");
  close_dialog (dialog);
  g_application_quit (G_APPLICATION (app));
}

static const char fixture[] =
    "{\"version\": 3, \"children\": [" SAM_JSON "], \"entries\": [{\"id\": \"e1\","
    " \"child_id\": \"c1\", \"kind\": \"letter\", \"direction\": \"received\","
    " \"date\": \"2026-03-02\", \"title\": \"Decision\", \"text\": \"We decided.\", " MOMENTS "}],"
    " \"agreements\": [{\"id\": \"a1\", \"child_id\": \"c1\", \"entry_id\": \"e1\","
    " \"what\": \"Call back\", \"party\": \"school\", \"due_date\": \"2026-03-20\","
    " \"status\": \"open\", " MOMENTS "}],"
    " \"sheets\": [{\"id\": \"s1\", \"child_id\": \"c1\", \"place\": \"School\","
    " \"date\": \"2026-03-02\", " MOMENTS "}]}";

static void
run_with_fixture (const char *path, ScriptFunc script)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  g_setenv ("PASSEND_TODAY", "2026-03-03", TRUE);
  if (g_test_subprocess ())
    {
      run_app (script);
      return;
    }
  dir = prepare_dossier (&home, fixture);
  run_in_subprocess (path);
  test_remove_dir (home);
}

/* The entry dialog and the agreement editor in it. */
static void
test_entry_dialog (void)
{
  run_with_fixture ("/ui/dialogs/entry", entry_script);
}

/* The read view, a name, the proposed deadlines, the outcome of a talk
 * and what came in from outside. */
static void
test_other_dialogs (void)
{
  run_with_fixture ("/ui/dialogs/others", other_dialogs_script);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/dialogs/entry", test_entry_dialog);
  g_test_add_func ("/ui/dialogs/others", test_other_dialogs);

  return g_test_run ();
}
