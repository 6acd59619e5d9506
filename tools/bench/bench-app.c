/* bench-app.c - the real application: first paint, memory, the Preparation page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   passend-bench-app driver HELLO EMPTY_HOME HOME_10K HOME_50K
 *       Starts HELLO (passend-bench-hello) and this program's "paint"
 *       in turns, 15 pairs per data home, and prints
 *         first_paint_ratio_{empty,10k,50k}  time from starting the
 *             process to its first painted frame, app / hello
 *         rss_ratio_{10k,50k}  resident memory at that frame, app / hello
 *       each as the median of the pairs, with min and max after it;
 *       then runs "prep" 3 times for 10k and 50k and prints its figures
 *       the same way.
 *       Interleaved pairs share the machine's load of the moment, so
 *       the ratios are fairer than the times on a busy machine.
 *   passend-bench-app paint HOME
 *       The application as main.c starts it, with XDG_DATA_HOME=HOME;
 *       at the window's first painted frame prints "MONOTONIC_US RSS_KB"
 *       and exits.
 *   passend-bench-app prep HOME K
 *       The application with HOME; once the dossier is read, shows each
 *       page, the Dossier first and the Preparation page last, presses
 *       New Talk and types into the sheet, and
 *       prints prep_change_Kk_ms: the longest the main loop went without
 *       running a 1 ms timeout in the 1.5 s after each (a save included);
 *       before that page_first_PAGE_Kk_ms, the same for showing each
 *       page the first time, dossier_edit_{title,date}_Kk_ms for an
 *       entry saved with a new title or date on the Dossier page, and
 *       entry_dialog_open_Kk_ms and entry_typing_Kk_ms for the entry
 *       dialog opened with Ctrl+N and typed into.
 *       With K = 10 also prep_pdf_10k_ms and prep_pdf_10k_pages, the
 *       new sheet saved as PDF.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "passend-application.h"
#include "passend-pdf.h"
#include "passend-sheet-printer.h"
#include "passend-store.h"
#include "passend-window.h"

#define PAIRS 15
#define PREP_RUNS 3

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static void
print_spread (const char *name, double *values, guint n, const char *unit)
{
  qsort (values, n, sizeof (double), compare_doubles);
  printf ("%s %.2f %s (min %.2f, max %.2f)\n", name, values[n / 2], unit, values[0], values[n - 1]);
}

static long
rss_kb (void)
{
  g_autofree char *status = NULL;
  const char      *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmRSS:");
  return line != NULL ? strtol (line + strlen ("VmRSS:"), NULL, 10) : 0;
}

/* The driver */

/* Starts @argv with XDG_DATA_HOME=@home (when given): the time to its
 * first frame in ms, and its memory then in kB. */
static gboolean
time_start (const char *const *argv, const char *home, double *ms, double *kb)
{
  g_auto (GStrv) env = g_get_environ ();
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start, painted = 0;
  long   rss = 0;
  int    status;

  if (home != NULL)
    env = g_environ_setenv (env, "XDG_DATA_HOME", home, TRUE);
  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **)argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                     &error) ||
      sscanf (out, "%" G_GINT64_FORMAT " %ld", &painted, &rss) != 2)
    {
      fprintf (stderr, "bench-app: %s did not paint: %s\n", argv[0],
               error ? error->message : (out ? out : ""));
      return FALSE;
    }
  *ms = (painted - start) / 1000.0;
  *kb = rss;
  return TRUE;
}

