/* passend-grounds-popover.h - entries and agreements to put in a letter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-dossier.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_GROUNDS_POPOVER (passend_grounds_popover_get_type ())
G_DECLARE_FINAL_TYPE (
    PassendGroundsPopover, passend_grounds_popover, PASSEND, GROUNDS_POPOVER, GtkPopover)

GtkWidget *passend_grounds_popover_new (void);
void       passend_grounds_popover_fill (PassendGroundsPopover *self,
                                         PassendDossier        *dossier,
                                         const char            *child_id);

G_END_DECLS
