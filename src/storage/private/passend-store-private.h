/* passend-store-private.h - what the parts of the store share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to src/storage.  The store is one object in several files:
 *   passend-store.c           the object, its properties and getters
 *   passend-store-load.c      reading the file, and the leftovers of a
 *                             save that was cut off
 *   passend-store-load-async.c  the same, with the reading on a worker
 *   passend-store-save.c      saving: the worker, and the order of steps
 *   passend-store-backups.c   backups: names, rotation, restore
 *   passend-store-folder.c    the data folder and its lock
 *   passend-store-outside.c   changes made from outside, and the choice
 *   passend-store-merge.c     combining two versions record by record
 *   passend-store-orphans.c   edits saved into a dossier the store let go of
 */
#pragma once

#include "passend-dossier-snapshot.h"
#include "passend-storage-fs.h"
#include "passend-store.h"

G_BEGIN_DECLS

#define STORE_FILE_NAME "dossier.json"
#define STORE_LOCK_NAME "dossier.lock"
#define STORE_BACKUP_DIR "backups"
#define STORE_BACKUP_PREFIX "dossier-"
#define STORE_BACKUP_SUFFIX ".json"
#define STORE_CONFLICT_PREFIX "dossier-conflict-"
#define STORE_DAMAGED_PREFIX "dossier.json.damaged-"

typedef struct _SaveJob SaveJob;

/* A version of the file that the store did not write. */
typedef struct
{
  PassendStoreConflict kind;
  char                *text; /* its bytes, when they could be read */
  gsize                length;
  PassendFileIdentity  identity;
  PassendDossier      *dossier; /* when it holds a dossier this build can use */
  GError              *error;   /* why it cannot be used */
  char                *copy;    /* _FOUND: the conflict copy that holds it */
  gboolean             can_use_other;
} PassendOutside;

/* What combining two versions did, each as "list\037id". */
typedef struct
{
  GPtrArray *taken;   /* added or changed outside, taken in */
  GPtrArray *removed; /* removed outside, removed here too */
  GPtrArray *both;    /* changed in both places */
} PassendMerge;

struct _PassendStore
{
  GObject parent_instance;

  char             *directory;
  char             *path;
  PassendDossier   *dossier;
  PassendStoreState state;
  GError           *load_error;
  GError           *save_error;
  char             *set_aside;
  gsize             max_file_size;

  /* The data folder, held open for as long as the store lives; its
   * flock() is the lock, and no one can remove it from under us. */
  int         dir_fd;
  struct stat dir_st;
  gboolean    locked_out; /* another Passend holds the lock */
  int         lock_fd;    /* only where folders cannot be locked */

  guint    save_source;
  guint    save_delay;
  gboolean dirty;
  guint64  changes;     /* counts changes, to know what a save held */
  gsize    last_length; /* of the file, to size the next save */

  SaveJob                *job;           /* the save in the worker, if any */
  PassendDossierSnapshot *checked;       /* the last snapshot that passed the checks */
  gboolean                save_pending;  /* a change wants saving after it */
  guint64                 saved_changes; /* the count the file on disk holds */
  GPtrArray              *save_waiters;  /* passend_store_save_async() */
  guint                   settle_source;

  /* The file as the store last read or wrote it, and the id and
   * modified moment of each record in it. */
  PassendFileIdentity known;
  GHashTable         *base;

  GFileMonitor        *monitor;
  guint                check_source;
  gboolean             check_after_job;
  PassendStoreConflict conflict;
  PassendOutside      *outside;
  char                *conflict_copy;
  GPtrArray           *outside_records[3]; /* by PassendStoreChange */
};

/* passend-store.c */
void passend_store_set_state (PassendStore *self, PassendStoreState state);
void passend_store_set_dirty (PassendStore *self, gboolean dirty);
void passend_store_set_save_error (PassendStore *self, const GError *error);
void passend_store_set_dossier (PassendStore *self, PassendDossier *dossier);
void passend_store_set_conflict (PassendStore *self, PassendStoreConflict conflict);
void passend_store_emit_outside_change (PassendStore *self);
void passend_store_mark_changed (PassendStore *self);