/* One run of "prep": its "name value unit" lines into @runs, by name. */
static gboolean
run_prep_child (
    const char *self_path, const char *home, const char *k, GHashTable *runs, GPtrArray *order)
{
  const char *argv[] = { self_path, "prep", home, k, NULL };
  g_auto (GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", home, TRUE);
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **)argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                     &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      fprintf (stderr, "bench-app: prep %s: %s\n", k, error->message);
      return FALSE;
    }

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) fields = g_strsplit (lines[i], " ", 3);
      GArray *values;
      double  value;

      if (g_strv_length (fields) < 2)
        continue;
      value = g_ascii_strtod (fields[1], NULL);
      values = g_hash_table_lookup (runs, fields[0]);
      if (values == NULL)
        {
          values = g_array_new (FALSE, FALSE, sizeof (double));
          g_hash_table_insert (runs, g_strdup (fields[0]), values);
          g_ptr_array_add (order, g_strdup (fields[0]));
        }
      g_array_append_val (values, value);
    }
  return TRUE;
}

static int
run_driver (const char *self_path, const char *hello, char **homes)
{
  static const char *const labels[] = { "empty", "10k", "50k" };
  double                   paint[3][PAIRS], rss[3][PAIRS], hello_ms[3 * PAIRS], paint_ms[3][PAIRS];
  guint                    n_hello = 0;

  for (guint pair = 0; pair < PAIRS; pair++)
    for (guint h = 0; h < 3; h++)
      {
        const char *hello_argv[] = { hello, NULL };
        const char *app_argv[] = { self_path, "paint", homes[h], NULL };
        double      hms, hkb, ams, akb;

        if (!time_start (hello_argv, NULL, &hms, &hkb) ||
            !time_start (app_argv, homes[h], &ams, &akb))
          return 1;
        hello_ms[n_hello++] = hms;
        paint_ms[h][pair] = ams;
        paint[h][pair] = ams / hms;
        rss[h][pair] = akb / hkb;
      }

  print_spread ("first_paint_hello_ms", hello_ms, n_hello, "ms");
  print_spread ("first_paint_empty_ms", paint_ms[0], PAIRS, "ms");
  for (guint h = 0; h < 3; h++)
    {
      g_autofree char *name = g_strdup_printf ("first_paint_ratio_%s", labels[h]);

      print_spread (name, paint[h], PAIRS, "x");
    }
  for (guint h = 1; h < 3; h++)
    {
      g_autofree char *name = g_strdup_printf ("rss_ratio_%s", labels[h]);

      print_spread (name, rss[h], PAIRS, "x");
    }

  /* The Preparation page, 3 runs each. */
  for (guint h = 1; h < 3; h++)
    {
      g_autoptr (GHashTable) runs =
          g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref);
      g_autoptr (GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
      const char *k = h == 1 ? "10" : "50";

      for (guint run = 0; run < PREP_RUNS; run++)
        if (!run_prep_child (self_path, homes[h], k, runs, order))
          return 1;
      for (guint i = 0; i < order->len; i++)
        {
          GArray     *values = g_hash_table_lookup (runs, order->pdata[i]);
          const char *unit = g_str_has_suffix (order->pdata[i], "_pages") ? "count" : "ms";

          print_spread (order->pdata[i], (double *)values->data, values->len, unit);
        }
    }
  return 0;
}

/* The application, as main.c starts it */

static PassendApplication *
new_application (const char *home)
{
  passend_store_prepare_process ();
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_application_name ("Passend");
  return passend_application_new ();
}

static void
paint_after_cb (GdkFrameClock *clock, gpointer data)
{
  printf ("%" G_GINT64_FORMAT " %ld\n", g_get_monotonic_time (), rss_kb ());
  fflush (stdout);
  _exit (0);
}

static void
paint_realized_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (paint_after_cb),
                    NULL);
}

static void
paint_window_added_cb (GtkApplication *app, GtkWindow *window)
{
  g_signal_connect (window, "realize", G_CALLBACK (paint_realized_cb), NULL);
}

static int
run_paint (const char *home)
{
  g_autoptr (PassendApplication) app = new_application (home);

  g_signal_connect (app, "window-added", G_CALLBACK (paint_window_added_cb), NULL);
  return g_application_run (G_APPLICATION (app), 0, NULL);
}

/* The Preparation page */

static gint64 last_tick, longest_gap;

