/* assistant-test-markup.h - checks the Assistant's Pango markup and links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean link_is_allowed (const char *href);
guint    check_markup (const char *markup);
char    *nl_translation (const char *msgid);

G_END_DECLS
