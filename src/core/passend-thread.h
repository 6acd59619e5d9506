/* passend-thread.h - background threads that let the main thread go first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void passend_thread_step_back (void);

G_END_DECLS
