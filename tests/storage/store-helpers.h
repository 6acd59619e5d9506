/* store-helpers.h - what the store's tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-store.h"
#include "test-util.h"

G_BEGIN_DECLS

/* A dossier file as this version writes it, with one child. */
#define STORE_TEST_CHILD_ID "c1"

PassendStore *store_test_open (const char *dir, PassendStoreState expected);
void          store_test_save (PassendStore *store);
PassendEntry *store_test_add_entry (PassendDossier *dossier, const char *title, const char *text);
PassendChild *store_test_first_child (PassendStore *store);
guint         store_test_count_temp_files (const char *dir);
guint         store_test_count_prefix (const char *dir, const char *prefix);
char         *store_test_find_prefix (const char *dir, const char *prefix);
gboolean      store_test_spin_until (gboolean (*done) (gpointer data), gpointer data);
gboolean      store_test_has_text (const char *path, const char *text);
PassendEntry *store_test_find_entry (PassendStore *store, const char *title);
void          store_test_result_cb (GObject *source, GAsyncResult *result, gpointer user_data);
GAsyncResult *store_test_wait_for (GAsyncResult **slot);

G_END_DECLS
