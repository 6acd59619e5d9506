/* passend-store-outside.c - changes made to the file from outside
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A parent may share the data folder through a sync tool, or edit the
 * file by hand.  The store never writes over a file it did not write:
 *
 * - A file monitor, and a check before every save (passend-store-save.c),
 *   notice a file that is not the one the store last read or wrote.
 * - Changes to other records than those changed here are taken in,
 *   record by record (passend-store-merge.c); the version Passend had is
 *   kept as a backup first, and the window is told what came in.
 * - Where the same record changed in both places, where the new file
 *   cannot be read, or where it was removed, nothing is saved until the
 *   parent chooses: keep this version (the other is kept as a conflict
 *   copy) or use the other (this one is kept as a conflict copy).
 *   Conflict copies are "dossier-conflict-YYYYMMDD-HHMMSS-mmm.json" in
 *   the data folder, and Passend never deletes them.
 */
#define G_LOG_DOMAIN "passend-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "passend-error.h"
#include "passend-safe-json.h"
#include "passend-store-private.h"

#define CHECK_DELAY_MS 250

void
passend_store_identity_from_stat (PassendFileIdentity *identity, const struct stat *st)
{
  identity->exists = TRUE;
  identity->dev = st->st_dev;
  identity->ino = st->st_ino;
  identity->size = st->st_size;
  identity->mtime = st->st_mtim;
}

static gboolean
same_stat (const PassendFileIdentity *identity, const struct stat *st)
{
  return identity->exists && identity->dev == st->st_dev && identity->ino == st->st_ino &&
         identity->size == st->st_size && identity->mtime.tv_sec == st->st_mtim.tv_sec &&
         identity->mtime.tv_nsec == st->st_mtim.tv_nsec;
}

/**
 * passend_store_base_of:
 *
 * Returns: (transfer full): "list\037id" to the modified moment, for
 *   every record of @dossier
 */
GHashTable *
passend_store_base_of (PassendDossier *dossier)
{
  GHashTable *base = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *key;

  for (guint l = 0; (key = passend_store_list_key (l)) != NULL; l++)
    {
      GListModel *model = passend_store_list_getter (key) (dossier);
      guint       n = g_list_model_get_n_items (model);
      gsize       key_length = strlen (key);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (PassendRecord) record = g_list_model_get_item (model, i);

          const char *id = passend_record_get_id (record);
          gsize       id_length = strlen (id);
          char       *key_id = g_malloc (key_length + 1 + id_length + 1);

          /* Without g_strconcat(), which is slow for this. */
          memcpy (key_id, key, key_length);
          key_id[key_length] = '\037';
          memcpy (key_id + key_length + 1, id, id_length + 1);
          g_hash_table_insert (base, key_id, g_strdup (passend_record_get_modified (record)));
        }
    }

  return base;
}

/* Watching */

static gboolean
check_timeout_cb (gpointer data)
{
  PassendStore *self = data;

  self->check_source = 0;
  passend_store_check_outside_now (self, FALSE);
  return G_SOURCE_REMOVE;
}

/* A sync tool writes in steps: look once they stop. */
static void
monitor_changed_cb (PassendStore *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_timeout_add (CHECK_DELAY_MS, check_timeout_cb, self);
}

void
passend_store_watch (PassendStore *self)
{
  g_autoptr (GFile) file = NULL;

  if (self->monitor != NULL || self->dir_fd < 0)
    return;

  file = g_file_new_for_path (self->path);
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor == NULL)
    return;

  g_file_monitor_set_rate_limit (self->monitor, 100);
  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

void
passend_store_unwatch (PassendStore *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
}

/* The other version */

static void
outside_free (PassendOutside *other)
{
  g_free (other->text);
  g_clear_object (&other->dossier);
  g_clear_error (&other->error);
  g_free (other->copy);
  g_free (other);
}

void
passend_store_clear_outside (PassendStore *self)
{
  g_clear_pointer (&self->outside, outside_free);
  g_ptr_array_set_size (self->outside_records[PASSEND_STORE_CHANGE_BOTH], 0);
  passend_store_set_conflict (self, PASSEND_STORE_CONFLICT_NONE);
}

static void
set_records (PassendStore      *self,
             PassendStoreChange change,
             GPtrArray         *keys,
             PassendDossier    *first,
             PassendDossier    *second)
{
  GPtrArray *records = self->outside_records[change];

  g_ptr_array_set_size (records, 0);
  for (guint i = 0; keys != NULL && i < keys->len; i++)
    {
      PassendRecord *record = passend_store_find_record (first, keys->pdata[i]);

      if (record == NULL && second != NULL)
        record = passend_store_find_record (second, keys->pdata[i]);
      if (record != NULL)
        g_ptr_array_add (records, record);
    }
}

