/* passend-dossier-view.c - the parent's journal and agreements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Journal: every entry of the selected child (and those about all
 * children), newest first, in a GtkListView over
 *   entries -> GtkSortListModel -> PassendShownEntries
 * so 10,000 entries cost no widget each.  The filter is the model's
 * PassendEntryFilter; each keystroke tells the shown list whether the
 * search only narrowed, so it checks only what it showed, from a plain
 * array.
 *
 * Agreements: open ones first by due date, overdue ones marked.
 *
 * Deleting an entry can be undone while its bar shows; after that the copies
 * of its documents are removed.  What the parent does on the page is in
 * passend-dossier-view-actions.c.
 */
#define G_LOG_DOMAIN "passend-dossier-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-agreement-row.h"
#include "passend-clock.h"
#include "passend-date-entry.h"
#include "passend-documents.h"
#include "passend-dossier-view-private.h"
#include "passend-entry-filter.h"
#include "passend-structure-watch.h"
#include "passend-entry-row.h"
#include "passend-status-page.h"
#include "passend-ui-util.h"

G_DEFINE_FINAL_TYPE (PassendDossierView, passend_dossier_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_N_OVERDUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
passend_dossier_view_child_id (PassendDossierView *self)
{
  return self->child ? passend_record_get_id (PASSEND_RECORD (self->child)) : NULL;
}

/* Sorting and filtering */

static int
compare_entries (gconstpointer a, gconstpointer b, gpointer user_data)
{
  return passend_entry_compare_newest_first ((PassendEntry *)a, (PassendEntry *)b);
}

static int
compare_agreements (gconstpointer a, gconstpointer b, gpointer user_data)
{
  PassendAgreement *aa = (PassendAgreement *)a;
  PassendAgreement *ab = (PassendAgreement *)b;
  gboolean          open_a = passend_agreement_get_status (aa) == PASSEND_AGREEMENT_STATUS_OPEN;
  gboolean          open_b = passend_agreement_get_status (ab) == PASSEND_AGREEMENT_STATUS_OPEN;
  const char       *due_a = passend_agreement_get_due_date (aa);
  const char       *due_b = passend_agreement_get_due_date (ab);

  if (open_a != open_b)
    return open_a ? -1 : 1;

  if (open_a)
    {
      /* Soonest due first; without a due date last. */
      if ((due_a == NULL) != (due_b == NULL))
        return due_a == NULL ? 1 : -1;
      if (due_a != NULL && strcmp (due_a, due_b) != 0)
        return strcmp (due_a, due_b);
    }
  else
    {
      /* Most recently settled first. */
      int result = g_strcmp0 (passend_agreement_get_status_date (ab),
                              passend_agreement_get_status_date (aa));

      if (result != 0)
        return result;
    }

  return g_strcmp0 (passend_record_get_created (PASSEND_RECORD (aa)),
                    passend_record_get_created (PASSEND_RECORD (ab)));
}

static gboolean
match_agreement (gpointer item, gpointer user_data)
{
  PassendDossierView *self = user_data;
  const char         *id = passend_agreement_get_child_id (item);

  return self->child == NULL || id == NULL ||
         g_strcmp0 (id, passend_dossier_view_child_id (self)) == 0;
}

/* Folding every entry for search takes about a tenth of a second for
 * 10,000 entries: do it in small steps while the parent looks at the
 * page, so the first keystroke in the search field does not wait. */
static gboolean
fold_idle_cb (gpointer data)
{
  PassendDossierView *self = data;
  GListModel         *entries = passend_dossier_get_entries (self->dossier);
  GListModel         *agreements = passend_dossier_get_agreements (self->dossier);
  guint               n_entries = g_list_model_get_n_items (entries);
  guint               n = n_entries + g_list_model_get_n_items (agreements);
  gint64              until = g_get_monotonic_time () + 3000;

  /* 3 ms at a time, so typing elsewhere never waits for it: the
   * entries, then the agreements, where a search looks too.  After a
   * load on the store's thread all are done already. */
  for (; self->fold_position < n && g_get_monotonic_time () < until; self->fold_position++)
    {
      g_autoptr (GObject) record =
          self->fold_position < n_entries
              ? g_list_model_get_item (entries, self->fold_position)
              : g_list_model_get_item (agreements, self->fold_position - n_entries);

      if (self->fold_position < n_entries)
        passend_entry_get_search_key (PASSEND_ENTRY (record));
      else
        passend_agreement_get_search_key (PASSEND_AGREEMENT (record));
    }

  if (self->fold_position < n)
    return G_SOURCE_CONTINUE;

  self->fold_idle = 0;
  return G_SOURCE_REMOVE;
}

/* Updating */

static void
update_summary (PassendDossierView *self)
{
  g_autofree char *today = passend_clock_get_today ();
  g_autofree char *entries = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *agreements = NULL;
  g_autofree char *markup = NULL;
  PassendSummary   summary;

  if (self->dossier == NULL)
    return;

  passend_dossier_summarize (self->dossier, passend_dossier_view_child_id (self), today, &summary);

  entries =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", summary.n_entries),
                       summary.n_entries);
  if (summary.last_school_contact != NULL)
    {
      g_autofree char *date = passend_format_date (summary.last_school_contact);

      contact = g_strdup_printf (_ ("last contact with school on %s"), date);
    }
  else
    contact = g_strdup (_ ("no contact with school written down yet"));

  agreements = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%u open agreement", "%u open agreements", summary.n_open),
      summary.n_open);

  if (summary.n_overdue > 0)
    {
      g_autofree char *overdue = g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue", summary.n_overdue),
          summary.n_overdue);
      g_auto (GStrv) words = g_strsplit (overdue, " ", -1);

      /* Never broken over two lines ("1 te / laat"). */
      g_free (overdue);
      overdue = g_strjoinv ("\u00a0", words);
      markup = g_markup_printf_escaped (
          "%s · %s · %s, <span weight=\"bold\" foreground=\"#c01c28\">%s</span>", entries, contact,
          agreements, overdue);
    }
  else
    markup = g_markup_printf_escaped ("%s · %s · %s", entries, contact, agreements);

  gtk_label_set_markup (self->summary_label, markup);

  if (self->n_overdue != summary.n_overdue)
    {
      self->n_overdue = summary.n_overdue;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_OVERDUE]);
    }

  passend_summary_clear (&summary);
}

