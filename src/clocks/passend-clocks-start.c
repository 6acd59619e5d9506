/* passend-clocks-start.c - the clocks an event starts, into the dossier
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "passend-clock-record"

#include "config.h"

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
