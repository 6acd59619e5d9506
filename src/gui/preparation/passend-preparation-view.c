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
 *
 * The list of points is in passend-preparation-view-points.c, the
 * actions (print, PDF, new, delete, record) in
 * passend-preparation-view-actions.c.
 */
#define G_LOG_DOMAIN "passend-preparation-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-clock.h"
#include "passend-date.h"
#include "passend-outcome.h"
#include "passend-preparation-view-private.h"
#include "passend-steps.h"

G_DEFINE_FINAL_TYPE (PassendPreparationView, passend_preparation_view, GTK_TYPE_WIDGET)

static void show_sheet (PassendPreparationView *self, PassendSheet *sheet);

/* Helpers */

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

void
_passend_preparation_view_update_actions (PassendPreparationView *self)
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

  /* Before the talk the main action is to print the sheet; on its day
   * and after, to write down what came of it. */
  {
    g_autofree char *today = passend_clock_get_today ();
    const char      *date = self->sheet ? passend_sheet_get_date (self->sheet) : NULL;
    gboolean         held = date != NULL && strcmp (date, today) <= 0 && !recorded;

    if (held)
      {
        gtk_widget_remove_css_class (self->print_button, "suggested-action");
        gtk_widget_add_css_class (self->record_button, "suggested-action");
      }
    else
      {
        gtk_widget_remove_css_class (self->record_button, "suggested-action");
        gtk_widget_add_css_class (self->print_button, "suggested-action");
      }
  }
}

void
_passend_preparation_view_update_context (PassendPreparationView *self)
{
  g_autofree char *today = passend_clock_get_today ();
  g_autoptr (GString) markup = g_string_new (NULL);
  PassendSheetContext context;
  g_autofree char    *step = NULL;
  g_autofree char    *line = NULL;

  g_autofree char *key = NULL;

  if (self->sheet == NULL || self->dossier == NULL)
    return;

  /* The context is the child's, as of today: another talk of the same
   * child shows the same one, and a pass over 50,000 entries is saved. */
  key = g_strconcat (today, "/", passend_sheet_get_child_id (self->sheet), NULL);
  if (!self->context_stale && g_strcmp0 (key, self->context_key) == 0)
    return;
  g_free (self->context_key);
  self->context_key = g_steal_pointer (&key);
  self->context_stale = FALSE;

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

  for (guint i = 0; i < context.shown->len; i++)
    {
      PassendAgreement *agreement = g_ptr_array_index (context.shown, i);
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
  if (context.open_agreements->len > context.shown->len)
    {
      guint            more = context.open_agreements->len - context.shown->len;
      g_autofree char *rest = g_strdup_printf (
          /* Translators: under the few open agreements the Preparation
           * page names. */
          ngettext ("And %u more open agreement: see Agreements on the Dossier page.",
                    "And %u more open agreements: see Agreements on the Dossier page.", more),
          more);
      g_autofree char *escaped = g_markup_escape_text (rest, -1);

      g_string_append_printf (markup, "\n%s", escaped);
    }

  gtk_label_set_markup (self->context_label, markup->str);
  passend_sheet_context_clear (&context);
}

void
_passend_preparation_view_update_recorded (PassendPreparationView *self)
{
  PassendEntry *entry = NULL;

  if (self->sheet != NULL && self->dossier != NULL)
    entry = passend_dossier_find_entry (self->dossier, passend_sheet_get_entry_id (self->sheet));

  if (entry != NULL)
    {
      g_autofree char *date = passend_format_date (passend_entry_get_date (entry));
      g_autofree char *text = NULL;
      g_autofree char *link = NULL;

      /* Translators: on a sheet whose talk was written down; %s are the
       * date and the title of the dossier entry. */
      text = g_strdup_printf (_ ("This talk is written down in your dossier: %s, “%s”."), date,
                              passend_entry_get_title (entry));
      gtk_label_set_text (self->recorded_label, text);
      /* The outcome can go to the school as the parent's own report. */
      link =
          g_strconcat ("letter:talk-report#", passend_record_get_id (PASSEND_RECORD (entry)), NULL);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->send_report_button), "s", link);
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
      _passend_preparation_view_update_actions (self);
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
      _passend_preparation_view_rebuild_points (self);
      _passend_preparation_view_update_context (self);
      _passend_preparation_view_update_recorded (self);
    }

  _passend_preparation_view_update_actions (self);
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

void
_passend_preparation_view_select_sheet (PassendPreparationView *self, PassendSheet *sheet)
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
  /* Hidden, the context waits until the page shows (passend_preparation_view_map()). */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    _passend_preparation_view_update_context (self);
  _passend_preparation_view_update_recorded (self);
  _passend_preparation_view_update_actions (self);
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
  self->context_stale = TRUE;
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

/* A talk added or removed changes none of the context (the sheet shown
 * updates it when it changes): at 50,000 entries that is a pass over
 * every entry and agreement saved. */
static void
structure_changed_cb (PassendPreparationView *self)
{
  if (self->structure_watch != NULL && passend_structure_watch_only_sheets (self->structure_watch))
    {
      if (self->refresh_idle == 0)
        self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
      return;
    }
  dossier_changed_cb (self);
}

static void
unbind_dossier (PassendPreparationView *self)
{
  if (self->dossier != NULL)
    g_signal_handlers_disconnect_by_data (self->dossier, self);
  g_clear_pointer (&self->structure_watch, passend_structure_watch_free);
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
      self->context_stale = TRUE;
      self->structure_watch = passend_structure_watch_new (dossier);
      /* What the page shows beside the sheet; the sheet's own fields
       * change as the parent types and need no refresh. */
      for (guint i = 0; i < G_N_ELEMENTS (context_changes); i++)
        g_signal_connect_object (dossier, context_changes[i],
                                 i == 0 ? G_CALLBACK (structure_changed_cb)
                                        : G_CALLBACK (dossier_changed_cb),
                                 self, G_CONNECT_SWAPPED);
      gtk_filter_list_model_set_model (self->sheets, passend_dossier_get_sheets (dossier));
    }

  selected_changed_cb (self);
}

static void
store_state_changed_cb (PassendPreparationView *self)
{
  _passend_preparation_view_update_actions (self);
  update_empty_page (self);
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
  g_clear_pointer (&self->context_key, g_free);
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

/* The context a change made while the page was hidden: before the
 * page's first frame, so it never shows an old one. */
static void
passend_preparation_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (passend_preparation_view_parent_class)->map (widget);
  _passend_preparation_view_update_context (PASSEND_PREPARATION_VIEW (widget));
}

static void
passend_preparation_view_class_init (PassendPreparationViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_preparation_view_dispose;
  widget_class->map = passend_preparation_view_map;

  g_type_ensure (PASSEND_TYPE_DATE_ENTRY);
  g_type_ensure (PASSEND_TYPE_STATUS_PAGE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-preparation-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, talks_view);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, print_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, record_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, editor_scroller);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, editor_box);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, recorded_box);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, new_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, open_entry_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, recorded_label);
  gtk_widget_class_bind_template_child (widget_class, PassendPreparationView, send_report_button);
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
  gtk_widget_class_bind_template_callback_full (
      widget_class, "add_point_cb", G_CALLBACK (_passend_preparation_view_add_point_cb));
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, context_link_cb);

  _passend_preparation_view_class_actions_init (widget_class);
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
  _passend_preparation_view_update_actions (self);
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
