/* passend-topic.c - a topic, its sections and their blocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A topic is a title, a summary and its sections; a section is a heading
 * and its blocks: paragraphs, lists, tips and see-links, each made of
 * PassendTopicText (passend-topic-text.c).  The glossary terms and the
 * organisations have their own units.
 */
#define G_LOG_DOMAIN "passend-topic"

#include "config.h"

#include "passend-topic.h"

/* PassendTopicBlock */

struct _PassendTopicBlock
{
  GObject parent_instance;

  PassendTopicBlockKind kind;
  GPtrArray            *texts;
  char                 *target;
};

G_DEFINE_FINAL_TYPE (PassendTopicBlock, passend_topic_block, G_TYPE_OBJECT)

static void
passend_topic_block_finalize (GObject *object)
{
  PassendTopicBlock *self = PASSEND_TOPIC_BLOCK (object);

  g_ptr_array_unref (self->texts);
  g_free (self->target);

  G_OBJECT_CLASS (passend_topic_block_parent_class)->finalize (object);
}

static void
passend_topic_block_class_init (PassendTopicBlockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_topic_block_finalize;
}

static void
passend_topic_block_init (PassendTopicBlock *self)
{
  self->texts = g_ptr_array_new_with_free_func (g_object_unref);
}

PassendTopicBlock *
passend_topic_block_new (PassendTopicBlockKind kind)
{
  PassendTopicBlock *self = g_object_new (PASSEND_TYPE_TOPIC_BLOCK, NULL);

  self->kind = kind;
  return self;
}

PassendTopicBlockKind
passend_topic_block_get_kind (PassendTopicBlock *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_BLOCK (self), 0);
  return self->kind;
}

/**
 * passend_topic_block_get_texts:
 *
 * Returns: (transfer none) (element-type PassendTopicText): the
 *   paragraph, tip or see-link (one text) or the items of a list
 */
GPtrArray *
passend_topic_block_get_texts (PassendTopicBlock *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_BLOCK (self), NULL);
  return self->texts;
}

/**
 * passend_topic_block_get_target:
 *
 * Returns: (nullable): where a see-link leads
 */
const char *
passend_topic_block_get_target (PassendTopicBlock *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_BLOCK (self), NULL);
  return self->target;
}

void
passend_topic_block_set_target (PassendTopicBlock *self, const char *target)
{
  g_return_if_fail (PASSEND_IS_TOPIC_BLOCK (self));
  g_free (self->target);
  self->target = g_strdup (target);
}

/* PassendTopicSection */

struct _PassendTopicSection
{
  GObject parent_instance;

  char             *id;
  PassendTopicText *heading;
  GPtrArray        *blocks;
};

G_DEFINE_FINAL_TYPE (PassendTopicSection, passend_topic_section, G_TYPE_OBJECT)

static void
passend_topic_section_finalize (GObject *object)
{
  PassendTopicSection *self = PASSEND_TOPIC_SECTION (object);

  g_free (self->id);
  g_clear_object (&self->heading);
  g_ptr_array_unref (self->blocks);

  G_OBJECT_CLASS (passend_topic_section_parent_class)->finalize (object);
}

static void
passend_topic_section_class_init (PassendTopicSectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_topic_section_finalize;
}

static void
passend_topic_section_init (PassendTopicSection *self)
{
  self->blocks = g_ptr_array_new_with_free_func (g_object_unref);
}

PassendTopicSection *
passend_topic_section_new (const char *id)
{
  PassendTopicSection *self = g_object_new (PASSEND_TYPE_TOPIC_SECTION, NULL);

  self->id = g_strdup (id);
  return self;
}

const char *
passend_topic_section_get_id (PassendTopicSection *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_SECTION (self), NULL);
  return self->id;
}

/**
 * passend_topic_section_get_heading:
 *
 * Returns: (transfer none) (nullable): the heading
 */
PassendTopicText *
passend_topic_section_get_heading (PassendTopicSection *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_SECTION (self), NULL);
  return self->heading;
}

void
passend_topic_section_set_heading (PassendTopicSection *self, PassendTopicText *heading)
{
  g_return_if_fail (PASSEND_IS_TOPIC_SECTION (self));
  g_set_object (&self->heading, heading);
}

/**
 * passend_topic_section_get_blocks:
 *
 * Returns: (transfer none) (element-type PassendTopicBlock): the blocks
 */
GPtrArray *
passend_topic_section_get_blocks (PassendTopicSection *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_SECTION (self), NULL);
  return self->blocks;
}

/* PassendTopic */

struct _PassendTopic
{
  GObject parent_instance;

  char             *id;
  PassendTopicText *title;
  PassendTopicText *summary;
  GPtrArray        *sections;
};

G_DEFINE_FINAL_TYPE (PassendTopic, passend_topic, G_TYPE_OBJECT)

static void
passend_topic_finalize (GObject *object)
{
  PassendTopic *self = PASSEND_TOPIC (object);

  g_free (self->id);
  g_clear_object (&self->title);
  g_clear_object (&self->summary);
  g_ptr_array_unref (self->sections);

  G_OBJECT_CLASS (passend_topic_parent_class)->finalize (object);
}

static void
passend_topic_class_init (PassendTopicClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_topic_finalize;
}

static void
passend_topic_init (PassendTopic *self)
{
  self->sections = g_ptr_array_new_with_free_func (g_object_unref);
}

PassendTopic *
passend_topic_new (const char *id)
{
  PassendTopic *self = g_object_new (PASSEND_TYPE_TOPIC, NULL);

  self->id = g_strdup (id);
  return self;
}

const char *
passend_topic_get_id (PassendTopic *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC (self), NULL);
  return self->id;
}

/**
 * passend_topic_get_title:
 *
 * Returns: (transfer none): the title
 */
PassendTopicText *
passend_topic_get_title (PassendTopic *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC (self), NULL);
  return self->title;
}

void
passend_topic_set_title (PassendTopic *self, PassendTopicText *title)
{
  g_return_if_fail (PASSEND_IS_TOPIC (self));
  g_set_object (&self->title, title);
}

/**
 * passend_topic_get_summary:
 *
 * Returns: (transfer none) (nullable): the one-sentence summary
 */
PassendTopicText *
passend_topic_get_summary (PassendTopic *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC (self), NULL);
  return self->summary;
}

void
passend_topic_set_summary (PassendTopic *self, PassendTopicText *summary)
{
  g_return_if_fail (PASSEND_IS_TOPIC (self));
  g_set_object (&self->summary, summary);
}

/**
 * passend_topic_get_sections:
 *
 * Returns: (transfer none) (element-type PassendTopicSection): the
 *   sections in order
 */
GPtrArray *
passend_topic_get_sections (PassendTopic *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC (self), NULL);
  return self->sections;
}

/**
 * passend_topic_find_section:
 *
 * Returns: (transfer none) (nullable): the section with @id
 */
PassendTopicSection *
passend_topic_find_section (PassendTopic *self, const char *id)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC (self), NULL);

  for (guint i = 0; i < self->sections->len; i++)
    {
      PassendTopicSection *section = g_ptr_array_index (self->sections, i);

      if (g_strcmp0 (section->id, id) == 0)
        return section;
    }

  return NULL;
}
