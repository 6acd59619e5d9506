/* test-shown-entries.c - the list the Dossier page shows while searching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "passend-dossier-snapshot.h"
#include "passend-dossier.h"
#include "passend-text.h"
#include "passend-list-mirror.h"
#include "passend-shown-entries.h"
#include "test-util.h"

static const char *const titles[] = {
  "Gesprek met de zorgcoördinator",
  "Telefoon met juf",
  "Zorgplan besproken",
  "Brief van de school",
  "Zorg om de toets",
  "Mail aan de zorgcoordinator",
};

typedef struct
{
  guint position, removed, added, count;
} Change;

static void
items_changed_cb (GListModel *list, guint position, guint removed, guint added, Change *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->count++;
}

/* The shown list holds exactly the entries the filter lets through, in
 * the order of the source. */
static void
assert_shown (PassendShownEntries *shown, GListModel *source, PassendEntryFilter *filter)
{
  guint n = g_list_model_get_n_items (source);
  guint next = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendEntry) entry = g_list_model_get_item (source, i);

      if (passend_entry_filter_match (filter, entry))
        {
          g_autoptr (PassendEntry) item = g_list_model_get_item (G_LIST_MODEL (shown), next++);

          g_assert_true (item == entry);
        }
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, next);
}

static void
test_shown_follows_filter (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  GListModel *source = passend_dossier_get_entries (dossier);
  g_autoptr (PassendEntryFilter) filter = passend_entry_filter_new (dossier);
  g_autoptr (PassendShownEntries) shown = passend_shown_entries_new ();
  g_autoptr (PassendEntry) late = NULL;
  Change change = { 0 };
  guint  checked;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr (PassendEntry) entry =
          passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-03-01", titles[i]);

      passend_dossier_add_entry (dossier, entry);
    }

  passend_shown_entries_set_filter (shown, filter);
  passend_shown_entries_set_model (shown, source);
  g_signal_connect_swapped (filter, "changed", G_CALLBACK (passend_shown_entries_refilter), shown);
  g_signal_connect (shown, "items-changed", G_CALLBACK (items_changed_cb), &change);
  assert_shown (shown, source, filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 6);

  /* A first letter and then more: each asks the filter only about the
   * entries shown a moment before. */
  checked = passend_shown_entries_get_n_checked (shown);
  passend_entry_filter_set_query (filter, "zorg");
  g_assert_cmpuint (passend_shown_entries_get_n_checked (shown) - checked, ==, 6);
  assert_shown (shown, source, filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 4);

  checked = passend_shown_entries_get_n_checked (shown);
  passend_entry_filter_set_query (filter, "zorgc");
  g_assert_cmpuint (passend_shown_entries_get_n_checked (shown) - checked, ==, 4);
  assert_shown (shown, source, filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 2);
  /* Only the part that changed is told: entries 2 and 4 of the four
   * went, the first and the last stayed. */
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 2);
  g_assert_cmpuint (change.added, ==, 0);

  /* A letter less asks only about the entries hidden. */
  checked = passend_shown_entries_get_n_checked (shown);
  passend_entry_filter_set_query (filter, "zorg");
  g_assert_cmpuint (passend_shown_entries_get_n_checked (shown) - checked, ==, 4);
  assert_shown (shown, source, filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 4);

  /* Something else altogether, then nothing. */
  passend_entry_filter_set_query (filter, "brief");
  assert_shown (shown, source, filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 1);

  /* An entry added while searching shows if it matches. */
  late = passend_entry_new (PASSEND_ENTRY_KIND_LETTER, "2026-04-01", "Tweede brief");
  passend_dossier_add_entry (dossier, late);
  assert_shown (shown, source, filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 2);

  /* A longer query checks only the query of the entries shown, but a
   * stricter choice of kinds after it checks them all again, and so
   * does a longer query after that. */
  passend_entry_filter_set_query (filter, NULL);
  passend_entry_filter_set_query (filter, "br");
  passend_entry_filter_set_query (filter, "bri");
  assert_shown (shown, source, filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 2);
  passend_entry_filter_set_kinds (filter, 1u << PASSEND_ENTRY_KIND_NOTE);
  assert_shown (shown, source, filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 1);
  passend_entry_filter_set_query (filter, "brie");
  assert_shown (shown, source, filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 1);
  passend_entry_filter_set_kinds (filter, PASSEND_ENTRY_KINDS_ALL);
  assert_shown (shown, source, filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 2);

  passend_entry_filter_set_query (filter, NULL);
  assert_shown (shown, source, filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 7);

  /* No filter, no model: nothing shown, and nothing kept. */
  change.count = 0;
  passend_shown_entries_set_model (shown, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 0);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.removed, ==, 7);
}

