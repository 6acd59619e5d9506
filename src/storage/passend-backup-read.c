/* passend-backup-read.c - reading and checking a .passend file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A backup may come from anywhere, so nothing in it is trusted.  Each
 * member must be one of the names Passend writes (manifest.json,
 * dossier.json, documents/<a name the store makes>), a regular file,
 * there once, and within its size limit, counted as it is read, not as
 * its header says.  Then the manifest must list exactly those files
 * with their sizes and SHA-256, and the dossier must pass every check
 * a dossier on disk passes.  Document files are written only into a
 * stage folder the caller removes on any refusal.
 */
#define G_LOG_DOMAIN "passend-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n.h>

#include "passend-backup-private.h"
#include "passend-documents.h"
#include "passend-error.h"
#include "passend-safe-json.h"
#include "passend-storage-fs.h"
#include "passend-store.h"

typedef struct
{
  GHashTable *hashes; /* member name -> its SHA-256 */
  GHashTable *sizes;  /* member name -> its size, as a gint64 pointer */
  GByteArray *manifest;
  GByteArray *dossier;
  gint64      total;
} Reading;

void
passend_backup_info_free (PassendBackupInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->app_version);
  g_free (info->name);
  g_clear_pointer (&info->when, g_date_time_unref);
  g_free (info);
}

void
passend_backup_contents_clear (PassendBackupContents *contents)
{
  g_clear_pointer (&contents->text, g_free);
  g_clear_object (&contents->dossier);
  g_clear_pointer (&contents->info, passend_backup_info_free);
  g_clear_pointer (&contents->staged, g_ptr_array_unref);
}

void
passend_backup_count (PassendBackupInfo *info, PassendDossier *dossier)
{
  info->children = g_list_model_get_n_items (passend_dossier_get_children (dossier));
  info->entries = g_list_model_get_n_items (passend_dossier_get_entries (dossier));
  info->documents = g_list_model_get_n_items (passend_dossier_get_documents (dossier));
}

static gboolean
refuse (GError **error, const char *message)
{
  g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, message);
  return FALSE;
}

/* The largest a member of that name may be, or 0 for a name Passend
 * never writes. */
static gint64
member_limit (const char *name)
{
  if (strcmp (name, BACKUP_MANIFEST) == 0)
    return BACKUP_MANIFEST_MAX_SIZE;
  if (strcmp (name, BACKUP_DOSSIER) == 0)
    return PASSEND_STORE_MAX_FILE_SIZE;
  if (g_str_has_prefix (name, BACKUP_DOCUMENTS_PREFIX) &&
      passend_document_file_name_is_valid (name + strlen (BACKUP_DOCUMENTS_PREFIX)))
    return PASSEND_DOCUMENT_MAX_SIZE;
  return 0;
}

