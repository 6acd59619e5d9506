/* passend-topics-view-private.h - what the parts of the Topics page share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only for passend-topics-view.c (showing pages, history, the list,
 * search) and passend-topics-view-pages.c (building a page's widgets).
 */
#pragma once

#include "passend-topics-view.h"

G_BEGIN_DECLS

struct _PassendTopicsView
{
  GtkWidget parent_instance;

  PassendTopicLibrary *library;
  GPtrArray           *back;
  GPtrArray           *forward;
  char                *link;
  char                *page;
  GHashTable          *anchors;
  GtkWidget           *target;
  GPtrArray           *results;
  char                *scroll_anchor;
  guint                scroll_tick;
  guint                scroll_tries;
  char                *first_link;
  gboolean             painted;

  /* Template widgets */
  GtkStack          *main_stack;
  GtkSearchEntry    *search_entry;
  GtkStack          *list_stack;
  GtkListBox        *topic_list;
  GtkLabel          *results_label;
  GtkButton         *back_button;
  GtkListBox        *results_list;
  GtkScrolledWindow *reading_scroll;
  GtkBox            *page_box;
};

void _passend_topics_view_follow_link (PassendTopicsView *self, const char *link);
void _passend_topics_view_build_topic_page (PassendTopicsView *self, PassendTopic *topic);
void _passend_topics_view_build_glossary_page (PassendTopicsView *self);
void _passend_topics_view_build_organisations_page (PassendTopicsView *self);

G_END_DECLS
