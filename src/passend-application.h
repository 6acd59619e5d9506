/* passend-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-store.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_APPLICATION (passend_application_get_type ())
G_DECLARE_FINAL_TYPE (PassendApplication, passend_application, PASSEND, APPLICATION, GtkApplication)

PassendApplication *passend_application_new (void);
PassendStore       *passend_application_get_store (PassendApplication *self);
char               *passend_application_get_help_uri (PassendApplication *self);

G_END_DECLS
