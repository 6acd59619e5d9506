/* bench-backup.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-store.h"

void bench_backup_10k (PassendStore *store);
