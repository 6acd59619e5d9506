/* passend-text-line.h - one line of text, cut off with an ellipsis
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PASSEND_TYPE_TEXT_LINE (passend_text_line_get_type ())
G_DECLARE_FINAL_TYPE (PassendTextLine, passend_text_line, PASSEND, TEXT_LINE, GtkWidget)

GtkWidget  *passend_text_line_new (void);
const char *passend_text_line_get_text (PassendTextLine *self);
void        passend_text_line_set_text (PassendTextLine *self, const char *text);

G_END_DECLS
