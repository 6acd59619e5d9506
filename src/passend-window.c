/* passend-window.c - the main window: header bar, sidebar, pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window shows one of three things: a welcome page that asks for a
 * first child's name, a page that explains a dossier that could not be
 * opened, or the content (sidebar and pages).  It talks only to the
 * model: the store saves by itself after each change.  Its actions (the
 * child menu, the shortcuts and links between the pages) are in
 * passend-window-actions.c.
 */
#define G_LOG_DOMAIN "passend-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-conflict-dialog.h"
#include "passend-ui-util.h"
#include "passend-window-private.h"

G_DEFINE_FINAL_TYPE (PassendWindow, passend_window, GTK_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void children_changed_cb (PassendWindow *self);

/* Helpers */

static gboolean
store_writable (PassendWindow *self)
{
  return passend_store_get_writable (self->store);
}

static void
show_message (PassendWindow *self, const char *primary, const char *secondary)
{
  passend_show_warning (GTK_WINDOW (self), primary, secondary);
}

static void
update_actions (PassendWindow *self)
{
  gboolean writable = store_writable (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "child.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "child.rename",
                                 writable && self->child != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "child.remove",
                                 writable && self->child != NULL);
}

static void
update_banner (PassendWindow *self)
{
  const GError    *save_error = passend_store_get_save_error (self->store);
  g_autofree char *text = NULL;
  gboolean         retry = FALSE;

  switch (passend_store_get_state (self->store))
    {
    case PASSEND_STORE_STATE_NEWER:
      text = g_strdup (_ ("This dossier was saved by a newer version of Passend. "
                          "You can read it here, but changes cannot be saved. "
                          "Update Passend to keep working in it."));
      break;
    case PASSEND_STORE_STATE_LOCKED:
      text = g_strdup (_ ("Passend is already open somewhere else on this computer. "
                          "You can read your dossier here, but changes are not saved. "
                          "Close the other Passend and start this one again."));
      break;
    default:
      if ((text = passend_conflict_dialog_banner_text (self->store)) != NULL)
        retry = TRUE;
      else if (save_error != NULL)
        {
          /* Translators: %s is a short technical reason, such as
           * "No space left on device". */
          text = g_strdup_printf (_ ("Your latest changes could not be saved (%s). "
                                     "They are kept while Passend stays open. "
                                     "The last saved dossier is safe."),
                                  save_error->message);
          retry = TRUE;
        }
      break;
    }

  if (self->content_box == NULL)
    return;
  gtk_label_set_label (self->banner_label, text ? text : "");
  gtk_button_set_label (self->banner_button, passend_store_get_conflict (self->store)
                                                 ? _ ("_Choose…")
                                                 : _ ("_Try Again"));
  gtk_widget_set_visible (GTK_WIDGET (self->banner_button), retry);
  gtk_revealer_set_reveal_child (self->banner_revealer, text != NULL);
}

static void
update_problem_page (PassendWindow *self)
{
  const GError *error = passend_store_get_load_error (self->store);
  g_auto (GStrv) backups = passend_store_list_backups (self->store);
  gboolean         has_backup = backups[0] != NULL;
  g_autofree char *detail = NULL;
  const char      *title, *description;
  gboolean blocked = passend_conflict_dialog_blocked_texts (self->store, &title, &description);

  /* Nothing to offer in the place of a file too large: never empty. */
  gtk_widget_set_visible (GTK_WIDGET (self->afresh_button), !blocked);
  if (blocked)
    {
      passend_status_page_set_title (self->problem_page, title);
      passend_status_page_set_description (self->problem_page, description);
      has_backup = FALSE;
    }
  else if (passend_store_get_state (self->store) == PASSEND_STORE_STATE_MISSING)
    {
      passend_status_page_set_title (self->problem_page, _ ("Your dossier file is missing"));
      passend_status_page_set_description (
          self->problem_page,
          _ ("Passend found backups of your dossier, but not the dossier itself. "
             "Go back to the latest backup to continue where you left off."));
    }
  else
    {
      passend_status_page_set_title (self->problem_page, _ ("Your dossier could not be opened"));
      passend_status_page_set_description (
          self->problem_page,
          has_backup
              ? _ ("The file with your dossier is damaged or cannot be read. "
                   "Passend has not changed it and will not write anything until you choose. "
                   "You can go back to the latest backup. "
                   "The damaged file is kept next to it, under a new name.")
              : _ ("The file with your dossier is damaged or cannot be read, and there is no "
                   "backup. "
                   "Passend has not changed it. If you start an empty dossier, "
                   "the damaged file is kept next to it, under a new name."));
    }

  /* Translators: %s is a technical reason, for whoever helps the parent. */
  detail = g_strdup_printf (_ ("Details: %s"), error ? error->message : _ ("unknown"));
  gtk_label_set_label (self->problem_detail_label, detail);
  gtk_widget_set_visible (GTK_WIDGET (self->restore_button), has_backup);
}

/* While the dossier is read, a page that shows it says so; Topics
 * needs no dossier and can be read in the meantime. */
static void
update_loading (PassendWindow *self)
{
  const char *page = self->page;
  gboolean    loading = passend_store_get_state (self->store) == PASSEND_STORE_STATE_UNLOADED &&
                     g_strcmp0 (page, "topics") != 0;

  if (self->content_box == NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->page_stack), !loading);
  gtk_widget_set_visible (GTK_WIDGET (self->loading_page), loading);
  gtk_spinner_set_spinning (self->loading_spinner, loading);
}

