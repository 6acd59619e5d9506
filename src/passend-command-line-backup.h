/* passend-command-line-backup.h - `passend --export-backup`, `--import-backup`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

extern const GOptionEntry passend_command_line_backup_options[];

int passend_command_line_backup (GVariantDict *options);
int passend_command_line_export_backup (const char *directory, const char *path);
int passend_command_line_import_backup (const char *directory, const char *path, gboolean replace);

G_END_DECLS
