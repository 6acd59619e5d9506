/* passend-status-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PASSEND_TYPE_STATUS_PAGE (passend_status_page_get_type ())
G_DECLARE_FINAL_TYPE (PassendStatusPage, passend_status_page, PASSEND, STATUS_PAGE, GtkWidget)

void passend_status_page_set_title (PassendStatusPage *self, const char *title);
void passend_status_page_set_description (PassendStatusPage *self, const char *description);

G_END_DECLS
