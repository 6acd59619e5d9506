/* bench-bundle.c - bundle_200_ms: the evidence bundle of 200 entries
 * and 50 documents, half multi-page PDFs and half photos
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <cairo-pdf.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>

#include "bench-bundle.h"
#include "passend-bundle.h"

#define N_ENTRIES 200
#define N_DOCUMENTS 50
#define RUNS 3

static void
make_pdf (const char *path, guint n_pages)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t         *cr = cairo_create (surface);

  for (guint page = 0; page < n_pages; page++)
    {
      cairo_set_font_size (cr, 11);
      for (guint line = 0; line < 50; line++)
        {
          cairo_move_to (cr, 60, 60 + line * 14);
          cairo_show_text (cr, "Verslag van het overleg over de ondersteuning op school.");
        }
      cairo_rectangle (cr, 60, 780, 200, 20);
      cairo_stroke (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A photo as a phone makes one: 3000 by 2000 pixels, JPEG. */
static void
make_photo (const char *path, guint seed)
{
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 3000, 2000);
  int     stride = gdk_pixbuf_get_rowstride (pixbuf);
  guchar *pixels = gdk_pixbuf_get_pixels (pixbuf);

  for (int y = 0; y < 2000; y++)
    for (int x = 0; x < 3000; x++)
      {
        guchar *p = pixels + y * stride + x * 3;

        p[0] = (x + seed * 40) & 0xff;
        p[1] = (y / 2) & 0xff;
        p[2] = ((x ^ y) + seed) & 0xff;
      }
  if (!gdk_pixbuf_save (pixbuf, path, "jpeg", NULL, "quality", "85", NULL))
    exit (1);
}

static void
add_document (PassendDossier *dossier, PassendEntry *entry, const char *dir, guint i)
{
  g_autofree char *file = g_strdup_printf ("doc-%u.%s", i, i % 2 ? "jpg" : "pdf");
  g_autofree char *path = g_build_filename (dir, "documents", file, NULL);
  g_autoptr (PassendDocument) document = NULL;
  GStatBuf st;

  if (i % 2)
    make_photo (path, i);
  else
    make_pdf (path, 2 + i % 7);
  g_stat (path, &st);
  document = passend_document_new (file, file, st.st_size);
  passend_dossier_add_document (dossier, entry, document);
}

static PassendDossier *
make_dossier (const char *dir)
{
  PassendDossier  *dossier = passend_dossier_new ();
  PassendChild    *child = passend_dossier_add_child (dossier, "Sam");
  const char      *child_id = passend_record_get_id (PASSEND_RECORD (child));
  g_autofree char *documents = g_build_filename (dir, "documents", NULL);
  guint            n_documents = 0;

  g_mkdir_with_parents (documents, 0700);
  for (guint i = 0; i < N_ENTRIES; i++)
    {
      g_autofree char *date = g_strdup_printf ("2025-%02u-%02u", 1 + i % 12, 1 + i % 28);
      g_autofree char *title = g_strdup_printf ("Gesprek %u met de intern begeleider", i);
      g_autoptr (PassendEntry) entry = passend_entry_new (i % 7, date, title);
      g_autoptr (GString) text = g_string_new (NULL);

      for (guint s = 0; s < 8; s++)
        g_string_append (text, "We spraken over het plan, de extra hulp bij lezen en de pauzes. ");
      passend_entry_set_child_id (entry, child_id);
      passend_entry_set_text (entry, text->str);
      passend_dossier_add_entry (dossier, entry);
      if (i % 3 == 0)
        {
          g_autoptr (PassendAgreement) agreement =
              passend_agreement_new ("De school stuurt het verslag", PASSEND_PARTY_SCHOOL, date);

          passend_dossier_add_entry_agreement (dossier, entry, agreement);
        }
      if (i % 4 == 0 && n_documents < N_DOCUMENTS)
        add_document (dossier, entry, dir, n_documents++);
    }
  return dossier;
}

static int
compare (gconstpointer a, gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

void
bench_bundle (void)
{
  g_autofree char *dir = g_dir_make_tmp ("passend-bench-bundle-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "bundle.pdf", NULL);
  g_autoptr (PassendDossier) dossier = make_dossier (dir);
  g_autoptr (PassendStore) store = passend_store_new (dir);
  g_autoptr (PassendBundleSpec) spec = passend_bundle_spec_new ();
  const char *rm[] = { "rm", "-rf", dir, NULL };
  double      ms[RUNS];

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr (PassendBundle) bundle = NULL;
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      /* From the parent's choices to the PDF in place. */
      bundle = passend_bundle_new (store, dossier, spec);
      if (!passend_bundle_write (bundle, out, NULL, NULL, NULL, NULL, &error))
        {
          fprintf (stderr, "bundle: %s\n", error->message);
          exit (1);
        }
      ms[run] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (ms, RUNS, sizeof ms[0], compare);
  printf ("bundle_200_ms %.0f ms\n", ms[RUNS / 2]);

  g_spawn_sync (NULL, (char **)rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
}
