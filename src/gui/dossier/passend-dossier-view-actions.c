/* passend-dossier-view-actions.c - what the parent does on the Dossier
 * page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening and adding entries, deleting one with Undo while the bar shows,
 * marking an agreement done or not kept, searching and filtering; the
 * page's actions and keys.
 */
#define G_LOG_DOMAIN "passend-dossier-view"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-agreement-row.h"
#include "passend-bundle-dialog.h"
#include "passend-dossier-view-private.h"
#include "passend-entry-dialog.h"
#include "passend-entry-read-dialog.h"
#include "passend-entry-row.h"

/* Undo */

void
passend_dossier_view_finish_removal (PassendDossierView *self)
{
  if (self->undo_revealer != NULL)
    gtk_revealer_set_reveal_child (self->undo_revealer, FALSE);

  /* The copies of its documents stay while a backup names them; the
   * next sweep (see bind_dossier()) deletes them after that. */
  g_clear_pointer (&self->removal, passend_removal_free);

  passend_dossier_view_update_actions (self);
}

static void
undo_dismissed_cb (PassendDossierView *self)
{
  /* The parent has seen it: the delete is final now. */
  passend_dossier_view_finish_removal (self);
}

static void
delete_requested_cb (PassendDossierView *self, PassendEntry *entry)
{
  g_autofree char *message = NULL;

  /* A second delete makes the first final. */
  passend_dossier_view_finish_removal (self);

  self->removal = passend_dossier_remove_entry (self->dossier, entry);
  if (self->removal == NULL)
    return;

  /* Translators: shown after deleting an entry; %s is its title. */
  message = g_strdup_printf (_ ("“%s” was deleted."), passend_entry_get_title (entry));
  gtk_label_set_text (self->undo_label, message);
  /* No timer: the bar and Ctrl+Z stay until the parent acts or leaves
   * the page (see passend_dossier_view_init()). */
  gtk_revealer_set_reveal_child (self->undo_revealer, TRUE);
  passend_dossier_view_update_actions (self);
}

static void
undo_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendDossierView *self = PASSEND_DOSSIER_VIEW (widget);

  if (self->removal == NULL)
    return;

  if (!passend_dossier_restore (self->dossier, self->removal))
    {
      /* Its child was removed since. */
      gtk_widget_error_bell (widget);
      gtk_label_set_text (
          self->undo_label,
          _ ("The entry cannot come back: the child it was about has been removed."));
      gtk_revealer_set_reveal_child (self->undo_revealer, TRUE);
      g_clear_pointer (&self->removal, passend_removal_free);
      passend_dossier_view_update_actions (self);
      return;
    }

  g_clear_pointer (&self->removal, passend_removal_free);
  passend_dossier_view_finish_removal (self);
}

/* Entries */

void
passend_dossier_view_open_entry (PassendDossierView *self, PassendEntry *entry)
{
  GtkRoot            *root = gtk_widget_get_root (GTK_WIDGET (self));
  PassendEntryDialog *dialog;

  if (self->store == NULL || !passend_store_get_writable (self->store))
    return;

  dialog = passend_entry_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                     entry, self->child);
  g_signal_connect_object (dialog, "delete-requested", G_CALLBACK (delete_requested_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* An entry whole and read-only; its Edit opens the form. */
void
passend_dossier_view_show_entry (PassendDossierView *self, PassendEntry *entry)
{
  GtkRoot                *root = gtk_widget_get_root (GTK_WIDGET (self));
  PassendEntryReadDialog *dialog;
  gboolean writable = self->store != NULL && passend_store_get_writable (self->store);

  if (self->store == NULL)
    return;

  dialog = passend_entry_read_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                          self->store, entry);
  passend_entry_read_dialog_set_writable (dialog, writable);
  g_signal_connect_object (dialog, "edit-requested", G_CALLBACK (passend_dossier_view_open_entry),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "delete-requested", G_CALLBACK (delete_requested_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_entry_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  passend_dossier_view_new_entry (PASSEND_DOSSIER_VIEW (widget));
}

static void
entry_activated_cb (PassendDossierView *self, guint position)
{
  g_autoptr (PassendEntry) entry =
      g_list_model_get_item (G_LIST_MODEL (self->shown_entries), position);

  if (entry != NULL)
    passend_dossier_view_show_entry (self, entry);
}

/* The list's context menu (right click, Menu, Shift+F10) and Delete. */

static PassendEntry *
selected_entry (PassendDossierView *self)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (self->entries_view);

  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection));
}

static void
entry_command_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendDossierView *self = PASSEND_DOSSIER_VIEW (widget);
  PassendEntry       *entry = selected_entry (self);

  if (entry == NULL)
    return;
  if (g_str_equal (action_name, "dossier.entry-open"))
    passend_dossier_view_show_entry (self, entry);
  else if (g_str_equal (action_name, "dossier.entry-edit"))
    passend_dossier_view_open_entry (self, entry);
  else if (self->store != NULL && passend_store_get_writable (self->store))
    delete_requested_cb (self, entry);
}

