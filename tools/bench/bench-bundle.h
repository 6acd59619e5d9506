/* bench-bundle.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

void bench_bundle (void);
