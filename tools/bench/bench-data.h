/* bench-data.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-dossier.h"

PassendDossier *bench_make_dossier (guint n_entries);
void            bench_fill_dossier (PassendDossier *dossier, guint n_entries);
