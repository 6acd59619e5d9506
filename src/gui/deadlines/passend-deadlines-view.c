/* passend-deadlines-view.c - the Deadlines page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One list of what is due for the child: the clocks (legal terms) and
 * the agreements with a date, running, due soon, overdue and done, by
 * due date (passend_deadlines_collect()).  Activating a row shows what
 * it is for, what is lost, what to do now and where to read more
 * (passend-deadlines-view-detail.c).  The count of what is due soon or
 * overdue is the sidebar's badge.
 */
#define G_LOG_DOMAIN "passend-deadlines-view"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-clock-record.h"
#include "passend-clock.h"
#include "passend-deadlines-view-private.h"
#include "passend-ui-util.h"

enum
{
  PROP_0,
  PROP_N_DUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PassendDeadlinesView, passend_deadlines_view, GTK_TYPE_WIDGET)

static const char *
actor_text (PassendDeadline *deadline)
{
  if (PASSEND_IS_CLOCK (deadline->source))
    {
      const PassendClockKind *kind = passend_clock_get_kind_info (PASSEND_CLOCK (deadline->source));

      if (kind != NULL)
        return passend_clock_actor_get_label (kind->actor);
    }
  return NULL;
}

/* "Due 13 April 2026 · 41 days left · You must act" */
static char *
describe (PassendDeadline *deadline)
{
  g_autofree char *due = passend_format_date (deadline->due_date);
  g_autofree char *state = passend_clock_state_describe (deadline->state, deadline->days);
  const char      *actor = actor_text (deadline);

  if (actor != NULL)
    /* Translators: due date, "41 days left", and who acts: "You" */
    return g_strdup_printf (_ ("Due %s · %s · %s must act"), due, state, actor);
  /* Translators: due date and "41 days left", of an agreement */
  return g_strdup_printf (_ ("Agreement, due %s · %s"), due, state);
}

/* One line of the list: a deadline, which it owns.  Its "keyword"
 * (the clock's kind, or "agreement") lets a test find a line. */
#define PASSEND_TYPE_DEADLINE_ITEM (passend_deadline_item_get_type ())
G_DECLARE_FINAL_TYPE (PassendDeadlineItem, passend_deadline_item, PASSEND, DEADLINE_ITEM, GObject)

struct _PassendDeadlineItem
{
  GObject          parent_instance;
  PassendDeadline *deadline;
};

G_DEFINE_FINAL_TYPE (PassendDeadlineItem, passend_deadline_item, G_TYPE_OBJECT)

static void
passend_deadline_item_finalize (GObject *object)
{
  g_clear_pointer (&PASSEND_DEADLINE_ITEM (object)->deadline, passend_deadline_free);
  G_OBJECT_CLASS (passend_deadline_item_parent_class)->finalize (object);
}

static void
passend_deadline_item_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  if (prop_id == 1)
    g_value_set_string (value, PASSEND_DEADLINE_ITEM (object)->deadline->keyword);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
