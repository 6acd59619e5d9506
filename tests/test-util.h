/* test-util.h - small helpers shared by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *test_make_dir (void);
void  test_remove_dir (const char *dir);
char *test_write_file (const char *dir, const char *name, const char *contents, gssize length);
char *test_read_file (const char *path, gsize *length);
guint test_file_mode (const char *path);
guint test_count_files (const char *dir);
char *test_own_tmp_dir (const char *name);

G_END_DECLS
