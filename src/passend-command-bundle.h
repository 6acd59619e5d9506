/* passend-command-bundle.h - `passend --export-bundle FILE.pdf`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *passend_command_line_export_bundle (const char *directory,
                                          const char *path,
                                          const char *child,
                                          const char *from,
                                          const char *to,
                                          GError    **error);

G_END_DECLS
