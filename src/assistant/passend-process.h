/* passend-process.h - moving a child through the six steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-dossier.h"

G_BEGIN_DECLS

gboolean passend_process_advance (PassendDossier *dossier, PassendChild *child, GError **error);
gboolean
passend_process_go_back (PassendDossier *dossier, PassendChild *child, int step, GError **error);
gboolean     passend_process_evaluate (PassendDossier   *dossier,
                                       PassendChild     *child,
                                       PassendPlanResult result,
                                       const char       *next_evaluation,
                                       GError          **error);
gboolean     passend_process_set_item_checked (PassendDossier *dossier,
                                               PassendChild   *child,
                                               const char     *item_id,
                                               gboolean        checked,
                                               GError        **error);
GPtrArray   *passend_process_list_plans (PassendDossier *dossier, PassendChild *child);
PassendPlan *passend_process_find_plan (PassendDossier *dossier, PassendChild *child, int number);

G_END_DECLS
