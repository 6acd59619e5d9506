/* passend-bundle-labels.c - the words the bundle prints for the
 * dossier's values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same words as the window's (src/gui/common/passend-ui-util.c),
 * so they share its translations; the model cannot use that file,
 * which needs GTK.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "passend-bundle-private.h"

const char *
bundle_kind_label (PassendEntryKind kind)
{
  switch (kind)
    {
    case PASSEND_ENTRY_KIND_CONVERSATION:
      return _ ("Conversation");
    case PASSEND_ENTRY_KIND_PHONE_CALL:
      return _ ("Phone call");
    case PASSEND_ENTRY_KIND_EMAIL:
      return _ ("E-mail");
    case PASSEND_ENTRY_KIND_LETTER:
      return _ ("Letter");
    case PASSEND_ENTRY_KIND_DOCUMENT:
      return _ ("Document");
    case PASSEND_ENTRY_KIND_OBSERVATION:
      return _ ("Observation");
    case PASSEND_ENTRY_KIND_NOTE:
      return _ ("Note");
    default:
      return "";
    }
}

const char *
bundle_role_label (PassendRole role)
{
  switch (role)
    {
    case PASSEND_ROLE_TEACHER:
      return _ ("Teacher");
    /* Translators: in Dutch schools "intern begeleider (IB'er)" or
     * "zorgcoördinator": who organises extra support. */
    case PASSEND_ROLE_CARE_COORDINATOR:
      return _ ("Support coordinator");
    case PASSEND_ROLE_SCHOOL_MANAGEMENT:
      return _ ("School management");
    /* Translators: the "samenwerkingsverband" of schools in a region. */
    case PASSEND_ROLE_PARTNERSHIP:
      return _ ("School partnership");
    case PASSEND_ROLE_CONSULTANT:
      return _ ("Consultant");
    case PASSEND_ROLE_CARE_WORKER:
      return _ ("Care worker");
    case PASSEND_ROLE_OTHER:
      return _ ("Someone else");
    case PASSEND_ROLE_NONE:
    default:
      return NULL;
    }
}

const char *
bundle_party_label (PassendParty party)
{
  switch (party)
    {
    case PASSEND_PARTY_SCHOOL:
      return _ ("School");
    /* Translators: who does what was agreed, in the printed bundle. */
    case PASSEND_PARTY_PARENT:
      return _ ("Parent");
    case PASSEND_PARTY_OTHER:
      return _ ("Someone else");
    default:
      return "";
    }
}

const char *
bundle_status_label (PassendAgreementStatus status)
{
  switch (status)
    {
    case PASSEND_AGREEMENT_STATUS_OPEN:
      return _ ("Open");
    case PASSEND_AGREEMENT_STATUS_DONE:
      return _ ("Done");
    case PASSEND_AGREEMENT_STATUS_NOT_KEPT:
      return _ ("Not kept");
    case PASSEND_AGREEMENT_STATUS_CANCELLED:
      return _ ("Cancelled");
    default:
      return "";
    }
}

/* Whether an agreement was kept: yes, no, or not yet known. */
const char *
bundle_kept_label (PassendAgreementStatus status)
{
  switch (status)
    {
    case PASSEND_AGREEMENT_STATUS_DONE:
      return _ ("Kept");
    case PASSEND_AGREEMENT_STATUS_NOT_KEPT:
      return _ ("Not kept");
    case PASSEND_AGREEMENT_STATUS_OPEN:
      /* Translators: an agreement still open: kept or not is not known yet. */
      return _ ("Not yet");
    case PASSEND_AGREEMENT_STATUS_CANCELLED:
    default:
      return "—";
    }
}
