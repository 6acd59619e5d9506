/* passend-entry-draft.c - an entry as the parent wrote it, checked and
 * saved in one change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place that says what a valid entry and a valid agreement
 * are.  The entry dialog, the Assistant's "Write this down" (through
 * that dialog) and the outcome of a talk all fill in a draft; the
 * dossier checks all of it first, so a refused draft changes nothing,
 * and then makes every change at once: one "changed", one save.
 *
 * The messages are for the parent; the error code names the field, and
 * for an agreement its place in the draft, so a window can take the
 * parent there.
 */
#define G_LOG_DOMAIN "passend-entry-draft"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-clock.h"
#include "passend-date.h"
#include "passend-dossier-private.h"
#include "passend-entry-draft.h"
#include "passend-text.h"

G_DEFINE_QUARK (passend - draft - error - quark, passend_draft_error)

static char *
trimmed_or_null (const char *text)
{
  return passend_text_has_content (text) ? g_strstrip (g_strdup (text)) : NULL;
}

static gboolean
is_empty (const char *text)
{
  return !passend_text_has_content (text);
}

/* Agreements */

/**
 * passend_agreement_draft_new:
 * @agreement: (nullable): the agreement the draft starts from
 *
 * Returns: (transfer full): a draft with the fields of @agreement, or
 *   an empty draft for a new agreement by school
 */
PassendAgreementDraft *
passend_agreement_draft_new (PassendAgreement *agreement)
{
  PassendAgreementDraft *draft = g_new0 (PassendAgreementDraft, 1);

  g_return_val_if_fail (agreement == NULL || PASSEND_IS_AGREEMENT (agreement), draft);

  draft->party = PASSEND_PARTY_SCHOOL;
  draft->status = PASSEND_AGREEMENT_STATUS_OPEN;
  if (agreement == NULL)
    return draft;

  draft->agreement = g_object_ref (agreement);
  draft->what = g_strdup (passend_agreement_get_what (agreement));
  draft->party = passend_agreement_get_party (agreement);
  draft->who_name = g_strdup (passend_agreement_get_who_name (agreement));
  draft->due = g_strdup (passend_agreement_get_due_date (agreement));
  draft->status = passend_agreement_get_status (agreement);
  draft->outcome = g_strdup (passend_agreement_get_outcome (agreement));
  return draft;
}

void
passend_agreement_draft_free (PassendAgreementDraft *draft)
{
  if (draft == NULL)
    return;

  g_clear_object (&draft->agreement);
  g_free (draft->what);
  g_free (draft->who_name);
  g_free (draft->due);
  g_free (draft->outcome);
  g_free (draft);
}

/**
 * passend_agreement_draft_is_blank:
 *
 * Returns: %TRUE if nothing was written in the draft: no agreement at
 *   all, which a window may leave out rather than refuse
 */
gboolean
passend_agreement_draft_is_blank (const PassendAgreementDraft *draft)
{
  g_return_val_if_fail (draft != NULL, FALSE);

  return is_empty (draft->what) && is_empty (draft->who_name) && is_empty (draft->due) &&
         is_empty (draft->outcome);
}

/**
 * passend_agreement_draft_check:
 *
 * The rule for an agreement: it says what was agreed, and its date, if
 * any, exists.  A removed agreement needs neither.
 *
 * Returns: %TRUE if the draft can be kept; else %FALSE with @error set
 *   in %PASSEND_DRAFT_ERROR
 */
gboolean
passend_agreement_draft_check (const PassendAgreementDraft *draft, GError **error)
{
  g_autofree char *due = NULL;

  g_return_val_if_fail (draft != NULL, FALSE);

  if (draft->removed)
    return TRUE;

  if (is_empty (draft->what))
    {
      g_set_error_literal (error, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_AGREEMENT_WHAT,
                           _ ("Write down what was agreed, or remove the empty agreement."));
      return FALSE;
    }

  if (!is_empty (draft->due) && (due = passend_date_parse_input (draft->due)) == NULL)
    {
      g_set_error_literal (
          error, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_AGREEMENT_DUE,
          _ ("This date does not exist. Write it as day-month-year, for example 23-11-2026."));
      return FALSE;
    }

  return TRUE;
}

/* Entries */

