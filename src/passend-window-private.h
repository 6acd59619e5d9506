/* passend-window-private.h - what the parts of the main window share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only for passend-window.c (the pages, the child, the state of the
 * store) and passend-window-actions.c (the child.* and nav.* actions).
 */
#pragma once

#include "passend-assistant-view.h"
#include "passend-dossier-view.h"
#include "passend-preparation-view.h"
#include "passend-status-page.h"
#include "passend-topics-view.h"
#include "passend-deadlines-view.h"
#include "passend-letters-view.h"
#include "passend-window.h"

G_BEGIN_DECLS

struct _PassendWindow
{
  GtkApplicationWindow parent_instance;

  GSettings    *settings;
  PassendStore *store;
  PassendChild *child;
  GListModel   *children;

  /* Template widgets */
  GtkStack          *main_stack;
  GtkBox            *child_dropdown_slot;
  GtkDropDown       *child_dropdown; /* NULL until there is a child */
  GtkMenuButton     *child_menu_button;
  GtkMenuButton     *primary_menu_button;
  GMenuModel        *child_menu;
  GMenuModel        *primary_menu;
  GtkEntry          *welcome_entry;
  GtkButton         *welcome_button;
  PassendStatusPage *problem_page;
  GtkLabel          *problem_detail_label;
  GtkButton         *restore_button;
  GtkButton         *afresh_button;
  /* The content page and what is in it: NULL until it is first shown
   * (passend-window-content.ui, _passend_window_ensure_content()). */
  GtkWidget              *content_box;
  GtkRevealer            *banner_revealer;
  GtkLabel               *banner_label;
  GtkButton              *banner_button;
  GtkListBox             *sidebar;
  GtkStack               *page_stack;
  PassendTopicsView      *topics_view;
  PassendDeadlinesView   *deadlines_view;
  GtkLabel               *deadlines_badge;
  PassendAssistantView   *assistant_view;
  PassendDossierView     *dossier_view;
  GtkLabel               *overdue_badge;
  PassendPreparationView *preparation_view;
  PassendLettersView     *letters_view;
  PassendStatusPage      *loading_page;
  GtkSpinner             *loading_spinner;
  /* Where the pages go when made, after the first frame or when first
   * shown (their views above stay NULL until then). */
  GtkBox *topics_slot;
  GtkBox *dossier_slot;
  GtkBox *deadlines_slot;
  GtkBox *assistant_slot;
  GtkBox *letters_slot;
  GtkBox *preparation_slot;
  /* The sidebar page asked for, also before the content is made. */
  char *page;
  guint pages_idle; /* makes them after the first frame */
};

static const char *const page_names[] = { "topics",    "assistant", "dossier", "preparation",
                                          "deadlines", "letters",   NULL };

void     _passend_window_ensure_content (PassendWindow *self);
void     _passend_window_select_page (PassendWindow *self, const char *name);
void     _passend_window_deadlines_changed_cb (PassendWindow *self);
void     _passend_window_class_actions_init (GtkWidgetClass *widget_class);
void     _passend_window_actions_init (PassendWindow *self);
void     _passend_window_class_backup_init (GtkWidgetClass *widget_class);
void     _passend_window_backup_constructed (PassendWindow *self);
void     _passend_window_pages_constructed (PassendWindow *self);
void     _passend_window_overdue_changed_cb (PassendWindow *self);
void     _passend_window_pages_dispose (PassendWindow *self);
void     _passend_window_build_page (PassendWindow *self, const char *name);
gboolean _passend_window_page_is_built (PassendWindow *self, const char *name);

G_END_DECLS
