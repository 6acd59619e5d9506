/* passend-preparation-view.c - prepare a talk with school, print it,
 * and write down what came of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Left: the planned talks of the selected child (the dossier's sheets,
 * filtered).  Right: the chosen sheet.  Every field is written into the
 * sheet as the parent types; the store saves by itself.  The sheet is
 * printed or saved as a PDF through PassendSheetPrinter, and "Record
 * the Outcome" turns it into a dossier entry (PassendOutcomeDialog).
 */
#define G_LOG_DOMAIN "passend-preparation-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-clock.h"
#include "passend-date.h"
#include "passend-date-entry.h"
#include "passend-entry-dialog.h"
#include "passend-outcome.h"
#include "passend-outcome-dialog.h"
#include "passend-preparation-view.h"
#include "passend-sheet-printer.h"
#include "passend-status-page.h"
#include "passend-steps.h"
#include "passend-ui-util.h"

/* A text field of the sheet and the widget that edits it. */
typedef struct
{
  PassendPreparationView *self;
  GtkWidget              *widget; /* GtkTextView or GtkEntry */
  const char             *property;
} TextField;

enum
{
  FIELD_PLACE,
  FIELD_WITH_WHOM,
  FIELD_SCHOOL_GOAL,
  FIELD_MY_GOAL,
  FIELD_GOING_WELL,
  FIELD_QUESTIONS,
  FIELD_WISHES,
  FIELD_COMPANIONS,
  FIELD_DOCUMENTS,
  N_FIELDS
};

/* The widgets of one point. */
typedef struct
{
  GtkWidget *row;
  GtkEntry  *worry;
  GtkEntry  *example;
  GtkWidget *up;
  GtkWidget *down;
  GtkWidget *remove;
} PointRow;

struct _PassendPreparationView
{
  GtkWidget parent_instance;

  PassendStore   *store;
  PassendDossier *dossier;
  PassendChild   *child;
  PassendSheet   *sheet;

  GtkFilter           *filter;
  GtkFilterListModel  *sheets;
  GtkSorter           *sorter;
  GtkSingleSelection  *selection;
  GtkPrintSettings    *print_settings;
  GtkPageSetup        *page_setup;
  PassendSheetPrinter *printing;
  GtkNativeDialog     *chooser;
  PassendSheet        *chooser_sheet;
  guint                refresh_idle;
  guint                scroll_frames;
  gboolean             loading;
  TextField            fields[N_FIELDS];
  GArray              *points; /* of PointRow */

  /* Template widgets */
  GtkListView       *talks_view;
  GtkButton         *new_button;
  GtkStack          *editor_stack;
  PassendStatusPage *empty_page;
  GtkScrolledWindow *editor_scroller;
  GtkWidget         *editor_box;
  GtkBox            *recorded_box;
  GtkButton         *open_entry_button;
  GtkLabel          *recorded_label;
  GtkLabel          *context_label;
  GtkLabel          *date_label;
  PassendDateEntry  *date_entry;
  GtkEntry          *time_entry;
  GtkEntry          *place_entry;
  GtkTextView       *with_whom_view;
  GtkTextView       *school_goal_view;
  GtkTextView       *my_goal_view;
  GtkListBox        *points_box;
  GtkButton         *add_point_button;
  GtkTextView       *going_well_view;
  GtkTextView       *questions_view;
  GtkTextView       *wishes_view;
  GtkEntry          *companions_entry;
  GtkTextView       *documents_view;
};

G_DEFINE_FINAL_TYPE (PassendPreparationView, passend_preparation_view, GTK_TYPE_WIDGET)

static void show_sheet (PassendPreparationView *self, PassendSheet *sheet);

/* Helpers */

static gboolean
writable (PassendPreparationView *self)
{
  return self->store != NULL && self->dossier != NULL && passend_store_get_writable (self->store);
}

static GtkWindow *
parent_window (PassendPreparationView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_problem (PassendPreparationView *self, const char *primary, const char *secondary)
{
  passend_show_warning (parent_window (self), primary, secondary);
}

static char *
first_line (const char *text)
{
  g_auto (GStrv) lines = NULL;

  if (text == NULL)
    return NULL;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        return g_strdup (lines[i]);
    }
  return NULL;
}

