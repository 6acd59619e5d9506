/* passend-clock-record.c - one legal term running for a child
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A clock is a term of a kind (passend-clock-kinds.c) that an event
 * started for a child: from its start date (the event's day) to its due
 * date, the last day to act.  When the other side takes an extension,
 * the extended due date is the one that counts.  The parent marks it met
 * ("the school answered on ...", with that day) or stops it with a
 * reason; until then it runs.  "Last reminded" keeps the day a reminder
 * was last shown (see passend-clock-state.c).
 *
 * The kind is stored as its keyword, a string rather than an enum, so a
 * clock of a kind only a newer build knows is kept, shown with the
 * keyword, and written back unchanged.
 */
#define G_LOG_DOMAIN "passend-clock-record"

#include "config.h"

#include <string.h>

#include "passend-clock-record.h"
#include "passend-clock.h"
#include "passend-dossier.h"
#include "passend-error.h"

struct _PassendClock
{
  PassendRecord parent_instance;

  char *child_id;
  char *entry_id;
  char *kind;
  char *event;
  char *start_date;
  char *due_date;
  char *extended_due_date;
  int   status;
  char *status_date;
  char *stop_reason;
  char *last_reminded;
};

G_DEFINE_FINAL_TYPE (PassendClock, passend_clock, PASSEND_TYPE_RECORD)

static const PassendFieldSpec fields[] = {
  { "child-id", "child_id", PASSEND_FIELD_TYPE_SHARED,
    PASSEND_FIELD_REQUIRED | PASSEND_FIELD_NOT_EMPTY, G_STRUCT_OFFSET (PassendClock, child_id) },
  { "entry-id", "entry_id", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendClock, entry_id) },
  { "kind", "kind", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_REQUIRED | PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendClock, kind) },
  { "event", "event", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendClock, event) },
  { "start-date", "start_date", PASSEND_FIELD_TYPE_STRING,
    PASSEND_FIELD_REQUIRED | PASSEND_FIELD_DATE, G_STRUCT_OFFSET (PassendClock, start_date) },
  { "due-date", "due_date", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_REQUIRED | PASSEND_FIELD_DATE,
    G_STRUCT_OFFSET (PassendClock, due_date) },
  { "extended-due-date", "extended_due_date", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_DATE,
    G_STRUCT_OFFSET (PassendClock, extended_due_date) },
  { "status", "status", PASSEND_FIELD_TYPE_ENUM, PASSEND_FIELD_REQUIRED,
    G_STRUCT_OFFSET (PassendClock, status), passend_clock_status_get_type },
  { "status-date", "status_date", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_DATE,
    G_STRUCT_OFFSET (PassendClock, status_date) },
  { "stop-reason", "stop_reason", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendClock, stop_reason) },
  { "last-reminded", "last_reminded", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_DATE,
    G_STRUCT_OFFSET (PassendClock, last_reminded) },
};

/* "YYYY-MM-DD" strings compare like the dates they name. */
static gboolean
date_before (const char *a, const char *b)
{
  return a != NULL && b != NULL && strcmp (a, b) < 0;
}

static gboolean
passend_clock_validate (PassendRecord *record, const char *what, GError **error)
{
  PassendClock *self = PASSEND_CLOCK (record);
  const char   *problem = NULL;

  if (date_before (self->due_date, self->start_date))
    problem = "the due date is before the start date";
  else if (date_before (self->extended_due_date, self->due_date))
    problem = "the extended due date is before the due date";
  else if ((self->status == PASSEND_CLOCK_STATUS_RUNNING) != (self->status_date == NULL))
    problem = "a met or stopped clock needs the day, and only such a clock has one";
  else if (self->stop_reason != NULL && self->status != PASSEND_CLOCK_STATUS_STOPPED)
    problem = "only a stopped clock has a reason for stopping";

  if (problem != NULL)
    {
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "%s: %s", what, problem);
      return FALSE;
    }

  return TRUE;
}