passend_deadline_item_class_init (PassendDeadlineItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_deadline_item_finalize;
  object_class->get_property = passend_deadline_item_get_property;
  g_object_class_install_property (
      object_class, 1,
      g_param_spec_string ("keyword", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
}

static void
passend_deadline_item_init (PassendDeadlineItem *self)
{
}

/* Takes @deadline. */
static gpointer
passend_deadline_item_new (PassendDeadline *deadline)
{
  PassendDeadlineItem *self = g_object_new (PASSEND_TYPE_DEADLINE_ITEM, NULL);

  self->deadline = deadline;
  return self;
}

static PassendDeadline *
deadline_at (PassendDeadlinesView *self, guint position)
{
  g_autoptr (PassendDeadlineItem) item =
      g_list_model_get_item (G_LIST_MODEL (self->items), position);

  /* The store keeps the item, and so the deadline. */
  return item != NULL ? item->deadline : NULL;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *sub = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (sub), 0);
  gtk_label_set_wrap (GTK_LABEL (sub), TRUE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), sub);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item)
{
  PassendDeadline *deadline = PASSEND_DEADLINE_ITEM (gtk_list_item_get_item (list_item))->deadline;
  GtkWidget       *box = gtk_list_item_get_child (list_item);
  GtkWidget       *title = gtk_widget_get_first_child (box);
  GtkWidget       *sub = gtk_widget_get_last_child (box);
  g_autofree char *text = describe (deadline);
  g_autofree char *name = g_strdup_printf ("deadline-%s", deadline->keyword);
  g_autofree char *accessible = g_strdup_printf ("%s. %s", deadline->title, text);
  const char      *style = deadline->state == PASSEND_CLOCK_STATE_OVERDUE    ? "error"
                           : deadline->state == PASSEND_CLOCK_STATE_DUE_SOON ? "warning"
                                                                             : "dim-label";
  const char      *styles[] = { style, NULL };
  GtkWidget       *row;

  gtk_label_set_text (GTK_LABEL (title), deadline->title);
  gtk_label_set_text (GTK_LABEL (sub), text);
  gtk_widget_set_css_classes (sub, styles);
  gtk_widget_set_name (box, name);
  /* The line a screen reader names is the list item, which has the
   * focus; GTK 4.8 has no gtk_list_item_set_accessible_label() yet. */
  row = gtk_widget_get_parent (box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row != NULL ? row : box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/* Only the child's, and those for all children. */
static gboolean
is_for_child (PassendDeadlinesView *self, PassendDeadline *deadline)
{
  const char *child_id = self->child ? passend_record_get_id (PASSEND_RECORD (self->child)) : NULL;
  const char *of = PASSEND_IS_CLOCK (deadline->source)
                       ? passend_clock_get_child_id (PASSEND_CLOCK (deadline->source))
                       : passend_agreement_get_child_id (PASSEND_AGREEMENT (deadline->source));

  return of == NULL || g_strcmp0 (of, child_id) == 0;
}

static void
set_n_due (PassendDeadlinesView *self, guint n_due)
{
  if (n_due != self->n_due)
    {
      self->n_due = n_due;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DUE]);
    }
}

void
passend_deadlines_view_refresh (PassendDeadlinesView *self)
{
  g_autoptr (GPtrArray) all = NULL;
  g_autoptr (GPtrArray) items = NULL;
  g_autofree char *today = passend_clock_get_today ();
  guint            n_due = 0;

  g_free (self->today);
  self->today = g_strdup (today);

  /* A list only for a page on screen: 50,000 entries have some 16,000
   * dated agreements, and the badge needs only their count.  The page
   * is made again when it is shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      /* Nor the last list kept: it holds records that may be gone. */
      if (!self->rows_stale)
        g_list_store_remove_all (self->items);
      self->rows_stale = TRUE;
      set_n_due (self, self->dossier == NULL || self->child == NULL
                           ? 0
                           : passend_deadlines_count_due (
                                 passend_dossier_get_clocks (self->dossier),
                                 passend_dossier_get_agreements (self->dossier),
                                 passend_record_get_id (PASSEND_RECORD (self->child)), today));
      return;
    }

  self->rows_stale = FALSE;

  if (self->dossier != NULL && self->child != NULL)
    all = passend_deadlines_collect (passend_dossier_get_clocks (self->dossier),
                                     passend_dossier_get_agreements (self->dossier),
                                     passend_dossier_get_children (self->dossier), today, TRUE);
  else
    all = g_ptr_array_new_with_free_func ((GDestroyNotify)passend_deadline_free);

  /* The child's, what is done last, each part still by date: one pass
   * each, as thousands of agreements may be dated. */
  items = g_ptr_array_new_full (all->len, g_object_unref);
  for (guint i = 0; i < all->len; i++)
    if (!is_for_child (self, all->pdata[i]))
      g_clear_pointer (&all->pdata[i], passend_deadline_free);
  for (guint part = 0; part < 2; part++)
    for (guint i = 0; i < all->len; i++)
      {
        PassendDeadline *deadline = g_ptr_array_index (all, i);
        gboolean         done;

        if (deadline == NULL)
          continue;
        done = deadline->state == PASSEND_CLOCK_STATE_MET ||
               deadline->state == PASSEND_CLOCK_STATE_STOPPED;
        if (done != (part == 1))
          continue;
        if (deadline->state == PASSEND_CLOCK_STATE_OVERDUE ||
            deadline->state == PASSEND_CLOCK_STATE_DUE_SOON)
          n_due++;
        g_ptr_array_add (items, passend_deadline_item_new (g_steal_pointer (&all->pdata[i])));
      }
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);

  gtk_widget_set_visible (self->list_scroller, items->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), items->len == 0);

  /* The detail follows its record, or goes with it. */
  {
    PassendDeadline *shown = NULL;

    for (guint i = 0; i < items->len && self->shown != NULL && shown == NULL; i++)
      if (PASSEND_DEADLINE_ITEM (items->pdata[i])->deadline->source == self->shown)
        shown = PASSEND_DEADLINE_ITEM (items->pdata[i])->deadline;
    passend_deadlines_view_show_detail (self, shown);
  }

  set_n_due (self, n_due);
}

