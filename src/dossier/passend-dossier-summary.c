/* passend-dossier-summary.c - the counts at the top of the Dossier page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Dossier page counts a child's entries, finds the last contact
 * with school and counts the open and overdue agreements after every
 * change it shows.  Asking each of 66,000 records, spread over the
 * heap, held the window up for 15 to 35 ms at 50,000 entries when one
 * date was changed.  So the dossier keeps the few facts the counts need
 * for each entry and agreement in one dense array: a record's facts are
 * written when it joins the dossier, changes or leaves (the hooks every
 * record already has for its owner), and a count reads the arrays only.
 *
 * The arrays are not in the lists' order, which the counts do not need:
 * a record that leaves gives its place to the last one.
 */
#define G_LOG_DOMAIN "passend-dossier"

#include "config.h"

#include <string.h>

#include "passend-dossier-private.h"

typedef enum
{
  FACT_SCHOOL_CONTACT = 1 << 0, /* an entry: passend_entry_is_school_contact() */
  FACT_OPEN = 1 << 1,           /* an agreement still open */
} FactFlags;

typedef struct
{
  PassendRecord *record;   /* held by the dossier's list */
  GRefString    *child_id; /* a reference of its own, or NULL */
  /* An entry's day (passend_entry_get_day_number()), an agreement's
   * due day (passend_date_to_number()); 0 for none or not a day. */
  guint day;
  guint flags;
  /* An agreement's due date that names no day: compared as text, as
   * passend_agreement_is_overdue() does. */
  char *odd_due;
} Facts;

struct _PassendSummaryIndex
{
  GArray *entries;    /* of Facts */
  GArray *agreements; /* of Facts */
};

static void
facts_clear (Facts *facts)
{
  g_clear_pointer (&facts->child_id, g_ref_string_release);
  g_clear_pointer (&facts->odd_due, g_free);
}

PassendSummaryIndex *
passend_summary_index_new (void)
{
  PassendSummaryIndex *self = g_new0 (PassendSummaryIndex, 1);

  self->entries = g_array_new (FALSE, TRUE, sizeof (Facts));
  self->agreements = g_array_new (FALSE, TRUE, sizeof (Facts));
  g_array_set_clear_func (self->entries, (GDestroyNotify)facts_clear);
  g_array_set_clear_func (self->agreements, (GDestroyNotify)facts_clear);
  return self;
}

void
passend_summary_index_free (PassendSummaryIndex *self)
{
  g_array_unref (self->entries);
  g_array_unref (self->agreements);
  g_free (self);
}

/* The array @record's facts belong in, or NULL for a record not counted. */
static GArray *
array_for (PassendSummaryIndex *self, gpointer record)
{
  if (PASSEND_IS_ENTRY (record))
    return self->entries;
  if (PASSEND_IS_AGREEMENT (record))
    return self->agreements;
  return NULL;
}

/* Child ids are shared strings (PASSEND_FIELD_TYPE_SHARED). */
static GRefString *
child_ref (const char *child_id)
{
  return child_id != NULL ? g_ref_string_acquire ((GRefString *)child_id) : NULL;
}

static void
read_facts (Facts *facts, gpointer record)
{
  facts_clear (facts);
  facts->record = record;
  facts->flags = 0;

  if (PASSEND_IS_ENTRY (record))
    {
      PassendEntry *entry = record;

      facts->child_id = child_ref (passend_entry_get_child_id (entry));
      facts->day = passend_entry_get_day_number (entry);
      if (passend_entry_is_school_contact (entry))
        facts->flags |= FACT_SCHOOL_CONTACT;
    }
  else
    {
      PassendAgreement *agreement = record;
      const char       *due = passend_agreement_get_due_date (agreement);

      facts->child_id = child_ref (passend_agreement_get_child_id (agreement));
      facts->day = passend_date_to_number (due);
      if (due != NULL && facts->day == 0)
        facts->odd_due = g_strdup (due);
      if (passend_agreement_get_status (agreement) == PASSEND_AGREEMENT_STATUS_OPEN)
        facts->flags |= FACT_OPEN;
    }
}

/* A record joins the dossier. */
void
passend_summary_index_add (PassendSummaryIndex *self, gpointer record)
{
  GArray *array = array_for (self, record);

  if (array == NULL)
    return;

  g_array_set_size (array, array->len + 1);
  read_facts (&g_array_index (array, Facts, array->len - 1), record);
  passend_record_set_owner_slot (record, array->len);
}

