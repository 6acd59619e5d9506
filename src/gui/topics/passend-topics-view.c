/* passend-topics-view.c - the Topics page: read, follow links, search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the left the list of topics (and the search with its results), on
 * the right the page being read, at a comfortable line length.  A page
 * is built from the model's PassendTopic with plain GTK widgets: a
 * wrapped, selectable label per paragraph, whose links (Pango <a>)
 * lead to other topics, sections, glossary terms and organisations
 * inside this view, or to a step of the Assistant through the window's
 * nav.show-link.  Every page shown goes into a history for Back and
 * Forward.
 *
 * A link names a page and maybe a place on it:
 *   topic:ID            the topic
 *   topic:ID#SECTION    the topic, scrolled to the section
 *   term:ID             the glossary, scrolled to the term
 *   org:ID              the organisations, scrolled to the organisation
 *   topic:glossary, topic:organisations
 */
#define G_LOG_DOMAIN "passend-topics-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-clamp.h"
#include "passend-status-page.h"
#include "passend-topics-view-private.h"
#include "passend-ui-util.h"

#define MAX_RESULTS 50
#define GLOSSARY_PAGE "topic:glossary"
#define ORGANISATIONS_PAGE "topic:organisations"

G_DEFINE_FINAL_TYPE (PassendTopicsView, passend_topics_view, GTK_TYPE_WIDGET)

static void realize_cb (PassendTopicsView *self);

/* Showing pages */

/* The page a link is on: "topic:ID", "topic:glossary" or
 * "topic:organisations". */
static char *
page_of_link (const char *link)
{
  if (g_str_has_prefix (link, "term:"))
    return g_strdup (GLOSSARY_PAGE);
  if (g_str_has_prefix (link, "org:"))
    return g_strdup (ORGANISATIONS_PAGE);
  if (g_str_has_prefix (link, "topic:"))
    return g_strndup (link, strcspn (link, "#"));
  return NULL;
}

static gboolean
scroll_tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  PassendTopicsView *self = PASSEND_TOPICS_VIEW (widget);
  GtkAdjustment     *adjustment = gtk_scrolled_window_get_vadjustment (self->reading_scroll);
  GtkWidget         *anchor =
      self->scroll_anchor ? g_hash_table_lookup (self->anchors, self->scroll_anchor) : NULL;
  graphene_point_t point;

  /* Wait for a layout of the new page. */
  if (self->scroll_tries++ < 1 || gtk_widget_get_height (GTK_WIDGET (self->page_box)) == 0)
    return G_SOURCE_CONTINUE;

  if (anchor != NULL && gtk_widget_compute_point (anchor, GTK_WIDGET (self->page_box),
                                                  &GRAPHENE_POINT_INIT (0, 0), &point))
    {
      if (gtk_adjustment_get_upper (adjustment) < point.y && self->scroll_tries < 10)
        return G_SOURCE_CONTINUE;
      gtk_adjustment_set_value (adjustment, MAX (0, point.y - 12));
    }
  else
    gtk_adjustment_set_value (adjustment, 0);

  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
scroll_to (PassendTopicsView *self, const char *anchor)
{
  GtkWidget *widget = anchor ? g_hash_table_lookup (self->anchors, anchor) : NULL;

  g_free (self->scroll_anchor);
  g_free (self->first_link);
  self->scroll_anchor = g_strdup (anchor);
  self->scroll_tries = 0;

  if (self->target != NULL)
    gtk_widget_remove_css_class (self->target, "target");
  g_clear_weak_pointer (&self->target);
  if (widget != NULL && !g_str_has_prefix (anchor, "topic:"))
    {
      /* The term or organisation linked to stands out a little. */
      g_set_weak_pointer (&self->target, widget);
      gtk_widget_add_css_class (widget, "target");
    }

  if (self->scroll_tick == 0)
    self->scroll_tick =
        gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb, NULL, NULL);
}

