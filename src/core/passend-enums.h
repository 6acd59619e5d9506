/* passend-enums.h - the enumerations stored in the dossier
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each value's nick is the stable English keyword written to the file;
 * never a number, never translated text.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  PASSEND_ENTRY_KIND_CONVERSATION,
  PASSEND_ENTRY_KIND_PHONE_CALL,
  PASSEND_ENTRY_KIND_EMAIL,
  PASSEND_ENTRY_KIND_LETTER,
  PASSEND_ENTRY_KIND_DOCUMENT,
  PASSEND_ENTRY_KIND_OBSERVATION,
  PASSEND_ENTRY_KIND_NOTE,
} PassendEntryKind;

typedef enum
{
  PASSEND_AGREEMENT_STATUS_OPEN,
  PASSEND_AGREEMENT_STATUS_DONE,
  PASSEND_AGREEMENT_STATUS_NOT_KEPT,
  PASSEND_AGREEMENT_STATUS_CANCELLED,
} PassendAgreementStatus;

typedef enum
{
  PASSEND_PARTY_SCHOOL,
  PASSEND_PARTY_PARENT,
  PASSEND_PARTY_OTHER,
} PassendParty;

/* The role of the person an entry is with. */
typedef enum
{
  PASSEND_ROLE_NONE,
  PASSEND_ROLE_TEACHER,
  PASSEND_ROLE_CARE_COORDINATOR, /* intern begeleider, zorgcoördinator */
  PASSEND_ROLE_SCHOOL_MANAGEMENT,
  PASSEND_ROLE_PARTNERSHIP, /* samenwerkingsverband */
  PASSEND_ROLE_CONSULTANT,
  PASSEND_ROLE_CARE_WORKER,
  PASSEND_ROLE_OTHER,
} PassendRole;

/* Whether a letter or e-mail was sent or received. */
typedef enum
{
  PASSEND_DIRECTION_NONE,
  PASSEND_DIRECTION_SENT,
  PASSEND_DIRECTION_RECEIVED,
} PassendDirection;

/* How the evaluation of a plan (step 5) turned out. */
typedef enum
{
  PASSEND_PLAN_RESULT_NONE,     /* not evaluated yet */
  PASSEND_PLAN_RESULT_YES,      /* it works: the plan goes on */
  PASSEND_PLAN_RESULT_PARTLY,   /* back to step 4, adjusted */
  PASSEND_PLAN_RESULT_NO,       /* back to step 4, a new plan */
  PASSEND_PLAN_RESULT_NO_PLACE, /* school cannot give a good place: step 6 */
} PassendPlanResult;

#define PASSEND_TYPE_ENTRY_KIND (passend_entry_kind_get_type ())
GType passend_entry_kind_get_type (void) G_GNUC_CONST;

#define PASSEND_TYPE_AGREEMENT_STATUS (passend_agreement_status_get_type ())
GType passend_agreement_status_get_type (void) G_GNUC_CONST;

#define PASSEND_TYPE_PARTY (passend_party_get_type ())
GType passend_party_get_type (void) G_GNUC_CONST;

#define PASSEND_TYPE_ROLE (passend_role_get_type ())
GType passend_role_get_type (void) G_GNUC_CONST;

#define PASSEND_TYPE_DIRECTION (passend_direction_get_type ())
GType passend_direction_get_type (void) G_GNUC_CONST;

#define PASSEND_TYPE_PLAN_RESULT (passend_plan_result_get_type ())
GType passend_plan_result_get_type (void) G_GNUC_CONST;

G_END_DECLS
