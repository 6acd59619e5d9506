/* passend-entry.c - one dated item in a parent's dossier
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A conversation, call, e-mail, letter, document, observation or note.
 * The entry belongs to one child, or to all children when child-id is
 * unset.
 */
#define G_LOG_DOMAIN "passend-entry"

#include "config.h"

#include <string.h>

#include "passend-entry.h"
#include "passend-text.h"

struct _PassendEntry
{
  PassendRecord parent_instance;

  char *child_id;
  int   kind;
  char *date;
  char *time;
  char *title;
  char *people;
  int   role;
  int   direction;
  char *text;

  /* Folded title, people and text, made on the first search after a change. */
  char *search_key;
  /* Where the last query of search chain hint_chain was first found in it. */
  guint hint_chain;
  guint hint_offset;

  /* The date and time as one number (sort_key()); 0 after a change. */
  guint64 sort_key;
};

/* A sort key made; one with a date or time no number stands for, to be
 * compared as text. */
#define KEY_MADE (G_GUINT64_CONSTANT (1) << 62)
#define KEY_TEXT (G_GUINT64_CONSTANT (1) << 61)
/* Minutes in a day, and one for no time at all. */
#define KEY_MINUTES 1441

G_DEFINE_FINAL_TYPE (PassendEntry, passend_entry, PASSEND_TYPE_RECORD)

static const PassendFieldSpec fields[] = {
  { "child-id", "child_id", PASSEND_FIELD_TYPE_SHARED, PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendEntry, child_id) },
  { "kind", "kind", PASSEND_FIELD_TYPE_ENUM, PASSEND_FIELD_REQUIRED,
    G_STRUCT_OFFSET (PassendEntry, kind), passend_entry_kind_get_type },
  { "date", "date", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_REQUIRED | PASSEND_FIELD_DATE,
    G_STRUCT_OFFSET (PassendEntry, date) },
  { "time", "time", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_TIME,
    G_STRUCT_OFFSET (PassendEntry, time) },
  { "title", "title", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_REQUIRED,
    G_STRUCT_OFFSET (PassendEntry, title) },
  { "people", "people", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendEntry, people) },
  { "role", "role", PASSEND_FIELD_TYPE_ENUM, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendEntry, role), passend_role_get_type },
  { "direction", "direction", PASSEND_FIELD_TYPE_ENUM, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendEntry, direction), passend_direction_get_type },
  { "text", "text", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendEntry, text) },
};

static void
passend_entry_notify (GObject *object, GParamSpec *pspec)
{
  PassendEntry *self = PASSEND_ENTRY (object);

  if (g_strcmp0 (pspec->name, "title") == 0 || g_strcmp0 (pspec->name, "people") == 0 ||
      g_strcmp0 (pspec->name, "text") == 0)
    {
      g_clear_pointer (&self->search_key, g_free);
      self->hint_chain = 0;
    }
  else if (g_strcmp0 (pspec->name, "date") == 0 || g_strcmp0 (pspec->name, "time") == 0)
    self->sort_key = 0;

  if (G_OBJECT_CLASS (passend_entry_parent_class)->notify)
    G_OBJECT_CLASS (passend_entry_parent_class)->notify (object, pspec);
}

static void
passend_entry_finalize (GObject *object)
{
  PassendEntry *self = PASSEND_ENTRY (object);

  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (passend_entry_parent_class)->finalize (object);
}

static void
passend_entry_class_init (PassendEntryClass *klass)
{
  GObjectClass       *object_class = G_OBJECT_CLASS (klass);
  PassendRecordClass *record_class = PASSEND_RECORD_CLASS (klass);

  object_class->notify = passend_entry_notify;
  object_class->finalize = passend_entry_finalize;

  record_class->json_name = "entry";
  passend_record_class_add_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
passend_entry_init (PassendEntry *self)
{
}

/**
 * passend_entry_new:
 * @kind: what sort of entry
 * @date: the day it happened, "YYYY-MM-DD"
 * @title: a short title
 */
PassendEntry *
passend_entry_new (PassendEntryKind kind, const char *date, const char *title)
{
  return g_object_new (PASSEND_TYPE_ENTRY, "kind", kind, "date", date, "title", title, NULL);
}

const char *
passend_entry_get_child_id (PassendEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY (self), NULL);
  return self->child_id;
}