static gboolean
is_searching (PassendDossierView *self)
{
  const char *query =
      self->entry_filter != NULL ? passend_entry_filter_get_query (self->entry_filter) : NULL;

  return query != NULL && query[0] != '\0';
}

static void
update_empty_states (PassendDossierView *self)
{
  guint shown =
      self->shown_entries ? g_list_model_get_n_items (G_LIST_MODEL (self->shown_entries)) : 0;
  guint shown_agreements =
      self->shown_agreements ? g_list_model_get_n_items (G_LIST_MODEL (self->shown_agreements)) : 0;
  gboolean searching = is_searching (self);
  gboolean narrowed =
      self->entry_filter != NULL && passend_entry_filter_is_narrowed (self->entry_filter);

  gtk_stack_set_visible_child_name (self->journal_stack, shown > 0 ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->agreements_stack,
                                    shown_agreements > 0 ? "list" : "empty");

  if (shown > 0)
    return;

  /* A way back to the entries, on the page that says none are shown. */
  gtk_widget_set_visible (self->clear_search_button, searching);
  gtk_widget_set_visible (self->show_all_button, narrowed);

  if (searching || narrowed)
    {
      passend_status_page_set_title (self->journal_empty_page, _ ("Nothing Found"));
      passend_status_page_set_description (
          self->journal_empty_page,
          searching ? _ ("No entry matches these words. Try other words, or clear the search.")
                    : _ ("No entry matches the filter. Show everything to see them all."));
    }
  else
    {
      passend_status_page_set_title (self->journal_empty_page, _ ("Your Own Dossier"));
      passend_status_page_set_description (
          self->journal_empty_page,
          _ ("Write down every talk, call, e-mail and letter with the school, "
             "and what was agreed. If you ever disagree with the school, "
             "this record helps you. Press <b>New Entry</b> to start."));
    }
}

