/* passend-letters-view.c - the Letters page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The letters a parent can write, each opening filled in for the chosen
 * child, and the two address blocks they use: the parent's own and the
 * school's, kept in the child's record (the model saves them).
 */
#define G_LOG_DOMAIN "passend-letters-view"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-letter-dialog.h"
#include "passend-letter-template.h"
#include "passend-letters-view.h"

typedef struct
{
  const char *property; /* of the child */
  const char *label;
  gboolean    lines; /* an address, on lines */
} Detail;

static const Detail details[] = {
  { "parent-name", N_ ("_Your name"), FALSE },
  { "parent-address", N_ ("Your _address"), TRUE },
  { "school-name", N_ ("_School"), FALSE },
  { "school-contact", N_ ("_Contact at school"), FALSE },
  { "school-address", N_ ("School’s a_ddress"), TRUE },
  { "school-board", N_ ("School _board"), FALSE },
};

struct _PassendLettersView
{
  GtkWidget parent_instance;

  PassendStore *store;
  PassendChild *child;
  gboolean      filling;

  GtkWidget  *content;
  GtkLabel   *intro_label;
  GtkListBox *list;
  GtkGrid    *details_grid;
  GtkWidget  *fields[G_N_ELEMENTS (details)];
};

G_DEFINE_FINAL_TYPE (PassendLettersView, passend_letters_view, GTK_TYPE_WIDGET)

static char *
field_text (GtkWidget *field)
{
  GtkTextBuffer *buffer;
  GtkTextIter    start, end;

  if (GTK_IS_EDITABLE (field))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field)));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
detail_changed_cb (PassendLettersView *self, gpointer field)
{
  g_autofree char *text = NULL;

  if (self->filling || self->child == NULL || self->store == NULL ||
      !passend_store_get_writable (self->store))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    if (self->fields[i] == field ||
        (GTK_IS_TEXT_VIEW (self->fields[i]) &&
         gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->fields[i])) == field))
      {
        text = field_text (self->fields[i]);
        passend_child_set_detail (self->child, details[i].property, text);
      }
}

static void
fill_details (PassendLettersView *self)
{
  self->filling = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    {
      const char *value =
          self->child ? passend_child_get_detail (self->child, details[i].property) : NULL;

      if (GTK_IS_EDITABLE (self->fields[i]))
        gtk_editable_set_text (GTK_EDITABLE (self->fields[i]), value ? value : "");
      else
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->fields[i])),
                                  value ? value : "", -1);
      /* A read-only dossier keeps what it has: nothing typed here is lost. */
      gtk_widget_set_sensitive (self->fields[i], self->child != NULL && self->store != NULL &&
                                                     passend_store_get_writable (self->store));
    }
  self->filling = FALSE;
}

static void
add_details (PassendLettersView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    {
      GtkWidget       *label = gtk_label_new_with_mnemonic (_ (details[i].label));
      GtkWidget       *field;
      g_autofree char *name = g_strconcat ("letters-", details[i].property, NULL);

      if (details[i].lines)
        {
          field = gtk_text_view_new ();
          gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (field), GTK_WRAP_WORD_CHAR);
          gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (field), FALSE);
          gtk_widget_set_size_request (field, -1, 52);
          gtk_widget_add_css_class (field, "card");
          g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), "changed",
                                   G_CALLBACK (detail_changed_cb), self, G_CONNECT_SWAPPED);
        }
      else
        {
          field = gtk_entry_new ();
          g_signal_connect_object (field, "changed", G_CALLBACK (detail_changed_cb), self,
                                   G_CONNECT_SWAPPED);
        }
      gtk_widget_set_name (field, name);
      gtk_widget_set_hexpand (field, TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_yalign (GTK_LABEL (label), 0);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      label, NULL, -1);
      gtk_grid_attach (self->details_grid, label, 0, i, 1, 1);
      gtk_grid_attach (self->details_grid, field, 1, i, 1, 1);
      self->fields[i] = field;
    }
}

