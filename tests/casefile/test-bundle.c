/* test-bundle.c - the evidence bundle from a fixture dossier, read back
 * with pdftotext and pdfinfo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>

#include "bundle-fixture.h"
#include "passend-bundle.h"
#include "test-util.h"

typedef struct
{
  char         *home;
  char         *data;
  char         *out;
  PassendStore *store;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer user_data)
{
  f->home = test_make_dir ();
  f->data = fixture_make_data (f->home);
  f->out = g_build_filename (f->home, "bundle.pdf", NULL);
  f->store = passend_store_new (f->data);
  g_assert_true (passend_store_load (f->store, NULL));
}

static void
fixture_tear_down (Fixture *f, gconstpointer user_data)
{
  g_clear_object (&f->store);
  test_remove_dir (f->home);
  g_free (f->home);
  g_free (f->data);
  g_free (f->out);
}

static PassendBundleSpec *
sam_spec (void)
{
  PassendBundleSpec *spec = passend_bundle_spec_new ();

  spec->child_id = g_strdup ("c1");
  spec->title = g_strdup ("For the consultant");
  spec->for_whom = g_strdup ("Onderwijsconsulent");
  g_hash_table_add (spec->private_text, g_strdup ("e2"));
  return spec;
}

static guint
write_bundle (Fixture *f, PassendBundleSpec *spec)
{
  g_autoptr (PassendBundle) bundle =
      passend_bundle_new (f->store, passend_store_get_dossier (f->store), spec);
  g_autoptr (GError) error = NULL;
  guint n_pages = 0;

  g_assert_true (passend_bundle_write (bundle, f->out, NULL, NULL, NULL, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, fixture_pdf_pages (f->out));
  return n_pages;
}

static void
assert_page_has (const char *pdf, int page, const char *text)
{
  g_autofree char *contents = fixture_pdf_text (pdf, page);

  if (strstr (contents, text) == NULL)
    g_error ("page %d lacks “%s”:\n%s", page, text, contents);
}

/* Cover, chronology, agreements, list; then 3+1, 1+1, 1 and 1 pages. */
static void
test_pages_and_footers (Fixture *f, gconstpointer user_data)
{
  g_autoptr (PassendBundleSpec) spec = sam_spec ();
  guint n = write_bundle (f, spec);

  g_assert_cmpuint (n, ==, 12);
  g_assert_cmpuint (test_file_mode (f->out), ==, 0600);
  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *stamp = g_strdup_printf ("page %u of 12", i);

      assert_page_has (f->out, i, stamp);
    }
  assert_page_has (f->out, 1, "For the consultant");
  assert_page_has (f->out, 1, "For: Onderwijsconsulent");
  assert_page_has (f->out, 1, "Cover – page 1 of 12");
  assert_page_has (f->out, 2, "Chronology – page 2 of 12");
  assert_page_has (f->out, 5, "Exhibit 1: report.pdf");
  assert_page_has (f->out, 5, "Exhibit 1 – page 5 of 12");
  assert_page_has (f->out, 6, "Report sheet 1");
  assert_page_has (f->out, 6, "Exhibit 1 – page 6 of 12");
  assert_page_has (f->out, 8, "Report sheet 3");
  assert_page_has (f->out, 9, "Exhibit 2: photo.png");
  assert_page_has (f->out, 10, "Exhibit 2 – page 10 of 12");
  assert_page_has (f->out, 11, "Exhibit 3: notes.txt");
  assert_page_has (f->out, 11, "name and size");
  assert_page_has (f->out, 12, "Exhibit 4: board-letter.pdf");
  assert_page_has (f->out, 12, "This document is missing");
}

