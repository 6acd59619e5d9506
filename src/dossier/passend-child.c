/* passend-child.c - a child the parent keeps a dossier for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "passend-child"

#include "config.h"

#include "passend-child.h"

struct _PassendChild
{
  PassendRecord parent_instance;

  char *name;
};

G_DEFINE_FINAL_TYPE (PassendChild, passend_child, PASSEND_TYPE_RECORD)

static const PassendFieldSpec fields[] = {
  { "name", "name", PASSEND_FIELD_TYPE_STRING, PASSEND_FIELD_REQUIRED | PASSEND_FIELD_NOT_EMPTY,
    G_STRUCT_OFFSET (PassendChild, name) },
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
