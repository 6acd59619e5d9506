/* passend-conflict-dialog.c - when the dossier file changed outside Passend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two uses of one window:
 * - a conflict (#PassendStore:conflict): the parent chooses to keep
 *   their version or use the other one; the version not chosen is kept
 *   as a conflict copy.  "Decide Later" (or Escape) leaves the choice
 *   open: nothing is saved until then, and the window's bar says so.
 * - changes from outside that the store took in by itself
 *   (PassendStore::outside-change): it says which, with one button.
 *
 * passend_conflict_dialog_follow_store() shows it whenever the store
 * asks; the main window needs no more than that call.
 */
#define G_LOG_DOMAIN "passend-conflict-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-conflict-dialog.h"
#include "passend-error.h"
#include "passend-ui-util.h"

/* More lines than this and the list ends in "and N more". */
#define MAX_LISTED 8

#define DIALOG_KEY "passend-conflict-dialog"

struct _PassendConflictDialog
{
  GtkWindow parent_instance;

  PassendStore *store;
  gboolean      changes_only;

  GtkLabel  *heading_label;
  GtkLabel  *body_label;
  GtkLabel  *records_label;
  GtkLabel  *copy_label;
  GtkButton *later_button;
  GtkButton *other_button;
  GtkButton *keep_button;
};

G_DEFINE_FINAL_TYPE (PassendConflictDialog, passend_conflict_dialog, GTK_TYPE_WINDOW)

static void fill (PassendConflictDialog *self);
static void conflict_changed_cb (PassendConflictDialog *self);

/* One line for a record: what it is, and its name where it has one. */
static char *
describe_record (PassendRecord *record)
{
  if (PASSEND_IS_CHILD (record))
    return g_strdup_printf (_ ("Child “%s”"), passend_child_get_name (PASSEND_CHILD (record)));
  if (PASSEND_IS_ENTRY (record))
    return g_strdup_printf (_ ("Entry “%s”"), passend_entry_get_title (PASSEND_ENTRY (record)));
  if (PASSEND_IS_AGREEMENT (record))
    return g_strdup_printf (_ ("Agreement “%s”"),
                            passend_agreement_get_what (PASSEND_AGREEMENT (record)));
  if (PASSEND_IS_DOCUMENT (record))
    return g_strdup_printf (_ ("Document “%s”"),
                            passend_document_get_name (PASSEND_DOCUMENT (record)));
  if (PASSEND_IS_SHEET (record))
    return g_strdup (_ ("A preparation sheet"));
  if (PASSEND_IS_PLAN (record))
    return g_strdup (_ ("A plan"));
  return g_strdup (_ ("Progress in the Assistant"));
}

static void
append_records (GString *out, const char *heading, GPtrArray *records)
{
  if (records == NULL || records->len == 0)
    return;

  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, heading);
  for (guint i = 0; i < records->len && i < MAX_LISTED; i++)
    {
      g_autofree char *line = describe_record (records->pdata[i]);

      g_string_append_printf (out, "\n• %s", line);
    }
  if (records->len > MAX_LISTED)
    {
      guint n = records->len - MAX_LISTED;

      g_string_append_c (out, '\n');
      /* Translators: after a list of parts of the dossier. */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", n),
                              n);
    }
}

static void
set_texts (PassendConflictDialog *self, const char *heading, const char *body, const char *keep)
{
  gtk_window_set_title (GTK_WINDOW (self), self->changes_only ? _ ("Changes Made Elsewhere")
                                                              : _ ("Two Versions of Your Dossier"));
  gtk_label_set_label (self->heading_label, heading);
  gtk_label_set_label (self->body_label, body);
  gtk_button_set_label (self->keep_button, keep);
}

