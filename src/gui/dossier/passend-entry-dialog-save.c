/* passend-entry-dialog-save.c - what the parent typed, checked and
 * saved by the dossier
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "passend-entry-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-agreement-editor.h"
#include "passend-clock-kinds.h"
#include "passend-clock-proposal-dialog.h"
#include "passend-entry-dialog-private.h"
#include "passend-entry-draft.h"
#include "passend-ui-util.h"

static PassendChild *
selected_child (PassendEntryDialog *self)
{
  guint position = gtk_drop_down_get_selected (self->child_dropdown);

  /* The first item is "All children". */
  if (position == 0 || position == GTK_INVALID_LIST_POSITION)
    return NULL;
  return g_list_model_get_item (self->children, position - 1);
}

static char *
editable_text (gpointer widget)
{
  if (PASSEND_IS_DATE_ENTRY (widget))
    widget = passend_date_entry_get_entry (widget);
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

/* What the parent typed, for the dossier to check and keep. */
static void
fill_draft (PassendEntryDialog *self, PassendEntryDraft *draft)
{
  g_autoptr (PassendChild) child = selected_child (self);
  g_autofree char *date = passend_date_entry_get_date (self->date_entry);

  passend_entry_draft_init (draft, NULL);
  draft->entry = self->entry ? g_object_ref (self->entry) : NULL;
  draft->kind = gtk_drop_down_get_selected (self->kind_dropdown);
  draft->direction = gtk_drop_down_get_selected (self->direction_dropdown);
  draft->role = gtk_drop_down_get_selected (self->role_dropdown);
  draft->date = editable_text (self->date_entry);
  draft->time = editable_text (self->time_entry);
  /* No title: the one the field suggests. */
  draft->title = passend_entry_dialog_trimmed (self->title_entry);
  if (draft->title[0] == '\0')
    {
      g_free (draft->title);
      draft->title = passend_suggest_title (draft->kind, date);
    }
  draft->people = editable_text (self->people_entry);
  draft->text = passend_entry_dialog_get_text (self);
  draft->child_id = child ? g_strdup (passend_record_get_id (PASSEND_RECORD (child))) : NULL;
  draft->confirmed_date = g_strdup (self->confirmed_date);

  for (guint i = 0; i < self->agreements->len; i++)
    g_ptr_array_add (draft->agreements,
                     passend_agreement_editor_get_draft (g_ptr_array_index (self->agreements, i)));

  for (guint i = 0; i < self->documents->len; i++)
    {
      DocumentItem *item = g_ptr_array_index (self->documents, i);

      if (item->is_new && !item->removed)
        g_ptr_array_add (draft->add_documents, g_object_ref (item->document));
      else if (!item->is_new && item->removed)
        g_ptr_array_add (draft->remove_documents, g_object_ref (item->document));
    }
}

/* An odd date, but maybe right: ask once, then keep it. */
static void
ask_about_date (PassendEntryDialog *self, const GError *error)
{
  g_autofree char *date = passend_date_entry_get_date (self->date_entry);
  g_autofree char *shown = passend_format_date (date);
  g_autofree char *message = NULL;

  if (g_error_matches (error, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_DATE_FAR_AHEAD))
    message = g_strdup_printf (_ ("The date %s is more than a year from now. "
                                  "If it is right, press Save again."),
                               shown);
  else
    message = g_strdup_printf (_ ("The date %s is more than twenty years ago. "
                                  "If it is right, press Save again."),
                               shown);

  g_free (self->confirmed_date);
  self->confirmed_date = g_steal_pointer (&date);
  passend_entry_dialog_show_message (self, message);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->save_button),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->message_label, NULL,
                                  -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->save_button));
}

/* Says why the dossier refused the entry and takes the parent to the
 * field. */
