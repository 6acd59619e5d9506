/* passend-bundle-exhibits.c - every document as a numbered exhibit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each exhibit starts with a divider page.  A PDF follows page by page,
 * drawn by poppler (passend-pdf.c) as vectors; a picture follows scaled
 * to the page, read at no more than the page needs; any other file is listed by
 * name and size only, and a document no longer in the data folder is
 * listed as missing.  Only one document is open at a time.
 */
#define G_LOG_DOMAIN "passend-bundle"

#include "config.h"

#include <string.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n.h>
#include "passend-bundle-private.h"
#include "passend-pdf.h"

/* Pictures are read at most this many pixels on their long side. */
#define IMAGE_MAX_PIXELS 1600

static gboolean
looks_like_pdf (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileInputStream) stream = g_file_read (file, NULL, NULL);
  char  head[5] = { 0 };
  gsize n = 0;

  return stream != NULL &&
         g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head, &n, NULL, NULL) &&
         n == sizeof head && memcmp (head, "%PDF-", 5) == 0;
}

/**
 * bundle_count_exhibit:
 *
 * Finds what kind of file @exhibit is and how many pages it has.
 */
void
bundle_count_exhibit (BundleExhibit *exhibit)
{
  int width = 0, height = 0;

  exhibit->n_pages = 0;
  if (exhibit->path == NULL || !g_file_test (exhibit->path, G_FILE_TEST_IS_REGULAR))
    {
      exhibit->kind = BUNDLE_FILE_MISSING;
      return;
    }

  if (looks_like_pdf (exhibit->path))
    {
      PassendPdf *pdf = passend_pdf_open (exhibit->path);
      int         n = pdf != NULL ? passend_pdf_get_n_pages (pdf) : 0;

      g_clear_object (&pdf);
      if (n > 0)
        {
          exhibit->kind = BUNDLE_FILE_PDF;
          exhibit->n_pages = n;
          return;
        }
    }
  else if (gdk_pixbuf_get_file_info (exhibit->path, &width, &height) != NULL && width > 0 &&
           height > 0)
    {
      exhibit->kind = BUNDLE_FILE_IMAGE;
      exhibit->n_pages = 1;
      return;
    }

  exhibit->kind = BUNDLE_FILE_OTHER;
}

/* The space for a document's page: the page less margins and footer. */
static void
fit_to_page (cairo_t *cr, double width, double height)
{
  double room_w = BUNDLE_PAGE_WIDTH - BUNDLE_MARGIN;
  double room_h = BUNDLE_PAGE_HEIGHT - BUNDLE_MARGIN - BUNDLE_FOOTER;
  double scale = MIN (room_w / width, room_h / height);

  cairo_translate (cr, (BUNDLE_PAGE_WIDTH - width * scale) / 2,
                   (BUNDLE_PAGE_HEIGHT - BUNDLE_FOOTER - height * scale) / 2);
  cairo_scale (cr, scale, scale);
}

/* A thin line round a document's page, where the page ends. */
static void
frame (cairo_t *cr, double width, double height)
{
  cairo_save (cr);
  fit_to_page (cr, width, height);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_restore (cr);
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
}

static void
draw_pdf_page (BundlePager *pager, PassendPdf *pdf, int index)
{
  double width = 0, height = 0;

  if (!passend_pdf_get_page_size (pdf, index, &width, &height) || width <= 0 || height <= 0)
    return;

  cairo_save (pager->cr);
  fit_to_page (pager->cr, width, height);
  cairo_rectangle (pager->cr, 0, 0, width, height);
  cairo_clip (pager->cr);
  passend_pdf_render_page (pdf, index, pager->cr);
  cairo_restore (pager->cr);
  frame (pager->cr, width, height);
}

/* A pixbuf as a cairo surface: premultiplied, in cairo's byte order. */
static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int              width = gdk_pixbuf_get_width (pixbuf);
  int              height = gdk_pixbuf_get_height (pixbuf);
  int              channels = gdk_pixbuf_get_n_channels (pixbuf);
  int              in_stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guchar    *in = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  int              out_stride = cairo_image_surface_get_stride (surface);
  guchar          *out = cairo_image_surface_get_data (surface);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = in + y * in_stride + x * channels;
        guint32       a = channels == 4 ? p[3] : 255;
        guint32       r = p[0] * a / 255, g = p[1] * a / 255, b = p[2] * a / 255;

        *(guint32 *)(out + y * out_stride + x * 4) = a << 24 | r << 16 | g << 8 | b;
      }
  cairo_surface_mark_dirty (surface);
  return surface;
}

/* A picture without transparency goes into the PDF as a JPEG, which
 * cairo copies as it is: far quicker than its own lossless image, and
 * far smaller for a photo. */
