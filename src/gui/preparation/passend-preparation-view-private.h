/* passend-preparation-view-private.h - what the parts of the Preparation
 * page share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only for passend-preparation-view.c (the list of talks, the sheet's
 * fields, the context), passend-preparation-view-points.c (the list of
 * points) and passend-preparation-view-actions.c (printing, the PDF, and
 * the actions on a talk).
 */
#pragma once

#include "passend-date-entry.h"
#include "passend-preparation-view.h"
#include "passend-sheet-printer.h"
#include "passend-status-page.h"
#include "passend-structure-watch.h"
#include "passend-ui-util.h"

G_BEGIN_DECLS

/* A text field of the sheet and the widget that edits it. */
typedef struct
{
  PassendPreparationView *self;
  GtkWidget              *widget; /* GtkTextView or GtkEntry */
  const char             *property;
} TextField;

enum
{
  FIELD_PLACE,
  FIELD_WITH_WHOM,
  FIELD_SCHOOL_GOAL,
  FIELD_MY_GOAL,
  FIELD_GOING_WELL,
  FIELD_QUESTIONS,
  FIELD_WISHES,
  FIELD_COMPANIONS,
  FIELD_DOCUMENTS,
  N_FIELDS
};

/* The widgets of one point. */
typedef struct
{
  GtkWidget   *row;
  GtkTextView *worry;
  GtkTextView *example;
  GtkWidget   *up;
  GtkWidget   *down;
  GtkWidget   *remove;
} PointRow;

struct _PassendPreparationView
{
  GtkWidget parent_instance;

  PassendStore   *store;
  PassendDossier *dossier;
  PassendChild   *child;
  PassendSheet   *sheet;

  GtkFilter           *filter;
  GtkFilterListModel  *sheets;
  GtkSorter           *sorter;
  GtkSingleSelection  *selection;
  GtkPrintSettings    *print_settings;
  GtkPageSetup        *page_setup;
  PassendSheetPrinter *printing;
  GtkNativeDialog     *chooser;
  PassendSheet        *chooser_sheet;
  guint                refresh_idle;
  guint                scroll_frames;
  gboolean             loading;
  TextField            fields[N_FIELDS];
  GArray              *points; /* of PointRow */

  /* Issue 15: the context is made again only after the dossier changed
   * (not for sheets alone), for another child or another day. */
  gboolean               context_stale;
  char                  *context_key; /* "today/child id" of the context shown */
  PassendStructureWatch *structure_watch;

  /* Template widgets */
  GtkListView       *talks_view;
  GtkButton         *new_button;
  GtkStack          *editor_stack;
  PassendStatusPage *empty_page;
  GtkScrolledWindow *editor_scroller;
  GtkWidget         *editor_box;
  GtkBox            *recorded_box;
  GtkButton         *open_entry_button;
  GtkWidget         *print_button;
  GtkWidget         *record_button;
  GtkLabel          *recorded_label;
  GtkWidget         *send_report_button;
  GtkLabel          *context_label;
  GtkLabel          *date_label;
  PassendDateEntry  *date_entry;
  GtkEntry          *time_entry;
  GtkEntry          *place_entry;
  GtkTextView       *with_whom_view;
  GtkTextView       *school_goal_view;
  GtkTextView       *my_goal_view;
  GtkListBox        *points_box;
  GtkButton         *add_point_button;
  GtkTextView       *going_well_view;
  GtkTextView       *questions_view;
  GtkTextView       *wishes_view;
  GtkEntry          *companions_entry;
  GtkTextView       *documents_view;
};

static inline gboolean
writable (PassendPreparationView *self)
{
  return self->store != NULL && self->dossier != NULL && passend_store_get_writable (self->store);
}

static inline GtkWindow *
parent_window (PassendPreparationView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static inline void
show_problem (PassendPreparationView *self, const char *primary, const char *secondary)
{
  passend_show_warning (parent_window (self), primary, secondary);
}

void _passend_preparation_view_update_actions (PassendPreparationView *self);
void _passend_preparation_view_update_context (PassendPreparationView *self);
void _passend_preparation_view_update_recorded (PassendPreparationView *self);
void _passend_preparation_view_select_sheet (PassendPreparationView *self, PassendSheet *sheet);

void _passend_preparation_view_rebuild_points (PassendPreparationView *self);
void _passend_preparation_view_add_point_cb (PassendPreparationView *self);

void _passend_preparation_view_class_actions_init (GtkWidgetClass *widget_class);

G_END_DECLS