static gboolean
refresh_idle_cb (gpointer data)
{
  PassendDossierView *self = data;
  gboolean            placed = FALSE;

  self->refresh_idle = 0;

  /* A date or status may have changed: sort again (records that only
   * came or went found their places by themselves).  The filter's index
   * of agreements was dropped by the model on the change. */
  if (self->refresh_sort)
    {
      gtk_sorter_changed (self->entry_sorter, GTK_SORTER_CHANGE_DIFFERENT);
      if (!self->refresh_entries_only)
        gtk_sorter_changed (self->agreement_sorter, GTK_SORTER_CHANGE_DIFFERENT);
    }
  /* One entry edited: only it finds a new place, and only it is asked
   * whether it is shown (a new title only matters to a search). */
  else if (self->refresh_moved != NULL && self->entries_mirror != NULL &&
           (!self->refresh_text_only || is_searching (self)))
    placed = passend_list_mirror_item_changed (self->entries_mirror, self->refresh_moved);
  self->refresh_sort = FALSE;
  g_clear_object (&self->refresh_moved);
  /* A new title or text: only a search can show other entries now, and
   * the agreements (shown by child) and the counts stay as they are. */
  if (!placed && (!self->refresh_text_only || is_searching (self)))
    passend_shown_entries_refilter (self->shown_entries, PASSEND_FILTER_CHANGE_DIFFERENT);
  if (!self->refresh_text_only && !self->refresh_entries_only)
    gtk_filter_changed (self->agreement_filter, GTK_FILTER_CHANGE_DIFFERENT);
  if (!self->refresh_text_only)
    update_summary (self);
  self->refresh_text_only = FALSE;
  self->refresh_entries_only = FALSE;
  update_empty_states (self);

  return G_SOURCE_REMOVE;
}

/* Agreements become overdue at midnight, not only when the dossier
 * changes. */
static gboolean
day_check_cb (gpointer data)
{
  passend_dossier_view_check_day (PASSEND_DOSSIER_VIEW (data));
  return G_SOURCE_CONTINUE;
}

/**
 * passend_dossier_view_check_day:
 *
 * Shows the dossier as of today when the day changed since it was last
 * shown (a timer calls this every minute).
 */
void
passend_dossier_view_check_day (PassendDossierView *self)
{
  g_autofree char *today = NULL;

  g_return_if_fail (PASSEND_IS_DOSSIER_VIEW (self));

  today = passend_clock_get_today ();

  if (g_strcmp0 (today, self->today) != 0)
    {
      g_free (self->today);
      self->today = g_steal_pointer (&today);
      self->refresh_sort = TRUE;
      self->refresh_text_only = FALSE;
      self->refresh_entries_only = FALSE;
      if (self->dossier != NULL && self->refresh_idle == 0)
        self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
      /* Rows that keep their place are not bound again by a new sort:
       * give the list its model again so every row says "overdue"
       * from the first minute of the day on. */
      if (gtk_list_view_get_model (self->agreements_view) != NULL)
        {
          gtk_list_view_set_model (self->agreements_view, NULL);
          gtk_list_view_set_model (self->agreements_view, self->agreement_selection);
        }
    }
}

/* The changes of the dossier this page shows. */
static const char *const shown_changes[] = {
  "changed::structure",       "changed::PassendEntry", "changed::PassendAgreement",
  "changed::PassendDocument", "changed::PassendChild",
};

/* Notes what the next refresh sorts again: one edited entry @moved
 * (none for other changes) is only put in its new place, unless more
 * changed before the refresh.  Call before the refresh's other flags
 * take this change in. */
static void
note_sorting (PassendDossierView *self, gboolean edits, gboolean text_only, PassendEntry *moved)
{
  /* Of every change since the last refresh: nothing can move then. */
  gboolean all_text = text_only && (self->refresh_idle == 0 || self->refresh_text_only);

  if (!edits || self->refresh_sort)
    return;
  if (moved != NULL && (self->refresh_moved == NULL || self->refresh_moved == moved))
    {
      g_set_object (&self->refresh_moved, moved);
      return;
    }
  self->refresh_sort = !all_text;
  g_clear_object (&self->refresh_moved);
}