/* Reads the file in place as the other version. */
static PassendOutside *
read_other (PassendStore *self)
{
  PassendOutside *other = g_new0 (PassendOutside, 1);
  struct stat     st;

  other->kind = PASSEND_STORE_CONFLICT_CHANGED;
  other->dossier =
      passend_store_read_at (self->dir_fd, STORE_FILE_NAME, self->max_file_size, &other->text,
                             &other->length, &other->identity, NULL, &other->error);

  if (other->dossier == NULL)
    {
      if (g_error_matches (other->error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        other->kind = PASSEND_STORE_CONFLICT_REMOVED;
      else
        other->kind = PASSEND_STORE_CONFLICT_UNREADABLE;
      if (fstatat (self->dir_fd, STORE_FILE_NAME, &st, AT_SYMLINK_NOFOLLOW) == 0)
        passend_store_identity_from_stat (&other->identity, &st);
    }
  else if (self->known.exists &&
           memcmp (other->identity.hash, self->known.hash, PASSEND_FS_HASH_SIZE) == 0)
    other->kind = PASSEND_STORE_CONFLICT_NONE;
  else if (passend_dossier_get_file_version (other->dossier) > PASSEND_DOSSIER_VERSION)
    {
      other->kind = PASSEND_STORE_CONFLICT_UNREADABLE;
      other->can_use_other = TRUE;
      g_set_error_literal (&other->error, PASSEND_ERROR, PASSEND_ERROR_NEWER_VERSION,
                           "Written by a newer version of Passend");
    }
  else
    other->can_use_other = TRUE;

  return other;
}

/* Combines this version and @other, the records changed in both places
 * as @prefer_mine says.  Returns %NULL where the two cannot be combined
 * into a valid dossier. */
static PassendDossier *
combine (PassendStore *self, PassendOutside *other, gboolean prefer_mine, PassendMerge *merge)
{
  g_autofree char *text = NULL;
  g_autoptr (JsonNode) mine = NULL;
  g_autoptr (JsonNode) theirs = NULL;
  g_autoptr (JsonNode) merged = NULL;
  gsize length;

  text = passend_dossier_write (self->dossier, self->last_length, &length);
  mine = passend_safe_json_parse (text, length, NULL);
  theirs = passend_safe_json_parse (other->text, other->length, NULL);
  if (mine == NULL || theirs == NULL)
    return NULL;

  merged = passend_store_merge (mine, theirs, self->base, prefer_mine, merge);
  return passend_dossier_new_from_json (merged, NULL);
}

/* The dossier becomes @result, and the file in place is @other's. */
static void
adopt (PassendStore *self, PassendOutside *other, PassendDossier *result, gboolean save)
{
  self->known = other->identity;
  g_clear_pointer (&self->base, g_hash_table_unref);
  self->base = other->dossier != NULL ? passend_store_base_of (other->dossier)
                                      : g_hash_table_new (g_str_hash, g_str_equal);
  if (result != NULL)
    passend_store_replace_dossier (self, result);
  if (save)
    passend_store_mark_changed (self);
  else
    passend_store_set_dirty (self, FALSE);
}

/* Changes from outside that touch no record changed here come in. */
static void
take_in (PassendStore *self, PassendOutside *other, PassendDossier *result, PassendMerge *merge)
{
  g_autoptr (PassendDossier) before = g_object_ref (self->dossier);
  g_autoptr (GError) error = NULL;
  gboolean had_changes = self->dirty;

  if (!passend_store_keep_as_backup (self, &error))
    g_warning ("Could not keep a backup: %s", error->message);

  adopt (self, other, result, had_changes);
  set_records (self, PASSEND_STORE_CHANGE_TAKEN, merge->taken, self->dossier, NULL);
  set_records (self, PASSEND_STORE_CHANGE_REMOVED, merge->removed, before, NULL);
  passend_store_emit_outside_change (self);
}

static void
ask (PassendStore *self, PassendOutside *other, PassendMerge *merge)
{
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->outside, outside_free);
  self->outside = other;
  set_records (self, PASSEND_STORE_CHANGE_BOTH, merge ? merge->both : NULL, self->dossier,
               other->dossier);
  g_set_error_literal (&error, PASSEND_ERROR, PASSEND_ERROR_CONFLICT,
                       "The dossier file was changed outside Passend; "
                       "choose which version to keep");
  passend_store_set_save_error (self, error);
  passend_store_set_conflict (self, other->kind);
}

/**
 * passend_store_check_outside_now:
 * @thorough: compare the bytes even when the file's times and size
 *   are as the store left them
 *
 * Looks whether the file in place is still the one the store knows, and
 * if not takes its changes in or asks the parent.
 */
void
passend_store_check_outside_now (PassendStore *self, gboolean thorough)
{
  const PassendFileIdentity *expected = self->outside ? &self->outside->identity : &self->known;
  PassendOutside            *other;
  PassendMerge               merge = { NULL };
  PassendDossier            *result = NULL;
  struct stat                st;
  gboolean                   exists;

  if (self->job != NULL)
    {
      self->check_after_job = TRUE;
      return;
    }
  if (!passend_store_get_writable (self) || self->dir_fd < 0)
    return;

  exists = fstatat (self->dir_fd, STORE_FILE_NAME, &st, AT_SYMLINK_NOFOLLOW) == 0;
  if (!exists && !expected->exists)
    return;
  if (exists && !thorough && same_stat (expected, &st))
    return;

  other = read_other (self);
  if (other->kind == PASSEND_STORE_CONFLICT_NONE)
    {
      /* The same bytes, touched: nothing to do. */
      self->known = other->identity;
      outside_free (other);
      return;
    }

  if (other->kind == PASSEND_STORE_CONFLICT_CHANGED &&
      (result = combine (self, other, TRUE, &merge)) != NULL && merge.both->len == 0)
    {
      g_clear_pointer (&self->outside, outside_free);
      passend_store_clear_outside (self);
      passend_store_set_save_error (self, NULL);
      take_in (self, other, result, &merge);
      g_object_unref (result);
      outside_free (other);
    }
  else
    {
      g_clear_object (&result);
      ask (self, other, &merge);
    }

  passend_merge_clear (&merge);
}

/**
 * passend_store_keep_conflict_copy:
 *
 * Returns: (transfer full): the name of a new conflict copy holding
 *   @text, or %NULL with @error set
 */
char *
passend_store_keep_conflict_copy (PassendStore *self,
                                  const char   *text,
                                  gsize         length,
                                  GError      **error)
{
  for (guint tries = 0; tries < 20; tries++)
    {
      g_autofree char *stamp = passend_fs_timestamp ();
      g_autofree char *name = g_strconcat (STORE_CONFLICT_PREFIX, stamp, STORE_BACKUP_SUFFIX, NULL);
      g_autoptr (GError) local_error = NULL;

      if (passend_fs_write_new_at (self->dir_fd, name, text, length, &local_error))
        {
          g_free (self->conflict_copy);
          self->conflict_copy = g_build_filename (self->directory, name, NULL);
          return g_steal_pointer (&name);
        }
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_usleep (1000);
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "Could not name the conflict copy");
  return NULL;
}

/**
 * passend_store_found_other:
 * @copy: a conflict copy in the data folder
 *
 * Another version turned up (a save that was cut off, or a file that
 * came in during a save) and is kept in @copy: offer it.
 */
void
passend_store_found_other (PassendStore *self, const char *copy)
{
  PassendOutside *other = g_new0 (PassendOutside, 1);

  other->kind = PASSEND_STORE_CONFLICT_FOUND;
  other->identity = self->known;
  other->copy = g_strdup (copy);
  other->can_use_other = TRUE;
  g_free (self->conflict_copy);
  self->conflict_copy = g_build_filename (self->directory, copy, NULL);
  ask (self, other, NULL);
}

/* The choice */

static gboolean
keep_mine_text (PassendStore *self, GError **error)
{
  g_autofree char *text = NULL;
  g_autofree char *copy = NULL;
  gsize            length;

  text = passend_dossier_write (self->dossier, self->last_length, &length);
  copy = passend_store_keep_conflict_copy (self, text, length, error);
  return copy != NULL;
}

/* Both versions changed: the records changed in both places as chosen,
 * everything else from both; the version not chosen whole in a conflict
 * copy. */
static gboolean
resolve_changed (PassendStore *self, PassendOutside *other, gboolean keep_mine, GError **error)
{
  g_autoptr (PassendDossier) result = NULL;
  g_autofree char *copy = NULL;
  PassendMerge     merge = { NULL };

  if (keep_mine)
    copy = passend_store_keep_conflict_copy (self, other->text, other->length, error);
  if (keep_mine ? copy == NULL : !keep_mine_text (self, error))
    return FALSE;

  result = combine (self, other, keep_mine, &merge);
  passend_merge_clear (&merge);
  if (result == NULL)
    result = g_object_ref (keep_mine ? self->dossier : other->dossier);

  adopt (self, other, result, TRUE);
  return TRUE;
}

static gboolean
resolve (PassendStore *self, PassendOutside *other, gboolean keep_mine, GError **error)
{
  g_autofree char *copy = NULL;
  g_autoptr (PassendDossier) found = NULL;

  switch (other->kind)
    {
    case PASSEND_STORE_CONFLICT_CHANGED:
      return resolve_changed (self, other, keep_mine, error);

    case PASSEND_STORE_CONFLICT_UNREADABLE:
      if (!keep_mine)
        return keep_mine_text (self, error);
      /* The file Passend cannot use goes aside as it is, whatever it is. */
      for (guint tries = 0; copy == NULL && tries < 20; tries++)
        {
          g_autofree char *stamp = passend_fs_timestamp ();
          g_autofree char *name =
              g_strconcat (STORE_CONFLICT_PREFIX, stamp, STORE_BACKUP_SUFFIX, NULL);
          g_autoptr (GError) local_error = NULL;

          if (passend_fs_rename_noreplace (self->dir_fd, STORE_FILE_NAME, self->dir_fd, name,
                                           &local_error))
            copy = g_steal_pointer (&name);
          else if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          else
            g_usleep (1000);
        }
      if (copy == NULL)
        return FALSE;
      g_free (self->conflict_copy);
      self->conflict_copy = g_build_filename (self->directory, copy, NULL);
      G_GNUC_FALLTHROUGH;

    case PASSEND_STORE_CONFLICT_REMOVED:
      memset (&self->known, 0, sizeof self->known);
      passend_store_mark_changed (self);
      return TRUE;

    case PASSEND_STORE_CONFLICT_FOUND:
      if (keep_mine)
        return TRUE;
      found = passend_store_read_at (self->dir_fd, other->copy, self->max_file_size, NULL, NULL,
                                     NULL, NULL, error);
      if (found == NULL)
        return FALSE;
      passend_store_replace_dossier (self, found);
      passend_store_mark_changed (self);
      return TRUE;

    case PASSEND_STORE_CONFLICT_NONE:
    default:
      g_assert_not_reached ();
    }
}

/**
 * passend_store_resolve_conflict:
 * @choice: which version stays in Passend
 *
 * Ends a conflict as the parent chose.  The version not chosen is kept
 * in a conflict copy (passend_store_get_conflict_copy()); records
 * changed on one side only come from that side either way.  Then saves.
 *
 * Returns: %TRUE if the choice was carried out and saved
 */
gboolean
passend_store_resolve_conflict (PassendStore *self, PassendStoreChoice choice, GError **error)
{
  PassendOutside *other;
  gboolean        keep_mine = choice == PASSEND_STORE_KEEP_MINE;
  gboolean        reload;

  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->outside != NULL, FALSE);
  g_return_val_if_fail (keep_mine || self->outside->can_use_other, FALSE);

  passend_store_wait_for_job (self, NULL);
  other = g_steal_pointer (&self->outside);
  if (!resolve (self, other, keep_mine, error))
    {
      self->outside = other;
      return FALSE;
    }

  /* A newer file this version can only show. */
  reload = other->kind == PASSEND_STORE_CONFLICT_UNREADABLE && !keep_mine;
  outside_free (other);
  passend_store_clear_outside (self);
  passend_store_set_save_error (self, NULL);

  if (reload)
    {
      passend_store_load (self, NULL);
      return TRUE;
    }
  return passend_store_save_now (self, error);
}

