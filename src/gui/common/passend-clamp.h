/* passend-clamp.h - a child no wider than a comfortable line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PASSEND_TYPE_CLAMP (passend_clamp_get_type ())
G_DECLARE_FINAL_TYPE (PassendClamp, passend_clamp, PASSEND, CLAMP, GtkWidget)

GtkWidget *passend_clamp_get_child (PassendClamp *self);
void       passend_clamp_set_child (PassendClamp *self, GtkWidget *child);
int        passend_clamp_get_maximum_width (PassendClamp *self);
void       passend_clamp_set_maximum_width (PassendClamp *self, int width);
gboolean   passend_clamp_get_natural_size (PassendClamp *self);
void       passend_clamp_set_natural_size (PassendClamp *self, gboolean natural_size);

G_END_DECLS
