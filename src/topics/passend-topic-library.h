/* passend-topic-library.h - the Topics content, loaded and searchable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "passend-topic.h"

G_BEGIN_DECLS

/* The resource folder of the real content. */
#define PASSEND_CONTENT_PATH "/org/example/Passend/content"

typedef enum
{
  PASSEND_TOPIC_MATCH_TOPIC,
  PASSEND_TOPIC_MATCH_TERM,
  PASSEND_TOPIC_MATCH_ORGANISATION,
} PassendTopicMatchKind;

/* One search result: where it is, and a piece of the text around it. */
typedef struct
{
  PassendTopicMatchKind kind;
  char                 *link;    /* "topic:ID", "topic:ID#SECTION", "term:ID", "org:ID" */
  char                 *title;   /* the topic's title, the term or the organisation */
  char                 *section; /* the section's heading, or NULL */
  char                 *snippet; /* plain text around the match */
  guint                 rank;    /* 0 title or name, 1 heading, 2 text, 3 words spread */
} PassendTopicMatch;

void passend_topic_match_free (PassendTopicMatch *match);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendTopicMatch, passend_topic_match_free)

#define PASSEND_TYPE_TOPIC_LIBRARY (passend_topic_library_get_type ())
G_DECLARE_FINAL_TYPE (PassendTopicLibrary, passend_topic_library, PASSEND, TOPIC_LIBRARY, GObject)

PassendTopicLibrary *passend_topic_library_new (const char *domain);
PassendTopicLibrary *passend_topic_library_get_default (void);
void                 passend_topic_library_preload (void);
GFile               *passend_topic_library_get_content_dir (void);
gboolean      passend_topic_library_load (PassendTopicLibrary *self, GFile *dir, GError **error);
GPtrArray    *passend_topic_library_get_topics (PassendTopicLibrary *self);
PassendTopic *passend_topic_library_find_topic (PassendTopicLibrary *self, const char *id);
GPtrArray    *passend_topic_library_get_terms (PassendTopicLibrary *self);
PassendGlossaryTerm *passend_topic_library_find_term (PassendTopicLibrary *self, const char *id);
GPtrArray           *passend_topic_library_get_organisations (PassendTopicLibrary *self);
PassendOrganisation *passend_topic_library_find_organisation (PassendTopicLibrary *self,
                                                              const char          *id);
gboolean             passend_topic_library_check_link (PassendTopicLibrary *self, const char *link);
GPtrArray           *passend_topic_library_check_links (PassendTopicLibrary *self);
GPtrArray           *passend_topic_library_get_msgids (PassendTopicLibrary *self);
GPtrArray *
passend_topic_library_search (PassendTopicLibrary *self, const char *query, guint max_results);

G_END_DECLS
