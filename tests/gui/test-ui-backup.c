/* test-ui-backup.c - Export Everything, Import Backup and Restore From
 * a Backup, driven under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 18: the parent exports the dossier from the main menu, brings
 * in the backup of an old laptop after seeing what it holds, then goes
 * back to the dossier they had, which the import kept as a backup.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "passend-application.h"
#include "passend-backup-reminder.h"
#include "passend-backup.h"
#include "passend-restore-dialog.h"
#include "ui-harness.h"

#define OLD_LAPTOP "old-laptop.passend"

static GtkWindow *
find_window_named (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  pump ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (window)), name) == 0 &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* The work runs on a worker: waits for the window it ends with. */
static GtkWindow *
wait_for_window (const char *name)
{
  gint64     deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  GtkWindow *window;

  while ((window = find_window_named (name)) == NULL && g_get_monotonic_time () < deadline)
    g_usleep (10000);
  g_assert_nonnull (window);
  return window;
}

static void
choose_in_file_chooser (const char *folder, const char *name)
{
  GtkWindow *chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_autoptr (GFile) dir = g_file_new_for_path (folder);
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  g_assert_nonnull (chooser);
  if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, NULL));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  else
    g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
  pump ();
  g_signal_emit_by_name (
      gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT), "clicked");
  pump ();
}

static guint
n_entries (PassendStore *store)
{
  return g_list_model_get_n_items (passend_dossier_get_entries (passend_store_get_dossier (store)));
}

static void
export_phase (PassendWindow *window, const char *home)
{
  g_autofree char *file = g_build_filename (home, "mine.passend", NULL);
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  GtkWindow *done;

  g_assert_cmpint (g_settings_get_int64 (settings, "last-backup-export"), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "backup.export", NULL));
  choose_in_file_chooser (home, "mine");
  done = wait_for_window ("backup-exported");
  gtk_window_destroy (done);

  /* ".passend" added; 0600; and the time noted for the reminder. */
  g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (test_file_mode (file), ==, 0600);
  g_assert_cmpint (g_settings_get_int64 (settings, "last-backup-export"), >, 0);
}

static void
import_phase (PassendWindow *window, PassendStore *store, const char *home)
{
  GtkWindow       *question;
  GtkWindow       *done;
  g_autofree char *text = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "backup.import", NULL));
  choose_in_file_chooser (home, OLD_LAPTOP);

  /* What comes in, and that the dossier of now is kept. */
  question = wait_for_window ("backup-import-confirm");
  g_object_get (question, "secondary-text", &text, NULL);
  g_assert_nonnull (strstr (text, "1 child, 2 entries and 0 documents"));
  g_assert_nonnull (strstr (text, "kept as a backup"));
  g_assert_cmpuint (n_entries (store), ==, 1);

  click (GTK_WIDGET (question), "backup-import-accept");
  done = wait_for_window ("backup-imported");
  gtk_window_destroy (done);
  g_assert_cmpuint (n_entries (store), ==, 2);
}

static void
went_insensitive_cb (GtkWidget *widget, GParamSpec *pspec, gboolean *went)
{
  if (!gtk_widget_get_sensitive (widget))
    *went = TRUE;
}

static void
restore_phase (PassendWindow *window, PassendStore *store)
{
  PassendRestoreDialog *dialog;
  GtkWindow            *question;
  GtkWidget            *counts;
  gint64                deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  gboolean              went_insensitive = FALSE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "backup.restore", NULL));
  dialog = PASSEND_RESTORE_DIALOG (find_toplevel (PASSEND_TYPE_RESTORE_DIALOG));
  g_assert_nonnull (dialog);
  while (passend_restore_dialog_get_n_backups (dialog) == 0 && g_get_monotonic_time () < deadline)
    pump ();
  g_assert_cmpuint (passend_restore_dialog_get_n_backups (dialog), >=, 1);

  /* The keyboard reaches the list's buttons; Enter on a row looks. */
  g_assert_true (tab_reaches ((PassendWindow *)dialog, GTK_WIDGET (dialog), "restore-backups",
                              "restore-restore"));

  /* The newest backup is the dossier before the import: look inside. */
  click (GTK_WIDGET (dialog), "restore-look");
  counts = find_named (GTK_WIDGET (dialog), "restore-look-counts");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (counts)), ==,
                   "1 child, 1 entry and 0 documents");
  g_assert_cmpuint (n_entries (store), ==, 2);
  click (GTK_WIDGET (dialog), "restore-back");

  click (GTK_WIDGET (dialog), "restore-restore");
  question = find_window_named ("restore-confirm");
  g_assert_nonnull (question);
  /* Read and saved on a worker: nothing can be chosen twice meanwhile,
   * and the dialog goes once the file holds the backup. */
  g_signal_connect (dialog, "notify::sensitive", G_CALLBACK (went_insensitive_cb),
                    &went_insensitive);
  click (GTK_WIDGET (question), "restore-accept");
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (find_toplevel (PASSEND_TYPE_RESTORE_DIALOG) != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (find_toplevel (PASSEND_TYPE_RESTORE_DIALOG));
  g_assert_true (went_insensitive);
  g_assert_false (passend_store_get_dirty (store));
  g_assert_cmpuint (n_entries (store), ==, 1);
}

