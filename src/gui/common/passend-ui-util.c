/* passend-ui-util.c - words and icons for the model's values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dates are written with our own translated month names rather than
 * strftime: the month then follows the language of the window
 * (LANGUAGE), also when the system's LC_TIME is another language.
 */
#define G_LOG_DOMAIN "passend-ui-util"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "passend-json.h"
#include "passend-ui-util.h"

const char *
passend_entry_kind_icon (PassendEntryKind kind)
{
  switch (kind)
    {
    case PASSEND_ENTRY_KIND_CONVERSATION:
      return "system-users-symbolic";
    case PASSEND_ENTRY_KIND_PHONE_CALL:
      return "call-start-symbolic";
    case PASSEND_ENTRY_KIND_EMAIL:
      return "mail-unread-symbolic";
    case PASSEND_ENTRY_KIND_LETTER:
      return "mail-send-symbolic";
    case PASSEND_ENTRY_KIND_DOCUMENT:
      return "x-office-document-symbolic";
    case PASSEND_ENTRY_KIND_OBSERVATION:
      return "view-reveal-symbolic";
    case PASSEND_ENTRY_KIND_NOTE:
      return "document-edit-symbolic";
    default:
      return "text-x-generic-symbolic";
    }
}

/**
 * passend_enum_string_list:
 *
 * Returns: (transfer full): the labels of values 0 to @n_values - 1,
 *   for a GtkDropDown whose position is the value
 */
GtkStringList *
passend_enum_string_list (const char *(*label) (int value), int n_values)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < n_values; i++)
    gtk_string_list_append (list, label (i));

  return list;
}

/**
 * passend_widget_dispose_children:
 *
 * Unparents every child of @widget, for the dispose of a widget built
 * from a template.  Not gtk_widget_dispose_template(): in GTK 4.8 it
 * also unparents bound children nested inside other bound children,
 * which may already be gone with their parent; and it leaves unbound
 * children behind.
 */
void
passend_widget_dispose_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

/**
 * passend_is_app_link:
 * @uri: a link from a label
 *
 * Returns: %TRUE for the app's own links ("topic:", "term:", "org:",
 *   "step:", "entry:", "letter:"), %FALSE for web and mail addresses and
 *   anything else
 */
gboolean
passend_is_app_link (const char *uri)
{
  return uri != NULL && (g_str_has_prefix (uri, "topic:") || g_str_has_prefix (uri, "term:") ||
                         g_str_has_prefix (uri, "org:") || g_str_has_prefix (uri, "step:") ||
                         g_str_has_prefix (uri, "entry:") || g_str_has_prefix (uri, "letter:"));
}

/**
 * passend_follow_app_link:
 * @widget: the widget whose label was clicked
 * @uri: the link
 *
 * For a label's "activate-link": the app's own links go through
 * nav.show-link; web and mail addresses are left to GtkLabel, which opens
 * them on the desktop.
 *
 * Returns: whether the link was handled here
 */
gboolean
passend_follow_app_link (GtkWidget *widget, const char *uri)
{
  if (!passend_is_app_link (uri))
    return FALSE;

  gtk_widget_activate_action (widget, "nav.show-link", "s", uri);
  return TRUE;
}

/**
 * passend_show_warning:
 * @parent: (nullable): the window the message belongs to
 * @primary: what went wrong, in one sentence
 * @secondary: why, or what to do
 *
 * Shows a modal message with a Close button; it goes by itself.
 */
void
passend_show_warning (GtkWindow *parent, const char *primary, const char *secondary)
{
  GtkWidget *dialog =
      gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                              GTK_MESSAGE_WARNING, GTK_BUTTONS_CLOSE, "%s", primary);

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * passend_view_follow_store:
 * @view: a page
 * @slot: where @view keeps its store
 * @store: (nullable): the new store
 * @dossier_changed: called on @view (swapped) when the store's dossier
 *   is replaced (a backup restored)
 * @state_changed: called on @view (swapped) when the store's state
 *   changes (read-only, for example)
 *
 * What every page does with the store it shows.  The caller then binds
 * the dossier, when this returns %TRUE.
 *
 * Returns: whether @store is new to @view
 */
gboolean
passend_view_follow_store (gpointer       view,
                           PassendStore **slot,
                           PassendStore  *store,
                           GCallback      dossier_changed,
                           GCallback      state_changed)
{
  if (*slot == store)
    return FALSE;

  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, view);
  g_set_object (slot, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "notify::dossier", dossier_changed, view, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::state", state_changed, view, G_CONNECT_SWAPPED);
    }

  return TRUE;
}

/* GTK 4.8 gives a button with a mnemonic its label as it is written,
 * "_Start", as the name a screen reader says. */
static void
fix_button_name (GtkButton *button)
{
  const char *label = gtk_button_get_label (button);
  GString    *plain;

  if (label == NULL || !gtk_button_get_use_underline (button))
    return;

  plain = g_string_new (NULL);
  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] != '\0')
        p++;
      g_string_append_c (plain, *p);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  plain->str, -1);
  g_string_free (plain, TRUE);
}

