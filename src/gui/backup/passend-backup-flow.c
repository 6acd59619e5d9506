/* passend-backup-flow.c - the steps of Export Everything and Import
 * Backup, and the gentle reminder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export: a file chooser, the store's export on a worker with a
 * progress window, then a message that says what the file holds and
 * that it was checked.  Import: a file chooser, the check on a worker,
 * a question that shows what will come in (and that the current
 * dossier is kept as a backup), then the import.  Nothing here touches
 * a file; the store does.
 */
#define G_LOG_DOMAIN "passend-backup"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-backup-flow.h"
#include "passend-backup-progress.h"
#include "passend-recent.h"
#include "passend-restore-dialog.h"
#include "passend-ui-util.h"

typedef struct
{
  GtkWindow             *parent;
  PassendStore          *store;
  GSettings             *settings;
  PassendBackupProgress *progress;
  char                  *path;
} Flow;

static Flow *
flow_new (GtkWindow *parent, PassendStore *store, GSettings *settings, const char *path)
{
  Flow *flow = g_new0 (Flow, 1);

  g_set_weak_pointer (&flow->parent, parent);
  flow->store = g_object_ref (store);
  flow->settings = settings != NULL ? g_object_ref (settings) : NULL;
  flow->path = g_strdup (path);
  return flow;
}

static void
flow_free (Flow *flow)
{
  if (flow->progress != NULL)
    gtk_window_destroy (GTK_WINDOW (flow->progress));
  g_clear_weak_pointer (&flow->progress);
  g_clear_weak_pointer (&flow->parent);
  g_clear_object (&flow->store);
  g_clear_object (&flow->settings);
  g_free (flow->path);
  g_free (flow);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Flow, flow_free)

static GCancellable *
flow_show_progress (Flow *flow, const char *title, const char *text)
{
  PassendBackupProgress *progress = passend_backup_progress_new (flow->parent, title, text);

  g_set_weak_pointer (&flow->progress, progress);
  gtk_window_present (GTK_WINDOW (progress));
  return passend_backup_progress_get_cancellable (progress);
}

static void
show_message (GtkWindow *parent, const char *name, const char *primary, const char *secondary)
{
  GtkWidget *dialog =
      gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                              GTK_MESSAGE_INFO, GTK_BUTTONS_CLOSE, "%s", primary);

  gtk_widget_set_name (dialog, name);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * passend_backup_describe_counts:
 *
 * Returns: (transfer full): "2 children, 120 entries and 14 documents"
 */
char *
passend_backup_describe_counts (const PassendBackupInfo *info)
{
  g_autofree char *children =
      g_strdup_printf (ngettext ("%u child", "%u children", info->children), info->children);
  g_autofree char *entries =
      g_strdup_printf (ngettext ("%u entry", "%u entries", info->entries), info->entries);
  g_autofree char *documents =
      g_strdup_printf (ngettext ("%u document", "%u documents", info->documents), info->documents);

  /* Translators: the three counts above */
  return g_strdup_printf (_ ("%s, %s and %s"), children, entries, documents);
}

static GtkFileFilter *
backup_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _ ("Passend backups"));
  gtk_file_filter_add_pattern (filter, "*.passend");
  return filter;
}

/* The chosen file, kept out of every program's Recent list. */
static char *
chosen_path (GtkNativeDialog *chooser, int response)
{
  g_autoptr (GFile) file = passend_chooser_take_file (chooser, response);

  return file != NULL ? g_file_get_path (file) : NULL;
}

/* Export */

static void
exported_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (Flow) flow = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (PassendBackupInfo) info =
      passend_store_export_backup_finish (PASSEND_STORE (source), result, &error);
  g_autofree char *counts = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;

  if (info == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        passend_show_warning (flow->parent, _ ("The backup could not be saved"), error->message);
      return;
    }

  if (flow->settings != NULL)
    g_settings_set_int64 (flow->settings, "last-backup-export",
                          g_get_real_time () / G_USEC_PER_SEC);

  name = g_filename_display_basename (flow->path);
  counts = passend_backup_describe_counts (info);
  text = g_strdup_printf (_ ("“%s” holds %s, and Passend checked it. Keep it in a safe place "
                             "away from this computer, such as a USB stick."),
                          name, counts);
  show_message (flow->parent, "backup-exported", _ ("The backup is saved"), text);
}

/**
 * passend_backup_export_to:
 * @path: the .passend file to write
 */
void
passend_backup_export_to (GtkWindow    *parent,
                          PassendStore *store,
                          GSettings    *settings,
                          const char   *path)
{
  Flow         *flow = flow_new (parent, store, settings, path);
  GCancellable *cancellable =
      flow_show_progress (flow, _ ("Export Everything"),
                          _ ("Passend writes the dossier and every document into one file, "
                             "then reads it back to check it."));

  passend_store_export_backup_async (store, path, cancellable, exported_cb, flow);
}

static void
export_chooser_cb (GtkNativeDialog *chooser, int response, gpointer user_data)
{
  g_autoptr (Flow) flow = user_data;
  g_autofree char *path = chosen_path (chooser, response);

  g_object_unref (chooser);
  if (path == NULL || flow->parent == NULL)
    return;
  if (!g_str_has_suffix (path, ".passend"))
    {
      char *with = g_strconcat (path, ".passend", NULL);

      g_free (path);
      path = with;
    }
  passend_backup_export_to (flow->parent, flow->store, flow->settings, path);
}

