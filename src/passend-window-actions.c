/* passend-window-actions.c - the window's actions: the child menu and
 * the ways between the pages (shortcuts, links)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "passend-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-name-dialog.h"
#include "passend-window-private.h"

static void
add_child_accepted_cb (PassendWindow *self, const char *name, PassendNameDialog *dialog)
{
  PassendChild *child = passend_dossier_add_child (passend_store_get_dossier (self->store), name);

  if (child != NULL)
    passend_window_set_child (self, child);
}

static void
rename_child_accepted_cb (PassendWindow *self, const char *name, PassendNameDialog *dialog)
{
  if (self->child != NULL)
    passend_child_set_name (self->child, name);
}

static void
remove_child_response_cb (PassendWindow *self, int response, GtkDialog *dialog)
{
  if (response == GTK_RESPONSE_ACCEPT && self->child != NULL)
    passend_dossier_remove_child (passend_store_get_dossier (self->store), self->child);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
child_add_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendWindow     *self = PASSEND_WINDOW (widget);
  PassendNameDialog *dialog =
      passend_name_dialog_new (GTK_WINDOW (self), _ ("Add a Child"), _ ("_Add"), NULL);

  g_signal_connect_object (dialog, "accepted", G_CALLBACK (add_child_accepted_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
child_rename_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendWindow     *self = PASSEND_WINDOW (widget);
  PassendNameDialog *dialog;

  if (self->child == NULL)
    return;

  dialog = passend_name_dialog_new (GTK_WINDOW (self), _ ("Rename Child"), _ ("_Rename"),
                                    passend_child_get_name (self->child));
  g_signal_connect_object (dialog, "accepted", G_CALLBACK (rename_child_accepted_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
child_remove_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendWindow  *self = PASSEND_WINDOW (widget);
  PassendDossier *dossier = passend_store_get_dossier (self->store);
  const char     *name;
  GtkWidget      *dialog;
  GtkWidget      *remove_button;
  guint           n_entries;

  if (self->child == NULL)
    return;

  name = passend_child_get_name (self->child);
  n_entries = passend_dossier_count_entries (dossier, self->child);

  dialog = gtk_message_dialog_new (
      GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT, GTK_MESSAGE_QUESTION,
      GTK_BUTTONS_NONE, _ ("Remove %s from Passend?"), name);
  gtk_message_dialog_format_secondary_text (
      GTK_MESSAGE_DIALOG (dialog),
      g_dngettext (GETTEXT_PACKAGE,
                   "This also removes %u dossier entry about %s and the agreements in it. "
                   "The backups from before this moment still hold it.",
                   "This also removes %u dossier entries about %s and the agreements in them. "
                   "The backups from before this moment still hold them.",
                   n_entries),
      n_entries, name);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Cancel"), GTK_RESPONSE_CANCEL);
  remove_button = gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Remove"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (remove_button, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_child_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Shows the Dossier page, when there is a child whose dossier it is. */
static gboolean
show_dossier (PassendWindow *self)
{
  if (!g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "content") ||
      self->child == NULL)
    return FALSE;

  _passend_window_select_page (self, "dossier");
  return TRUE;
}

static void
new_entry_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendWindow *self = PASSEND_WINDOW (widget);

  if (show_dossier (self) && self->dossier_view != NULL)
    passend_dossier_view_new_entry (self->dossier_view);
}

static void
find_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendWindow *self = PASSEND_WINDOW (widget);

  /* The Topics page searches its own texts; elsewhere Ctrl+F searches
   * the dossier. */
  if (g_strcmp0 (passend_window_get_page (self), "topics") == 0 && self->topics_view != NULL)
    passend_topics_view_focus_search (self->topics_view);
  else if (show_dossier (self) && self->dossier_view != NULL)
    passend_dossier_view_focus_search (self->dossier_view);
}

static void
print_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendWindow *self = PASSEND_WINDOW (widget);

  /* Ctrl+P prints the preparation sheet shown, also while the keyboard
   * is still in the sidebar. */
  if (g_strcmp0 (passend_window_get_page (self), "preparation") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->preparation_view), "preparation.print", NULL);
}

/* Alt+Page Down / Up: the next or previous step on the Assistant page,
 * also while the keyboard is still in the sidebar. */
static void
step_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendWindow *self = PASSEND_WINDOW (widget);

  if (g_strcmp0 (passend_window_get_page (self), "assistant") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->assistant_view),
                                g_str_equal (action_name, "nav.next-step")
                                    ? "assistant.next-step"
                                    : "assistant.previous-step",
                                NULL);
}

/* Links between the pages: the Topics view opens topics, sections,
 * glossary terms and organisations. */
