/* passend-topic.h - a topic, a glossary term, an organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One translated string of the content, with its inline links. */
#define PASSEND_TYPE_TOPIC_TEXT (passend_topic_text_get_type ())
G_DECLARE_FINAL_TYPE (PassendTopicText, passend_topic_text, PASSEND, TOPIC_TEXT, GObject)

PassendTopicText  *passend_topic_text_new_translated (const char *msgid, const char *domain);
PassendTopicText  *passend_topic_text_new_plain (const char *text);
const char        *passend_topic_text_get_msgid (PassendTopicText *self);
const char        *passend_topic_text_get_text (PassendTopicText *self);
const char        *passend_topic_text_get_markup (PassendTopicText *self);
const char *const *passend_topic_text_get_links (PassendTopicText *self);
const char        *passend_topic_text_get_folded (PassendTopicText *self);
gsize              passend_topic_text_unfold_offset (PassendTopicText *self, gsize folded_offset);

typedef enum
{
  PASSEND_TOPIC_BLOCK_PARAGRAPH,
  PASSEND_TOPIC_BLOCK_LIST,
  PASSEND_TOPIC_BLOCK_NUMBERED_LIST,
  PASSEND_TOPIC_BLOCK_TIP,
  PASSEND_TOPIC_BLOCK_SEE,
} PassendTopicBlockKind;

/* A paragraph, a list, a tip or a see-link. */
#define PASSEND_TYPE_TOPIC_BLOCK (passend_topic_block_get_type ())
G_DECLARE_FINAL_TYPE (PassendTopicBlock, passend_topic_block, PASSEND, TOPIC_BLOCK, GObject)

PassendTopicBlock    *passend_topic_block_new (PassendTopicBlockKind kind);
PassendTopicBlockKind passend_topic_block_get_kind (PassendTopicBlock *self);
GPtrArray            *passend_topic_block_get_texts (PassendTopicBlock *self);
const char           *passend_topic_block_get_target (PassendTopicBlock *self);
void                  passend_topic_block_set_target (PassendTopicBlock *self, const char *target);

#define PASSEND_TYPE_TOPIC_SECTION (passend_topic_section_get_type ())
G_DECLARE_FINAL_TYPE (PassendTopicSection, passend_topic_section, PASSEND, TOPIC_SECTION, GObject)

PassendTopicSection *passend_topic_section_new (const char *id);
const char          *passend_topic_section_get_id (PassendTopicSection *self);
PassendTopicText    *passend_topic_section_get_heading (PassendTopicSection *self);
void       passend_topic_section_set_heading (PassendTopicSection *self, PassendTopicText *heading);
GPtrArray *passend_topic_section_get_blocks (PassendTopicSection *self);

#define PASSEND_TYPE_TOPIC (passend_topic_get_type ())
G_DECLARE_FINAL_TYPE (PassendTopic, passend_topic, PASSEND, TOPIC, GObject)

PassendTopic        *passend_topic_new (const char *id);
const char          *passend_topic_get_id (PassendTopic *self);
PassendTopicText    *passend_topic_get_title (PassendTopic *self);
void                 passend_topic_set_title (PassendTopic *self, PassendTopicText *title);
PassendTopicText    *passend_topic_get_summary (PassendTopic *self);
void                 passend_topic_set_summary (PassendTopic *self, PassendTopicText *summary);
GPtrArray           *passend_topic_get_sections (PassendTopic *self);
PassendTopicSection *passend_topic_find_section (PassendTopic *self, const char *id);

#define PASSEND_TYPE_GLOSSARY_TERM (passend_glossary_term_get_type ())
G_DECLARE_FINAL_TYPE (PassendGlossaryTerm, passend_glossary_term, PASSEND, GLOSSARY_TERM, GObject)

PassendGlossaryTerm *passend_glossary_term_new (const char *id);
const char          *passend_glossary_term_get_id (PassendGlossaryTerm *self);
PassendTopicText    *passend_glossary_term_get_name (PassendGlossaryTerm *self);
PassendTopicText    *passend_glossary_term_get_full (PassendGlossaryTerm *self);
PassendTopicText    *passend_glossary_term_get_definition (PassendGlossaryTerm *self);
void                 passend_glossary_term_set_texts (PassendGlossaryTerm *self,
                                                      PassendTopicText    *name,
                                                      PassendTopicText    *full,
                                                      PassendTopicText    *definition);

typedef enum
{
  PASSEND_ORGANISATION_NAME,
  PASSEND_ORGANISATION_WHAT,
  PASSEND_ORGANISATION_WHEN,
  PASSEND_ORGANISATION_HOW,
  PASSEND_ORGANISATION_N_TEXTS
} PassendOrganisationText;

#define PASSEND_TYPE_ORGANISATION (passend_organisation_get_type ())
G_DECLARE_FINAL_TYPE (PassendOrganisation, passend_organisation, PASSEND, ORGANISATION, GObject)

PassendOrganisation *passend_organisation_new (const char *id);
const char          *passend_organisation_get_id (PassendOrganisation *self);
PassendTopicText    *passend_organisation_get_text (PassendOrganisation    *self,
                                                    PassendOrganisationText which);
void                 passend_organisation_set_text (PassendOrganisation    *self,
                                                    PassendOrganisationText which,
                                                    PassendTopicText       *text);
const char          *passend_organisation_get_phone (PassendOrganisation *self);
const char          *passend_organisation_get_email (PassendOrganisation *self);
const char          *passend_organisation_get_website (PassendOrganisation *self);
void                 passend_organisation_set_contact (PassendOrganisation *self,
                                                       const char          *phone,
                                                       const char          *email,
                                                       const char          *website);

G_END_DECLS
