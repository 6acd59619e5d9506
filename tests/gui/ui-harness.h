/* ui-harness.h - the shared harness of the UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

#include "passend-application.h"
#include "passend-window.h"
#include "test-util.h"

G_BEGIN_DECLS

/* The child most tests start with, as the dossier file holds it. */
#define SAM_JSON                                                                                   \
  "{\"id\": \"c1\", \"name\": \"Sam\", "                                                           \
  "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\"}"

typedef void (*ScriptFunc) (PassendApplication *app, PassendWindow *window);

GtkWidget  *find_named (GtkWidget *root, const char *name);
GtkWidget  *find_cut_label (GtkWidget *widget);
GtkWidget  *find_by_type (GtkWidget *root, GType type);
void        pump (void);
GtkWindow  *find_toplevel (GType type);
void        click (GtkWidget *root, const char *name);
const char *selected_child_name (PassendWindow *window);
void        run_app (ScriptFunc script);
void        run_app_at_once (ScriptFunc at_once, ScriptFunc script);
char       *prepare_data_home (char **home_out);
char       *prepare_dossier (char **home_out, const char *json);
JsonObject *read_dossier (const char *dir, JsonParser *parser);
const char *child_name_in_file (JsonObject *root, guint index);
void        run_in_subprocess (const char *path);
void        set_text (GtkWidget *root, const char *name, const char *text);
void        search_for (GtkWidget *root, const char *text);
void        set_view_text (GtkWidget *root, const char *name, const char *text);
void        set_active (GtkWidget *root, const char *name, gboolean active);
void activate_item (GtkWidget *root, const char *name, const char *property, const char *value);
gboolean
tab_reaches (PassendWindow *window, GtkWidget *within, const char *start, const char *name);
gboolean press_key (GtkWindow *window, guint keyval, GdkModifierType modifiers);
char    *tab_walk (GtkWindow *window, const char *start);
void     assert_mnemonics_unique (GtkWindow *window);
void     ui_allow_warning (const char *part);
void     ui_use_dutch (void);
void     ui_test_init (int *argc, char ***argv);

G_END_DECLS
