/* passend-store.c - the only code that reads or writes the dossier file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The promises, each with a test in tests/storage/test-store.c:
 *
 * - The file is read only if it is a regular file (not a link) of sane
 *   size; a file that is no dossier is refused at its first bytes; the
 *   text passes passend_safe_json_parse() and every field is checked.
 * - A file that cannot be read or is invalid is never written over or
 *   deleted.  Nothing is written until the parent chooses to restore a
 *   backup or start afresh; either way the file is first renamed aside.
 *   A file too large to read is never called damaged, and nothing is
 *   offered in its place.
 * - A file from a newer Passend, or one another Passend holds the lock
 *   on, is shown read-only.  The lock is on the data folder itself.
 * - A save replaces the file atomically and durably, keeps the old one
 *   as a backup and never writes over a file the store did not write
 *   (passend-store-save.c); changes from outside are taken in or offered
 *   (passend-store-outside.c).  When anything fails the old file is
 *   untouched, the data stays in memory and the error is shown.
 * - Nothing in the data folder is reached through a symbolic link.
 * - Folder 0700, files 0600, whatever the umask.
 * - Nothing a parent wrote reaches a log: messages name fields and
 *   positions, never values.
 *
 * This file holds the object; the other parts are listed in
 * private/passend-store-private.h.
 */
#define G_LOG_DOMAIN "passend-store"

#include "config.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "passend-error.h"
#include "passend-store-private.h"

#define DEFAULT_DELAY_MS 700

G_DEFINE_FINAL_TYPE (PassendStore, passend_store, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PassendStoreState,
                    passend_store_state,
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_STATE_UNLOADED, "unloaded"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_STATE_NEW, "new"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_STATE_OK, "ok"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_STATE_DAMAGED, "damaged"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_STATE_MISSING, "missing"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_STATE_NEWER, "newer"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_STATE_LOCKED, "locked"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_STATE_BLOCKED, "blocked"))

G_DEFINE_ENUM_TYPE (PassendStoreConflict,
                    passend_store_conflict,
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_CONFLICT_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_CONFLICT_CHANGED, "changed"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_CONFLICT_UNREADABLE, "unreadable"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_CONFLICT_REMOVED, "removed"),
                    G_DEFINE_ENUM_VALUE (PASSEND_STORE_CONFLICT_FOUND, "found"))

enum
{
  PROP_0,
  PROP_DOSSIER,
  PROP_STATE,
  PROP_WRITABLE,
  PROP_DIRTY,
  PROP_SAVE_ERROR,
  PROP_CONFLICT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  OUTSIDE_CHANGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void dossier_changed_cb (PassendStore *self);

/* For the other parts */

void
passend_store_set_state (PassendStore *self, PassendStoreState state)
{
  gboolean was_writable = passend_store_get_writable (self);

  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  if (was_writable != passend_store_get_writable (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WRITABLE]);
}

void
passend_store_set_dirty (PassendStore *self, gboolean dirty)
{
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

void
passend_store_set_save_error (PassendStore *self, const GError *error)
{
  if (self->save_error == NULL && error == NULL)
    return;

  g_clear_error (&self->save_error);
  if (error != NULL)
    self->save_error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
}

void
passend_store_set_dossier (PassendStore *self, PassendDossier *dossier)
{
  if (self->dossier != NULL)
    g_signal_handlers_disconnect_by_func (self->dossier, dossier_changed_cb, self);

  g_set_object (&self->dossier, dossier);
  g_signal_connect_object (self->dossier, "changed", G_CALLBACK (dossier_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOSSIER]);
}

/* A new conflict notifies even when it is of the same kind. */
void
passend_store_set_conflict (PassendStore *self, PassendStoreConflict conflict)
{
  if (self->conflict == conflict && conflict == PASSEND_STORE_CONFLICT_NONE)
    return;

  self->conflict = conflict;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFLICT]);
}

void
passend_store_emit_outside_change (PassendStore *self)
{
  g_signal_emit (self, signals[OUTSIDE_CHANGE], 0);
}

/* What is in memory is not what is on disk: save it soon. */
void
passend_store_mark_changed (PassendStore *self)
{
  self->changes++;
  passend_store_set_dirty (self, TRUE);
  passend_store_schedule_save (self);
}

static void
dossier_changed_cb (PassendStore *self)
{
  if (!passend_store_get_writable (self))
    return;

  passend_store_mark_changed (self);
}

/* GObject */

static void
passend_store_dispose (GObject *object)
{
  PassendStore *self = PASSEND_STORE (object);

  passend_store_cancel_scheduled_save (self);
  /* Never leave a save half done, nor let go of the lock before it is. */
  passend_store_wait_for_job (self, NULL);
  passend_store_unwatch (self);
  passend_store_clear_outside (self);
  g_clear_object (&self->dossier);

  G_OBJECT_CLASS (passend_store_parent_class)->dispose (object);
}

static void
passend_store_finalize (GObject *object)
{
  PassendStore *self = PASSEND_STORE (object);

  passend_store_close_folder (self);
  passend_store_clear_waiters (self);

  for (guint i = 0; i < G_N_ELEMENTS (self->outside_records); i++)
    g_clear_pointer (&self->outside_records[i], g_ptr_array_unref);
  g_clear_pointer (&self->base, g_hash_table_unref);
  g_clear_pointer (&self->checked, passend_dossier_snapshot_unref);
  g_clear_pointer (&self->directory, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->set_aside, g_free);
  g_clear_pointer (&self->conflict_copy, g_free);
  g_clear_error (&self->load_error);
  g_clear_error (&self->save_error);

  G_OBJECT_CLASS (passend_store_parent_class)->finalize (object);
}