static void
fill_changes (PassendConflictDialog *self)
{
  g_autoptr (GString) records = g_string_new (NULL);
  g_autofree char *backups = passend_store_get_backup_dir (self->store);
  g_autofree char *where = NULL;

  set_texts (self, _ ("Passend took in changes made elsewhere"),
             _ ("While Passend was open, the dossier file was changed outside Passend, for "
                "example on another computer that shares the folder. These changes did not "
                "touch yours, so Passend added them to your dossier."),
             _ ("_OK"));
  append_records (records, _ ("Added or changed elsewhere:"),
                  passend_store_get_outside_records (self->store, PASSEND_STORE_CHANGE_TAKEN));
  append_records (records, _ ("Removed elsewhere, and so here too:"),
                  passend_store_get_outside_records (self->store, PASSEND_STORE_CHANGE_REMOVED));
  gtk_label_set_label (self->records_label, records->str);
  gtk_widget_set_visible (GTK_WIDGET (self->records_label), records->len > 0);

  /* Translators: %s is a folder. */
  where = g_strdup_printf (_ ("The version from before is kept as a backup in %s."), backups);
  gtk_label_set_label (self->copy_label, where);
  gtk_widget_set_visible (GTK_WIDGET (self->later_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->other_button), FALSE);
}

static void
fill_conflict (PassendConflictDialog *self)
{
  const GError *other_error = passend_store_get_other_error (self->store);
  gboolean      newer = g_error_matches (other_error, PASSEND_ERROR, PASSEND_ERROR_NEWER_VERSION);
  g_autoptr (GString) records = g_string_new (NULL);
  g_autofree char *where = NULL;

  switch (passend_store_get_conflict (self->store))
    {
    case PASSEND_STORE_CONFLICT_CHANGED:
      set_texts (self, _ ("Your dossier was also changed somewhere else"),
                 _ ("While Passend was open, the dossier file was changed outside Passend, for "
                    "example on another computer that shares the folder. Some parts were "
                    "changed in both places. Choose which version to keep here. All other "
                    "changes, from both places, are kept."),
                 _ ("Keep _Mine"));
      break;
    case PASSEND_STORE_CONFLICT_UNREADABLE:
      set_texts (self, _ ("The dossier file was replaced from outside"),
                 newer ? _ ("While Passend was open, a newer version of Passend saved the dossier "
                            "file. If you use that file, you can only read it here. Your "
                            "version is still here too.")
                       : _ ("While Passend was open, the dossier file was replaced by a file "
                            "Passend cannot read. Passend has not changed that file. Your "
                            "version is still here."),
                 _ ("Keep _Mine"));
      break;
    case PASSEND_STORE_CONFLICT_REMOVED:
      set_texts (self, _ ("The dossier file was removed"),
                 _ ("While Passend was open, the dossier file was removed outside Passend. "
                    "Your dossier is still here. Save it again to keep it."),
                 _ ("_Save It Again"));
      break;
    case PASSEND_STORE_CONFLICT_FOUND:
      set_texts (self, _ ("Passend found a newer version of your dossier"),
                 _ ("A save was cut off, for example because the computer stopped. Passend "
                    "kept that version in a conflict copy. It is newer than the dossier that "
                    "is open now. Do you want to use it?"),
                 _ ("_Keep This Version"));
      break;
    case PASSEND_STORE_CONFLICT_NONE:
    default:
      return;
    }

  append_records (records, _ ("Changed in both places:"),
                  passend_store_get_outside_records (self->store, PASSEND_STORE_CHANGE_BOTH));
  gtk_label_set_label (self->records_label, records->str);
  gtk_widget_set_visible (GTK_WIDGET (self->records_label), records->len > 0);

  /* Translators: %s is a folder. */
  where = g_strdup_printf (_ ("The version you do not choose is kept as a conflict copy in %s. "
                              "Its name starts with “dossier-conflict-” and holds the date and "
                              "time. Passend never deletes it."),
                           passend_store_get_directory (self->store));
  gtk_label_set_label (self->copy_label, where);
  gtk_button_set_label (self->other_button,
                        passend_store_get_conflict (self->store) == PASSEND_STORE_CONFLICT_FOUND
                            ? _ ("Use the _Newer Version")
                            : _ ("Use the _Other Version"));
  gtk_widget_set_visible (GTK_WIDGET (self->other_button),
                          passend_store_get_can_use_other (self->store));
  gtk_widget_set_visible (GTK_WIDGET (self->later_button), TRUE);
}

static void
fill (PassendConflictDialog *self)
{
  if (self->changes_only)
    fill_changes (self);
  else
    fill_conflict (self);
}

