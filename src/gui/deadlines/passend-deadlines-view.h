/* passend-deadlines-view.h - the Deadlines page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-store.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_DEADLINES_VIEW (passend_deadlines_view_get_type ())
G_DECLARE_FINAL_TYPE (
    PassendDeadlinesView, passend_deadlines_view, PASSEND, DEADLINES_VIEW, GtkWidget)

void  passend_deadlines_view_set_store (PassendDeadlinesView *self, PassendStore *store);
void  passend_deadlines_view_set_child (PassendDeadlinesView *self, PassendChild *child);
guint passend_deadlines_view_get_n_due (PassendDeadlinesView *self);
void  passend_deadlines_view_check_day (PassendDeadlinesView *self);

G_END_DECLS
