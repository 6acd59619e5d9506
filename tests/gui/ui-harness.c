/* ui-harness.c - what every UI test uses to drive the real application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs Passend in a subprocess with its own XDG_DATA_HOME, as
 * a parent would start it, scripts the window from the "activate"
 * handler, quits through app.quit, and then checks dossier.json on disk
 * from the parent process.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "ui-harness.h"

static guint       unexpected_warnings;
static const char *allowed_warning;

/**
 * ui_allow_warning:
 * @part: (nullable): a part of the one warning GTK itself gives in
 *   what the test looks at, or %NULL for none
 *
 * For a known warning of GTK 4.8 that Passend cannot avoid; every other
 * warning still fails the test.
 */
void
ui_allow_warning (const char *part)
{
  allowed_warning = part;
}

/* Warnings are counted, not fatal, so the one GTK gives without a
 * session bus (as in CI) can pass; any other fails the test. */
static GLogWriterOutput
log_writer_cb (GLogLevelFlags   log_level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL))
    {
      const char *message = NULL;

      for (gsize i = 0; i < n_fields; i++)
        if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
          message = fields[i].value;

      if (message != NULL && allowed_warning != NULL && strstr (message, allowed_warning) != NULL)
        return G_LOG_WRITER_HANDLED;
      if (message == NULL || strstr (message, "session bus") == NULL)
        unexpected_warnings++;
      else
        return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/* Dutch, from the translations as built, before they are installed:
 * for a subprocess, before run_app(). */
void
ui_use_dutch (void)
{
  g_autofree char *po_dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "..", "po", NULL);

  bindtextdomain (GETTEXT_PACKAGE, po_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "nl", TRUE);
}

/* A label shown inside @widget whose text is cut off with "…". */
GtkWidget *
find_cut_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_cut_label (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
find_named (GtkWidget *root, const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
find_by_type (GtkWidget *root, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

void
pump (void)
{
  gint64 until = g_get_monotonic_time () + 100 * 1000;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* transfer none */

  pump ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

void
click (GtkWidget *root, const char *name)
{
  GtkWidget *button = find_named (root, name);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  pump ();
}

const char *
selected_child_name (PassendWindow *window)
{
  PassendChild *child = passend_window_get_child (window);

  return child ? passend_child_get_name (child) : NULL;
}

static ScriptFunc at_once_script;

static void
painted_cb (GdkFrameClock *clock, gboolean *painted)
{
  *painted = TRUE;
}

static void
activated_cb (GApplication *app, ScriptFunc script)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  g_assert_true (PASSEND_IS_WINDOW (window));
  if (at_once_script != NULL)
    at_once_script (PASSEND_APPLICATION (app), PASSEND_WINDOW (window));

  /* A slow machine may take a while to show the window. */
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)) && g_get_monotonic_time () < deadline)
    pump ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  /* Some of a page is made after the window's first frame. */
  {
    GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
    gboolean       painted = FALSE;
    gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);

    gtk_widget_queue_draw (GTK_WIDGET (window));
    while (!painted && g_get_monotonic_time () < deadline)
      pump ();
    g_signal_handler_disconnect (clock, handler);
  }
  /* The dossier is read on a worker, as the window shows. */
  while (passend_store_get_state (passend_application_get_store (PASSEND_APPLICATION (app))) ==
             PASSEND_STORE_STATE_UNLOADED &&
         g_get_monotonic_time () < deadline)
    pump ();
  g_assert_cmpint (
      passend_store_get_state (passend_application_get_store (PASSEND_APPLICATION (app))), !=,
      PASSEND_STORE_STATE_UNLOADED);
  pump ();

  script (PASSEND_APPLICATION (app), PASSEND_WINDOW (window));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

/* As run_app(), with @at_once run as soon as the window exists, before
 * the dossier is read. */
void
run_app_at_once (ScriptFunc at_once, ScriptFunc script)
{
  at_once_script = at_once;
  run_app (script);
  at_once_script = NULL;
}

void
run_app (ScriptFunc script)
{
  g_autoptr (PassendApplication) app = passend_application_new ();

  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_signal_connect_after (app, "activate", G_CALLBACK (activated_cb), script);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_cmpuint (unexpected_warnings, ==, 0);
}

/* Makes a fresh data home for the subprocess and returns its passend
 * folder. */
