/* passend-window-backup.c - the window's backup.* actions: Export
 * Everything, Import Backup, Restore From a Backup (main menu)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "passend-window"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-backup-flow.h"
#include "passend-backup-reminder.h"
#include "passend-ui-util.h"
#include "passend-window-private.h"

static gboolean
dossier_was_read (PassendWindow *self)
{
  switch (passend_store_get_state (self->store))
    {
    case PASSEND_STORE_STATE_NEW:
    case PASSEND_STORE_STATE_OK:
    case PASSEND_STORE_STATE_NEWER:
    case PASSEND_STORE_STATE_LOCKED:
      return TRUE;
    default:
      return FALSE;
    }
}

static void
export_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendWindow *self = PASSEND_WINDOW (widget);

  if (!dossier_was_read (self))
    {
      passend_show_warning (GTK_WINDOW (self), _ ("There is nothing to export"),
                            _ ("The dossier could not be read. Restore a backup first."));
      return;
    }
  passend_backup_export_run (GTK_WINDOW (self), self->store, self->settings);
}

static void
import_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendWindow *self = PASSEND_WINDOW (widget);

  passend_backup_import_run (GTK_WINDOW (self), self->store);
}

static void
restore_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendWindow *self = PASSEND_WINDOW (widget);

  passend_backup_restore_run (GTK_WINDOW (self), self->store);
}

/**
 * _passend_window_backup_constructed:
 *
 * Puts the backup reminder under the banner of the content page.
 */
void
_passend_window_backup_constructed (PassendWindow *self)
{
  PassendBackupReminder *reminder = passend_backup_reminder_new (self->store, self->settings);
  GtkWidget             *banner = GTK_WIDGET (self->banner_revealer);

  gtk_widget_set_name (GTK_WIDGET (reminder), "backup-reminder");
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (banner)), GTK_WIDGET (reminder),
                              banner);
  passend_backup_reminder_check (reminder, g_get_real_time () / G_USEC_PER_SEC);
}

void
_passend_window_class_backup_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "backup.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "backup.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "backup.restore", NULL, restore_action);
}
