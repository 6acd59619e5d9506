/* passend-backup-write.c - the whole dossier in one .passend file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A .passend file is a zip archive (see the README for why zip):
 * dossier.json, every document the dossier names under documents/,
 * and last manifest.json, which lists each file with its size and
 * SHA-256, the format version, the Passend that made it and the counts.
 * The archive is written into a file without a name (or a hidden
 * temporary one), made 0600, synced, and read back with every check an
 * import makes; only then does it get its name.  A failure leaves
 * nothing behind, and an existing file of that name stays as it was.
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
#include "passend-store-private.h"

typedef struct
{
  char                   *directory;
  char                   *path;
  PassendDossierSnapshot *snapshot;
  char                   *text; /* when there is no snapshot */
  gsize                   length;
  GStrv                   files; /* the document files the dossier names */
  PassendBackupInfo      *counts;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->directory);
  g_free (job->path);
  g_clear_pointer (&job->snapshot, passend_dossier_snapshot_unref);
  g_free (job->text);
  g_strfreev (job->files);
  passend_backup_info_free (job->counts);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

static gboolean
archive_failed (struct archive *a, GError **error)
{
  const char *message = archive_error_string (a);
  int         code = archive_errno (a);

  g_set_error (error, G_IO_ERROR, code > 0 ? g_io_error_from_errno (code) : G_IO_ERROR_FAILED,
               "Could not write the backup: %s", message != NULL ? message : "");
  return FALSE;
}

static struct archive_entry *
new_entry (const char *name, gint64 size)
{
  struct archive_entry *entry = archive_entry_new ();

  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0600);
  archive_entry_set_size (entry, size);
  archive_entry_set_mtime (entry, g_get_real_time () / G_USEC_PER_SEC, 0);
  return entry;
}

static void
add_to_manifest (JsonBuilder *files, const char *name, gint64 size, GChecksum *sum)
{
  json_builder_begin_object (files);
  json_builder_set_member_name (files, "name");
  json_builder_add_string_value (files, name);
  json_builder_set_member_name (files, "size");
  json_builder_add_int_value (files, size);
  json_builder_set_member_name (files, "sha256");
  json_builder_add_string_value (files, g_checksum_get_string (sum));
  json_builder_end_object (files);
}

static gboolean
add_bytes (struct archive *a,
           JsonBuilder    *files,
           const char     *name,
           const char     *data,
           gsize           length,
           GError        **error)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  struct archive_entry *entry = new_entry (name, length);
  gboolean              ok;

  archive_write_zip_set_compression_deflate (a);
  ok = archive_write_header (a, entry) == ARCHIVE_OK &&
       (length == 0 || archive_write_data (a, data, length) == (la_ssize_t)length);
  archive_entry_free (entry);
  if (!ok)
    return archive_failed (a, error);

  if (files != NULL)
    {
      g_checksum_update (sum, (const guchar *)data, length);
      add_to_manifest (files, name, length, sum);
    }
  return TRUE;
}

/* One document file, as it is; a file that is gone is left out (the
 * dossier then shows it as missing, as it does now). */
static gboolean
add_document (struct archive    *a,
              JsonBuilder       *files,
              int                documents_fd,
              const char        *file,
              PassendBackupInfo *info,
              GCancellable      *cancellable,
              GError           **error)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char      *name = g_strconcat (BACKUP_DOCUMENTS_PREFIX, file, NULL);
  struct archive_entry *entry;
  struct stat           st;
  char                  block[64 * 1024];
  gint64                done = 0;
  int                   fd = passend_fs_open_file_at (documents_fd, file, &st, NULL);
  gboolean              ok = TRUE;

  if (fd < 0 || st.st_size > PASSEND_DOCUMENT_MAX_SIZE)
    {
      passend_fs_close (&fd);
      return TRUE;
    }

  archive_write_zip_set_compression_store (a);
  entry = new_entry (name, st.st_size);
  ok = archive_write_header (a, entry) == ARCHIVE_OK || archive_failed (a, error);
  archive_entry_free (entry);

  while (ok && done < st.st_size)
    {
      gssize n = read (fd, block, MIN ((gint64)sizeof block, st.st_size - done));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        ok = passend_fs_set_error (error, n < 0 ? errno : EIO, "Could not read a document");
      else if (archive_write_data (a, block, n) != n)
        ok = archive_failed (a, error);
      else if (g_cancellable_set_error_if_cancelled (cancellable, error))
        ok = FALSE;
      else
        {
          g_checksum_update (sum, (const guchar *)block, n);
          done += n;
        }
    }
  close (fd);

  if (ok)
    {
      add_to_manifest (files, name, done, sum);
      info->files++;
      info->bytes += done;
    }
  return ok;
}

