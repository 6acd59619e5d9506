/* passend-layer-check.c - compiles only if the gui cannot reach what
 * is private to storage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built with the dependencies every gui library has (see meson.build).
 * Views reach the data folder only through passend-store.h and
 * passend-documents.h; the helpers behind them live in
 * src/storage/private/, which no dependency above storage includes.
 */
#include "config.h"

#if !__has_include("passend-documents.h")
#error "The gui cannot include passend-documents.h: this check is broken"
#endif

#if __has_include("passend-document-files.h")
#error "A gui library can include storage-private passend-document-files.h; use passend-documents.h"
#endif

#include "passend-documents.h"

/* Not empty: ISO C wants something in a translation unit. */
void passend_layer_check (void);

void
passend_layer_check (void)
{
}
