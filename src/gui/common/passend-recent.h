/* passend-recent.h - keeping the parent's files out of Recent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void   passend_keep_out_of_recent (GListModel *files);
GFile *passend_chooser_take_file (GtkNativeDialog *chooser, int response);

G_END_DECLS
