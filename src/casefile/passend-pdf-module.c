/* passend-pdf-module.c - poppler, loaded when a PDF is first opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The only code that uses poppler; passend-pdf.c loads it.
 */
#include "config.h"

#include <gmodule.h>
#include <poppler.h>

G_MODULE_EXPORT GObject *passend_pdf_module_open (const char *path);
G_MODULE_EXPORT int      passend_pdf_module_get_n_pages (GObject *document);
G_MODULE_EXPORT gboolean passend_pdf_module_get_page_size (GObject *document,
                                                           int      index,
                                                           double  *width,
                                                           double  *height);
G_MODULE_EXPORT void     passend_pdf_module_render_page (GObject *document, int index, cairo_t *cr);

G_MODULE_EXPORT GObject *
passend_pdf_module_open (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return (GObject *)poppler_document_new_from_gfile (file, NULL, NULL, NULL);
}

G_MODULE_EXPORT int
passend_pdf_module_get_n_pages (GObject *document)
{
  return poppler_document_get_n_pages (POPPLER_DOCUMENT (document));
}

G_MODULE_EXPORT gboolean
passend_pdf_module_get_page_size (GObject *document, int index, double *width, double *height)
{
  PopplerPage *page = poppler_document_get_page (POPPLER_DOCUMENT (document), index);

  if (page == NULL)
    return FALSE;
  poppler_page_get_size (page, width, height);
  g_object_unref (page);
  return TRUE;
}

G_MODULE_EXPORT void
passend_pdf_module_render_page (GObject *document, int index, cairo_t *cr)
{
  PopplerPage *page = poppler_document_get_page (POPPLER_DOCUMENT (document), index);

  if (page == NULL)
    return;
  poppler_page_render_for_printing (page, cr);
  g_object_unref (page);
}
