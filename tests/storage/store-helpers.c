/* store-helpers.c - what the store's tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "store-helpers.h"

PassendStore *
store_test_open (const char *dir, PassendStoreState expected)
{
  PassendStore *store = passend_store_new (dir);

  passend_store_set_save_delay (store, 5);
  passend_store_load (store, NULL);
  g_assert_cmpint (passend_store_get_state (store), ==, expected);
  return store;
}

void
store_test_save (PassendStore *store)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (passend_store_save (store, &error));
  g_assert_no_error (error);
}

PassendChild *
store_test_first_child (PassendStore *store)
{
  GListModel *children = passend_dossier_get_children (passend_store_get_dossier (store));
  g_autoptr (PassendChild) child = g_list_model_get_item (children, 0);

  g_assert_nonnull (child);
  return child; /* the dossier holds a reference */
}

/* An entry about the first child, which must exist. */
PassendEntry *
store_test_add_entry (PassendDossier *dossier, const char *title, const char *text)
{
  g_autoptr (PassendChild) child =
      g_list_model_get_item (passend_dossier_get_children (dossier), 0);
  g_autoptr (PassendEntry) entry =
      passend_entry_new (PASSEND_ENTRY_KIND_CONVERSATION, "2026-03-13", title);

  passend_entry_set_child_id (entry, passend_record_get_id (PASSEND_RECORD (child)));
  passend_entry_set_text (entry, text);
  passend_dossier_add_entry (dossier, entry);
  return entry;
}

PassendEntry *
store_test_find_entry (PassendStore *store, const char *title)
{
  GListModel *entries = passend_dossier_get_entries (passend_store_get_dossier (store));

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (PassendEntry) entry = g_list_model_get_item (entries, i);

      if (g_strcmp0 (passend_entry_get_title (entry), title) == 0)
        return entry; /* the dossier holds a reference */
    }
  return NULL;
}

/* "dossier.json.XXXXXX", what a save writes first. */
guint
store_test_count_temp_files (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint       n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "dossier.json.") && strlen (name) == strlen ("dossier.json.") + 6)
      n++;
  return n;
}

guint
store_test_count_prefix (const char *dir, const char *prefix)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint       n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      n++;
  return n;
}

/* The path of the first file whose name starts with @prefix. */
char *
store_test_find_prefix (const char *dir, const char *prefix)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return g_build_filename (dir, name, NULL);
  return NULL;
}

/* Runs the main loop until @done says so, for at most 10 s. */
gboolean
store_test_spin_until (gboolean (*done) (gpointer data), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  return done (data);
}

gboolean
store_test_has_text (const char *path, const char *text)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;
  return strstr (contents, text) != NULL;
}

/* An async callback that keeps the result in *user_data (a GAsyncResult
 * pointer), for store_test_wait_for(). */
void
store_test_result_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Runs the main context until store_test_result_cb() filled @slot. */
GAsyncResult *
store_test_wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}
