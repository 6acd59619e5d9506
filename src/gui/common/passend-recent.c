/* passend-recent.c - keeping the parent's files out of Recent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GTK file chooser adds every file it returns to recently-used.xbel,
 * the Recent list every program shows.  The name of a report about a
 * child does not belong there, and GTK 4.8 has no way to ask a chooser
 * not to.  Nor can Passend switch Recent off for itself: with
 * "gtk-recent-files-enabled" false GTK empties the whole list, of every
 * program, the next time it writes it.
 *
 * So Passend takes out again what its chooser put in: once the recent
 * manager has the chosen file, the item is removed if Passend is the
 * only program that registered it.  A file that was in Recent already,
 * through another program, stays there as the parent left it.
 */
#define G_LOG_DOMAIN "passend-recent"

#include "config.h"

#include "passend-recent.h"

/* The chooser's addition is written within a second; a file on a slow
 * disk may take longer to be looked at first. */
#define WATCH_SECONDS 60

typedef struct
{
  GPtrArray *uris; /* still to take out */
  gulong     changed_id;
  guint      timeout_id;
} Watch;

static Watch watch;

static void
stop_watching (void)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();

  g_clear_signal_handler (&watch.changed_id, manager);
  g_clear_handle_id (&watch.timeout_id, g_source_remove);
  g_clear_pointer (&watch.uris, g_ptr_array_unref);
}

/* Whether Passend is the only program that registered @info. */
static gboolean
only_ours (GtkRecentInfo *info)
{
  gsize n_apps = 0;
  g_auto (GStrv) apps = gtk_recent_info_get_applications (info, &n_apps);

  return n_apps == 1 && g_strcmp0 (apps[0], g_get_application_name ()) == 0;
}

static void
recent_changed_cb (GtkRecentManager *manager)
{
  for (guint i = watch.uris->len; i > 0; i--)
    {
      const char    *uri = g_ptr_array_index (watch.uris, i - 1);
      GtkRecentInfo *info = gtk_recent_manager_lookup_item (manager, uri, NULL);

      /* Not added yet: this is another change. */
      if (info == NULL)
        continue;

      if (only_ours (info))
        gtk_recent_manager_remove_item (manager, uri, NULL);
      gtk_recent_info_unref (info);
      g_ptr_array_remove_index_fast (watch.uris, i - 1);
    }

  if (watch.uris->len == 0)
    stop_watching ();
}

static gboolean
watch_timeout_cb (gpointer user_data)
{
  watch.timeout_id = 0;
  stop_watching ();
  return G_SOURCE_REMOVE;
}

/**
 * passend_keep_out_of_recent:
 * @files: (element-type GFile): the files a file chooser just returned
 *
 * Takes @files out of the Recent list again once the chooser's addition
 * lands, unless another program had registered them too.  Call it from
 * the chooser's "response" handler.
 */
void
passend_keep_out_of_recent (GListModel *files)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  guint             n = g_list_model_get_n_items (files);

  if (n == 0)
    return;

  if (watch.uris == NULL)
    {
      watch.uris = g_ptr_array_new_with_free_func (g_free);
      watch.changed_id =
          g_signal_connect (manager, "changed", G_CALLBACK (recent_changed_cb), NULL);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GFile) file = g_list_model_get_item (files, i);

      g_ptr_array_add (watch.uris, g_file_get_uri (file));
    }

  g_clear_handle_id (&watch.timeout_id, g_source_remove);
  watch.timeout_id = g_timeout_add_seconds (WATCH_SECONDS, watch_timeout_cb, NULL);
}

/**
 * passend_chooser_take_file:
 * @chooser: a file chooser, in its "response" handler
 * @response: the response it gave
 *
 * The file the parent chose, kept out of every program's Recent list
 * (its name may name the child), or %NULL when they chose none.
 *
 * Returns: (transfer full) (nullable): the chosen file
 */
GFile *
passend_chooser_take_file (GtkNativeDialog *chooser, int response)
{
  g_autoptr (GListModel) files = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return NULL;
  files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  passend_keep_out_of_recent (files);
  return gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
}
