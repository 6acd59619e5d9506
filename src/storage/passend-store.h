/* passend-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-dossier.h"

G_BEGIN_DECLS

/* Larger than any dossier a parent can type; documents live apart.
 * Measured (make bench): 200,000 entries of 150-400 words are a 494 MB
 * file that loads in about 1 GB; this leaves half as much again. */
#define PASSEND_STORE_MAX_FILE_SIZE ((gsize)768 * 1024 * 1024)

typedef enum
{
  PASSEND_STORE_STATE_UNLOADED, /* passend_store_load() not called yet */
  PASSEND_STORE_STATE_NEW,      /* no file yet: a new, empty dossier */
  PASSEND_STORE_STATE_OK,       /* read and writable */
  PASSEND_STORE_STATE_DAMAGED,  /* unreadable or invalid: nothing is written */
  PASSEND_STORE_STATE_MISSING,  /* no file, but backups: nothing is written */
  PASSEND_STORE_STATE_NEWER,    /* from a newer Passend: read-only */
  PASSEND_STORE_STATE_LOCKED,   /* another Passend writes it: read-only */
  PASSEND_STORE_STATE_BLOCKED,  /* too large, or the folder is a link: nothing is written,
                                 * nothing is offered in its place */
} PassendStoreState;

/* A version of the file that Passend did not write, waiting for the
 * parent's choice; until then nothing is saved. */
typedef enum
{
  PASSEND_STORE_CONFLICT_NONE,
  PASSEND_STORE_CONFLICT_CHANGED,    /* changed outside, and the same records here */
  PASSEND_STORE_CONFLICT_UNREADABLE, /* changed outside into a file Passend cannot use */
  PASSEND_STORE_CONFLICT_REMOVED,    /* removed outside */
  PASSEND_STORE_CONFLICT_FOUND,      /* another version found, kept as a conflict copy */
} PassendStoreConflict;

typedef enum
{
  PASSEND_STORE_KEEP_MINE, /* the version in Passend stays; the other is kept aside */
  PASSEND_STORE_USE_OTHER, /* the other version comes in; this one is kept aside */
} PassendStoreChoice;

/* The records of the last change from outside. */
typedef enum
{
  PASSEND_STORE_CHANGE_TAKEN,   /* added or changed outside, and now here */
  PASSEND_STORE_CHANGE_REMOVED, /* removed outside, and so here */
  PASSEND_STORE_CHANGE_BOTH,    /* changed in both places */
} PassendStoreChange;

#define PASSEND_TYPE_STORE_STATE (passend_store_state_get_type ())
GType passend_store_state_get_type (void) G_GNUC_CONST;

#define PASSEND_TYPE_STORE_CONFLICT (passend_store_conflict_get_type ())
GType passend_store_conflict_get_type (void) G_GNUC_CONST;

#define PASSEND_TYPE_STORE (passend_store_get_type ())
G_DECLARE_FINAL_TYPE (PassendStore, passend_store, PASSEND, STORE, GObject)

PassendStore   *passend_store_new (const char *directory);
gboolean        passend_store_load (PassendStore *self, GError **error);
PassendDossier *passend_store_read_only (const char *directory, GError **error);
void            passend_store_load_async (PassendStore       *self,
                                          GCancellable       *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer            user_data);
gboolean passend_store_load_finish (PassendStore *self, GAsyncResult *result, GError **error);
gboolean passend_store_save (PassendStore *self, GError **error);
void     passend_store_save_in_background (PassendStore *self);
void
passend_store_save_async (PassendStore *self, GAsyncReadyCallback callback, gpointer user_data);
gboolean passend_store_save_finish (PassendStore *self, GAsyncResult *result, GError **error);
gboolean passend_store_flush (PassendStore *self, GError **error);
gboolean passend_store_restore_backup (PassendStore *self, GError **error);
gboolean passend_store_start_afresh (PassendStore *self, GError **error);

PassendDossier   *passend_store_get_dossier (PassendStore *self);
PassendStoreState passend_store_get_state (PassendStore *self);
gboolean          passend_store_get_writable (PassendStore *self);
const GError     *passend_store_get_load_error (PassendStore *self);
const GError     *passend_store_get_save_error (PassendStore *self);
gboolean          passend_store_get_dirty (PassendStore *self);
const char       *passend_store_get_path (PassendStore *self);
const char       *passend_store_get_directory (PassendStore *self);
char             *passend_store_get_backup_dir (PassendStore *self);
GStrv             passend_store_list_backups (PassendStore *self);
const char       *passend_store_get_set_aside (PassendStore *self);
void              passend_store_set_save_delay (PassendStore *self, guint msec);

PassendStoreConflict passend_store_get_conflict (PassendStore *self);
gboolean             passend_store_get_can_use_other (PassendStore *self);
const GError        *passend_store_get_other_error (PassendStore *self);
gboolean
passend_store_resolve_conflict (PassendStore *self, PassendStoreChoice choice, GError **error);
const char *passend_store_get_conflict_copy (PassendStore *self);
GPtrArray  *passend_store_get_outside_records (PassendStore *self, PassendStoreChange change);
void        passend_store_check_outside (PassendStore *self);

/* Before the first thread: a file size limit then fails a write
 * instead of killing the program. */
void passend_store_prepare_process (void);

gboolean
      passend_store_write_export (const char *path, const void *data, gsize length, GError **error);
char *passend_export_draft_new (const char *name, GError **error);
gboolean passend_export_draft_finish (const char *draft, const char *path, GError **error);

/* Exposed for tests: a smaller limit than PASSEND_STORE_MAX_FILE_SIZE. */
void passend_store_set_max_file_size (PassendStore *self, gsize max_size);

/* Exposed for tests: which backup names rotation removes. */
GStrv passend_backups_select_expired (const char *const *names,
                                      GDateTime         *now,
                                      guint              keep_last,
                                      guint              keep_days);

G_END_DECLS
