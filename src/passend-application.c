/* passend-application.c - one Passend per session, one store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application is unique: a second start presents the first window.
 * It owns the store, loads it at start-up and saves what is pending when
 * it shuts down.  Where there is no session bus the store's lock file
 * still keeps a second process from writing.
 */
#define G_LOG_DOMAIN "passend-application"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "passend-application.h"
#include "passend-command-bundle.h"
#include "passend-command-line.h"
#include "passend-command-line-backup.h"
#include "passend-reminders.h"
#include "passend-topic-library.h"
#include "passend-ui-util.h"
#include "passend-window.h"

struct _PassendApplication
{
  GtkApplication parent_instance;

  PassendStore         *store;
  GSettings            *settings;
  gboolean              reminders_only; /* --check-reminders: no store, no window */
  gboolean              reminded;       /* what is due was shown, once a start */
  gboolean              load_started;
  guint                 load_timeout;
  PassendReminderTimer *day_timer;
};

G_DEFINE_FINAL_TYPE (PassendApplication, passend_application, GTK_TYPE_APPLICATION)

static void
help_shown_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    {
      GtkWidget *dialog = gtk_message_dialog_new (
          GTK_WINDOW (source), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT, GTK_MESSAGE_INFO,
          GTK_BUTTONS_CLOSE, "%s", _ ("The help could not be opened"));

      gtk_message_dialog_format_secondary_text (
          GTK_MESSAGE_DIALOG (dialog), "%s",
          _ ("No help viewer and no web browser were found to show it."));
      g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/**
 * passend_application_get_help_uri:
 *
 * The help in the desktop's help viewer (yelp) where it is installed;
 * otherwise the same pages as HTML, in the parent's language where
 * they are translated, for the web browser.
 *
 * Returns: (transfer full): the address F1 opens
 */
char *
passend_application_get_help_uri (PassendApplication *self)
{
  const char      *html_dir = g_getenv ("PASSEND_HELP_HTML_DIR");
  g_autofree char *yelp = g_find_program_in_path ("yelp");

  if (yelp != NULL)
    return g_strdup ("help:" APP_ID);

  if (html_dir == NULL)
    html_dir = HELP_HTML_DIR;
  for (const char *const *name = g_get_language_names (); *name != NULL; name++)
    {
      g_autofree char *folder = g_strconcat ("html-", *name, NULL);
      g_autofree char *index = g_build_filename (html_dir, folder, "index.html", NULL);

      if (g_file_test (index, G_FILE_TEST_IS_REGULAR))
        return g_filename_to_uri (index, NULL, NULL);
    }

  return g_strdup ("help:" APP_ID);
}

static void
help_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GtkApplication  *app = GTK_APPLICATION (user_data);
  g_autofree char *uri = passend_application_get_help_uri (PASSEND_APPLICATION (app));

  gtk_show_uri_full (gtk_application_get_active_window (app), uri, GDK_CURRENT_TIME, NULL,
                     help_shown_cb, NULL);
}

static void
about_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWindow      *about = g_object_new (
           GTK_TYPE_ABOUT_DIALOG, "transient-for", gtk_application_get_active_window (app), "modal",
           TRUE, "destroy-with-parent", TRUE, "hide-on-close", FALSE, "program-name", "Passend",
           "logo-icon-name", APP_ID, "version", PACKAGE_VERSION, "comments",
           _ ("A calm companion for parents whose child needs "
                   "extra support at school"),
           "license-type", GTK_LICENSE_GPL_3_0, "copyright", "© 2026 The Passend developers",
           /* Translators: put your names here, one per line. */
           "translator-credits", _ ("translator-credits"), NULL);

  gtk_window_present (about);
  /* Its first focusable widget is the selectable title, which would
   * open selected as if to be copied. */
  gtk_window_set_focus (about, NULL);
}

static void
quit_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList          *windows = g_list_copy (gtk_application_get_windows (app));

  /* Each window saves, or asks before it lets unsaved changes go. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));

  g_list_free (windows);
}

/* From a reminder: the Deadlines page. */
static void
show_deadlines_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (user_data));
  window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "deadlines");
}

static void
remind_after_login_changed_cb (GSettings *settings, const char *key, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  if (!passend_autostart_set (g_settings_get_boolean (settings, key), &error))
    g_warning ("%s", error->message);
}

/* Once a start, when both the window and the dossier are there: what is
 * due now; a writable dossier keeps that it was shown. */
static void
remind_once (PassendApplication *self)
{
  if (self->reminded || self->store == NULL ||
      passend_store_get_state (self->store) == PASSEND_STORE_STATE_UNLOADED ||
      gtk_application_get_active_window (GTK_APPLICATION (self)) == NULL)
    return;

  self->reminded = TRUE;
  passend_reminders_notify (G_APPLICATION (self), passend_store_get_dossier (self->store),
                            passend_store_get_writable (self->store));
}