static void
dossier_changed_cb (PassendDossierView *self)
{
  gboolean text_only = self->dossier != NULL && passend_dossier_change_is_text_only (self->dossier);
  GSignalInvocationHint *hint =
      self->dossier != NULL ? g_signal_get_invocation_hint (self->dossier) : NULL;
  /* An entry's edit: the agreements are neither sorted nor shown anew. */
  gboolean entries_only = hint != NULL && hint->detail == g_type_qname (PASSEND_TYPE_ENTRY);

  if (self->dossier == NULL)
    self->refresh_sort = TRUE;
  else
    note_sorting (self, passend_dossier_change_has_edits (self->dossier), text_only,
                  entries_only ? passend_dossier_change_get_edited (self->dossier) : NULL);
  /* One save changes many fields: update once, after them all. */
  if (self->refresh_idle == 0)
    {
      self->refresh_text_only = text_only;
      self->refresh_entries_only = entries_only;
      self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
    }
  else
    {
      self->refresh_text_only = self->refresh_text_only && text_only;
      self->refresh_entries_only = self->refresh_entries_only && entries_only;
    }
}

/* A new talk on the Preparation page moves no entry: no sorting again. */
static void
structure_changed_cb (PassendDossierView *self)
{
  if (self->structure_watch == NULL || !passend_structure_watch_only_sheets (self->structure_watch))
    dossier_changed_cb (self);
}

static void
entry_filter_changed_cb (PassendDossierView *self, int change)
{
  passend_shown_entries_refilter (self->shown_entries, (PassendFilterChange)change);
  update_empty_states (self);
}

void
passend_dossier_view_update_actions (PassendDossierView *self)
{
  gboolean writable =
      self->store != NULL && passend_store_get_writable (self->store) && self->dossier != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dossier.new-entry", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dossier.undo",
                                 writable && self->removal != NULL);
}

static void
view_stack_changed_cb (PassendDossierView *self)
{
  if (gtk_list_view_get_model (self->agreements_view) == NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "agreements") == 0)
    gtk_list_view_set_model (self->agreements_view, self->agreement_selection);
}

/* List item factories */

static void
setup_entry_cb (GtkListItemFactory *factory, GtkListItem *item)
{
  gtk_list_item_set_child (item, GTK_WIDGET (passend_entry_row_new ()));
}

static void
bind_entry_cb (GtkListItemFactory *factory, GtkListItem *item)
{
  passend_entry_row_set_item (PASSEND_ENTRY_ROW (gtk_list_item_get_child (item)),
                              gtk_list_item_get_item (item));
}

