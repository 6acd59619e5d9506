/* passend-restore-dialog.c - Restore From a Backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rotating backups Passend keeps in the data folder, newest first,
 * each with its date, time and what it holds.  Look opens one to read
 * (its entries, nothing can be changed); Restore makes it the dossier
 * after a question, and the dossier of now is kept as a backup first.
 * The list is read on a worker: each backup is a whole dossier.
 */
#define G_LOG_DOMAIN "passend-backup"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-backup-flow.h"
#include "passend-backup.h"
#include "passend-restore-dialog.h"
#include "passend-ui-util.h"

struct _PassendRestoreDialog
{
  GtkWindow parent_instance;

  PassendStore *store;
  GCancellable *cancellable;
  GPtrArray    *backups; /* PassendBackupInfo, as in the list */

  GtkStack           *stack;
  GtkLabel           *status_label;
  GtkListView        *backups_view;
  GtkSingleSelection *selection;
  GtkStringList      *backup_lines;
  GtkButton          *look_button;
  GtkButton          *restore_button;
  GtkLabel           *look_title;
  GtkLabel           *look_counts;
  GtkStringList      *entry_lines;
  GtkButton          *back_button;
};

G_DEFINE_FINAL_TYPE (PassendRestoreDialog, passend_restore_dialog, GTK_TYPE_WINDOW)

static PassendBackupInfo *
selected_backup (PassendRestoreDialog *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  if (self->backups == NULL || position >= self->backups->len)
    return NULL;
  return self->backups->pdata[position];
}

static char *
describe_when (PassendBackupInfo *info)
{
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (info->when == NULL)
    return g_strdup (info->name);

  /* The date as every page writes it, in the parent's language. */
  day = g_date_time_format (info->when, "%Y-%m-%d");
  date = passend_format_date (day);
  time = g_date_time_format (info->when, "%H:%M");
  return g_strdup_printf ("%s, %s", date, time);
}

static void
update_buttons (PassendRestoreDialog *self)
{
  gboolean any = selected_backup (self) != NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->look_button), any);
  gtk_widget_set_sensitive (GTK_WIDGET (self->restore_button),
                            any && passend_store_get_writable (self->store));
}

static void
described_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (PassendRestoreDialog) self = user_data;
  g_autoptr (GPtrArray) backups =
      passend_store_describe_backups_finish (PASSEND_STORE (source), result);
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  if (backups == NULL || self->cancellable == NULL ||
      g_cancellable_is_cancelled (self->cancellable))
    return;

  for (guint i = 0; i < backups->len; i++)
    {
      g_autofree char *when = describe_when (backups->pdata[i]);
      g_autofree char *counts = passend_backup_describe_counts (backups->pdata[i]);

      g_ptr_array_add (lines, g_strdup_printf ("%s — %s", when, counts));
    }
  g_ptr_array_add (lines, NULL);

  g_clear_pointer (&self->backups, g_ptr_array_unref);
  self->backups = g_steal_pointer (&backups);
  gtk_string_list_splice (self->backup_lines, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->backup_lines)),
                          (const char *const *)lines->pdata);

  gtk_label_set_label (self->status_label,
                       self->backups->len == 0
                           ? _ ("There are no backups yet. Passend keeps one each time it saves "
                                "a change.")
                           : _ ("Passend keeps a backup each time it saves a change: the last "
                                "ten, and one of each of the last fourteen days."));
  update_buttons (self);
  if (self->backups->len > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->backups_view));
}

static void
look_cb (PassendRestoreDialog *self)
{
  PassendBackupInfo *info = selected_backup (self);
  g_autoptr (PassendDossier) dossier = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *when = NULL;
  g_autofree char *title = NULL;
  g_autofree char *counts = NULL;
  GListModel      *entries;

  if (info == NULL)
    return;
  dossier = passend_store_open_backup (self->store, info->name, &error);
  if (dossier == NULL)
    {
      passend_show_warning (GTK_WINDOW (self), _ ("This backup cannot be opened"), error->message);
      return;
    }

  entries = passend_dossier_get_entries (dossier);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (PassendEntry) entry = g_list_model_get_item (entries, i);
      g_autofree char *date = passend_format_date (passend_entry_get_date (entry));

      g_ptr_array_add (lines, g_strdup_printf ("%s — %s", date, passend_entry_get_title (entry)));
    }
  g_ptr_array_add (lines, NULL);
  gtk_string_list_splice (self->entry_lines, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->entry_lines)),
                          (const char *const *)lines->pdata);

  when = describe_when (info);
  title = g_strdup_printf (_ ("The backup of %s"), when);
  counts = passend_backup_describe_counts (info);
  gtk_label_set_label (self->look_title, title);
  gtk_label_set_label (self->look_counts, counts);
  gtk_stack_set_visible_child_name (self->stack, "look");
  gtk_widget_grab_focus (GTK_WIDGET (self->back_button));
}

static void
back_cb (PassendRestoreDialog *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->backups_view));
}

static void
activated_cb (PassendRestoreDialog *self, guint position)
{
  look_cb (self);
}

