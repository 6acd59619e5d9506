/* passend-letter-send.c - a letter marked sent: its entry and its clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sending records the letter as an entry of the dossier, with the text
 * exactly as sent, and starts the clock of the answer (the letter's
 * event in src/clocks/), linked to that entry.  A letter with a field
 * still to fill in is not sent: the parent would have a proof of a
 * letter the school never got in that form.
 */
#define G_LOG_DOMAIN "passend-letters"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-clock-record.h"
#include "passend-error.h"
#include "passend-letter.h"
#include "passend-letters-private.h"

static char *
entry_title (PassendLetterWay way, const char *title)
{
  switch (way)
    {
    case PASSEND_LETTER_BY_EMAIL:
      /* Translators: the title of the entry of a letter: "Request for
       * the school file (sent by e-mail)". */
      return g_strdup_printf (_ ("%s (sent by e-mail)"), title);
    case PASSEND_LETTER_BY_POST:
      return g_strdup_printf (_ ("%s (sent by post)"), title);
    case PASSEND_LETTER_HANDED_OVER:
    default:
      return g_strdup_printf (_ ("%s (handed over)"), title);
    }
}

static PassendEntry *
make_entry (PassendLetter *self, const char *date, PassendLetterWay way)
{
  const PassendLetterTemplate *letter = passend_letter_get_template (self);
  g_autofree char *title = entry_title (way, passend_letter_template_get_title (letter));
  g_autofree char *text = passend_letter_to_text (self);
  g_auto (GStrv) recipient =
      g_strsplit (passend_letter_get_part (self, PASSEND_LETTER_RECIPIENT), "\n", 2);

  return g_object_new (PASSEND_TYPE_ENTRY, "kind",
                       way == PASSEND_LETTER_BY_EMAIL ? PASSEND_ENTRY_KIND_EMAIL
                                                      : PASSEND_ENTRY_KIND_LETTER,
                       "date", date, "title", title, "child-id", passend_letter_get_child_id (self),
                       "direction", PASSEND_DIRECTION_SENT, "people",
                       recipient[0] != NULL ? recipient[0] : NULL, "text", text, NULL);
}

/**
 * passend_letter_send:
 * @dossier: the dossier of the letter's child
 * @date: the day it was sent, "YYYY-MM-DD"
 * @way: how
 * @proof: (nullable): a document not yet in a dossier, the proof of
 *   sending (a receipt, the e-mail as sent), kept with the entry
 * @clocks: (out) (optional) (transfer container) (element-type PassendClock):
 *   the clocks it started
 * @error: %PASSEND_ERROR_INVALID when something is still to be filled in
 *
 * Records the letter as sent: an entry with its text and the proof, and
 * the clock of the answer where the letter has one.
 *
 * Returns: (transfer none) (nullable): the entry, held by @dossier
 */
PassendEntry *
passend_letter_send (PassendLetter   *self,
                     PassendDossier  *dossier,
                     const char      *date,
                     PassendLetterWay way,
                     PassendDocument *proof,
                     GPtrArray      **clocks,
                     GError         **error)
{
  const char *event;
  g_auto (GStrv) blanks = NULL;
  g_autoptr (PassendEntry) entry = NULL;
  g_autoptr (GPtrArray) started = NULL;

  g_return_val_if_fail (PASSEND_IS_LETTER (self), NULL);
  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (proof == NULL || PASSEND_IS_DOCUMENT (proof), NULL);

  if (clocks != NULL)
    *clocks = NULL;
  if (passend_dossier_find_child (dossier, passend_letter_get_child_id (self)) == NULL)
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           _ ("The child of this letter is no longer in the dossier."));
      return NULL;
    }
  if (!passend_date_is_valid (date))
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           _ ("Fill in the date you sent the letter."));
      return NULL;
    }
  blanks = passend_letter_get_blanks (self);
  if (blanks[0] != NULL)
    {
      /* Translators: %s is what is still empty in the letter, "the
       * name of the school". */
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                   _ ("The letter is not finished: fill in %s first."), blanks[0]);
      return NULL;
    }

  entry = make_entry (self, date, way);
  passend_dossier_add_entry (dossier, entry);
  if (proof != NULL)
    passend_dossier_add_document (dossier, entry, proof);

  event = passend_letter_template_get_event (passend_letter_get_template (self));
  if (event != NULL)
    {
      g_autoptr (GPtrArray) proposals = passend_clock_propose (event, date, NULL);

      started = passend_dossier_start_clocks (dossier, entry, passend_letter_get_child_id (self),
                                              proposals);
    }
  if (clocks != NULL)
    *clocks = started != NULL ? g_steal_pointer (&started)
                              : g_ptr_array_new_with_free_func (g_object_unref);
  return entry;
}
