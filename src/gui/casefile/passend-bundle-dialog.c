/* passend-bundle-dialog.c - the Bundle dialog: the parent's choices,
 * then the PDF made on a worker with a progress bar and Cancel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The choices are a child (or all), a period, kinds of entries, only
 * entries with agreements, and ticks per entry and document; a title
 * and for whom.  The bundle is copied from the dossier when the parent
 * has chosen where to save it, then written on a worker
 * (src/casefile); Cancel stops it and leaves no file.
 */
#define G_LOG_DOMAIN "passend-bundle-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-bundle-dialog-private.h"
#include "passend-error.h"
#include "passend-recent.h"
#include "passend-ui-util.h"

G_DEFINE_FINAL_TYPE (PassendBundleDialog, passend_bundle_dialog, GTK_TYPE_WINDOW)

static gboolean
rebuild_cb (gpointer user_data)
{
  PassendBundleDialog *self = user_data;

  self->rebuild_idle = 0;
  _passend_bundle_dialog_fill_entries (self);
  return G_SOURCE_REMOVE;
}

static void
choices_changed_cb (PassendBundleDialog *self)
{
  if (self->rebuild_idle == 0 && self->dossier != NULL)
    self->rebuild_idle = g_idle_add (rebuild_cb, self);
}

/* After a tick: the list stays, nothing else to do yet. */
void
_passend_bundle_dialog_choices_changed (PassendBundleDialog *self)
{
  gtk_label_set_text (self->status_label, "");
}

static char *
typed_date (PassendDateEntry *entry, GError **error)
{
  char *date = passend_date_entry_get_date (entry);

  if (date == NULL && !passend_date_entry_is_empty (entry))
    g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                 _ ("Write the dates as day-month-year, for example 12-3-2026."));
  return date;
}

static void
copy_set (GHashTable *from, GHashTable *to)
{
  GHashTableIter iter;
  gpointer       key;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (to, g_strdup (key));
}

/* The choices as a spec; with @with_picks also the ticks. */
PassendBundleSpec *
_passend_bundle_dialog_make_spec (PassendBundleDialog *self, gboolean with_picks, GError **error)
{
  g_autoptr (PassendBundleSpec) spec = passend_bundle_spec_new ();
  g_autoptr (GError) local_error = NULL;
  guint         chosen = gtk_drop_down_get_selected (self->child_drop);
  PassendChild *child = chosen < self->children->len ? self->children->pdata[chosen] : NULL;
  guint         all_kinds = 0;

  if (child != NULL)
    spec->child_id = g_strdup (passend_record_get_id (PASSEND_RECORD (child)));
  spec->from = typed_date (self->from_entry, &local_error);
  spec->to = typed_date (self->to_entry, local_error == NULL ? &local_error : NULL);
  if (local_error == NULL && spec->from != NULL && spec->to != NULL &&
      g_strcmp0 (spec->from, spec->to) > 0)
    g_set_error (&local_error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                 _ ("The first date comes after the last date."));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  for (guint i = 0; i < BUNDLE_N_KINDS; i++)
    {
      all_kinds |= 1u << i;
      if (gtk_check_button_get_active (self->kind_checks[i]))
        spec->kinds |= 1u << i;
    }
  if (spec->kinds == all_kinds)
    spec->kinds = 0;
  spec->only_with_agreements = gtk_check_button_get_active (self->agreements_check);

  if (with_picks)
    {
      copy_set (self->left_out, spec->left_out);
      copy_set (self->private_text, spec->private_text);
      copy_set (self->left_out_documents, spec->left_out_documents);
      spec->title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry)));
      spec->for_whom = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->for_entry)));
    }
  return g_steal_pointer (&spec);
}

/**
 * passend_bundle_dialog_get_spec:
 *
 * Returns: (transfer full): the parent's choices, or %NULL with @error
 *   saying what to put right
 */
PassendBundleSpec *
passend_bundle_dialog_get_spec (PassendBundleDialog *self, GError **error)
{
  g_return_val_if_fail (PASSEND_IS_BUNDLE_DIALOG (self), NULL);
  return _passend_bundle_dialog_make_spec (self, TRUE, error);
}

static void
set_writing (PassendBundleDialog *self, gboolean writing)
{
  /* Away from the choices before they go insensitive. */
  if (writing)
    gtk_widget_grab_focus (self->cancel_button);
  gtk_widget_set_sensitive (self->choices_box, !writing);
  gtk_widget_set_sensitive (self->make_button, !writing);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), writing);
  if (writing)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_widget_set_visible (self->done_box, FALSE);
      gtk_button_set_label (GTK_BUTTON (self->cancel_button), _ ("_Cancel"));
    }
}

