/* passend-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "passend-enums.h"

G_DEFINE_ENUM_TYPE (PassendEntryKind,
                    passend_entry_kind,
                    G_DEFINE_ENUM_VALUE (PASSEND_ENTRY_KIND_CONVERSATION, "conversation"),
                    G_DEFINE_ENUM_VALUE (PASSEND_ENTRY_KIND_PHONE_CALL, "phone-call"),
                    G_DEFINE_ENUM_VALUE (PASSEND_ENTRY_KIND_EMAIL, "email"),
                    G_DEFINE_ENUM_VALUE (PASSEND_ENTRY_KIND_LETTER, "letter"),
                    G_DEFINE_ENUM_VALUE (PASSEND_ENTRY_KIND_DOCUMENT, "document"),
                    G_DEFINE_ENUM_VALUE (PASSEND_ENTRY_KIND_OBSERVATION, "observation"),
                    G_DEFINE_ENUM_VALUE (PASSEND_ENTRY_KIND_NOTE, "note"))

G_DEFINE_ENUM_TYPE (PassendAgreementStatus,
                    passend_agreement_status,
                    G_DEFINE_ENUM_VALUE (PASSEND_AGREEMENT_STATUS_OPEN, "open"),
                    G_DEFINE_ENUM_VALUE (PASSEND_AGREEMENT_STATUS_DONE, "done"),
                    G_DEFINE_ENUM_VALUE (PASSEND_AGREEMENT_STATUS_NOT_KEPT, "not-kept"),
                    G_DEFINE_ENUM_VALUE (PASSEND_AGREEMENT_STATUS_CANCELLED, "cancelled"))

G_DEFINE_ENUM_TYPE (PassendParty,
                    passend_party,
                    G_DEFINE_ENUM_VALUE (PASSEND_PARTY_SCHOOL, "school"),
                    G_DEFINE_ENUM_VALUE (PASSEND_PARTY_PARENT, "parent"),
                    G_DEFINE_ENUM_VALUE (PASSEND_PARTY_OTHER, "other"))

G_DEFINE_ENUM_TYPE (PassendRole,
                    passend_role,
                    G_DEFINE_ENUM_VALUE (PASSEND_ROLE_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (PASSEND_ROLE_TEACHER, "teacher"),
                    G_DEFINE_ENUM_VALUE (PASSEND_ROLE_CARE_COORDINATOR, "care-coordinator"),
                    G_DEFINE_ENUM_VALUE (PASSEND_ROLE_SCHOOL_MANAGEMENT, "school-management"),
                    G_DEFINE_ENUM_VALUE (PASSEND_ROLE_PARTNERSHIP, "partnership"),
                    G_DEFINE_ENUM_VALUE (PASSEND_ROLE_CONSULTANT, "consultant"),
                    G_DEFINE_ENUM_VALUE (PASSEND_ROLE_CARE_WORKER, "care-worker"),
                    G_DEFINE_ENUM_VALUE (PASSEND_ROLE_OTHER, "other"))

G_DEFINE_ENUM_TYPE (PassendDirection,
                    passend_direction,
                    G_DEFINE_ENUM_VALUE (PASSEND_DIRECTION_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (PASSEND_DIRECTION_SENT, "sent"),
                    G_DEFINE_ENUM_VALUE (PASSEND_DIRECTION_RECEIVED, "received"))

G_DEFINE_ENUM_TYPE (PassendPlanResult,
                    passend_plan_result,
                    G_DEFINE_ENUM_VALUE (PASSEND_PLAN_RESULT_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (PASSEND_PLAN_RESULT_YES, "yes"),
                    G_DEFINE_ENUM_VALUE (PASSEND_PLAN_RESULT_PARTLY, "partly"),
                    G_DEFINE_ENUM_VALUE (PASSEND_PLAN_RESULT_NO, "no"),
                    G_DEFINE_ENUM_VALUE (PASSEND_PLAN_RESULT_NO_PLACE, "no-place"))