static void
loaded_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (PassendApplication) self = user_data;

  /* A dossier that could not be opened is explained by the window. */
  passend_store_load_finish (PASSEND_STORE (source), result, NULL);
  remind_once (self);
}

/* The dossier is read on a worker.  Whatever the outcome, the store
 * then has a dossier and a state the window explains. */
static void
start_load (PassendApplication *self)
{
  if (self->load_started)
    return;
  self->load_started = TRUE;
  g_clear_handle_id (&self->load_timeout, g_source_remove);
  passend_store_load_async (self->store, NULL, loaded_cb, g_object_ref (self));
}

static gboolean
load_timeout_cb (gpointer data)
{
  PassendApplication *self = data;

  self->load_timeout = 0;
  start_load (self);
  return G_SOURCE_REMOVE;
}

static void
first_paint_cb (GdkFrameClock *clock, PassendApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, self);
  start_load (self);
}

/* A dossier this small is read before the first frame can show: the
 * window then opens on the welcome page or the content, not on Topics
 * for a moment first.  About 800 entries. */
#define SMALL_DOSSIER_BYTES (2 * 1024 * 1024)

static gboolean
dossier_exists (PassendApplication *self)
{
  GStatBuf st;

  return g_stat (passend_store_get_path (self->store), &st) == 0 || errno != ENOENT;
}

static gboolean
dossier_is_small (PassendApplication *self)
{
  GStatBuf st;

  return g_stat (passend_store_get_path (self->store), &st) != 0 ||
         st.st_size <= SMALL_DOSSIER_BYTES;
}

/* A large dossier is read after the window's first frame, so that it
 * takes neither time nor memory from it (or after half a second, should
 * the window not be painted); a small one at once. */
static void
load_after_first_paint (PassendApplication *self, GtkWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  if (self->load_started || self->load_timeout != 0)
    return;
  if (dossier_is_small (self))
    {
      start_load (self);
      return;
    }
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_paint_cb), self, 0);
  self->load_timeout = g_timeout_add (500, load_timeout_cb, self);
}

static const GActionEntry app_actions[] = {
  { "show-deadlines", show_deadlines_action },
  { "help", help_action },
  { "about", about_action },
  { "quit", quit_action },
};

static void
passend_application_startup (GApplication *application)
{
  PassendApplication *self = PASSEND_APPLICATION (application);
  static const char  *quit_accels[] = { "<Control>q", NULL };
  static const char  *help_accels[] = { "F1", NULL };
  static const char  *shortcuts_accels[] = { "<Control>question", NULL };
  g_autoptr (GtkCssProvider) css = NULL;

  /* Read beside GTK's own start-up, on the other core. */
  if (!self->reminders_only)
    passend_topic_library_preload ();

  G_APPLICATION_CLASS (passend_application_parent_class)->startup (application);
  css = gtk_css_provider_new ();

  if (self->reminders_only)
    return;
  passend_warm_icon_theme (gdk_display_get_default ());

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         shortcuts_accels);

  gtk_css_provider_load_from_resource (css, RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  gtk_window_set_default_icon_name (APP_ID);
  passend_fix_mnemonic_names ();

  self->settings = g_settings_new (APP_ID);
  g_action_map_add_action (G_ACTION_MAP (self),
                           g_settings_create_action (self->settings, "remind-after-login"));
  g_signal_connect (self->settings, "changed::remind-after-login",
                    G_CALLBACK (remind_after_login_changed_cb), NULL);

  /* The dossier is read once the window is on screen (activate). */
  self->store = passend_store_new (NULL);
}

/* After login: shows what is due, then exits; never writes the dossier.
 * An open Passend reminds by itself. */
static int
passend_application_check_reminders (PassendApplication *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PassendDossier) dossier = NULL;
  GDBusConnection *bus;

  self->reminders_only = TRUE;
  if (!g_application_register (G_APPLICATION (self), NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (g_application_get_is_remote (G_APPLICATION (self)))
    return 0;

  dossier = passend_store_read_only (NULL, &error);
  if (dossier == NULL)
    {
      g_printerr (_ ("The dossier could not be read: %s\n"), error->message);
      return 1;
    }
  passend_reminders_notify (G_APPLICATION (self), dossier, FALSE);

  /* The notification is a message on the bus: send it before exiting. */
  bus = g_application_get_dbus_connection (G_APPLICATION (self));
  if (bus != NULL)
    g_dbus_connection_flush_sync (bus, NULL, NULL);
  return 0;
}

/* --export-bundle FILE.pdf [--child NAME] [--from DATE] [--to DATE]:
 * read-only, so it works while Passend is open.  -1 if not asked. */
static int
passend_application_export_bundle (GVariantDict *options)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *child = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *done = NULL;

  if (!g_variant_dict_lookup (options, "export-bundle", "^ay", &path))
    return -1;
  g_variant_dict_lookup (options, "child", "s", &child);
  g_variant_dict_lookup (options, "from", "s", &from);
  g_variant_dict_lookup (options, "to", "s", &to);

  done = passend_command_line_export_bundle (NULL, path, child, from, to, &error);
  if (done == NULL)
    {
      g_printerr (_ ("The bundle could not be made: %s\n"), error->message);
      return 1;
    }
  g_print ("%s", done);
  return 0;
}

