/* passend-window-pages.c - the pages the window makes after its first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page the sidebar shows (Topics, mostly) is made when the content
 * is first shown, before the first frame if that shows it.  The others
 * are made one at a time in idle moments after the window's first frame
 * (the content page itself first if the frame did not show it, then
 * Topics, then the Dossier and Deadlines pages: they give the sidebar
 * its badges), or at once when a parent asks for one before that: the first
 * frame does not wait for their widgets, and a first start on the
 * welcome page makes none of them until it is on screen.
 */
#define G_LOG_DOMAIN "passend-window"

#include "config.h"

#include "passend-window-private.h"

static const char *const later_pages[] = { "topics",    "dossier", "deadlines",
                                           "assistant", "letters", "preparation" };

void
_passend_window_build_page (PassendWindow *self, const char *name)
{
  GtkWidget *view = NULL;
  GtkBox    *slot = NULL;

  /* The pages go into the content page. */
  _passend_window_ensure_content (self);
  if (self->content_box == NULL)
    return;

  if (g_str_equal (name, "topics") && self->topics_view == NULL)
    {
      self->topics_view = g_object_new (PASSEND_TYPE_TOPICS_VIEW, NULL);
      passend_topics_view_set_library (self->topics_view, passend_topic_library_get_default ());
      view = GTK_WIDGET (self->topics_view);
      slot = self->topics_slot;
    }
  else if (g_str_equal (name, "dossier") && self->dossier_view == NULL)
    {
      self->dossier_view = g_object_new (PASSEND_TYPE_DOSSIER_VIEW, NULL);
      /* The child first: the entries are then filtered once. */
      passend_dossier_view_set_child (self->dossier_view, self->child);
      passend_dossier_view_set_store (self->dossier_view, self->store);
      g_signal_connect_object (self->dossier_view, "notify::n-overdue",
                               G_CALLBACK (_passend_window_overdue_changed_cb), self,
                               G_CONNECT_SWAPPED);
      _passend_window_overdue_changed_cb (self);
      view = GTK_WIDGET (self->dossier_view);
      slot = self->dossier_slot;
    }
  else if (g_str_equal (name, "deadlines") && self->deadlines_view == NULL)
    {
      self->deadlines_view = g_object_new (PASSEND_TYPE_DEADLINES_VIEW, NULL);
      passend_deadlines_view_set_child (self->deadlines_view, self->child);
      passend_deadlines_view_set_store (self->deadlines_view, self->store);
      g_signal_connect_object (self->deadlines_view, "notify::n-due",
                               G_CALLBACK (_passend_window_deadlines_changed_cb), self,
                               G_CONNECT_SWAPPED);
      _passend_window_deadlines_changed_cb (self);
      view = GTK_WIDGET (self->deadlines_view);
      slot = self->deadlines_slot;
    }
  else if (g_str_equal (name, "assistant") && self->assistant_view == NULL)
    {
      self->assistant_view = g_object_new (PASSEND_TYPE_ASSISTANT_VIEW, NULL);
      passend_assistant_view_set_child (self->assistant_view, self->child);
      passend_assistant_view_set_store (self->assistant_view, self->store);
      view = GTK_WIDGET (self->assistant_view);
      slot = self->assistant_slot;
    }
  else if (g_str_equal (name, "letters") && self->letters_view == NULL)
    {
      self->letters_view = g_object_new (PASSEND_TYPE_LETTERS_VIEW, NULL);
      passend_letters_view_set_child (self->letters_view, self->child);
      passend_letters_view_set_store (self->letters_view, self->store);
      view = GTK_WIDGET (self->letters_view);
      slot = self->letters_slot;
    }
  else if (g_str_equal (name, "preparation") && self->preparation_view == NULL)
    {
      self->preparation_view = g_object_new (PASSEND_TYPE_PREPARATION_VIEW, NULL);
      passend_preparation_view_set_child (self->preparation_view, self->child);
      passend_preparation_view_set_store (self->preparation_view, self->store);
      view = GTK_WIDGET (self->preparation_view);
      slot = self->preparation_slot;
    }

  if (view == NULL)
    return;

  /* The name the tests and the window's CSS know the page by. */
  {
    g_autofree char *widget_name = g_strdup_printf ("%s-view", name);

    gtk_widget_set_name (view, widget_name);
  }
  gtk_widget_set_vexpand (view, TRUE);
  gtk_widget_set_hexpand (view, TRUE);
  gtk_box_append (slot, view);
}

static gboolean
build_next_cb (gpointer data)
{
  PassendWindow *self = data;

  /* After a first frame on the welcome page: the content first. */
  if (self->content_box == NULL)
    {
      _passend_window_ensure_content (self);
      if (self->content_box != NULL)
        return G_SOURCE_CONTINUE;
      self->pages_idle = 0;
      return G_SOURCE_REMOVE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (later_pages); i++)
    if (!_passend_window_page_is_built (self, later_pages[i]))
      {
        _passend_window_build_page (self, later_pages[i]);
        return G_SOURCE_CONTINUE;
      }

  self->pages_idle = 0;
  return G_SOURCE_REMOVE;
}

static void
first_paint_cb (GdkFrameClock *clock, PassendWindow *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, self);
  if (self->pages_idle == 0)
    self->pages_idle = g_idle_add_full (G_PRIORITY_LOW, build_next_cb, self, NULL);
}

static void
realize_cb (PassendWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (first_paint_cb), self, 0);
}

/**
 * _passend_window_page_is_built:
 * @name: a page's name
 *
 * Returns: %TRUE if the page's view was made
 */
gboolean
_passend_window_page_is_built (PassendWindow *self, const char *name)
{
  if (g_str_equal (name, "topics"))
    return self->topics_view != NULL;
  if (g_str_equal (name, "dossier"))
    return self->dossier_view != NULL;
  if (g_str_equal (name, "deadlines"))
    return self->deadlines_view != NULL;
  if (g_str_equal (name, "assistant"))
    return self->assistant_view != NULL;
  if (g_str_equal (name, "letters"))
    return self->letters_view != NULL;
  if (g_str_equal (name, "preparation"))
    return self->preparation_view != NULL;
  return TRUE;
}

void
_passend_window_pages_constructed (PassendWindow *self)
{
  g_signal_connect (self, "realize", G_CALLBACK (realize_cb), NULL);
}

void
_passend_window_pages_dispose (PassendWindow *self)
{
  g_clear_handle_id (&self->pages_idle, g_source_remove);
}