/* Typing on looks on from where the query was found; anything else,
 * and any change of the entry, looks from the start again. */
static void
test_growing_query (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendEntryFilter) filter = passend_entry_filter_new (dossier);
  g_autoptr (PassendEntry) entry =
      passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-03-01", "Notitie");

  passend_entry_set_text (entry, "Eerst de zorgcoordinator gebeld, toen het zorgplan gelezen.");
  passend_dossier_add_entry (dossier, entry);

  passend_entry_filter_set_query (filter, "zorgp");
  g_assert_true (passend_entry_filter_match (filter, entry));
  passend_entry_filter_set_query (filter, "zorgpl");
  g_assert_true (passend_entry_filter_match (filter, entry));
  /* Not one more letter: found earlier in the text than the last one. */
  passend_entry_filter_set_query (filter, "zorgc");
  g_assert_true (passend_entry_filter_match (filter, entry));
  passend_entry_filter_set_query (filter, "zorgcoordinator gebeld");
  g_assert_true (passend_entry_filter_match (filter, entry));

  /* The parent rewrites the text, shorter, with the query at its start. */
  passend_entry_set_text (entry, "Zorgcoördinator gebeld");
  g_assert_true (passend_entry_filter_match (filter, entry));
  passend_entry_filter_set_query (filter, "zorgcoordinator gebeld!");
  g_assert_false (passend_entry_filter_match (filter, entry));
  passend_entry_filter_set_query (filter, "gebeld");
  g_assert_true (passend_entry_filter_match (filter, entry));
}

/* The mirror follows its model and tells one item's change as that
 * item taken out and put back. */
static void
test_list_mirror (void)
{
  g_autoptr (GListStore) store = g_list_store_new (PASSEND_TYPE_ENTRY);
  g_autoptr (PassendListMirror) mirror = NULL;
  g_autoptr (PassendEntry) stranger =
      passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-03-01", "Elders");
  Change change = { 0 };

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (PassendEntry) entry =
          passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-03-01", titles[i]);

      g_list_store_append (store, entry);
    }
  mirror = passend_list_mirror_new (G_LIST_MODEL (store));
  g_signal_connect (mirror, "items-changed", G_CALLBACK (items_changed_cb), &change);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (mirror)) == PASSEND_TYPE_ENTRY);

  for (guint i = 3; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr (PassendEntry) entry =
          passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-03-01", titles[i]);

      g_list_store_insert (store, 1, entry);
    }
  g_list_store_remove (store, 0);
  g_assert_cmpuint (change.count, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mirror)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (store)));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr (PassendEntry) in_store = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autoptr (PassendEntry) in_mirror = g_list_model_get_item (G_LIST_MODEL (mirror), i);

      g_assert_true (in_store == in_mirror);
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (mirror), 5));

  {
    g_autoptr (PassendEntry) third = g_list_model_get_item (G_LIST_MODEL (store), 2);

    g_assert_true (passend_list_mirror_item_changed (mirror, third));
    g_assert_cmpuint (change.count, ==, 5);
    g_assert_cmpuint (change.position, ==, 2);
    g_assert_cmpuint (change.removed, ==, 1);
    g_assert_cmpuint (change.added, ==, 1);
  }
  g_assert_false (passend_list_mirror_item_changed (mirror, stranger));
  g_assert_cmpuint (change.count, ==, 5);
}

/* A change of the source asks the filter only about the entries that
 * came, and tells only the shown part that changed. */
