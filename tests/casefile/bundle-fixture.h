/* bundle-fixture.h - a data folder with a dossier and its documents,
 * for the bundle's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Words only the private entry's text holds: never in a bundle. */
#define FIXTURE_SECRET "Grandmother's illness is nobody's business"

char *fixture_make_data (const char *home);
char *fixture_pdf_text (const char *pdf, int page);
guint fixture_pdf_pages (const char *pdf);
gsize fixture_find (const char *haystack, const char *needle);

G_END_DECLS