static void
passend_deadlines_view_map (GtkWidget *widget)
{
  PassendDeadlinesView *self = PASSEND_DEADLINES_VIEW (widget);

  GTK_WIDGET_CLASS (passend_deadlines_view_parent_class)->map (widget);
  if (self->rows_stale)
    passend_deadlines_view_refresh (self);
}

static void
row_activated_cb (PassendDeadlinesView *self, guint position)
{
  PassendDeadline *deadline = deadline_at (self, position);

  if (deadline != NULL)
    passend_deadlines_view_show_detail (self, deadline);
}

static void
dossier_changed_cb (PassendDeadlinesView *self)
{
  passend_deadlines_view_refresh (self);
}

/* A new talk on the Preparation page changes no deadline. */
static void
structure_changed_cb (PassendDeadlinesView *self)
{
  if (self->structure_watch == NULL || !passend_structure_watch_only_sheets (self->structure_watch))
    passend_deadlines_view_refresh (self);
}

/* What the list shows: entries and documents can change without it. */
static const char *const shown_changes[] = {
  "changed::structure",
  "changed::PassendClock",
  "changed::PassendAgreement",
  "changed::PassendChild",
};

/**
 * passend_deadlines_view_check_day:
 *
 * Shows the list as of today when the day changed since it was made
 * (a timer calls this every minute): due soon and overdue begin at
 * midnight.
 */
void
passend_deadlines_view_check_day (PassendDeadlinesView *self)
{
  g_autofree char *today = passend_clock_get_today ();

  g_return_if_fail (PASSEND_IS_DEADLINES_VIEW (self));

  if (g_strcmp0 (today, self->today) != 0)
    passend_deadlines_view_refresh (self);
}

static gboolean
day_check_cb (gpointer data)
{
  passend_deadlines_view_check_day (data);
  return G_SOURCE_CONTINUE;
}

static void
follow_dossier (PassendDeadlinesView *self)
{
  PassendDossier *dossier = self->store ? passend_store_get_dossier (self->store) : NULL;

  if (self->dossier != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->dossier, dossier_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->dossier, structure_changed_cb, self);
    }
  g_clear_pointer (&self->structure_watch, passend_structure_watch_free);
  g_set_object (&self->dossier, dossier);
  if (dossier != NULL)
    self->structure_watch = passend_structure_watch_new (dossier);
  for (guint i = 0; dossier != NULL && i < G_N_ELEMENTS (shown_changes); i++)
    g_signal_connect_object (dossier, shown_changes[i],
                             i == 0 ? G_CALLBACK (structure_changed_cb)
                                    : G_CALLBACK (dossier_changed_cb),
                             self, G_CONNECT_SWAPPED);
  passend_deadlines_view_refresh (self);
}