static void
mark_current_row (PassendTopicsView *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->topic_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      gboolean current = g_strcmp0 (gtk_widget_get_name (row), self->page) == 0;

      if (current)
        gtk_widget_add_css_class (row, "current");
      else
        gtk_widget_remove_css_class (row, "current");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, current,
                                   -1);
    }
}

/* Whether @link names a page this view has (a missing section or term
 * still shows its page, from the top). */
static gboolean
can_display (PassendTopicsView *self, const char *link)
{
  g_autofree char *page = page_of_link (link);

  if (page == NULL || self->library == NULL)
    return FALSE;

  return g_str_equal (page, GLOSSARY_PAGE) || g_str_equal (page, ORGANISATIONS_PAGE) ||
         passend_topic_library_find_topic (self->library, page + strlen ("topic:")) != NULL;
}

/* Shows @link without touching the history. */
static gboolean
display (PassendTopicsView *self, const char *link)
{
  g_autofree char *page = page_of_link (link);
  PassendTopic    *topic = NULL;

  if (!can_display (self, link))
    return FALSE;
  g_clear_pointer (&self->first_link, g_free);

  if (!g_str_equal (page, GLOSSARY_PAGE) && !g_str_equal (page, ORGANISATIONS_PAGE))
    topic = passend_topic_library_find_topic (self->library, page + strlen ("topic:"));

  if (g_strcmp0 (page, self->page) != 0)
    {
      GtkWidget *child;
      GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
      gboolean   focus_on_page =
          focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->page_box));

      g_clear_weak_pointer (&self->target);
      g_hash_table_remove_all (self->anchors);
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->page_box))) != NULL)
        gtk_box_remove (self->page_box, child);

      if (g_str_equal (page, GLOSSARY_PAGE))
        _passend_topics_view_build_glossary_page (self);
      else if (g_str_equal (page, ORGANISATIONS_PAGE))
        _passend_topics_view_build_organisations_page (self);
      else
        _passend_topics_view_build_topic_page (self, topic);

      g_free (self->page);
      self->page = g_steal_pointer (&page);
      mark_current_row (self);

      /* A link followed with the keyboard went away with its page:
       * the keyboard goes to Back, and Tab from there into the new
       * page (focusing its first text would select all of it). */
      if (focus_on_page)
        gtk_widget_grab_focus (GTK_WIDGET (self->back_button));
    }

  g_free (self->link);
  self->link = g_strdup (link);
  scroll_to (self, g_str_equal (link, self->page) ? NULL : link);
  return TRUE;
}

static void
update_history_actions (PassendTopicsView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "topics.back", self->back->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "topics.forward", self->forward->len > 0);
}

void
_passend_topics_view_follow_link (PassendTopicsView *self, const char *link)
{
  if (g_str_has_prefix (link, "step:") || g_str_has_prefix (link, "letter:"))
    gtk_widget_activate_action (GTK_WIDGET (self), "nav.show-link", "s", link);
  else if (!passend_topics_view_show_link (self, link))
    g_warning ("A link leads nowhere: %s", link);
}

/* The list of topics */

static GtkWidget *
topic_row_new (const char *link, const char *title)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 10);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_widget_set_name (row, link);
  return row;
}

static void
fill_topic_list (PassendTopicsView *self)
{
  GPtrArray *topics = passend_topic_library_get_topics (self->library);
  gboolean   glossary = FALSE;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->topic_list))) != NULL)
    gtk_list_box_remove (self->topic_list, child);

  for (guint i = 0; i < topics->len; i++)
    {
      PassendTopic    *topic = g_ptr_array_index (topics, i);
      g_autofree char *link = g_strdup_printf ("topic:%s", passend_topic_get_id (topic));

      glossary |= g_str_equal (link, GLOSSARY_PAGE);
      gtk_list_box_append (
          self->topic_list,
          topic_row_new (link, passend_topic_text_get_text (passend_topic_get_title (topic))));
    }

  if (!glossary && passend_topic_library_get_terms (self->library)->len > 0)
    gtk_list_box_append (self->topic_list, topic_row_new (GLOSSARY_PAGE, _ ("Glossary")));
  if (passend_topic_library_get_organisations (self->library)->len > 0)
    gtk_list_box_append (self->topic_list, topic_row_new (ORGANISATIONS_PAGE, _ ("Organisations")));
}