static void
test_chronology_and_lists (Fixture *f, gconstpointer user_data)
{
  g_autoptr (PassendBundleSpec) spec = sam_spec ();
  g_autofree char *chronology = NULL;
  g_autofree char *agreements = NULL;
  g_autofree char *list = NULL;

  write_bundle (f, spec);
  chronology = fixture_pdf_text (f->out, 2);
  g_assert_cmpuint (fixture_find (chronology, "Talk with the teacher"), <,
                    fixture_find (chronology, "Call with the coordinator"));
  g_assert_cmpuint (fixture_find (chronology, "Call with the coordinator"), <,
                    fixture_find (chronology, "Mail about the plan"));
  g_assert_cmpuint (fixture_find (chronology, "Mail about the plan"), <,
                    fixture_find (chronology, "Letter from the board"));
  fixture_find (chronology, "10 February 2026, 14:30");
  fixture_find (chronology, "with Ms de Vries (Teacher)");
  fixture_find (chronology, "Letter, received");
  fixture_find (chronology, "We talked about reading.");
  g_assert_null (strstr (chronology, "Second paragraph"));
  fixture_find (chronology, "See exhibit 1");
  fixture_find (chronology, "See exhibits 2, 3");
  fixture_find (chronology, "Extra reading time");

  agreements = fixture_pdf_text (f->out, 3);
  fixture_find (agreements, "Send the test results");
  /* Made without an entry, and still part of the story. */
  fixture_find (agreements, "A weekly note home");
  fixture_find (agreements, "Not yet");
  fixture_find (agreements, "Not kept");
  fixture_find (agreements, "Kept");

  list = fixture_pdf_text (f->out, 4);
  g_assert_cmpuint (fixture_find (list, "Exhibit 1"), <, fixture_find (list, "Exhibit 2"));
  fixture_find (list, "PDF, 3 pages");
  fixture_find (list, "Picture");
  fixture_find (list, "Missing");
  fixture_find (list, "page 5");
  fixture_find (list, "page 12");
}

static void
test_private_text (Fixture *f, gconstpointer user_data)
{
  g_autoptr (PassendBundleSpec) spec = sam_spec ();
  g_autofree char *text = NULL;
  g_autofree char *raw = NULL;
  gsize            length = 0;

  write_bundle (f, spec);
  text = fixture_pdf_text (f->out, 0);
  g_assert_null (strstr (text, "Grandmother"));
  fixture_find (text, "Call with the coordinator");
  fixture_find (text, "The text is private and left out.");
  g_assert_null (strstr (text, "Noor"));

  /* Not in the file at all, not even in a form pdftotext skips. */
  raw = test_read_file (f->out, &length);
  g_assert_null (g_strstr_len (raw, length, "Grandmother"));
}

static void
test_every_child (Fixture *f, gconstpointer user_data)
{
  g_autoptr (PassendBundleSpec) spec = passend_bundle_spec_new ();
  g_autofree char *text = NULL;

  write_bundle (f, spec);
  text = fixture_pdf_text (f->out, 0);
  fixture_find (text, "Children: Sam, Noor");
  g_assert_cmpuint (fixture_find (text, "Chronology: Sam"), <,
                    fixture_find (text, "Chronology: Noor"));
  fixture_find (text, "Noor's note");
  fixture_find (text, FIXTURE_SECRET);
}

static void
test_choices (Fixture *f, gconstpointer user_data)
{
  g_autoptr (PassendBundleSpec) spec = sam_spec ();
  g_autofree char *text = NULL;
  g_autofree char *only = NULL;
  guint            n;

  /* March only, the photo left out: the call and the mail, one exhibit. */
  spec->from = g_strdup ("2026-03-01");
  spec->to = g_strdup ("2026-03-31");
  g_hash_table_add (spec->left_out_documents, g_strdup ("d2"));
  n = write_bundle (f, spec);
  text = fixture_pdf_text (f->out, 0);
  g_assert_cmpuint (n, ==, 5);
  fixture_find (text, "Period: 1 March 2026 to 31 March 2026");
  fixture_find (text, "Mail about the plan");
  g_assert_null (strstr (text, "Talk with the teacher"));
  g_assert_null (strstr (text, "Letter from the board"));
  g_assert_null (strstr (text, "photo.png"));
  fixture_find (text, "Exhibit 1: notes.txt");
  fixture_find (text, "A weekly note home");

  /* Only entries with agreements; and one entry left out by hand. */
  g_clear_pointer (&spec->from, g_free);
  g_clear_pointer (&spec->to, g_free);
  spec->only_with_agreements = TRUE;
  write_bundle (f, spec);
  only = fixture_pdf_text (f->out, 0);
  fixture_find (only, "Talk with the teacher");
  g_assert_null (strstr (only, "Mail about the plan"));

  /* Hand-picked entries: only their own agreements. */
  spec->picked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (spec->picked, g_strdup ("e1"));
  write_bundle (f, spec);
  g_free (only);
  only = fixture_pdf_text (f->out, 0);
  g_assert_null (strstr (only, "A weekly note home"));
  g_clear_pointer (&spec->picked, g_hash_table_unref);

  g_hash_table_add (spec->left_out, g_strdup ("e1"));
  write_bundle (f, spec);
  g_free (only);
  only = fixture_pdf_text (f->out, 0);
  g_assert_null (strstr (only, "Talk with the teacher"));
  fixture_find (only, "No entries in this period.");
}