static gboolean
tick_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  if (last_tick != 0 && now - last_tick > longest_gap)
    longest_gap = now - last_tick;
  last_tick = now;
  return G_SOURCE_CONTINUE;
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop for @ms, waking at least every 10 ms. */
static void
run_loop_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;
  guint  wake = g_timeout_add (10, wake_cb, NULL);

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
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

/* What stall_after() measures the stall of. */
typedef void (*Step) (GtkWidget *widget, const char *what);

static void
show_page (GtkWidget *window, const char *page)
{
  gtk_widget_activate_action (window, "nav.show-page", "s", page);
}

static void
change_sheet (GtkWidget *view, const char *what)
{
  if (g_str_equal (what, "new"))
    gtk_widget_activate_action (view, "preparation.new", NULL);
  else
    for (const char *p = "School"; *p != '\0'; p++)
      {
        GtkEditable *place = GTK_EDITABLE (find_named (view, "prep-place"));
        int          position = -1;

        gtk_editable_insert_text (place, p, 1, &position);
        run_loop_for (80);
      }
}

/* An entry of the dossier edited as the entry dialog saves it: its
 * title (which moves no row) or its date. */
static void
edit_entry (GtkWidget *window, const char *what)
{
  PassendApplication *app = PASSEND_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  PassendDossier     *dossier = passend_store_get_dossier (passend_application_get_store (app));
  g_autoptr (PassendEntry) entry = g_list_model_get_item (passend_dossier_get_entries (dossier), 7);

  /* Always a change: a run after another finds what that one set. */
  if (g_str_equal (what, "title"))
    {
      const char *title = passend_entry_get_title (entry);

      g_object_set (
          entry, "title",
          g_str_equal (title, "Gesprek met de school") ? "Gesprek" : "Gesprek met de school", NULL);
    }
  else
    {
      const char *date = passend_entry_get_date (entry);

      g_object_set (entry, "date",
                    g_strcmp0 (date, "2019-05-06") == 0 ? "2019-05-07" : "2019-05-06", NULL);
    }
}

/* The entry dialog as a parent uses it: opened for a new entry (Ctrl+N),
 * then a sentence typed into its text, a key every 80 ms. */
static GtkWidget *
find_entry_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (find_named (toplevel, "entry-text") != NULL)
        return toplevel;
    }
  return NULL;
}

static void
use_entry_dialog (GtkWidget *window, const char *what)
{
  GtkTextBuffer *buffer;

  if (g_str_equal (what, "open"))
    {
      gtk_widget_activate_action (window, "nav.new-entry", NULL);
      return;
    }
  buffer =
      gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_named (find_entry_dialog (), "entry-text")));
  for (const char *p = "Juf belde over de toets."; *p != '\0'; p++)
    {
      gtk_text_buffer_insert_at_cursor (buffer, p, 1);
      run_loop_for (80);
    }
}

/* The longest stall in the 1.5 s after @step, in ms. */
static double
stall_after (Step step, GtkWidget *widget, const char *what)
{
  guint tick = g_timeout_add_full (G_PRIORITY_HIGH, 1, tick_cb, NULL, NULL);

  run_loop_for (100);
  longest_gap = 0;
  last_tick = g_get_monotonic_time ();
  fprintf (stderr, "STEP %s %.6f\n", what, g_get_monotonic_time () / 1e6);
  step (widget, what);
  run_loop_for (1500);
  g_source_remove (tick);
  /* An iteration that outlasted the whole wait ran no tick after it. */
  tick_cb (NULL);
  return longest_gap / 1000.0;
}