static char *
manifest_text (JsonBuilder *files, PassendBackupInfo *info, gsize *length)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format_iso8601 (now);
  g_autoptr (JsonGenerator) generator = json_generator_new ();

  json_builder_end_array (files);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, BACKUP_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, PASSEND_BACKUP_VERSION);
  json_builder_set_member_name (builder, "app_version");
  json_builder_add_string_value (builder, PACKAGE_VERSION);
  json_builder_set_member_name (builder, "created");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "children");
  json_builder_add_int_value (builder, info->children);
  json_builder_set_member_name (builder, "entries");
  json_builder_add_int_value (builder, info->entries);
  json_builder_set_member_name (builder, "documents");
  json_builder_add_int_value (builder, info->documents);
  json_builder_set_member_name (builder, "files");
  json_builder_add_value (builder, json_builder_get_root (files));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, length);
}

static gboolean
write_archive (
    int fd, ExportJob *job, PassendBackupInfo *info, GCancellable *cancellable, GError **error)
{
  g_autoptr (JsonBuilder) files = json_builder_new ();
  g_autofree char *manifest = NULL;
  struct archive  *a = archive_write_new ();
  gsize            manifest_length;
  int              data_fd = -1, documents_fd = -1;
  gboolean         ok;

  json_builder_begin_array (files);
  archive_write_set_format_zip (a);
  /* JSON shrinks to a fifth at the fastest level; the documents are
   * stored as they are (PDFs and photos are compressed already). */
  archive_write_set_format_option (a, "zip", "compression-level", "1");
  ok = archive_write_open_fd (a, fd) == ARCHIVE_OK || archive_failed (a, error);
  ok = ok && add_bytes (a, files, BACKUP_DOSSIER, job->text, job->length, error);

  if (ok && job->files[0] != NULL)
    {
      data_fd = passend_fs_open_data_dir (job->directory, FALSE, NULL);
      documents_fd =
          data_fd >= 0 ? passend_fs_open_dir_at (data_fd, BACKUP_DOCUMENTS, FALSE, NULL) : -1;
    }
  for (guint i = 0; ok && documents_fd >= 0 && job->files[i] != NULL; i++)
    ok = add_document (a, files, documents_fd, job->files[i], info, cancellable, error);
  passend_fs_close (&documents_fd);
  passend_fs_close (&data_fd);

  if (ok)
    {
      manifest = manifest_text (files, info, &manifest_length);
      ok = add_bytes (a, NULL, BACKUP_MANIFEST, manifest, manifest_length, error);
    }
  ok = ok && (archive_write_close (a) == ARCHIVE_OK || archive_failed (a, error));
  archive_write_free (a);
  return ok;
}

/* Reads the written file back as an import would. */
static gboolean
check_written (int fd, PassendBackupInfo *info, GError **error)
{
  PassendBackupContents contents;
  g_autoptr (GError) local_error = NULL;
  gboolean ok = passend_backup_read_fd (fd, -1, &contents, NULL, &local_error);

  ok = ok && contents.info->entries == info->entries && contents.info->files == info->files &&
       contents.info->children == info->children;
  passend_backup_contents_clear (&contents);
  if (!ok)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s",
                 _ ("The backup could not be read back after it was written. Try another "
                    "place, such as another USB stick."));
  return ok;
}