static char *
widget_text (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter    start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

static void
set_widget_text (GtkWidget *widget, const char *text)
{
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text ? text : "",
                              -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text ? text : "");
}

/* What the editor shows */

static void
update_actions (PassendPreparationView *self)
{
  gboolean can_edit = writable (self);
  gboolean recorded =
      self->sheet != NULL && self->dossier != NULL &&
      passend_dossier_find_entry (self->dossier, passend_sheet_get_entry_id (self->sheet)) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preparation.new",
                                 can_edit && self->child != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preparation.delete",
                                 can_edit && self->sheet != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preparation.print", self->sheet != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preparation.save-pdf", self->sheet != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preparation.record",
                                 can_edit && self->sheet != NULL && !recorded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preparation.open-entry", can_edit && recorded);
  gtk_widget_set_sensitive (self->editor_box, can_edit);
}

static void
update_context (PassendPreparationView *self)
{
  g_autofree char *today = passend_clock_get_today ();
  g_autoptr (GString) markup = g_string_new (NULL);
  PassendSheetContext context;
  g_autofree char    *step = NULL;
  g_autofree char    *line = NULL;

  if (self->sheet == NULL || self->dossier == NULL)
    return;

  passend_sheet_context_init (&context, self->dossier, passend_sheet_get_child_id (self->sheet),
                              today);

  step =
      g_strdup_printf (_ ("Step %d of 6: %s"), context.step, passend_step_get_title (context.step));
  line = g_markup_printf_escaped ("<b>%s:</b> <a href=\"step:%d\">%s</a>\n", _ ("Where we are"),
                                  context.step, step);
  g_string_append (markup, line);
  g_clear_pointer (&line, g_free);

  if (context.last_conversation != NULL)
    {
      g_autofree char *date =
          passend_format_date (passend_entry_get_date (context.last_conversation));
      g_autofree char *last = g_strdup_printf (_ ("%s, “%s”"), date,
                                               passend_entry_get_title (context.last_conversation));

      line = g_markup_printf_escaped ("<b>%s:</b> %s", _ ("Last talk"), last);
    }
  else
    line = g_markup_printf_escaped ("<b>%s:</b> %s", _ ("Last talk"), _ ("none written down yet"));
  g_string_append (markup, line);
  g_clear_pointer (&line, g_free);

  line = g_markup_printf_escaped ("\n<b>%s:</b>%s%s", _ ("Open agreements"),
                                  context.open_agreements->len == 0 ? " " : "",
                                  context.open_agreements->len == 0 ? _ ("none") : "");
  g_string_append (markup, line);
  g_clear_pointer (&line, g_free);

  for (guint i = 0; i < context.open_agreements->len; i++)
    {
      PassendAgreement *agreement = g_ptr_array_index (context.open_agreements, i);
      const char       *due = passend_agreement_get_due_date (agreement);
      const char       *name = passend_agreement_get_who_name (agreement);
      const char       *party = passend_party_label (passend_agreement_get_party (agreement));
      g_autofree char  *who = name ? g_strdup_printf ("%s (%s)", party, name) : g_strdup (party);
      g_autofree char  *date = due ? passend_format_date (due) : NULL;
      g_autofree char  *item = NULL;

      if (due == NULL)
        /* Translators: an open agreement on the Preparation page: what, who. */
        item = g_markup_printf_escaped (_ ("%s — %s"), passend_agreement_get_what (agreement), who);
      else if (passend_agreement_is_overdue (agreement, today))
        /* Translators: an overdue agreement on the Preparation page: what,
         * who, and the date it was due. */
        item = g_markup_printf_escaped (_ ("%s — %s — was due %s, <b>overdue</b>"),
                                        passend_agreement_get_what (agreement), who, date);
      else
        /* Translators: an open agreement on the Preparation page: what,
         * who, and the date it is due. */
        item = g_markup_printf_escaped (_ ("%s — %s — by %s"),
                                        passend_agreement_get_what (agreement), who, date);
      g_string_append_printf (markup, "\n• %s", item);
    }

  gtk_label_set_markup (self->context_label, markup->str);
  passend_sheet_context_clear (&context);
}

