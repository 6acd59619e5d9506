/* passend-command-line.h - what `passend --list-deadlines` prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *passend_command_line_list_deadlines (const char *directory, GError **error);

G_END_DECLS
