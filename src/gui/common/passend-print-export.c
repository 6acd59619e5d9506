/* passend-print-export.c - a print operation written to a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the printed sheet and the letters share: "Save as PDF" is the
 * print operation itself, exported, so a PDF holds what a printer gets.
 */
#define G_LOG_DOMAIN "passend-print"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-print-export.h"
#include "passend-store.h"

/**
 * passend_print_export_pdf:
 * @operation: a print operation that draws its pages
 * @draft_name: the name of the temporary file, "sheet.pdf"
 * @path: the PDF file to write
 * @page_setup: (nullable): the paper, or %NULL for the usual one here
 *
 * Writes the pages to a PDF file, without a dialog.  The file is the
 * parent's alone (0600), as every file Passend writes.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
passend_print_export_pdf (GtkPrintOperation *operation,
                          const char        *draft_name,
                          const char        *path,
                          GtkPageSetup      *page_setup,
                          GError           **error)
{
  GtkPrintOperationResult result;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *draft = NULL;
  gboolean         ok;

  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* GTK writes the PDF itself, with the process's umask: into a draft
   * the store then puts in place as a 0600 file. */
  draft = passend_export_draft_new (draft_name, &local_error);
  if (draft == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_export_filename (operation, draft);

  result =
      gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &local_error);
  ok = result != GTK_PRINT_OPERATION_RESULT_ERROR;
  if (!ok && local_error == NULL)
    g_set_error_literal (&local_error, GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL,
                         _ ("The file could not be written."));
  if (!passend_export_draft_finish (draft, ok ? path : NULL, ok ? &local_error : NULL))
    ok = FALSE;

  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}