static void
update_recorded (PassendPreparationView *self)
{
  PassendEntry *entry = NULL;

  if (self->sheet != NULL && self->dossier != NULL)
    entry = passend_dossier_find_entry (self->dossier, passend_sheet_get_entry_id (self->sheet));

  if (entry != NULL)
    {
      g_autofree char *date = passend_format_date (passend_entry_get_date (entry));
      g_autofree char *text = NULL;

      /* Translators: on a sheet whose talk was written down; %s are the
       * date and the title of the dossier entry. */
      text = g_strdup_printf (_ ("This talk is written down in your dossier: %s, “%s”."), date,
                              passend_entry_get_title (entry));
      gtk_label_set_text (self->recorded_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recorded_box), entry != NULL);
}

static void
update_empty_page (PassendPreparationView *self)
{
  const char *description;

  if (self->child == NULL)
    description = writable (self) ? _ ("Add a child first, with the button at the top left.")
                                  : _ ("There is no child in this dossier yet.");
  else if (writable (self))
    description = _ ("Before a talk with school, write down what you want to discuss: "
                     "your worries with examples, what goes well, and your questions. "
                     "Print the sheet and take it along. Press <b>New Talk</b> to start.");
  else
    description = _ ("No talk is being prepared for this child.");

  passend_status_page_set_description (self->empty_page, description);
}

/* Points */

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

      g_ptr_array_add (worries, g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->worry))));
      g_ptr_array_add (examples, g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->example))));
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

static void rebuild_points (PassendPreparationView *self);

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
  rebuild_points (self);

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
  rebuild_points (self);

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

static PointRow
make_point_row (
    PassendPreparationView *self, guint i, guint n, const char *worry, const char *example)
{
  PointRow            row;
  GtkWidget          *box, *fields, *number;
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

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (box, 9);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row.row), box);

  number = gtk_label_new (number_text);
  gtk_widget_set_valign (number, GTK_ALIGN_START);
  gtk_widget_set_margin_top (number, 8);
  gtk_widget_add_css_class (number, "heading");
  gtk_box_append (GTK_BOX (box), number);

  fields = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_hexpand (fields, TRUE);
  gtk_box_append (GTK_BOX (box), fields);

  row.worry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (row.worry), worry_name);
  gtk_entry_set_placeholder_text (row.worry, _ ("What worries you"));
  gtk_editable_set_text (GTK_EDITABLE (row.worry), worry ? worry : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row.worry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  worry_label, -1);
  g_signal_connect_swapped (row.worry, "changed", G_CALLBACK (point_text_changed_cb), self);
  gtk_box_append (GTK_BOX (fields), GTK_WIDGET (row.worry));

  row.example = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (row.example), example_name);
  gtk_entry_set_placeholder_text (row.example, _ ("An example: what happened, and when"));
  gtk_editable_set_text (GTK_EDITABLE (row.example), example ? example : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row.example), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  example_label, -1);
  g_signal_connect_swapped (row.example, "changed", G_CALLBACK (point_text_changed_cb), self);
  gtk_box_append (GTK_BOX (fields), GTK_WIDGET (row.example));

  row.up = icon_button ("go-up-symbolic", up_name, up_label);
  gtk_widget_set_sensitive (row.up, i > 0);
  g_signal_connect (row.up, "clicked", G_CALLBACK (point_up_cb), self);
  gtk_box_append (GTK_BOX (box), row.up);

  row.down = icon_button ("go-down-symbolic", down_name, down_label);
  gtk_widget_set_sensitive (row.down, i + 1 < n);
  g_signal_connect (row.down, "clicked", G_CALLBACK (point_down_cb), self);
  gtk_box_append (GTK_BOX (box), row.down);

  row.remove = icon_button ("user-trash-symbolic", remove_name, remove_label);
  g_signal_connect (row.remove, "clicked", G_CALLBACK (point_remove_cb), self);
  gtk_box_append (GTK_BOX (box), row.remove);

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
static void
rebuild_points (PassendPreparationView *self)
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

static void
add_point_cb (PassendPreparationView *self)
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

  rebuild_points (self);
  focus_new_widget (self, GTK_WIDGET (g_array_index (self->points, PointRow, n).worry));
}

/* Editing */

