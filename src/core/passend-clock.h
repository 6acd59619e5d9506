/* passend-clock.h - the one place that says what day it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *passend_clock_get_today (void);
void  passend_clock_set_today (const char *date);

G_END_DECLS
