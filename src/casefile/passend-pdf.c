/* passend-pdf.c - a parent's PDF documents, page by page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * poppler reads and draws them, in a module of its own
 * (passend-pdf-module.c) that is loaded the first time a PDF is opened:
 * poppler and the libraries it needs take a window about 3 ms to load,
 * on every start, for documents a parent puts in a case file now and
 * then.  PASSEND_MODULE_DIR names another folder for the module (the
 * build tree, for the tests and the benchmark).
 */
#define G_LOG_DOMAIN "passend-pdf"

#include "config.h"

#include <gmodule.h>

#include "passend-pdf.h"

typedef struct
{
  GObject *(*open) (const char *path);
  int (*get_n_pages) (GObject *document);
  gboolean (*get_page_size) (GObject *document, int index, double *width, double *height);
  void (*render_page) (GObject *document, int index, cairo_t *cr);
} PdfModule;

static gboolean
find_symbol (GModule *module, const char *name, gpointer *symbol)
{
  return g_module_symbol (module, name, symbol) && *symbol != NULL;
}

static gpointer
load_module (gpointer data)
{
  const char      *dir = g_getenv ("PASSEND_MODULE_DIR");
  g_autofree char *path = g_build_filename (dir != NULL && *dir != '\0' ? dir : PASSEND_MODULE_DIR,
                                            "libpassend-pdf.so", NULL);
  GModule   *module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  PdfModule *pdf = g_new0 (PdfModule, 1);

  if (module == NULL || !find_symbol (module, "passend_pdf_module_open", (gpointer *)&pdf->open) ||
      !find_symbol (module, "passend_pdf_module_get_n_pages", (gpointer *)&pdf->get_n_pages) ||
      !find_symbol (module, "passend_pdf_module_get_page_size", (gpointer *)&pdf->get_page_size) ||
      !find_symbol (module, "passend_pdf_module_render_page", (gpointer *)&pdf->render_page))
    {
      /* A broken installation: PDFs are then listed as other files. */
      g_warning ("Cannot load the PDF module: %s", g_module_error ());
      g_clear_pointer (&module, g_module_close);
      g_free (pdf);
      return NULL;
    }
  /* Kept for the life of the process. */
  g_module_make_resident (module);
  return pdf;
}

static const PdfModule *
pdf_module (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_module, NULL);
}

/**
 * passend_pdf_open:
 * @path: a file that may be a PDF document
 *
 * Returns: (transfer full) (nullable): the document, or %NULL if @path
 *   is not a PDF document poppler can read
 */
PassendPdf *
passend_pdf_open (const char *path)
{
  const PdfModule *module = pdf_module ();

  g_return_val_if_fail (path != NULL, NULL);
  return module != NULL ? module->open (path) : NULL;
}

int
passend_pdf_get_n_pages (PassendPdf *pdf)
{
  g_return_val_if_fail (G_IS_OBJECT (pdf), 0);
  return pdf_module ()->get_n_pages (pdf);
}

/**
 * passend_pdf_get_page_size:
 *
 * Returns: %FALSE if page @index is not there
 */
gboolean
passend_pdf_get_page_size (PassendPdf *pdf, int index, double *width, double *height)
{
  g_return_val_if_fail (G_IS_OBJECT (pdf), FALSE);
  return pdf_module ()->get_page_size (pdf, index, width, height);
}

/* Draws page @index at its own size in points, as for printing. */
void
passend_pdf_render_page (PassendPdf *pdf, int index, cairo_t *cr)
{
  g_return_if_fail (G_IS_OBJECT (pdf));
  pdf_module ()->render_page (pdf, index, cr);
}
