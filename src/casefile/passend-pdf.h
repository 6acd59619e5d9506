/* passend-pdf.h - a parent's PDF documents, page by page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

/* An open PDF document (a GObject: g_object_unref() closes it). */
typedef GObject PassendPdf;

PassendPdf *passend_pdf_open (const char *path);
int         passend_pdf_get_n_pages (PassendPdf *pdf);
gboolean    passend_pdf_get_page_size (PassendPdf *pdf, int index, double *width, double *height);
void        passend_pdf_render_page (PassendPdf *pdf, int index, cairo_t *cr);

G_END_DECLS
