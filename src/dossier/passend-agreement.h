/* passend-agreement.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-enums.h"
#include "passend-record.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_AGREEMENT (passend_agreement_get_type ())
G_DECLARE_FINAL_TYPE (PassendAgreement, passend_agreement, PASSEND, AGREEMENT, PassendRecord)

PassendAgreement              *
passend_agreement_new (const char *what, PassendParty party, const char *due_date);
const char  *passend_agreement_get_child_id (PassendAgreement *self);
const char  *passend_agreement_get_entry_id (PassendAgreement *self);
const char  *passend_agreement_get_what (PassendAgreement *self);
PassendParty passend_agreement_get_party (PassendAgreement *self);
const char  *passend_agreement_get_due_date (PassendAgreement *self);
const char  *passend_agreement_get_who_name (PassendAgreement *self);
const char  *passend_agreement_get_status_date (PassendAgreement *self);
const char  *passend_agreement_get_outcome (PassendAgreement *self);
const char  *passend_agreement_get_search_key (PassendAgreement *self);
const char  *passend_agreement_get_last_reminded (PassendAgreement *self);
PassendAgreementStatus passend_agreement_get_status (PassendAgreement *self);
void     passend_agreement_set_status (PassendAgreement *self, PassendAgreementStatus status);
gboolean passend_agreement_is_overdue (PassendAgreement *self, const char *today);
guint    passend_agreement_get_days_overdue (PassendAgreement *self, const char *today);

G_END_DECLS
