/* passend-clock-record.h - one legal term running for a child
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * (Not passend-clock.h: that name is core's, the one "today".)
 */
#pragma once

#include "passend-clock-kinds.h"
#include "passend-clock-state.h"
#include "passend-dossier.h"
#include "passend-record.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_CLOCK (passend_clock_get_type ())
G_DECLARE_FINAL_TYPE (PassendClock, passend_clock, PASSEND, CLOCK, PassendRecord)

PassendClock *passend_clock_new (const char *child_id,
                                 const char *kind,
                                 const char *start_date,
                                 const char *due_date);
PassendClock *passend_clock_new_from_proposal (const PassendClockProposal *proposal,
                                               const char                 *child_id);

const char             *passend_clock_get_child_id (PassendClock *self);
const char             *passend_clock_get_entry_id (PassendClock *self);
const char             *passend_clock_get_kind (PassendClock *self);
const PassendClockKind *passend_clock_get_kind_info (PassendClock *self);
const char             *passend_clock_get_title (PassendClock *self);
const char             *passend_clock_get_event (PassendClock *self);
const char             *passend_clock_get_start_date (PassendClock *self);
const char             *passend_clock_get_due_date (PassendClock *self);
const char             *passend_clock_get_extended_due_date (PassendClock *self);
const char             *passend_clock_get_effective_due_date (PassendClock *self);
PassendClockStatus      passend_clock_get_status (PassendClock *self);
const char             *passend_clock_get_status_date (PassendClock *self);
const char             *passend_clock_get_stop_reason (PassendClock *self);
const char             *passend_clock_get_last_reminded (PassendClock *self);

void passend_clock_set_entry_id (PassendClock *self, const char *entry_id);
void passend_clock_set_start_date (PassendClock *self, const char *start_date);
void passend_clock_extend (PassendClock *self, const char *extended_due_date);
void passend_clock_mark_met (PassendClock *self, const char *date);
void passend_clock_stop (PassendClock *self, const char *date, const char *reason);
void passend_clock_reopen (PassendClock *self);

PassendClockState    passend_clock_get_state (PassendClock *self, const char *today, int *days);
PassendClockReminder passend_clock_get_reminder (PassendClock *self, const char *today);
void                 passend_clock_set_reminded (PassendClock *self, const char *today);

GPtrArray *passend_dossier_find_clocks_awaiting_reply (PassendDossier *dossier,
                                                       const char     *child_id,
                                                       const char     *date);

GPtrArray *passend_dossier_start_clocks (PassendDossier *dossier,
                                         PassendEntry   *entry,
                                         const char     *child_id,
                                         GPtrArray      *proposals);

G_END_DECLS