static void
topic_row_activated_cb (PassendTopicsView *self, GtkListBoxRow *row)
{
  passend_topics_view_show_link (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

/* Search */

static GtkWidget *
result_row_new (PassendTopicMatch *match)
{
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget       *title = gtk_label_new (match->title);
  GtkWidget       *where;
  GtkWidget       *snippet = gtk_label_new (match->snippet);
  g_autofree char *place = NULL;
  g_autofree char *accessible = NULL;

  switch (match->kind)
    {
    case PASSEND_TOPIC_MATCH_TERM:
      place = g_strdup (_ ("Glossary"));
      break;
    case PASSEND_TOPIC_MATCH_ORGANISATION:
      place = g_strdup (_ ("Organisations"));
      break;
    case PASSEND_TOPIC_MATCH_TOPIC:
    default:
      place = match->section ? g_strdup (match->section) : g_strdup (_ ("Topic"));
      break;
    }
  where = gtk_label_new (place);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  for (GtkWidget *label = title; label != NULL; label = label == title   ? where
                                                        : label == where ? snippet
                                                                         : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      /* The list keeps its width whatever it finds. */
      gtk_label_set_max_width_chars (GTK_LABEL (label), 10);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (where, "caption");
  gtk_widget_add_css_class (where, "accent");
  gtk_widget_add_css_class (snippet, "caption");
  gtk_widget_add_css_class (snippet, "dim-label");
  gtk_label_set_lines (GTK_LABEL (snippet), 3);
  gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, match->link);
  /* Screen readers hear where first, then the text found. */
  accessible = g_strdup_printf ("%s, %s: %s", match->title, place, match->snippet);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return row;
}

static void
search_changed_cb (PassendTopicsView *self)
{
  const char      *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (query));
  GtkWidget       *child;
  g_autofree char *count = NULL;

  g_clear_pointer (&self->results, g_ptr_array_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);

  if (stripped[0] == '\0' || self->library == NULL)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "topics");
      return;
    }

  self->results = passend_topic_library_search (self->library, stripped, MAX_RESULTS);
  for (guint i = 0; i < self->results->len; i++)
    gtk_list_box_append (self->results_list, result_row_new (g_ptr_array_index (self->results, i)));

  if (self->results->len == 0)
    count = g_strdup (_ ("Nothing found. Try another word, or part of a word."));
  else if (self->results->len >= MAX_RESULTS)
    count = g_strdup_printf (_ ("The first %u places found"), self->results->len);
  else
    count = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%u place found", "%u places found", self->results->len),
        self->results->len);
  gtk_label_set_label (self->results_label, count);
  gtk_stack_set_visible_child_name (self->list_stack, "results");
}

static void
search_activate_cb (PassendTopicsView *self)
{
  /* Enter opens the best result (without waiting for the delay). */
  search_changed_cb (self);
  if (self->results != NULL && self->results->len > 0)
    passend_topics_view_show_link (
        self, ((PassendTopicMatch *)g_ptr_array_index (self->results, 0))->link);
}

static void
stop_search_cb (PassendTopicsView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
}

/* Down in the search field goes to the results (or the topics). */
static gboolean
search_key_pressed_cb (PassendTopicsView     *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  GtkListBox    *list;
  GtkListBoxRow *row;

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  list = g_str_equal (gtk_stack_get_visible_child_name (self->list_stack), "results")
             ? self->results_list
             : self->topic_list;
  row = gtk_list_box_get_row_at_index (list, 0);
  if (row == NULL)
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (row));
  return TRUE;
}