/* passend-store-folder.c */
gboolean passend_store_open_folder (PassendStore *self, GError **error);
void     passend_store_close_folder (PassendStore *self);
gboolean passend_store_folder_still_ours (
    const char *directory, const struct stat *dir_st, int dir_fd, int lock_fd, GError **error);

/* passend-store-load.c */
gboolean        passend_store_looks_like_dossier (const char *text, gsize length);
PassendDossier *passend_store_read_at (int                  dir_fd,
                                       const char          *name,
                                       gsize                max_size,
                                       char               **text,
                                       gsize               *length,
                                       PassendFileIdentity *identity,
                                       gboolean            *plausible,
                                       GError             **error);
char           *passend_store_clean_leftovers (PassendStore *self);
gboolean
passend_store_load_begin (PassendStore *self, char **found, gboolean *result, GError **error);
gboolean passend_store_load_end (PassendStore              *self,
                                 PassendDossier            *dossier,
                                 GHashTable                *base,
                                 gsize                      length,
                                 const PassendFileIdentity *identity,
                                 gboolean                   plausible,
                                 GError                    *read_error,
                                 const char                *found,
                                 GError                   **error);

/* passend-store-orphans.c */
void passend_store_replace_dossier (PassendStore *self, PassendDossier *dossier);

/* passend-store-save.c */
void     passend_store_cancel_scheduled_save (PassendStore *self);
gboolean passend_store_wait_for_job (PassendStore *self, GError **error);
gboolean passend_store_save_now (PassendStore *self, GError **error);
void     passend_store_save_later (PassendStore *self);
void     passend_store_schedule_save (PassendStore *self);
void     passend_store_clear_waiters (PassendStore *self);

/* passend-store-backups.c */
gboolean passend_store_is_backup_name (const char *name);
GStrv    passend_store_list_backup_names (int backups_fd);
void     passend_store_rotate_backups (int backups_fd);
gboolean passend_store_move_to_backups (int dir_fd, const char *name, int backups_fd);
gboolean passend_store_link_to_backups (int dir_fd, const char *name, int backups_fd, char **made);
void     passend_store_unshare_backups (PassendStore *self);
gboolean passend_store_keep_as_backup (PassendStore *self, GError **error);
gboolean passend_store_set_aside (PassendStore *self, GError **error);
gboolean passend_store_restore_newest_backup (PassendStore *self, GError **error);

/* passend-store-outside.c */
void        passend_store_identity_from_stat (PassendFileIdentity *identity, const struct stat *st);
GHashTable *passend_store_base_of (PassendDossier *dossier);
void        passend_store_watch (PassendStore *self);
void        passend_store_unwatch (PassendStore *self);
void        passend_store_check_outside_now (PassendStore *self, gboolean thorough);
void        passend_store_clear_outside (PassendStore *self);
char       *passend_store_keep_conflict_copy (PassendStore *self,
                                              const char   *text,
                                              gsize         length,
                                              GError      **error);
void        passend_store_found_other (PassendStore *self, const char *copy);

/* passend-store-export.c */
gboolean passend_export_link_into_place (int fd, int dir_fd, const char *name, GError **error);

/* passend-store-merge.c */
typedef GListModel *(*PassendListGetter) (PassendDossier *dossier);
PassendListGetter passend_store_list_getter (const char *key);
const char       *passend_store_list_key (guint i);
PassendRecord    *passend_store_find_record (PassendDossier *dossier, const char *key_and_id);

JsonNode *passend_store_merge (
    JsonNode *mine, JsonNode *theirs, GHashTable *base, gboolean prefer_mine, PassendMerge *merge);
void passend_merge_clear (PassendMerge *merge);

G_END_DECLS