/* A record of the dossier changed. */
void
passend_summary_index_update (PassendSummaryIndex *self, gpointer record)
{
  GArray *array = array_for (self, record);
  guint   slot = passend_record_get_owner_slot (record);

  if (array != NULL && slot > 0 && slot <= array->len)
    read_facts (&g_array_index (array, Facts, slot - 1), record);
}

/* A record leaves the dossier: the last one takes its place. */
void
passend_summary_index_remove (PassendSummaryIndex *self, gpointer record)
{
  GArray *array = array_for (self, record);
  guint   slot = passend_record_get_owner_slot (record);
  Facts  *last;

  if (array == NULL || slot == 0 || slot > array->len)
    return;

  passend_record_set_owner_slot (record, 0);
  last = &g_array_index (array, Facts, array->len - 1);
  if (slot < array->len)
    {
      Facts *place = &g_array_index (array, Facts, slot - 1);

      facts_clear (place);
      *place = *last;
      passend_record_set_owner_slot (place->record, slot);
      /* Taken over by @place: not cleared with the last element. */
      memset (last, 0, sizeof *last);
    }
  g_array_set_size (array, array->len - 1);
}

/* Whether a record for @record_child_id shows for @child_id: records
 * without a child are about all children.  Both are shared strings, so
 * the same id is the same pointer. */
static gboolean
is_for_child (const char *record_child_id, const char *child_id)
{
  return child_id == NULL || record_child_id == NULL || record_child_id == child_id;
}

/* A day number YYYYMMDD (passend_date_to_number()) as "YYYY-MM-DD". */
static char *
day_text (guint day)
{
  return g_strdup_printf ("%04u-%02u-%02u", day / 10000, day / 100 % 100, day % 100);
}

/* passend_agreement_is_overdue() of an open agreement, from its facts. */
static gboolean
is_overdue (const Facts *facts, guint today_number, const char *today)
{
  g_autofree char *due = NULL;

  if (facts->odd_due != NULL)
    return strcmp (facts->odd_due, today) < 0;
  if (facts->day == 0)
    return FALSE;
  if (today_number != 0)
    return facts->day < today_number;

  /* A @today that names no day: as text, as the agreement would. */
  due = day_text (facts->day);
  return strcmp (due, today) < 0;
}

/**
 * passend_dossier_summarize:
 * @child_id: (nullable): a child's id, or %NULL for all children
 * @today: "YYYY-MM-DD"
 * @summary: (out caller-allocates): filled in; free with
 *   passend_summary_clear()
 *
 * Counts what the top of the dossier page shows for a child: entries,
 * the last contact with school, open and overdue agreements.  Entries
 * and agreements for all children count for every child.
 */
void
passend_dossier_summarize (PassendDossier *self,
                           const char     *child_id,
                           const char     *today,
                           PassendSummary *summary)
{
  /* The shared string of this id: is_for_child() compares pointers. */
  g_autoptr (GRefString) child = NULL;
  PassendSummaryIndex *index;
  guint                today_number, last_contact = 0;

  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (today != NULL);
  g_return_if_fail (summary != NULL);

  if (child_id != NULL)
    child = g_ref_string_new_intern (child_id);
  memset (summary, 0, sizeof *summary);
  index = self->summary_index;
  today_number = passend_date_to_number (today);

  for (guint i = 0; i < index->entries->len; i++)
    {
      const Facts *facts = &g_array_index (index->entries, Facts, i);

      if (!is_for_child (facts->child_id, child))
        continue;
      summary->n_entries++;
      /* A talk planned for later is not a contact yet. */
      if ((facts->flags & FACT_SCHOOL_CONTACT) && facts->day != 0 && facts->day <= today_number &&
          facts->day > last_contact)
        last_contact = facts->day;
    }
  /* Entry dates are "YYYY-MM-DD": the day number gives the same text. */
  if (last_contact != 0)
    summary->last_school_contact = day_text (last_contact);

  for (guint i = 0; i < index->agreements->len; i++)
    {
      const Facts *facts = &g_array_index (index->agreements, Facts, i);

      if (!(facts->flags & FACT_OPEN) || !is_for_child (facts->child_id, child))
        continue;
      summary->n_open++;
      if (is_overdue (facts, today_number, today))
        summary->n_overdue++;
    }
}

void
passend_summary_clear (PassendSummary *summary)
{
  g_clear_pointer (&summary->last_school_contact, g_free);
}