static void
result_row_activated_cb (PassendTopicsView *self, GtkListBoxRow *row)
{
  passend_topics_view_show_link (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

/* Actions */

static void
history_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendTopicsView *self = PASSEND_TOPICS_VIEW (widget);
  gboolean           back = g_str_equal (action_name, "topics.back");
  GPtrArray         *from = back ? self->back : self->forward;
  GPtrArray         *to = back ? self->forward : self->back;
  g_autofree char   *link = NULL;

  if (from->len == 0)
    return;

  link = g_ptr_array_steal_index (from, from->len - 1);
  if (self->link != NULL)
    g_ptr_array_add (to, g_strdup (self->link));
  update_history_actions (self);
  display (self, link);
}

static void
find_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  passend_topics_view_focus_search (PASSEND_TOPICS_VIEW (widget));
}

/* GObject */

static void
passend_topics_view_dispose (GObject *object)
{
  PassendTopicsView *self = PASSEND_TOPICS_VIEW (object);

  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  g_clear_weak_pointer (&self->target);
  g_hash_table_remove_all (self->anchors);

  passend_widget_dispose_children (GTK_WIDGET (self));

  g_clear_object (&self->library);
  g_clear_pointer (&self->results, g_ptr_array_unref);

  G_OBJECT_CLASS (passend_topics_view_parent_class)->dispose (object);
}

static void
passend_topics_view_finalize (GObject *object)
{
  PassendTopicsView *self = PASSEND_TOPICS_VIEW (object);

  g_ptr_array_unref (self->back);
  g_ptr_array_unref (self->forward);
  g_hash_table_unref (self->anchors);
  g_free (self->link);
  g_free (self->page);
  g_free (self->scroll_anchor);

  G_OBJECT_CLASS (passend_topics_view_parent_class)->finalize (object);
}

static void
passend_topics_view_class_init (PassendTopicsViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_topics_view_dispose;
  object_class->finalize = passend_topics_view_finalize;

  g_type_ensure (PASSEND_TYPE_CLAMP);
  g_type_ensure (PASSEND_TYPE_STATUS_PAGE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-topics-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendTopicsView, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendTopicsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendTopicsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendTopicsView, topic_list);
  gtk_widget_class_bind_template_child (widget_class, PassendTopicsView, results_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTopicsView, back_button);
  gtk_widget_class_bind_template_child (widget_class, PassendTopicsView, results_list);
  gtk_widget_class_bind_template_child (widget_class, PassendTopicsView, reading_scroll);
  gtk_widget_class_bind_template_child (widget_class, PassendTopicsView, page_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, topic_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, result_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "topics.back", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "topics.forward", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "topics.find", NULL, find_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "topics.find",
                                       NULL);
}

static void
add_shortcut (GtkEventController *controller,
              guint               key,
              GdkModifierType     modifiers,
              const char         *action)
{
  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_keyval_trigger_new (key, modifiers), gtk_named_action_new (action)));
}

static void
passend_topics_view_init (PassendTopicsView *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkEventController *key;

  self->back = g_ptr_array_new_with_free_func (g_free);
  self->forward = g_ptr_array_new_with_free_func (g_free);
  self->anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  update_history_actions (self);
  g_signal_connect (self, "realize", G_CALLBACK (realize_cb), NULL);

  /* Back and forward work wherever the focus is while the page is
   * shown, also in the window's sidebar. */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_GLOBAL);
  add_shortcut (shortcuts, GDK_KEY_Left, GDK_ALT_MASK, "topics.back");
  add_shortcut (shortcuts, GDK_KEY_Right, GDK_ALT_MASK, "topics.forward");
  add_shortcut (shortcuts, GDK_KEY_Back, 0, "topics.back");
  add_shortcut (shortcuts, GDK_KEY_Forward, 0, "topics.forward");
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (search_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), key);
}