static void
field_changed_cb (TextField *field)
{
  PassendPreparationView *self = field->self;
  g_autofree char        *text = NULL;

  if (self->loading || self->sheet == NULL)
    return;

  text = widget_text (field->widget);
  g_object_set (self->sheet, field->property, text[0] != '\0' ? text : NULL, NULL);
}

static void
date_changed_cb (PassendPreparationView *self)
{
  g_autofree char *date = NULL;

  if (self->loading || self->sheet == NULL)
    return;

  date = passend_date_entry_get_date (self->date_entry);
  /* A date still being typed changes nothing yet. */
  if (date != NULL || passend_date_entry_is_empty (self->date_entry))
    {
      g_object_set (self->sheet, "date", date, NULL);
      /* The selection follows the sheet to its new place. */
      gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
    }
}

static void
time_changed_cb (PassendPreparationView *self)
{
  const char      *text = gtk_editable_get_text (GTK_EDITABLE (self->time_entry));
  g_autofree char *time = passend_time_parse_input (text);
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gboolean         bad = time == NULL && stripped[0] != '\0';

  if (bad)
    gtk_widget_add_css_class (GTK_WIDGET (self->time_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->time_entry), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->time_entry), GTK_ACCESSIBLE_STATE_INVALID,
                               bad ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);

  if (self->loading || self->sheet == NULL || bad)
    return;

  g_object_set (self->sheet, "time", time, NULL);
  gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

static void
show_sheet (PassendPreparationView *self, PassendSheet *sheet)
{
  if (self->sheet != sheet)
    {
      if (self->sheet != NULL)
        g_signal_handlers_disconnect_by_data (self->sheet, self);
      g_set_object (&self->sheet, sheet);
    }

  gtk_stack_set_visible_child_name (self->editor_stack, sheet ? "editor" : "empty");
  update_empty_page (self);

  if (sheet != NULL)
    {
      self->loading = TRUE;
      passend_date_entry_set_date (self->date_entry, passend_sheet_get_date (sheet));
      gtk_editable_set_text (GTK_EDITABLE (self->time_entry),
                             passend_sheet_get_time (sheet) ? passend_sheet_get_time (sheet) : "");
      for (guint i = 0; i < N_FIELDS; i++)
        {
          g_autofree char *value = NULL;

          g_object_get (sheet, self->fields[i].property, &value, NULL);
          set_widget_text (self->fields[i].widget, value);
        }
      self->loading = FALSE;
      rebuild_points (self);
      update_context (self);
      update_recorded (self);
    }

  update_actions (self);
}

/* The list of talks */

static gboolean
match_sheet (gpointer item, gpointer user_data)
{
  PassendPreparationView *self = user_data;

  return self->child != NULL &&
         g_strcmp0 (passend_sheet_get_child_id (item),
                    passend_record_get_id (PASSEND_RECORD (self->child))) == 0;
}

/* In the order of the talks: by date, those without one last. */
static int
compare_sheets (gconstpointer a, gconstpointer b, gpointer user_data)
{
  PassendSheet *sa = (PassendSheet *)a;
  PassendSheet *sb = (PassendSheet *)b;
  const char   *date_a = passend_sheet_get_date (sa);
  const char   *date_b = passend_sheet_get_date (sb);
  int           result;

  if ((date_a == NULL) != (date_b == NULL))
    return date_a == NULL ? 1 : -1;
  result = g_strcmp0 (date_a, date_b);
  if (result == 0)
    result = g_strcmp0 (passend_sheet_get_time (sa), passend_sheet_get_time (sb));
  if (result == 0)
    result = g_strcmp0 (passend_record_get_created (PASSEND_RECORD (sa)),
                        passend_record_get_created (PASSEND_RECORD (sb)));
  return result;
}

