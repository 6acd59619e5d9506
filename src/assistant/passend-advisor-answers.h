/* passend-advisor-answers.h - the advisor's questions, and the answers kept per child
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-advisor.h"
#include "passend-dossier.h"

G_BEGIN_DECLS

/* The situation questions, in the order shown. */
typedef enum
{
  PASSEND_QUESTION_CONFLICT,
  PASSEND_QUESTION_DISAGREE,
  PASSEND_QUESTION_AT_HOME,
  PASSEND_QUESTION_CARE,
  PASSEND_QUESTION_BEHAVIOUR,
  PASSEND_QUESTION_RIGHTS,
  PASSEND_QUESTION_SAFETY,
  PASSEND_QUESTION_FORMAL,
  PASSEND_N_QUESTIONS
} PassendQuestion;

/* The name of an organisation of the directory, or NULL. */
typedef const char *(*PassendAdvisorNameFunc) (const char *org_id, gpointer user_data);

const char *passend_question_get_id (PassendQuestion question);
const char *passend_question_get_label (PassendQuestion question);
gboolean    passend_advisor_answers_get (const PassendAdvisorAnswers *answers,
                                         PassendQuestion              question);
void        passend_advisor_answers_set (PassendAdvisorAnswers *answers,
                                         PassendQuestion        question,
                                         gboolean               value);
const char *passend_rung_get_id (PassendRung rung);
const char *passend_rung_get_tried_label (PassendRung rung);

void     passend_advisor_answers_load (PassendDossier        *dossier,
                                       PassendChild          *child,
                                       PassendAdvisorAnswers *answers);
gboolean passend_advisor_answers_save (PassendDossier              *dossier,
                                       PassendChild                *child,
                                       const PassendAdvisorAnswers *answers,
                                       GError                     **error);
char    *passend_advisor_write_down (const PassendAdvisorAnswers *answers,
                                     PassendAdvisorNameFunc       name_of,
                                     gpointer                     user_data);

G_END_DECLS
