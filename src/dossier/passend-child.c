/* passend-child.c - a child the parent keeps a dossier for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Besides the name, the child's school (its name, address, board and
 * the person letters go to) and the parent who writes for this child
 * (name and address): the two address blocks of a letter (src/letters).
 * All optional, and not written while empty, so a file that never used
 * them is written as before.
 */
#define G_LOG_DOMAIN "passend-child"

#include "config.h"

#include "passend-child.h"

struct _PassendChild
{
  PassendRecord parent_instance;

  char *name;
  char *school_name;
  char *school_address;
  char *school_board;
  char *school_contact;
  char *parent_name;
  char *parent_address;
};

G_DEFINE_FINAL_TYPE (PassendChild, passend_child, PASSEND_TYPE_RECORD)

static const PassendFieldSpec fields[] = {
  { "name", "name", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_REQUIRED | PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendChild, name) },
  { "school-name", "school_name", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OMIT_EMPTY,
    G_STRUCT_OFFSET (PassendChild, school_name) },
  { "school-address", "school_address", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OMIT_EMPTY,
    G_STRUCT_OFFSET (PassendChild, school_address) },
  { "school-board", "school_board", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OMIT_EMPTY,
    G_STRUCT_OFFSET (PassendChild, school_board) },
  { "school-contact", "school_contact", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OMIT_EMPTY,
    G_STRUCT_OFFSET (PassendChild, school_contact) },
  { "parent-name", "parent_name", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OMIT_EMPTY,
    G_STRUCT_OFFSET (PassendChild, parent_name) },
  { "parent-address", "parent_address", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_OMIT_EMPTY,
    G_STRUCT_OFFSET (PassendChild, parent_address) },
};

static void
passend_child_class_init (PassendChildClass *klass)
{
  PassendRecordClass *record_class = PASSEND_RECORD_CLASS (klass);

  record_class->json_name = "child";
  passend_record_class_add_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
passend_child_init (PassendChild *self)
{
}

/**
 * passend_child_new:
 * @name: the child's first name, not empty
 */
PassendChild *
passend_child_new (const char *name)
{
  return g_object_new (PASSEND_TYPE_CHILD, "name", name, NULL);
}

const char *
passend_child_get_name (PassendChild *self)
{
  g_return_val_if_fail (PASSEND_IS_CHILD (self), NULL);

  return self->name;
}

void
passend_child_set_name (PassendChild *self, const char *name)
{
  g_return_if_fail (PASSEND_IS_CHILD (self));

  g_object_set (self, "name", name, NULL);
}

/**
 * passend_child_get_detail:
 * @property: one of the child's string properties: "school-name",
 *   "school-address", "school-board", "school-contact", "parent-name",
 *   "parent-address"
 *
 * Returns: (nullable) (transfer none): the value, %NULL when not set
 */
const char *
passend_child_get_detail (PassendChild *self, const char *property)
{
  g_return_val_if_fail (PASSEND_IS_CHILD (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].property, property))
      {
        const char *value = *(char **)(((guint8 *)self) + fields[i].offset);

        return value != NULL && value[0] != '\0' ? value : NULL;
      }
  g_return_val_if_reached (NULL);
}

/**
 * passend_child_set_detail:
 * @property: as for passend_child_get_detail()
 * @value: (nullable): the new value, without white space at its ends;
 *   %NULL or "" clears it
 */
void
passend_child_set_detail (PassendChild *self, const char *property, const char *value)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (PASSEND_IS_CHILD (self));
  g_return_if_fail (property != NULL && !g_str_equal (property, "name"));

  stripped = g_strstrip (g_strdup (value != NULL ? value : ""));
  g_object_set (self, property, stripped[0] != '\0' ? stripped : NULL, NULL);
}