/* Public API */

/**
 * passend_topics_view_set_library:
 * @library: the content to show
 *
 * Shows the first topic.
 */
void
passend_topics_view_set_library (PassendTopicsView *self, PassendTopicLibrary *library)
{
  g_autofree char *first = NULL;
  GPtrArray       *topics;
  gboolean         empty;

  g_return_if_fail (PASSEND_IS_TOPICS_VIEW (self));
  g_return_if_fail (PASSEND_IS_TOPIC_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;

  g_ptr_array_set_size (self->back, 0);
  g_ptr_array_set_size (self->forward, 0);
  g_clear_pointer (&self->page, g_free);
  g_clear_pointer (&self->link, g_free);
  fill_topic_list (self);
  update_history_actions (self);

  topics = passend_topic_library_get_topics (library);
  empty = topics->len == 0 && passend_topic_library_get_terms (library)->len == 0 &&
          passend_topic_library_get_organisations (library)->len == 0;
  gtk_stack_set_visible_child_name (self->main_stack, empty ? "empty" : "content");

  if (topics->len > 0)
    first = g_strdup_printf ("topic:%s", passend_topic_get_id (g_ptr_array_index (topics, 0)));
  else if (passend_topic_library_get_terms (library)->len > 0)
    first = g_strdup (GLOSSARY_PAGE);
  else if (!empty)
    first = g_strdup (ORGANISATIONS_PAGE);

  /* A page of text is most of the work of a frame: the window's first
   * frame shows the list, and the page follows in the next. */
  if (first != NULL && !self->painted)
    {
      g_free (self->first_link);
      self->first_link = g_steal_pointer (&first);
    }
  else if (first != NULL)
    display (self, first);
}

static void
first_paint_cb (GdkFrameClock *clock, PassendTopicsView *self)
{
  g_autofree char *first = g_steal_pointer (&self->first_link);

  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, self);
  self->painted = TRUE;
  if (first != NULL)
    display (self, first);
}

static void
realize_cb (PassendTopicsView *self)
{
  if (!self->painted)
    g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                             G_CALLBACK (first_paint_cb), self, 0);
}

/**
 * passend_topics_view_show_link:
 * @link: "topic:ID", "topic:ID#SECTION", "term:ID", "org:ID",
 *   "topic:glossary" or "topic:organisations"
 *
 * Shows the page of @link, scrolled to its place, and remembers the
 * page shown before for Back.
 *
 * Returns: %TRUE if @link leads somewhere
 */
gboolean
passend_topics_view_show_link (PassendTopicsView *self, const char *link)
{
  g_return_val_if_fail (PASSEND_IS_TOPICS_VIEW (self), FALSE);
  g_return_val_if_fail (link != NULL, FALSE);

  if (g_strcmp0 (link, self->link) == 0)
    {
      scroll_to (self, g_str_equal (link, self->page) ? NULL : link);
      return TRUE;
    }

  if (!can_display (self, link))
    return FALSE;

  /* The history first, so that Back can take the focus. */
  if (self->link != NULL)
    g_ptr_array_add (self->back, g_strdup (self->link));
  g_ptr_array_set_size (self->forward, 0);
  update_history_actions (self);
  display (self, link);
  return TRUE;
}

/**
 * passend_topics_view_get_link:
 *
 * Returns: (nullable): the link shown last
 */
const char *
passend_topics_view_get_link (PassendTopicsView *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPICS_VIEW (self), NULL);
  return self->link;
}

void
passend_topics_view_focus_search (PassendTopicsView *self)
{
  g_return_if_fail (PASSEND_IS_TOPICS_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/**
 * passend_topics_view_get_n_results:
 *
 * Returns: how many results the search shows now
 */
guint
passend_topics_view_get_n_results (PassendTopicsView *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPICS_VIEW (self), 0);
  return self->results ? self->results->len : 0;
}
