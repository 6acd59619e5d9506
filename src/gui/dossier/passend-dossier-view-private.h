/* passend-dossier-view-private.h - what the Dossier page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * passend-dossier-view.c has the page, its lists and what they show;
 * -actions.c what the parent does on it: open and delete entries (with
 * Undo), mark agreements, search and filter.
 */
#pragma once

#include "passend-date-entry.h"
#include "passend-dossier-view.h"
#include "passend-entry-filter.h"
#include "passend-list-mirror.h"
#include "passend-shown-entries.h"
#include "passend-status-page.h"
#include "passend-structure-watch.h"

G_BEGIN_DECLS

#define N_KINDS (PASSEND_ENTRY_KIND_NOTE + 1)

struct _PassendDossierView
{
  GtkWidget parent_instance;

  PassendStore       *store;
  PassendDossier     *dossier;
  PassendChild       *child;
  PassendEntryFilter *entry_filter;

  GtkSorter           *entry_sorter;
  PassendShownEntries *shown_entries;
  GtkSorter           *agreement_sorter;
  GtkFilter           *agreement_filter;
  GtkFilterListModel  *shown_agreements;

  PassendRemoval *removal;
  guint           refresh_idle;
  guint           fold_idle;
  guint           day_timeout;
  char           *today;
  guint           fold_position;
  guint           n_overdue;
  GtkCheckButton *kind_checks[N_KINDS];

  /* Issue 15: the sorted lists, made when the page is first shown; a
   * change of sheets alone passes by. */
  gboolean               models_built;
  PassendStructureWatch *structure_watch;
  gboolean               refresh_sort;         /* records that stayed changed: sort again */
  gboolean               refresh_text_only;    /* only free text changed: no counts again */
  gboolean               refresh_entries_only; /* only entries changed: agreements stay */
  PassendEntry          *refresh_moved;        /* the one entry edited: only it may move */
  PassendListMirror     *entries_mirror;       /* the dossier's entries, before the sort */

  /* Template widgets */
  GtkLabel          *summary_label;
  GtkStack          *view_stack;
  GtkSearchEntry    *search_entry;
  GtkMenuButton     *filter_button;
  GtkBox            *kinds_box;
  GtkCheckButton    *open_only_check;
  GtkCheckButton    *all_children_check;
  GtkLabel          *from_label;
  PassendDateEntry  *from_entry;
  GtkLabel          *to_label;
  PassendDateEntry  *to_entry;
  GtkStack          *journal_stack;
  GtkListView       *entries_view;
  PassendStatusPage *journal_empty_page;
  GtkWidget         *clear_search_button;
  GtkWidget         *show_all_button;
  GtkStack          *agreements_stack;
  GtkListView       *agreements_view;
  GtkSelectionModel *agreement_selection; /* its model, once shown */
  GtkRevealer       *undo_revealer;
  GtkLabel          *undo_label;
  GtkWidget         *entry_menu; /* the list's context menu, once shown */
};

const char *passend_dossier_view_child_id (PassendDossierView *self);
void        passend_dossier_view_update_actions (PassendDossierView *self);
void        passend_dossier_view_finish_removal (PassendDossierView *self);
void        passend_dossier_view_open_entry (PassendDossierView *self, PassendEntry *entry);
void        passend_dossier_view_show_entry (PassendDossierView *self, PassendEntry *entry);
void        passend_dossier_view_init_entry_menu (PassendDossierView *self);
void        passend_dossier_view_search_changed (PassendDossierView *self);
void        passend_dossier_view_filter_changed (PassendDossierView *self);
void        passend_dossier_view_class_init_actions (GtkWidgetClass *widget_class);

G_END_DECLS