/* Forty entries of long text: the chronology runs over many pages,
 * summaries split where a page ends, and no line is lost. */
static void
test_long_chronology (Fixture *f, gconstpointer user_data)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *child = passend_dossier_add_child (dossier, "Sam");
  g_autoptr (PassendBundleSpec) spec = passend_bundle_spec_new ();
  g_autoptr (PassendBundle) bundle = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  guint            n_pages = 0;
  gsize            at = 0;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *date = g_strdup_printf ("2026-01-%02u", 1 + i % 28);
      g_autofree char *title = g_strdup_printf ("Entry %02u", i);
      g_autoptr (PassendEntry) entry = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, date, title);
      g_autoptr (GString) words = g_string_new (NULL);

      for (guint w = 0; w < 100; w++)
        g_string_append_printf (words, "e%02uw%03u ", i, w);
      passend_entry_set_child_id (entry, passend_record_get_id (PASSEND_RECORD (child)));
      passend_entry_set_text (entry, words->str);
      passend_dossier_add_entry (dossier, entry);
    }

  bundle = passend_bundle_new (NULL, dossier, spec);
  g_assert_true (passend_bundle_write (bundle, f->out, NULL, NULL, NULL, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, fixture_pdf_pages (f->out));
  g_assert_cmpuint (n_pages, >, 8);
  for (guint i = 2; i < n_pages - 2; i++)
    {
      g_autofree char *page = fixture_pdf_text (f->out, i);
      g_autofree char *stamp = g_strdup_printf ("Chronology – page %u of %u", i, n_pages);

      fixture_find (page, stamp);
    }

  /* Every word of every summary (cut at 700 characters), in order. */
  text = fixture_pdf_text (f->out, 0);
  for (guint day = 0; day < 28; day++)
    for (guint i = day; i < 40; i += 28)
      for (guint w = 0; w < 77; w++)
        {
          g_autofree char *word = g_strdup_printf ("e%02uw%03u", i, w);

          at += fixture_find (text + at, word);
        }
}

/* The colour in the middle of page @page, as pdftoppm draws it. */
static guint32
middle_pixel (const char *pdf, int page, const char *dir)
{
  g_autofree char *number = g_strdup_printf ("%d", page);
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);
  g_autofree char *png = g_strconcat (prefix, ".png", NULL);
  const char      *argv[] = { "pdftoppm", "-q", "-png", "-r", "20",   "-singlefile", "-f",
                              number,     "-l", number, pdf,  prefix, NULL };
  cairo_surface_t *surface;
  guint32          pixel;
  int              status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL,
                               NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  pixel = *(guint32 *)(cairo_image_surface_get_data (surface) +
                       cairo_image_surface_get_height (surface) / 2 *
                           cairo_image_surface_get_stride (surface) +
                       cairo_image_surface_get_width (surface) / 2 * 4);
  cairo_surface_destroy (surface);
  return pixel & 0xffffff;
}

/* The same colour but for rounding and JPEG. */
static gboolean
near (guint32 pixel, guint32 colour)
{
  for (guint shift = 0; shift < 24; shift += 8)
    if (ABS ((int)((pixel >> shift) & 0xff) - (int)((colour >> shift) & 0xff)) > 12)
      return FALSE;
  return TRUE;
}

static void
add_file (PassendDossier *dossier, PassendEntry *entry, const char *file, const char *name)
{
  g_autoptr (PassendDocument) document = passend_document_new (name, file, 100);

  passend_dossier_add_document (dossier, entry, document);
}