static void
update_talk_row (GtkListItem *item)
{
  PassendSheet    *sheet = gtk_list_item_get_item (item);
  GtkWidget       *box = gtk_list_item_get_child (item);
  GtkLabel        *title = GTK_LABEL (gtk_widget_get_first_child (box));
  GtkLabel        *subtitle = GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (title)));
  g_autofree char *date = NULL;
  g_autofree char *who = NULL;
  g_autofree char *accessible = NULL;

  if (sheet == NULL)
    return;

  date = passend_sheet_get_date (sheet) ? passend_format_date (passend_sheet_get_date (sheet))
                                        : g_strdup (_ ("No date yet"));
  if (passend_sheet_get_entry_id (sheet) != NULL)
    who = g_strdup (_ ("Written down in the dossier"));
  else
    who = first_line (passend_sheet_get_with_whom (sheet));
  if (who == NULL)
    who = first_line (passend_sheet_get_place (sheet));

  gtk_label_set_text (title, date);
  gtk_label_set_text (subtitle, who ? who : "");
  gtk_widget_set_visible (GTK_WIDGET (subtitle), who != NULL);

  accessible = who ? g_strdup_printf ("%s, %s", date, who) : g_strdup (date);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
setup_talk_cb (GtkListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
bind_talk_cb (GtkListItemFactory *factory, GtkListItem *item)
{
  g_signal_connect_object (gtk_list_item_get_item (item), "notify", G_CALLBACK (update_talk_row),
                           item, G_CONNECT_SWAPPED);
  update_talk_row (item);
}

static void
unbind_talk_cb (GtkListItemFactory *factory, GtkListItem *item)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), update_talk_row, item);
}

static void
selected_changed_cb (PassendPreparationView *self)
{
  show_sheet (self, gtk_single_selection_get_selected_item (self->selection));
}

static void
select_sheet (PassendPreparationView *self, PassendSheet *sheet)
{
  GListModel *shown = gtk_single_selection_get_model (self->selection);
  guint       n = g_list_model_get_n_items (shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendSheet) item = g_list_model_get_item (shown, i);

      if (item == sheet)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

/* Dossier */

static gboolean
refresh_idle_cb (gpointer data)
{
  PassendPreparationView *self = data;

  self->refresh_idle = 0;
  update_context (self);
  update_recorded (self);
  update_actions (self);
  return G_SOURCE_REMOVE;
}

/* The changes of the dossier that the page's context shows. */
static const char *const context_changes[] = {
  "changed::structure",           "changed::PassendEntry", "changed::PassendAgreement",
  "changed::PassendProcessState", "changed::PassendChild",
};

static void
dossier_changed_cb (PassendPreparationView *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

static void
unbind_dossier (PassendPreparationView *self)
{
  if (self->dossier != NULL)
    g_signal_handlers_disconnect_by_data (self->dossier, self);
  g_clear_object (&self->dossier);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->sheets != NULL)
    gtk_filter_list_model_set_model (self->sheets, NULL);
}

static void
bind_dossier (PassendPreparationView *self)
{
  PassendDossier *dossier = self->store ? passend_store_get_dossier (self->store) : NULL;

  unbind_dossier (self);
  show_sheet (self, NULL);

  if (dossier != NULL)
    {
      self->dossier = g_object_ref (dossier);
      /* What the page shows beside the sheet; the sheet's own fields
       * change as the parent types and need no refresh. */
      for (guint i = 0; i < G_N_ELEMENTS (context_changes); i++)
        g_signal_connect_object (dossier, context_changes[i], G_CALLBACK (dossier_changed_cb), self,
                                 G_CONNECT_SWAPPED);
      gtk_filter_list_model_set_model (self->sheets, passend_dossier_get_sheets (dossier));
    }

  selected_changed_cb (self);
}

static void
store_state_changed_cb (PassendPreparationView *self)
{
  update_actions (self);
  update_empty_page (self);
}

/* Printing */

static void
save_now (PassendPreparationView *self)
{
  /* The sheet is in the dossier already; put it on disk too before a
   * printer can fail.  A failure shows in the window's banner. */
  if (writable (self))
    passend_store_flush (self->store, NULL);
}

static void
print_done_cb (PassendPreparationView *self,
               GtkPrintOperationResult result,
               GtkPrintOperation      *operation)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr (GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_problem (self, _ ("The sheet could not be printed"),
                    error ? error->message : _ ("The printer gave no reason."));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&self->page_setup, gtk_print_operation_get_default_page_setup (operation));
    }

  /* Not inside its own signal: let go of it afterwards. */
  if (self->printing == PASSEND_SHEET_PRINTER (operation))
    g_idle_add_once ((GSourceOnceFunc)g_object_unref, g_steal_pointer (&self->printing));
}

