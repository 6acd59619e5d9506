/* passend-clocks-start.c - the clocks an event starts, into the dossier,
 * and those a reply may meet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "passend-clock-record"

#include "config.h"

#include <string.h>

#include "passend-clock-record.h"
#include "passend-dossier.h"

/**
 * passend_dossier_start_clocks:
 * @dossier: the dossier
 * @entry: (nullable): the entry of the dossier that recorded the event
 * @child_id: the child of the dossier the event happened to
 * @proposals: (element-type PassendClockProposal): those the parent
 *   accepted, with the start dates the parent chose
 *
 * Adds a clock for each proposal, linked to @entry, in one change.
 *
 * Returns: (transfer container) (element-type PassendClock): the clocks
 */
GPtrArray *
passend_dossier_start_clocks (PassendDossier *dossier,
                              PassendEntry   *entry,
                              const char     *child_id,
                              GPtrArray      *proposals)
{
  GPtrArray *clocks = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), clocks);
  g_return_val_if_fail (passend_dossier_find_child (dossier, child_id) != NULL, clocks);
  g_return_val_if_fail (entry == NULL || PASSEND_IS_ENTRY (entry), clocks);

  for (guint i = 0; i < proposals->len; i++)
    {
      PassendClock *clock =
          passend_clock_new_from_proposal (g_ptr_array_index (proposals, i), child_id);

      if (clock == NULL)
        continue;
      if (entry != NULL)
        passend_clock_set_entry_id (clock, passend_record_get_id (PASSEND_RECORD (entry)));
      g_ptr_array_add (clocks, clock);
    }

  if (clocks->len > 0)
    passend_dossier_add_clocks (dossier, clocks->pdata, clocks->len);
  return clocks;
}

/**
 * passend_dossier_find_clocks_awaiting_reply:
 * @dossier: the dossier
 * @child_id: the child a reply came about
 * @date: "YYYY-MM-DD", the day the reply came
 *
 * The running clocks of @child_id that wait for the other side's answer
 * (the school file, the board's decision, ...) and had started by
 * @date: a reply received that day may be that answer.  Only the parent
 * can say it is; nothing is marked met here.
 *
 * Returns: (transfer container) (element-type PassendClock): the
 *   clocks, in the dossier's order; empty when none waits
 */
GPtrArray *
passend_dossier_find_clocks_awaiting_reply (PassendDossier *dossier,
                                            const char     *child_id,
                                            const char     *date)
{
  GPtrArray  *found = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *clocks;
  guint       n;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), found);
  g_return_val_if_fail (passend_date_is_valid (date), found);

  if (child_id == NULL)
    return found;
  clocks = passend_dossier_get_clocks (dossier);
  n = g_list_model_get_n_items (clocks);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendClock) clock = g_list_model_get_item (clocks, i);
      const PassendClockKind *kind = passend_clock_get_kind_info (clock);
      const char             *start = passend_clock_get_start_date (clock);

      if (kind == NULL || !kind->answered_by_reply ||
          passend_clock_get_status (clock) != PASSEND_CLOCK_STATUS_RUNNING ||
          g_strcmp0 (passend_clock_get_child_id (clock), child_id) != 0 || start == NULL ||
          strcmp (start, date) > 0)
        continue;
      g_ptr_array_add (found, g_steal_pointer (&clock));
    }
  return found;
}
