/* passend-document-files.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "passend-documents.h"
#include "passend-dossier.h"

G_BEGIN_DECLS

PassendDocument      *
passend_document_files_import (const char *directory, const char *source_path, GError **error);
void passend_document_files_import_async (const char         *directory,
                                          const char         *source_path,
                                          GCancellable       *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer            user_data);
PassendDocument *passend_document_files_import_finish (GAsyncResult *result, GError **error);
char            *passend_document_files_get_path (const char *directory, PassendDocument *document);
gboolean         passend_document_files_exists (const char *directory, PassendDocument *document);
gboolean         passend_document_files_delete (const char      *directory,
                                                PassendDossier  *dossier,
                                                PassendDocument *document);
guint            passend_document_files_sweep (const char *directory, PassendDossier *dossier);
void             passend_document_files_sweep_async (const char         *directory,
                                                     PassendDossier     *dossier,
                                                     GAsyncReadyCallback callback,
                                                     gpointer            user_data);

G_END_DECLS