/* A date or time the parent typed but that cannot be read is not in the
 * sheet: say so rather than print something else than the field shows. */
static gboolean
check_typed_date_time (PassendPreparationView *self)
{
  g_autofree char *date = passend_date_entry_get_date (self->date_entry);
  g_autofree char *time =
      passend_time_parse_input (gtk_editable_get_text (GTK_EDITABLE (self->time_entry)));
  g_autofree char *time_text =
      g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->time_entry))));

  if ((date != NULL || passend_date_entry_is_empty (self->date_entry)) &&
      (time != NULL || time_text[0] == '\0'))
    return TRUE;

  show_problem (self, _ ("The date or time cannot be read"),
                _ ("Write the date as day-month-year, for example 1-12-2026, and the time "
                   "as hours:minutes, for example 14:30. Or leave them empty. Then try again."));
  return FALSE;
}

static void
print_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendPreparationView *self = PASSEND_PREPARATION_VIEW (widget);
  GtkPrintOperation      *operation;
  GtkPrintOperationResult result;
  g_autoptr (GError) error = NULL;

  if (self->sheet == NULL || self->printing != NULL || !check_typed_date_time (self))
    return;

  save_now (self);

  self->printing = passend_sheet_printer_new (self->dossier, self->sheet);
  operation = GTK_PRINT_OPERATION (self->printing);
  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, self->print_settings);
  if (self->page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, self->page_setup);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, G_CONNECT_SWAPPED);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent_window (self), &error);
  /* Without a dialog that stays open, "done" came already. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && self->printing != NULL)
    {
      show_problem (self, _ ("The sheet could not be printed"),
                    error ? error->message : _ ("The printer gave no reason."));
      g_clear_object (&self->printing);
    }
}

static void
chooser_response_cb (PassendPreparationView *self, int response, GtkNativeDialog *chooser)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr (PassendSheet) sheet = g_steal_pointer (&self->chooser_sheet);

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL || sheet == NULL || self->dossier == NULL)
    return;

  path = g_file_get_path (file);
  if (path != NULL)
    {
      g_autoptr (PassendSheetPrinter) printer = passend_sheet_printer_new (self->dossier, sheet);
      g_autoptr (GError) error = NULL;

      if (!passend_sheet_printer_export (printer, path, self->page_setup, &error))
        show_problem (self, _ ("The PDF could not be saved"), error->message);
    }
  else
    show_problem (self, _ ("The PDF could not be saved"), _ ("Choose a folder on this computer."));
}

static void
save_pdf_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendPreparationView *self = PASSEND_PREPARATION_VIEW (widget);
  GtkFileChooserNative   *chooser;
  g_autoptr (GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;

  if (self->sheet == NULL || self->chooser != NULL || !check_typed_date_time (self))
    return;

  save_now (self);

  chooser = gtk_file_chooser_native_new (_ ("Save the Sheet as PDF"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Save"), _ ("_Cancel"));
  name = passend_sheet_printer_suggest_name (self->dossier, self->sheet);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _ ("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  self->chooser = GTK_NATIVE_DIALOG (chooser);
  self->chooser_sheet = g_object_ref (self->sheet);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->chooser);
}

/* Talks */

static void
new_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendPreparationView *self = PASSEND_PREPARATION_VIEW (widget);
  g_autoptr (PassendSheet) sheet = NULL;

  if (!writable (self) || self->child == NULL)
    return;

  sheet = passend_sheet_new (passend_record_get_id (PASSEND_RECORD (self->child)));
  passend_dossier_add_sheet (self->dossier, sheet);
  select_sheet (self, sheet);
  gtk_widget_grab_focus (GTK_WIDGET (passend_date_entry_get_entry (self->date_entry)));
}

static void
delete_response_cb (PassendPreparationView *self, int response, GtkDialog *dialog)
{
  PassendSheet *sheet = g_object_get_data (G_OBJECT (dialog), "passend-sheet");

  if (response == GTK_RESPONSE_ACCEPT && sheet != NULL && writable (self))
    passend_dossier_remove_sheet (self->dossier, sheet);

  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The Delete button may have gone insensitive with the last talk:
   * the keyboard goes to the list, or to New Talk when it is empty. */
  if (response == GTK_RESPONSE_ACCEPT)
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->sheets)) > 0)
        gtk_widget_grab_focus (GTK_WIDGET (self->talks_view));
      else
        gtk_widget_grab_focus (GTK_WIDGET (self->new_button));
    }
}

