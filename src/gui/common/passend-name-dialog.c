/* passend-name-dialog.c - asks for a child's first name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used to add and to rename a child.  Emits "accepted" with the name,
 * trimmed and never empty; Escape or Cancel just closes.
 */
#define G_LOG_DOMAIN "passend-name-dialog"

#include "config.h"

#include "passend-name-dialog.h"

/* Long enough for any first name, short enough for the header bar. */
#define MAX_NAME_LENGTH 60

struct _PassendNameDialog
{
  GtkWindow parent_instance;

  GtkButton *accept_button;
  GtkEntry  *name_entry;
};

G_DEFINE_FINAL_TYPE (PassendNameDialog, passend_name_dialog, GTK_TYPE_WINDOW)

enum
{
  ACCEPTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
trimmed_name (PassendNameDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
}

static void
name_changed_cb (PassendNameDialog *self)
{
  g_autofree char *name = trimmed_name (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->accept_button), name[0] != '\0');
}

static void
accept_cb (PassendNameDialog *self)
{
  g_autofree char *name = trimmed_name (self);

  if (name[0] == '\0')
    return;

  g_signal_emit (self, signals[ACCEPTED], 0, name);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_cb (PassendNameDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
passend_name_dialog_class_init (PassendNameDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* GtkWindow's dispose destroys the template's tree. */

  /**
   * PassendNameDialog::accepted:
   * @name: the trimmed, non-empty name
   */
  signals[ACCEPTED] = g_signal_new ("accepted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-name-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendNameDialog, accept_button);
  gtk_widget_class_bind_template_child (widget_class, PassendNameDialog, name_entry);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, accept_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_name_dialog_init (PassendNameDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_entry_set_max_length (self->name_entry, MAX_NAME_LENGTH);
}

/**
 * passend_name_dialog_new:
 * @title: the window title, for example "Add a Child"
 * @accept_label: the label of the button that accepts
 * @name: (nullable): the name to start from
 */
PassendNameDialog *
passend_name_dialog_new (GtkWindow  *parent,
                         const char *title,
                         const char *accept_label,
                         const char *name)
{
  PassendNameDialog *self =
      g_object_new (PASSEND_TYPE_NAME_DIALOG, "transient-for", parent, "title", title, NULL);

  gtk_button_set_label (self->accept_button, accept_label);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name ? name : "");
  name_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  return self;
}

const char *
passend_name_dialog_get_name (PassendNameDialog *self)
{
  g_return_val_if_fail (PASSEND_IS_NAME_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
}
