/* passend-preparation-view-points.c - the points of a sheet: a worry and
 * an example each, in the order the parent gives them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows are made again from the sheet whenever points come, go or
 * move; the keyboard stays on the point it was on (Alt+Up, Alt+Down).
 */
#define G_LOG_DOMAIN "passend-preparation-view"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-preparation-view-private.h"

static char *
field_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
points_changed (PassendPreparationView *self)
{
  g_autoptr (GPtrArray) worries = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) examples = g_ptr_array_new_with_free_func (g_free);

  if (self->loading || self->sheet == NULL)
    return;

  for (guint i = 0; i < self->points->len; i++)
    {
      PointRow *row = &g_array_index (self->points, PointRow, i);

      g_ptr_array_add (worries, field_text (row->worry));
      g_ptr_array_add (examples, field_text (row->example));
    }
  g_ptr_array_add (worries, NULL);
  g_ptr_array_add (examples, NULL);

  passend_sheet_set_points (self->sheet, (const char *const *)worries->pdata,
                            (const char *const *)examples->pdata);
}

static guint
point_index (PassendPreparationView *self, GtkWidget *widget)
{
  for (guint i = 0; i < self->points->len; i++)
    {
      PointRow *row = &g_array_index (self->points, PointRow, i);

      if (widget == row->row || gtk_widget_is_ancestor (widget, row->row))
        return i;
    }

  return G_MAXUINT;
}

static gboolean
scroll_when_placed_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  PassendPreparationView *self = data;
  GtkAdjustment          *adjustment = gtk_scrolled_window_get_vadjustment (self->editor_scroller);
  double                  value = gtk_adjustment_get_value (adjustment);
  double                  page = gtk_adjustment_get_page_size (adjustment);
  graphene_rect_t         bounds;
  int                     minimum;

  /* Not laid out yet, or the scrolled window does not know the new
   * height yet: wait a frame. */
  /* The whole point, not only the field. */
  if (gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW) != NULL)
    widget = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, &minimum, NULL, NULL, NULL);
  if (!gtk_widget_compute_bounds (widget, self->editor_box, &bounds) ||
      bounds.size.height < minimum ||
      gtk_adjustment_get_upper (adjustment) < bounds.origin.y + bounds.size.height)
    return gtk_widget_get_mapped (widget) && ++self->scroll_frames < 30 ? G_SOURCE_CONTINUE
                                                                        : G_SOURCE_REMOVE;

  if (bounds.origin.y < value)
    gtk_adjustment_set_value (adjustment, bounds.origin.y - 12);
  else if (bounds.origin.y + bounds.size.height > value + page)
    gtk_adjustment_set_value (adjustment, bounds.origin.y + bounds.size.height - page + 12);
  return G_SOURCE_REMOVE;
}

/* Gives the focus to a widget of a row just made and scrolls to it once
 * it has its place: the viewport cannot scroll to it before. */
static void
focus_new_widget (PassendPreparationView *self, GtkWidget *widget)
{
  /* Into a field without selecting its text, so typing adds to it. */
  if (GTK_IS_ENTRY (widget))
    gtk_entry_grab_focus_without_selecting (GTK_ENTRY (widget));
  else
    gtk_widget_grab_focus (widget);
  self->scroll_frames = 0;
  gtk_widget_add_tick_callback (widget, scroll_when_placed_cb, self, NULL);
}

static void
move_point (PassendPreparationView *self, guint from, guint to, gboolean focus_button)
{
  PointRow *row;

  if (from >= self->points->len || to >= self->points->len || !writable (self))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  points_changed (self);
  passend_sheet_move_point (self->sheet, from, to);
  _passend_preparation_view_rebuild_points (self);

  /* Keep the keyboard where it was, on the point that moved. */
  row = &g_array_index (self->points, PointRow, to);
  if (!focus_button)
    focus_new_widget (self, GTK_WIDGET (row->worry));
  else if (to < from && gtk_widget_get_sensitive (row->up))
    focus_new_widget (self, row->up);
  else if (to > from && gtk_widget_get_sensitive (row->down))
    focus_new_widget (self, row->down);
  else
    focus_new_widget (self, GTK_WIDGET (row->worry));
}

