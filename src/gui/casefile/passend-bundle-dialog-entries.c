/* passend-bundle-dialog-entries.c - the entries and documents a parent
 * ticks for the bundle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list shows what the choices above take, oldest first.  Each
 * entry has a tick to leave it out, one to keep its text private, and
 * one per document.  The ticks are kept by id, so they stay when the
 * period or the kinds change and the list is made again.
 */
#define G_LOG_DOMAIN "passend-bundle-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-bundle-dialog-private.h"
#include "passend-ui-util.h"

/* More rows than this are not listed: they all go in. */
#define MAX_ROWS 300

static void
check_toggled_cb (GtkCheckButton *check, GHashTable *set)
{
  const char *id = g_object_get_data (G_OBJECT (check), "passend-id");
  gboolean    in_set = gtk_check_button_get_active (check);
  GtkWidget  *dialog = gtk_widget_get_ancestor (GTK_WIDGET (check), PASSEND_TYPE_BUNDLE_DIALOG);

  if (g_object_get_data (G_OBJECT (check), "passend-inverted") != NULL)
    in_set = !in_set;
  if (in_set)
    g_hash_table_add (set, g_strdup (id));
  else
    g_hash_table_remove (set, id);

  if (dialog != NULL)
    _passend_bundle_dialog_choices_changed (PASSEND_BUNDLE_DIALOG (dialog));
}

/* A tick for @id in @set: ticked means in the set, or with @inverted
 * ticked means not in it. */
static GtkWidget *
make_check (const char *label,
            const char *prefix,
            const char *id,
            GHashTable *set,
            gboolean    inverted,
            const char *accessible)
{
  GtkWidget       *check = gtk_check_button_new ();
  GtkWidget       *text = gtk_label_new (label);
  g_autofree char *name = g_strconcat (prefix, id, NULL);
  gboolean         in_set = g_hash_table_contains (set, id);

  /* A long title wraps rather than widens the dialog. */
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 70);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible != NULL ? accessible : label, -1);

  gtk_widget_set_name (check, name);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), inverted ? !in_set : in_set);
  g_object_set_data_full (G_OBJECT (check), "passend-id", g_strdup (id), g_free);
  if (inverted)
    g_object_set_data (G_OBJECT (check), "passend-inverted", GINT_TO_POINTER (1));
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), set);
  return check;
}

static GtkWidget *
make_row (PassendBundleDialog *self, PassendEntry *entry)
{
  const char      *id = passend_record_get_id (PASSEND_RECORD (entry));
  const char      *title = passend_entry_get_title (entry);
  g_autofree char *date = passend_format_date (passend_entry_get_date (entry));
  g_autofree char *label = g_strdup_printf (
      "%s  ·  %s  ·  %s", date, passend_entry_kind_label (passend_entry_get_kind (entry)), title);
  /* Translators: a screen reader's name of a tick in the Bundle dialog. */
  g_autofree char *private_name = g_strdup_printf (_ ("Private text: %s"), title);
  g_autoptr (GPtrArray) documents = passend_dossier_get_entry_documents (self->dossier, entry);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *more = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_start (more, 24);
  gtk_box_append (GTK_BOX (box),
                  make_check (label, "bundle-entry-", id, self->left_out, TRUE, NULL));
  gtk_box_append (GTK_BOX (more), make_check (_ ("Private text"), "bundle-private-", id,
                                              self->private_text, FALSE, private_name));
  for (guint i = 0; documents != NULL && i < documents->len; i++)
    {
      PassendDocument *document = documents->pdata[i];
      /* Translators: a tick in the Bundle dialog: a document of an entry. */
      g_autofree char *doc_label =
          g_strdup_printf (_ ("Document: %s"), passend_document_get_name (document));

      gtk_box_append (GTK_BOX (more), make_check (doc_label, "bundle-document-",
                                                  passend_record_get_id (PASSEND_RECORD (document)),
                                                  self->left_out_documents, TRUE, NULL));
    }
  gtk_box_append (GTK_BOX (box), more);
  return box;
}

static int
compare_entries (gconstpointer a, gconstpointer b)
{
  PassendEntry *x = *(PassendEntry **)a;
  PassendEntry *y = *(PassendEntry **)b;

  return g_strcmp0 (passend_entry_get_date (x), passend_entry_get_date (y));
}

/* The ids of the entries that have agreements, in one pass. */
static GHashTable *
entries_with_agreements (PassendDossier *dossier)
{
  GListModel *agreements = passend_dossier_get_agreements (dossier);
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr (PassendAgreement) agreement = g_list_model_get_item (agreements, i);
      const char *entry_id = passend_agreement_get_entry_id (agreement);

      if (entry_id != NULL)
        g_hash_table_add (ids, g_strdup (entry_id));
    }
  return ids;
}

/* The entries the choices above take, whatever was ticked. */
static GPtrArray *
shown_entries (PassendBundleDialog *self)
{
  g_autoptr (PassendBundleSpec) spec = _passend_bundle_dialog_make_spec (self, FALSE, NULL);
  g_autoptr (GHashTable) with_agreements = NULL;
  GListModel *entries = passend_dossier_get_entries (self->dossier);
  GPtrArray  *shown = g_ptr_array_new_with_free_func (g_object_unref);

  if (spec != NULL && spec->only_with_agreements)
    with_agreements = entries_with_agreements (self->dossier);
  for (guint i = 0; spec != NULL && i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (PassendEntry) entry = g_list_model_get_item (entries, i);

      if (!passend_bundle_spec_takes_entry (spec, entry) ||
          (spec->child_id == NULL && passend_entry_get_child_id (entry) == NULL))
        continue;
      if (with_agreements != NULL &&
          !g_hash_table_contains (with_agreements, passend_record_get_id (PASSEND_RECORD (entry))))
        continue;
      g_ptr_array_add (shown, g_steal_pointer (&entry));
    }
  g_ptr_array_sort (shown, compare_entries);
  return shown;
}

void
_passend_bundle_dialog_fill_entries (PassendBundleDialog *self)
{
  g_autoptr (GPtrArray) entries = shown_entries (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->entries_list))) != NULL)
    gtk_list_box_remove (self->entries_list, child);

  for (guint i = 0; i < MIN (entries->len, MAX_ROWS); i++)
    gtk_list_box_append (self->entries_list, make_row (self, entries->pdata[i]));

  if (entries->len > MAX_ROWS)
    {
      guint            more = entries->len - MAX_ROWS;
      g_autofree char *text = g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE,
                       "And %u more entry, which goes in. Choose a shorter period to tick it.",
                       "And %u more entries, which all go in. Choose a shorter period to tick "
                       "them one by one.",
                       more),
          more);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_list_box_append (self->entries_list, label);
    }
  else if (entries->len == 0)
    {
      GtkWidget *label = gtk_label_new (_ ("No entries match these choices."));

      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_list_box_append (self->entries_list, label);
    }
}
