/* bundle-fixture.c - a data folder with a dossier and its documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sam has four entries, not in date order in the file: a talk with an
 * agreement kept and one not kept and a three-page PDF report, a phone
 * call whose text the tests mark private, an e-mail with a photo and a
 * text file, and a letter whose document is missing from the folder.
 * Noor has one note.  The PDF and the photo are drawn here with cairo.
 */
#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "bundle-fixture.h"
#include "test-util.h"

#define STAMP "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\""

static const char dossier[] =
    "{\"version\": 4, \"children\": ["
    "{\"id\": \"c1\", \"name\": \"Sam\", " STAMP "},"
    "{\"id\": \"c2\", \"name\": \"Noor\", " STAMP "}],"
    " \"entries\": ["
    "{\"id\": \"e3\", \"child_id\": \"c1\", \"kind\": \"email\", \"date\": \"2026-03-20\","
    " \"title\": \"Mail about the plan\", \"text\": \"The school sent the draft plan.\", " STAMP
    "},"
    "{\"id\": \"e1\", \"child_id\": \"c1\", \"kind\": \"conversation\", \"date\": \"2026-02-10\","
    " \"time\": \"14:30\", \"title\": \"Talk with the teacher\", \"people\": \"Ms de Vries\","
    " \"role\": \"teacher\","
    " \"text\": \"We talked about reading.\\n\\nSecond paragraph stays out.\", " STAMP "},"
    "{\"id\": \"e4\", \"child_id\": \"c1\", \"kind\": \"letter\", \"date\": \"2026-04-02\","
    " \"title\": \"Letter from the board\", \"direction\": \"received\","
    " \"text\": \"A short letter.\", " STAMP "},"
    "{\"id\": \"e2\", \"child_id\": \"c1\", \"kind\": \"phone-call\", \"date\": \"2026-03-01\","
    " \"title\": \"Call with the coordinator\", \"text\": \"" FIXTURE_SECRET "\", " STAMP "},"
    "{\"id\": \"e5\", \"child_id\": \"c2\", \"kind\": \"note\", \"date\": \"2026-03-05\","
    " \"title\": \"Noor's note\", \"text\": \"A note.\", " STAMP "}],"
    " \"agreements\": ["
    "{\"id\": \"a1\", \"child_id\": \"c1\", \"entry_id\": \"e1\", \"what\": \"Extra reading time\","
    " \"party\": \"school\", \"due_date\": \"2026-03-01\", \"status\": \"done\", " STAMP "},"
    "{\"id\": \"a2\", \"child_id\": \"c1\", \"entry_id\": \"e1\", \"what\": \"Send the test "
    "results\","
    " \"party\": \"school\", \"due_date\": \"2026-02-20\", \"status\": \"not-kept\", " STAMP "},"
    "{\"id\": \"a3\", \"child_id\": \"c1\", \"what\": \"A weekly note home\","
    " \"party\": \"school\", \"due_date\": \"2026-03-15\", \"status\": \"open\", " STAMP "}],"
    " \"documents\": ["
    "{\"id\": \"d1\", \"entry_id\": \"e1\", \"name\": \"report.pdf\", \"file\": \"d1.pdf\","
    " \"size\": 1000, " STAMP "},"
    "{\"id\": \"d2\", \"entry_id\": \"e3\", \"name\": \"photo.png\", \"file\": \"d2.png\","
    " \"size\": 2000, " STAMP "},"
    "{\"id\": \"d3\", \"entry_id\": \"e3\", \"name\": \"notes.txt\", \"file\": \"d3.txt\","
    " \"size\": 12, " STAMP "},"
    "{\"id\": \"d4\", \"entry_id\": \"e4\", \"name\": \"board-letter.pdf\", \"file\": \"d4.pdf\","
    " \"size\": 3000, " STAMP "}]}";

static void
make_pdf (const char *path, guint n_pages)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t         *cr = cairo_create (surface);

  for (guint i = 1; i <= n_pages; i++)
    {
      g_autofree char *text = g_strdup_printf ("Report sheet %u", i);

      cairo_move_to (cr, 72, 100);
      cairo_set_font_size (cr, 20);
      cairo_show_text (cr, text);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
make_png (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 200);
  cairo_t         *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.2, 0.5, 0.8);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/**
 * fixture_make_data:
 * @home: an XDG_DATA_HOME
 *
 * Returns: the data folder, @home/passend
 */
char *
fixture_make_data (const char *home)
{
  g_autofree char *data = g_build_filename (home, "passend", NULL);
  g_autofree char *documents = g_build_filename (data, "documents", NULL);
  g_autofree char *pdf = g_build_filename (documents, "d1.pdf", NULL);
  g_autofree char *png = g_build_filename (documents, "d2.png", NULL);

  g_assert_cmpint (g_mkdir_with_parents (documents, 0700), ==, 0);
  g_chmod (data, 0700);
  g_free (test_write_file (data, "dossier.json", dossier, -1));
  make_pdf (pdf, 3);
  make_png (png);
  g_free (test_write_file (documents, "d3.txt", "some notes\n", -1));
  /* d4.pdf is missing. */
  return g_steal_pointer (&data);
}

static char *
run (const char *const *argv)
{
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* The text of page @page (1-based), or of all pages for 0. */
char *
fixture_pdf_text (const char *pdf, int page)
{
  g_autofree char *number = g_strdup_printf ("%d", page);
  const char      *all[] = { "pdftotext", "-q", pdf, "-", NULL };
  const char      *one[] = { "pdftotext", "-q", "-f", number, "-l", number, pdf, "-", NULL };

  return run (page > 0 ? one : all);
}

guint
fixture_pdf_pages (const char *pdf)
{
  const char      *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run (argv);
  const char      *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint)g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

/* Where @needle is in @haystack; fails the test if it is not. */
gsize
fixture_find (const char *haystack, const char *needle)
{
  const char *at = strstr (haystack, needle);

  if (at == NULL)
    g_error ("“%s” not found in the bundle:\n%s", needle, haystack);
  return at - haystack;
}
