/* passend-topic-library-private.h - what the parts of the topic library share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only for passend-topic-library.c (the object, loading, links),
 * passend-topic-library-parse.c (the XML) and
 * passend-topic-library-search.c.
 */
#pragma once

#include "passend-topic-library.h"

G_BEGIN_DECLS

struct _PassendTopicLibrary
{
  GObject parent_instance;

  char       *domain;
  GPtrArray  *topics;
  GPtrArray  *terms;
  GPtrArray  *organisations;
  GHashTable *msgid_set;
  GPtrArray  *msgids;
};

typedef enum
{
  FILE_TOPIC,
  FILE_GLOSSARY,
  FILE_ORGANISATIONS,
} FileKind;

/* Reads one content file into the library; a topic's file must be named
 * after its id, @expected_id. */
gboolean _passend_topic_library_load_file (
    PassendTopicLibrary *self, GFile *file, FileKind kind, const char *expected_id, GError **error);

G_END_DECLS