static void
passend_store_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PassendStore *self = PASSEND_STORE (object);

  switch (prop_id)
    {
    case PROP_DOSSIER:
      g_value_set_object (value, self->dossier);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_WRITABLE:
      g_value_set_boolean (value, passend_store_get_writable (self));
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;
    case PROP_SAVE_ERROR:
      g_value_set_boxed (value, self->save_error);
      break;
    case PROP_CONFLICT:
      g_value_set_enum (value, self->conflict);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_store_class_init (PassendStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = passend_store_dispose;
  object_class->finalize = passend_store_finalize;
  object_class->get_property = passend_store_get_property;

  properties[PROP_DOSSIER] =
      g_param_spec_object ("dossier", NULL, NULL, PASSEND_TYPE_DOSSIER, flags);
  properties[PROP_STATE] = g_param_spec_enum ("state", NULL, NULL, PASSEND_TYPE_STORE_STATE,
                                              PASSEND_STORE_STATE_UNLOADED, flags);
  properties[PROP_WRITABLE] = g_param_spec_boolean ("writable", NULL, NULL, FALSE, flags);
  properties[PROP_DIRTY] = g_param_spec_boolean ("dirty", NULL, NULL, FALSE, flags);
  properties[PROP_SAVE_ERROR] = g_param_spec_boxed ("save-error", NULL, NULL, G_TYPE_ERROR, flags);
  /**
   * PassendStore:conflict:
   *
   * A version of the file Passend did not write waits for the parent's
   * choice (passend_store_resolve_conflict()); until then nothing is
   * saved.
   */
  properties[PROP_CONFLICT] = g_param_spec_enum (
      "conflict", NULL, NULL, PASSEND_TYPE_STORE_CONFLICT, PASSEND_STORE_CONFLICT_NONE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PassendStore::outside-change:
   *
   * Changes made to the file from outside were taken in;
   * passend_store_get_outside_records() says which.
   */
  signals[OUTSIDE_CHANGE] = g_signal_new ("outside-change", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
passend_store_init (PassendStore *self)
{
  self->dir_fd = -1;
  self->lock_fd = -1;
  self->save_delay = DEFAULT_DELAY_MS;
  self->max_file_size = PASSEND_STORE_MAX_FILE_SIZE;
  for (guint i = 0; i < G_N_ELEMENTS (self->outside_records); i++)
    self->outside_records[i] = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

/**
 * passend_store_new:
 * @directory: (nullable): the folder for the dossier; %NULL for
 *   $XDG_DATA_HOME/passend
 */
PassendStore *
passend_store_new (const char *directory)
{
  PassendStore *self = g_object_new (PASSEND_TYPE_STORE, NULL);
  g_autoptr (PassendDossier) empty = passend_dossier_new ();

  self->directory = directory != NULL ? g_strdup (directory)
                                      : g_build_filename (g_get_user_data_dir (), "passend", NULL);
  self->path = g_build_filename (self->directory, STORE_FILE_NAME, NULL);
  passend_store_set_dossier (self, empty);

  return self;
}

/**
 * passend_store_prepare_process:
 *
 * Ignores SIGXFSZ, so that a file size limit (ulimit -f) makes a save
 * fail with EFBIG, which the window shows like a full disk, instead of
 * killing Passend with the unsaved changes.  Call once at start.
 */
void
passend_store_prepare_process (void)
{
  signal (SIGXFSZ, SIG_IGN);
}

PassendDossier *
passend_store_get_dossier (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return self->dossier;
}

PassendStoreState
passend_store_get_state (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), PASSEND_STORE_STATE_UNLOADED);
  return self->state;
}

/**
 * passend_store_get_writable:
 *
 * Returns: %TRUE if changes will be saved (after a choice, in a conflict)
 */
gboolean
passend_store_get_writable (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);

  return self->state == PASSEND_STORE_STATE_OK || self->state == PASSEND_STORE_STATE_NEW;
}

/**
 * passend_store_get_load_error:
 *
 * Returns: (nullable): why the dossier could not be opened for writing
 */
const GError *
passend_store_get_load_error (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return self->load_error;
}

/**
 * passend_store_get_save_error:
 *
 * Returns: (nullable): why the last save failed, until one succeeds
 */
const GError *
passend_store_get_save_error (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return self->save_error;
}

gboolean
passend_store_get_dirty (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);
  return self->dirty;
}

const char *
passend_store_get_path (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return self->path;
}

const char *
passend_store_get_directory (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return self->directory;
}

/**
 * passend_store_get_set_aside:
 *
 * Returns: (nullable): where the damaged file was kept, once it was
 */
const char *
passend_store_get_set_aside (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return self->set_aside;
}

/**
 * passend_store_set_save_delay:
 * @msec: how long after the last change to save
 */
void
passend_store_set_save_delay (PassendStore *self, guint msec)
{
  g_return_if_fail (PASSEND_IS_STORE (self));
  self->save_delay = msec;
}

void
passend_store_set_max_file_size (PassendStore *self, gsize max_size)
{
  g_return_if_fail (PASSEND_IS_STORE (self));
  self->max_file_size = max_size;
}
