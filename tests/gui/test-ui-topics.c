/* test-ui-topics.c - the Topics page, driven under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "passend-topics-view.h"
#include "passend-ui-util.h"
#include "ui-harness.h"

static GtkWidget *
find_css_class (GtkWidget *root, const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_css_class (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkListBoxRow *
find_result (GtkWidget *results, const char *link)
{
  for (GtkWidget *row = gtk_widget_get_first_child (results); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), link) == 0)
      return GTK_LIST_BOX_ROW (row);
  return NULL;
}

/* The reading pane shows @anchor at its top (or as far as it scrolls). */
static void
assert_scrolled_to (PassendWindow *window, const char *anchor)
{
  GtkWidget         *page = find_named (GTK_WIDGET (window), "topics-page");
  GtkWidget         *widget = find_named (page, anchor);
  GtkScrolledWindow *scroll =
      GTK_SCROLLED_WINDOW (find_named (GTK_WIDGET (window), "topics-reading"));
  GtkAdjustment   *adjustment = gtk_scrolled_window_get_vadjustment (scroll);
  graphene_point_t point;
  double           expected;

  g_assert_nonnull (widget);
  pump ();
  g_assert_true (gtk_widget_compute_point (widget, page, &GRAPHENE_POINT_INIT (0, 0), &point));
  expected =
      CLAMP (point.y - 12, 0,
             gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (adjustment), expected, 2);
}

static void
topics_script (PassendApplication *app, PassendWindow *window)
{
  PassendTopicsView *view = PASSEND_TOPICS_VIEW (find_named (GTK_WIDGET (window), "topics-view"));
  GtkWidget         *entry = find_named (GTK_WIDGET (window), "topics-search");
  GtkWidget         *results = find_named (GTK_WIDGET (window), "topics-results");
  GtkWidget         *focus;
  GtkListBoxRow     *row;
  g_autofree char   *first = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "topics"));
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "topics");
  /* The first topic is shown. */
  g_assert_nonnull (passend_topics_view_get_link (view));
  first = g_strdup (passend_topics_view_get_link (view));
  g_assert_nonnull (find_named (GTK_WIDGET (window), "topic-title"));

  /* A see-link followed with the keyboard leaves the focus on Back. */
  {
    GtkWidget *see = find_css_class (find_named (GTK_WIDGET (window), "topics-page"), "see-link");

    /* The first topic has one (to another topic): the test must run. */
    g_assert_nonnull (see);
    g_assert_false (g_str_has_prefix (gtk_widget_get_name (see), "step:"));
    {
      g_autofree char *target = g_strdup (gtk_widget_get_name (see));

      gtk_widget_grab_focus (see);
      g_signal_emit_by_name (see, "clicked");
      pump ();
      g_assert_cmpstr (passend_topics_view_get_link (view), ==, target);
      g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                     find_named (GTK_WIDGET (window), "topics-back"));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.back", NULL));
      pump ();
      g_assert_cmpstr (passend_topics_view_get_link (view), ==, first);
      /* Back is a new page visit no more: forward is possible. */
      g_assert_true (gtk_widget_is_sensitive (find_named (GTK_WIDGET (window), "topics-forward")));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.forward", NULL));
      pump ();
      g_assert_cmpstr (passend_topics_view_get_link (view), ==, target);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.back", NULL));
      pump ();
    }
  }

  /* Ctrl+F on the Topics page goes to the Topics search. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.find", NULL));
  pump ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  /* Enter opens the best result: the glossary term, scrolled to. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "zorgplicht");
  g_signal_emit_by_name (entry, "activate");
  pump ();
  g_assert_cmpuint (passend_topics_view_get_n_results (view), >=, 1);
  g_assert_cmpstr (gtk_widget_get_name (gtk_widget_get_first_child (results)), ==,
                   "term:zorgplicht");
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "term:zorgplicht");
  assert_scrolled_to (window, "term:zorgplicht");

  /* The term and the organisation both come before texts that name
   * them; opening a result shows the place it names. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "LeerplichtAmbtenaar");
  g_signal_emit_by_name (entry, "activate");
  pump ();
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "term:leerplichtambtenaar");
  row = find_result (results, "org:leerplichtambtenaar");
  g_assert_nonnull (row);
  g_assert_cmpint (gtk_list_box_row_get_index (row), <=, 1);
  g_signal_emit_by_name (results, "row-activated", row);
  pump ();
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "org:leerplichtambtenaar");
  g_assert_nonnull (find_named (GTK_WIDGET (window), "org:leerplichtambtenaar"));
  assert_scrolled_to (window, "org:leerplichtambtenaar");

  /* A result in a topic's text opens that section (there is one: the
   * word is in the topic on home-sitting). */
  {
    GtkWidget       *section = NULL;
    g_autofree char *link = NULL;

    for (GtkWidget *child = gtk_widget_get_first_child (results); child != NULL && section == NULL;
         child = gtk_widget_get_next_sibling (child))
      if (g_str_has_prefix (gtk_widget_get_name (child), "topic:") &&
          strchr (gtk_widget_get_name (child), '#') != NULL)
        section = child;

    g_assert_nonnull (section);
    link = g_strdup (gtk_widget_get_name (section));
    g_signal_emit_by_name (results, "row-activated", section);
    pump ();
    g_assert_cmpstr (passend_topics_view_get_link (view), ==, link);
    assert_scrolled_to (window, link);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.back", NULL));
    pump ();
  }

  /* Back and forward, as Alt+Left and Alt+Right do. */
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "org:leerplichtambtenaar");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.back", NULL));
  pump ();
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "term:leerplichtambtenaar");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.back", NULL));
  pump ();
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "term:zorgplicht");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.back", NULL));
  pump ();
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "topics.forward", NULL));
  pump ();
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "term:zorgplicht");

  /* Escape empties the search and shows the topics again. */
  g_signal_emit_by_name (entry, "stop-search");
  pump ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (passend_topics_view_get_n_results (view), ==, 0);

  /* Links from other pages: the organisations, a step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "dossier"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-link", "s",
                                             "topic:organisations"));
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "topics");
  g_assert_cmpstr (passend_topics_view_get_link (view), ==, "topic:organisations");
  g_assert_nonnull (find_named (GTK_WIDGET (window), "organisation-website"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-link", "s", "step:2"));
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "assistant");

  /* Elsewhere Ctrl+F still searches the dossier. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.find", NULL));
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "dossier");
}

static void
test_topics (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (PassendTopicLibrary) library = passend_topic_library_new (NULL);
  g_autoptr (GFile) content = NULL;

  if (g_test_subprocess ())
    {
      run_app (topics_script);
      return;
    }

  /* The real content when there is any; until then the test content. */
  g_unsetenv ("PASSEND_CONTENT_DIR");
  content = passend_topic_library_get_content_dir ();
  passend_topic_library_load (library, content, NULL);
  if (passend_topic_library_get_topics (library)->len == 0)
    {
      g_autofree char *fixture =
          g_test_build_filename (G_TEST_DIST, "..", "topics", "content", NULL);

      g_test_message ("The content resource is empty: using the test content");
      g_setenv ("PASSEND_CONTENT_DIR", fixture, TRUE);
    }

  dir = prepare_dossier (&home, "{\"version\": 1, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/topics");
  g_unsetenv ("PASSEND_CONTENT_DIR");

  test_remove_dir (home);
}