static gboolean
write_all (int fd, const char *data, gsize length, GError **error)
{
  for (gsize done = 0; done < length;)
    {
      ssize_t n = write (fd, data + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return passend_fs_set_error (error, errno, "Could not write the document");
      done += n;
    }
  return TRUE;
}

/* Reads the data of the member @name: into @buffer, or a new file in
 * @stage_fd, or only through the hash. */
static gboolean
read_member (struct archive *a,
             Reading        *reading,
             const char     *name,
             gint64          limit,
             GByteArray     *buffer,
             int             stage_fd,
             GCancellable   *cancellable,
             GError        **error)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  char     block[64 * 1024];
  gint64   size = 0;
  int      out = -1;
  gboolean ok = FALSE;

  if (stage_fd >= 0 && buffer == NULL)
    {
      out = openat (stage_fd, name + strlen (BACKUP_DOCUMENTS_PREFIX),
                    O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
      if (out < 0)
        return passend_fs_set_error (error, errno, "Could not write the document");
    }

  for (;;)
    {
      la_ssize_t n = archive_read_data (a, block, sizeof block);

      if (n == 0)
        break;
      if (n < 0)
        {
          refuse (error, _ ("This file is not a Passend backup, or it is damaged."));
          goto out;
        }
      size += n;
      reading->total += n;
      if (size > limit)
        {
          refuse (error, _ ("A file in the backup is larger than Passend allows."));
          goto out;
        }
      if (reading->total > PASSEND_BACKUP_MAX_TOTAL)
        {
          refuse (error, _ ("The backup is larger than Passend allows."));
          goto out;
        }
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
      g_checksum_update (sum, (const guchar *)block, n);
      if (buffer != NULL)
        g_byte_array_append (buffer, (const guint8 *)block, n);
      else if (out >= 0 && !write_all (out, block, n, error))
        goto out;
    }

  if (out >= 0 && fsync (out) != 0)
    {
      passend_fs_set_error (error, errno, "Could not write the document");
      goto out;
    }

  g_hash_table_insert (reading->hashes, g_strdup (name), g_strdup (g_checksum_get_string (sum)));
  g_hash_table_insert (reading->sizes, g_strdup (name), g_memdup2 (&size, sizeof size));
  ok = TRUE;

out:
  if (out >= 0)
    close (out);
  return ok;
}

/* Every member, each checked as it comes. */
static gboolean
read_members (struct archive *a,
              Reading        *reading,
              int             stage_fd,
              GPtrArray      *staged,
              GCancellable   *cancellable,
              GError        **error)
{
  struct archive_entry *entry;

  for (;;)
    {
      const char *name;
      gint64      limit;
      GByteArray *buffer = NULL;
      int         r = archive_read_next_header (a, &entry);

      if (r == ARCHIVE_EOF)
        return TRUE;
      if (r < ARCHIVE_WARN)
        return refuse (error, _ ("This file is not a Passend backup, or it is damaged."));

      name = archive_entry_pathname (entry);
      if (name == NULL)
        return refuse (error, _ ("This file is not a Passend backup, or it is damaged."));

      if (archive_entry_filetype (entry) == AE_IFDIR && strcmp (name, BACKUP_DOCUMENTS_PREFIX) == 0)
        continue;
      if (archive_entry_filetype (entry) != AE_IFREG || archive_entry_hardlink (entry) != NULL ||
          archive_entry_symlink (entry) != NULL)
        return refuse (error,
                       _ ("The backup holds a link or a special file. Passend never makes those."));

      limit = member_limit (name);
      if (limit == 0)
        return refuse (error, _ ("The backup holds a file in a place Passend never writes to."));
      if (g_hash_table_contains (reading->hashes, name))
        return refuse (error, _ ("The backup holds the same file twice."));
      if (archive_entry_size_is_set (entry) && archive_entry_size (entry) > limit)
        return refuse (error, _ ("A file in the backup is larger than Passend allows."));

      if (strcmp (name, BACKUP_MANIFEST) == 0)
        buffer = reading->manifest = g_byte_array_new ();
      else if (strcmp (name, BACKUP_DOSSIER) == 0)
        buffer = reading->dossier = g_byte_array_new ();

      if (!read_member (a, reading, name, limit, buffer, stage_fd, cancellable, error))
        return FALSE;
      if (buffer == NULL && stage_fd >= 0)
        g_ptr_array_add (staged, g_strdup (name + strlen (BACKUP_DOCUMENTS_PREFIX)));
    }
}

static gboolean
check_file_list (JsonArray *files, Reading *reading, GError **error)
{
  guint listed = 0;

  for (guint i = 0; i < json_array_get_length (files); i++)
    {
      JsonNode   *node = json_array_get_element (files, i);
      JsonObject *file = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *name, *sha256, *hash;
      gint64     *size;

      if (file == NULL || !json_object_has_member (file, "name") ||
          !json_object_has_member (file, "sha256") || !json_object_has_member (file, "size"))
        return FALSE;
      name = json_node_get_string (json_object_get_member (file, "name"));
      sha256 = json_node_get_string (json_object_get_member (file, "sha256"));
      if (name == NULL || sha256 == NULL || strcmp (name, BACKUP_MANIFEST) == 0)
        return FALSE;

      hash = g_hash_table_lookup (reading->hashes, name);
      size = g_hash_table_lookup (reading->sizes, name);
      if (hash == NULL || size == NULL)
        return FALSE;
      if (json_node_get_value_type (json_object_get_member (file, "size")) != G_TYPE_INT64 ||
          json_object_get_int_member (file, "size") != *size)
        return FALSE;
      if (g_ascii_strcasecmp (hash, sha256) != 0)
        {
          g_set_error_literal (
              error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
              _ ("A file in the backup was changed or damaged after the backup was made."));
          return FALSE;
        }
      listed++;
    }

  /* Nothing more, nothing less than the manifest lists. */
  return listed == g_hash_table_size (reading->hashes) - 1;
}

static gboolean
check_manifest (Reading *reading, PassendBackupInfo *info, GError **error)
{
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GDateTime) utc = NULL;
  const char *created;
  JsonObject *object;
  JsonNode   *files;

  if (reading->manifest == NULL || reading->dossier == NULL)
    return refuse (error, _ ("This file is not a Passend backup, or it is damaged."));

  root =
      passend_safe_json_parse ((const char *)reading->manifest->data, reading->manifest->len, NULL);
  object = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if (object == NULL ||
      g_strcmp0 (json_object_get_string_member_with_default (object, "format", ""),
                 BACKUP_FORMAT) != 0)
    return refuse (error, _ ("This file is not a Passend backup, or it is damaged."));

  if (json_object_get_int_member_with_default (object, "version", 0) > PASSEND_BACKUP_VERSION)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_NEWER_VERSION,
                           _ ("This backup was made by a newer Passend. Update Passend to "
                              "bring it in."));
      return FALSE;
    }

  files = json_object_get_member (object, "files");
  if (files == NULL || !JSON_NODE_HOLDS_ARRAY (files) ||
      !check_file_list (json_node_get_array (files), reading, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        refuse (error, _ ("The list of contents in the backup does not match what it holds."));
      return FALSE;
    }

  info->app_version =
      g_strdup (json_object_get_string_member_with_default (object, "app_version", ""));
  created = json_object_get_string_member_with_default (object, "created", NULL);
  if (created != NULL && (utc = g_date_time_new_from_iso8601 (created, NULL)) != NULL)
    info->when = g_date_time_to_local (utc);
  if (json_object_get_int_member_with_default (object, "children", -1) != info->children ||
      json_object_get_int_member_with_default (object, "entries", -1) != info->entries ||
      json_object_get_int_member_with_default (object, "documents", -1) != info->documents)
    return refuse (error, _ ("The list of contents in the backup does not match what it holds."));
  return TRUE;
}

