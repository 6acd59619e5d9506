/* passend-agreement.c - who does what, by when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Agreements are made in an entry (entry-id) for a child (child-id).
 * When the status changes, status-date keeps the day it happened.
 * last-reminded is the day a reminder of the due date was last shown.
 */
#define G_LOG_DOMAIN "passend-agreement"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "passend-agreement.h"
#include "passend-clock.h"
#include "passend-text.h"

struct _PassendAgreement
{
  PassendRecord parent_instance;

  char *child_id;
  char *entry_id;
  char *what;
  int   party;
  char *who_name;
  char *due_date;
  int   status;
  char *status_date;
  char *outcome;
  char *last_reminded;

  /* Folded what, who and outcome, made on the first search after a
   * change (passend_agreement_get_search_key()). */
  char *search_key;
};

G_DEFINE_FINAL_TYPE (PassendAgreement, passend_agreement, PASSEND_TYPE_RECORD)

static const PassendFieldSpec fields[] = {
  { "child-id", "child_id", PASSEND_FIELD_TYPE_SHARED, PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendAgreement, child_id) },
  { "entry-id", "entry_id", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendAgreement, entry_id) },
  { "what", "what", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_REQUIRED | PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendAgreement, what) },
  { "party", "party", PASSEND_FIELD_TYPE_ENUM, PASSEND_FIELD_REQUIRED,
    G_STRUCT_OFFSET (PassendAgreement, party), passend_party_get_type },
  { "who-name", "who_name", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendAgreement, who_name) },
  { "due-date", "due_date", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_DATE,
    G_STRUCT_OFFSET (PassendAgreement, due_date) },
  { "status", "status", PASSEND_FIELD_TYPE_ENUM, PASSEND_FIELD_REQUIRED,
    G_STRUCT_OFFSET (PassendAgreement, status), passend_agreement_status_get_type },
  { "status-date", "status_date", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_DATE,
    G_STRUCT_OFFSET (PassendAgreement, status_date) },
  { "outcome", "outcome", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendAgreement, outcome) },
  /* The day a reminder of the due date was last shown (see
   * passend-reminders.c); written only once one was. */
  { "last-reminded", "last_reminded", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_DATE,
    G_STRUCT_OFFSET (PassendAgreement, last_reminded) },
};

static void
passend_agreement_notify (GObject *object, GParamSpec *pspec)
{
  PassendAgreement *self = PASSEND_AGREEMENT (object);

  if (g_strcmp0 (pspec->name, "what") == 0 || g_strcmp0 (pspec->name, "who-name") == 0 ||
      g_strcmp0 (pspec->name, "outcome") == 0)
    g_clear_pointer (&self->search_key, g_free);

  if (G_OBJECT_CLASS (passend_agreement_parent_class)->notify)
    G_OBJECT_CLASS (passend_agreement_parent_class)->notify (object, pspec);
}

static void
passend_agreement_finalize (GObject *object)
{
  g_clear_pointer (&PASSEND_AGREEMENT (object)->search_key, g_free);

  G_OBJECT_CLASS (passend_agreement_parent_class)->finalize (object);
}

static void
passend_agreement_class_init (PassendAgreementClass *klass)
{
  GObjectClass       *object_class = G_OBJECT_CLASS (klass);
  PassendRecordClass *record_class = PASSEND_RECORD_CLASS (klass);

  object_class->notify = passend_agreement_notify;
  object_class->finalize = passend_agreement_finalize;
  record_class->json_name = "agreement";
  passend_record_class_add_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
passend_agreement_init (PassendAgreement *self)
{
}

/**
 * passend_agreement_new:
 * @what: what was agreed, not empty
 * @party: who does it
 * @due_date: (nullable): by when, "YYYY-MM-DD"
 */
PassendAgreement *
passend_agreement_new (const char *what, PassendParty party, const char *due_date)
{
  return g_object_new (PASSEND_TYPE_AGREEMENT, "what", what, "party", party, "due-date", due_date,
                       NULL);
}

/**
 * passend_agreement_get_search_key:
 *
 * Returns: what was agreed, who and the outcome, each after a newline,
 *   folded by passend_text_fold(); made once after each change
 */
const char *
passend_agreement_get_search_key (PassendAgreement *self)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT (self), NULL);

  if (self->search_key == NULL)
    {
      GString *key = g_string_new ("\n");

      passend_text_fold_append (key, self->what);
      g_string_append_c (key, '\n');
      if (self->who_name != NULL)
        passend_text_fold_append (key, self->who_name);
      g_string_append_c (key, '\n');
      if (self->outcome != NULL)
        passend_text_fold_append (key, self->outcome);
      self->search_key = g_string_free (key, FALSE);
    }
  return self->search_key;
}

const char *
passend_agreement_get_child_id (PassendAgreement *self)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT (self), NULL);
  return self->child_id;
}

const char *
passend_agreement_get_entry_id (PassendAgreement *self)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT (self), NULL);
  return self->entry_id;
}

const char *
passend_agreement_get_what (PassendAgreement *self)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT (self), NULL);
  return self->what;
}

PassendParty
passend_agreement_get_party (PassendAgreement *self)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT (self), 0);
  return self->party;
}

const char *
passend_agreement_get_due_date (PassendAgreement *self)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT (self), NULL);
  return self->due_date;
}

const char *
passend_agreement_get_who_name (PassendAgreement *self)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT (self), NULL);
  return self->who_name;
}

const char *
passend_agreement_get_status_date (PassendAgreement *self)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT (self), NULL);
  return self->status_date;
}

const char *
passend_agreement_get_last_reminded (PassendAgreement *self)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT (self), NULL);
  return self->last_reminded;
}

const char *
passend_agreement_get_outcome (PassendAgreement *self)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT (self), NULL);
  return self->outcome;
}

PassendAgreementStatus
passend_agreement_get_status (PassendAgreement *self)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT (self), 0);
  return self->status;
}

/**
 * passend_agreement_set_status:
 *
 * Changes the status and keeps today's date as the day it happened.
 */
void
passend_agreement_set_status (PassendAgreement *self, PassendAgreementStatus status)
{
  g_autofree char *today = NULL;

  g_return_if_fail (PASSEND_IS_AGREEMENT (self));

  if (self->status == (int)status)
    return;

  today = passend_clock_get_today ();
  g_object_set (self, "status", status, "status-date",
                status == PASSEND_AGREEMENT_STATUS_OPEN ? NULL : today, NULL);
}

/**
 * passend_agreement_is_overdue:
 * @today: "YYYY-MM-DD"
 *
 * Returns: %TRUE if the agreement is still open and its due date passed
 */
gboolean
passend_agreement_is_overdue (PassendAgreement *self, const char *today)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT (self), FALSE);

  /* "YYYY-MM-DD" strings compare like the dates they name. */
  return self->status == PASSEND_AGREEMENT_STATUS_OPEN && self->due_date != NULL &&
         strcmp (self->due_date, today) < 0;
}

static gboolean
parse_iso_date (const char *text, GDate *date)
{
  guint year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * passend_agreement_get_days_overdue:
 * @today: "YYYY-MM-DD"
 *
 * Returns: how many days late the agreement is on @today: 0 when it is
 *   not overdue
 */
guint
passend_agreement_get_days_overdue (PassendAgreement *self, const char *today)
{
  GDate due, now;

  g_return_val_if_fail (PASSEND_IS_AGREEMENT (self), 0);

  if (!passend_agreement_is_overdue (self, today) || !parse_iso_date (self->due_date, &due) ||
      !parse_iso_date (today, &now))
    return 0;
  return (guint)g_date_days_between (&due, &now);
}
