/* passend-preparation-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-store.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_PREPARATION_VIEW (passend_preparation_view_get_type ())
G_DECLARE_FINAL_TYPE (
    PassendPreparationView, passend_preparation_view, PASSEND, PREPARATION_VIEW, GtkWidget)

void passend_preparation_view_set_store (PassendPreparationView *self, PassendStore *store);
void passend_preparation_view_set_child (PassendPreparationView *self, PassendChild *child);
PassendSheet *passend_preparation_view_get_sheet (PassendPreparationView *self);

G_END_DECLS