void
passend_entry_set_child_id (PassendEntry *self, const char *child_id)
{
  g_return_if_fail (PASSEND_IS_ENTRY (self));
  g_object_set (self, "child-id", child_id, NULL);
}

PassendEntryKind
passend_entry_get_kind (PassendEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY (self), 0);
  return self->kind;
}

/* The date and time as one number in the order of their text: no date
 * before any date, no time before any time of the day.  Made once
 * after each change: comparing two date strings spread over the heap
 * cost most of a sort of 50,000 entries. */
static guint64
sort_key (PassendEntry *self)
{
  if (G_UNLIKELY (self->sort_key == 0))
    {
      guint    day = passend_date_to_number (self->date);
      guint    minute = 0;
      gboolean text = self->date != NULL && day == 0;

      if (self->time != NULL && passend_time_is_valid (self->time))
        minute = 1 + (guint)g_ascii_strtoull (self->time, NULL, 10) * 60 +
                 (guint)g_ascii_strtoull (self->time + 3, NULL, 10);
      else if (self->time != NULL)
        text = TRUE;
      self->sort_key = KEY_MADE | (text ? KEY_TEXT : 0) | ((guint64)day * KEY_MINUTES + minute);
    }
  return self->sort_key;
}

/**
 * passend_entry_get_day_number:
 *
 * Returns: the entry's date as the number YYYYMMDD (see
 *   passend_date_to_number()), 0 without a real date
 */
guint
passend_entry_get_day_number (PassendEntry *self)
{
  guint64 key;

  g_return_val_if_fail (PASSEND_IS_ENTRY (self), 0);

  key = sort_key (self);
  return (key & KEY_TEXT) ? 0 : (guint)((key & (KEY_TEXT - 1)) / KEY_MINUTES);
}

/**
 * passend_entry_compare_newest_first:
 * @a: an entry
 * @b: another entry
 *
 * The order of the Dossier page: by date, then time (no time sorts
 * last in its day), then when it was written down, newest first.  A
 * sort of 50,000 entries calls it some 800,000 times, so it compares
 * the number sort_key() keeps for each entry; only a date or time that
 * is no real one is compared as text, and only a tie asks for
 * "created".
 *
 * Returns: < 0 when @a comes before @b, 0 when the same, > 0 after
 */
int
passend_entry_compare_newest_first (PassendEntry *a, PassendEntry *b)
{
  guint64 key_a = sort_key (a);
  guint64 key_b = sort_key (b);
  int     result;

  if (((key_a | key_b) & KEY_TEXT) == 0)
    result = key_b > key_a ? 1 : key_b < key_a ? -1 : 0;
  else
    {
      result = g_strcmp0 (b->date, a->date);
      if (result == 0)
        result = g_strcmp0 (b->time, a->time);
    }
  if (result == 0)
    result = g_strcmp0 (passend_record_get_created (PASSEND_RECORD (b)),
                        passend_record_get_created (PASSEND_RECORD (a)));
  return result;
}

const char *
passend_entry_get_date (PassendEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY (self), NULL);
  return self->date;
}

const char *
passend_entry_get_time (PassendEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY (self), NULL);
  return self->time;
}

const char *
passend_entry_get_title (PassendEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY (self), NULL);
  return self->title;
}

const char *
passend_entry_get_people (PassendEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY (self), NULL);
  return self->people;
}

PassendRole
passend_entry_get_role (PassendEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY (self), 0);
  return self->role;
}

PassendDirection
passend_entry_get_direction (PassendEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY (self), 0);
  return self->direction;
}

const char *
passend_entry_get_text (PassendEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY (self), NULL);
  return self->text;
}