static const GOptionEntry bundle_options[] = {
  { "export-bundle", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Make the evidence bundle as one PDF, and exit"), N_ ("FILE.pdf") },
  { "child", 0, 0, G_OPTION_ARG_STRING, NULL, N_ ("With --export-bundle: only this child"),
    N_ ("NAME") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL, N_ ("With --export-bundle: from this date"),
    N_ ("YYYY-MM-DD") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL, N_ ("With --export-bundle: up to this date"),
    N_ ("YYYY-MM-DD") },
  { NULL },
};

/* Options that do their work and exit, before any window or lock. */
static int
passend_application_handle_local_options (GApplication *application, GVariantDict *options)
{
  int bundle_status = passend_application_export_bundle (options);

  if (bundle_status >= 0)
    return bundle_status;

  if (g_variant_dict_contains (options, "list-deadlines"))
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *text = passend_command_line_list_deadlines (NULL, &error);

      if (text == NULL)
        {
          g_printerr (_ ("The dossier could not be read: %s\n"), error->message);
          return 1;
        }
      g_print ("%s", text);
      return 0;
    }

  if (g_variant_dict_contains (options, "check-reminders"))
    return passend_application_check_reminders (PASSEND_APPLICATION (application));

  /* --export-backup, --import-backup [--replace] */
  {
    int status = passend_command_line_backup (options);

    if (status >= 0)
      return status;
  }

  return -1;
}

/* The day turned while Passend is open: what is due now. */
static gboolean
new_day_cb (gpointer data)
{
  PassendApplication *self = data;

  /* A dossier still being read is reminded of once it is there. */
  if (self->store != NULL && passend_store_get_state (self->store) != PASSEND_STORE_STATE_UNLOADED)
    passend_reminders_notify (G_APPLICATION (self), passend_store_get_dossier (self->store),
                              passend_store_get_writable (self->store));
  return G_SOURCE_CONTINUE;
}

static void
passend_application_activate (GApplication *application)
{
  PassendApplication *self = PASSEND_APPLICATION (application);
  GtkWindow          *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* No dossier yet, as at the first start: nothing to read, and the
   * window opens on the welcome page, not on Topics for a moment (nor
   * makes the Topics page before its first frame). */
  if (!self->load_started && !dossier_exists (self))
    {
      self->load_started = TRUE;
      passend_store_load (self->store, NULL);
    }
  if (window == NULL)
    window = GTK_WINDOW (passend_window_new (GTK_APPLICATION (self), self->store));
  /* While Passend stays open, what is due is looked at again each day. */
  if (self->day_timer == NULL)
    self->day_timer = passend_reminder_timer_new (new_day_cb, self, NULL);

  gtk_window_present (window);
  load_after_first_paint (self, window);
  remind_once (self);
}

static void
passend_application_shutdown (GApplication *application)
{
  PassendApplication *self = PASSEND_APPLICATION (application);

  g_clear_pointer (&self->day_timer, passend_reminder_timer_free);
  g_clear_handle_id (&self->load_timeout, g_source_remove);
  /* Windows flushed when they closed; this covers any other way out. */
  if (self->store != NULL)
    passend_store_flush (self->store, NULL);

  G_APPLICATION_CLASS (passend_application_parent_class)->shutdown (application);
}

static void
passend_application_finalize (GObject *object)
{
  PassendApplication *self = PASSEND_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (passend_application_parent_class)->finalize (object);
}

static void
passend_application_class_init (PassendApplicationClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = passend_application_finalize;
  app_class->startup = passend_application_startup;
  app_class->activate = passend_application_activate;
  app_class->handle_local_options = passend_application_handle_local_options;
  app_class->shutdown = passend_application_shutdown;
}

static const GOptionEntry options[] = {
  { "list-deadlines", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("Print what is due, one deadline a line, and exit"), NULL },
  { "check-reminders", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("Show the reminders of what is due, and exit"), NULL },
  { NULL },
};

static void
passend_application_init (PassendApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_add_main_option_entries (G_APPLICATION (self), bundle_options);
  g_application_add_main_option_entries (G_APPLICATION (self), passend_command_line_backup_options);
}

PassendApplication *
passend_application_new (void)
{
  return g_object_new (PASSEND_TYPE_APPLICATION, "application-id", APP_ID, "flags",
                       G_APPLICATION_DEFAULT_FLAGS, "resource-base-path", RESOURCE_PATH, NULL);
}

/**
 * passend_application_get_store:
 *
 * Returns: (transfer none) (nullable): the store, once started up
 */
PassendStore *
passend_application_get_store (PassendApplication *self)
{
  g_return_val_if_fail (PASSEND_IS_APPLICATION (self), NULL);
  return self->store;
}