/**
 * passend_entry_draft_init:
 * @draft: (out caller-allocates): filled in; free with
 *   passend_entry_draft_clear()
 * @entry: (nullable): an entry of the dossier to change, whose fields
 *   the draft starts from; %NULL for a new conversation
 */
void
passend_entry_draft_init (PassendEntryDraft *draft, PassendEntry *entry)
{
  g_return_if_fail (draft != NULL);
  g_return_if_fail (entry == NULL || PASSEND_IS_ENTRY (entry));

  memset (draft, 0, sizeof *draft);
  draft->agreements = g_ptr_array_new_with_free_func ((GDestroyNotify)passend_agreement_draft_free);
  draft->add_documents = g_ptr_array_new_with_free_func (g_object_unref);
  draft->remove_documents = g_ptr_array_new_with_free_func (g_object_unref);
  draft->kind = PASSEND_ENTRY_KIND_CONVERSATION;
  if (entry == NULL)
    return;

  draft->entry = g_object_ref (entry);
  draft->kind = passend_entry_get_kind (entry);
  draft->direction = passend_entry_get_direction (entry);
  draft->role = passend_entry_get_role (entry);
  draft->date = g_strdup (passend_entry_get_date (entry));
  draft->time = g_strdup (passend_entry_get_time (entry));
  draft->title = g_strdup (passend_entry_get_title (entry));
  draft->people = g_strdup (passend_entry_get_people (entry));
  draft->text = g_strdup (passend_entry_get_text (entry));
  draft->child_id = g_strdup (passend_entry_get_child_id (entry));
}

void
passend_entry_draft_clear (PassendEntryDraft *draft)
{
  g_clear_object (&draft->entry);
  g_clear_pointer (&draft->date, g_free);
  g_clear_pointer (&draft->time, g_free);
  g_clear_pointer (&draft->title, g_free);
  g_clear_pointer (&draft->people, g_free);
  g_clear_pointer (&draft->text, g_free);
  g_clear_pointer (&draft->child_id, g_free);
  g_clear_pointer (&draft->confirmed_date, g_free);
  g_clear_pointer (&draft->agreements, g_ptr_array_unref);
  g_clear_pointer (&draft->add_documents, g_ptr_array_unref);
  g_clear_pointer (&draft->remove_documents, g_ptr_array_unref);
}

static gboolean
changed_meanwhile (GError **error)
{
  g_set_error_literal (error, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_CHANGED,
                       _ ("The entry could not be saved: the dossier changed meanwhile."));
  return FALSE;
}

static gboolean
check_date (const PassendEntryDraft *draft, GError **error)
{
  g_autofree char *date = passend_date_parse_input (draft->date);

  if (date != NULL)
    return TRUE;

  if (is_empty (draft->date))
    g_set_error_literal (error, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_DATE,
                         _ ("Fill in the date, for example 23-11-2026."));
  else
    g_set_error_literal (
        error, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_DATE,
        _ ("This date does not exist. Write it as day-month-year, for example 23-11-2026."));
  return FALSE;
}

/* Odd, but maybe right: the window asks, and the parent confirms. */
static gboolean
check_plausible (const PassendEntryDraft *draft, GError **error)
{
  g_autofree char *date = passend_date_parse_input (draft->date);
  g_autofree char *today = NULL;

  if (g_strcmp0 (date, draft->confirmed_date) == 0)
    return TRUE;

  today = passend_clock_get_today ();
  switch (passend_date_check (date, today))
    {
    case PASSEND_DATE_FAR_AHEAD:
      g_set_error_literal (error, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_DATE_FAR_AHEAD,
                           "The date is more than a year from now");
      return FALSE;
    case PASSEND_DATE_LONG_AGO:
      g_set_error_literal (error, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_DATE_LONG_AGO,
                           "The date is more than twenty years ago");
      return FALSE;
    case PASSEND_DATE_PLAUSIBLE:
    default:
      return TRUE;
    }
}