static GtkWidget *
make_row (const PassendLetterTemplate *letter)
{
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget       *title = gtk_label_new (passend_letter_template_get_title (letter));
  GtkWidget       *summary = gtk_label_new (passend_letter_template_get_summary (letter));
  g_autofree char *name = g_strconcat ("letter-", passend_letter_template_get_id (letter), NULL);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_widget_add_css_class (summary, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), summary);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  passend_letter_template_get_title (letter),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  passend_letter_template_get_summary (letter), -1);
  g_object_set_data (G_OBJECT (row), "letter-id",
                     (gpointer)passend_letter_template_get_id (letter));
  return row;
}

/**
 * passend_letters_view_open:
 * @letter_id: "school-file"
 *
 * Opens the letter, filled in for the child.
 *
 * Returns: (transfer none) (nullable): its window
 */
GtkWindow *
passend_letters_view_open (PassendLettersView *self, const char *letter_id)
{
  const PassendLetterTemplate *letter = passend_letter_template_find (letter_id);
  GtkWidget                   *dialog;

  g_return_val_if_fail (PASSEND_IS_LETTERS_VIEW (self), NULL);

  if (letter == NULL || self->child == NULL || self->store == NULL)
    return NULL;
  dialog = passend_letter_dialog_new (self->store, self->child, letter);
  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

/**
 * passend_letters_view_open_talk_report:
 * @entry_id: the entry of the dossier a talk's outcome became
 *
 * Opens the letter that sends the parent's own report of a talk to the
 * school, filled in from the outcome of that talk.
 *
 * Returns: (transfer none) (nullable): its window
 */
GtkWindow *
passend_letters_view_open_talk_report (PassendLettersView *self, const char *entry_id)
{
  PassendEntry *entry;
  GtkWindow    *dialog;

  g_return_val_if_fail (PASSEND_IS_LETTERS_VIEW (self), NULL);

  dialog = passend_letters_view_open (self, "talk-report");
  if (dialog == NULL)
    return NULL;
  entry = passend_dossier_find_entry (passend_store_get_dossier (self->store), entry_id);
  if (entry != NULL)
    passend_letter_dialog_fill_from_talk (PASSEND_LETTER_DIALOG (dialog), entry);
  return dialog;
}

static void
row_activated_cb (PassendLettersView *self, GtkListBoxRow *row)
{
  passend_letters_view_open (self, g_object_get_data (G_OBJECT (row), "letter-id"));
}

static void
passend_letters_view_dispose (GObject *object)
{
  PassendLettersView *self = PASSEND_LETTERS_VIEW (object);

  g_clear_pointer (&self->content, gtk_widget_unparent);
  g_clear_object (&self->store);
  g_clear_object (&self->child);

  G_OBJECT_CLASS (passend_letters_view_parent_class)->dispose (object);
}

static void
passend_letters_view_class_init (PassendLettersViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_letters_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Passend/passend-letters-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendLettersView, content);
  gtk_widget_class_bind_template_child (widget_class, PassendLettersView, intro_label);
  gtk_widget_class_bind_template_child (widget_class, PassendLettersView, list);
  gtk_widget_class_bind_template_child (widget_class, PassendLettersView, details_grid);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
passend_letters_view_init (PassendLettersView *self)
{
  const PassendLetterTemplate *const *letters = passend_letter_templates_get_all (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; letters[i] != NULL; i++)
    gtk_list_box_append (self->list, make_row (letters[i]));
  add_details (self);
  fill_details (self);
}

void
passend_letters_view_set_store (PassendLettersView *self, PassendStore *store)
{
  g_return_if_fail (PASSEND_IS_LETTERS_VIEW (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "notify::state", G_CALLBACK (fill_details), self,
                             G_CONNECT_SWAPPED);
  fill_details (self);
}

void
passend_letters_view_set_child (PassendLettersView *self, PassendChild *child)
{
  g_autofree char *intro = NULL;

  g_return_if_fail (PASSEND_IS_LETTERS_VIEW (self));

  g_set_object (&self->child, child);
  if (child != NULL)
    intro = g_strdup_printf (_ ("Letters about %s, filled in from your dossier. A letter is in "
                                "Dutch, as it goes to a Dutch school; you can read it in "
                                "English too. Change every word you like before you send it."),
                             passend_child_get_name (child));
  gtk_label_set_text (self->intro_label, intro != NULL ? intro : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->list), child != NULL);
  fill_details (self);
}
