/* passend-grounds-popover.c - entries and agreements to put in a letter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The child's latest entries and open agreements, each with a tick; the
 * ones ticked go into the letter as lines (passend_letter_describe_records())
 * through the "picked" signal.
 */
#define G_LOG_DOMAIN "passend-grounds-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-grounds-popover.h"
#include "passend-ui-util.h"

/* Enough to find what a letter is about; the Dossier page has the rest. */
#define MAX_ENTRIES 60

struct _PassendGroundsPopover
{
  GtkPopover parent_instance;

  GtkBox    *list;
  GPtrArray *records; /* the rows' records, in order */
  GPtrArray *checks;
};

G_DEFINE_FINAL_TYPE (PassendGroundsPopover, passend_grounds_popover, GTK_TYPE_POPOVER)

enum
{
  PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
newest_first (gconstpointer a, gconstpointer b)
{
  PassendEntry *x = *(PassendEntry **)a;
  PassendEntry *y = *(PassendEntry **)b;

  return -g_strcmp0 (passend_entry_get_date (x), passend_entry_get_date (y));
}

static void
add_row (PassendGroundsPopover *self, gpointer record, const char *label, const char *name)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);
  GtkWidget *text = gtk_widget_get_last_child (check);

  if (GTK_IS_LABEL (text))
    {
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (text), 50);
    }
  gtk_widget_set_name (check, name);
  gtk_box_append (self->list, check);
  g_ptr_array_add (self->records, g_object_ref (record));
  g_ptr_array_add (self->checks, check);
}

static void
add_heading (PassendGroundsPopover *self, const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_box_append (self->list, label);
}

static void
clear (PassendGroundsPopover *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_box_remove (self->list, child);
  g_ptr_array_set_size (self->records, 0);
  g_ptr_array_set_size (self->checks, 0);
}

static gboolean
is_for_child (const char *of, const char *child_id)
{
  return of == NULL || g_strcmp0 (of, child_id) == 0;
}

static void
fill_entries (PassendGroundsPopover *self, PassendDossier *dossier, const char *child_id)
{
  GListModel *entries = passend_dossier_get_entries (dossier);
  g_autoptr (GPtrArray) mine = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      PassendEntry *entry = g_list_model_get_item (entries, i);

      if (is_for_child (passend_entry_get_child_id (entry), child_id))
        g_ptr_array_add (mine, entry);
      else
        g_object_unref (entry);
    }
  g_ptr_array_sort (mine, newest_first);
  if (mine->len > 0)
    add_heading (self, _ ("From the dossier"));
  for (guint i = 0; i < mine->len && i < MAX_ENTRIES; i++)
    {
      PassendEntry    *entry = g_ptr_array_index (mine, i);
      g_autofree char *date = passend_format_date (passend_entry_get_date (entry));
      g_autofree char *label = g_strdup_printf ("%s: %s", date, passend_entry_get_title (entry));
      g_autofree char *name = g_strdup_printf ("ground-entry-%u", i);

      add_row (self, entry, label, name);
    }
}

static void
fill_agreements (PassendGroundsPopover *self, PassendDossier *dossier, const char *child_id)
{
  GListModel *agreements = passend_dossier_get_agreements (dossier);
  gboolean    first = TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr (PassendAgreement) agreement = g_list_model_get_item (agreements, i);
      g_autofree char *name = NULL;

      if (passend_agreement_get_status (agreement) != PASSEND_AGREEMENT_STATUS_OPEN ||
          !is_for_child (passend_agreement_get_child_id (agreement), child_id))
        continue;
      if (first)
        add_heading (self, _ ("Open agreements"));
      first = FALSE;
      name = g_strdup_printf ("ground-agreement-%u", i);
      add_row (self, agreement, passend_agreement_get_what (agreement), name);
    }
}

/**
 * passend_grounds_popover_fill:
 * @child_id: the child the letter is about
 *
 * Lists the child's latest entries and open agreements, none ticked.
 */
void
passend_grounds_popover_fill (PassendGroundsPopover *self,
                              PassendDossier        *dossier,
                              const char            *child_id)
{
  g_return_if_fail (PASSEND_IS_GROUNDS_POPOVER (self));

  clear (self);
  fill_entries (self, dossier, child_id);
  fill_agreements (self, dossier, child_id);
  if (self->records->len == 0)
    {
      GtkWidget *label = gtk_label_new (_ ("There is nothing in the dossier for this child yet."));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (self->list, label);
    }
}

static void
insert_clicked_cb (PassendGroundsPopover *self)
{
  g_autoptr (GPtrArray) picked = g_ptr_array_new ();

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_ptr_array_add (picked, g_ptr_array_index (self->records, i));
  gtk_popover_popdown (GTK_POPOVER (self));
  if (picked->len > 0)
    g_signal_emit (self, signals[PICKED], 0, picked);
}

static void
passend_grounds_popover_finalize (GObject *object)
{
  PassendGroundsPopover *self = PASSEND_GROUNDS_POPOVER (object);

  g_ptr_array_unref (self->records);
  g_ptr_array_unref (self->checks);

  G_OBJECT_CLASS (passend_grounds_popover_parent_class)->finalize (object);
}

static void
passend_grounds_popover_class_init (PassendGroundsPopoverClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_grounds_popover_finalize;

  /**
   * PassendGroundsPopover::picked:
   * @records: (element-type GObject): the ticked entries and agreements
   */
  signals[PICKED] = g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);
}

static void
passend_grounds_popover_init (PassendGroundsPopover *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *intro = gtk_label_new (_ ("Tick what the letter is about. Passend adds a line for "
                                       "each, where the cursor is."));
  GtkWidget *insert = gtk_button_new_with_mnemonic (_ ("_Put in the Letter"));

  self->records = g_ptr_array_new_with_free_func (g_object_unref);
  self->checks = g_ptr_array_new ();
  self->list = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 2));

  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (intro), 50);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_widget_set_name (insert, "grounds-insert");
  gtk_widget_add_css_class (insert, "suggested-action");
  gtk_widget_set_halign (insert, GTK_ALIGN_END);
  g_signal_connect_object (insert, "clicked", G_CALLBACK (insert_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), intro);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), insert);
  gtk_popover_set_child (GTK_POPOVER (self), box);
}

GtkWidget *
passend_grounds_popover_new (void)
{
  return g_object_new (PASSEND_TYPE_GROUNDS_POPOVER, NULL);
}
