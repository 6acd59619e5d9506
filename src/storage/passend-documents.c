/* passend-documents.c - the parent's documents, as the views use them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The views never see where the copies live: they attach a file the
 * parent chose, ask whether a copy is there and where to open it, and
 * discard a copy that was never saved.  Storage keeps the rules: a copy
 * is a private file of at most %PASSEND_DOCUMENT_MAX_SIZE in the data
 * folder (see passend-document-files.c), nothing is deleted that the
 * dossier still names, and nothing is deleted while the store is
 * read-only, for another Passend may be writing the folder.
 */
#define G_LOG_DOMAIN "passend-documents"

#include "config.h"

#include "passend-document-files.h"
#include "passend-documents.h"
#include "passend-error.h"

static void
attach_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  PassendStore *self = g_task_get_source_object (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr (PassendDocument) document = NULL;
  GError *error = NULL;

  document = passend_document_files_import_finish (result, &error);
  if (document == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* Asked for by nobody any more: the copy is used by nothing. */
  if (g_cancellable_is_cancelled (cancellable))
    {
      passend_document_files_delete (passend_store_get_directory (self),
                                     passend_store_get_dossier (self), document);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               "The document was not wanted any more");
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&document), g_object_unref);
}

/**
 * passend_store_attach_document_async:
 * @file: a file the parent chose
 * @cancellable: (nullable): cancel it when the copy is no longer wanted
 *
 * Copies @file into the data folder in a worker thread, so a large file
 * does not stop the window.  Only a regular file on this computer of at
 * most %PASSEND_DOCUMENT_MAX_SIZE is taken; the copy is readable by the
 * parent only.  A copy that fails leaves nothing behind, and a copy
 * finished after @cancellable was cancelled is deleted again.
 */
void
passend_store_attach_document_async (PassendStore       *self,
                                     GFile              *file,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (PASSEND_IS_STORE (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, passend_store_attach_document_async);
  /* Cancelled or not, the result says what became of the copy. */
  g_task_set_check_cancellable (task, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               "Only files on this computer can be kept");
      return;
    }

  /* Not cancellable itself: a copy is always finished, then deleted if
   * it is not wanted. */
  passend_document_files_import_async (passend_store_get_directory (self), path, NULL,
                                       attach_done_cb, g_steal_pointer (&task));
}

/**
 * passend_store_attach_document_finish:
 *
 * Returns: (transfer full): the document, not yet part of any entry:
 *   pass it to passend_dossier_add_document(), or to
 *   passend_store_discard_document() when it is not kept; %NULL with
 *   @error set: %PASSEND_ERROR_TOO_LARGE, %PASSEND_ERROR_NOT_REGULAR,
 *   %G_IO_ERROR_NOT_SUPPORTED for a file that is not on this computer,
 *   %G_IO_ERROR_CANCELLED or another %G_IO_ERROR
 */
PassendDocument *
passend_store_attach_document_finish (PassendStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * passend_store_has_document:
 *
 * Returns: %TRUE if the copy of @document is in the data folder
 */
gboolean
passend_store_has_document (PassendStore *self, PassendDocument *document)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_DOCUMENT (document), FALSE);

  return passend_document_files_exists (passend_store_get_directory (self), document);
}

/**
 * passend_store_get_document_file:
 *
 * Returns: (transfer full) (nullable): the copy of @document, to open;
 *   %NULL if its name is not one Passend makes
 */
GFile *
passend_store_get_document_file (PassendStore *self, PassendDocument *document)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (PASSEND_IS_STORE (self), NULL);
  g_return_val_if_fail (PASSEND_IS_DOCUMENT (document), NULL);

  path = passend_document_files_get_path (passend_store_get_directory (self), document);
  return path != NULL ? g_file_new_for_path (path) : NULL;
}

/**
 * passend_store_discard_document:
 * @document: a document passend_store_attach_document_async() made that
 *   was never saved in the dossier
 *
 * Deletes the copy of @document, unless the dossier uses the same file
 * or the store is read-only.  A document that was saved once is never
 * discarded this way: backups may name it, and
 * passend_store_sweep_documents_async() deletes it when none does.
 *
 * Returns: %TRUE if the copy was deleted
 */
gboolean
passend_store_discard_document (PassendStore *self, PassendDocument *document)
{
  g_return_val_if_fail (PASSEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_DOCUMENT (document), FALSE);

  if (!passend_store_get_writable (self))
    return FALSE;

  return passend_document_files_delete (passend_store_get_directory (self),
                                        passend_store_get_dossier (self), document);
}

static void
sweep_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;

  g_task_return_int (task, g_task_propagate_int (G_TASK (result), NULL));
}

/**
 * passend_store_sweep_documents_async:
 * @callback: (nullable): called when done
 *
 * In a worker thread, deletes the copies that neither the dossier nor
 * any backup or damaged file set aside still names, such as those of
 * an entry deleted more than two weeks ago.  Only a dossier that was
 * read whole and can be written is swept: of any other, Passend does
 * not know every document.
 */
void
passend_store_sweep_documents_async (PassendStore       *self,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (PASSEND_IS_STORE (self));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, passend_store_sweep_documents_async);

  if (passend_store_get_state (self) != PASSEND_STORE_STATE_OK)
    {
      g_task_return_int (task, 0);
      return;
    }

  passend_document_files_sweep_async (passend_store_get_directory (self),
                                      passend_store_get_dossier (self), sweep_done_cb,
                                      g_steal_pointer (&task));
}

/**
 * passend_store_sweep_documents_finish:
 *
 * Returns: the number of copies deleted
 */
guint
passend_store_sweep_documents_finish (PassendStore *self, GAsyncResult *result)
{
  g_return_val_if_fail (g_task_is_valid (result, self), 0);
  return (guint)g_task_propagate_int (G_TASK (result), NULL);
}
