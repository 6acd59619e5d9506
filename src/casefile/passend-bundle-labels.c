/* passend-bundle-labels.c - the words the bundle prints for the
 * dossier's values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Most words come from src/dossier/passend-labels.c, as in the window;
 * these few differ on paper: no role said prints nothing, the parent is
 * "Parent" rather than "Me (parent)", and whether an agreement was kept.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "passend-bundle-private.h"

/* No role said: nothing printed, where the window says "Not said". */
const char *
bundle_role_label (PassendRole role)
{
  return role == PASSEND_ROLE_NONE ? NULL : passend_role_label (role);
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