void
passend_entry_set_text (PassendEntry *self, const char *text)
{
  g_return_if_fail (PASSEND_IS_ENTRY (self));
  g_object_set (self, "text", text, NULL);
}

/**
 * passend_entry_is_school_contact:
 *
 * A conversation, call, e-mail or letter with a teacher, a care
 * coordinator or school management counts as contact with school; so
 * does one where the parent did not say who it was with, as that is
 * nearly always school.
 *
 * Returns: %TRUE if the entry is a contact with school
 */
gboolean
passend_entry_is_school_contact (PassendEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY (self), FALSE);

  switch (self->kind)
    {
    case PASSEND_ENTRY_KIND_CONVERSATION:
    case PASSEND_ENTRY_KIND_PHONE_CALL:
    case PASSEND_ENTRY_KIND_EMAIL:
    case PASSEND_ENTRY_KIND_LETTER:
      break;
    default:
      return FALSE;
    }

  switch (self->role)
    {
    case PASSEND_ROLE_NONE:
    case PASSEND_ROLE_TEACHER:
    case PASSEND_ROLE_CARE_COORDINATOR:
    case PASSEND_ROLE_SCHOOL_MANAGEMENT:
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * passend_entry_get_search_key:
 *
 * Returns: the title, people and text folded by passend_text_fold(), computed
 *   once after each change
 */
const char *
passend_entry_get_search_key (PassendEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY (self), NULL);

  if (self->search_key == NULL)
    {
      GString *key = g_string_sized_new ((self->title ? strlen (self->title) : 0) +
                                         (self->people ? strlen (self->people) : 0) +
                                         (self->text ? strlen (self->text) : 0) + 3);

      /* Newlines keep a query from matching across two fields. */
      if (self->title != NULL)
        passend_text_fold_append (key, self->title);
      g_string_append_c (key, '\n');
      if (self->people != NULL)
        passend_text_fold_append (key, self->people);
      g_string_append_c (key, '\n');
      if (self->text != NULL)
        passend_text_fold_append (key, self->text);

      self->search_key = g_string_free (key, FALSE);
    }

  return self->search_key;
}

/**
 * passend_entry_matches:
 * @folded_query: a query already passed through passend_text_fold()
 *
 * Returns: %TRUE if the entry's title, people or text contains the query
 */
gboolean
passend_entry_matches (PassendEntry *self, const char *folded_query)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY (self), FALSE);

  if (folded_query == NULL || folded_query[0] == '\0')
    return TRUE;

  return strstr (passend_entry_get_search_key (self), folded_query) != NULL;
}

/**
 * passend_entry_matches_in_chain:
 * @folded_query: a query already passed through passend_text_fold()
 * @chain: a number from passend_entry_new_search_chain(), or 0 for none
 *
 * Like passend_entry_matches(), for a search that grows: every query
 * asked with the same @chain must start with the one asked before it.
 * The entry then remembers where the query was first found, and the
 * next, longer query is looked for only from there on (it cannot be
 * found earlier), so typing one more letter reads little of each text.
 *
 * Returns: %TRUE if the entry's title, people or text contains the query
 */
gboolean
passend_entry_matches_in_chain (PassendEntry *self, const char *folded_query, guint chain)
{
  const char *key;
  const char *found;

  g_return_val_if_fail (PASSEND_IS_ENTRY (self), FALSE);

  if (folded_query == NULL || folded_query[0] == '\0')
    return TRUE;

  key = passend_entry_get_search_key (self);
  found = strstr (chain != 0 && self->hint_chain == chain ? key + self->hint_offset : key,
                  folded_query);
  if (found == NULL)
    return FALSE;

  self->hint_chain = chain;
  self->hint_offset = (guint)(found - key);
  return TRUE;
}

/**
 * passend_entry_new_search_chain:
 *
 * Returns: a number, never 0, for passend_entry_matches_in_chain() that
 *   no entry has seen yet
 */
guint
passend_entry_new_search_chain (void)
{
  static guint last;

  return (guint)g_atomic_int_add ((int *)&last, 1) + 1;
}
