/* passend-clock-proposal-dialog.h - the deadlines an event starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-dossier.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_CLOCK_PROPOSAL_DIALOG (passend_clock_proposal_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PassendClockProposalDialog,
                      passend_clock_proposal_dialog,
                      PASSEND,
                      CLOCK_PROPOSAL_DIALOG,
                      GtkWindow)

PassendClockProposalDialog *passend_clock_proposal_dialog_new (GtkWindow      *parent,
                                                               PassendDossier *dossier,
                                                               PassendEntry   *entry,
                                                               const char     *child_id,
                                                               const char     *event,
                                                               const char     *date);

G_END_DECLS
