/* bench.c - how fast the dossier store is with 10,000 to 200,000 entries
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
 * save_block_*_ms is the longest the main loop went without running a
 * 1 ms timeout while a save ran, measured from inside the loop.  At
 * 50k it is the median of five saves of a store loaded as the app loads
 * it (passend_store_load_async(), whose worker makes every record's
 * text), the first save included; save_block_first_50k_ms is that one.
 * passend-bench --saves DIR prints eight such saves of the dossier in
 * DIR.
 *
 * The 50k and 200k loads run in a child process (passend-bench --load
 * DIR), so that their peak memory is the load's alone; peak_rss_saved_*
 * is that process's peak after two saves more.
 *
 * deadlines_collect_50k_ms is one list of deadlines (every clock and
 * dated agreement) as the Deadlines page makes it after a change;
 * deadlines_collect_first_50k_ms the first, which also makes the keys
 * the titles are sorted by.
 */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "passend-deadlines.h"
#include "passend-store.h"
#include "passend-text.h"
#include "bench-bundle.h"
#include "bench-backup.h"
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

static void
fail (const char *what, const GError *error)
{
  fprintf (stderr, "bench: %s: %s\n", what, error ? error->message : "failed");
  exit (1);
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

static void
loaded_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  gboolean *done = data;

  if (!passend_store_load_finish (PASSEND_STORE (source), result, NULL))
    fail ("async load", NULL);
  *done = TRUE;
}

/* A store loaded as the app loads it: with passend_store_load_async(),
 * whose worker also folds the entries' text for search and makes every
 * record's text for the first save. */
