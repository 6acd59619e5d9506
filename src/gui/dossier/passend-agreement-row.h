/* passend-agreement-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-agreement.h"
#include "passend-entry.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_AGREEMENT_ROW (passend_agreement_row_get_type ())
G_DECLARE_FINAL_TYPE (PassendAgreementRow, passend_agreement_row, PASSEND, AGREEMENT_ROW, GtkWidget)

PassendAgreementRow *passend_agreement_row_new (void);
PassendAgreement    *passend_agreement_row_get_item (PassendAgreementRow *self);
void passend_agreement_row_set_item (PassendAgreementRow *self, PassendAgreement *agreement);
void passend_agreement_row_set_entry (PassendAgreementRow *self, PassendEntry *entry);

G_END_DECLS
