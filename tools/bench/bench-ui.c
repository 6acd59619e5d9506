/* bench-ui.c - the dossier page with 10,000 entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   passend-bench-ui [N]     N entries, 10000 if not given; the names
 *                            below then say N/1000 instead of 10
 *
 * Needs a display; tools/bench/run starts it under xvfb-run.  Prints:
 *   listview_first_frame_10k_ms  from creating the page until its first
 *                                frame is painted (in a running program:
 *                                GTK has started and the window is on
 *                                screen, as when a parent opens the page)
 *   filter_10k_ms                one keystroke in the search field,
 *                                through the page's real list of shown entries
 *                                (median over typing a word)
 *   filter_max_10k_ms            the slowest of those keystrokes
 *   filter_frame_10k_ms          one keystroke until the next frame
 */
#include "config.h"

#include <stdio.h>

#include <gtk/gtk.h>

#include "bench-data.h"
#include "passend-dossier-view.h"
#include "passend-store.h"

static gint64 painted_at;

static double
ms_between (gint64 start, gint64 end)
{
  return (end - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static void
after_paint_cb (GdkFrameClock *clock, gpointer data)
{
  if (painted_at == 0)
    painted_at = g_get_monotonic_time ();
}

static void
wait_for_paint (GtkWidget *window)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  painted_at = 0;
  gtk_widget_queue_draw (window);
  while (painted_at == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
}

static void
realized_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb),
                    NULL);
}

static GtkWidget *
find_named (GtkWidget *root, const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

int
main (int argc, char *argv[])
{
  static const char *word = "zorgcoordinator";
  g_autofree char   *dir = g_dir_make_tmp ("passend-bench-ui-XXXXXX", NULL);
  g_autofree char   *path = g_build_filename (dir, "dossier.json", NULL);
  guint              n_entries = argc > 1 ? (guint)g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  g_autoptr (PassendDossier) dossier = bench_make_dossier (n_entries);
  guint k = n_entries / 1000;
  g_autoptr (PassendStore) store = NULL;
  g_autoptr (PassendChild) child = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  double           keystroke[32];
  double           frame_ms;
  GtkWidget       *window;
  GtkWidget       *view;
  GtkWidget       *search;
  gint64           start;
  gsize            length;
  guint            n = 0;

  if (!gtk_init_check ())
    {
      fprintf (stderr, "bench-ui: no display (run it under xvfb-run)\n");
      return 1;
    }

  text = passend_dossier_write (dossier, 0, &length);
  if (!g_file_set_contents (path, text, length, &error))
    {
      fprintf (stderr, "bench-ui: %s\n", error->message);
      return 1;
    }
  store = passend_store_new (dir);
  if (!passend_store_load (store, &error))
    {
      fprintf (stderr, "bench-ui: %s\n", error->message);
      return 1;
    }
  child =
      g_list_model_get_item (passend_dossier_get_children (passend_store_get_dossier (store)), 0);

  /* GTK's own start (theme, fonts, icons) and the window are there
   * before a page is shown: in the app the Dossier page appears inside
   * the main window that is already on screen. */
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  g_signal_connect (window, "realize", G_CALLBACK (realized_cb), NULL);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Passend"));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_paint (window);

  /* The page, from nothing to its first frame on screen. */
  start = g_get_monotonic_time ();
  view = g_object_new (PASSEND_TYPE_DOSSIER_VIEW, NULL);
  passend_dossier_view_set_child (PASSEND_DOSSIER_VIEW (view), child);
  passend_dossier_view_set_store (PASSEND_DOSSIER_VIEW (view), store);
  gtk_window_set_child (GTK_WINDOW (window), view);
  painted_at = 0;
  while (painted_at == 0)
    g_main_context_iteration (NULL, TRUE);
  printf ("listview_first_frame_%uk_ms %.1f ms\n", k, ms_between (start, painted_at));

  /* Let the page prepare the search in the background, as it does
   * while a parent reads it. */
  while (passend_dossier_view_is_busy (PASSEND_DOSSIER_VIEW (view)))
    g_main_context_iteration (NULL, TRUE);

  /* Typing the word, one letter at a time; "search-changed" is what
   * the entry emits after its short typing pause. */
  search = find_named (view, "dossier-search");
  for (guint i = 0; i < strlen (word); i++)
    {
      int position = i;

      /* One key typed at the end of the field, as a parent types; the
       * entry itself waits a moment before "search-changed". */
      start = g_get_monotonic_time ();
      gtk_editable_insert_text (GTK_EDITABLE (search), word + i, 1, &position);
      g_signal_emit_by_name (search, "search-changed");
      g_list_model_get_n_items (passend_dossier_view_get_shown (PASSEND_DOSSIER_VIEW (view)));
      keystroke[n++] = ms_between (start, g_get_monotonic_time ());
      wait_for_paint (window);
    }

  /* Clearing the search shows everything again: one more keystroke,
   * until it is on screen. */
  start = g_get_monotonic_time ();
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");
  wait_for_paint (window);
  frame_ms = ms_between (start, painted_at);

  qsort (keystroke, n, sizeof (double), compare_doubles);
  printf ("filter_%uk_ms %.2f ms\n", k, keystroke[n / 2]);
  printf ("filter_max_%uk_ms %.2f ms\n", k, keystroke[n - 1]);
  printf ("filter_frame_%uk_ms %.1f ms\n", k, frame_ms);
  printf ("filter_shown_%uk %u count\n", k,
          g_list_model_get_n_items (passend_dossier_view_get_shown (PASSEND_DOSSIER_VIEW (view))));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  {
    const char *rm[] = { "rm", "-rf", dir, NULL };
    g_spawn_sync (NULL, (char **)rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  return 0;
}