static void
test_shown_changed_part (void)
{
  g_autoptr (GListStore) store = g_list_store_new (PASSEND_TYPE_ENTRY);
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendEntryFilter) filter = passend_entry_filter_new (dossier);
  g_autoptr (PassendShownEntries) shown = passend_shown_entries_new ();
  g_autoptr (PassendEntry) moved = NULL;
  g_autoptr (PassendEntry) added =
      passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-03-01", "Zorg erbij");
  Change change = { 0 };
  guint  checked;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr (PassendEntry) entry =
          passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-03-01", titles[i]);

      g_list_store_append (store, entry);
    }
  passend_entry_filter_set_query (filter, "zorg");
  passend_shown_entries_set_filter (shown, filter);
  passend_shown_entries_set_model (shown, G_LIST_MODEL (store));
  g_signal_connect (shown, "items-changed", G_CALLBACK (items_changed_cb), &change);
  assert_shown (shown, G_LIST_MODEL (store), filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 4);

  /* "Zorgplan besproken" (third of all, second shown) moves to the end
   * and no longer matches: one entry asked, one shown entry gone. */
  moved = g_list_model_get_item (G_LIST_MODEL (store), 2);
  g_list_store_remove (store, 2);
  g_object_set (moved, "title", "Plan besproken", NULL);
  checked = passend_shown_entries_get_n_checked (shown);
  g_list_store_append (store, moved);
  g_assert_cmpuint (passend_shown_entries_get_n_checked (shown) - checked, ==, 1);
  assert_shown (shown, G_LIST_MODEL (store), filter);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 0);

  /* One that matches, put in between: asked, and shown in its place. */
  checked = passend_shown_entries_get_n_checked (shown);
  g_list_store_insert (store, 3, added);
  g_assert_cmpuint (passend_shown_entries_get_n_checked (shown) - checked, ==, 1);
  assert_shown (shown, G_LIST_MODEL (store), filter);
  g_assert_cmpuint (change.count, ==, 2);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 1);

  /* Four at once, two of them shown: none asked, two shown gone. */
  checked = passend_shown_entries_get_n_checked (shown);
  g_list_store_splice (store, 1, 4, NULL, 0);
  g_assert_cmpuint (passend_shown_entries_get_n_checked (shown) - checked, ==, 0);
  assert_shown (shown, G_LIST_MODEL (store), filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 2);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 2);
  g_assert_cmpuint (change.added, ==, 0);
}

/* The fold on its own thread while the loading thread makes every
 * record's text, as the store does after reading a file: the text is
 * the dossier's, every entry's search key is its own text folded, and
 * the agreements' are made too. */
static void
test_fold_beside_snapshot (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  GListModel *entries = passend_dossier_get_entries (dossier);
  GListModel *agreements = passend_dossier_get_agreements (dossier);
  g_autoptr (PassendDossierSnapshot) snapshot = NULL;
  g_autofree char          *written = NULL;
  g_autofree char          *joined = NULL;
  PassendFilterPreparation *folding;
  gsize                     length, joined_length;

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s %u", titles[i % G_N_ELEMENTS (titles)], i);
      g_autofree char *text = g_strdup_printf ("Één ZIN over Groep %u, naïef en Überhaupt.", i);
      g_autoptr (PassendEntry) entry =
          passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-03-01", title);

      passend_entry_set_text (entry, text);
      passend_dossier_add_entry (dossier, entry);
      if (i % 10 == 0)
        {
          g_autoptr (PassendAgreement) agreement =
              passend_agreement_new (title, PASSEND_PARTY_SCHOOL, "2026-04-01");

          passend_dossier_add_agreement (dossier, agreement);
        }
    }

  folding = passend_entry_filter_prepare_begin (dossier);
  snapshot = passend_dossier_snapshot_new (dossier, NULL, NULL);
  passend_entry_filter_prepare_end (folding);

  g_assert_nonnull (snapshot);
  written = passend_dossier_write (dossier, 0, &length);
  joined = passend_dossier_snapshot_write (snapshot, &joined_length);
  g_assert_cmpmem (joined, joined_length, written, length);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (PassendEntry) entry = g_list_model_get_item (entries, i);
      g_autofree char *title = passend_text_fold (passend_entry_get_title (entry));
      g_autofree char *text = passend_text_fold (passend_entry_get_text (entry));
      g_autofree char *expected = g_strconcat (title, "\n\n", text, NULL);

      g_assert_cmpstr (passend_entry_get_search_key (entry), ==, expected);
    }
  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr (PassendAgreement) agreement = g_list_model_get_item (agreements, i);
      g_autofree char *what = passend_text_fold (passend_agreement_get_what (agreement));

      g_autofree char *expected = g_strconcat ("\n", what, "\n\n", NULL);

      g_assert_cmpstr (passend_agreement_get_search_key (agreement), ==, expected);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/shown-entries/follows-filter", test_shown_follows_filter);
  g_test_add_func ("/shown-entries/growing-query", test_growing_query);
  g_test_add_func ("/shown-entries/changed-part", test_shown_changed_part);
  g_test_add_func ("/shown-entries/list-mirror", test_list_mirror);
  g_test_add_func ("/shown-entries/fold-beside-snapshot", test_fold_beside_snapshot);

  return g_test_run ();
}
