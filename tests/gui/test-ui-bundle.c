/* test-ui-bundle.c - the Bundle dialog from the Dossier page, driven
 * under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bundle-fixture.h"
#include "passend-bundle-dialog.h"
#include "ui-harness.h"

static void
wait_until_written (PassendBundleDialog *dialog)
{
  while (passend_bundle_dialog_is_writing (dialog))
    g_main_context_iteration (NULL, TRUE);
  pump ();
}

static const char *
status_text (GtkWidget *dialog)
{
  return gtk_label_get_text (GTK_LABEL (find_named (dialog, "bundle-status")));
}

static PassendBundleDialog *
open_dialog (PassendWindow *window)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "dossier"));
  pump ();
  /* Ctrl+Shift+E, with the focus still on the sidebar. */
  g_assert_true (press_key (GTK_WINDOW (window), GDK_KEY_E, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  dialog = find_toplevel (PASSEND_TYPE_BUNDLE_DIALOG);
  g_assert_nonnull (dialog);
  return PASSEND_BUNDLE_DIALOG (dialog);
}

static void
bundle_script (PassendApplication *app, PassendWindow *window)
{
  const char          *home = g_getenv ("XDG_DATA_HOME");
  g_autofree char     *path = g_build_filename (home, "for-the-consultant.pdf", NULL);
  g_autofree char     *stopped = g_build_filename (home, "stopped.pdf", NULL);
  g_autofree char     *text = NULL;
  PassendBundleDialog *dialog = open_dialog (window);
  GtkWidget           *root = GTK_WIDGET (dialog);
  GtkWidget           *focus;

  /* Sam's entries, oldest first; not Noor's. */
  g_assert_nonnull (find_named (root, "bundle-entry-e1"));
  g_assert_nonnull (find_named (root, "bundle-document-d2"));
  g_assert_null (find_named (root, "bundle-entry-e5"));

  /* The keyboard reaches every choice, down to the ticks per entry. */
  g_assert_true (tab_reaches ((PassendWindow *)dialog, root, "bundle-title", "bundle-child"));
  g_assert_true (tab_reaches ((PassendWindow *)dialog, root, "bundle-title", "bundle-kind-6"));
  g_assert_true (
      tab_reaches ((PassendWindow *)dialog, root, "bundle-title", "bundle-only-agreements"));
  g_assert_true (tab_reaches ((PassendWindow *)dialog, root, "bundle-title", "bundle-private-e2"));
  g_assert_true (tab_reaches ((PassendWindow *)dialog, root, "bundle-title", "bundle-document-d2"));

  /* Only entries with agreements: the talk, not the mail. */
  set_active (root, "bundle-only-agreements", TRUE);
  pump ();
  g_assert_nonnull (find_named (root, "bundle-entry-e1"));
  g_assert_null (find_named (root, "bundle-entry-e3"));
  set_active (root, "bundle-only-agreements", FALSE);
  pump ();
  g_assert_nonnull (find_named (root, "bundle-entry-e3"));

  set_text (root, "bundle-title", "For the consultant");
  set_text (root, "bundle-for", "Onderwijsconsulent");
  set_active (root, "bundle-private-e2", TRUE);
  set_active (root, "bundle-document-d2", FALSE);
  set_active (root, "bundle-entry-e4", FALSE);

  passend_bundle_dialog_save_to (dialog, path);
  g_assert_true (passend_bundle_dialog_is_writing (dialog));
  g_assert_true (gtk_widget_get_visible (find_named (root, "bundle-progress")));
  wait_until_written (dialog);
  g_assert_true (g_str_has_prefix (status_text (root), "The bundle is made: "));
  g_assert_true (gtk_widget_get_visible (find_named (root, "bundle-open")));
  g_assert_cmpstr (passend_bundle_dialog_get_made (dialog), ==, path);

  text = fixture_pdf_text (path, 0);
  fixture_find (text, "For the consultant");
  fixture_find (text, "For: Onderwijsconsulent");
  fixture_find (text, "Call with the coordinator");
  g_assert_null (strstr (text, "Grandmother"));
  g_assert_null (strstr (text, "photo.png"));
  g_assert_null (strstr (text, "Letter from the board"));
  fixture_find (text, "Exhibit 2: notes.txt");

  /* Cancel while it is being made: no file. */
  passend_bundle_dialog_save_to (dialog, stopped);
  click (root, "bundle-cancel");
  wait_until_written (dialog);
  g_assert_cmpstr (status_text (root), ==, "Stopped. No file was made.");
  g_assert_false (g_file_test (stopped, G_FILE_TEST_EXISTS));

  /* Escape closes it; the button on the page opens it again. */
  /* press_key() climbs from the focus after the key did its work. */
  focus = g_object_ref (GTK_WIDGET (dialog));
  g_assert_true (press_key (GTK_WINDOW (dialog), GDK_KEY_Escape, 0));
  g_clear_object (&focus);
  g_assert_null (find_toplevel (PASSEND_TYPE_BUNDLE_DIALOG));
  click (GTK_WIDGET (window), "dossier-make-bundle");
  dialog = PASSEND_BUNDLE_DIALOG (find_toplevel (PASSEND_TYPE_BUNDLE_DIALOG));
  g_assert_nonnull (dialog);
  /* A typed date that is no date is said, and nothing is made. */
  set_text (GTK_WIDGET (dialog), "bundle-from", "31-2-2026x");
  passend_bundle_dialog_save_to (dialog, stopped);
  g_assert_false (passend_bundle_dialog_is_writing (dialog));
  g_assert_nonnull (strstr (status_text (GTK_WIDGET (dialog)), "day-month-year"));
  set_text (GTK_WIDGET (dialog), "bundle-from", "1-4-2026");
  set_text (GTK_WIDGET (dialog), "bundle-to", "1-3-2026");
  passend_bundle_dialog_save_to (dialog, stopped);
  g_assert_false (passend_bundle_dialog_is_writing (dialog));
  g_assert_nonnull (strstr (status_text (GTK_WIDGET (dialog)), "first date comes after"));

  /* Closing the window while it is made stops it first: no file. */
  set_text (GTK_WIDGET (dialog), "bundle-from", "");
  set_text (GTK_WIDGET (dialog), "bundle-to", "");
  passend_bundle_dialog_save_to (dialog, stopped);
  g_assert_true (passend_bundle_dialog_is_writing (dialog));
  gtk_window_close (GTK_WINDOW (dialog));
  while (find_toplevel (PASSEND_TYPE_BUNDLE_DIALOG) != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (g_file_test (stopped, G_FILE_TEST_EXISTS));

  gtk_window_close (GTK_WINDOW (window));
}

static void
test_bundle_dialog (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *made = NULL;

  if (g_test_subprocess ())
    {
      run_app (bundle_script);
      return;
    }

  dir = prepare_data_home (&home);
  g_free (fixture_make_data (home));
  run_in_subprocess ("/ui/bundle-dialog");

  made = g_build_filename (home, "for-the-consultant.pdf", NULL);
  g_assert_cmpuint (test_file_mode (made), ==, 0600);
  test_remove_dir (home);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/bundle-dialog", test_bundle_dialog);

  return g_test_run ();
}
