/* passend-ui-util.h - words and icons for the model's values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-dossier.h"
#include "passend-labels.h"
#include "passend-store.h"

G_BEGIN_DECLS

const char    *passend_entry_kind_icon (PassendEntryKind kind);
void           passend_widget_dispose_children (GtkWidget *widget);
GtkStringList *passend_enum_string_list (const char *(*label) (int value), int n_values);

gboolean passend_is_app_link (const char *uri);
gboolean passend_follow_app_link (GtkWidget *widget, const char *uri);

void passend_show_warning (GtkWindow *parent, const char *primary, const char *secondary);
void passend_ask_throw_away (GtkWindow *editor, const char *detail);

gboolean passend_view_follow_store (gpointer       view,
                                    PassendStore **slot,
                                    PassendStore  *store,
                                    GCallback      dossier_changed,
                                    GCallback      state_changed);

void passend_fix_mnemonic_names (void);
void passend_warm_icon_theme (GdkDisplay *display);

void passend_revealer_hide_closed (GtkRevealer *revealer);

G_END_DECLS