static void
show_refusal (PassendEntryDialog *self, const GError *error, guint agreement_index)
{
  PassendAgreementEditor *editor = NULL;
  GtkWidget              *field = NULL;

  if (error->domain != PASSEND_DRAFT_ERROR)
    {
      passend_entry_dialog_show_message (self, error->message);
      return;
    }

  if (agreement_index < self->agreements->len)
    editor = g_ptr_array_index (self->agreements, agreement_index);

  switch ((PassendDraftError)error->code)
    {
    case PASSEND_DRAFT_ERROR_DATE_FAR_AHEAD:
    case PASSEND_DRAFT_ERROR_DATE_LONG_AGO:
      ask_about_date (self, error);
      return;
    case PASSEND_DRAFT_ERROR_DATE:
      field = GTK_WIDGET (passend_date_entry_get_entry (self->date_entry));
      break;
    case PASSEND_DRAFT_ERROR_TIME:
      field = GTK_WIDGET (self->time_entry);
      break;
    case PASSEND_DRAFT_ERROR_TITLE:
      field = GTK_WIDGET (self->title_entry);
      break;
    case PASSEND_DRAFT_ERROR_AGREEMENT_WHAT:
    case PASSEND_DRAFT_ERROR_AGREEMENT_DUE:
      field = editor ? passend_agreement_editor_get_problem_field (editor, error) : NULL;
      break;
    case PASSEND_DRAFT_ERROR_CHANGED:
    default:
      break;
    }

  if (field != NULL)
    passend_entry_dialog_show_problem (self, error->message, field);
  else
    passend_entry_dialog_show_message (self, error->message);
}

/**
 * passend_entry_dialog_fill_events:
 *
 * The events that start deadlines, after "No".
 */
void
passend_entry_dialog_fill_events (PassendEntryDialog *self)
{
  g_autoptr (GtkStringList) events = gtk_string_list_new (NULL);
  guint                    n_events;
  const PassendClockEvent *all = passend_clock_events_get_all (&n_events);

  gtk_string_list_append (events, _ ("No"));
  for (guint i = 0; i < n_events; i++)
    gtk_string_list_append (events, passend_clock_kind_get_text (all[i].title));
  gtk_drop_down_set_model (self->event_dropdown, G_LIST_MODEL (events));
  gtk_drop_down_set_selected (self->event_dropdown, 0);
}

static const PassendClockEvent *
selected_event (PassendEntryDialog *self)
{
  guint                    n_events;
  const PassendClockEvent *all = passend_clock_events_get_all (&n_events);
  guint                    position = gtk_drop_down_get_selected (self->event_dropdown);

  if (position == 0 || position > n_events)
    return NULL;
  return &all[position - 1];
}

/* The entry recorded an event: propose the clocks it starts. */
static void
propose_clocks (PassendEntryDialog *self, const PassendClockEvent *event, PassendEntry *entry)
{
  GtkWindow                  *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  PassendClockProposalDialog *dialog = passend_clock_proposal_dialog_new (
      parent, self->dossier, entry, passend_entry_get_child_id (entry), event->keyword,
      passend_entry_get_date (entry));

  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

void
passend_entry_dialog_save_cb (PassendEntryDialog *self)
{
  g_auto (PassendEntryDraft) draft = {
    0,
  };
  g_autoptr (GError) error = NULL;
  guint                    agreement_index = G_MAXUINT;
  PassendEntry            *entry;
  const PassendClockEvent *event;
  gboolean                 is_new = self->entry == NULL;

  fill_draft (self, &draft);
  event = selected_event (self);
  if (event != NULL && draft.child_id == NULL)
    {
      passend_entry_dialog_show_problem (
          self, _ ("Choose the child this happened to: deadlines count for one child."),
          GTK_WIDGET (self->child_dropdown));
      return;
    }
  entry = passend_dossier_apply_entry_draft (self->dossier, &draft, &agreement_index, &error);
  if (entry == NULL)
    {
      show_refusal (self, error, agreement_index);
      return;
    }

  g_set_object (&self->entry, entry);
  /* Kept with the entry: not discarded at dispose. */
  for (guint i = 0; i < self->documents->len; i++)
    {
      DocumentItem *item = g_ptr_array_index (self->documents, i);

      if (item->is_new && !item->removed)
        item->is_new = FALSE;
    }

  g_clear_pointer (&self->initial_state, g_free);
  if (event != NULL)
    propose_clocks (self, event, entry);
  /* A new reply may be the answer a deadline waits for: ask. */
  if (is_new)
    passend_entry_dialog_ask_reply (gtk_window_get_transient_for (GTK_WINDOW (self)), self->dossier,
                                    entry);
  gtk_window_destroy (GTK_WINDOW (self));
}

void
passend_entry_dialog_save_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendEntryDialog *self = PASSEND_ENTRY_DIALOG (widget);

  if (self->imports_running > 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  passend_entry_dialog_save_cb (self);
}