static void
dropdown_selected_cb (PassendWindow *self)
{
  PassendChild *child = gtk_drop_down_get_selected_item (self->child_dropdown);

  if (child != NULL)
    passend_window_set_child (self, child);
}

static void select_child_in_dropdown (PassendWindow *self);

/* The drop-down of the children is made when there is a first child to
 * choose: a first start has none, and a drop-down is a list view in a
 * popover, a tenth of what the rest of the window costs to make. */
static void
ensure_child_dropdown (PassendWindow *self)
{
  g_autoptr (GtkExpression) name = NULL;

  if (self->child_dropdown != NULL)
    return;

  /* The drop-down takes its own reference to the expression. */
  name = gtk_property_expression_new (PASSEND_TYPE_CHILD, NULL, "name");
  self->child_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_drop_down_set_expression (self->child_dropdown, name);
  gtk_widget_set_name (GTK_WIDGET (self->child_dropdown), "child-dropdown");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->child_dropdown), _ ("Choose a child"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->child_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Child"), -1);
  gtk_drop_down_set_model (self->child_dropdown, self->children);
  select_child_in_dropdown (self);
  g_signal_connect_object (self->child_dropdown, "notify::selected",
                           G_CALLBACK (dropdown_selected_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->child_dropdown_slot, GTK_WIDGET (self->child_dropdown));
}

static void
update_main_page (PassendWindow *self)
{
  PassendStoreState state = passend_store_get_state (self->store);
  const char       *page;

  if (state == PASSEND_STORE_STATE_DAMAGED || state == PASSEND_STORE_STATE_MISSING ||
      state == PASSEND_STORE_STATE_BLOCKED)
    {
      update_problem_page (self);
      page = "problem";
    }
  else if (g_list_model_get_n_items (self->children) == 0 && store_writable (self))
    page = "welcome";
  else
    page = "content";

  /* The page the sidebar shows is made when the content is first
   * shown: a first start on the welcome page has no Topics to make. */
  if (g_str_equal (page, "content"))
    {
      _passend_window_ensure_content (self);
      if (self->content_box == NULL)
        return;
      _passend_window_build_page (self, self->page);
    }
  /* The problem page is hidden until first shown: GTK works out the
   * style of every visible widget, also on a stack page not on screen. */
  gtk_widget_set_visible (gtk_stack_get_child_by_name (self->main_stack, page), TRUE);
  gtk_stack_set_visible_child_name (self->main_stack, page);
  if (g_list_model_get_n_items (self->children) > 0)
    ensure_child_dropdown (self);
  /* The slot too: the header bar spaces its visible children. */
  gtk_widget_set_visible (GTK_WIDGET (self->child_dropdown_slot),
                          g_list_model_get_n_items (self->children) > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->child_menu_button),
                          g_str_equal (page, "content") && state != PASSEND_STORE_STATE_UNLOADED);

  if (g_str_equal (page, "welcome"))
    gtk_widget_grab_focus (GTK_WIDGET (self->welcome_entry));

  update_loading (self);
  update_banner (self);
  update_actions (self);
}