static gboolean
button_mapped_hook (GSignalInvocationHint *hint,
                    guint                  n_params,
                    const GValue          *params,
                    gpointer               data)
{
  GObject *object = g_value_get_object (&params[0]);

  if (!GTK_IS_BUTTON (object))
    return TRUE;

  if (g_object_get_data (object, "passend-name-fixed") == NULL)
    {
      g_object_set_data (object, "passend-name-fixed", GINT_TO_POINTER (TRUE));
      g_signal_connect (object, "notify::label", G_CALLBACK (fix_button_name), NULL);
      g_signal_connect (object, "notify::use-underline", G_CALLBACK (fix_button_name), NULL);
    }
  fix_button_name (GTK_BUTTON (object));
  return TRUE;
}

/**
 * passend_fix_mnemonic_names:
 *
 * From now on, every button with a mnemonic ("_Start") is named for
 * screen readers without its underscore ("Start"), in every window,
 * also GTK's own dialogs.  Call once, at startup.
 */
void
passend_fix_mnemonic_names (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      g_type_class_unref (g_type_class_ref (GTK_TYPE_BUTTON));
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, button_mapped_hook,
                                  NULL, NULL);
      g_once_init_leave (&done, 1);
    }
}

static void
throw_away_response_cb (GtkWindow *editor, int response, GtkDialog *question)
{
  gtk_window_destroy (GTK_WINDOW (question));
  if (response == GTK_RESPONSE_REJECT)
    gtk_window_destroy (editor);
}

/**
 * passend_ask_throw_away:
 * @editor: a window with what the parent typed and did not save
 * @detail: what is not saved yet, in a sentence
 *
 * Asks before the parent's typing is lost: Throw Away closes @editor,
 * Keep Editing (the default) leaves it as it is.  For a window's
 * "close-request" when it has changes.
 */
void
passend_ask_throw_away (GtkWindow *editor, const char *detail)
{
  GtkWidget *question = gtk_message_dialog_new (
      editor, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT, GTK_MESSAGE_QUESTION,
      GTK_BUTTONS_NONE, "%s", _ ("Throw away what you typed?"));

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (question), "%s", detail);
  gtk_dialog_add_button (GTK_DIALOG (question), _ ("_Throw Away"), GTK_RESPONSE_REJECT);
  gtk_dialog_add_button (GTK_DIALOG (question), _ ("_Keep Editing"), GTK_RESPONSE_CANCEL);
  gtk_dialog_set_default_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
  /* Not g_signal_connect_object(): the editor can outlive the question
   * (Throw Away destroys both), and GLib 2.74 then disconnects from the
   * question already gone.  The question holds the editor instead. */
  g_signal_connect_data (question, "response", G_CALLBACK (throw_away_response_cb),
                         g_object_ref (editor), (GClosureNotify)(void (*) (void))g_object_unref,
                         G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (question));
}

static gpointer
warm_icon_theme_thread (gpointer data)
{
  g_autoptr (GtkIconTheme) theme = data;
  g_autoptr (GtkIconPaintable) icon = NULL;

  icon =
      gtk_icon_theme_lookup_icon (theme, "open-menu-symbolic", NULL, 16, 1, GTK_TEXT_DIR_NONE, 0);
  return NULL;
}

/**
 * passend_warm_icon_theme:
 * @display: the display the window will open on
 *
 * Reads @display's icon theme on a worker thread.  GTK 4.8 starts such
 * a read itself when it makes the theme, but GtkApplication's start-up
 * adds the application's resource path right after, which throws that
 * read away; the first icon the window looks up then reads the theme's
 * index on the main thread, about a tenth of the time to the first
 * frame.  GTK lets a thread look up icons once the theme was made on the
 * main thread, and a lookup there meanwhile waits for the worker instead
 * of reading the theme again.  Call once, after GtkApplication's
 * start-up, before the window is built.
 */
void
passend_warm_icon_theme (GdkDisplay *display)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (display);

  g_thread_unref (g_thread_new ("passend-icons", warm_icon_theme_thread, g_object_ref (theme)));
}

static void
revealer_changed_cb (GtkRevealer *revealer)
{
  gtk_widget_set_visible (GTK_WIDGET (revealer), gtk_revealer_get_reveal_child (revealer) ||
                                                     gtk_revealer_get_child_revealed (revealer));
}

/**
 * passend_revealer_hide_closed:
 * @revealer: a bar that is closed most of the time
 *
 * Hides @revealer while it is closed, and shows it before it opens: a
 * closed revealer is still measured in every frame, and a bar with a
 * wrapping label costs the window's first frame several layouts.
 */
void
passend_revealer_hide_closed (GtkRevealer *revealer)
{
  g_signal_connect (revealer, "notify::reveal-child", G_CALLBACK (revealer_changed_cb), NULL);
  g_signal_connect (revealer, "notify::child-revealed", G_CALLBACK (revealer_changed_cb), NULL);
  revealer_changed_cb (revealer);
}
