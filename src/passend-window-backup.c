/* passend-window-backup.c - the window's backup.* actions: Export
 * Everything, Import Backup, Restore From a Backup (main menu)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "passend-window"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-backup-flow.h"
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

void
_passend_window_class_backup_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "backup.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "backup.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "backup.restore", NULL, restore_action);
}