static void
select_child_in_dropdown (PassendWindow *self)
{
  guint n = g_list_model_get_n_items (self->children);

  if (self->child_dropdown == NULL)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendChild) child = g_list_model_get_item (self->children, i);

      if (child == self->child)
        {
          gtk_drop_down_set_selected (self->child_dropdown, i);
          return;
        }
    }
}

/* Binds the window to the store's current dossier; called again when a
 * backup replaces it. */
static void
bind_dossier (PassendWindow *self)
{
  PassendDossier  *dossier = passend_store_get_dossier (self->store);
  g_autofree char *last_child = g_settings_get_string (self->settings, "last-child");

  if (self->children != NULL)
    g_signal_handlers_disconnect_by_func (self->children, children_changed_cb, self);

  g_set_object (&self->children, passend_dossier_get_children (dossier));
  if (self->child_dropdown != NULL)
    gtk_drop_down_set_model (self->child_dropdown, self->children);
  g_signal_connect_object (self->children, "items-changed", G_CALLBACK (children_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  passend_window_set_child (self, passend_dossier_find_child (dossier, last_child));
  children_changed_cb (self);
}

void
_passend_window_select_page (PassendWindow *self, const char *name)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean   focus_in_sidebar;

  if (!g_strv_contains (page_names, name))
    return;

  if (name != self->page)
    {
      g_free (self->page);
      self->page = g_strdup (name);
    }
  g_settings_set_string (self->settings, "last-page", name);
  /* Shown when the content is made. */
  if (self->content_box == NULL)
    return;

  focus_in_sidebar = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sidebar));
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "content") == 0)
    _passend_window_build_page (self, name);
  gtk_stack_set_visible_child_name (self->page_stack, name);
  update_loading (self);

  /* The sidebar marks the page shown itself (the list box selects
   * nothing), for the eye and for screen readers. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      gboolean current;

      if (!GTK_IS_LIST_BOX_ROW (row))
        continue;

      current = g_strcmp0 (gtk_widget_get_name (row), name) == 0;
      if (current)
        gtk_widget_add_css_class (row, "current");
      else
        gtk_widget_remove_css_class (row, "current");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, current,
                                   -1);
      /* Keep the keyboard focus on the row shown. */
      if (current && focus_in_sidebar)
        gtk_widget_grab_focus (row);
    }
}

/* Callbacks */

static void
children_changed_cb (PassendWindow *self)
{
  guint    n = g_list_model_get_n_items (self->children);
  gboolean present = FALSE;

  for (guint i = 0; i < n && self->child != NULL && !present; i++)
    {
      g_autoptr (PassendChild) child = g_list_model_get_item (self->children, i);

      present = child == self->child;
    }

  if (!present)
    {
      g_autoptr (PassendChild) first = n > 0 ? g_list_model_get_item (self->children, 0) : NULL;

      passend_window_set_child (self, first);
    }
  else
    select_child_in_dropdown (self);

  update_main_page (self);
}

static void
child_name_changed_cb (PassendWindow *self)
{
}

static void
store_state_changed_cb (PassendWindow *self)
{
  update_main_page (self);
}

static void
store_dossier_changed_cb (PassendWindow *self)
{
  bind_dossier (self);
}

static void
welcome_add_cb (PassendWindow *self)
{
  PassendDossier  *dossier = passend_store_get_dossier (self->store);
  g_autofree char *name =
      g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->welcome_entry))));
  PassendChild *child;

  if (name[0] == '\0')
    {
      gtk_widget_error_bell (GTK_WIDGET (self->welcome_entry));
      gtk_widget_grab_focus (GTK_WIDGET (self->welcome_entry));
      return;
    }

  child = passend_dossier_add_child (dossier, name);
  passend_window_set_child (self, child);
  gtk_editable_set_text (GTK_EDITABLE (self->welcome_entry), "");
  if (self->sidebar != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->sidebar));
}

static void
welcome_text_changed_cb (PassendWindow *self)
{
  g_autofree char *name =
      g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->welcome_entry))));

  gtk_widget_set_sensitive (GTK_WIDGET (self->welcome_button), name[0] != '\0');
}