char *
prepare_data_home (char **home_out)
{
  char            *home = test_make_dir ();
  g_autofree char *config = g_build_filename (home, "config", NULL);

  /* Its own settings folder too: tests run side by side, and one that
   * writes the autostart entry must not meet another's. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  *home_out = home;
  return g_build_filename (home, "passend", NULL);
}

/* As prepare_data_home(), with @json as the dossier already there. */
char *
prepare_dossier (char **home_out, const char *json)
{
  char *dir = prepare_data_home (home_out);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_free (test_write_file (dir, "dossier.json", json, -1));
  return dir;
}

JsonObject *
read_dossier (const char *dir, JsonParser *parser)
{
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  g_autoptr (GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

const char *
child_name_in_file (JsonObject *root, guint index)
{
  JsonArray *children = json_object_get_array_member (root, "children");

  if (index >= json_array_get_length (children))
    return NULL;
  return json_object_get_string_member (json_array_get_object_element (children, index), "name");
}

void
run_in_subprocess (const char *path)
{
  /* No limit of our own: meson's timeout, scaled by --timeout-multiplier
   * (as the sanitizer run sets it), ends a test that hangs. */
  g_test_trap_subprocess (path, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

void
set_text (GtkWidget *root, const char *name, const char *text)
{
  GtkWidget *widget = find_named (root, name);

  g_assert_nonnull (widget);
  if (GTK_IS_TEXT_VIEW (widget))
    {
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
      pump ();
      return;
    }
  /* A date field is an entry with a calendar button beside it. */
  if (!GTK_IS_EDITABLE (widget))
    widget = gtk_widget_get_first_child (widget);
  g_assert_true (GTK_IS_EDITABLE (widget));
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
  pump ();
}

/* Waits for the search entry's short delay. */
void
search_for (GtkWidget *root, const char *text)
{
  set_text (root, "dossier-search", text);
  for (guint i = 0; i < 5; i++)
    pump ();
}

void
set_view_text (GtkWidget *root, const char *name, const char *text)
{
  GtkWidget *widget = find_named (root, name);

  g_assert_nonnull (widget);
  g_assert_true (GTK_IS_TEXT_VIEW (widget));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  pump ();
}

/* Activates the line of the list view @name in @root whose item has
 * @value as its string @property, as a click or Enter on it would. */
void
activate_item (GtkWidget *root, const char *name, const char *property, const char *value)
{
  GtkWidget  *list = find_named (root, name);
  GListModel *model;
  guint       n;

  g_assert_true (GTK_IS_LIST_VIEW (list));
  model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (model, i);
      g_autofree char *text = NULL;

      g_object_get (item, property, &text, NULL);
      if (g_strcmp0 (text, value) == 0)
        {
          g_signal_emit_by_name (list, "activate", i);
          pump ();
          return;
        }
    }
  g_error ("no line of %s has %s “%s”", name, property, value);
}

void
set_active (GtkWidget *root, const char *name, gboolean active)
{
  GtkWidget *check = find_named (root, name);

  g_assert_nonnull (check);
  g_assert_true (gtk_widget_is_sensitive (check));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  pump ();
}

/* Whether Tab, from @start, reaches a widget named @name (or one inside
 * it) before it leaves @within. */
gboolean
tab_reaches (PassendWindow *window, GtkWidget *within, const char *start, const char *name)
{
  gtk_widget_grab_focus (find_named (within, start));
  for (guint i = 0; i < 60; i++)
    {
      GtkWidget *focus;

      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus == NULL || !gtk_widget_is_ancestor (focus, within))
        return FALSE;
      /* The focus may be inside it, as in the text of a spin button. */
      for (GtkWidget *w = focus; w != within; w = gtk_widget_get_parent (w))
        if (g_strcmp0 (gtk_widget_get_name (w), name) == 0)
          return TRUE;
    }

  return FALSE;
}

/* The name a Tab stop is known by: its own or its nearest named
 * ancestor's (the text of a spin button or a date field); else "?",
 * its type and what it says, so that an unnamed stop stands out. */
static char *
stop_name (GtkWidget *focus, GtkWidget *root)
{
  const char *said = NULL;

  for (GtkWidget *w = focus; w != NULL && w != root; w = gtk_widget_get_parent (w))
    if (strcmp (gtk_widget_get_name (w), G_OBJECT_TYPE_NAME (w)) != 0)
      return g_strdup (gtk_widget_get_name (w));

  for (GtkWidget *w = focus; w != NULL && w != root && said == NULL; w = gtk_widget_get_parent (w))
    {
      if (GTK_IS_BUTTON (w))
        said = gtk_button_get_label (GTK_BUTTON (w));
      if (said == NULL)
        said = gtk_widget_get_tooltip_text (w);
      if (said == NULL && GTK_IS_ENTRY (w))
        said = gtk_entry_get_placeholder_text (GTK_ENTRY (w));
    }
  return g_strdup_printf ("?%s(%s)", G_OBJECT_TYPE_NAME (focus), said ? said : "");
}

/**
 * tab_walk:
 * @start: (nullable): the named widget to start on; %NULL for where the
 *   focus is
 *
 * Presses Tab (as GTK moves the focus for it) until the focus comes
 * back to where it started, or 80 times.
 *
 * Returns: (transfer full): the names of the stops, in order, one space
 *   between them, starting with @start's
 */
char *
tab_walk (GtkWindow *window, const char *start)
{
  GString   *order = g_string_new (NULL);
  GtkWidget *first;

  if (start != NULL)
    gtk_widget_grab_focus (find_named (GTK_WIDGET (window), start));
  pump ();
  first = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (first);
  {
    g_autofree char *name = stop_name (first, GTK_WIDGET (window));

    g_string_append (order, name);
  }
  for (guint i = 0; i < 80; i++)
    {
      GtkWidget       *focus;
      g_autofree char *name = NULL;

      if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
        gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus == NULL || focus == first)
        break;
      name = stop_name (focus, GTK_WIDGET (window));
      g_string_append_c (order, ' ');
      g_string_append (order, name);
    }
  return g_string_free (order, FALSE);
}

/* Runs the first shortcut on @widget's controllers that @trigger fires
 * (only those of global scope when @global_only) and says if it ran. */
static gboolean
run_shortcuts (GtkWidget *widget, GtkShortcutTrigger *trigger, gboolean global_only)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          (global_only && gtk_shortcut_controller_get_scope (
                              GTK_SHORTCUT_CONTROLLER (controller)) != GTK_SHORTCUT_SCOPE_GLOBAL))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }

  return FALSE;
}