static void
show_topic_link (PassendWindow *self, const char *link)
{
  if (!g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "content"))
    return;

  _passend_window_select_page (self, "topics");
  /* The content's own links are checked by its tests; a page that
   * names something the content does not have shows the Topics page. */
  if (!passend_topics_view_show_link (self->topics_view, link))
    g_debug ("A link leads nowhere: %s", link);
}

/* "step:N" opens step N of the selected child in the Assistant. */
static void
show_step_link (PassendWindow *self, const char *step)
{
  guint64 n;

  if (!g_ascii_string_to_unsigned (step, 10, PASSEND_PROCESS_FIRST_STEP, PASSEND_PROCESS_LAST_STEP,
                                   &n, NULL))
    {
      g_warning ("Not a step: %s", step);
      return;
    }

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "content"))
    return;

  _passend_window_select_page (self, "assistant");
  passend_assistant_view_show_step (self->assistant_view, (int)n);
}

/* nav.show-link: "topic:ID", "topic:ID#SECTION", "term:ID", "org:ID",
 * "step:N" or "letter:ID" (a letter, opened filled in), or
 * "letter:talk-report#ENTRY" (the report of the talk that entry wrote
 * down), from a link in any page. */
static void
nav_show_link_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendWindow *self = PASSEND_WINDOW (widget);
  const char    *link = g_variant_get_string (parameter, NULL);

  if (g_str_has_prefix (link, "step:"))
    show_step_link (self, link + strlen ("step:"));
  else if (g_str_has_prefix (link, "topic:") || g_str_has_prefix (link, "term:") ||
           g_str_has_prefix (link, "org:"))
    show_topic_link (self, link);
  else if (g_str_has_prefix (link, "entry:"))
    {
      _passend_window_select_page (self, "dossier");
      if (self->dossier_view != NULL)
        passend_dossier_view_show_entry_id (self->dossier_view, link + strlen ("entry:"));
    }
  else if (g_str_has_prefix (link, "letter:talk-report#"))
    {
      _passend_window_select_page (self, "letters");
      if (self->letters_view != NULL)
        passend_letters_view_open_talk_report (self->letters_view,
                                               link + strlen ("letter:talk-report#"));
    }
  else if (g_str_has_prefix (link, "letter:"))
    {
      _passend_window_select_page (self, "letters");
      if (self->letters_view != NULL)
        passend_letters_view_open (self->letters_view, link + strlen ("letter:"));
    }
  else
    g_warning ("Unknown link kind: %s", link);
}

static void
nav_show_page_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendWindow *self = PASSEND_WINDOW (widget);
  const char    *name = g_variant_get_string (parameter, NULL);

  if (!g_strv_contains (page_names, name))
    return;

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "content"))
    return;

  _passend_window_select_page (self, name);
}

/* The keyboard shortcuts window is made when first asked for: made
 * with every window, as GtkApplication does from gtk/help-overlay.ui,
 * it took a third of the time to build the main window. */
static void
show_shortcuts_action (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  GtkApplicationWindow *self = GTK_APPLICATION_WINDOW (data);
  GtkShortcutsWindow   *shortcuts = gtk_application_window_get_help_overlay (self);

  if (shortcuts == NULL)
    {
      g_autoptr (GtkBuilder) builder =
          gtk_builder_new_from_resource (RESOURCE_PATH "/passend-shortcuts.ui");

      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* The window keeps it, and keeps this action as its own. */
      gtk_application_window_set_help_overlay (self, shortcuts);
    }
  gtk_window_present (GTK_WINDOW (shortcuts));
}

void
_passend_window_actions_init (PassendWindow *self)
{
  static const GActionEntry entries[] = {
    { "show-help-overlay", show_shortcuts_action },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
}

void
_passend_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "child.add", NULL, child_add_action);
  gtk_widget_class_install_action (widget_class, "child.rename", NULL, child_rename_action);
  gtk_widget_class_install_action (widget_class, "child.remove", NULL, child_remove_action);
  gtk_widget_class_install_action (widget_class, "nav.show-page", "s", nav_show_page_action);
  gtk_widget_class_install_action (widget_class, "nav.show-link", "s", nav_show_link_action);
  gtk_widget_class_install_action (widget_class, "nav.new-entry", NULL, new_entry_action);
  gtk_widget_class_install_action (widget_class, "nav.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "nav.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "nav.next-step", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "nav.previous-step", NULL, step_action);
  _passend_window_class_backup_init (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK,
                                       "nav.next-step", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK,
                                       "nav.previous-step", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "nav.new-entry",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "nav.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "nav.print",
                                       NULL);

  for (guint i = 0; page_names[i] != NULL; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK, "nav.show-page",
                                         "s", page_names[i]);
}