static gboolean
close_later_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  g_object_unref (data);
  return G_SOURCE_REMOVE;
}

/* @user_data: the dialog, held until the file holds the backup. */
static void
restored_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (PassendRestoreDialog) self = user_data;
  g_autoptr (GError) error = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  if (!passend_store_restore_named_backup_finish (PASSEND_STORE (source), result, &error))
    {
      passend_show_warning (GTK_WINDOW (self), _ ("The backup was not restored"), error->message);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_idle_add (close_later_cb, g_object_ref (self));
}

static void
restore_response_cb (PassendRestoreDialog *self, int response, GtkDialog *question)
{
  char            *name = g_object_steal_data (G_OBJECT (question), "passend-backup");
  g_autofree char *owned = name;

  gtk_window_destroy (GTK_WINDOW (question));
  if (response != GTK_RESPONSE_ACCEPT)
    return;

  /* Read and saved on a worker: the window goes on drawing, and nothing
   * here can be chosen twice meanwhile. */
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  passend_store_restore_named_backup_async (self->store, name, restored_cb, g_object_ref (self));
}

static void
restore_cb (PassendRestoreDialog *self)
{
  PassendBackupInfo *info = selected_backup (self);
  g_autofree char   *when = NULL;
  g_autofree char   *counts = NULL;
  GtkWidget         *question;
  GtkWidget         *accept;

  if (info == NULL || !passend_store_get_writable (self->store))
    return;

  when = describe_when (info);
  counts = passend_backup_describe_counts (info);
  question = gtk_message_dialog_new (
      GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT, GTK_MESSAGE_QUESTION,
      GTK_BUTTONS_NONE, _ ("Go back to the backup of %s?"), when);
  gtk_widget_set_name (question, "restore-confirm");
  gtk_message_dialog_format_secondary_text (
      GTK_MESSAGE_DIALOG (question),
      _ ("It holds %s. The dossier you have now is kept as a backup first, so you can come back "
         "to it."),
      counts);
  gtk_dialog_add_button (GTK_DIALOG (question), _ ("_Cancel"), GTK_RESPONSE_CANCEL);
  accept = gtk_dialog_add_button (GTK_DIALOG (question), _ ("_Restore"), GTK_RESPONSE_ACCEPT);
  gtk_widget_set_name (accept, "restore-accept");
  gtk_widget_add_css_class (accept, "suggested-action");
  g_object_set_data_full (G_OBJECT (question), "passend-backup", g_strdup (info->name), g_free);
  g_signal_connect_object (question, "response", G_CALLBACK (restore_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (question));
}

static void
setup_line_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
bind_line_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkStringObject *line = gtk_list_item_get_item (item);
  const char      *text = gtk_string_object_get_string (line);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_list_item_get_child (item)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
passend_restore_dialog_dispose (GObject *object)
{
  PassendRestoreDialog *self = PASSEND_RESTORE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->backups, g_ptr_array_unref);
  G_OBJECT_CLASS (passend_restore_dialog_parent_class)->dispose (object);
}

static void
passend_restore_dialog_class_init (PassendRestoreDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_restore_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-restore-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendRestoreDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PassendRestoreDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, PassendRestoreDialog, backups_view);
  gtk_widget_class_bind_template_child (widget_class, PassendRestoreDialog, selection);
  gtk_widget_class_bind_template_child (widget_class, PassendRestoreDialog, backup_lines);
  gtk_widget_class_bind_template_child (widget_class, PassendRestoreDialog, look_button);
  gtk_widget_class_bind_template_child (widget_class, PassendRestoreDialog, restore_button);
  gtk_widget_class_bind_template_child (widget_class, PassendRestoreDialog, look_title);
  gtk_widget_class_bind_template_child (widget_class, PassendRestoreDialog, look_counts);
  gtk_widget_class_bind_template_child (widget_class, PassendRestoreDialog, entry_lines);
  gtk_widget_class_bind_template_child (widget_class, PassendRestoreDialog, back_button);
  gtk_widget_class_bind_template_callback (widget_class, look_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_cb);
  gtk_widget_class_bind_template_callback (widget_class, restore_cb);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_buttons);
  gtk_widget_class_bind_template_callback (widget_class, setup_line_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_line_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_restore_dialog_init (PassendRestoreDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

PassendRestoreDialog *
passend_restore_dialog_new (GtkWindow *parent, PassendStore *store)
{
  PassendRestoreDialog *self =
      g_object_new (PASSEND_TYPE_RESTORE_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  update_buttons (self);
  passend_store_describe_backups_async (store, self->cancellable, described_cb,
                                        g_object_ref (self));
  return self;
}

/**
 * passend_restore_dialog_get_n_backups:
 *
 * Returns: how many backups the list shows (0 until they are read)
 */
guint
passend_restore_dialog_get_n_backups (PassendRestoreDialog *self)
{
  g_return_val_if_fail (PASSEND_IS_RESTORE_DIALOG (self), 0);
  return self->backups != NULL ? self->backups->len : 0;
}