static cairo_surface_t *
surface_as_jpeg (GdkPixbuf *pixbuf)
{
  g_autofree char *jpeg = NULL;
  gsize            length = 0;
  cairo_surface_t *surface;

  if (gdk_pixbuf_get_has_alpha (pixbuf) ||
      !gdk_pixbuf_save_to_buffer (pixbuf, &jpeg, &length, "jpeg", NULL, "quality", "88", NULL))
    return NULL;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, gdk_pixbuf_get_width (pixbuf),
                                        gdk_pixbuf_get_height (pixbuf));
  if (cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_JPEG, (const guchar *)jpeg, length,
                                   g_free, jpeg) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  g_steal_pointer (&jpeg);
  return surface;
}

static void
draw_image (BundlePager *pager, const char *path)
{
  g_autoptr (GdkPixbuf) loaded =
      gdk_pixbuf_new_from_file_at_scale (path, IMAGE_MAX_PIXELS, IMAGE_MAX_PIXELS, TRUE, NULL);
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  cairo_surface_t *surface;
  int              width, height;

  if (loaded == NULL)
    return;
  pixbuf = gdk_pixbuf_apply_embedded_orientation (loaded);
  width = gdk_pixbuf_get_width (pixbuf);
  height = gdk_pixbuf_get_height (pixbuf);
  surface = surface_as_jpeg (pixbuf);
  if (surface == NULL)
    surface = surface_from_pixbuf (pixbuf);

  cairo_save (pager->cr);
  fit_to_page (pager->cr, width, height);
  cairo_set_source_surface (pager->cr, surface, 0, 0);
  cairo_paint (pager->cr);
  cairo_restore (pager->cr);
  frame (pager->cr, width, height);
  cairo_surface_destroy (surface);
}

static const char *
describe_contents (BundleExhibit *exhibit)
{
  switch (exhibit->kind)
    {
    case BUNDLE_FILE_PDF:
      return _ ("The pages of this document follow.");
    case BUNDLE_FILE_IMAGE:
      return _ ("The picture follows on the next page.");
    case BUNDLE_FILE_MISSING:
      return _ ("This document is missing: it is no longer in Passend's data folder. "
                "Only its name is listed here.");
    case BUNDLE_FILE_OTHER:
    case BUNDLE_FILE_UNKNOWN:
    default:
      return _ ("This kind of file cannot be printed. Only its name and size are listed here.");
    }
}

static void
write_divider (BundleExhibit *exhibit, BundlePager *pager, const char *stamp)
{
  /* Translators: the divider page before a document: "Exhibit 3: report.pdf". */
  g_autofree char *heading =
      g_strdup_printf (_ ("Exhibit %1$u: %2$s"), exhibit->number, exhibit->name);
  g_autofree char *date = passend_format_date (exhibit->entry_date);
  g_autofree char *from =
      g_strdup_printf (_ ("With the entry of %1$s: %2$s"), date, exhibit->entry_title);
  g_autofree char *size = g_format_size (MAX (exhibit->size, 0));
  g_autofree char *file = g_strdup_printf (_ ("File: %1$s, %2$s"), exhibit->name, size);
  const char      *lines[] = { from, file, describe_contents (exhibit) };
  g_autoptr (PangoLayout) head = NULL;

  bundle_pager_begin (pager, stamp);
  pager->y = BUNDLE_MARGIN + 200;
  head = bundle_pager_layout (pager, heading, "Sans Bold 22", BUNDLE_TEXT_WIDTH);
  bundle_pager_show (pager, head, BUNDLE_MARGIN, pager->y);
  pager->y += bundle_layout_height (head) + 18;
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autoptr (PangoLayout) layout =
          bundle_pager_layout (pager, lines[i], "Sans 11", BUNDLE_TEXT_WIDTH);

      bundle_pager_show (pager, layout, BUNDLE_MARGIN, pager->y);
      pager->y += bundle_layout_height (layout) + 8;
    }
}

/**
 * bundle_write_exhibit:
 *
 * The divider page and the document's pages; exactly 1 + n_pages pages
 * in both passes, also when the file changed in between.
 *
 * Returns: %FALSE if cancelled
 */
gboolean
bundle_write_exhibit (PassendBundle *self, BundleExhibit *exhibit, BundlePager *pager)
{
  g_autofree char *stamp = g_strdup_printf (_ ("Exhibit %u"), exhibit->number);
  PassendPdf      *pdf = NULL;
  int              n_pdf = 0;
  gboolean         ok = TRUE;

  write_divider (exhibit, pager, stamp);
  if (!pager->counting && exhibit->kind == BUNDLE_FILE_PDF)
    {
      pdf = passend_pdf_open (exhibit->path);
      n_pdf = pdf != NULL ? passend_pdf_get_n_pages (pdf) : 0;
    }

  for (guint i = 0; ok && i < exhibit->n_pages; i++)
    {
      ok = !g_cancellable_is_cancelled (pager->cancellable);
      if (!ok)
        break;
      bundle_pager_begin (pager, stamp);
      if (pager->counting)
        continue;
      if (exhibit->kind == BUNDLE_FILE_IMAGE)
        draw_image (pager, exhibit->path);
      else if ((int)i < n_pdf)
        draw_pdf_page (pager, pdf, i);
    }
  g_clear_object (&pdf);
  return ok && !g_cancellable_is_cancelled (pager->cancellable);
}