static void
popup_entry_menu (PassendDossierView *self, const GdkRectangle *at)
{
  if (self->entry_menu == NULL)
    {
      g_autoptr (GMenu) menu = g_menu_new ();

      g_menu_append (menu, _ ("_Open"), "dossier.entry-open");
      g_menu_append (menu, _ ("_Edit"), "dossier.entry-edit");
      g_menu_append (menu, _ ("_Delete"), "dossier.entry-delete");
      self->entry_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
      gtk_widget_set_name (self->entry_menu, "dossier-entry-menu");
      gtk_popover_set_has_arrow (GTK_POPOVER (self->entry_menu), FALSE);
      gtk_widget_set_halign (self->entry_menu, GTK_ALIGN_START);
      gtk_widget_set_parent (self->entry_menu, GTK_WIDGET (self->entries_view));
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->entry_menu), at);
  gtk_popover_popup (GTK_POPOVER (self->entry_menu));
}

static void
entry_menu_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendDossierView *self = PASSEND_DOSSIER_VIEW (widget);
  GtkWidget          *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  GdkRectangle        at = { 0, 0, 1, 1 };
  graphene_rect_t     bounds;

  if (selected_entry (self) == NULL)
    return;
  /* Under the row with the keyboard focus. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->entries_view)) &&
      gtk_widget_compute_bounds (focus, GTK_WIDGET (self->entries_view), &bounds))
    at = (GdkRectangle){ (int)bounds.origin.x + 24, (int)(bounds.origin.y + bounds.size.height), 1,
                         1 };
  popup_entry_menu (self, &at);
}

static void
entries_pressed_cb (
    GtkGestureClick *gesture, int n_press, double x, double y, PassendDossierView *self)
{
  GtkWidget    *picked = gtk_widget_pick (GTK_WIDGET (self->entries_view), x, y, GTK_PICK_DEFAULT);
  GtkWidget    *row = picked ? gtk_widget_get_ancestor (picked, PASSEND_TYPE_ENTRY_ROW) : NULL;
  PassendEntry *entry = row ? passend_entry_row_get_item (PASSEND_ENTRY_ROW (row)) : NULL;
  GListModel   *shown = G_LIST_MODEL (self->shown_entries);

  if (entry == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr (PassendEntry) item = g_list_model_get_item (shown, i);

      if (item == entry)
        {
          gtk_selection_model_select_item (gtk_list_view_get_model (self->entries_view), i, TRUE);
          break;
        }
    }
  popup_entry_menu (self, &(GdkRectangle){ (int)x, (int)y, 1, 1 });
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

void
passend_dossier_view_init_entry_menu (PassendDossierView *self)
{
  GtkGesture         *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_shortcut_controller_new ();
  static const struct
  {
    guint           keyval;
    GdkModifierType modifiers;
    const char     *action;
  } bindings[] = {
    { GDK_KEY_Menu, 0, "dossier.entry-menu" },
    { GDK_KEY_F10, GDK_SHIFT_MASK, "dossier.entry-menu" },
    { GDK_KEY_Delete, 0, "dossier.entry-delete" },
    { GDK_KEY_KP_Delete, 0, "dossier.entry-delete" },
  };

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (entries_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entries_view), GTK_EVENT_CONTROLLER (click));

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (keys),
        gtk_shortcut_new (gtk_keyval_trigger_new (bindings[i].keyval, bindings[i].modifiers),
                          gtk_named_action_new (bindings[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self->entries_view), keys);
}

static void
agreement_activated_cb (PassendDossierView *self, guint position)
{
  g_autoptr (PassendAgreement) agreement =
      g_list_model_get_item (G_LIST_MODEL (self->shown_agreements), position);
  GListModel *entries;
  const char *entry_id;

  if (agreement == NULL || (entry_id = passend_agreement_get_entry_id (agreement)) == NULL)
    return;

  entries = passend_dossier_get_entries (self->dossier);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (PassendEntry) entry = g_list_model_get_item (entries, i);

      if (g_strcmp0 (passend_record_get_id (PASSEND_RECORD (entry)), entry_id) == 0)
        {
          passend_dossier_view_show_entry (self, entry);
          return;
        }
    }
}

/* An agreement's "Agreed in" link. */
static void
open_entry_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendDossierView *self = PASSEND_DOSSIER_VIEW (widget);
  PassendEntry       *entry;

  if (self->dossier == NULL)
    return;
  entry = passend_dossier_find_entry (self->dossier, g_variant_get_string (parameter, NULL));
  if (entry != NULL)
    passend_dossier_view_show_entry (self, entry);
}