/* In Dutch the search field's placeholder is read whole, in a wide and
 * in the narrowest window. */
static void
placeholder_script (PassendApplication *app, PassendWindow *window)
{
  int widths[] = { 1270, 760 };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "topics"));
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      GtkWidget *search;
      GtkWidget *cut;

      gtk_window_set_default_size (GTK_WINDOW (window), widths[w], 700);
      for (guint i = 0; i < 10; i++)
        pump ();
      search = find_named (GTK_WIDGET (window), "topics-search");
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
      cut = find_cut_label (search);
      if (cut != NULL)
        g_error ("At %d pixels wide the placeholder “%s” is cut off", widths[w],
                 gtk_label_get_text (GTK_LABEL (cut)));
    }
}

static void
test_placeholder_nl (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      ui_use_dutch ();
      g_assert_cmpstr (_ ("Search topics and words"), !=, "Search topics and words");
      run_app (placeholder_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/topics-placeholder-nl");
  test_remove_dir (home);
}

/* The window's first frame shows the list of topics; the page's text,
 * most of a frame's work, follows in the next. */
static void
first_frame_at_once (PassendApplication *app, PassendWindow *window)
{
  PassendTopicsView *view = PASSEND_TOPICS_VIEW (find_named (GTK_WIDGET (window), "topics-view"));

  g_assert_cmpstr (passend_window_get_page (window), ==, "topics");
  g_assert_null (passend_topics_view_get_link (view));
  g_assert_null (gtk_widget_get_first_child (find_named (GTK_WIDGET (window), "topics-page")));
  g_assert_nonnull (gtk_widget_get_first_child (find_named (GTK_WIDGET (window), "topics-list")));
}

static void
first_frame_script (PassendApplication *app, PassendWindow *window)
{
  PassendTopicsView *view = PASSEND_TOPICS_VIEW (find_named (GTK_WIDGET (window), "topics-view"));

  g_assert_true (g_str_has_prefix (passend_topics_view_get_link (view), "topic:"));
  g_assert_nonnull (gtk_widget_get_first_child (find_named (GTK_WIDGET (window), "topics-page")));
}

static void
test_first_frame (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      run_app_at_once (first_frame_at_once, first_frame_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/topics-first-frame");
  test_remove_dir (home);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/topics", test_topics);
  g_test_add_func ("/ui/topics-placeholder-nl", test_placeholder_nl);
  g_test_add_func ("/ui/topics-first-frame", test_first_frame);

  return g_test_run ();
}
