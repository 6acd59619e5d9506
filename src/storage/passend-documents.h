/* passend-documents.h - the parent's documents, as the views use them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "passend-store.h"

G_BEGIN_DECLS

/* The largest file a parent can keep with an entry. */
#define PASSEND_DOCUMENT_MAX_SIZE (50 * 1024 * 1024)

void passend_store_attach_document_async (PassendStore       *self,
                                          GFile              *file,
                                          GCancellable       *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer            user_data);
PassendDocument *
passend_store_attach_document_finish (PassendStore *self, GAsyncResult *result, GError **error);
gboolean passend_store_has_document (PassendStore *self, PassendDocument *document);
GFile   *passend_store_get_document_file (PassendStore *self, PassendDocument *document);
gboolean passend_store_discard_document (PassendStore *self, PassendDocument *document);
void     passend_store_sweep_documents_async (PassendStore       *self,
                                              GAsyncReadyCallback callback,
                                              gpointer            user_data);
guint    passend_store_sweep_documents_finish (PassendStore *self, GAsyncResult *result);

G_END_DECLS
