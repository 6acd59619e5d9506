/* passend-letters-private.h - what the letters' units share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-letter-template.h"

G_BEGIN_DECLS

/* How an empty field shows in a letter's text: "[[the school's name]]". */
#define PASSEND_LETTER_BLANK_OPEN "[["
#define PASSEND_LETTER_BLANK_CLOSE "]]"

struct _PassendLetterTemplate
{
  char      *id;
  char      *event;  /* the clock event its sending is, or NULL */
  GStrv      clocks; /* the kinds of clock it answers: the parent's own terms */
  char      *title;  /* the English msgids, as xgettext extracts them */
  char      *summary;
  char      *subject;
  GStrv      to;         /* the recipient's lines, with placeholders */
  GPtrArray *paragraphs; /* of char *, msgids */
  GPtrArray *blanks;     /* of PassendLetterBlank */
  int        order;      /* in the Letters list */
};

typedef struct
{
  char *id;    /* {blank:ID} */
  char *label; /* msgid: "the date of the decision" */
} PassendLetterBlank;

GHashTable *_passend_letters_catalog (const char *language);
const char *_passend_letters_translate (const char *language, const char *msgid);
const char *
_passend_letters_translate_context (const char *language, const char *context, const char *msgid);

PassendLetterTemplate      *
_passend_letter_template_parse (const char *text, gsize length, GError **error);
void _passend_letter_template_free (PassendLetterTemplate *self);

G_END_DECLS
