/* bench.c - how fast the dossier store is with 10,000 entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints one line per figure: "name value unit".  Not a test: the
 * targets live in the README and the issue notes, never in an assert.
 *
 * A save after a change runs in two parts: validating and serialising
 * block the main thread; checking the text, the backup and the durable
 * write happen in a worker.  save_10k_ms is the first part, the time a
 * parent could feel; save_total_10k_ms lasts until the file is on disk.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "passend-store.h"
#include "passend-text.h"
#include "bench-data.h"

#define N_ENTRIES 10000
#define RUNS 5

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
median (double *values, guint n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static guint
search_all (GListModel *entries, const char *query)
{
  g_autofree char *folded = passend_text_fold (query);
  guint            n = g_list_model_get_n_items (entries);
  guint            hits = 0;

  for (guint i = 0; i < n; i++)
    {
      PassendEntry *entry = g_list_model_get_item (entries, i);

      hits += passend_entry_matches (entry, folded);
      g_object_unref (entry);
    }

  return hits;
}

int
main (int argc, char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("passend-bench-XXXXXX", NULL);
  g_autoptr (PassendStore) store = passend_store_new (dir);
  g_autoptr (PassendDossier) dossier = NULL;
  g_autoptr (GError) error = NULL;
  double        load[RUNS], save[RUNS], save_total[RUNS], search[RUNS];
  double        fold_ms;
  struct rusage usage;
  GStatBuf      st;
  gint64        start;
  guint         hits = 0;

  passend_store_load (store, NULL);
  dossier = bench_make_dossier (N_ENTRIES);
  {
    /* Hand the generated dossier to the store through a first save. */
    g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
    gsize            length;
    g_autofree char *text = passend_dossier_write (dossier, 0, &length);

    if (!g_file_set_contents (path, text, length, &error))
      {
        fprintf (stderr, "bench: %s\n", error->message);
        return 1;
      }
  }
  g_clear_object (&store);

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr (PassendStore) s = passend_store_new (dir);
      g_autoptr (PassendChild) child = NULL;

      start = g_get_monotonic_time ();
      if (!passend_store_load (s, &error))
        {
          fprintf (stderr, "bench: load failed: %s\n", error->message);
          return 1;
        }
      load[run] = ms_since (start);

      /* A save as after a parent's change: the whole file, checked,
       * backed up and written durably, as autosave does it. */
      child =
          g_list_model_get_item (passend_dossier_get_children (passend_store_get_dossier (s)), 0);
      passend_child_set_name (child, run % 2 ? "Sam" : "Samira");
      start = g_get_monotonic_time ();
      passend_store_save_in_background (s);
      save[run] = ms_since (start);
      if (!passend_store_flush (s, &error) || passend_store_get_save_error (s) != NULL ||
          passend_store_get_dirty (s))
        {
          fprintf (stderr, "bench: save failed: %s\n",
                   error ? error->message : passend_store_get_save_error (s)->message);
          return 1;
        }
      save_total[run] = ms_since (start);

      if (run == RUNS - 1)
        g_set_object (&store, s);
    }

  {
    GListModel *entries = passend_dossier_get_entries (passend_store_get_dossier (store));

    start = g_get_monotonic_time ();
    hits = search_all (entries, "zorgcoordinator"); /* folds every entry once */
    fold_ms = ms_since (start);

    for (guint run = 0; run < RUNS; run++)
      {
        start = g_get_monotonic_time ();
        hits = search_all (entries,
                           run % 2 ? "Samenwerkingsverband" : "ontwikkelingsperspectief prikkels");
        search[run] = ms_since (start);
      }
  }

  {
    g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);

    g_stat (path, &st);
  }
  getrusage (RUSAGE_SELF, &usage);

  printf ("entries_10k %u count\n", g_list_model_get_n_items (passend_dossier_get_entries (
                                        passend_store_get_dossier (store))));
  printf ("load_10k_ms %.1f ms\n", median (load, RUNS));
  printf ("save_10k_ms %.1f ms\n", median (save, RUNS));
  printf ("save_total_10k_ms %.1f ms\n", median (save_total, RUNS));
  printf ("search_10k_ms %.2f ms\n", median (search, RUNS));
  printf ("search_first_10k_ms %.1f ms\n", fold_ms);
  printf ("search_hits %u count\n", hits);
  printf ("file_10k_mb %.1f MB\n", st.st_size / (1024.0 * 1024.0));
  printf ("peak_rss_10k_mb %.1f MB\n", usage.ru_maxrss / 1024.0);

  g_clear_object (&store);
  if (g_getenv ("PASSEND_BENCH_KEEP"))
    {
      printf ("kept %s\n", dir);
      return 0;
    }
  {
    const char *rm[] = { "rm", "-rf", dir, NULL };
    g_spawn_sync (NULL, (char **)rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }

  return 0;
}
