/* passend-labels.h - the words for the dossier's values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-dossier.h"

G_BEGIN_DECLS

char       *passend_format_date (const char *date);
char       *passend_format_size (gint64 size);
const char *passend_entry_kind_label (PassendEntryKind kind);
const char *passend_role_label (PassendRole role);
const char *passend_party_label (PassendParty party);
const char *passend_direction_label (PassendDirection direction);
const char *passend_agreement_status_label (PassendAgreementStatus status);
char       *passend_suggest_title (PassendEntryKind kind, const char *date);

G_END_DECLS