static void
delete_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendPreparationView *self = PASSEND_PREPARATION_VIEW (widget);
  GtkWidget              *dialog;
  GtkWidget              *button;
  gboolean                recorded;

  if (self->sheet == NULL || !writable (self))
    return;

  recorded =
      passend_dossier_find_entry (self->dossier, passend_sheet_get_entry_id (self->sheet)) != NULL;
  dialog = gtk_message_dialog_new (
      parent_window (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT, GTK_MESSAGE_QUESTION,
      GTK_BUTTONS_NONE, "%s", _ ("Delete this preparation?"));
  gtk_message_dialog_format_secondary_text (
      GTK_MESSAGE_DIALOG (dialog), "%s",
      recorded ? _ ("The sheet is deleted. The entry in your dossier that you wrote from it stays.")
               : _ ("Everything you wrote on this sheet is deleted. The backups from before this "
                    "moment still hold it."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Delete"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_object_set_data_full (G_OBJECT (dialog), "passend-sheet", g_object_ref (self->sheet),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
recorded_cb (PassendPreparationView *self, PassendEntry *entry)
{
  update_recorded (self);
  update_context (self);
  update_actions (self);
  /* Record the Outcome is insensitive now; the way on is the entry. */
  gtk_widget_grab_focus (GTK_WIDGET (self->open_entry_button));
}

static void
record_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendPreparationView *self = PASSEND_PREPARATION_VIEW (widget);
  PassendOutcomeDialog   *dialog;

  if (self->sheet == NULL || !writable (self))
    return;

  dialog = passend_outcome_dialog_new (parent_window (self), self->store, self->sheet);
  g_signal_connect_object (dialog, "recorded", G_CALLBACK (recorded_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_entry_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendPreparationView *self = PASSEND_PREPARATION_VIEW (widget);
  PassendEntry           *entry;
  PassendEntryDialog     *dialog;

  if (self->sheet == NULL || !writable (self))
    return;

  entry = passend_dossier_find_entry (self->dossier, passend_sheet_get_entry_id (self->sheet));
  if (entry == NULL)
    return;

  dialog = passend_entry_dialog_new (parent_window (self), self->store, entry, self->child);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
context_link_cb (PassendPreparationView *self, const char *uri)
{
  return passend_follow_app_link (GTK_WIDGET (self), uri);
}

/* GObject */

static void
passend_preparation_view_dispose (GObject *object)
{
  PassendPreparationView *self = PASSEND_PREPARATION_VIEW (object);

  unbind_dossier (self);
  if (self->sheet != NULL)
    g_signal_handlers_disconnect_by_data (self->sheet, self);
  g_clear_object (&self->sheet);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->child);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->chooser_sheet);
  if (self->printing != NULL)
    g_signal_handlers_disconnect_by_data (self->printing, self);
  g_clear_object (&self->printing);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->page_setup);

  passend_widget_dispose_children (GTK_WIDGET (self));

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->sheets);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_pointer (&self->points, g_array_unref);

  G_OBJECT_CLASS (passend_preparation_view_parent_class)->dispose (object);
}

static void
passend_preparation_view_class_init (PassendPreparationViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_preparation_view_dispose;

  g_type_ensure (PASSEND_TYPE_DATE_ENTRY);
  g_type_ensure (PASSEND_TYPE_STATUS_PAGE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-preparation-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, talks_view);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, editor_scroller);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, editor_box);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, recorded_box);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, new_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, open_entry_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, recorded_label);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, context_label);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, date_label);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, date_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, time_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, place_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, with_whom_view);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, school_goal_view);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, my_goal_view);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, points_box);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, add_point_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, going_well_view);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, questions_view);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, wishes_view);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, companions_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, documents_view);
  gtk_widget_class_bind_template_callback (widget_class, add_point_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, context_link_cb);

  gtk_widget_class_install_action (widget_class, "preparation.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "preparation.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "preparation.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preparation.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "preparation.record", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "preparation.open-entry", NULL, open_entry_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "preparation.print", NULL);
}

