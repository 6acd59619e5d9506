/* passend-deadlines-view-private.h - what the page's units share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-date-entry.h"
#include "passend-deadlines-view.h"
#include "passend-deadlines.h"
#include "passend-structure-watch.h"

G_BEGIN_DECLS

struct _PassendDeadlinesView
{
  GtkWidget parent_instance;

  PassendStore   *store;
  PassendDossier *dossier;
  PassendChild   *child;
  GListStore     *items; /* of PassendDeadlineItem, as the list shows them */
  GObject        *shown; /* the clock or agreement in the detail */
  guint           n_due;
  char           *today;       /* the day the list was made for */
  guint           day_timeout; /* checks every minute for a new day */

  /* Issue 15: rows only for a page on screen; sheets alone pass by. */
  gboolean               rows_stale;
  PassendStructureWatch *structure_watch;

  GtkWidget        *content;
  GtkWidget        *detail_pane;
  GtkLabel         *intro_label;
  GtkWidget        *list_scroller;
  GtkListView      *list;
  GtkLabel         *empty_label;
  GtkBox           *detail_box;
  GtkLabel         *detail_title;
  GtkLabel         *detail_due;
  GtkLabel         *detail_purpose;
  GtkLabel         *detail_lost;
  GtkLabel         *detail_todo;
  GtkLabel         *detail_check;
  GtkLabel         *detail_source;
  GtkBox           *links_box;
  GtkWidget        *actions_box;
  PassendDateEntry *met_date;
  GtkEntry         *stop_reason;
  PassendDateEntry *stop_date;
  GtkLabel         *message_label;
  GtkWidget        *undo_button;
  GObject          *undo_clock; /* the clock just met or stopped, for Undo */
};

void passend_deadlines_view_refresh (PassendDeadlinesView *self);
void passend_deadlines_view_show_detail (PassendDeadlinesView *self, PassendDeadline *deadline);
void passend_deadlines_view_mark_met_cb (PassendDeadlinesView *self);
void passend_deadlines_view_stop_cb (PassendDeadlinesView *self);
void passend_deadlines_view_undo_cb (PassendDeadlinesView *self);

G_END_DECLS
