/* passend-steps.h - the names of the six steps, for every page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *passend_step_get_title (int step);

G_END_DECLS
