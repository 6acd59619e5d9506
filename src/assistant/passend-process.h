/* passend-process.h - moving a child through the six steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-dossier.h"

G_BEGIN_DECLS

/* One move of a child's step, kept so that it can be undone. */
typedef struct _PassendProcessMove PassendProcessMove;

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

PassendProcessMove *passend_process_reach_next (PassendDossier *dossier,
                                                PassendChild   *child,
                                                const char     *date,
                                                GError        **error);
PassendProcessMove *
passend_process_back_to (PassendDossier *dossier, PassendChild *child, int step, GError **error);
gboolean passend_process_undo (PassendDossier *dossier, PassendProcessMove *move, GError **error);
int      passend_process_move_get_step (const PassendProcessMove *move);
const char *passend_process_move_get_date (const PassendProcessMove *move);
gboolean    passend_process_move_is_back (const PassendProcessMove *move);
void        passend_process_move_free (PassendProcessMove *move);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendProcessMove, passend_process_move_free)

G_END_DECLS
