/* passend-letter.h - one letter, filled in from the dossier
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-dossier.h"
#include "passend-letter-template.h"

G_BEGIN_DECLS

/* The parts of a letter, each edited on its own. */
typedef enum
{
  PASSEND_LETTER_SENDER,    /* the parent's name and address */
  PASSEND_LETTER_RECIPIENT, /* the school's (or board's, committee's) */
  PASSEND_LETTER_DATE,      /* "2 december 2026" */
  PASSEND_LETTER_SUBJECT,
  PASSEND_LETTER_BODY, /* paragraphs, an empty line between them */
  PASSEND_LETTER_N_PARTS,
} PassendLetterPart;

/* How a letter was sent. */
typedef enum
{
  PASSEND_LETTER_BY_EMAIL,
  PASSEND_LETTER_BY_POST,
  PASSEND_LETTER_HANDED_OVER,
} PassendLetterWay;

#define PASSEND_TYPE_LETTER (passend_letter_get_type ())
G_DECLARE_FINAL_TYPE (PassendLetter, passend_letter, PASSEND, LETTER, GObject)

PassendLetter               *passend_letter_new (const PassendLetterTemplate *letter_template,
                                                 PassendDossier              *dossier,
                                                 PassendChild                *child,
                                                 const char                  *language);
const PassendLetterTemplate *passend_letter_get_template (PassendLetter *self);
const char                  *passend_letter_get_language (PassendLetter *self);
const char                  *passend_letter_get_child_id (PassendLetter *self);
const char                  *passend_letter_get_part (PassendLetter *self, PassendLetterPart part);
void        passend_letter_set_part (PassendLetter *self, PassendLetterPart part, const char *text);
const char *passend_letter_get_subject_label (PassendLetter *self);
GStrv       passend_letter_get_blanks (PassendLetter *self);
char       *passend_letter_to_text (PassendLetter *self);
char       *passend_letter_format_page (PassendLetter *self, int page, guint n_pages);
char       *passend_letter_describe_records (PassendLetter *self, GPtrArray *records);
gboolean    passend_letter_fill_blank (PassendLetter *self, const char *blank_id, const char *text);
void
passend_letter_fill_from_talk (PassendLetter *self, PassendDossier *dossier, PassendEntry *entry);

PassendEntry *passend_letter_send (PassendLetter   *self,
                                   PassendDossier  *dossier,
                                   const char      *date,
                                   PassendLetterWay way,
                                   PassendDocument *proof,
                                   GPtrArray      **clocks,
                                   GError         **error);

char    *passend_letter_format_date (const char *date, const char *language);
gboolean passend_letter_find_blank (const char *text, gsize from, gsize *start, gsize *end);

G_END_DECLS
