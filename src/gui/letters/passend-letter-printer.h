/* passend-letter-printer.h - a letter on paper or in a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-letter.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_LETTER_PRINTER (passend_letter_printer_get_type ())
G_DECLARE_FINAL_TYPE (
    PassendLetterPrinter, passend_letter_printer, PASSEND, LETTER_PRINTER, GtkPrintOperation)

PassendLetterPrinter *passend_letter_printer_new (PassendLetter *letter);
gboolean              passend_letter_printer_export (PassendLetterPrinter *self,
                                                     const char           *path,
                                                     GtkPageSetup         *page_setup,
                                                     GError              **error);
char                 *passend_letter_printer_suggest_name (PassendLetter *letter);

G_END_DECLS
