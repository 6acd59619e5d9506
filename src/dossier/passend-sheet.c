/* passend-sheet.c - a parent's preparation for a talk with school
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sheet belongs to one child (child-id); a parent may keep several,
 * one for each planned talk.  The points the parent wants to raise are
 * two lists of the same length: "point_worries" (what worries the
 * parent) and "point_examples" (an example of it), so each is a plain
 * JSON string array that reads back exactly and the order is the order
 * the parent chose.  Once the talk is written down in the dossier,
 * entry-id names that entry.
 */
#define G_LOG_DOMAIN "passend-sheet"

#include "config.h"

#include <string.h>

#include "passend-error.h"
#include "passend-sheet.h"

struct _PassendSheet
{
  PassendRecord parent_instance;

  char *child_id;
  char *date;
  char *time;
  char *place;
  char *with_whom;
  char *school_goal;
  char *my_goal;
  GStrv point_worries;
  GStrv point_examples;
  char *going_well;
  char *questions;
  char *wishes;
  char *companions;
  char *documents;
  char *entry_id;
};

G_DEFINE_FINAL_TYPE (PassendSheet, passend_sheet, PASSEND_TYPE_RECORD)

static const PassendFieldSpec fields[] = {
  { "child-id", "child_id", PASSEND_FIELD_TYPE_SHARED,
    PASSEND_FIELD_REQUIRED | PASSEND_FIELD_NOT_EMPTY, G_STRUCT_OFFSET (PassendSheet, child_id) },
  { "date", "date", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_DATE,
    G_STRUCT_OFFSET (PassendSheet, date) },
  { "time", "time", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_TIME,
    G_STRUCT_OFFSET (PassendSheet, time) },
  { "place", "place", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendSheet, place) },
  { "with-whom", "with_whom", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendSheet, with_whom) },
  { "school-goal", "school_goal", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendSheet, school_goal) },
  { "my-goal", "my_goal", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendSheet, my_goal) },
  { "point-worries", "point_worries", PASSEND_FIELD_TYPE_STRV, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendSheet, point_worries) },
  { "point-examples", "point_examples", PASSEND_FIELD_TYPE_STRV, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendSheet, point_examples) },
  { "going-well", "going_well", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendSheet, going_well) },
  { "questions", "questions", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendSheet, questions) },
  { "wishes", "wishes", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendSheet, wishes) },
  { "companions", "companions", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendSheet, companions) },
  { "documents", "documents", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OPTIONAL,
    G_STRUCT_OFFSET (PassendSheet, documents) },
  { "entry-id", "entry_id", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendSheet, entry_id) },
};

static guint
strv_length0 (GStrv strv)
{
  return strv != NULL ? g_strv_length (strv) : 0;
}

static gboolean
passend_sheet_validate (PassendRecord *record, const char *what, GError **error)
{
  PassendSheet *self = PASSEND_SHEET (record);

  if (strv_length0 (self->point_worries) != strv_length0 (self->point_examples))
    {
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                   "%s: “point_worries” and “point_examples” differ in length", what);
      return FALSE;
    }

  return TRUE;
}