static void
unbind_entry_cb (GtkListItemFactory *factory, GtkListItem *item)
{
  passend_entry_row_set_item (PASSEND_ENTRY_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
setup_agreement_cb (GtkListItemFactory *factory, GtkListItem *item)
{
  gtk_list_item_set_child (item, GTK_WIDGET (passend_agreement_row_new ()));
}

static void
bind_agreement_cb (GtkListItemFactory *factory, GtkListItem *item, PassendDossierView *self)
{
  PassendAgreement *agreement = gtk_list_item_get_item (item);
  const char       *entry_id = passend_agreement_get_entry_id (agreement);
  PassendEntry     *entry = NULL;

  if (entry_id != NULL && self->dossier != NULL)
    entry = passend_dossier_find_entry (self->dossier, entry_id);
  passend_agreement_row_set_item (PASSEND_AGREEMENT_ROW (gtk_list_item_get_child (item)),
                                  agreement);
  passend_agreement_row_set_entry (PASSEND_AGREEMENT_ROW (gtk_list_item_get_child (item)), entry);
}

static void
unbind_agreement_cb (GtkListItemFactory *factory, GtkListItem *item)
{
  passend_agreement_row_set_item (PASSEND_AGREEMENT_ROW (gtk_list_item_get_child (item)), NULL);
  passend_agreement_row_set_entry (PASSEND_AGREEMENT_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
shown_changed_cb (PassendDossierView *self)
{
  update_empty_states (self);
}

/* GObject */

static void
unbind_dossier (PassendDossierView *self)
{
  passend_dossier_view_finish_removal (self);

  if (self->dossier != NULL)
    g_signal_handlers_disconnect_by_data (self->dossier, self);
  if (self->entry_filter != NULL)
    g_signal_handlers_disconnect_by_data (self->entry_filter, self);
  g_clear_object (&self->entry_filter);
  g_clear_pointer (&self->structure_watch, passend_structure_watch_free);
  g_clear_object (&self->dossier);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_object (&self->refresh_moved);
  g_clear_handle_id (&self->fold_idle, g_source_remove);

  if (self->shown_entries != NULL)
    {
      passend_shown_entries_set_model (self->shown_entries, NULL);
      passend_shown_entries_set_filter (self->shown_entries, NULL);
    }
  if (self->shown_agreements != NULL)
    gtk_filter_list_model_set_model (self->shown_agreements, NULL);
  g_clear_object (&self->entries_mirror);
  self->models_built = FALSE;
}

/* The sorted and filtered lists, and the search's folding: only once
 * the page is on screen, so that a parent reading Topics does not wait
 * for 50,000 entries to be sorted. */
static void
build_models (PassendDossierView *self)
{
  g_autoptr (GtkSortListModel) sorted_entries = NULL;
  g_autoptr (GtkSortListModel) sorted_agreements = NULL;

  if (self->dossier == NULL || self->models_built)
    return;
  self->models_built = TRUE;

  self->entries_mirror = passend_list_mirror_new (passend_dossier_get_entries (self->dossier));
  sorted_entries = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->entries_mirror)),
                                            g_object_ref (self->entry_sorter));
  passend_shown_entries_set_model (self->shown_entries, G_LIST_MODEL (sorted_entries));
  sorted_agreements =
      gtk_sort_list_model_new (g_object_ref (passend_dossier_get_agreements (self->dossier)),
                               g_object_ref (self->agreement_sorter));
  gtk_filter_list_model_set_model (self->shown_agreements, G_LIST_MODEL (sorted_agreements));

  self->fold_position = 0;
  self->fold_idle = g_idle_add_full (G_PRIORITY_LOW, fold_idle_cb, self, NULL);
  update_empty_states (self);
}

static void
bind_dossier (PassendDossierView *self)
{
  PassendDossier *dossier = self->store ? passend_store_get_dossier (self->store) : NULL;

  unbind_dossier (self);

  if (dossier == NULL)
    {
      passend_dossier_view_update_actions (self);
      return;
    }

  self->dossier = g_object_ref (dossier);
  self->structure_watch = passend_structure_watch_new (dossier);
  self->entry_filter = passend_entry_filter_new (dossier);
  passend_shown_entries_set_filter (self->shown_entries, self->entry_filter);
  /* Not the sheets' or the Assistant's changes: a parent typing on the
   * Preparation page must not sort 10,000 entries per keystroke. */
  for (guint i = 0; i < G_N_ELEMENTS (shown_changes); i++)
    g_signal_connect_object (dossier, shown_changes[i],
                             i == 0 ? G_CALLBACK (structure_changed_cb)
                                    : G_CALLBACK (dossier_changed_cb),
                             self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry_filter, "changed", G_CALLBACK (entry_filter_changed_cb),
                           self, G_CONNECT_SWAPPED);

  /* The filter first, then the lists: 10,000 entries are filtered
   * once, not once more for each part of the filter. */
  passend_dossier_view_search_changed (self);
  passend_dossier_view_filter_changed (self);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    build_models (self);

  /* Copies no longer named by the dossier or any backup can go. */
  passend_store_sweep_documents_async (self->store, NULL, NULL);

  update_summary (self);
  update_empty_states (self);
  passend_dossier_view_update_actions (self);
}

static void
passend_dossier_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (passend_dossier_view_parent_class)->map (widget);
  build_models (PASSEND_DOSSIER_VIEW (widget));
}