static void
print_pdf (PassendStore *store)
{
  PassendDossier *dossier = passend_store_get_dossier (store);
  GListModel     *sheets = passend_dossier_get_sheets (dossier);
  g_autoptr (PassendSheet) sheet =
      g_list_model_get_item (sheets, g_list_model_get_n_items (sheets) - 1);
  g_autoptr (PassendSheetPrinter) printer = passend_sheet_printer_new (dossier, sheet);
  g_autofree char *dir = g_dir_make_tmp ("passend-bench-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr (GError) error = NULL;
  PassendPdf *pdf;
  gint64      start = g_get_monotonic_time ();

  if (!passend_sheet_printer_export (printer, path, NULL, &error))
    {
      fprintf (stderr, "bench-app: PDF: %s\n", error->message);
      return;
    }
  printf ("prep_pdf_10k_ms %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);
  pdf = passend_pdf_open (path);
  printf ("prep_pdf_10k_pages %d count\n", pdf ? passend_pdf_get_n_pages (pdf) : -1);
  g_clear_object (&pdf);
  g_unlink (path);
  g_rmdir (dir);
}

/* All but Topics, which the window opens on. */
static const char *const pages[] = { "dossier", "assistant", "deadlines", "letters",
                                     "preparation" };

static void
prep_activated_cb (GApplication *app, gpointer data)
{
  guint         k = GPOINTER_TO_UINT (data);
  PassendStore *store = passend_application_get_store (PASSEND_APPLICATION (app));
  GtkWidget    *window = GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (app)));
  GtkWidget    *view;
  double        new_ms, type_ms;

  while (!gtk_widget_get_mapped (window) ||
         passend_store_get_state (store) == PASSEND_STORE_STATE_UNLOADED)
    g_main_context_iteration (NULL, TRUE);
  /* As a parent who looks at every page once, the Dossier first: each
   * page is made when first shown, its lists with it. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    printf ("page_first_%s_%uk_ms %.1f ms\n", pages[i], k,
            stall_after (show_page, window, pages[i]));
  /* On the Dossier page, an entry saved with a new title, then with a
   * new date. */
  show_page (window, "dossier");
  run_loop_for (1000);
  printf ("dossier_edit_title_%uk_ms %.1f ms\n", k, stall_after (edit_entry, window, "title"));
  printf ("dossier_edit_date_%uk_ms %.1f ms\n", k, stall_after (edit_entry, window, "date"));
  printf ("entry_dialog_open_%uk_ms %.1f ms\n", k, stall_after (use_entry_dialog, window, "open"));
  if (find_entry_dialog () != NULL)
    {
      printf ("entry_typing_%uk_ms %.1f ms\n", k, stall_after (use_entry_dialog, window, "type"));
      gtk_window_destroy (GTK_WINDOW (find_entry_dialog ()));
    }
  show_page (window, "preparation");
  run_loop_for (1000);

  view = find_named (window, "preparation-view");
  new_ms = stall_after (change_sheet, view, "new");
  type_ms = stall_after (change_sheet, view, "type");
  printf ("prep_change_%uk_ms %.1f ms\n", k, MAX (new_ms, type_ms));
  printf ("prep_new_talk_%uk_ms %.1f ms\n", k, new_ms);
  printf ("prep_typing_%uk_ms %.1f ms\n", k, type_ms);
  if (k == 10)
    print_pdf (store);
  fflush (stdout);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static int
run_prep (const char *home, guint k)
{
  g_autoptr (PassendApplication) app = new_application (home);

  g_signal_connect_after (app, "activate", G_CALLBACK (prep_activated_cb), GUINT_TO_POINTER (k));
  return g_application_run (G_APPLICATION (app), 0, NULL);
}

int
main (int argc, char *argv[])
{
  if (argc == 6 && g_str_equal (argv[1], "driver"))
    return run_driver (argv[0], argv[2], argv + 3);
  if (argc == 3 && g_str_equal (argv[1], "paint"))
    return run_paint (argv[2]);
  if (argc == 4 && g_str_equal (argv[1], "prep"))
    return run_prep (argv[2], (guint)g_ascii_strtoull (argv[3], NULL, 10));

  fprintf (stderr, "usage: passend-bench-app driver HELLO EMPTY 10K 50K | paint HOME | "
                   "prep HOME K\n");
  return 2;
}