static PassendStore *
load_as_app (const char *dir)
{
  PassendStore *store = passend_store_new (dir);
  gboolean      done = FALSE;

  passend_store_load_async (store, NULL, loaded_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  return store;
}

/* The first search as in the app. */
static double
search_first_async (const char *dir, guint *hits)
{
  g_autoptr (PassendStore) store = load_as_app (dir);
  gint64 start;

  start = g_get_monotonic_time ();
  *hits = search_all (passend_dossier_get_entries (passend_store_get_dossier (store)),
                      "zorgcoordinator");
  return ms_since (start);
}

/* A folder holding a generated dossier of @n_entries. */
static char *
make_folder (guint n_entries)
{
  g_autofree char *dir = g_dir_make_tmp ("passend-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (PassendDossier) dossier = bench_make_dossier (n_entries);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  gsize            length;

  text = passend_dossier_write (dossier, 0, &length);
  if (!g_file_set_contents (path, text, length, &error))
    fail ("writing", error);
  return g_steal_pointer (&dir);
}

static void
remove_folder (const char *dir)
{
  const char *rm[] = { "rm", "-rf", dir, NULL };

  g_spawn_sync (NULL, (char **)rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
}

/* The floor for loading: one plain read() of the whole file. */
static double
read_floor (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  GStatBuf         st;
  g_autofree char *buffer = NULL;
  gint64           start;
  gsize            done = 0;
  int              fd;

  start = g_get_monotonic_time ();
  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0 || fstat (fd, &st) != 0)
    fail ("read", NULL);
  buffer = g_malloc (st.st_size);
  while (done < (gsize)st.st_size)
    {
      ssize_t got = read (fd, buffer + done, st.st_size - done);

      if (got <= 0)
        fail ("read", NULL);
      done += got;
    }
  close (fd);
  return ms_since (start);
}

/* One save after a change, as autosave starts it from the main loop,
 * with a 1 ms timeout beside it: returns the longest gap between two
 * of its runs until the save is on disk. */
static double
save_block (PassendStore *store, guint run)
{
  g_autoptr (PassendChild) child =
      g_list_model_get_item (passend_dossier_get_children (passend_store_get_dossier (store)), 0);
  BenchGaps gaps = { 0, 0 };
  guint     tick;

  passend_child_set_name (child, run % 2 ? "Sam" : "Samira");
  gaps.last = g_get_monotonic_time ();
  tick = g_timeout_add (1, bench_gaps_tick, &gaps);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  gaps.longest = 0;
  gaps.last = g_get_monotonic_time ();
  passend_store_save_in_background (store);
  while (passend_store_get_dirty (store) && passend_store_get_save_error (store) == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* The save's callback on the main loop, and a tick after it. */
  for (guint i = 0; i < 3; i++)
    g_main_context_iteration (NULL, TRUE);
  bench_gaps_tick (&gaps);
  g_source_remove (tick);
  if (passend_store_get_save_error (store) != NULL)
    fail ("save", passend_store_get_save_error (store));
  return gaps.longest / 1000.0;
}

/* passend-bench --load DIR: one load, then its time and peak memory. */
static int
load_only (const char *dir)
{
  g_autoptr (PassendStore) store = passend_store_new (dir);
  g_autoptr (GError) error = NULL;
  struct rusage usage;
  gint64        start = g_get_monotonic_time ();

  if (!passend_store_load (store, &error) ||
      passend_store_get_state (store) != PASSEND_STORE_STATE_OK)
    {
      printf ("refused 0 %s\n", error ? error->message : "not OK");
      return 0;
    }
  getrusage (RUSAGE_SELF, &usage);
  printf (
      "%.1f %ld %u ", ms_since (start), usage.ru_maxrss,
      g_list_model_get_n_items (passend_dossier_get_entries (passend_store_get_dossier (store))));

  /* Then two saves after a change: the memory a session holds. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (PassendChild) child = g_list_model_get_item (
          passend_dossier_get_children (passend_store_get_dossier (store)), 0);

      passend_child_set_name (child, i ? "Sam" : "Samira");
      if (!passend_store_save (store, &error))
        fail ("save", error);
    }
  getrusage (RUSAGE_SELF, &usage);
  printf ("%ld\n", usage.ru_maxrss);
  return 0;
}

static void
bench_large (const char *self_path, guint n_entries, guint runs, gboolean saves)
{
  g_autofree char *dir = make_folder (n_entries);
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  guint            k = n_entries / 1000;
  double           load[5], block[5];
  double           rss = 0, saved_rss = 0;
  GStatBuf         st;

  g_stat (path, &st);
  printf ("file_%uk_mb %.1f MB\n", k, st.st_size / (1024.0 * 1024.0));
  for (guint run = 0; run < runs; run++)
    {
      const char      *argv[] = { self_path, "--load", dir, NULL };
      g_autofree char *out = NULL;
      g_autoptr (GError) error = NULL;
      long  rss_kb = 0, saved_kb = 0;
      guint n = 0;

      if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, NULL,
                         &error))
        fail ("load", error);
      if (g_str_has_prefix (out, "refused"))
        {
          printf ("load_%uk_ms refused %s", k, out + strlen ("refused 0 "));
          return;
        }
      sscanf (out, "%lf %ld %u %ld", &load[run], &rss_kb, &n, &saved_kb);
      rss = MAX (rss, rss_kb / 1024.0);
      saved_rss = MAX (saved_rss, saved_kb / 1024.0);
    }
  printf ("load_%uk_ms %.1f ms\n", k, median (load, runs));
  printf ("peak_rss_load_%uk_mb %.1f MB\n", k, rss);
  printf ("peak_rss_saved_%uk_mb %.1f MB\n", k, saved_rss);

  if (saves)
    {
      g_autoptr (PassendStore) store = load_as_app (dir);

      /* The first save included, as a parent's first change makes it. */
      for (guint run = 0; run < G_N_ELEMENTS (block); run++)
        block[run] = save_block (store, run);
      printf ("save_block_%uk_ms %.1f ms\n", k, median (block, G_N_ELEMENTS (block)));
      printf ("save_block_first_%uk_ms %.1f ms\n", k, block[0]);
    }
  remove_folder (dir);
}

static void
bench_10k (void)
{
  g_autofree char *dir = make_folder (N_ENTRIES);
  g_autoptr (PassendStore) store = NULL;
  g_autoptr (GError) error = NULL;
  double        load[RUNS], save[RUNS], save_total[RUNS], search[RUNS], floor[RUNS], block[RUNS];
  double        fold_ms;
  struct rusage usage;
  GStatBuf      st;
  gint64        start;
  guint         hits = 0;

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr (PassendStore) s = passend_store_new (dir);
      g_autoptr (PassendChild) child = NULL;

      floor[run] = read_floor (dir);
      start = g_get_monotonic_time ();
      if (!passend_store_load (s, &error))
        fail ("load", error);
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
        fail ("save", error ? error : passend_store_get_save_error (s));
      save_total[run] = ms_since (start);

      if (run == RUNS - 1)
        g_set_object (&store, s);
    }
  for (guint run = 0; run < RUNS; run++)
    block[run] = save_block (store, run);
  bench_backup_10k (store); /* export_backup_10k_ms, import_backup_10k_ms */

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
  printf ("read_floor_10k_ms %.1f ms\n", median (floor, RUNS));
  printf ("save_10k_ms %.1f ms\n", median (save, RUNS));
  printf ("save_total_10k_ms %.1f ms\n", median (save_total, RUNS));
  printf ("save_block_10k_ms %.1f ms\n", median (block, RUNS));
  printf ("search_10k_ms %.2f ms\n", median (search, RUNS));
  printf ("search_fold_10k_ms %.1f ms\n", fold_ms);
  printf ("search_hits %u count\n", hits);
  printf ("file_10k_mb %.1f MB\n", st.st_size / (1024.0 * 1024.0));
  printf ("peak_rss_10k_mb %.1f MB\n", usage.ru_maxrss / 1024.0);
  /* After the peak memory above: a second dossier in memory. */
  g_clear_object (&store);
  printf ("search_first_10k_ms %.1f ms\n", search_first_async (dir, &hits));

  g_clear_object (&store);
  if (g_getenv ("PASSEND_BENCH_KEEP"))
    printf ("kept %s\n", dir);
  else
    remove_folder (dir);
}

static void
bench_deadlines (guint n_entries)
{
  g_autoptr (PassendDossier) dossier = bench_make_dossier (n_entries);
  double collect[RUNS];
  guint  n = 0;

  for (guint run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (GPtrArray) all = passend_deadlines_collect (
          passend_dossier_get_clocks (dossier), passend_dossier_get_agreements (dossier),
          passend_dossier_get_children (dossier), "2026-06-01", TRUE);

      collect[run] = ms_since (start);
      n = all->len;
    }
  /* The first list makes the titles' collation keys, which the clocks
   * and agreements then keep for every later list. */
  printf ("deadlines_collect_first_%uk_ms %.1f ms\n", n_entries / 1000, collect[0]);
  printf ("deadlines_collect_%uk_ms %.1f ms\n", n_entries / 1000, median (collect, RUNS));
  printf ("deadlines_%uk %u count\n", n_entries / 1000, n);
}

int
main (int argc, char *argv[])
{
  if (argc == 3 && strcmp (argv[1], "--load") == 0)
    return load_only (argv[2]);

  if (argc == 3 && strcmp (argv[1], "--saves") == 0)
    {
      g_autoptr (PassendStore) store = load_as_app (argv[2]);

      for (guint run = 0; run < 8; run++)
        printf ("%.1f ", save_block (store, run));
      printf ("\n");
      return 0;
    }

  if (argc == 2 && strcmp (argv[1], "--deadlines") == 0)
    {
      bench_deadlines (50000);
      return 0;
    }

  bench_10k ();
  fflush (stdout);
  bench_deadlines (50000);
  fflush (stdout);
  bench_bundle ();
  fflush (stdout);
  bench_large (argv[0], 50000, 3, TRUE);
  fflush (stdout);
  if (!g_getenv ("PASSEND_BENCH_QUICK"))
    bench_large (argv[0], 200000, 1, FALSE);

  return 0;
}
