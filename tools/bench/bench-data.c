/* bench-data.c - the generated dossier the benchmarks measure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-data.h"

static const char *const words[] = {
  "de",
  "het",
  "een",
  "en",
  "van",
  "school",
  "leerkracht",
  "gesprek",
  "afspraak",
  "ondersteuning",
  "zorgcoördinator",
  "intern",
  "begeleider",
  "rekenen",
  "lezen",
  "pauze",
  "klas",
  "groep",
  "ouders",
  "kind",
  "plan",
  "ontwikkelingsperspectief",
  "samenwerkingsverband",
  "onderzoek",
  "verslag",
  "week",
  "maandag",
  "thuis",
  "moe",
  "blij",
  "boos",
  "huiswerk",
  "juf",
  "meester",
  "we",
  "hebben",
  "besproken",
  "dat",
  "hij",
  "zij",
  "niet",
  "wel",
  "nog",
  "meer",
  "hulp",
  "nodig",
  "volgende",
  "keer",
  "evaluatie",
  "doel",
  "concentratie",
  "vriendjes",
  "gym",
  "dyslexie",
  "toets",
  "cijfer",
  "mail",
  "telefoon",
  "brief",
  "zorgplicht",
  "leerplicht",
  "café",
  "één",
  "naïef",
  "coördinatie",
  "überhaupt",
  "ruimte",
  "rust",
  "prikkels",
};

static char *
make_text (GRand *rand, guint n_words)
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

/**
 * bench_fill_dossier:
 *
 * Adds two children and @n_entries entries of a few hundred Dutch
 * words, with an agreement on every third, always the same for a seed.
 */
void
bench_fill_dossier (PassendDossier *dossier, guint n_entries)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261123);
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  PassendChild *children[2];

  children[0] = passend_dossier_add_child (dossier, "Sam");
  children[1] = passend_dossier_add_child (dossier, "Noor");

  for (guint i = 0; i < n_entries; i++)
    {
      g_autofree char *date =
          g_strdup_printf ("%04u-%02u-%02u", 2015 + i % 11, 1 + i % 12, 1 + i % 28);
      g_autofree char *title = make_text (rand, 6);
      g_autofree char *text = make_text (rand, g_rand_int_range (rand, 150, 400));
      PassendEntry    *entry = passend_entry_new (i % 7, date, title);

      passend_entry_set_child_id (entry, passend_record_get_id (PASSEND_RECORD (children[i % 2])));
      passend_entry_set_text (entry, text);
      g_ptr_array_add (entries, entry);
    }
  passend_dossier_add_entries (dossier, (PassendEntry **)entries->pdata, entries->len);

  for (guint i = 0; i < n_entries; i += 3)
    {
      PassendEntry    *entry = g_ptr_array_index (entries, i);
      g_autofree char *what = make_text (rand, 10);
      g_autoptr (PassendAgreement) agreement =
          passend_agreement_new (what, i % 3, passend_entry_get_date (entry));

      g_object_set (agreement, "entry-id", passend_record_get_id (PASSEND_RECORD (entry)),
                    "child-id", passend_entry_get_child_id (entry), NULL);
      passend_dossier_add_agreement (dossier, agreement);
    }
}

PassendDossier *
bench_make_dossier (guint n_entries)
{
  PassendDossier *dossier = passend_dossier_new ();

  bench_fill_dossier (dossier, n_entries);
  return dossier;
}

gboolean
bench_gaps_tick (gpointer data)
{
  BenchGaps *gaps = data;
  gint64     now = g_get_monotonic_time ();

  gaps->longest = MAX (gaps->longest, now - gaps->last);
  gaps->last = now;
  return G_SOURCE_CONTINUE;
}