static void
passend_dossier_view_dispose (GObject *object)
{
  PassendDossierView *self = PASSEND_DOSSIER_VIEW (object);

  unbind_dossier (self);
  g_clear_handle_id (&self->day_timeout, g_source_remove);
  g_clear_pointer (&self->today, g_free);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->child);

  g_clear_pointer (&self->entry_menu, gtk_widget_unparent);
  passend_widget_dispose_children (GTK_WIDGET (self));
  self->undo_revealer = NULL;

  if (self->shown_entries != NULL)
    g_signal_handlers_disconnect_by_data (self->shown_entries, self);
  if (self->shown_agreements != NULL)
    g_signal_handlers_disconnect_by_data (self->shown_agreements, self);
  g_clear_object (&self->agreement_selection);
  g_clear_object (&self->shown_entries);
  g_clear_object (&self->shown_agreements);
  g_clear_object (&self->entry_sorter);
  g_clear_object (&self->agreement_sorter);
  g_clear_object (&self->agreement_filter);

  G_OBJECT_CLASS (passend_dossier_view_parent_class)->dispose (object);
}

static void
passend_dossier_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PassendDossierView *self = PASSEND_DOSSIER_VIEW (object);

  switch (prop_id)
    {
    case PROP_N_OVERDUE:
      g_value_set_uint (value, self->n_overdue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_dossier_view_class_init (PassendDossierViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_dossier_view_dispose;
  object_class->get_property = passend_dossier_view_get_property;
  widget_class->map = passend_dossier_view_map;

  /* For the badge in the sidebar. */
  properties[PROP_N_OVERDUE] =
      g_param_spec_uint ("n-overdue", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PASSEND_TYPE_DATE_ENTRY);
  g_type_ensure (PASSEND_TYPE_STATUS_PAGE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-dossier-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, kinds_box);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, open_only_check);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, all_children_check);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, from_label);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, from_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, to_label);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, to_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, journal_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, entries_view);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, journal_empty_page);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, clear_search_button);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, show_all_button);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, agreements_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, agreements_view);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, undo_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendDossierView, undo_label);
  passend_dossier_view_class_init_actions (widget_class);
}

static void
passend_dossier_view_init (PassendDossierView *self)
{
  GtkListItemFactory *factory;
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));
  passend_revealer_hide_closed (self->undo_revealer);
  gtk_orientable_set_orientation (
      GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))), GTK_ORIENTATION_VERTICAL);
  gtk_label_set_mnemonic_widget (self->from_label,
                                 GTK_WIDGET (passend_date_entry_get_entry (self->from_entry)));
  gtk_label_set_mnemonic_widget (self->to_label,
                                 GTK_WIDGET (passend_date_entry_get_entry (self->to_entry)));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->entries_view));

  for (guint i = 0; i < N_KINDS; i++)
    {
      g_autofree char *name = g_strdup_printf ("filter-kind-%u", i);

      self->kind_checks[i] =
          GTK_CHECK_BUTTON (gtk_check_button_new_with_label (passend_entry_kind_label (i)));
      gtk_widget_set_name (GTK_WIDGET (self->kind_checks[i]), name);
      gtk_check_button_set_active (self->kind_checks[i], TRUE);
      g_signal_connect_swapped (self->kind_checks[i], "toggled",
                                G_CALLBACK (passend_dossier_view_filter_changed), self);
      gtk_box_append (self->kinds_box, GTK_WIDGET (self->kind_checks[i]));
    }

  self->entry_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_entries, NULL, NULL));
  self->shown_entries = passend_shown_entries_new ();
  g_signal_connect_swapped (self->shown_entries, "items-changed", G_CALLBACK (shown_changed_cb),
                            self);

  self->agreement_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_agreements, NULL, NULL));
  self->agreement_filter = GTK_FILTER (gtk_custom_filter_new (match_agreement, self, NULL));
  self->shown_agreements = gtk_filter_list_model_new (NULL, g_object_ref (self->agreement_filter));
  g_signal_connect_swapped (self->shown_agreements, "items-changed", G_CALLBACK (shown_changed_cb),
                            self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_entry_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_entry_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_entry_cb), NULL);
  gtk_list_view_set_factory (self->entries_view, factory);
  g_object_unref (factory);
  /* gtk_list_view_set_model() takes a reference of its own. */
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->shown_entries)));
  gtk_list_view_set_model (self->entries_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_agreement_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_agreement_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_agreement_cb), NULL);
  gtk_list_view_set_factory (self->agreements_view, factory);
  g_object_unref (factory);
  /* Nothing is chosen until the parent chooses, so Ctrl+D never marks
   * an agreement the parent did not pick. */
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->shown_agreements)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  self->agreement_selection = GTK_SELECTION_MODEL (selection);
  /* The list gets its rows when the parent first opens it: a list view
   * builds rows as soon as it is in a window, shown or not, and a
   * hundred agreement rows cost the Dossier page's first frame. */
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (view_stack_changed_cb), self, G_CONNECT_SWAPPED);

  /* Ctrl+Z undoes a delete wherever the focus is in the window, also
   * on the sidebar; leaving the page makes the delete final. */
  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                       GTK_SHORTCUT_SCOPE_GLOBAL);
    gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (shortcuts),
        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                          gtk_named_action_new ("dossier.undo")));
    /* Ctrl+Shift+E, the evidence bundle, also from the sidebar. */
    gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (shortcuts),
        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_E, GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                          gtk_named_action_new ("dossier.make-bundle")));
    gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  }
  g_signal_connect (self, "unmap", G_CALLBACK (passend_dossier_view_finish_removal), NULL);
  passend_dossier_view_init_entry_menu (self);

  self->today = passend_clock_get_today ();
  self->day_timeout = g_timeout_add_seconds (60, day_check_cb, self);

  passend_dossier_view_update_actions (self);
}