static void
backup_script (PassendApplication *app, PassendWindow *window)
{
  PassendStore   *store = passend_application_get_store (app);
  const char     *home = g_getenv ("XDG_DATA_HOME");
  PassendDossier *dossier = passend_store_get_dossier (store);
  g_autoptr (PassendEntry) entry =
      passend_entry_new (PASSEND_ENTRY_KIND_CONVERSATION, "2026-03-13", "Only on this laptop");

  passend_entry_set_child_id (entry, "c1");
  passend_dossier_add_entry (dossier, entry);
  g_assert_true (passend_store_flush (store, NULL));

  export_phase (window, home);
  import_phase (window, store, home);
  restore_phase (window, store);
}

/* The old laptop's dossier, exported as a parent would have. */
static void
make_old_laptop_backup (const char *home)
{
  g_autofree char *old = g_build_filename (home, "old-laptop", NULL);
  g_autofree char *file = g_build_filename (home, OLD_LAPTOP, NULL);
  g_autoptr (PassendStore) store = passend_store_new (old);
  g_autoptr (GError) error = NULL;
  PassendDossier *dossier;
  PassendChild   *child;

  passend_store_load (store, NULL);
  dossier = passend_store_get_dossier (store);
  child = passend_dossier_add_child (dossier, "Noor");
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (PassendEntry) entry =
          passend_entry_new (PASSEND_ENTRY_KIND_CONVERSATION, "2025-10-01", "From the old laptop");

      passend_entry_set_child_id (entry, passend_record_get_id (PASSEND_RECORD (child)));
      passend_dossier_add_entry (dossier, entry);
    }
  g_assert_true (passend_store_save (store, &error));
  g_assert_true (passend_backup_export_folder (old, file, NULL, &error));
  g_assert_no_error (error);
}

