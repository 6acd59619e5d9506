/* passend-letter-dialog.h - one letter: read, edit, print, send
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-letter.h"
#include "passend-store.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_LETTER_DIALOG (passend_letter_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PassendLetterDialog, passend_letter_dialog, PASSEND, LETTER_DIALOG, GtkWindow)

GtkWidget     *passend_letter_dialog_new (PassendStore                *store,
                                          PassendChild                *child,
                                          const PassendLetterTemplate *letter_template);
PassendLetter *passend_letter_dialog_get_letter (PassendLetterDialog *self);
gboolean
     passend_letter_dialog_save_pdf (PassendLetterDialog *self, const char *path, GError **error);
void passend_letter_dialog_add_proof (PassendLetterDialog *self, const char *path);
void passend_letter_dialog_fill_from_talk (PassendLetterDialog *self, PassendEntry *entry);

G_END_DECLS
