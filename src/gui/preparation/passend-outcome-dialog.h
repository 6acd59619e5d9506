/* passend-outcome-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-store.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_OUTCOME_DIALOG (passend_outcome_dialog_get_type ())
G_DECLARE_FINAL_TYPE (
    PassendOutcomeDialog, passend_outcome_dialog, PASSEND, OUTCOME_DIALOG, GtkWindow)

PassendOutcomeDialog *
passend_outcome_dialog_new (GtkWindow *parent, PassendStore *store, PassendSheet *sheet);

G_END_DECLS