static void
test_backup (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray  *entries;

  if (g_test_subprocess ())
    {
      run_app (backup_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 4, \"children\": [" SAM_JSON "]}");
  make_old_laptop_backup (home);
  run_in_subprocess ("/ui/backup");

  /* On disk: the dossier the parent went back to. */
  root = read_dossier (dir, parser);
  entries = json_object_get_array_member (root, "entries");
  g_assert_cmpuint (json_array_get_length (entries), ==, 1);
  g_assert_cmpstr (
      json_object_get_string_member (json_array_get_object_element (entries, 0), "title"), ==,
      "Only on this laptop");
  test_remove_dir (home);
}

/* A new computer: the welcome page asks for a child, and the parent
 * brings in the backup of the old laptop instead. */
static void
new_computer_script (PassendApplication *app, PassendWindow *window)
{
  PassendStore    *store = passend_application_get_store (app);
  g_autofree char *file = g_build_filename (g_getenv ("XDG_DATA_HOME"), OLD_LAPTOP, NULL);
  GtkWindow       *question;
  GtkWindow       *done;
  g_autofree char *text = NULL;

  g_assert_true (gtk_widget_get_mapped (find_named (GTK_WIDGET (window), "welcome-name-entry")));
  g_assert_cmpint (passend_store_get_state (store), ==, PASSEND_STORE_STATE_NEW);

  /* The welcome page itself offers the way in. */
  click (GTK_WIDGET (window), "welcome-import-button");
  choose_in_file_chooser (g_getenv ("XDG_DATA_HOME"), OLD_LAPTOP);
  question = wait_for_window ("backup-import-confirm");
  /* Nothing here to replace, so nothing to say about keeping it. */
  g_object_get (question, "secondary-text", &text, NULL);
  g_assert_null (strstr (text, "kept as a backup"));
  click (GTK_WIDGET (question), "backup-import-accept");
  done = wait_for_window ("backup-imported");
  gtk_window_destroy (done);

  g_assert_cmpuint (n_entries (store), ==, 2);
  /* The welcome page fades out: wait for the stack's crossfade to end. */
  for (guint i = 0;
       i < 50 && gtk_widget_get_mapped (find_named (GTK_WIDGET (window), "welcome-name-entry"));
       i++)
    pump ();
  g_assert_false (gtk_widget_get_mapped (find_named (GTK_WIDGET (window), "welcome-name-entry")));
  g_assert_cmpstr (selected_child_name (window), ==, "Noor");
}

static void
test_new_computer (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;

  if (g_test_subprocess ())
    {
      run_app (new_computer_script);
      return;
    }

  dir = prepare_data_home (&home);
  make_old_laptop_backup (home);
  run_in_subprocess ("/ui/backup-new-computer");

  root = read_dossier (dir, parser);
  g_assert_cmpstr (child_name_in_file (root, 0), ==, "Noor");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "entries")), ==, 2);
  test_remove_dir (home);
}

static void
reminder_script (PassendApplication *app, PassendWindow *window)
{
  PassendStore *store = passend_application_get_store (app);
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *reminder = find_named (GTK_WIDGET (window), "backup-reminder");
  gint64     now = g_get_real_time () / G_USEC_PER_SEC;
  gint64     day = 24 * 60 * 60;

  g_assert_nonnull (reminder);
  /* Never exported: the 30 days start now, so no reminder yet. */
  g_assert_false (passend_backup_reminder_get_shown (PASSEND_BACKUP_REMINDER (reminder)));
  g_assert_cmpint (g_settings_get_int64 (settings, "backup-reminder-since"), >=, now - 60);

  /* Exported 40 days ago, and changed today. */
  g_settings_set_int64 (settings, "last-backup-export", now - 40 * day);
  passend_dossier_add_child (passend_store_get_dossier (store), "Noor");
  g_assert_true (passend_store_flush (store, NULL));
  passend_backup_reminder_check (PASSEND_BACKUP_REMINDER (reminder), now);
  g_assert_true (passend_backup_reminder_get_shown (PASSEND_BACKUP_REMINDER (reminder)));
  g_assert_true (gtk_widget_get_visible (find_named (reminder, "backup-reminder-export")));

  /* Exported 10 days ago: nothing to say. */
  g_settings_set_int64 (settings, "last-backup-export", now - 10 * day);
  passend_backup_reminder_check (PASSEND_BACKUP_REMINDER (reminder), now);
  g_assert_false (passend_backup_reminder_get_shown (PASSEND_BACKUP_REMINDER (reminder)));

  /* Don't Remind Me turns the setting off, for good. */
  g_settings_set_int64 (settings, "last-backup-export", now - 40 * day);
  passend_backup_reminder_check (PASSEND_BACKUP_REMINDER (reminder), now);
  g_assert_true (passend_backup_reminder_get_shown (PASSEND_BACKUP_REMINDER (reminder)));
  click (reminder, "backup-reminder-never");
  g_assert_false (g_settings_get_boolean (settings, "backup-reminder"));
  g_assert_false (passend_backup_reminder_get_shown (PASSEND_BACKUP_REMINDER (reminder)));
  passend_backup_reminder_check (PASSEND_BACKUP_REMINDER (reminder), now);
  g_assert_false (passend_backup_reminder_get_shown (PASSEND_BACKUP_REMINDER (reminder)));
}

static void
test_reminder (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      run_app (reminder_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 4, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/backup-reminder");
  test_remove_dir (home);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/backup", test_backup);
  g_test_add_func ("/ui/backup-new-computer", test_new_computer);
  g_test_add_func ("/ui/backup-reminder", test_reminder);

  return g_test_run ();
}
