/* passend-list-mirror.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PASSEND_TYPE_LIST_MIRROR (passend_list_mirror_get_type ())
G_DECLARE_FINAL_TYPE (PassendListMirror, passend_list_mirror, PASSEND, LIST_MIRROR, GObject)

PassendListMirror *passend_list_mirror_new (GListModel *model);
gboolean           passend_list_mirror_item_changed (PassendListMirror *self, gpointer item);

G_END_DECLS