static gboolean
run_global_shortcuts (GtkWidget *widget, GtkShortcutTrigger *trigger)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (run_shortcuts (widget, trigger, TRUE))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (run_global_shortcuts (child, trigger))
      return TRUE;
  return FALSE;
}

/* A key pressed with the focus where it is, as GTK hands it on: the
 * shortcuts of the focus and its parents, then the window's global
 * ones. Says if a shortcut took it. */
gboolean
press_key (GtkWindow *window, guint keyval, GdkModifierType modifiers)
{
  g_autoptr (GtkShortcutTrigger) trigger = gtk_keyval_trigger_new (keyval, modifiers);
  gboolean handled = FALSE;

  for (GtkWidget *w = gtk_root_get_focus (GTK_ROOT (window)); w != NULL && !handled;
       w = gtk_widget_get_parent (w))
    handled = run_shortcuts (w, trigger, FALSE);
  if (!handled)
    handled = run_global_shortcuts (GTK_WIDGET (window), trigger);
  pump ();
  return handled;
}

/* What every UI test program does first: no session bus (as in CI; the
 * lock file keeps one writer), no accessibility bus, warnings counted. */
void
ui_test_init (int *argc, char ***argv)
{
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/passend-test-bus", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);

  g_log_set_writer_func (log_writer_cb, NULL, NULL);
  gtk_test_init (argc, argv, NULL);
}

static void
collect_mnemonics (GtkWidget *widget, GHashTable *seen)
{
  if (!gtk_widget_get_visible (widget))
    return;
  /* A popover's or a stack page's own keys live apart from the rest. */
  if (GTK_IS_POPOVER (widget) || GTK_IS_NATIVE (widget))
    return;
  if (GTK_IS_LABEL (widget) && gtk_label_get_use_underline (GTK_LABEL (widget)) &&
      gtk_widget_get_mapped (widget))
    {
      guint key = gdk_keyval_to_lower (gtk_label_get_mnemonic_keyval (GTK_LABEL (widget)));

      if (key != GDK_KEY_VoidSymbol && key != 0)
        {
          const char *other = g_hash_table_lookup (seen, GUINT_TO_POINTER (key));

          if (other != NULL)
            g_error ("Alt+%s is taken twice: \"%s\" and \"%s\"", gdk_keyval_name (key), other,
                     gtk_label_get_label (GTK_LABEL (widget)));
          g_hash_table_insert (seen, GUINT_TO_POINTER (key),
                               (gpointer)gtk_label_get_label (GTK_LABEL (widget)));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_mnemonics (child, seen);
}

/**
 * assert_mnemonics_unique:
 *
 * Fails when two controls shown together in @window take the same
 * Alt+letter: the second could never be reached with it.
 */
void
assert_mnemonics_unique (GtkWindow *window)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  GtkWidget *child = gtk_window_get_child (window);
  GtkWidget *titlebar = gtk_window_get_titlebar (window);

  if (child != NULL)
    collect_mnemonics (child, seen);
  if (titlebar != NULL)
    collect_mnemonics (titlebar, seen);
}
