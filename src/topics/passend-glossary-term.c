/* passend-glossary-term.c - a term of the glossary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A word a parent meets at school, with its full name and what it means.
 */
#define G_LOG_DOMAIN "passend-topic"

#include "config.h"

#include "passend-topic.h"

struct _PassendGlossaryTerm
{
  GObject parent_instance;

  char             *id;
  PassendTopicText *name;
  PassendTopicText *full;
  PassendTopicText *definition;
};

G_DEFINE_FINAL_TYPE (PassendGlossaryTerm, passend_glossary_term, G_TYPE_OBJECT)

static void
passend_glossary_term_finalize (GObject *object)
{
  PassendGlossaryTerm *self = PASSEND_GLOSSARY_TERM (object);

  g_free (self->id);
  g_clear_object (&self->name);
  g_clear_object (&self->full);
  g_clear_object (&self->definition);

  G_OBJECT_CLASS (passend_glossary_term_parent_class)->finalize (object);
}

static void
passend_glossary_term_class_init (PassendGlossaryTermClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_glossary_term_finalize;
}

static void
passend_glossary_term_init (PassendGlossaryTerm *self)
{
}

PassendGlossaryTerm *
passend_glossary_term_new (const char *id)
{
  PassendGlossaryTerm *self = g_object_new (PASSEND_TYPE_GLOSSARY_TERM, NULL);

  self->id = g_strdup (id);
  return self;
}

const char *
passend_glossary_term_get_id (PassendGlossaryTerm *self)
{
  g_return_val_if_fail (PASSEND_IS_GLOSSARY_TERM (self), NULL);
  return self->id;
}

/**
 * passend_glossary_term_get_name:
 *
 * Returns: (transfer none): the Dutch term, not translated
 */
PassendTopicText *
passend_glossary_term_get_name (PassendGlossaryTerm *self)
{
  g_return_val_if_fail (PASSEND_IS_GLOSSARY_TERM (self), NULL);
  return self->name;
}

/**
 * passend_glossary_term_get_full:
 *
 * Returns: (transfer none) (nullable): what an abbreviation stands for
 */
PassendTopicText *
passend_glossary_term_get_full (PassendGlossaryTerm *self)
{
  g_return_val_if_fail (PASSEND_IS_GLOSSARY_TERM (self), NULL);
  return self->full;
}

/**
 * passend_glossary_term_get_definition:
 *
 * Returns: (transfer none): the translated definition
 */
PassendTopicText *
passend_glossary_term_get_definition (PassendGlossaryTerm *self)
{
  g_return_val_if_fail (PASSEND_IS_GLOSSARY_TERM (self), NULL);
  return self->definition;
}

void
passend_glossary_term_set_texts (PassendGlossaryTerm *self,
                                 PassendTopicText    *name,
                                 PassendTopicText    *full,
                                 PassendTopicText    *definition)
{
  g_return_if_fail (PASSEND_IS_GLOSSARY_TERM (self));
  g_set_object (&self->name, name);
  g_set_object (&self->full, full);
  g_set_object (&self->definition, definition);
}