static void
point_up_cb (GtkWidget *button, PassendPreparationView *self)
{
  guint i = point_index (self, button);

  if (i != G_MAXUINT && i > 0)
    move_point (self, i, i - 1, TRUE);
}

static void
point_down_cb (GtkWidget *button, PassendPreparationView *self)
{
  guint i = point_index (self, button);

  if (i != G_MAXUINT)
    move_point (self, i, i + 1, TRUE);
}

static void
point_remove_cb (GtkWidget *button, PassendPreparationView *self)
{
  guint i = point_index (self, button);
  guint n;

  if (i == G_MAXUINT)
    return;

  g_array_remove_index (self->points, i);
  points_changed (self);
  _passend_preparation_view_rebuild_points (self);

  n = self->points->len;
  if (n > 0)
    focus_new_widget (self,
                      GTK_WIDGET (g_array_index (self->points, PointRow, MIN (i, n - 1)).worry));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->add_point_button));
}

static gboolean
point_shortcut_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  PassendPreparationView *self = user_data;
  GtkWidget              *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  guint                   i = point_index (self, widget);
  int                     delta = g_variant_get_int32 (args);
  gboolean                in_example = FALSE;
  PointRow               *row;

  if (i == G_MAXUINT || (delta < 0 && i == 0) || i + delta >= self->points->len)
    {
      gtk_widget_error_bell (widget);
      return TRUE;
    }

  row = &g_array_index (self->points, PointRow, i);
  in_example = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (row->example));

  /* The field that had the focus keeps it, in the point's new place. */
  move_point (self, i, i + delta, FALSE);
  row = &g_array_index (self->points, PointRow, i + delta);
  focus_new_widget (self, GTK_WIDGET (in_example ? row->example : row->worry));
  return TRUE;
}

static GtkWidget *
icon_button (const char *icon, const char *name, const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_name (button, name);
  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return button;
}

static void
point_text_changed_cb (PassendPreparationView *self)
{
  points_changed (self);
}

/* A worry or an example: several lines if need be, as wide as the row,
 * with its hint above it (a text view has no placeholder). */
static GtkTextView *
point_field (PassendPreparationView *self,
             GtkWidget              *fields,
             const char             *name,
             const char             *hint,
             const char             *label,
             const char             *text)
{
  GtkWidget *hint_label = gtk_label_new (hint);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (hint_label), 0);
  gtk_label_set_wrap (GTK_LABEL (hint_label), TRUE);
  gtk_widget_add_css_class (hint_label, "dim-label");
  gtk_widget_add_css_class (hint_label, "caption");
  gtk_box_append (GTK_BOX (fields), hint_label);

  gtk_widget_set_name (view, name);
  gtk_widget_set_hexpand (view, TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text ? text : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint, -1);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                            G_CALLBACK (point_text_changed_cb), self);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (fields), frame);
  return GTK_TEXT_VIEW (view);
}

