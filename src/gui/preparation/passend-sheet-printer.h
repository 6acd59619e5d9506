/* passend-sheet-printer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-dossier.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_SHEET_PRINTER (passend_sheet_printer_get_type ())
G_DECLARE_FINAL_TYPE (
    PassendSheetPrinter, passend_sheet_printer, PASSEND, SHEET_PRINTER, GtkPrintOperation)

PassendSheetPrinter *passend_sheet_printer_new (PassendDossier *dossier, PassendSheet *sheet);
gboolean             passend_sheet_printer_export (PassendSheetPrinter *self,
                                                   const char          *path,
                                                   GtkPageSetup        *page_setup,
                                                   GError             **error);
char *passend_sheet_printer_suggest_name (PassendDossier *dossier, PassendSheet *sheet);

G_END_DECLS
