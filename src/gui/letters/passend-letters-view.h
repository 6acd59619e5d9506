/* passend-letters-view.h - the Letters page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-store.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_LETTERS_VIEW (passend_letters_view_get_type ())
G_DECLARE_FINAL_TYPE (PassendLettersView, passend_letters_view, PASSEND, LETTERS_VIEW, GtkWidget)

void       passend_letters_view_set_store (PassendLettersView *self, PassendStore *store);
void       passend_letters_view_set_child (PassendLettersView *self, PassendChild *child);
GtkWindow *passend_letters_view_open (PassendLettersView *self, const char *letter_id);
GtkWindow *passend_letters_view_open_talk_report (PassendLettersView *self, const char *entry_id);

G_END_DECLS
