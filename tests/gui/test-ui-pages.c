/* test-ui-pages.c - the pages the window makes after its first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "passend-letters-view.h"
#include "ui-harness.h"

static const char *const later_pages[] = { "dossier", "deadlines", "assistant", "letters",
                                           "preparation" };

static GtkWidget *
find_view (PassendWindow *window, const char *page)
{
  g_autofree char *name = g_strdup_printf ("%s-view", page);

  return find_named (GTK_WIDGET (window), name);
}

/* Before the first frame: only Topics is made, and a page a parent
 * asks for is made at once. */
static void
pages_at_once (PassendApplication *app, PassendWindow *window)
{
  for (guint i = 0; i < G_N_ELEMENTS (later_pages); i++)
    g_assert_null (find_view (window, later_pages[i]));
  g_assert_nonnull (find_named (GTK_WIDGET (window), "topics-view"));
  /* No badge yet: the counts come with their pages. */
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (window), "deadlines-badge")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "letters"));
  /* The dossier is still being read: the page says so, but is made. */
  g_assert_cmpstr (passend_window_get_page (window), ==, "loading");
  g_assert_true (PASSEND_IS_LETTERS_VIEW (find_view (window, "letters")));
  g_assert_null (find_view (window, "assistant"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "topics"));
}

/* After it: all are there, each once, and show the child. */
static void
pages_script (PassendApplication *app, PassendWindow *window)
{
  for (guint i = 0; i < G_N_ELEMENTS (later_pages); i++)
    {
      GtkWidget *view = find_view (window, later_pages[i]);

      g_assert_nonnull (view);
      g_assert_null (gtk_widget_get_next_sibling (view));
      g_assert_true (
          gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", later_pages[i]));
      pump ();
      g_assert_cmpstr (passend_window_get_page (window), ==, later_pages[i]);
      g_assert_true (find_view (window, later_pages[i]) == view);
      g_assert_true (gtk_widget_get_mapped (view));
    }
}

static void
test_later_pages (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      run_app_at_once (pages_at_once, pages_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/later-pages");
  test_remove_dir (home);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/later-pages", test_later_pages);

  return g_test_run ();
}