static void
passend_clock_class_init (PassendClockClass *klass)
{
  PassendRecordClass *record_class = PASSEND_RECORD_CLASS (klass);

  record_class->json_name = "clock";
  record_class->validate = passend_clock_validate;
  passend_record_class_add_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
passend_clock_init (PassendClock *self)
{
}

static const char *
clock_child_id (gpointer record)
{
  return PASSEND_CLOCK (record)->child_id;
}

static const char *
clock_entry_id (gpointer record)
{
  return PASSEND_CLOCK (record)->entry_id;
}

/* The dossier holds clocks but sits below this folder: tell it their
 * type before main() runs, in every program this file is linked into
 * (all that use a clock). */
__attribute__ ((constructor)) static void
register_with_dossier (void)
{
  passend_dossier_register_clock_type (PASSEND_TYPE_CLOCK, clock_child_id, clock_entry_id);
}

/**
 * passend_clock_new:
 * @child_id: the child the term runs for
 * @kind: the kind's keyword: "removal-objection"
 * @start_date: "YYYY-MM-DD", the day of the event that started it
 * @due_date: "YYYY-MM-DD", the last day to act, not before @start_date
 */
PassendClock *
passend_clock_new (const char *child_id,
                   const char *kind,
                   const char *start_date,
                   const char *due_date)
{
  g_return_val_if_fail (child_id != NULL && child_id[0] != '\0', NULL);
  g_return_val_if_fail (kind != NULL && kind[0] != '\0', NULL);
  g_return_val_if_fail (passend_date_is_valid (start_date), NULL);
  g_return_val_if_fail (passend_date_is_valid (due_date), NULL);
  g_return_val_if_fail (!date_before (due_date, start_date), NULL);

  return g_object_new (PASSEND_TYPE_CLOCK, "child-id", child_id, "kind", kind, "start-date",
                       start_date, "due-date", due_date, NULL);
}

/**
 * passend_clock_new_from_proposal:
 * @proposal: what passend_clock_propose() gave, perhaps with a start or
 *   due date the parent changed
 * @child_id: the child
 *
 * The clock the parent accepted.  Today counts as reminded: the parent
 * has just seen it.
 */
PassendClock *
passend_clock_new_from_proposal (const PassendClockProposal *proposal, const char *child_id)
{
  g_autofree char *today = passend_clock_get_today ();
  PassendClock    *self;

  g_return_val_if_fail (proposal != NULL && proposal->kind != NULL, NULL);

  self = passend_clock_new (child_id, proposal->kind->keyword, proposal->start_date,
                            proposal->due_date);
  if (self == NULL)
    return NULL;

  g_object_set (self, "event", proposal->event, "last-reminded", today, NULL);
  return self;
}

const char *
passend_clock_get_child_id (PassendClock *self)
{
  g_return_val_if_fail (PASSEND_IS_CLOCK (self), NULL);
  return self->child_id;
}

const char *
passend_clock_get_entry_id (PassendClock *self)
{
  g_return_val_if_fail (PASSEND_IS_CLOCK (self), NULL);
  return self->entry_id;
}

const char *
passend_clock_get_kind (PassendClock *self)
{
  g_return_val_if_fail (PASSEND_IS_CLOCK (self), NULL);
  return self->kind;
}

/**
 * passend_clock_get_kind_info:
 *
 * Returns: (nullable) (transfer none): the row of the kind, or %NULL for
 *   a kind this build does not know
 */
const PassendClockKind *
passend_clock_get_kind_info (PassendClock *self)
{
  g_return_val_if_fail (PASSEND_IS_CLOCK (self), NULL);
  return passend_clock_kind_find (self->kind);
}

/**
 * passend_clock_get_title:
 *
 * Returns: the kind's translated title, or its keyword for a kind this
 *   build does not know
 */
const char *
passend_clock_get_title (PassendClock *self)
{
  const PassendClockKind *kind;

  g_return_val_if_fail (PASSEND_IS_CLOCK (self), NULL);

  kind = passend_clock_kind_find (self->kind);
  return kind != NULL ? passend_clock_kind_get_text (kind->title) : self->kind;
}

const char *
passend_clock_get_event (PassendClock *self)
{
  g_return_val_if_fail (PASSEND_IS_CLOCK (self), NULL);
  return self->event;
}

const char *
passend_clock_get_start_date (PassendClock *self)
{
  g_return_val_if_fail (PASSEND_IS_CLOCK (self), NULL);
  return self->start_date;
}

const char *
passend_clock_get_due_date (PassendClock *self)
{
  g_return_val_if_fail (PASSEND_IS_CLOCK (self), NULL);
  return self->due_date;
}

const char *
passend_clock_get_extended_due_date (PassendClock *self)
{
  g_return_val_if_fail (PASSEND_IS_CLOCK (self), NULL);
  return self->extended_due_date;
}

/**
 * passend_clock_get_effective_due_date:
 *
 * Returns: the extended due date if there is one, else the due date
 */
const char *
passend_clock_get_effective_due_date (PassendClock *self)
{
  g_return_val_if_fail (PASSEND_IS_CLOCK (self), NULL);
  return self->extended_due_date != NULL ? self->extended_due_date : self->due_date;
}

PassendClockStatus
passend_clock_get_status (PassendClock *self)
{
  g_return_val_if_fail (PASSEND_IS_CLOCK (self), 0);
  return self->status;
}

/**
 * passend_clock_get_status_date:
 *
 * Returns: (nullable): the day the clock was met or stopped
 */
const char *
passend_clock_get_status_date (PassendClock *self)
{
  g_return_val_if_fail (PASSEND_IS_CLOCK (self), NULL);
  return self->status_date;
}

const char *
passend_clock_get_stop_reason (PassendClock *self)
{
  g_return_val_if_fail (PASSEND_IS_CLOCK (self), NULL);
  return self->stop_reason;
}

const char *
passend_clock_get_last_reminded (PassendClock *self)
{
  g_return_val_if_fail (PASSEND_IS_CLOCK (self), NULL);
  return self->last_reminded;
}

/**
 * passend_clock_set_entry_id:
 * @entry_id: (nullable): the dossier entry the event was recorded in
 */
void
passend_clock_set_entry_id (PassendClock *self, const char *entry_id)
{
  g_return_if_fail (PASSEND_IS_CLOCK (self));
  g_return_if_fail (entry_id == NULL || entry_id[0] != '\0');

  g_object_set (self, "entry-id", entry_id, NULL);
}

/**
 * passend_clock_set_start_date:
 * @start_date: "YYYY-MM-DD"
 *
 * Moves the start, and with it the due date if the kind is known (an
 * extension the other side announced is kept only if it still lies
 * after the new due date).
 */
void
passend_clock_set_start_date (PassendClock *self, const char *start_date)
{
  const PassendClockKind *kind;
  g_autofree char        *due = NULL;

  g_return_if_fail (PASSEND_IS_CLOCK (self));
  g_return_if_fail (passend_date_is_valid (start_date));

  kind = passend_clock_kind_find (self->kind);
  due = kind != NULL ? passend_clock_kind_due_date (kind, start_date, NULL) : NULL;
  if (due == NULL)
    due = date_before (self->due_date, start_date) ? g_strdup (start_date)
                                                   : g_strdup (self->due_date);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_set (self, "start-date", start_date, "due-date", due, NULL);
  if (date_before (self->extended_due_date, due))
    g_object_set (self, "extended-due-date", NULL, NULL);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * passend_clock_extend:
 * @extended_due_date: (nullable): "YYYY-MM-DD", not before the due
 *   date, or %NULL for no extension
 *
 * The other side took more time, as the kind allows.
 */
void
passend_clock_extend (PassendClock *self, const char *extended_due_date)
{
  g_return_if_fail (PASSEND_IS_CLOCK (self));
  g_return_if_fail (extended_due_date == NULL || passend_date_is_valid (extended_due_date));
  g_return_if_fail (!date_before (extended_due_date, self->due_date));

  g_object_set (self, "extended-due-date", extended_due_date, NULL);
}

static void
set_status (PassendClock *self, PassendClockStatus status, const char *date, const char *reason)
{
  g_autofree char *today = NULL;

  if (status != PASSEND_CLOCK_STATUS_RUNNING && date == NULL)
    date = today = passend_clock_get_today ();

  /* The reason goes first when it goes, so the clock is valid after
   * each step for whoever listens. */
  g_object_freeze_notify (G_OBJECT (self));
  if (reason == NULL)
    g_object_set (self, "stop-reason", NULL, NULL);
  g_object_set (self, "status", status, "status-date", date, NULL);
  if (reason != NULL)
    g_object_set (self, "stop-reason", reason, NULL);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * passend_clock_mark_met:
 * @date: (nullable): "YYYY-MM-DD", the day it was done ("the school
 *   answered on ..."), or %NULL for today
 */
void
passend_clock_mark_met (PassendClock *self, const char *date)
{
  g_return_if_fail (PASSEND_IS_CLOCK (self));
  g_return_if_fail (date == NULL || passend_date_is_valid (date));

  set_status (self, PASSEND_CLOCK_STATUS_MET, date, NULL);
}

/**
 * passend_clock_stop:
 * @date: (nullable): "YYYY-MM-DD", or %NULL for today
 * @reason: why the term no longer matters, not empty
 */
void
passend_clock_stop (PassendClock *self, const char *date, const char *reason)
{
  g_return_if_fail (PASSEND_IS_CLOCK (self));
  g_return_if_fail (date == NULL || passend_date_is_valid (date));
  g_return_if_fail (reason != NULL && reason[0] != '\0');

  set_status (self, PASSEND_CLOCK_STATUS_STOPPED, date, reason);
}

/**
 * passend_clock_reopen:
 *
 * Runs again a clock that was met or stopped by mistake.
 */
void
passend_clock_reopen (PassendClock *self)
{
  g_return_if_fail (PASSEND_IS_CLOCK (self));

  set_status (self, PASSEND_CLOCK_STATUS_RUNNING, NULL, NULL);
}

/**
 * passend_clock_get_state:
 * @today: "YYYY-MM-DD", from passend_clock_get_today()
 * @days: (out) (optional): days left or late, see
 *   passend_clock_state_compute()
 *
 * Returns: where the clock stands on @today, by its effective due date
 */
PassendClockState
passend_clock_get_state (PassendClock *self, const char *today, int *days)
{
  g_return_val_if_fail (PASSEND_IS_CLOCK (self), PASSEND_CLOCK_STATE_RUNNING);

  return passend_clock_state_compute (self->status, passend_clock_get_effective_due_date (self),
                                      today, days);
}

/**
 * passend_clock_get_reminder:
 * @today: "YYYY-MM-DD"
 *
 * Returns: the reminder to show on @today, if any; once shown, call
 *   passend_clock_set_reminded()
 */
PassendClockReminder
passend_clock_get_reminder (PassendClock *self, const char *today)
{
  g_return_val_if_fail (PASSEND_IS_CLOCK (self), PASSEND_CLOCK_REMINDER_NONE);

  return passend_clock_reminder_compute (self->status, passend_clock_get_effective_due_date (self),
                                         self->last_reminded, today);
}

/**
 * passend_clock_set_reminded:
 * @today: "YYYY-MM-DD", the day a reminder was shown
 */
void
passend_clock_set_reminded (PassendClock *self, const char *today)
{
  g_return_if_fail (PASSEND_IS_CLOCK (self));
  g_return_if_fail (passend_date_is_valid (today));

  g_object_set (self, "last-reminded", today, NULL);
}