static void
passend_sheet_class_init (PassendSheetClass *klass)
{
  PassendRecordClass *record_class = PASSEND_RECORD_CLASS (klass);

  record_class->json_name = "sheet";
  record_class->validate = passend_sheet_validate;
  passend_record_class_add_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
passend_sheet_init (PassendSheet *self)
{
}

/**
 * passend_sheet_new:
 * @child_id: the child the talk is about
 *
 * Returns: (transfer full): an empty sheet, not yet in a dossier
 */
PassendSheet *
passend_sheet_new (const char *child_id)
{
  g_return_val_if_fail (child_id != NULL && child_id[0] != '\0', NULL);

  return g_object_new (PASSEND_TYPE_SHEET, "child-id", child_id, NULL);
}

#define GETTER(field)                                                                              \
  const char *passend_sheet_get_##field (PassendSheet *self)                                       \
  {                                                                                                \
    g_return_val_if_fail (PASSEND_IS_SHEET (self), NULL);                                          \
    return self->field;                                                                            \
  }

GETTER (child_id)
GETTER (date)
GETTER (time)
GETTER (place)
GETTER (with_whom)
GETTER (school_goal)
GETTER (my_goal)
GETTER (going_well)
GETTER (questions)
GETTER (wishes)
GETTER (companions)
GETTER (documents)
GETTER (entry_id)

#undef GETTER

guint
passend_sheet_get_n_points (PassendSheet *self)
{
  g_return_val_if_fail (PASSEND_IS_SHEET (self), 0);
  return MIN (strv_length0 (self->point_worries), strv_length0 (self->point_examples));
}

const char *
passend_sheet_get_point_worry (PassendSheet *self, guint index)
{
  g_return_val_if_fail (PASSEND_IS_SHEET (self), NULL);
  g_return_val_if_fail (index < passend_sheet_get_n_points (self), NULL);
  return self->point_worries[index];
}

const char *
passend_sheet_get_point_example (PassendSheet *self, guint index)
{
  g_return_val_if_fail (PASSEND_IS_SHEET (self), NULL);
  g_return_val_if_fail (index < passend_sheet_get_n_points (self), NULL);
  return self->point_examples[index];
}

/**
 * passend_sheet_set_points:
 * @worries: (array zero-terminated=1) (nullable): what worries the parent
 * @examples: (array zero-terminated=1) (nullable): an example of each,
 *   as many as @worries ("" for none)
 *
 * Replaces the points with one change.
 */
void
passend_sheet_set_points (PassendSheet      *self,
                          const char *const *worries,
                          const char *const *examples)
{
  const char *const empty[] = { NULL };

  g_return_if_fail (PASSEND_IS_SHEET (self));
  g_return_if_fail ((worries ? g_strv_length ((GStrv)worries) : 0) ==
                    (examples ? g_strv_length ((GStrv)examples) : 0));

  /* Both at once, so no one sees them differ in length. */
  g_object_freeze_notify (G_OBJECT (self));
  g_object_set (self, "point-worries", worries ? worries : empty, "point-examples",
                examples ? examples : empty, NULL);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * passend_sheet_move_point:
 * @from: the point's place
 * @to: its new place
 *
 * Moves one point, with its example.
 */
void
passend_sheet_move_point (PassendSheet *self, guint from, guint to)
{
  guint n;
  g_auto (GStrv) worries = NULL;
  g_auto (GStrv) examples = NULL;
  char *worry, *example;

  g_return_if_fail (PASSEND_IS_SHEET (self));

  n = passend_sheet_get_n_points (self);
  g_return_if_fail (from < n && to < n);

  if (from == to)
    return;

  /* Copies: the setter frees the old strings before it copies these. */
  worries = g_strdupv (self->point_worries);
  examples = g_strdupv (self->point_examples);

  worry = worries[from];
  example = examples[from];
  if (from < to)
    {
      memmove (&worries[from], &worries[from + 1], (to - from) * sizeof (char *));
      memmove (&examples[from], &examples[from + 1], (to - from) * sizeof (char *));
    }
  else
    {
      memmove (&worries[to + 1], &worries[to], (from - to) * sizeof (char *));
      memmove (&examples[to + 1], &examples[to], (from - to) * sizeof (char *));
    }
  worries[to] = worry;
  examples[to] = example;

  passend_sheet_set_points (self, (const char *const *)worries, (const char *const *)examples);
}

/**
 * passend_sheet_is_empty:
 *
 * Returns: %TRUE if the parent wrote nothing in the sheet yet
 */
gboolean
passend_sheet_is_empty (PassendSheet *self)
{
  const char *texts[] = {
    self->date,        self->time,       self->place,      self->with_whom,
    self->school_goal, self->my_goal,    self->going_well, self->questions,
    self->wishes,      self->companions, self->documents,
  };

  g_return_val_if_fail (PASSEND_IS_SHEET (self), TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL && texts[i][0] != '\0')
      return FALSE;

  return passend_sheet_get_n_points (self) == 0;
}