static void
passend_preparation_view_init (PassendPreparationView *self)
{
  struct
  {
    GtkWidget  *widget;
    const char *property;
  } fields[N_FIELDS];
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_mnemonic_widget (self->date_label,
                                 GTK_WIDGET (passend_date_entry_get_entry (self->date_entry)));

  self->points = g_array_new (FALSE, FALSE, sizeof (PointRow));

  fields[FIELD_PLACE].widget = GTK_WIDGET (self->place_entry);
  fields[FIELD_PLACE].property = "place";
  fields[FIELD_WITH_WHOM].widget = GTK_WIDGET (self->with_whom_view);
  fields[FIELD_WITH_WHOM].property = "with-whom";
  fields[FIELD_SCHOOL_GOAL].widget = GTK_WIDGET (self->school_goal_view);
  fields[FIELD_SCHOOL_GOAL].property = "school-goal";
  fields[FIELD_MY_GOAL].widget = GTK_WIDGET (self->my_goal_view);
  fields[FIELD_MY_GOAL].property = "my-goal";
  fields[FIELD_GOING_WELL].widget = GTK_WIDGET (self->going_well_view);
  fields[FIELD_GOING_WELL].property = "going-well";
  fields[FIELD_QUESTIONS].widget = GTK_WIDGET (self->questions_view);
  fields[FIELD_QUESTIONS].property = "questions";
  fields[FIELD_WISHES].widget = GTK_WIDGET (self->wishes_view);
  fields[FIELD_WISHES].property = "wishes";
  fields[FIELD_COMPANIONS].widget = GTK_WIDGET (self->companions_entry);
  fields[FIELD_COMPANIONS].property = "companions";
  fields[FIELD_DOCUMENTS].widget = GTK_WIDGET (self->documents_view);
  fields[FIELD_DOCUMENTS].property = "documents";

  for (guint i = 0; i < N_FIELDS; i++)
    {
      TextField *field = &self->fields[i];
      gpointer   source;

      field->self = self;
      field->widget = fields[i].widget;
      field->property = fields[i].property;
      source = GTK_IS_TEXT_VIEW (field->widget)
                   ? (gpointer)gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget))
                   : (gpointer)field->widget;
      g_signal_connect_swapped (source, "changed", G_CALLBACK (field_changed_cb), field);
    }

  self->filter = GTK_FILTER (gtk_custom_filter_new (match_sheet, self, NULL));
  self->sheets = gtk_filter_list_model_new (NULL, g_object_ref (self->filter));
  self->sorter = GTK_SORTER (gtk_custom_sorter_new (compare_sheets, NULL, NULL));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (gtk_sort_list_model_new (
      g_object_ref (G_LIST_MODEL (self->sheets)), g_object_ref (self->sorter))));
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selected_changed_cb), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_talk_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_talk_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_talk_cb), NULL);
  gtk_list_view_set_factory (self->talks_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->talks_view, GTK_SELECTION_MODEL (self->selection));

  show_sheet (self, NULL);
}

/* Public API */

void
passend_preparation_view_set_store (PassendPreparationView *self, PassendStore *store)
{
  g_return_if_fail (PASSEND_IS_PREPARATION_VIEW (self));

  if (passend_view_follow_store (self, &self->store, store, G_CALLBACK (bind_dossier),
                                 G_CALLBACK (store_state_changed_cb)))
    bind_dossier (self);
}

/**
 * passend_preparation_view_set_child:
 * @child: (nullable): the child whose talks are shown
 */
void
passend_preparation_view_set_child (PassendPreparationView *self, PassendChild *child)
{
  g_return_if_fail (PASSEND_IS_PREPARATION_VIEW (self));

  if (!g_set_object (&self->child, child))
    return;

  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  selected_changed_cb (self);
  update_empty_page (self);
  update_actions (self);
}

/**
 * passend_preparation_view_get_sheet:
 *
 * Returns: (transfer none) (nullable): the sheet shown
 */
PassendSheet *
passend_preparation_view_get_sheet (PassendPreparationView *self)
{
  g_return_val_if_fail (PASSEND_IS_PREPARATION_VIEW (self), NULL);
  return self->sheet;
}