/* The page changes when a row is activated (click, Enter, Space), not
 * when the keyboard focus passes over it, as a GtkListBox selection
 * would: Tab from the sidebar must reach the page that is shown. */
static void
sidebar_row_activated_cb (PassendWindow *self, GtkListBoxRow *row)
{
  _passend_window_select_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
retry_save_cb (PassendWindow *self)
{
  if (passend_conflict_dialog_present_pending (GTK_WINDOW (self), self->store))
    return;
  passend_store_save (self->store, NULL);
}

/**
 * _passend_window_ensure_content:
 *
 * Makes the content page (the sidebar, the banner, the slots of the
 * pages) if it is not there yet: when the window first shows it, or in
 * an idle moment after a first frame that showed the welcome or the
 * problem page.
 */
void
_passend_window_ensure_content (PassendWindow *self)
{
  g_autoptr (GtkBuilder) builder = NULL;
  g_autoptr (GError) error = NULL;

  if (self->content_box != NULL)
    return;

  builder = gtk_builder_new ();
  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  /* Compiled in, so only a broken build fails here: the window then
   * stays on the page it shows rather than stopping the program. */
  if (!gtk_builder_add_from_resource (builder, RESOURCE_PATH "/passend-window-content.ui", &error))
    {
      g_critical ("The window's content page: %s", error->message);
      return;
    }

#define TAKE(name) self->name = (gpointer)gtk_builder_get_object (builder, #name)
  TAKE (content_box);
  TAKE (banner_revealer);
  TAKE (banner_label);
  TAKE (banner_button);
  TAKE (sidebar);
  TAKE (page_stack);
  TAKE (topics_slot);
  TAKE (assistant_slot);
  TAKE (dossier_slot);
  TAKE (overdue_badge);
  TAKE (deadlines_slot);
  TAKE (deadlines_badge);
  TAKE (letters_slot);
  TAKE (preparation_slot);
  TAKE (loading_page);
  TAKE (loading_spinner);
#undef TAKE

  g_signal_connect_object (self->sidebar, "row-activated", G_CALLBACK (sidebar_row_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->banner_button, "clicked", G_CALLBACK (retry_save_cb), self,
                           G_CONNECT_SWAPPED);
  passend_revealer_hide_closed (self->banner_revealer);
  gtk_stack_add_named (self->main_stack, self->content_box, "content");

  _passend_window_backup_constructed (self);
  _passend_window_deadlines_changed_cb (self);
  _passend_window_overdue_changed_cb (self);
  _passend_window_select_page (self, self->page != NULL ? self->page : "topics");
  update_banner (self);
}

static void
restore_backup_cb (PassendWindow *self)
{
  g_autoptr (GError) error = NULL;

  if (!passend_store_restore_backup (self->store, &error))
    show_message (self, _ ("The backup could not be restored"), error->message);
}

static void
start_afresh_cb (PassendWindow *self)
{
  g_autoptr (GError) error = NULL;

  if (!passend_store_start_afresh (self->store, &error))
    show_message (self, _ ("Passend could not start an empty dossier"), error->message);
}

static void
quit_cb (PassendWindow *self)
{
  g_action_group_activate_action (G_ACTION_GROUP (g_application_get_default ()), "quit", NULL);
}

static void
unsaved_response_cb (PassendWindow *self, int response, GtkDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response == GTK_RESPONSE_REJECT)
    {
      /* The parent chose to close without the unsaved changes. */
      g_object_set_data (G_OBJECT (self), "passend-close-anyway", GINT_TO_POINTER (TRUE));
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (response == GTK_RESPONSE_ACCEPT)
    {
      if (passend_conflict_dialog_present_pending (GTK_WINDOW (self), self->store))
        return;
      if (passend_store_save (self->store, NULL))
        gtk_window_close (GTK_WINDOW (self));
    }
}

/* GtkWindow */

static void
save_geometry (PassendWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
passend_window_close_request (GtkWindow *window)
{
  PassendWindow *self = PASSEND_WINDOW (window);
  g_autoptr (GError) error = NULL;
  GtkWidget *dialog;

  save_geometry (self);

  if (g_object_get_data (G_OBJECT (self), "passend-close-anyway") ||
      passend_store_flush (self->store, &error))
    return GTK_WINDOW_CLASS (passend_window_parent_class)->close_request (window);

  /* Never lose changes silently: ask. */
  dialog = gtk_message_dialog_new (window, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE, "%s",
                                   _ ("Your latest changes could not be saved"));
  gtk_message_dialog_format_secondary_text (
      GTK_MESSAGE_DIALOG (dialog),
      _ ("The reason: %s. If you close Passend now, these changes are lost. "
         "The last saved dossier stays safe."),
      error->message);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("Close _Without Saving"), GTK_RESPONSE_REJECT);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Keep Passend Open"), GTK_RESPONSE_CANCEL);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Try Again"), GTK_RESPONSE_ACCEPT);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* GObject */

static void
passend_window_constructed (GObject *object)
{
  PassendWindow   *self = PASSEND_WINDOW (object);
  g_autofree char *last_page = NULL;
  int              width, height;

  G_OBJECT_CLASS (passend_window_parent_class)->constructed (object);

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (self->store, "notify::state", G_CALLBACK (store_state_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::save-error", G_CALLBACK (update_banner), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::dossier", G_CALLBACK (store_dossier_changed_cb),
                           self, G_CONNECT_SWAPPED);

  passend_conflict_dialog_follow_store (GTK_WINDOW (self), self->store);

  /* The page first, then the dossier: the page is made when the
   * dossier shows that the content (not the welcome) is wanted. */
  last_page = g_settings_get_string (self->settings, "last-page");
  _passend_window_select_page (self,
                               g_strv_contains (page_names, last_page) ? last_page : "topics");
  bind_dossier (self);
  _passend_window_pages_constructed (self);
  _passend_window_actions_init (self);
}

static void
passend_window_dispose (GObject *object)
{
  PassendWindow *self = PASSEND_WINDOW (object);

  if (self->child != NULL)
    g_signal_handlers_disconnect_by_func (self->child, child_name_changed_cb, self);
  g_clear_object (&self->child);

  /* Between dispose and finalize the store may still notify. */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->children != NULL)
    g_signal_handlers_disconnect_by_data (self->children, self);
  g_clear_object (&self->children);

  _passend_window_pages_dispose (self);

  /* Not gtk_widget_dispose_template(): in GTK 4.8 it unparents every
   * bound child, also those deep inside the tree that went with their
   * parent a moment before.  GtkWindow's dispose destroys the tree. */

  G_OBJECT_CLASS (passend_window_parent_class)->dispose (object);

  /* What the window made itself went with the tree. */
  self->child_dropdown = NULL;
  self->content_box = NULL;
  self->banner_revealer = NULL;
  self->banner_label = NULL;
  self->banner_button = NULL;
  self->sidebar = NULL;
  self->page_stack = NULL;
  self->deadlines_badge = NULL;
  self->overdue_badge = NULL;
  self->loading_page = NULL;
  self->loading_spinner = NULL;
  self->topics_slot = self->dossier_slot = self->deadlines_slot = NULL;
  self->assistant_slot = self->letters_slot = self->preparation_slot = NULL;
  self->topics_view = NULL;
  self->dossier_view = NULL;
  self->deadlines_view = NULL;
  self->assistant_view = NULL;
  self->letters_view = NULL;
  self->preparation_view = NULL;
}

static void
passend_window_finalize (GObject *object)
{
  PassendWindow *self = PASSEND_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_free (self->page);

  G_OBJECT_CLASS (passend_window_parent_class)->finalize (object);
}

static void
passend_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PassendWindow *self = PASSEND_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  PassendWindow *self = PASSEND_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CHILD:
      passend_window_set_child (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_window_class_init (PassendWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = passend_window_constructed;
  object_class->dispose = passend_window_dispose;
  object_class->finalize = passend_window_finalize;
  object_class->get_property = passend_window_get_property;
  object_class->set_property = passend_window_set_property;

  window_class->close_request = passend_window_close_request;

  properties[PROP_STORE] =
      g_param_spec_object ("store", NULL, NULL, PASSEND_TYPE_STORE,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHILD] =
      g_param_spec_object ("selected-child", NULL, NULL, PASSEND_TYPE_CHILD,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PASSEND_TYPE_STATUS_PAGE);
  g_type_ensure (PASSEND_TYPE_DOSSIER_VIEW);
  g_type_ensure (PASSEND_TYPE_TOPICS_VIEW);
  g_type_ensure (PASSEND_TYPE_PREPARATION_VIEW);
  g_type_ensure (PASSEND_TYPE_ASSISTANT_VIEW);
  g_type_ensure (PASSEND_TYPE_DEADLINES_VIEW);
  g_type_ensure (PASSEND_TYPE_LETTERS_VIEW);
  g_type_ensure (PASSEND_TYPE_CHILD);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/passend-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, child_dropdown_slot);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, child_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, child_menu);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, welcome_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, welcome_button);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, problem_page);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, problem_detail_label);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, afresh_button);
  gtk_widget_class_bind_template_callback (widget_class, welcome_add_cb);
  gtk_widget_class_bind_template_callback (widget_class, welcome_text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, restore_backup_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_afresh_cb);
  gtk_widget_class_bind_template_callback (widget_class, quit_cb);

  _passend_window_class_actions_init (widget_class);
}

