/* passend-print-export.h - a print operation written to a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean passend_print_export_pdf (GtkPrintOperation *operation,
                                   const char        *draft_name,
                                   const char        *path,
                                   GtkPageSetup      *page_setup,
                                   GError           **error);

G_END_DECLS
