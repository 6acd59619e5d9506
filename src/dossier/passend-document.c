/* passend-document.c - a file kept with an entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parent's file is copied into the documents folder beside the
 * dossier under a generated name (file), so the dossier is complete by
 * itself; name keeps the original file name to show.
 */
#define G_LOG_DOMAIN "passend-document"

#include "config.h"

#include <string.h>

#include "passend-document.h"
#include "passend-error.h"

struct _PassendDocument
{
  PassendRecord parent_instance;

  char *entry_id;
  char *name;
  char *file;
  int   size;
};

G_DEFINE_FINAL_TYPE (PassendDocument, passend_document, PASSEND_TYPE_RECORD)

static const PassendFieldSpec fields[] = {
  { "entry-id", "entry_id", PASSEND_FIELD_TYPE_STRING,
    PASSEND_FIELD_REQUIRED | PASSEND_FIELD_NOT_EMPTY, G_STRUCT_OFFSET (PassendDocument, entry_id) },
  { "name", "name", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_REQUIRED | PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendDocument, name) },
  { "file", "file", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_REQUIRED | PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendDocument, file) },
  { "size", "size", PASSEND_FIELD_TYPE_INT, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendDocument, size), NULL, 0, G_MAXINT },
};

static gboolean
passend_document_validate (PassendRecord *record, const char *what, GError **error)
{
  PassendDocument *self = PASSEND_DOCUMENT (record);

  /* The name is joined to the documents folder: a file that says
   * "../dossier.json" must never be opened, let alone removed. */
  if (self->file != NULL && !passend_document_file_name_is_valid (self->file))
    {
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                   "%s: field “file” is not a plain file name", what);
      return FALSE;
    }

  return TRUE;
}

static void
passend_document_class_init (PassendDocumentClass *klass)
{
  PassendRecordClass *record_class = PASSEND_RECORD_CLASS (klass);

  record_class->json_name = "document";
  record_class->validate = passend_document_validate;
  passend_record_class_add_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
passend_document_init (PassendDocument *self)
{
}

/**
 * passend_document_new:
 * @name: the original file name, to show
 * @file: the name of the copy in the documents folder
 * @size: its size in bytes
 */
PassendDocument *
passend_document_new (const char *name, const char *file, gint64 size)
{
  return g_object_new (PASSEND_TYPE_DOCUMENT, "name", name, "file", file, "size",
                       (int)CLAMP (size, 0, G_MAXINT), NULL);
}

const char *
passend_document_get_entry_id (PassendDocument *self)
{
  g_return_val_if_fail (PASSEND_IS_DOCUMENT (self), NULL);
  return self->entry_id;
}

const char *
passend_document_get_name (PassendDocument *self)
{
  g_return_val_if_fail (PASSEND_IS_DOCUMENT (self), NULL);
  return self->name;
}

const char *
passend_document_get_file (PassendDocument *self)
{
  g_return_val_if_fail (PASSEND_IS_DOCUMENT (self), NULL);
  return self->file;
}

gint64
passend_document_get_size (PassendDocument *self)
{
  g_return_val_if_fail (PASSEND_IS_DOCUMENT (self), 0);
  return self->size;
}

/**
 * passend_document_file_name_is_valid:
 *
 * Returns: %TRUE if @file is a plain name of ASCII letters, digits, '-',
 *   '_' and '.', not starting with a dot, that stays inside the folder
 */
gboolean
passend_document_file_name_is_valid (const char *file)
{
  gsize len;

  if (file == NULL || file[0] == '\0' || file[0] == '.')
    return FALSE;

  len = strlen (file);
  if (len > 200)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (file[i]) && strchr ("-_.", file[i]) == NULL)
      return FALSE;

  return TRUE;
}