/* What the draft names must be where it says, or where it can go. */
static gboolean
check_records (PassendDossier *self, const PassendEntryDraft *draft, guint *index, GError **error)
{
  GListStore *agreements = G_LIST_STORE (passend_dossier_get_agreements (self));
  GListStore *documents = G_LIST_STORE (passend_dossier_get_documents (self));

  if (draft->entry != NULL &&
      !g_list_store_find (G_LIST_STORE (passend_dossier_get_entries (self)), draft->entry, NULL))
    return changed_meanwhile (error);
  if (draft->child_id != NULL && passend_dossier_find_child (self, draft->child_id) == NULL)
    return changed_meanwhile (error);

  for (guint i = 0; i < draft->agreements->len; i++)
    {
      PassendAgreementDraft *a = g_ptr_array_index (draft->agreements, i);
      gboolean               ours;

      if (a->agreement == NULL)
        continue;

      *index = i;
      /* One of this entry, or a new one in no dossier yet, and once. */
      if (passend_record_get_owner (PASSEND_RECORD (a->agreement)) != NULL)
        ours = draft->entry != NULL && g_list_store_find (agreements, a->agreement, NULL) &&
               g_strcmp0 (passend_agreement_get_entry_id (a->agreement),
                          passend_record_get_id (PASSEND_RECORD (draft->entry))) == 0;
      else
        ours = !a->removed && passend_agreement_get_entry_id (a->agreement) == NULL;
      if (!ours)
        return changed_meanwhile (error);
      for (guint j = 0; j < i; j++)
        if (((PassendAgreementDraft *)g_ptr_array_index (draft->agreements, j))->agreement ==
            a->agreement)
          return changed_meanwhile (error);
    }

  for (guint i = 0; i < draft->add_documents->len; i++)
    if (passend_record_get_owner (g_ptr_array_index (draft->add_documents, i)) != NULL)
      return changed_meanwhile (error);
  for (guint i = 0; i < draft->remove_documents->len; i++)
    if (draft->entry == NULL ||
        !g_list_store_find (documents, g_ptr_array_index (draft->remove_documents, i), NULL))
      return changed_meanwhile (error);

  return TRUE;
}

/**
 * passend_dossier_check_entry_draft:
 * @draft: what the parent wrote
 * @agreement_index: (out) (optional): for an error about an agreement,
 *   its place in @draft->agreements
 *
 * The rules for an entry: a date that exists (and, if it is more than a
 * year ahead or twenty years ago, one the parent confirmed), a time of
 * day or none, a title, and agreements that pass
 * passend_agreement_draft_check().  The entry, its child, and the
 * agreements and documents it names must still be in the dossier.
 *
 * Returns: %TRUE if passend_dossier_apply_entry_draft() will take it;
 *   else %FALSE with @error set in %PASSEND_DRAFT_ERROR, its code
 *   naming the field
 */
gboolean
passend_dossier_check_entry_draft (PassendDossier          *self,
                                   const PassendEntryDraft *draft,
                                   guint                   *agreement_index,
                                   GError                 **error)
{
  g_autofree char *time = NULL;
  guint            index = 0;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), FALSE);
  g_return_val_if_fail (draft != NULL && draft->agreements != NULL, FALSE);

  if (!check_date (draft, error))
    return FALSE;

  if (!is_empty (draft->time) && (time = passend_time_parse_input (draft->time)) == NULL)
    {
      g_set_error_literal (
          error, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_TIME,
          _ ("Write the time as hours and minutes, for example 09:30, or leave it empty."));
      return FALSE;
    }

  if (is_empty (draft->title))
    {
      g_set_error_literal (error, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_TITLE,
                           _ ("Give the entry a title."));
      return FALSE;
    }

  for (index = 0; index < draft->agreements->len; index++)
    if (!passend_agreement_draft_check (g_ptr_array_index (draft->agreements, index), error))
      {
        if (agreement_index != NULL)
          *agreement_index = index;
        return FALSE;
      }

  if (!check_plausible (draft, error))
    return FALSE;

  if (!check_records (self, draft, &index, error))
    {
      if (agreement_index != NULL)
        *agreement_index = index;
      return FALSE;
    }

  return TRUE;
}

/* Only real changes touch the agreement (properties notify on change). */
static void
set_agreement_values (PassendAgreement *agreement, const PassendAgreementDraft *draft)
{
  g_autofree char *what = trimmed_or_null (draft->what);
  g_autofree char *who = trimmed_or_null (draft->who_name);
  g_autofree char *due = is_empty (draft->due) ? NULL : passend_date_parse_input (draft->due);
  g_autofree char *outcome = trimmed_or_null (draft->outcome);

  g_object_set (agreement, "what", what, "party", draft->party, "who-name", who, "due-date", due,
                "outcome", outcome, NULL);
  /* Keeps the day the status changed. */
  passend_agreement_set_status (agreement, draft->status);
}

