/* passend-assistant-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-store.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_ASSISTANT_VIEW (passend_assistant_view_get_type ())
G_DECLARE_FINAL_TYPE (
    PassendAssistantView, passend_assistant_view, PASSEND, ASSISTANT_VIEW, GtkWidget)

void passend_assistant_view_set_store (PassendAssistantView *self, PassendStore *store);
void passend_assistant_view_set_child (PassendAssistantView *self, PassendChild *child);
void passend_assistant_view_show_step (PassendAssistantView *self, int step);
int  passend_assistant_view_get_shown_step (PassendAssistantView *self);
void passend_assistant_view_show_advisor (PassendAssistantView *self);

void passend_assistant_view_check_day (PassendAssistantView *self);

G_END_DECLS
