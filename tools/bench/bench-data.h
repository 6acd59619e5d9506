/* bench-data.h - what the bench's programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-dossier.h"

PassendDossier *bench_make_dossier (guint n_entries);
void            bench_fill_dossier (PassendDossier *dossier, guint n_entries);

/* The longest the main loop went without running a 1 ms timeout that
 * calls bench_gaps_tick(): start with last = now, longest = 0. */
typedef struct
{
  gint64 last;
  gint64 longest;
} BenchGaps;

gboolean bench_gaps_tick (gpointer gaps);
