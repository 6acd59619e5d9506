/* passend-backup-reminder.c - "Time for a backup", a bar above the pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shown once a start, and only when the setting "backup-reminder" is on
 * (it is by default), the last export is more than 30 days old (or,
 * never exported, Passend first looked more than 30 days ago) and the
 * dossier changed since.  It offers Export Everything, Not Now, and
 * Don't Remind Me, which turns the setting off.  The export time is
 * kept in GSettings, not in the dossier: it is a fact of this computer,
 * and writing it into the dossier would itself be a change.
 */
#define G_LOG_DOMAIN "passend-backup"

#include "config.h"

#include "passend-ui-util.h"

#include "passend-backup-reminder.h"
#include "passend-backup.h"

struct _PassendBackupReminder
{
  GtkWidget parent_instance;

  PassendStore *store;
  GSettings    *settings;
  gboolean      checked;

  GtkRevealer *revealer;
};

G_DEFINE_FINAL_TYPE (PassendBackupReminder, passend_backup_reminder, GTK_TYPE_WIDGET)

static void
hide (PassendBackupReminder *self)
{
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
}

static void
export_cb (PassendBackupReminder *self)
{
  hide (self);
  gtk_widget_activate_action (GTK_WIDGET (self), "backup.export", NULL);
}

static void
never_cb (PassendBackupReminder *self)
{
  g_settings_set_boolean (self->settings, "backup-reminder", FALSE);
  hide (self);
}

/* The dossier may be read after the window is made. */
static void
store_state_cb (PassendBackupReminder *self)
{
  if (!self->checked)
    passend_backup_reminder_check (self, g_get_real_time () / G_USEC_PER_SEC);
}

static void
passend_backup_reminder_dispose (GObject *object)
{
  PassendBackupReminder *self = PASSEND_BACKUP_REMINDER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PASSEND_TYPE_BACKUP_REMINDER);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (passend_backup_reminder_parent_class)->dispose (object);
}

static void
passend_backup_reminder_class_init (PassendBackupReminderClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_backup_reminder_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-backup-reminder.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendBackupReminder, revealer);
  gtk_widget_class_bind_template_callback (widget_class, export_cb);
  gtk_widget_class_bind_template_callback (widget_class, hide);
  gtk_widget_class_bind_template_callback (widget_class, never_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
passend_backup_reminder_init (PassendBackupReminder *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  passend_revealer_hide_closed (self->revealer);
}

PassendBackupReminder *
passend_backup_reminder_new (PassendStore *store, GSettings *settings)
{
  PassendBackupReminder *self = g_object_new (PASSEND_TYPE_BACKUP_REMINDER, NULL);

  self->store = g_object_ref (store);
  self->settings = g_object_ref (settings);
  g_signal_connect_object (settings, "changed::last-backup-export", G_CALLBACK (hide), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::state", G_CALLBACK (store_state_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}

/**
 * passend_backup_reminder_check:
 * @now: this moment, in seconds since 1970
 *
 * Shows the bar if the reminder is due, and hides it if not.  The
 * window calls it once, and once more when the dossier is first open
 * for writing.
 */
void
passend_backup_reminder_check (PassendBackupReminder *self, gint64 now)
{
  gint64 last, since;

  g_return_if_fail (PASSEND_IS_BACKUP_REMINDER (self));

  if (!passend_store_get_writable (self->store))
    return;
  self->checked = TRUE;
  if (!g_settings_get_boolean (self->settings, "backup-reminder"))
    {
      hide (self);
      return;
    }

  last = g_settings_get_int64 (self->settings, "last-backup-export");
  since = g_settings_get_int64 (self->settings, "backup-reminder-since");
  if (last == 0 && since == 0)
    g_settings_set_int64 (self->settings, "backup-reminder-since", since = now);

  gtk_revealer_set_reveal_child (
      self->revealer,
      passend_backup_reminder_due (last, since, passend_store_get_saved_time (self->store), now));
}

gboolean
passend_backup_reminder_get_shown (PassendBackupReminder *self)
{
  g_return_val_if_fail (PASSEND_IS_BACKUP_REMINDER (self), FALSE);
  return gtk_revealer_get_reveal_child (self->revealer);
}
