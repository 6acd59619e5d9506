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

#define N_ENTRIES 10000
#define RUNS      5

static const char * const words[] = {
  "de", "het", "een", "en", "van", "school", "leerkracht", "gesprek", "afspraak",
  "ondersteuning", "zorgcoördinator", "intern", "begeleider", "rekenen", "lezen",
  "pauze", "klas", "groep", "ouders", "kind", "plan", "ontwikkelingsperspectief",
  "samenwerkingsverband", "onderzoek", "verslag", "week", "maandag", "thuis",
  "moe", "blij", "boos", "huiswerk", "juf", "meester", "we", "hebben", "besproken",
  "dat", "hij", "zij", "niet", "wel", "nog", "meer", "hulp", "nodig", "volgende",
  "keer", "evaluatie", "doel", "concentratie", "vriendjes", "gym", "dyslexie",
  "toets", "cijfer", "mail", "telefoon", "brief", "zorgplicht", "leerplicht",
  "café", "één", "naïef", "coördinatie", "überhaupt", "ruimte", "rust", "prikkels",
};

static char *
make_text (GRand *rand,
           guint  n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      if (i > 0)
        g_string_append_c (text, (i % 14 == 0) ? '\n' : ' ');
      g_string_append (text, word);
      if (i % 9 == 8)
        g_string_append_c (text, '.');
    }

  return g_string_free (text, FALSE);
}

static PassendDossier *
make_dossier (void)
{
  PassendDossier *dossier = passend_dossier_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  PassendChild *children[2];

  children[0] = passend_dossier_add_child (dossier, "Sam");
  children[1] = passend_dossier_add_child (dossier, "Noor");

  for (guint i = 0; i < N_ENTRIES; i++)
    {
      g_autofree char *date = g_strdup_printf ("%04u-%02u-%02u", 2015 + i % 11,
                                               1 + i % 12, 1 + i % 28);
      g_autofree char *title = make_text (rand, 6);
      g_autofree char *text = make_text (rand, g_rand_int_range (rand, 150, 400));
      PassendEntry *entry = passend_entry_new (i % 7, date, title);

      passend_entry_set_child_id (entry, passend_record_get_id (PASSEND_RECORD (children[i % 2])));
      passend_entry_set_text (entry, text);
      g_ptr_array_add (entries, entry);
    }
  passend_dossier_add_entries (dossier, (PassendEntry **) entries->pdata, entries->len);

  for (guint i = 0; i < N_ENTRIES; i += 3)
    {
      PassendEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *what = make_text (rand, 10);
      g_autoptr(PassendAgreement) agreement =
        passend_agreement_new (what, i % 3, passend_entry_get_date (entry));

      g_object_set (agreement,
                    "entry-id", passend_record_get_id (PASSEND_RECORD (entry)),
                    "child-id", passend_entry_get_child_id (entry),
                    NULL);
      passend_dossier_add_agreement (dossier, agreement);
    }

  return dossier;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
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
search_all (GListModel *entries,
            const char *query)
{
  g_autofree char *folded = passend_text_fold (query);
  guint n = g_list_model_get_n_items (entries);
  guint hits = 0;

  for (guint i = 0; i < n; i++)
    {
      PassendEntry *entry = g_list_model_get_item (entries, i);

      hits += passend_entry_matches (entry, folded);
      g_object_unref (entry);
    }

  return hits;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("passend-bench-XXXXXX", NULL);
  g_autoptr(PassendStore) store = passend_store_new (dir);
  g_autoptr(PassendDossier) dossier = NULL;
  g_autoptr(GError) error = NULL;
  double load[RUNS], save[RUNS], save_total[RUNS], search[RUNS];
  double fold_ms;
  struct rusage usage;
  GStatBuf st;
  gint64 start;
  guint hits = 0;

  passend_store_load (store, NULL);
  dossier = make_dossier ();
  {
    /* Hand the generated dossier to the store through a first save. */
    g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
    gsize length;
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
      g_autoptr(PassendStore) s = passend_store_new (dir);
      g_autoptr(PassendChild) child = NULL;

      start = g_get_monotonic_time ();
      if (!passend_store_load (s, &error))
        {
          fprintf (stderr, "bench: load failed: %s\n", error->message);
          return 1;
        }
      load[run] = ms_since (start);

      /* A save as after a parent's change: the whole file, checked,
       * backed up and written durably, as autosave does it. */
      child = g_list_model_get_item (passend_dossier_get_children (passend_store_get_dossier (s)), 0);
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
    hits = search_all (entries, "zorgcoordinator");   /* folds every entry once */
    fold_ms = ms_since (start);

    for (guint run = 0; run < RUNS; run++)
      {
        start = g_get_monotonic_time ();
        hits = search_all (entries, run % 2 ? "Samenwerkingsverband" : "ontwikkelingsperspectief prikkels");
        search[run] = ms_since (start);
      }
  }

  {
    g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);

    g_stat (path, &st);
  }
  getrusage (RUSAGE_SELF, &usage);

  printf ("entries_10k %u count\n", g_list_model_get_n_items (passend_dossier_get_entries (passend_store_get_dossier (store))));
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
    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }

  return 0;
}