/* A picture with transparency, a photo and a PDF that is not one. */
static void
test_pictures_and_broken (Fixture *f, gconstpointer user_data)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *child = passend_dossier_add_child (dossier, "Sam");
  g_autoptr (PassendEntry) entry =
      passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-02-01", "Pictures");
  g_autoptr (PassendBundleSpec) spec = passend_bundle_spec_new ();
  g_autoptr (PassendBundle) bundle = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *documents = g_build_filename (f->data, "documents", NULL);
  g_autofree char *png = g_build_filename (documents, "t1.png", NULL);
  g_autofree char *list = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 300);
  cairo_t         *cr = cairo_create (surface);
  guint            n_pages = 0;

  /* Opaque red in the middle, transparent round it. */
  cairo_set_source_rgba (cr, 1, 0, 0, 1);
  cairo_rectangle (cr, 50, 50, 100, 200);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png (surface, png);
  cairo_surface_destroy (surface);
  g_free (test_write_file (documents, "t3.pdf", "%PDF-1.4 this is no PDF at all", -1));

  passend_entry_set_child_id (entry, passend_record_get_id (PASSEND_RECORD (child)));
  passend_dossier_add_entry (dossier, entry);
  add_file (dossier, entry, "t1.png", "drawing.png");
  add_file (dossier, entry, "d2.png", "photo.png");
  add_file (dossier, entry, "t3.pdf", "broken.pdf");
  bundle = passend_bundle_new (f->store, dossier, spec);
  g_assert_true (passend_bundle_write (bundle, f->out, NULL, NULL, NULL, &n_pages, &error));
  g_assert_no_error (error);

  /* Four pages of its own, 1 + 1, 1 + 1 and 1 for the broken one. */
  g_assert_cmpuint (n_pages, ==, 9);
  g_assert_true (near (middle_pixel (f->out, 6, f->home), 0xff0000));
  g_assert_true (near (middle_pixel (f->out, 8, f->home), 0x3380cc));
  list = fixture_pdf_text (f->out, 4);
  fixture_find (list, "broken.pdf");
  fixture_find (list, "Listed only");
}

static guint
count_drafts (void)
{
  g_autoptr (GDir) dir = g_dir_open (g_get_tmp_dir (), 0, NULL);
  const char *name;
  guint       n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_prefix (name, "passend-export-");
  return n;
}

static void
cancel_halfway (double fraction, gpointer user_data)
{
  if (fraction > 0.5)
    g_cancellable_cancel (user_data);
}

static void
test_cancel (Fixture *f, gconstpointer user_data)
{
  g_autoptr (PassendBundleSpec) spec = sam_spec ();
  g_autoptr (PassendBundle) bundle =
      passend_bundle_new (f->store, passend_store_get_dossier (f->store), spec);
  g_autoptr (GCancellable) before = g_cancellable_new ();
  g_autoptr (GCancellable) halfway = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  guint drafts = count_drafts ();

  g_cancellable_cancel (before);
  g_assert_false (passend_bundle_write (bundle, f->out, before, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (f->out, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (
      passend_bundle_write (bundle, f->out, halfway, cancel_halfway, halfway, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (f->out, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_drafts (), ==, drafts);
}

typedef struct
{
  GAsyncResult *result;
  double        last;
  guint         n_reports;
  gboolean      backwards;
} Progress;

static void
progress_cb (double fraction, gpointer user_data)
{
  Progress *progress = user_data;

  progress->backwards |= fraction < progress->last;
  progress->last = fraction;
  progress->n_reports++;
}

static void
done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Progress *progress = user_data;

  progress->result = g_object_ref (result);
}

static void
test_async (Fixture *f, gconstpointer user_data)
{
  g_autoptr (PassendBundleSpec) spec = sam_spec ();
  g_autoptr (PassendBundle) bundle =
      passend_bundle_new (f->store, passend_store_get_dossier (f->store), spec);
  g_autoptr (GError) error = NULL;
  Progress progress = { 0 };
  guint    n_pages = 0;

  passend_bundle_write_async (bundle, f->out, progress_cb, &progress, NULL, done_cb, &progress);
  while (progress.result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (passend_bundle_write_finish (progress.result, &n_pages, &error));
  g_assert_no_error (error);
  g_object_unref (progress.result);

  g_assert_cmpuint (n_pages, ==, 12);
  g_assert_cmpuint (fixture_pdf_pages (f->out), ==, 12);
  g_assert_cmpuint (progress.n_reports, >, 2);
  g_assert_false (progress.backwards);
}

int
main (int argc, char *argv[])
{
  /* The drafts counted are this program's own. */
  g_autofree char *tmp = test_own_tmp_dir ("test-bundle");
  int              result;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/bundle/pages-and-footers", test_pages_and_footers);
  ADD ("/bundle/chronology-and-lists", test_chronology_and_lists);
  ADD ("/bundle/private-text", test_private_text);
  ADD ("/bundle/every-child", test_every_child);
  ADD ("/bundle/choices", test_choices);
  ADD ("/bundle/long-chronology", test_long_chronology);
  ADD ("/bundle/pictures-and-broken", test_pictures_and_broken);
  ADD ("/bundle/cancel", test_cancel);
  ADD ("/bundle/async", test_async);
#undef ADD

  result = g_test_run ();
  test_remove_dir (tmp);
  return result;
}
