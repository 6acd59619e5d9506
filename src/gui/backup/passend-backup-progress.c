/* passend-backup-progress.c - "Saving the backup…", with Cancel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A backup of a large dossier takes a few seconds: this small window
 * says what is going on, moves while it does, and cancels the work on
 * Cancel or Escape.  Whoever started the work closes it.
 */
#define G_LOG_DOMAIN "passend-backup"

#include "config.h"

#include "passend-backup-progress.h"

struct _PassendBackupProgress
{
  GtkWindow parent_instance;

  GCancellable   *cancellable;
  guint           pulse_source;
  GtkLabel       *text_label;
  GtkProgressBar *bar;
};

G_DEFINE_FINAL_TYPE (PassendBackupProgress, passend_backup_progress, GTK_TYPE_WINDOW)

static gboolean
pulse_cb (gpointer data)
{
  PassendBackupProgress *self = data;

  gtk_progress_bar_pulse (self->bar);
  return G_SOURCE_CONTINUE;
}

static void
cancel_cb (PassendBackupProgress *self)
{
  g_cancellable_cancel (self->cancellable);
}

static gboolean
close_request_cb (GtkWindow *window)
{
  PassendBackupProgress *self = PASSEND_BACKUP_PROGRESS (window);

  /* Closing it is cancelling; the work's end destroys it. */
  g_cancellable_cancel (self->cancellable);
  return TRUE;
}

static void
passend_backup_progress_dispose (GObject *object)
{
  PassendBackupProgress *self = PASSEND_BACKUP_PROGRESS (object);

  g_clear_handle_id (&self->pulse_source, g_source_remove);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (passend_backup_progress_parent_class)->dispose (object);
}

static void
passend_backup_progress_class_init (PassendBackupProgressClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = passend_backup_progress_dispose;
  window_class->close_request = close_request_cb;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-backup-progress.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendBackupProgress, text_label);
  gtk_widget_class_bind_template_child (widget_class, PassendBackupProgress, bar);
  gtk_widget_class_bind_template_callback (widget_class, cancel_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_backup_progress_init (PassendBackupProgress *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->pulse_source = g_timeout_add (120, pulse_cb, self);
}

/**
 * passend_backup_progress_new:
 * @title: the window's title
 * @text: what is going on, in one sentence
 */
PassendBackupProgress *
passend_backup_progress_new (GtkWindow *parent, const char *title, const char *text)
{
  PassendBackupProgress *self =
      g_object_new (PASSEND_TYPE_BACKUP_PROGRESS, "transient-for", parent, "title", title, NULL);

  gtk_label_set_label (self->text_label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar), GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  return self;
}

GCancellable *
passend_backup_progress_get_cancellable (PassendBackupProgress *self)
{
  g_return_val_if_fail (PASSEND_IS_BACKUP_PROGRESS (self), NULL);
  return self->cancellable;
}