static void
progress_cb (double fraction, gpointer user_data)
{
  PassendBundleDialog *self = user_data;

  if (!self->disposed)
    gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
written_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (PassendBundleDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  guint            n_pages = 0;

  g_clear_object (&self->cancellable);
  if (self->disposed)
    {
      passend_bundle_write_finish (result, NULL, NULL);
      return;
    }
  if (self->close_when_done)
    {
      passend_bundle_write_finish (result, NULL, NULL);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  set_writing (self, FALSE);
  if (passend_bundle_write_finish (result, &n_pages, &error))
    {
      g_free (self->made);
      self->made = g_steal_pointer (&self->writing_to);
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The bundle is made: %u page.",
                                           "The bundle is made: %u pages.", n_pages),
                              n_pages);
      gtk_widget_set_visible (self->done_box, TRUE);
      gtk_button_set_label (GTK_BUTTON (self->cancel_button), _ ("_Close"));
      gtk_widget_grab_focus (self->open_button);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    text = g_strdup (_ ("Stopped. No file was made."));
  else
    text = g_strdup_printf (_ ("The bundle could not be made: %s"), error->message);
  g_clear_pointer (&self->writing_to, g_free);
  gtk_label_set_text (self->status_label, text);
}

/**
 * passend_bundle_dialog_save_to:
 * @path: where the parent chose to save the PDF
 *
 * Makes the bundle of the choices as they are now, on a worker.
 */
void
passend_bundle_dialog_save_to (PassendBundleDialog *self, const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PassendBundleSpec) spec = NULL;
  g_autoptr (PassendBundle) bundle = NULL;

  g_return_if_fail (PASSEND_IS_BUNDLE_DIALOG (self));
  if (self->cancellable != NULL || self->dossier == NULL)
    return;

  spec = passend_bundle_dialog_get_spec (self, &error);
  if (spec == NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return;
    }

  bundle = passend_bundle_new (self->store, self->dossier, spec);
  self->cancellable = g_cancellable_new ();
  self->writing_to = g_strdup (path);
  set_writing (self, TRUE);
  gtk_label_set_text (self->status_label, _ ("Making the bundle…"));
  passend_bundle_write_async (bundle, path, progress_cb, self, self->cancellable, written_cb,
                              g_object_ref (self));
}

gboolean
passend_bundle_dialog_is_writing (PassendBundleDialog *self)
{
  g_return_val_if_fail (PASSEND_IS_BUNDLE_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}

/**
 * passend_bundle_dialog_get_made:
 *
 * Returns: (nullable): the file of the last bundle made
 */
const char *
passend_bundle_dialog_get_made (PassendBundleDialog *self)
{
  g_return_val_if_fail (PASSEND_IS_BUNDLE_DIALOG (self), NULL);
  return self->made;
}

static void
chooser_response_cb (PassendBundleDialog *self, int response, GtkNativeDialog *chooser)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;

  file = passend_chooser_take_file (chooser, response);
  g_object_unref (chooser);

  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path != NULL)
    passend_bundle_dialog_save_to (self, path);
  else if (file != NULL)
    gtk_label_set_text (self->status_label, _ ("Choose a folder on this computer."));
}

static void
make_cb (PassendBundleDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PassendBundleSpec) spec = passend_bundle_dialog_get_spec (self, &error);
  g_autoptr (GtkFileFilter) filter = NULL;
  g_autofree char      *name = NULL;
  GtkFileChooserNative *chooser;

  if (spec == NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return;
    }

  chooser = gtk_file_chooser_native_new (_ ("Save the Bundle as PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Save"), _ ("_Cancel"));
  /* Translators: the file name the Bundle dialog suggests. */
  name = g_strdup_printf ("%s.pdf", *spec->title != '\0' ? spec->title : _ ("Evidence bundle"));
  g_strdelimit (name, "/", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _ ("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_cb (PassendBundleDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
escape_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  cancel_cb (PASSEND_BUNDLE_DIALOG (widget));
  return TRUE;
}

static gboolean
close_request_cb (GtkWindow *window)
{
  PassendBundleDialog *self = PASSEND_BUNDLE_DIALOG (window);

  /* The worker stops first, then the dialog goes. */
  if (self->cancellable == NULL)
    return FALSE;
  self->close_when_done = TRUE;
  g_cancellable_cancel (self->cancellable);
  return TRUE;
}

static void
show_uri (PassendBundleDialog *self, GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
open_cb (PassendBundleDialog *self)
{
  g_autoptr (GFile) file = NULL;

  if (self->made == NULL)
    return;
  file = g_file_new_for_path (self->made);
  show_uri (self, file);
}

static void
show_folder_cb (PassendBundleDialog *self)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFile) folder = NULL;

  if (self->made == NULL)
    return;
  file = g_file_new_for_path (self->made);
  folder = g_file_get_parent (file);
  if (folder != NULL)
    show_uri (self, folder);
}

