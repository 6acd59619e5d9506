/* passend-name-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PASSEND_TYPE_NAME_DIALOG (passend_name_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PassendNameDialog, passend_name_dialog, PASSEND, NAME_DIALOG, GtkWindow)

PassendNameDialog *passend_name_dialog_new (GtkWindow  *parent,
                                            const char *title,
                                            const char *accept_label,
                                            const char *name);
const char        *passend_name_dialog_get_name (PassendNameDialog *self);

G_END_DECLS