static void
create_menu_cb (GtkMenuButton *button, gpointer model)
{
  gtk_menu_button_set_menu_model (button, model);
  /* Once: GTK 4.8 would call this at every opening, and a new menu
   * model makes a new popover.  The button keeps the model. */
  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
}

/* A menu's popover is made when it first opens: the two of them are a
 * sixth of what the window costs to make. */
static void
menu_on_first_open (GtkMenuButton *button, GMenuModel *model)
{
  gtk_menu_button_set_create_popup_func (button, create_menu_cb, g_object_ref (model),
                                         g_object_unref);
}

static void
passend_window_init (PassendWindow *self)
{
  self->settings = g_settings_new (APP_ID);
  gtk_widget_init_template (GTK_WIDGET (self));
  menu_on_first_open (self->child_menu_button, self->child_menu);
  menu_on_first_open (self->primary_menu_button, self->primary_menu);
}

/* Public API */

PassendWindow *
passend_window_new (GtkApplication *application, PassendStore *store)
{
  return g_object_new (PASSEND_TYPE_WINDOW, "application", application, "store", store, NULL);
}

/**
 * passend_window_get_child:
 *
 * Returns: (transfer none) (nullable): the child the pages are about
 */
PassendChild *
passend_window_get_child (PassendWindow *self)
{
  g_return_val_if_fail (PASSEND_IS_WINDOW (self), NULL);
  return self->child;
}