void
passend_backup_export_run (GtkWindow *parent, PassendStore *store, GSettings *settings)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = backup_filter ();
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("Passend %s.passend", date);

  chooser = gtk_file_chooser_native_new (
      _ ("Export Everything"), parent, GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), _ ("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_chooser_cb),
                    flow_new (parent, store, settings, NULL));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Import */

static void
imported_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (Flow) flow = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (PassendBackupInfo) info =
      passend_store_import_backup_finish (PASSEND_STORE (source), result, &error);
  g_autofree char *counts = NULL;
  g_autofree char *text = NULL;

  if (info == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          text = g_strdup_printf (_ ("%s Nothing was changed."), error->message);
          passend_show_warning (flow->parent, _ ("The backup was not brought in"), text);
        }
      return;
    }

  counts = passend_backup_describe_counts (info);
  text = g_strdup_printf (_ ("Passend now holds %s from the backup."), counts);
  show_message (flow->parent, "backup-imported", _ ("The backup is brought in"), text);
}

static void
confirm_response_cb (GtkDialog *dialog, int response, gpointer user_data)
{
  g_autoptr (Flow) flow = user_data;
  Flow         *next;
  GCancellable *cancellable;

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response != GTK_RESPONSE_ACCEPT || flow->parent == NULL)
    return;

  next = flow_new (flow->parent, flow->store, NULL, flow->path);
  cancellable = flow_show_progress (next, _ ("Import Backup"), _ ("Passend brings in the backup."));
  passend_store_import_backup_async (next->store, next->path, cancellable, imported_cb, next);
}

static void
confirm_import (Flow *flow, PassendBackupInfo *info)
{
  g_autofree char *counts = passend_backup_describe_counts (info);
  g_autoptr (GString) text = g_string_new (NULL);
  GtkWidget *dialog;
  GtkWidget *accept;

  if (info->when != NULL)
    {
      g_autofree char *day = g_date_time_format (info->when, "%Y-%m-%d");
      g_autofree char *date = passend_format_date (day);
      g_autofree char *time = g_date_time_format (info->when, "%H:%M");

      /* Translators: a date, a time, and "2 children, 120 entries and 14 documents" */
      g_string_printf (text, _ ("The backup was made on %s at %s. It holds %s."), date, time,
                       counts);
    }
  else
    g_string_printf (text, _ ("The backup holds %s."), counts);
  if (info->files < info->documents)
    {
      g_string_append (text, " ");
      g_string_append_printf (text,
                              ngettext ("The file of %u document is not in it; it will show "
                                        "as missing.",
                                        "The files of %u documents are not in it; they will show "
                                        "as missing.",
                                        info->documents - info->files),
                              info->documents - info->files);
    }
  if (passend_store_holds_dossier (flow->store))
    {
      g_string_append (text, "\n\n");
      g_string_append (text, _ ("It replaces the dossier you have now. That dossier is kept as a "
                                "backup: you can go back to it with Restore From a Backup."));
    }

  dialog = gtk_message_dialog_new (flow->parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s",
                                   _ ("Import this backup?"));
  gtk_widget_set_name (dialog, "backup-import-confirm");
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", text->str);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Cancel"), GTK_RESPONSE_CANCEL);
  accept = gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Import"), GTK_RESPONSE_ACCEPT);
  gtk_widget_set_name (accept, "backup-import-accept");
  gtk_widget_add_css_class (accept, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), flow);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
inspected_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (Flow) flow = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (PassendBackupInfo) info = passend_backup_inspect_finish (result, &error);

  if (flow->progress != NULL)
    gtk_window_destroy (GTK_WINDOW (flow->progress));

  if (info == NULL)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || flow->parent == NULL)
        return;
      text = g_strdup_printf (_ ("%s Nothing was changed."), error->message);
      passend_show_warning (flow->parent, _ ("This backup cannot be brought in"), text);
      return;
    }
  if (flow->parent != NULL)
    confirm_import (g_steal_pointer (&flow), info);
}

/**
 * passend_backup_import_from:
 * @path: a .passend file
 *
 * Checks @path, shows what it holds and asks; imports on Bring In.
 */
void
passend_backup_import_from (GtkWindow *parent, PassendStore *store, const char *path)
{
  Flow         *flow;
  GCancellable *cancellable;

  if (!passend_store_get_writable (store))
    {
      passend_show_warning (parent, _ ("The backup was not brought in"),
                            _ ("The dossier is open read-only, so nothing can be brought in."));
      return;
    }

  flow = flow_new (parent, store, NULL, path);
  cancellable = flow_show_progress (flow, _ ("Import Backup"),
                                    _ ("Passend checks the backup: every file in it, and the "
                                       "dossier."));
  passend_backup_inspect_async (path, cancellable, inspected_cb, flow);
}

static void
import_chooser_cb (GtkNativeDialog *chooser, int response, gpointer user_data)
{
  g_autoptr (Flow) flow = user_data;
  g_autofree char *path = chosen_path (chooser, response);

  g_object_unref (chooser);
  if (path != NULL && flow->parent != NULL)
    passend_backup_import_from (flow->parent, flow->store, path);
}

void
passend_backup_import_run (GtkWindow *parent, PassendStore *store)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = backup_filter ();

  chooser = gtk_file_chooser_native_new (_ ("Import Backup"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _ ("_Open"), _ ("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (import_chooser_cb),
                    flow_new (parent, store, NULL, NULL));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
passend_backup_restore_run (GtkWindow *parent, PassendStore *store)
{
  gtk_window_present (GTK_WINDOW (passend_restore_dialog_new (parent, store)));
}
