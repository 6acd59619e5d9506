/* passend-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-store.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_WINDOW (passend_window_get_type ())
G_DECLARE_FINAL_TYPE (PassendWindow, passend_window, PASSEND, WINDOW, GtkApplicationWindow)

PassendWindow *passend_window_new (GtkApplication *application, PassendStore *store);
PassendChild  *passend_window_get_child (PassendWindow *self);
void           passend_window_set_child (PassendWindow *self, PassendChild *child);
const char    *passend_window_get_page (PassendWindow *self);

G_END_DECLS
