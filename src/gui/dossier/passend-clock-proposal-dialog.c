/* passend-clock-proposal-dialog.c - the deadlines an event starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After the parent saved an entry that records an event, Passend
 * proposes the clocks of the kinds table that event starts.  For each
 * the parent keeps the tick (accept) or takes it off (decline), and may
 * change the start date, say when the letter really came.  The
 * accepted ones go into the dossier in one change, linked to the entry.
 */
#define G_LOG_DOMAIN "passend-clock-proposal-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-clock-proposal-dialog.h"
#include "passend-clock-record.h"
#include "passend-date-entry.h"
#include "passend-ui-util.h"

typedef struct
{
  PassendClockProposal *proposal;
  GtkCheckButton       *check;
  PassendDateEntry     *start;
  GtkLabel             *due;
} Row;

struct _PassendClockProposalDialog
{
  GtkWindow parent_instance;

  PassendDossier *dossier;
  PassendEntry   *entry;
  char           *child_id;
  GPtrArray      *proposals; /* of PassendClockProposal */
  GPtrArray      *rows;      /* of Row */

  GtkLabel *intro_label;
  GtkBox   *proposals_box;
};

G_DEFINE_FINAL_TYPE (PassendClockProposalDialog, passend_clock_proposal_dialog, GTK_TYPE_WINDOW)

static void
show_due (Row *row)
{
  const PassendClockKind *kind = row->proposal->kind;
  g_autofree char        *due = passend_format_date (row->proposal->due_date);
  g_autofree char        *text = NULL;

  /* Translators: "Due 13 April 2026. The school must act.", the second
   * %s is "You", "The school", ... */
  text = g_strdup_printf (_ ("Due %s. %s must act."), due,
                          passend_clock_actor_get_label (kind->actor));
  gtk_label_set_text (row->due, text);
}

static void
start_changed_cb (PassendDateEntry *entry, Row *row)
{
  g_autofree char *date = passend_date_entry_get_date (entry);

  if (date == NULL)
    return;
  passend_clock_proposal_set_start_date (row->proposal, date, NULL);
  show_due (row);
}

static void
add_row (PassendClockProposalDialog *self, PassendClockProposal *proposal)
{
  const char      *title = passend_clock_kind_get_text (proposal->kind->title);
  g_autofree char *start_label = g_strdup_printf (_ ("Start date of “%s”"), title);
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget       *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget       *purpose = gtk_label_new (passend_clock_kind_get_text (proposal->kind->purpose));
  GtkWidget       *starts = gtk_label_new (_ ("Starts on"));
  Row             *row = g_new0 (Row, 1);

  row->proposal = proposal;
  row->check = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (title));
  gtk_check_button_set_active (row->check, TRUE);
  gtk_widget_set_name (GTK_WIDGET (row->check), proposal->kind->keyword);

  gtk_label_set_wrap (GTK_LABEL (purpose), TRUE);
  gtk_label_set_xalign (GTK_LABEL (purpose), 0);
  gtk_widget_set_margin_start (purpose, 28);
  gtk_widget_add_css_class (purpose, "dim-label");

  row->due = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (row->due, 0);
  gtk_label_set_wrap (row->due, TRUE);
  gtk_widget_set_margin_start (GTK_WIDGET (row->due), 28);
  show_due (row);

  row->start = g_object_new (PASSEND_TYPE_DATE_ENTRY, "label", start_label, NULL);
  {
    g_autofree char *name = g_strconcat ("proposal-start-", proposal->kind->keyword, NULL);

    gtk_widget_set_name (GTK_WIDGET (row->start), name);
  }
  passend_date_entry_set_date (row->start, proposal->start_date);
  g_signal_connect (row->start, "changed", G_CALLBACK (start_changed_cb), row);
  gtk_widget_set_margin_start (line, 28);
  gtk_box_append (GTK_BOX (line), starts);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (row->start));

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->check));
  gtk_box_append (GTK_BOX (box), purpose);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->due));
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (self->proposals_box, box);
  g_ptr_array_add (self->rows, row);
}

static void
accept_cb (PassendClockProposalDialog *self)
{
  g_autoptr (GPtrArray) accepted = g_ptr_array_new ();
  g_autoptr (GPtrArray) started = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      if (gtk_check_button_get_active (row->check))
        g_ptr_array_add (accepted, row->proposal);
    }

  if (accepted->len > 0 && passend_dossier_find_child (self->dossier, self->child_id) != NULL)
    {
      PassendEntry *entry = self->entry;

      /* The entry may have gone meanwhile: the clocks still count. */
      if (entry != NULL &&
          passend_dossier_find_entry (self->dossier,
                                      passend_record_get_id (PASSEND_RECORD (entry))) == NULL)
        entry = NULL;
      started = passend_dossier_start_clocks (self->dossier, entry, self->child_id, accepted);
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
passend_clock_proposal_dialog_dispose (GObject *object)
{
  PassendClockProposalDialog *self = PASSEND_CLOCK_PROPOSAL_DIALOG (object);

  g_clear_object (&self->dossier);
  g_clear_object (&self->entry);
  g_clear_pointer (&self->child_id, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->proposals, g_ptr_array_unref);

  G_OBJECT_CLASS (passend_clock_proposal_dialog_parent_class)->dispose (object);
}

static void
passend_clock_proposal_dialog_class_init (PassendClockProposalDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_clock_proposal_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-clock-proposal-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendClockProposalDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, PassendClockProposalDialog, proposals_box);
  gtk_widget_class_bind_template_callback (widget_class, accept_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_clock_proposal_dialog_init (PassendClockProposalDialog *self)
{
  g_type_ensure (PASSEND_TYPE_DATE_ENTRY);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new_with_free_func (g_free);
}

/**
 * passend_clock_proposal_dialog_new:
 * @entry: (nullable): the entry that recorded the event
 * @child_id: the child it happened to
 * @event: the event's keyword: "removal-decision"
 * @date: "YYYY-MM-DD", the day it happened
 *
 * Returns: (transfer none): the dialog, not yet shown; %NULL if the
 *   event starts no clock
 */
PassendClockProposalDialog *
passend_clock_proposal_dialog_new (GtkWindow      *parent,
                                   PassendDossier *dossier,
                                   PassendEntry   *entry,
                                   const char     *child_id,
                                   const char     *event,
                                   const char     *date)
{
  g_autoptr (GPtrArray) proposals = passend_clock_propose (event, date, NULL);
  const PassendClockEvent    *info = passend_clock_event_find (event);
  PassendClockProposalDialog *self;
  g_autofree char            *intro = NULL;

  if (proposals == NULL || proposals->len == 0 || info == NULL)
    return NULL;

  self = g_object_new (PASSEND_TYPE_CLOCK_PROPOSAL_DIALOG, "transient-for", parent, NULL);
  self->dossier = g_object_ref (dossier);
  self->entry = entry ? g_object_ref (entry) : NULL;
  self->child_id = g_strdup (child_id);
  self->proposals = g_steal_pointer (&proposals);

  intro = g_strdup_printf (_ ("“%s” starts these terms. Keep the ones that apply and check "
                              "each start day; Passend counts them down and reminds you."),
                           passend_clock_kind_get_text (info->title));
  gtk_label_set_text (self->intro_label, intro);
  for (guint i = 0; i < self->proposals->len; i++)
    add_row (self, g_ptr_array_index (self->proposals, i));

  return self;
}