static void
fill_children (PassendBundleDialog *self, PassendChild *current)
{
  GListModel *children = passend_dossier_get_children (self->dossier);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (PassendChild) child = g_list_model_get_item (children, i);

      if (child == current)
        selected = i;
      gtk_string_list_append (names, passend_child_get_name (child));
      g_ptr_array_add (self->children, g_steal_pointer (&child));
    }
  if (self->children->len > 1)
    gtk_string_list_append (names, _ ("All children"));
  gtk_drop_down_set_model (self->child_drop, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->child_drop, selected);
  g_signal_connect_object (self->child_drop, "notify::selected", G_CALLBACK (choices_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
fill_kinds (PassendBundleDialog *self)
{
  for (guint i = 0; i < BUNDLE_N_KINDS; i++)
    {
      GtkWidget       *check = gtk_check_button_new_with_label (passend_entry_kind_label (i));
      g_autofree char *name = g_strdup_printf ("bundle-kind-%u", i);

      gtk_widget_set_name (check, name);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_signal_connect_object (check, "toggled", G_CALLBACK (choices_changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_flow_box_append (self->kinds_box, check);
      self->kind_checks[i] = GTK_CHECK_BUTTON (check);
    }
}

/**
 * passend_bundle_dialog_new:
 * @child: (nullable): the child to start with
 * @from: (nullable): the first date to start with, "YYYY-MM-DD"
 * @to: (nullable): the last date to start with
 */
PassendBundleDialog *
passend_bundle_dialog_new (
    GtkWindow *parent, PassendStore *store, PassendChild *child, const char *from, const char *to)
{
  PassendBundleDialog *self =
      g_object_new (PASSEND_TYPE_BUNDLE_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  self->dossier = g_object_ref (passend_store_get_dossier (store));
  fill_children (self, child);
  passend_date_entry_set_date (self->from_entry, from);
  passend_date_entry_set_date (self->to_entry, to);
  _passend_bundle_dialog_fill_entries (self);
  return self;
}

static void
passend_bundle_dialog_dispose (GObject *object)
{
  PassendBundleDialog *self = PASSEND_BUNDLE_DIALOG (object);

  self->disposed = TRUE;
  g_clear_handle_id (&self->rebuild_idle, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  G_OBJECT_CLASS (passend_bundle_dialog_parent_class)->dispose (object);
}

static void
passend_bundle_dialog_finalize (GObject *object)
{
  PassendBundleDialog *self = PASSEND_BUNDLE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->dossier);
  g_clear_object (&self->cancellable);
  g_ptr_array_unref (self->children);
  g_hash_table_unref (self->left_out);
  g_hash_table_unref (self->private_text);
  g_hash_table_unref (self->left_out_documents);
  g_free (self->writing_to);
  g_free (self->made);
  G_OBJECT_CLASS (passend_bundle_dialog_parent_class)->finalize (object);
}

static void
passend_bundle_dialog_class_init (PassendBundleDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = passend_bundle_dialog_dispose;
  object_class->finalize = passend_bundle_dialog_finalize;
  window_class->close_request = close_request_cb;

  g_type_ensure (PASSEND_TYPE_DATE_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-bundle-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PassendBundleDialog, name)
  BIND (cancel_button);
  BIND (make_button);
  BIND (choices_box);
  BIND (title_entry);
  BIND (for_entry);
  BIND (child_drop);
  BIND (from_label);
  BIND (from_entry);
  BIND (to_label);
  BIND (to_entry);
  BIND (kinds_box);
  BIND (agreements_check);
  BIND (entries_list);
  BIND (status_label);
  BIND (progress_bar);
  BIND (done_box);
  BIND (open_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, choices_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, make_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_folder_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
}

static void
passend_bundle_dialog_init (PassendBundleDialog *self)
{
  self->children = g_ptr_array_new_with_free_func (g_object_unref);
  self->left_out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->private_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->left_out_documents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_kinds (self);
  gtk_label_set_mnemonic_widget (self->from_label,
                                 GTK_WIDGET (passend_date_entry_get_entry (self->from_entry)));
  gtk_label_set_mnemonic_widget (self->to_label,
                                 GTK_WIDGET (passend_date_entry_get_entry (self->to_entry)));
}
