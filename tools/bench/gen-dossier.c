/* gen-dossier.c - passend-gen-dossier: a realistic dossier of any size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   passend-gen-dossier --entries N [--documents M] DATA_HOME
 *
 * Writes DATA_HOME/passend/dossier.json (the dossier the benchmark
 * measures: two children, N entries of 150-400 Dutch words, an
 * agreement on every third) through the store itself, and with
 * --documents M attaches M small text files to the first M entries.
 * Refuses a data folder that already holds a dossier.  Then:
 *   XDG_DATA_HOME=DATA_HOME passend
 */
#include "config.h"

#include <stdio.h>

#include <glib/gstdio.h>

#include "passend-documents.h"
#include "passend-store.h"
#include "bench-data.h"

typedef struct
{
  GMainLoop       *loop;
  PassendDocument *document;
  GError          *error;
} Attach;

static void
attached_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  Attach *attach = data;

  attach->document =
      passend_store_attach_document_finish (PASSEND_STORE (source), result, &attach->error);
  g_main_loop_quit (attach->loop);
}

static gboolean
attach_documents (PassendStore *store, guint n_documents, GError **error)
{
  PassendDossier  *dossier = passend_store_get_dossier (store);
  GListModel      *entries = passend_dossier_get_entries (dossier);
  g_autofree char *tmp = g_dir_make_tmp ("passend-gen-XXXXXX", error);
  g_autoptr (GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  if (tmp == NULL)
    return FALSE;

  for (guint i = 0; i < n_documents && i < g_list_model_get_n_items (entries); i++)
    {
      g_autofree char *name = g_strdup_printf ("verslag-%05u.txt", i + 1);
      g_autofree char *path = g_build_filename (tmp, name, NULL);
      g_autofree char *text = g_strdup_printf ("Verslag %u van het gesprek op school.\n", i + 1);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (PassendEntry) entry = g_list_model_get_item (entries, i);
      Attach attach = { loop, NULL, NULL };

      if (!g_file_set_contents (path, text, -1, error))
        return FALSE;
      passend_store_attach_document_async (store, file, NULL, attached_cb, &attach);
      g_main_loop_run (loop);
      g_unlink (path);
      if (attach.document == NULL)
        {
          g_propagate_error (error, attach.error);
          return FALSE;
        }
      passend_dossier_add_document (dossier, entry, attach.document);
      g_object_unref (attach.document);
    }

  g_rmdir (tmp);
  return TRUE;
}

static gboolean
generate (const char *data_home, guint n_entries, guint n_documents, GError **error)
{
  g_autofree char *directory = g_build_filename (data_home, "passend", NULL);
  g_autoptr (PassendStore) store = NULL;

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not make %s", directory);
      return FALSE;
    }

  store = passend_store_new (directory);
  if (!passend_store_load (store, error))
    return FALSE;
  if (passend_store_get_state (store) != PASSEND_STORE_STATE_NEW)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "%s already holds a dossier", directory);
      return FALSE;
    }

  /* The store saves what it holds: the generated records go into its
   * own dossier, so the file is written as Passend writes it. */
  bench_fill_dossier (passend_store_get_dossier (store), n_entries);
  if (n_documents > 0 && !attach_documents (store, n_documents, error))
    return FALSE;

  return passend_store_save (store, error) && passend_store_flush (store, error);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GOptionContext) context = g_option_context_new ("DATA_HOME");
  g_autoptr (GError) error = NULL;
  int          n_entries = -1, n_documents = 0;
  GOptionEntry options[] = {
    { "entries", 'n', 0, G_OPTION_ARG_INT, &n_entries, "How many entries", "N" },
    { "documents", 'd', 0, G_OPTION_ARG_INT, &n_documents, "How many attached documents", "M" },
    { NULL },
  };

  g_option_context_set_summary (context,
                                "Writes a generated dossier to DATA_HOME/passend/dossier.json,\n"
                                "to try Passend with: XDG_DATA_HOME=DATA_HOME passend");
  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || n_entries < 0 ||
      n_documents < 0 || n_entries > 10000000)
    {
      fprintf (stderr, "Usage: %s --entries N [--documents M] DATA_HOME\n%s", g_get_prgname (),
               error ? error->message : "");
      return 2;
    }

  passend_store_prepare_process ();
  if (!generate (argv[1], n_entries, n_documents, &error))
    {
      fprintf (stderr, "%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }

  printf ("%s/passend/dossier.json: %d entries, %d documents\n", argv[1], n_entries,
          MIN (n_documents, n_entries));
  return 0;
}