static PassendAgreement *
selected_agreement (PassendDossierView *self)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (self->agreements_view);
  GtkRoot           *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget         *focus = root ? gtk_root_get_focus (root) : NULL;

  /* Only the agreement the parent is on in the list: the row that has
   * the keyboard focus (or holds it), else the one chosen. */
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->agreements_view)))
    return NULL;

  for (GtkWidget *w = focus; w != NULL && w != GTK_WIDGET (self->agreements_view);
       w = gtk_widget_get_parent (w))
    {
      GtkWidget *child = gtk_widget_get_first_child (w);

      if (PASSEND_IS_AGREEMENT_ROW (w))
        return passend_agreement_row_get_item (PASSEND_AGREEMENT_ROW (w));
      if (child != NULL && PASSEND_IS_AGREEMENT_ROW (child))
        return passend_agreement_row_get_item (PASSEND_AGREEMENT_ROW (child));
    }

  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection));
}

static void
mark_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendDossierView *self = PASSEND_DOSSIER_VIEW (widget);
  PassendAgreement   *agreement = selected_agreement (self);

  if (agreement == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  passend_agreement_set_status (agreement, g_str_equal (action_name, "dossier.mark-done")
                                               ? PASSEND_AGREEMENT_STATUS_DONE
                                               : PASSEND_AGREEMENT_STATUS_NOT_KEPT);
}

/* Search and filters */

void
passend_dossier_view_search_changed (PassendDossierView *self)
{
  if (self->entry_filter != NULL)
    passend_entry_filter_set_query (self->entry_filter,
                                    gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
stop_search_cb (PassendDossierView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->entries_view));
}

static void
clear_search_cb (PassendDossierView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
passend_dossier_view_filter_changed (PassendDossierView *self)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint            kinds = 0;

  if (self->entry_filter == NULL)
    return;

  for (guint i = 0; i < N_KINDS; i++)
    if (gtk_check_button_get_active (self->kind_checks[i]))
      kinds |= 1u << i;

  from = passend_date_entry_get_date (self->from_entry);
  to = passend_date_entry_get_date (self->to_entry);

  passend_entry_filter_set_kinds (self->entry_filter, kinds);
  passend_entry_filter_set_open_only (self->entry_filter,
                                      gtk_check_button_get_active (self->open_only_check));
  passend_entry_filter_set_dates (self->entry_filter, from, to);
  passend_entry_filter_set_child_id (self->entry_filter,
                                     gtk_check_button_get_active (self->all_children_check)
                                         ? NULL
                                         : passend_dossier_view_child_id (self));

  if (passend_entry_filter_is_narrowed (self->entry_filter))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "filter-active");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "filter-active");
}

static void
clear_filters_cb (PassendDossierView *self)
{
  for (guint i = 0; i < N_KINDS; i++)
    gtk_check_button_set_active (self->kind_checks[i], TRUE);
  gtk_check_button_set_active (self->open_only_check, FALSE);
  gtk_check_button_set_active (self->all_children_check, FALSE);
  passend_date_entry_set_date (self->from_entry, NULL);
  passend_date_entry_set_date (self->to_entry, NULL);
  passend_dossier_view_filter_changed (self);
}

static void
find_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  passend_dossier_view_focus_search (PASSEND_DOSSIER_VIEW (widget));
}

/* Ctrl+Shift+E: the evidence bundle, for this child and the period
 * the filter shows. */
static void
make_bundle_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendDossierView  *self = PASSEND_DOSSIER_VIEW (widget);
  PassendBundleDialog *dialog;
  g_autofree char     *from = NULL;
  g_autofree char     *to = NULL;
  GtkRoot             *root = gtk_widget_get_root (widget);

  if (self->store == NULL || self->child == NULL || !GTK_IS_WINDOW (root))
    return;
  from = passend_date_entry_get_date (self->from_entry);
  to = passend_date_entry_get_date (self->to_entry);
  dialog = passend_bundle_dialog_new (GTK_WINDOW (root), self->store, self->child, from, to);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The page's template callbacks, actions and keys. */
void
passend_dossier_view_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback_full (widget_class, "search_changed_cb",
                                                G_CALLBACK (passend_dossier_view_search_changed));
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_search_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "filter_changed_cb",
                                                G_CALLBACK (passend_dossier_view_filter_changed));
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, agreement_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, undo_dismissed_cb);

  gtk_widget_class_install_action (widget_class, "dossier.new-entry", NULL, new_entry_action);
  gtk_widget_class_install_action (widget_class, "dossier.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "dossier.open-entry", "s", open_entry_action);
  gtk_widget_class_install_action (widget_class, "dossier.entry-open", NULL, entry_command_action);
  gtk_widget_class_install_action (widget_class, "dossier.entry-edit", NULL, entry_command_action);
  gtk_widget_class_install_action (widget_class, "dossier.entry-delete", NULL,
                                   entry_command_action);
  gtk_widget_class_install_action (widget_class, "dossier.entry-menu", NULL, entry_menu_action);
  gtk_widget_class_install_action (widget_class, "dossier.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "dossier.mark-done", NULL, mark_action);
  gtk_widget_class_install_action (widget_class, "dossier.mark-not-kept", NULL, mark_action);
  gtk_widget_class_install_action (widget_class, "dossier.make-bundle", NULL, make_bundle_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "dossier.undo",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "dossier.find",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "dossier.mark-done", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK,
                                       "dossier.mark-not-kept", NULL);
}
