/* bench-backup.c - exporting, importing and restoring at 10k
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export Everything of the loaded 10,000-entry dossier as the app does
 * it (a snapshot, then the archive written, synced and read back on a
 * worker), and the import of that file into an empty data folder (every
 * check, then the save), each the median of three runs; then
 * import_backup_block_10k_ms, the longest main-loop stall of the same
 * import as the app makes it (every wait for the disk on a worker), and
 * restore_backup_block_10k_ms, the same for a rotating backup.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "bench-backup.h"
#include "bench-data.h"
#include "passend-backup.h"

#define RUNS 3

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static void
done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static void
fail (const char *what, const GError *error)
{
  fprintf (stderr, "bench: %s: %s\n", what, error ? error->message : "failed");
  exit (1);
}

/* The longest main-loop stall while the backup file @what (or, with
 * @restore, the rotating backup named @what) is brought into @store,
 * until the app's callback has its answer. */
static double
block_while (PassendStore *store, gboolean restore, const char *what)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (PassendBackupInfo) info = NULL;
  g_autoptr (GError) error = NULL;
  BenchGaps gaps = { g_get_monotonic_time (), 0 };
  guint     tick = g_timeout_add_full (G_PRIORITY_HIGH, 1, bench_gaps_tick, &gaps, NULL);
  gboolean  ok;

  if (restore)
    passend_store_restore_named_backup_async (store, what, done_cb, &result);
  else
    passend_store_import_backup_async (store, what, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (restore)
    ok = passend_store_restore_named_backup_finish (store, result, &error);
  else
    ok = (info = passend_store_import_backup_finish (store, result, &error)) != NULL;
  bench_gaps_tick (&gaps);
  g_source_remove (tick);
  if (!ok)
    fail (restore ? "restore" : "import", error);
  return gaps.longest / 1000.0;
}

void
bench_backup_10k (PassendStore *store)
{
  g_autofree char *out = g_dir_make_tmp ("passend-bench-backup-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (out, "bench.passend", NULL);
  double           export_ms[RUNS], import_ms[RUNS], block_ms[RUNS], restore_ms[RUNS];

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr (GAsyncResult) result = NULL;
      g_autoptr (PassendBackupInfo) info = NULL;
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      passend_store_export_backup_async (store, file, NULL, done_cb, &result);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);
      info = passend_store_export_backup_finish (store, result, &error);
      if (info == NULL)
        fail ("export", error);
      export_ms[run] = (g_get_monotonic_time () - start) / 1000.0;
    }

  for (guint run = 0; run < RUNS; run++)
    {
      g_autofree char *into = g_build_filename (out, run == 0 ? "a" : run == 1 ? "b" : "c", NULL);
      g_autoptr (PassendStore) fresh = passend_store_new (into);
      g_autoptr (GError) error = NULL;
      gint64 start;

      passend_store_load (fresh, NULL);
      start = g_get_monotonic_time ();
      if (!passend_store_import_backup (fresh, file, NULL, &error))
        fail ("import", error);
      import_ms[run] = (g_get_monotonic_time () - start) / 1000.0;
    }

  /* As the app imports: every step that waits for the disk on a
   * worker; the longest stall of the main loop until it is answered. */
  for (guint run = 0; run < RUNS; run++)
    {
      g_autofree char *into = g_strdup_printf ("%s/async%u", out, run);
      g_autoptr (PassendStore) fresh = passend_store_new (into);

      passend_store_load (fresh, NULL);
      block_ms[run] = block_while (fresh, FALSE, file);
    }

  /* The same for a rotating backup of @store brought back. */
  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr (GPtrArray) backups = passend_store_describe_backups (store);
      PassendBackupInfo *newest;

      if (backups->len == 0)
        fail ("restore", NULL);
      newest = backups->pdata[backups->len - 1];
      restore_ms[run] = block_while (store, TRUE, newest->name);
    }

  qsort (export_ms, RUNS, sizeof (double), compare_doubles);
  qsort (import_ms, RUNS, sizeof (double), compare_doubles);
  qsort (block_ms, RUNS, sizeof (double), compare_doubles);
  qsort (restore_ms, RUNS, sizeof (double), compare_doubles);
  printf ("export_backup_10k_ms %.1f ms\n", export_ms[RUNS / 2]);
  printf ("import_backup_10k_ms %.1f ms\n", import_ms[RUNS / 2]);
  printf ("import_backup_block_10k_ms %.1f ms\n", block_ms[RUNS / 2]);
  printf ("restore_backup_block_10k_ms %.1f ms\n", restore_ms[RUNS / 2]);

  {
    const char *rm[] = { "rm", "-rf", out, NULL };

    g_spawn_sync (NULL, (char **)rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
}