static PointRow
make_point_row (
    PassendPreparationView *self, guint i, guint n, const char *worry, const char *example)
{
  PointRow            row;
  GtkWidget          *box, *header, *fields, *number;
  GtkEventController *controller;
  g_autofree char    *number_text = g_strdup_printf ("%u.", i + 1);
  g_autofree char    *worry_name = g_strdup_printf ("point-worry-%u", i);
  g_autofree char    *example_name = g_strdup_printf ("point-example-%u", i);
  g_autofree char    *up_name = g_strdup_printf ("point-up-%u", i);
  g_autofree char    *down_name = g_strdup_printf ("point-down-%u", i);
  g_autofree char    *remove_name = g_strdup_printf ("point-remove-%u", i);
  /* Translators: accessible labels and tooltips of a point's buttons;
   * %u is the point's number. */
  g_autofree char *worry_label = g_strdup_printf (_ ("Worry %u"), i + 1);
  g_autofree char *example_label = g_strdup_printf (_ ("Example of worry %u"), i + 1);
  g_autofree char *up_label = g_strdup_printf (_ ("Move point %u up (Alt+Up)"), i + 1);
  g_autofree char *down_label = g_strdup_printf (_ ("Move point %u down (Alt+Down)"), i + 1);
  g_autofree char *remove_label = g_strdup_printf (_ ("Remove point %u"), i + 1);

  row.row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row.row), FALSE);
  gtk_widget_set_focusable (row.row, FALSE);

  /* The number and the buttons on a line of their own, so the fields
   * below get the whole width of the row. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_start (box, 9);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row.row), box);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), header);
  number = gtk_label_new (number_text);
  gtk_widget_set_hexpand (number, TRUE);
  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_widget_add_css_class (number, "heading");
  gtk_box_append (GTK_BOX (header), number);

  fields = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_hexpand (fields, TRUE);
  gtk_box_append (GTK_BOX (box), fields);

  row.worry = point_field (self, fields, worry_name, _ ("What worries you"), worry_label, worry);
  row.example = point_field (self, fields, example_name, _ ("An example: what happened, and when"),
                             example_label, example);

  row.up = icon_button ("go-up-symbolic", up_name, up_label);
  gtk_widget_set_sensitive (row.up, i > 0);
  g_signal_connect (row.up, "clicked", G_CALLBACK (point_up_cb), self);
  gtk_box_append (GTK_BOX (header), row.up);

  row.down = icon_button ("go-down-symbolic", down_name, down_label);
  gtk_widget_set_sensitive (row.down, i + 1 < n);
  g_signal_connect (row.down, "clicked", G_CALLBACK (point_down_cb), self);
  gtk_box_append (GTK_BOX (header), row.down);

  row.remove = icon_button ("user-trash-symbolic", remove_name, remove_label);
  g_signal_connect (row.remove, "clicked", G_CALLBACK (point_remove_cb), self);
  gtk_box_append (GTK_BOX (header), row.remove);

  /* Alt+Up and Alt+Down move the point from any of its fields. */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                                       gtk_callback_action_new (point_shortcut_cb, self, NULL), "i",
                                       -1));
  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                                       gtk_callback_action_new (point_shortcut_cb, self, NULL), "i",
                                       1));
  gtk_widget_add_controller (row.row, controller);

  return row;
}

/* Makes the rows again from the sheet's points. */
void
_passend_preparation_view_rebuild_points (PassendPreparationView *self)
{
  guint      n = self->sheet ? passend_sheet_get_n_points (self->sheet) : 0;
  gboolean   was_loading = self->loading;
  GtkWidget *child;

  self->loading = TRUE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->points_box))) != NULL)
    gtk_list_box_remove (self->points_box, child);
  g_array_set_size (self->points, 0);

  for (guint i = 0; i < n; i++)
    {
      PointRow row = make_point_row (self, i, n, passend_sheet_get_point_worry (self->sheet, i),
                                     passend_sheet_get_point_example (self->sheet, i));

      g_array_append_val (self->points, row);
      gtk_list_box_append (self->points_box, row.row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->points_box), n > 0);
  self->loading = was_loading;
}

void
_passend_preparation_view_add_point_cb (PassendPreparationView *self)
{
  g_autoptr (GPtrArray) worries = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) examples = g_ptr_array_new_with_free_func (g_free);
  guint n;

  if (self->sheet == NULL || !writable (self))
    return;

  points_changed (self);
  n = passend_sheet_get_n_points (self->sheet);
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (worries, g_strdup (passend_sheet_get_point_worry (self->sheet, i)));
      g_ptr_array_add (examples, g_strdup (passend_sheet_get_point_example (self->sheet, i)));
    }
  g_ptr_array_add (worries, g_strdup (""));
  g_ptr_array_add (examples, g_strdup (""));
  g_ptr_array_add (worries, NULL);
  g_ptr_array_add (examples, NULL);
  passend_sheet_set_points (self->sheet, (const char *const *)worries->pdata,
                            (const char *const *)examples->pdata);

  _passend_preparation_view_rebuild_points (self);
  focus_new_widget (self, GTK_WIDGET (g_array_index (self->points, PointRow, n).worry));
}
