/* passend-letter-template.h - the letters a parent can write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PassendLetterTemplate PassendLetterTemplate;

const PassendLetterTemplate *const *passend_letter_templates_get_all (guint *n_templates);
const PassendLetterTemplate        *passend_letter_template_find (const char *id);
const PassendLetterTemplate        *passend_letter_template_find_for_clock (const char *kind);

const char *passend_letter_template_get_id (const PassendLetterTemplate *self);
const char *passend_letter_template_get_event (const PassendLetterTemplate *self);
const char *passend_letter_template_get_title (const PassendLetterTemplate *self);
const char *passend_letter_template_get_summary (const PassendLetterTemplate *self);

void     passend_letters_set_localedir (const char *dir);
gboolean passend_letters_has_language (const char *language);

G_END_DECLS
