/* passend-agreement-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-entry-draft.h"

G_BEGIN_DECLS

/* The controls of an editor, to name them or take the parent there. */
typedef enum
{
  PASSEND_AGREEMENT_FIELD_WHAT,
  PASSEND_AGREEMENT_FIELD_PARTY,
  PASSEND_AGREEMENT_FIELD_WHO,
  PASSEND_AGREEMENT_FIELD_DUE,
  PASSEND_AGREEMENT_FIELD_STATUS,
  PASSEND_AGREEMENT_FIELD_OUTCOME,
  PASSEND_AGREEMENT_FIELD_REMOVE,
} PassendAgreementField;

#define PASSEND_TYPE_AGREEMENT_EDITOR (passend_agreement_editor_get_type ())
G_DECLARE_FINAL_TYPE (
    PassendAgreementEditor, passend_agreement_editor, PASSEND, AGREEMENT_EDITOR, GtkWidget)

GtkWidget *passend_agreement_editor_new (PassendAgreement *agreement, gboolean compact);
void passend_agreement_editor_set_values (PassendAgreementEditor *self, PassendAgreement *source);
PassendAgreement *passend_agreement_editor_get_agreement (PassendAgreementEditor *self);
gboolean          passend_agreement_editor_get_removed (PassendAgreementEditor *self);
void passend_agreement_editor_set_removed (PassendAgreementEditor *self, gboolean removed);
PassendAgreementDraft *passend_agreement_editor_get_draft (PassendAgreementEditor *self);
char                  *passend_agreement_editor_describe (PassendAgreementEditor *self);
GtkWidget             *passend_agreement_editor_get_field (PassendAgreementEditor *self,
                                                           PassendAgreementField   field);
GtkWidget             *passend_agreement_editor_get_problem_field (PassendAgreementEditor *self,
                                                                   const GError           *error);

G_END_DECLS