static void
choose (PassendConflictDialog *self, PassendStoreChoice choice)
{
  g_autoptr (PassendConflictDialog) alive = g_object_ref (self);
  g_autoptr (GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* The choice ends the conflict: this window goes once, here. */
  g_signal_handlers_disconnect_by_func (self->store, conflict_changed_cb, self);
  if (!self->changes_only &&
      passend_store_get_conflict (self->store) != PASSEND_STORE_CONFLICT_NONE &&
      !passend_store_resolve_conflict (self->store, choice, &error))
    passend_show_warning (parent, _ ("Your choice could not be carried out"),
                          error != NULL ? error->message : "");

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
keep_mine_cb (PassendConflictDialog *self)
{
  choose (self, PASSEND_STORE_KEEP_MINE);
}

static void
use_other_cb (PassendConflictDialog *self)
{
  choose (self, PASSEND_STORE_USE_OTHER);
}

static void
later_cb (PassendConflictDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Resolved meanwhile, or a newer conflict in its place. */
static void
conflict_changed_cb (PassendConflictDialog *self)
{
  if (self->changes_only)
    return;
  if (passend_store_get_conflict (self->store) == PASSEND_STORE_CONFLICT_NONE)
    gtk_window_destroy (GTK_WINDOW (self));
  else
    fill (self);
}

static void
passend_conflict_dialog_dispose (GObject *object)
{
  PassendConflictDialog *self = PASSEND_CONFLICT_DIALOG (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (passend_conflict_dialog_parent_class)->dispose (object);
}

static void
passend_conflict_dialog_class_init (PassendConflictDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_conflict_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-conflict-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendConflictDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PassendConflictDialog, body_label);
  gtk_widget_class_bind_template_child (widget_class, PassendConflictDialog, records_label);
  gtk_widget_class_bind_template_child (widget_class, PassendConflictDialog, copy_label);
  gtk_widget_class_bind_template_child (widget_class, PassendConflictDialog, later_button);
  gtk_widget_class_bind_template_child (widget_class, PassendConflictDialog, other_button);
  gtk_widget_class_bind_template_child (widget_class, PassendConflictDialog, keep_button);
  gtk_widget_class_bind_template_callback (widget_class, keep_mine_cb);
  gtk_widget_class_bind_template_callback (widget_class, use_other_cb);
  gtk_widget_class_bind_template_callback (widget_class, later_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_conflict_dialog_init (PassendConflictDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  self->heading_label, NULL, GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->body_label, NULL, -1);
}

static PassendConflictDialog *
dialog_new (GtkWindow *parent, PassendStore *store, gboolean changes_only)
{
  PassendConflictDialog *self =
      g_object_new (PASSEND_TYPE_CONFLICT_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  self->changes_only = changes_only;
  g_signal_connect_object (store, "notify::conflict", G_CALLBACK (conflict_changed_cb), self,
                           G_CONNECT_SWAPPED);
  fill (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->keep_button));
  return self;
}

/**
 * passend_conflict_dialog_new:
 *
 * The choice in a conflict the store waits on.
 */
PassendConflictDialog *
passend_conflict_dialog_new (GtkWindow *parent, PassendStore *store)
{
  return dialog_new (parent, store, FALSE);
}

/**
 * passend_conflict_dialog_new_for_changes:
 *
 * What the last change from outside brought in.
 */
PassendConflictDialog *
passend_conflict_dialog_new_for_changes (GtkWindow *parent, PassendStore *store)
{
  return dialog_new (parent, store, TRUE);
}

/* Following a store */

static void
forget_dialog_cb (GtkWindow *window)
{
  g_object_set_data (G_OBJECT (window), DIALOG_KEY, NULL);
}

/* One such window at a time for @window. */
static void
present (GtkWindow *window, PassendStore *store, gboolean changes_only)
{
  PassendConflictDialog *dialog = g_object_get_data (G_OBJECT (window), DIALOG_KEY);

  if (dialog != NULL && dialog->changes_only == changes_only)
    {
      fill (dialog);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = dialog_new (window, store, changes_only);
  g_object_set_data (G_OBJECT (window), DIALOG_KEY, dialog);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (forget_dialog_cb), window,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
store_conflict_cb (GtkWindow *window, GParamSpec *pspec, PassendStore *store)
{
  if (passend_store_get_conflict (store) != PASSEND_STORE_CONFLICT_NONE)
    present (window, store, FALSE);
}

static void
store_outside_change_cb (GtkWindow *window, PassendStore *store)
{
  present (window, store, TRUE);
}

static gboolean
present_later_cb (gpointer data)
{
  GtkWindow    *window = data;
  PassendStore *store = g_object_get_data (G_OBJECT (window), DIALOG_KEY "-store");

  if (store != NULL)
    passend_conflict_dialog_present_pending (window, store);
  return G_SOURCE_REMOVE;
}

/**
 * passend_conflict_dialog_follow_store:
 * @window: the main window
 *
 * Shows the choice whenever @store waits on one (also one found while
 * it loaded), and what came in whenever it took in changes by itself.
 */
void
passend_conflict_dialog_follow_store (GtkWindow *window, PassendStore *store)
{
  g_object_set_data_full (G_OBJECT (window), DIALOG_KEY "-store", g_object_ref (store),
                          g_object_unref);
  g_signal_connect_object (store, "notify::conflict", G_CALLBACK (store_conflict_cb), window,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "outside-change", G_CALLBACK (store_outside_change_cb), window,
                           G_CONNECT_SWAPPED);

  /* Once the window is there to stand on. */
  if (passend_store_get_conflict (store) != PASSEND_STORE_CONFLICT_NONE)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, present_later_cb, g_object_ref (window),
                     g_object_unref);
}

/**
 * passend_conflict_dialog_present_pending:
 *
 * Returns: %TRUE if @store waits on a choice, which is now shown
 */
gboolean
passend_conflict_dialog_present_pending (GtkWindow *window, PassendStore *store)
{
  if (passend_store_get_conflict (store) == PASSEND_STORE_CONFLICT_NONE)
    return FALSE;

  present (window, store, FALSE);
  return TRUE;
}

/**
 * passend_conflict_dialog_banner_text:
 *
 * Returns: (transfer full) (nullable): what the window's bar says while
 *   @store waits on a choice
 */
char *
passend_conflict_dialog_banner_text (PassendStore *store)
{
  switch (passend_store_get_conflict (store))
    {
    case PASSEND_STORE_CONFLICT_NONE:
      return NULL;
    case PASSEND_STORE_CONFLICT_FOUND:
      return g_strdup (_ ("Passend found a newer version of your dossier. Your changes are "
                          "kept here, but not saved until you choose which version to keep."));
    case PASSEND_STORE_CONFLICT_CHANGED:
    case PASSEND_STORE_CONFLICT_UNREADABLE:
    case PASSEND_STORE_CONFLICT_REMOVED:
    default:
      return g_strdup (_ ("The dossier file was changed outside Passend. Your changes are kept "
                          "here, but not saved until you choose which version to keep."));
    }
}

/**
 * passend_conflict_dialog_blocked_texts:
 * @title: (out): for the page that says so
 * @description: (out): what happened, and that nothing changed
 *
 * Returns: %TRUE if @store cannot use the dossier as it is (too large,
 *   or a data folder that is a link), with nothing to offer instead
 */
gboolean
passend_conflict_dialog_blocked_texts (PassendStore *store,
                                       const char  **title,
                                       const char  **description)
{
  gboolean too_large;

  if (passend_store_get_state (store) != PASSEND_STORE_STATE_BLOCKED)
    return FALSE;

  too_large = g_error_matches (passend_store_get_load_error (store), PASSEND_ERROR,
                               PASSEND_ERROR_TOO_LARGE);
  *title = too_large ? _ ("Your dossier is too large to open")
                     : _ ("Passend cannot use its data folder");
  *description = too_large ? _ ("Your dossier file is larger than this version of Passend can "
                                "open. Passend has not changed it and will not write anything. "
                                "The file and its backups stay as they are.")
                           : _ ("The folder where Passend keeps your dossier is a link to "
                                "another place, or not a folder. To keep your data safe, "
                                "Passend only uses a real folder. Passend has not changed "
                                "anything.");
  return TRUE;
}