/**
 * passend_agreement_draft_make:
 *
 * Returns: (transfer full) (nullable): a new agreement in no dossier
 *   with the values of @draft, or %NULL with @error set if
 *   passend_agreement_draft_check() refuses it
 */
PassendAgreement *
passend_agreement_draft_make (const PassendAgreementDraft *draft, GError **error)
{
  PassendAgreement *agreement;

  if (!passend_agreement_draft_check (draft, error))
    return NULL;

  agreement = passend_agreement_new (draft->what, draft->party, NULL);
  set_agreement_values (agreement, draft);
  return agreement;
}

static void
apply_agreement (PassendDossier *self, PassendEntry *entry, const PassendAgreementDraft *draft)
{
  g_autoptr (PassendAgreement) agreement =
      draft->agreement ? g_object_ref (draft->agreement) : NULL;
  gboolean is_new =
      agreement == NULL || passend_record_get_owner (PASSEND_RECORD (agreement)) == NULL;

  if (draft->removed)
    {
      if (agreement != NULL)
        passend_dossier_remove_agreement (self, agreement);
      return;
    }

  if (agreement == NULL)
    agreement = passend_agreement_new (draft->what, draft->party, NULL);
  set_agreement_values (agreement, draft);

  if (is_new)
    passend_dossier_add_entry_agreement (self, entry, agreement);
  else
    g_object_set (agreement, "child-id", passend_entry_get_child_id (entry), NULL);
}

static PassendEntry *
apply_entry (PassendDossier *self, const PassendEntryDraft *draft)
{
  g_autoptr (PassendEntry) entry = draft->entry ? g_object_ref (draft->entry) : NULL;
  g_autofree char *date = passend_date_parse_input (draft->date);
  g_autofree char *time = is_empty (draft->time) ? NULL : passend_time_parse_input (draft->time);
  g_autofree char *title = trimmed_or_null (draft->title);
  g_autofree char *people = trimmed_or_null (draft->people);
  gboolean         mail =
      draft->kind == PASSEND_ENTRY_KIND_EMAIL || draft->kind == PASSEND_ENTRY_KIND_LETTER;
  const char *text = draft->text != NULL && draft->text[0] != '\0' ? draft->text : NULL;

  if (entry == NULL)
    entry = passend_entry_new (draft->kind, date, title);

  g_object_set (entry, "kind", draft->kind, "date", date, "time", time, "title", title, "people",
                people, "role", draft->role, "direction",
                mail ? draft->direction : PASSEND_DIRECTION_NONE, "text", text, "child-id",
                draft->child_id, NULL);

  if (draft->entry == NULL)
    passend_dossier_add_entry (self, entry);

  return entry;
}

/**
 * passend_dossier_apply_entry_draft:
 * @draft: what the parent wrote
 * @agreement_index: (out) (optional): as for
 *   passend_dossier_check_entry_draft()
 *
 * Checks @draft (see passend_dossier_check_entry_draft()); if it passes,
 * adds the entry or changes it, with its agreements and documents, as
 * one change of the dossier: "changed" is emitted once, and not at all
 * if nothing changed.  A refused draft changes nothing.
 *
 * Returns: (transfer none) (nullable): the entry, or %NULL with @error
 *   set
 */
PassendEntry *
passend_dossier_apply_entry_draft (PassendDossier          *self,
                                   const PassendEntryDraft *draft,
                                   guint                   *agreement_index,
                                   GError                 **error)
{
  PassendEntry *entry;

  if (!passend_dossier_check_entry_draft (self, draft, agreement_index, error))
    return NULL;

  passend_dossier_freeze_changes (self);

  entry = apply_entry (self, draft);
  for (guint i = 0; i < draft->agreements->len; i++)
    apply_agreement (self, entry, g_ptr_array_index (draft->agreements, i));
  for (guint i = 0; i < draft->add_documents->len; i++)
    passend_dossier_add_document (self, entry, g_ptr_array_index (draft->add_documents, i));
  /* Their copies stay while a backup names them; a later sweep deletes
   * them. */
  for (guint i = 0; i < draft->remove_documents->len; i++)
    passend_dossier_remove_document (self, g_ptr_array_index (draft->remove_documents, i));

  passend_dossier_thaw_changes (self);

  return entry;
}