void
passend_deadlines_view_set_store (PassendDeadlinesView *self, PassendStore *store)
{
  g_return_if_fail (PASSEND_IS_DEADLINES_VIEW (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, follow_dossier, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "notify::dossier", G_CALLBACK (follow_dossier), self,
                             G_CONNECT_SWAPPED);
  follow_dossier (self);
}

void
passend_deadlines_view_set_child (PassendDeadlinesView *self, PassendChild *child)
{
  g_autofree char *intro = NULL;

  g_return_if_fail (PASSEND_IS_DEADLINES_VIEW (self));

  g_set_object (&self->child, child);
  g_clear_object (&self->shown);
  g_clear_object (&self->undo_clock);
  if (child != NULL)
    intro = g_strdup_printf (_ ("What is due for %s: the legal terms that run, and agreements "
                                "with a date."),
                             passend_child_get_name (child));
  gtk_label_set_text (self->intro_label, intro != NULL ? intro : "");
  passend_deadlines_view_refresh (self);
}

/**
 * passend_deadlines_view_get_n_due:
 *
 * Returns: how many of the child's deadlines are due soon or overdue
 */
guint
passend_deadlines_view_get_n_due (PassendDeadlinesView *self)
{
  g_return_val_if_fail (PASSEND_IS_DEADLINES_VIEW (self), 0);
  return self->n_due;
}

static void
passend_deadlines_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PassendDeadlinesView *self = PASSEND_DEADLINES_VIEW (object);

  if (prop_id == PROP_N_DUE)
    g_value_set_uint (value, self->n_due);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
passend_deadlines_view_dispose (GObject *object)
{
  PassendDeadlinesView *self = PASSEND_DEADLINES_VIEW (object);

  g_clear_handle_id (&self->day_timeout, g_source_remove);
  g_clear_pointer (&self->content, gtk_widget_unparent);
  g_clear_pointer (&self->today, g_free);
  g_clear_object (&self->shown);
  g_clear_object (&self->undo_clock);
  g_clear_pointer (&self->structure_watch, passend_structure_watch_free);
  g_clear_object (&self->dossier);
  g_clear_object (&self->store);
  g_clear_object (&self->child);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (passend_deadlines_view_parent_class)->dispose (object);
}

static void
passend_deadlines_view_class_init (PassendDeadlinesViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = passend_deadlines_view_get_property;
  object_class->dispose = passend_deadlines_view_dispose;
  widget_class->map = passend_deadlines_view_map;

  properties[PROP_N_DUE] = g_param_spec_uint ("n-due", NULL, NULL, 0, G_MAXUINT, 0,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-deadlines-view.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PassendDeadlinesView, name)
  BIND (content);
  BIND (detail_pane);
  BIND (intro_label);
  BIND (list_scroller);
  BIND (list);
  BIND (empty_label);
  BIND (detail_box);
  BIND (detail_title);
  BIND (detail_due);
  BIND (detail_purpose);
  BIND (detail_lost);
  BIND (detail_todo);
  BIND (detail_check);
  BIND (detail_source);
  BIND (links_box);
  BIND (actions_box);
  BIND (met_date);
  BIND (stop_reason);
  BIND (stop_date);
  BIND (message_label);
  BIND (undo_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, passend_deadlines_view_mark_met_cb);
  gtk_widget_class_bind_template_callback (widget_class, passend_deadlines_view_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, passend_deadlines_view_undo_cb);
}

static void
passend_deadlines_view_init (PassendDeadlinesView *self)
{
  g_type_ensure (PASSEND_TYPE_DATE_ENTRY);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->items = g_list_store_new (PASSEND_TYPE_DEADLINE_ITEM);
  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
    GtkNoSelection *selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)));

    g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
    gtk_list_view_set_factory (self->list, factory);
    gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (selection));
    g_object_unref (factory);
    g_object_unref (selection);
  }
  self->day_timeout = g_timeout_add_seconds (60, day_check_cb, self);
}
