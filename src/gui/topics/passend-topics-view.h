/* passend-topics-view.h - the Topics page: read, follow links, search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-topic-library.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_TOPICS_VIEW (passend_topics_view_get_type ())
G_DECLARE_FINAL_TYPE (PassendTopicsView, passend_topics_view, PASSEND, TOPICS_VIEW, GtkWidget)

void        passend_topics_view_set_library (PassendTopicsView *self, PassendTopicLibrary *library);
gboolean    passend_topics_view_show_link (PassendTopicsView *self, const char *link);
const char *passend_topics_view_get_link (PassendTopicsView *self);
void        passend_topics_view_focus_search (PassendTopicsView *self);
guint       passend_topics_view_get_n_results (PassendTopicsView *self);

G_END_DECLS
