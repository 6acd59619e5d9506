/* passend-document.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-record.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_DOCUMENT (passend_document_get_type ())
G_DECLARE_FINAL_TYPE (PassendDocument, passend_document, PASSEND, DOCUMENT, PassendRecord)

PassendDocument *passend_document_new (const char *name, const char *file, gint64 size);
const char      *passend_document_get_entry_id (PassendDocument *self);
const char      *passend_document_get_name (PassendDocument *self);
const char      *passend_document_get_file (PassendDocument *self);
gint64           passend_document_get_size (PassendDocument *self);
gboolean         passend_document_file_name_is_valid (const char *file);

G_END_DECLS
