/* passend-command-line.c - what `passend --list-deadlines` prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For scripts and the autostart entry: reads the dossier read-only,
 * without the lock, so it works while Passend is open, and never
 * writes it.
 */
#define G_LOG_DOMAIN "passend-command-line"

#include "config.h"

#include "passend-clock.h"
#include "passend-command-line.h"
#include "passend-deadlines.h"
#include "passend-store.h"

/**
 * passend_command_line_list_deadlines:
 * @directory: (nullable): the data folder, %NULL for the usual one
 *
 * Returns: (transfer full): every running, due-soon and overdue clock
 *   and dated agreement, one a line, tab-separated (see
 *   passend_deadlines_format()), or %NULL with @error set
 */
char *
passend_command_line_list_deadlines (const char *directory, GError **error)
{
  g_autoptr (PassendDossier) dossier = passend_store_read_only (directory, error);
  g_autoptr (GPtrArray) deadlines = NULL;
  g_autofree char *today = NULL;

  if (dossier == NULL)
    return NULL;

  today = passend_clock_get_today ();
  deadlines = passend_deadlines_collect (passend_dossier_get_clocks (dossier),
                                         passend_dossier_get_agreements (dossier),
                                         passend_dossier_get_children (dossier), today, FALSE);
  return passend_deadlines_format (deadlines);
}
