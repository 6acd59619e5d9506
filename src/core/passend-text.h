/* passend-text.h - text folded for searching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean passend_text_validate (const char *text, gssize length);
gsize    passend_text_utf8_char_length (const char *text, gsize available);
char    *passend_text_fold (const char *text);
void     passend_text_fold_append (GString *out, const char *text);
gboolean passend_text_has_content (const char *text);

G_END_DECLS