PassendStoreConflict
passend_store_get_conflict (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), PASSEND_STORE_CONFLICT_NONE);
  return self->conflict;
}

/**
 * passend_store_get_can_use_other:
 *
 * Returns: whether %PASSEND_STORE_USE_OTHER is a choice in the conflict
 */
gboolean
passend_store_get_can_use_other (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);
  return self->outside != NULL && self->outside->can_use_other;
}

/**
 * passend_store_get_other_error:
 *
 * Returns: (nullable): why the other version cannot be used, in a conflict
 */
const GError *
passend_store_get_other_error (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return self->outside != NULL ? self->outside->error : NULL;
}

/**
 * passend_store_get_conflict_copy:
 *
 * Returns: (nullable): the path of the newest conflict copy this store made
 */
const char *
passend_store_get_conflict_copy (PassendStore *self)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  return self->conflict_copy;
}

/**
 * passend_store_get_outside_records:
 *
 * Returns: (transfer none) (element-type PassendRecord): the records of
 *   the last change from outside that was taken in
 *   (%PASSEND_STORE_CHANGE_TAKEN, %PASSEND_STORE_CHANGE_REMOVED), or of
 *   the conflict waiting for a choice (%PASSEND_STORE_CHANGE_BOTH)
 */
GPtrArray *
passend_store_get_outside_records (PassendStore *self, PassendStoreChange change)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  g_return_val_if_fail (change <= PASSEND_STORE_CHANGE_BOTH, NULL);
  return self->outside_records[change];
}

/**
 * passend_store_check_outside:
 *
 * Looks now whether the file changed from outside, as the file monitor
 * does a moment after each change it hears of.
 */
void
passend_store_check_outside (PassendStore *self)
{
  g_return_if_fail (PASSEND_IS_STORE (self));
  passend_store_check_outside_now (self, TRUE);
}