static gboolean
export_into_place (ExportJob         *job,
                   PassendBackupInfo *info,
                   GCancellable      *cancellable,
                   GError           **error)
{
  g_autofree char *folder = g_path_get_dirname (job->path);
  g_autofree char *name = g_path_get_basename (job->path);
  g_autofree char *temp = NULL;
  gboolean         ok;
  int              dir_fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  int              fd;

  if (dir_fd < 0)
    return passend_fs_set_error (error, errno, "Could not open the folder");

  fd = openat (dir_fd, ".", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      temp = passend_fs_make_temp_name (".passend-backup");
      fd = openat (dir_fd, temp, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    }
  if (fd < 0)
    {
      close (dir_fd);
      return passend_fs_set_error (error, errno, "Could not create the backup");
    }

  ok = write_archive (fd, job, info, cancellable, error);
  ok = ok && ((fchmod (fd, 0600) == 0 && fsync (fd) == 0) ||
              passend_fs_set_error (error, errno, "Could not write the backup"));
  ok = ok && check_written (fd, info, error);
  /* Cancelled: nothing gets a name. */
  ok = ok && !g_cancellable_set_error_if_cancelled (cancellable, error);

  if (ok && temp == NULL)
    ok = passend_export_link_into_place (fd, dir_fd, name, error);
  else if (ok && renameat (dir_fd, temp, dir_fd, name) != 0)
    ok = passend_fs_set_error (error, errno, "Could not save the backup");
  if (!ok && temp != NULL)
    unlinkat (dir_fd, temp, 0);
  if (ok)
    passend_fs_sync_dir (dir_fd);

  close (fd);
  close (dir_fd);
  return ok;
}

static PassendBackupInfo *
export_job_run (ExportJob *job, GCancellable *cancellable, GError **error)
{
  g_autoptr (PassendBackupInfo) info = g_new0 (PassendBackupInfo, 1);

  info->children = job->counts->children;
  info->entries = job->counts->entries;
  info->documents = job->counts->documents;
  if (job->snapshot != NULL)
    job->text = passend_dossier_snapshot_write (job->snapshot, &job->length);

  if (!export_into_place (job, info, cancellable, error))
    return NULL;
  return g_steal_pointer (&info);
}

/* The distinct, valid document file names of @dossier. */
static GStrv
document_files (PassendDossier *dossier)
{
  GListModel *documents = passend_dossier_get_documents (dossier);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr (PassendDocument) document = g_list_model_get_item (documents, i);
      const char *file = passend_document_get_file (document);

      if (passend_document_file_name_is_valid (file) && g_hash_table_add (seen, (gpointer)file))
        g_strv_builder_add (builder, file);
    }
  return g_strv_builder_end (builder);
}

static ExportJob *
export_job_new (const char *directory, const char *path, PassendDossier *dossier)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  job->directory = g_strdup (directory);
  job->path = g_strdup (path);
  job->files = document_files (dossier);
  job->counts = g_new0 (PassendBackupInfo, 1);
  passend_backup_count (job->counts, dossier);
  return job;
}

/**
 * passend_backup_export_folder:
 * @directory: (nullable): the data folder, %NULL for the usual one
 * @path: the .passend file to write
 *
 * Exports the dossier as it is on disk, without the lock: it works
 * while Passend is open, and changes nothing in @directory.
 */
gboolean
passend_backup_export_folder (const char         *directory,
                              const char         *path,
                              PassendBackupInfo **info,
                              GError            **error)
{
  g_autofree char *usual = NULL;
  g_autofree char *text = NULL;
  g_autoptr (PassendDossier) dossier = NULL;
  g_autoptr (ExportJob) job = NULL;
  g_autoptr (PassendBackupInfo) made = NULL;
  g_autoptr (GError) local_error = NULL;
  gsize length = 0;
  int   dir_fd;

  if (directory == NULL)
    directory = usual = g_build_filename (g_get_user_data_dir (), "passend", NULL);

  dir_fd = passend_fs_open_data_dir (directory, FALSE, &local_error);
  if (dir_fd >= 0)
    {
      dossier = passend_store_read_at (dir_fd, STORE_FILE_NAME, PASSEND_STORE_MAX_FILE_SIZE, &text,
                                       &length, NULL, NULL, &local_error);
      close (dir_fd);
    }
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _ ("There is no dossier here yet, so there is nothing to back up."));
      return FALSE;
    }
  if (dossier == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  job = export_job_new (directory, path, dossier);
  job->text = g_steal_pointer (&text);
  job->length = length;
  made = export_job_run (job, NULL, error);
  if (made == NULL)
    return FALSE;
  if (info != NULL)
    *info = g_steal_pointer (&made);
  return TRUE;
}

static void
export_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GError            *error = NULL;
  PassendBackupInfo *info = export_job_run (task_data, cancellable, &error);

  if (info == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, info, (GDestroyNotify)passend_backup_info_free);
}

/**
 * passend_store_export_backup_async:
 * @path: the .passend file to write
 *
 * Exports the dossier as it is in memory now (a snapshot), with the
 * documents, on a worker.
 */
void
passend_store_export_backup_async (PassendStore       *self,
                                   const char         *path,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autoptr (ExportJob) job = NULL;
  GError *error = NULL;

  g_return_if_fail (PASSEND_IS_STORE (self));
  g_task_set_source_tag (task, passend_store_export_backup_async);

  job = export_job_new (self->directory, path, self->dossier);
  job->snapshot = passend_dossier_snapshot_new (self->dossier, self->checked, &error);
  if (job->snapshot == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_set_task_data (task, g_steal_pointer (&job), (GDestroyNotify)export_job_free);
  /* The result says what happened: a file made is reported as made. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, export_thread);
}

PassendBackupInfo *
passend_store_export_backup_finish (PassendStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