/* Public API */

void
passend_dossier_view_set_store (PassendDossierView *self, PassendStore *store)
{
  g_return_if_fail (PASSEND_IS_DOSSIER_VIEW (self));

  if (passend_view_follow_store (self, &self->store, store, G_CALLBACK (bind_dossier),
                                 G_CALLBACK (passend_dossier_view_update_actions)))
    bind_dossier (self);
}

/**
 * passend_dossier_view_set_child:
 * @child: (nullable): the child whose dossier is shown
 */
void
passend_dossier_view_set_child (PassendDossierView *self, PassendChild *child)
{
  g_return_if_fail (PASSEND_IS_DOSSIER_VIEW (self));

  if (!g_set_object (&self->child, child))
    return;

  passend_dossier_view_filter_changed (self);
  gtk_filter_changed (self->agreement_filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
  update_empty_states (self);
}

guint
passend_dossier_view_get_n_overdue (PassendDossierView *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER_VIEW (self), 0);
  return self->n_overdue;
}

/**
 * passend_dossier_view_new_entry:
 *
 * Opens the dialog for a new entry about the selected child.
 */
void
passend_dossier_view_new_entry (PassendDossierView *self)
{
  g_return_if_fail (PASSEND_IS_DOSSIER_VIEW (self));
  passend_dossier_view_open_entry (self, NULL);
}

/**
 * passend_dossier_view_show_entry_id:
 * @id: the id of an entry
 *
 * Shows that entry, read-only, as activating it in the list does.
 */
void
passend_dossier_view_show_entry_id (PassendDossierView *self, const char *id)
{
  PassendEntry *entry;

  g_return_if_fail (PASSEND_IS_DOSSIER_VIEW (self));

  entry = self->dossier != NULL ? passend_dossier_find_entry (self->dossier, id) : NULL;
  if (entry != NULL)
    passend_dossier_view_show_entry (self, entry);
}

void
passend_dossier_view_focus_search (PassendDossierView *self)
{
  g_return_if_fail (PASSEND_IS_DOSSIER_VIEW (self));

  gtk_stack_set_visible_child_name (self->view_stack, "journal");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * passend_dossier_view_is_busy:
 *
 * Returns: %TRUE while the view still prepares the search in the
 *   background
 */
gboolean
passend_dossier_view_is_busy (PassendDossierView *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER_VIEW (self), FALSE);
  return self->fold_idle != 0;
}

/**
 * passend_dossier_view_get_shown:
 *
 * Returns: (transfer none): the entries the journal shows, in order
 */
GListModel *
passend_dossier_view_get_shown (PassendDossierView *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER_VIEW (self), NULL);
  return G_LIST_MODEL (self->shown_entries);
}
