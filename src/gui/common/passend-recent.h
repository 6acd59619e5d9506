/* passend-recent.h - keeping the parent's files out of Recent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void passend_keep_out_of_recent (GListModel *files);

G_END_DECLS
