/* passend-entry-read-dialog.c - one entry, whole and read-only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening an entry shows what it says: its title, date, people and
 * text, its agreements with their status, and its documents, each with
 * Open.  Nothing changes here; Edit opens the form, Delete asks the
 * Dossier page to remove it (with Undo there).
 */
#define G_LOG_DOMAIN "passend-entry-read-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-documents.h"
#include "passend-entry-read-dialog.h"
#include "passend-ui-util.h"

struct _PassendEntryReadDialog
{
  GtkWindow parent_instance;

  PassendStore *store;
  PassendEntry *entry;

  GtkBox    *content_box;
  GtkWidget *edit_button;
  GtkWidget *delete_button;
};

G_DEFINE_FINAL_TYPE (PassendEntryReadDialog, passend_entry_read_dialog, GTK_TYPE_WINDOW)

enum
{
  EDIT_REQUESTED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
add_label (PassendEntryReadDialog *self, const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (self->content_box, label);
  return label;
}

static void
add_heading (PassendEntryReadDialog *self, const char *text)
{
  GtkWidget *label = add_label (self, text, "heading");

  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_set_margin_top (label, 12);
}

static void
add_agreements (PassendEntryReadDialog *self, PassendDossier *dossier)
{
  g_autoptr (GPtrArray) agreements = passend_dossier_get_entry_agreements (dossier, self->entry);

  if (agreements == NULL || agreements->len == 0)
    return;

  add_heading (self, _ ("Agreements"));
  for (guint i = 0; i < agreements->len; i++)
    {
      PassendAgreement *agreement = g_ptr_array_index (agreements, i);
      g_autofree char  *due = passend_format_date (passend_agreement_get_due_date (agreement));
      GString          *line = g_string_new (passend_agreement_get_what (agreement));
      const char       *who = passend_agreement_get_who_name (agreement);

      g_string_append_printf (line, "\n%s",
                              passend_party_label (passend_agreement_get_party (agreement)));
      if (who != NULL)
        g_string_append_printf (line, " · %s", who);
      if (due[0] != '\0')
        g_string_append_printf (line, " · %s", due);
      g_string_append_printf (
          line, " · %s", passend_agreement_status_label (passend_agreement_get_status (agreement)));
      gtk_widget_set_name (add_label (self, line->str, NULL), "entry-read-agreement");
      g_string_free (line, TRUE);
    }
}

static void
open_document_cb (GtkButton *button, PassendEntryReadDialog *self)
{
  PassendDocument *document = g_object_get_data (G_OBJECT (button), "document");
  g_autoptr (GFile) file = passend_store_get_document_file (self->store, document);
  g_autofree char *uri = file ? g_file_get_uri (file) : NULL;

  if (uri != NULL)
    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
add_documents (PassendEntryReadDialog *self, PassendDossier *dossier)
{
  g_autoptr (GPtrArray) documents = passend_dossier_get_entry_documents (dossier, self->entry);

  if (documents == NULL || documents->len == 0)
    return;

  add_heading (self, _ ("Documents"));
  for (guint i = 0; i < documents->len; i++)
    {
      PassendDocument *document = g_ptr_array_index (documents, i);
      const char      *name = passend_document_get_name (document);
      g_autofree char *open_name = g_strdup_printf (_ ("Open %s"), name);
      GtkWidget       *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget       *label = gtk_label_new (name);
      GtkWidget       *open = gtk_button_new_with_mnemonic (_ ("_Open"));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_name (open, "entry-read-open-document");
      gtk_widget_set_sensitive (open, passend_store_has_document (self->store, document));
      gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      open_name, -1);
      g_object_set_data_full (G_OBJECT (open), "document", g_object_ref (document), g_object_unref);
      g_signal_connect (open, "clicked", G_CALLBACK (open_document_cb), self);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), open);
      gtk_box_append (self->content_box, row);
    }
}

static void
fill (PassendEntryReadDialog *self)
{
  PassendDossier  *dossier = passend_store_get_dossier (self->store);
  g_autofree char *date = passend_format_date (passend_entry_get_date (self->entry));
  const char      *time = passend_entry_get_time (self->entry);
  const char      *people = passend_entry_get_people (self->entry);
  const char      *text = passend_entry_get_text (self->entry);
  GString *when = g_string_new (passend_entry_kind_label (passend_entry_get_kind (self->entry)));

  gtk_window_set_title (GTK_WINDOW (self), passend_entry_get_title (self->entry));
  gtk_widget_set_name (add_label (self, passend_entry_get_title (self->entry), "title-2"),
                       "entry-read-title");

  if (date[0] != '\0')
    g_string_append_printf (when, " · %s", date);
  if (time != NULL && time[0] != '\0')
    g_string_append_printf (when, " · %s", time);
  add_label (self, when->str, "dim-label");
  g_string_free (when, TRUE);

  if (people != NULL && people[0] != '\0')
    {
      add_heading (self, _ ("People"));
      gtk_widget_set_name (add_label (self, people, NULL), "entry-read-people");
    }
  if (text != NULL && text[0] != '\0')
    {
      add_heading (self, _ ("What happened"));
      gtk_widget_set_name (add_label (self, text, "body"), "entry-read-text");
    }

  if (dossier != NULL)
    {
      add_agreements (self, dossier);
      add_documents (self, dossier);
    }
}

static void
edit_cb (PassendEntryReadDialog *self)
{
  g_autoptr (PassendEntry) entry = g_object_ref (self->entry);

  gtk_window_destroy (GTK_WINDOW (self));
  g_signal_emit (self, signals[EDIT_REQUESTED], 0, entry);
}

static void
delete_cb (PassendEntryReadDialog *self)
{
  g_autoptr (PassendEntry) entry = g_object_ref (self->entry);

  gtk_window_destroy (GTK_WINDOW (self));
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, entry);
}

static void
passend_entry_read_dialog_dispose (GObject *object)
{
  PassendEntryReadDialog *self = PASSEND_ENTRY_READ_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (passend_entry_read_dialog_parent_class)->dispose (object);
}

static void
passend_entry_read_dialog_class_init (PassendEntryReadDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_entry_read_dialog_dispose;

  signals[EDIT_REQUESTED] =
      g_signal_new ("edit-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 1, PASSEND_TYPE_ENTRY);
  signals[DELETE_REQUESTED] =
      g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 1, PASSEND_TYPE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-entry-read-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendEntryReadDialog, content_box);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryReadDialog, edit_button);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryReadDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, edit_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_entry_read_dialog_init (PassendEntryReadDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * passend_entry_read_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: the store whose dossier holds @entry
 * @entry: the entry to show
 */
PassendEntryReadDialog *
passend_entry_read_dialog_new (GtkWindow *parent, PassendStore *store, PassendEntry *entry)
{
  PassendEntryReadDialog *self;

  g_return_val_if_fail (PASSEND_IS_STORE (store), NULL);
  g_return_val_if_fail (PASSEND_IS_ENTRY (entry), NULL);

  self = g_object_new (PASSEND_TYPE_ENTRY_READ_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->entry = g_object_ref (entry);
  fill (self);
  /* Not a selectable label: its text would open selected. */
  gtk_window_set_focus (GTK_WINDOW (self), self->edit_button);
  return self;
}

/* Edit and Delete only where the dossier can be changed. */
void
passend_entry_read_dialog_set_writable (PassendEntryReadDialog *self, gboolean writable)
{
  g_return_if_fail (PASSEND_IS_ENTRY_READ_DIALOG (self));

  gtk_widget_set_sensitive (self->edit_button, writable);
  gtk_widget_set_sensitive (self->delete_button, writable);
}