static void
reading_clear (Reading *reading)
{
  g_clear_pointer (&reading->hashes, g_hash_table_unref);
  g_clear_pointer (&reading->sizes, g_hash_table_unref);
  g_clear_pointer (&reading->manifest, g_byte_array_unref);
  g_clear_pointer (&reading->dossier, g_byte_array_unref);
}

static PassendDossier *
read_dossier (Reading *reading, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  PassendDossier *dossier;

  if (reading->dossier == NULL)
    {
      refuse (error, _ ("This file is not a Passend backup, or it is damaged."));
      return NULL;
    }

  /* The same checks as a dossier.json on disk. */
  dossier = passend_dossier_new_from_text ((const char *)reading->dossier->data,
                                           reading->dossier->len, &local_error);
  if (dossier == NULL)
    {
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                   _ ("The dossier in the backup cannot be used: %s"), local_error->message);
      return NULL;
    }
  if (passend_dossier_get_file_version (dossier) > PASSEND_DOSSIER_VERSION)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_NEWER_VERSION,
                           _ ("This backup was made by a newer Passend. Update Passend to "
                              "bring it in."));
      g_object_unref (dossier);
      return NULL;
    }
  return dossier;
}

/**
 * passend_backup_read_fd:
 * @fd: the backup, read from its start
 * @stage_fd: a folder for the document files, or -1 to only check
 * @contents: (out caller-allocates): what it holds, once all is checked
 *
 * Returns: %TRUE if @fd is a backup that passes every check
 */
gboolean
passend_backup_read_fd (int                    fd,
                        int                    stage_fd,
                        PassendBackupContents *contents,
                        GCancellable          *cancellable,
                        GError               **error)
{
  g_autoptr (PassendBackupInfo) info = g_new0 (PassendBackupInfo, 1);
  g_autoptr (GPtrArray) staged = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (PassendDossier) dossier = NULL;
  Reading         reading = { 0 };
  struct archive *a = archive_read_new ();
  gboolean        ok = FALSE;

  memset (contents, 0, sizeof *contents);
  reading.hashes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reading.sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  archive_read_support_format_zip (a);
  if (lseek (fd, 0, SEEK_SET) != 0 || archive_read_open_fd (a, fd, 64 * 1024) != ARCHIVE_OK)
    refuse (error, _ ("This file is not a Passend backup, or it is damaged."));
  else if (read_members (a, &reading, stage_fd, staged, cancellable, error) &&
           (dossier = read_dossier (&reading, error)) != NULL)
    {
      passend_backup_count (info, dossier);
      info->files = g_hash_table_size (reading.hashes) - 2;
      info->bytes = reading.total - reading.manifest->len - reading.dossier->len;
      ok = check_manifest (&reading, info, error);
    }
  archive_read_free (a);

  if (ok)
    {
      contents->length = reading.dossier->len;
      contents->text = (char *)g_byte_array_free (g_steal_pointer (&reading.dossier), FALSE);
      contents->dossier = g_steal_pointer (&dossier);
      contents->info = g_steal_pointer (&info);
    }
  /* Staged files are the caller's to remove, also on a refusal. */
  contents->staged = g_steal_pointer (&staged);
  reading_clear (&reading);
  return ok;
}

/**
 * passend_backup_inspect:
 * @path: a .passend file
 *
 * Checks @path as an import would, and writes nothing.
 *
 * Returns: (transfer full): what it holds, or %NULL with @error set
 */
PassendBackupInfo *
passend_backup_inspect (const char *path, GError **error)
{
  PassendBackupContents contents;
  PassendBackupInfo    *info = NULL;
  int                   fd;

  g_return_val_if_fail (path != NULL, NULL);

  fd = open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0)
    {
      passend_fs_set_error (error, errno, "Could not open the backup");
      return NULL;
    }

  if (passend_backup_read_fd (fd, -1, &contents, NULL, error))
    info = g_steal_pointer (&contents.info);
  passend_backup_contents_clear (&contents);
  close (fd);
  return info;
}

static void
inspect_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GError            *error = NULL;
  PassendBackupInfo *info = passend_backup_inspect (task_data, &error);

  if (info == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, info, (GDestroyNotify)passend_backup_info_free);
}

void
passend_backup_inspect_async (const char         *path,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, passend_backup_inspect_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, inspect_thread);
}

PassendBackupInfo *
passend_backup_inspect_finish (GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
