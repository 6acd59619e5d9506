/* topics-test-util.h - what the Topics tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-topic-library.h"

G_BEGIN_DECLS

/* The test content's own gettext domain (tests/topics/meson.build). */
#define FIXTURE_DOMAIN "passend-test-content"

PassendTopicLibrary *load_fixture (void);
void                 set_language (const char *language);
GHashTable          *read_po (const char *path);
void                 assert_msgids_match_pot (PassendTopicLibrary *library, const char *pot);
PassendTopicLibrary *load_real_content (void);
void                 require_content (PassendTopicLibrary *library);

G_END_DECLS
