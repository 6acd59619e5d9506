/* passend-entry-draft.h - an entry as the parent wrote it, checked and
 * saved in one change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-dossier.h"

G_BEGIN_DECLS

#define PASSEND_DRAFT_ERROR (passend_draft_error_quark ())

/* What is wrong with a draft: the code names the field. */
typedef enum
{
  PASSEND_DRAFT_ERROR_DATE,           /* no date, or not one that exists */
  PASSEND_DRAFT_ERROR_DATE_FAR_AHEAD, /* more than a year ahead: ask first */
  PASSEND_DRAFT_ERROR_DATE_LONG_AGO,  /* more than twenty years ago: ask first */
  PASSEND_DRAFT_ERROR_TIME,           /* not a time of day */
  PASSEND_DRAFT_ERROR_TITLE,          /* no title */
  PASSEND_DRAFT_ERROR_AGREEMENT_WHAT, /* an agreement without what was agreed */
  PASSEND_DRAFT_ERROR_AGREEMENT_DUE,  /* an agreement's date does not exist */
  PASSEND_DRAFT_ERROR_CHANGED,        /* the dossier changed meanwhile */
} PassendDraftError;

GQuark passend_draft_error_quark (void);

/* One agreement of the entry, as the parent wrote it. */
typedef struct
{
  /* (nullable) an agreement of the dossier to change, or one in no
   * dossier yet to add as it is; NULL makes a new one */
  PassendAgreement      *agreement;
  gboolean               removed; /* take @agreement out of the dossier */
  char                  *what;
  PassendParty           party;
  char                  *who_name; /* (nullable) */
  char                  *due;      /* (nullable) as typed, or "YYYY-MM-DD" */
  PassendAgreementStatus status;
  char                  *outcome; /* (nullable) how it went */
} PassendAgreementDraft;

PassendAgreementDraft *passend_agreement_draft_new (PassendAgreement *agreement);
void                   passend_agreement_draft_free (PassendAgreementDraft *draft);
gboolean passend_agreement_draft_check (const PassendAgreementDraft *draft, GError **error);
gboolean passend_agreement_draft_is_blank (const PassendAgreementDraft *draft);
PassendAgreement *passend_agreement_draft_make (const PassendAgreementDraft *draft, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendAgreementDraft, passend_agreement_draft_free)

/* One entry as the parent wrote it; strings may have spaces around. */
typedef struct
{
  PassendEntry    *entry; /* (nullable) the entry of the dossier to change */
  PassendEntryKind kind;
  PassendDirection direction; /* kept for e-mails and letters only */
  PassendRole      role;
  char            *date;     /* as typed, or "YYYY-MM-DD" */
  char            *time;     /* (nullable) as typed, or "HH:MM" */
  char            *title;    /* required */
  char            *people;   /* (nullable) */
  char            *text;     /* (nullable) kept as written */
  char            *child_id; /* (nullable) NULL for all children */
  /* (nullable) "YYYY-MM-DD": an unusual date the parent said is right */
  char *confirmed_date;

  GPtrArray *agreements;       /* of PassendAgreementDraft */
  GPtrArray *add_documents;    /* of PassendDocument in no dossier yet */
  GPtrArray *remove_documents; /* of PassendDocument of the entry */
} PassendEntryDraft;

void passend_entry_draft_init (PassendEntryDraft *draft, PassendEntry *entry);
void passend_entry_draft_clear (PassendEntryDraft *draft);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PassendEntryDraft, passend_entry_draft_clear)

gboolean      passend_dossier_check_entry_draft (PassendDossier          *self,
                                                 const PassendEntryDraft *draft,
                                                 guint                   *agreement_index,
                                                 GError                 **error);
PassendEntry *passend_dossier_apply_entry_draft (PassendDossier          *self,
                                                 const PassendEntryDraft *draft,
                                                 guint                   *agreement_index,
                                                 GError                 **error);

G_END_DECLS