void
passend_window_set_child (PassendWindow *self, PassendChild *child)
{
  g_return_if_fail (PASSEND_IS_WINDOW (self));
  g_return_if_fail (child == NULL || PASSEND_IS_CHILD (child));

  if (self->child == child)
    return;

  if (self->child != NULL)
    g_signal_handlers_disconnect_by_func (self->child, child_name_changed_cb, self);

  g_set_object (&self->child, child);

  if (child != NULL)
    {
      g_signal_connect_object (child, "notify::name", G_CALLBACK (child_name_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_settings_set_string (self->settings, "last-child",
                             passend_record_get_id (PASSEND_RECORD (child)));
      select_child_in_dropdown (self);
    }

  if (self->dossier_view != NULL)
    passend_dossier_view_set_child (self->dossier_view, child);
  if (self->preparation_view != NULL)
    passend_preparation_view_set_child (self->preparation_view, child);
  if (self->assistant_view != NULL)
    passend_assistant_view_set_child (self->assistant_view, child);
  if (self->deadlines_view != NULL)
    passend_deadlines_view_set_child (self->deadlines_view, child);
  if (self->letters_view != NULL)
    passend_letters_view_set_child (self->letters_view, child);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

/**
 * passend_window_get_page:
 *
 * Returns: the name of the page shown: "welcome", "problem", "loading"
 *   (a page that waits for the dossier), or one of the sidebar pages
 */
const char *
passend_window_get_page (PassendWindow *self)
{
  const char *main_page;

  g_return_val_if_fail (PASSEND_IS_WINDOW (self), NULL);

  main_page = gtk_stack_get_visible_child_name (self->main_stack);
  if (g_strcmp0 (main_page, "content") != 0)
    return main_page;
  if (gtk_widget_get_visible (GTK_WIDGET (self->loading_page)))
    return "loading";

  return gtk_stack_get_visible_child_name (self->page_stack);
}
