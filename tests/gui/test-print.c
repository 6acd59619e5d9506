/* test-print.c - the preparation sheet exported to PDF, as a printer
 * would get it, checked with poppler's tools
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (suite "ui").  Set PASSEND_PRINT_TEST_KEEP to a
 * folder to keep the PDFs for a look.
 */
#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <string.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "passend-clock.h"
#include "passend-sheet-printer.h"
#include "test-util.h"

/* At 50 dots per inch, the outer 15 mm of the 18 mm margins must stay
 * blank. */
#define DPI 50
#define BLANK_MM 15.0

static char *tmp_dir;

static char *
run (const char *const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return g_steal_pointer (&out);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  /* make check installs poppler-utils: without it the PDF is not
   * checked, and that is a failure, not a skip. */
  if (pdftotext == NULL || pdftoppm == NULL || pdfinfo == NULL)
    g_error ("poppler-utils (pdftotext, pdftoppm, pdfinfo) are not installed");
  return TRUE;
}

static PassendDossier *
make_dossier (PassendChild **child_out)
{
  PassendDossier *dossier = passend_dossier_new ();
  PassendChild   *child = passend_dossier_add_child (dossier, "Sam");
  const char     *id = passend_record_get_id (PASSEND_RECORD (child));
  g_autoptr (PassendEntry) talk =
      passend_entry_new (PASSEND_ENTRY_KIND_CONVERSATION, "2026-10-06", "Talk with the teacher");
  g_autoptr (PassendAgreement) overdue = passend_agreement_new (
      "School sends the reading test results", PASSEND_PARTY_SCHOOL, "2026-11-02");
  g_autoptr (PassendAgreement) open =
      passend_agreement_new ("I ask the GP about tiredness", PASSEND_PARTY_PARENT, "2026-12-15");
  g_autoptr (PassendAgreement) done =
      passend_agreement_new ("Seat him near the front", PASSEND_PARTY_SCHOOL, NULL);

  passend_entry_set_child_id (talk, id);
  passend_dossier_add_entry (dossier, talk);
  passend_dossier_add_entry_agreement (dossier, talk, overdue);
  passend_dossier_add_entry_agreement (dossier, talk, open);
  passend_dossier_add_entry_agreement (dossier, talk, done);
  g_object_set (overdue, "who-name", "Ms Jansen", NULL);
  passend_agreement_set_status (done, PASSEND_AGREEMENT_STATUS_DONE);
  passend_process_state_set_step (passend_dossier_get_process_state (dossier, child), 2);

  *child_out = child;
  return dossier;
}

static PassendSheet *
add_sheet (PassendDossier *dossier, PassendChild *child, guint n_points, guint repeat)
{
  g_autoptr (PassendSheet) sheet =
      passend_sheet_new (passend_record_get_id (PASSEND_RECORD (child)));
  g_autoptr (GPtrArray) worries = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) examples = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) long_text = g_string_new ("Questionsfield");

  for (guint i = 0; i < repeat; i++)
    g_string_append (long_text, " Is there a plan for the breaks, and who watches over him then?");
  /* A word longer than a line must wrap inside the margins too. */
  g_string_append (long_text,
                   " Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword"
                   "withoutanyspaceatallthatgoesonandonandonandonandonandonandonuntiltheend");

  for (guint i = 0; i < n_points; i++)
    {
      g_ptr_array_add (worries, g_strdup_printf ("Worry%u he comes home very tired 😴", i + 1));
      g_ptr_array_add (examples, g_strdup_printf ("Example%u on Monday he slept at four", i + 1));
    }
  g_ptr_array_add (worries, NULL);
  g_ptr_array_add (examples, NULL);

  g_object_set (
      sheet, "date", "2026-12-01", "time", "14:30", "place", "Placefield De Linde", "with-whom",
      "Withfield Ms Jansen (teacher)\nMr Bakker (IB)", "school-goal",
      "Schoolgoalfield talk about the reading plan", "my-goal", "Mygoalfield a plan we both follow",
      /* A right-to-left paragraph stays inside the margins too. */
      "going-well",
      "Goingwellfield he likes maths\nهو يحب الرياضيات ويلعب مع صديقه دان كل يوم بعد المدرسة",
      "questions", long_text->str, "wishes", "Wishesfield a weekly note home", "companions",
      "Companionsfield my sister", "documents", "Documentsfield report of the last talk", NULL);
  passend_sheet_set_points (sheet, (const char *const *)worries->pdata,
                            (const char *const *)examples->pdata);
  passend_dossier_add_sheet (dossier, sheet);
  return sheet;
}

static char *export(PassendDossier *dossier,
                    PassendSheet   *sheet,
                    const char     *paper,
                    const char     *name)
{
  g_autoptr (PassendSheetPrinter) printer = passend_sheet_printer_new (dossier, sheet);
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) size = gtk_paper_size_new (paper);
  g_autoptr (GError) error = NULL;
  char       *path = g_build_filename (tmp_dir, name, NULL);
  const char *keep = g_getenv ("PASSEND_PRINT_TEST_KEEP");

  gtk_page_setup_set_paper_size (setup, size);
  g_assert_true (passend_sheet_printer_export (printer, path, setup, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  if (keep != NULL)
    {
      g_autofree char *copy = g_build_filename (keep, name, NULL);
      g_autofree char *contents = NULL;
      gsize            length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (copy, contents, length, NULL));
    }

  return path;
}

static guint
count_pages (const char *pdf)
{
  const char      *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run (argv);
  const char      *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint)g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static char *
page_size (const char *pdf)
{
  const char      *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run (argv);
  const char      *size = strstr (info, "Page size:");
  const char      *end;

  g_assert_nonnull (size);
  size += strlen ("Page size:");
  while (*size == ' ')
    size++;
  end = strstr (size, " pts");
  g_assert_nonnull (end);
  return g_strndup (size, end - size);
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

  return run (argv);
}

/* No page ends with a heading: the last line of text above the page
 * number is never one. */
static void
assert_no_heading_at_bottom (const char *pdf, guint n_pages)
{
  static const char *const headings[] = {
    "From my dossier",
    "Open agreements",
    "The goal of the talk, as school told it",
    "My goal",
    "My points",
    "What goes well",
    "My questions",
    "What I would like to agree",
    "Who I bring along",
    "Documents to bring",
    "What we agreed",
  };

  for (guint page = 1; page < n_pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("%u", page);
      const char      *argv[] = { "pdftotext", "-enc", "UTF-8", "-f", number,
                                  "-l",        number, pdf,     "-",  NULL };
      g_autofree char *text = run (argv);
      g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
      const char *last = NULL;

      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_strstrip (lines[i]);
          if (lines[i][0] != '\0' && lines[i][0] != '\f' && !g_str_has_prefix (lines[i], "Page "))
            last = lines[i];
        }

      g_assert_nonnull (last);
      for (guint h = 0; h < G_N_ELEMENTS (headings); h++)
        if (g_str_equal (last, headings[h]))
          g_error ("Page %u of %s ends with the heading “%s”", page, pdf, last);
    }
}

/* Every page rendered: the band along each edge holds no ink. */
static void
assert_margins_blank (const char *pdf, guint n_pages)
{
  g_autofree char *prefix = g_strconcat (pdf, "-page", NULL);
  g_autofree char *dpi = g_strdup_printf ("%d", DPI);
  const char      *argv[] = { "pdftoppm", "-r", dpi, "-png", pdf, prefix, NULL };
  int              band = (int)(BLANK_MM / 25.4 * DPI);
  guint            checked = 0;

  g_free (run (argv));

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autoptr (GdkPixbuf) pixbuf = NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *path = NULL;
      int              width, height, stride, channels;
      const guchar    *pixels;
      guint            ink_inside = 0;

      /* pdftoppm pads the number to the width of the last one. */
      for (int digits = 1; digits <= 3 && pixbuf == NULL; digits++)
        {
          g_free (path);
          path = g_strdup_printf ("%s-%0*u.png", prefix, digits, page);
          if (g_file_test (path, G_FILE_TEST_EXISTS))
            pixbuf = gdk_pixbuf_new_from_file (path, &error);
        }
      g_assert_no_error (error);
      g_assert_nonnull (pixbuf);

      width = gdk_pixbuf_get_width (pixbuf);
      height = gdk_pixbuf_get_height (pixbuf);
      stride = gdk_pixbuf_get_rowstride (pixbuf);
      channels = gdk_pixbuf_get_n_channels (pixbuf);
      pixels = gdk_pixbuf_read_pixels (pixbuf);

      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          {
            const guchar *p = pixels + y * stride + x * channels;
            gboolean      blank = p[0] > 250 && p[1] > 250 && p[2] > 250;
            gboolean      in_band = x < band || x >= width - band || y < band || y >= height - band;

            if (in_band && !blank)
              g_error ("Page %u of %s: ink at %d,%d, inside the margin", page, pdf, x, y);
            if (!in_band && !blank)
              ink_inside++;
          }

      /* The check saw a real page. */
      g_assert_cmpuint (ink_inside, >, 100);
      checked++;
    }

  g_assert_cmpuint (checked, ==, n_pages);
}

static void
test_export_a4 (void)
{
  g_autoptr (PassendDossier) dossier = NULL;
  PassendChild            *child;
  PassendSheet            *sheet;
  g_autofree char         *pdf = NULL;
  g_autofree char         *text = NULL;
  g_autofree char         *size = NULL;
  g_autofree char         *last_page = NULL;
  static const char *const expected[] = {
    "Sam",
    "1 December 2026, 14:30",
    "Placefield De Linde",
    "Withfield Ms Jansen (teacher)",
    "Schoolgoalfield",
    "Mygoalfield",
    "Worry1 he comes home",
    "Example1 on Monday",
    "Worry3",
    "Example3",
    "Goingwellfield",
    "Questionsfield",
    "Wishesfield",
    "Companionsfield",
    "Documentsfield",
    /* From the dossier */
    "School sends the reading test results",
    "Ms Jansen",
    "2 November 2026",
    "(overdue)",
    "I ask the GP about tiredness",
    "15 December 2026",
    "Talk with the teacher",
    "6 October 2026",
    "Find out more",
    /* The form */
    "What we agreed",
    "By when",
    "Next meeting",
    "Page 1 of ",
  };
  guint pages;

  if (!have_poppler ())
    return;

  dossier = make_dossier (&child);
  sheet = add_sheet (dossier, child, 3, 1);
  pdf = export(dossier, sheet, GTK_PAPER_NAME_A4, "sheet-a4.pdf");

  size = page_size (pdf);
  g_assert_cmpstr (size, ==, "595.276 x 841.89");

  text = pdf_text (pdf);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("“%s” is not in the PDF:\n%s", expected[i], text);
  /* Settled agreements are not on the sheet. */
  g_assert_null (strstr (text, "Seat him near the front"));

  pages = count_pages (pdf);
  last_page = g_strdup_printf ("Page %u of %u", pages, pages);
  g_assert_nonnull (strstr (text, last_page));
  assert_margins_blank (pdf, pages);
  assert_no_heading_at_bottom (pdf, pages);
}

static void
test_long_sheet (void)
{
  g_autoptr (PassendDossier) dossier = NULL;
  PassendChild    *child;
  PassendSheet    *short_sheet;
  PassendSheet    *long_sheet;
  g_autofree char *short_pdf = NULL;
  g_autofree char *long_pdf = NULL;
  g_autofree char *text = NULL;
  guint            short_pages, long_pages;

  if (!have_poppler ())
    return;

  dossier = make_dossier (&child);
  short_sheet = add_sheet (dossier, child, 1, 1);
  long_sheet = add_sheet (dossier, child, 25, 60);
  short_pdf = export(dossier, short_sheet, GTK_PAPER_NAME_A4, "sheet-short.pdf");
  long_pdf = export(dossier, long_sheet, GTK_PAPER_NAME_A4, "sheet-long.pdf");

  short_pages = count_pages (short_pdf);
  long_pages = count_pages (long_pdf);
  g_assert_cmpuint (long_pages, >, short_pages + 2);

  /* Every point made it, once, and every page is numbered. */
  text = pdf_text (long_pdf);
  g_assert_nonnull (strstr (text, "Worry25 he comes home"));
  g_assert_nonnull (strstr (text, "Example25 on Monday"));
  for (guint page = 1; page <= long_pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("Page %u of %u", page, long_pages);

      g_assert_nonnull (strstr (text, number));
    }
  assert_margins_blank (long_pdf, long_pages);
  assert_no_heading_at_bottom (long_pdf, long_pages);
}

/* One more line of text at a time moves every heading down through the
 * bottom of the page: none may be left there alone. */
static void
test_headings_kept_with_text (void)
{
  g_autoptr (PassendDossier) dossier = NULL;
  PassendChild *child;
  PassendSheet *sheet;
  g_autoptr (GString) goal = g_string_new ("Mygoalfield");

  if (!have_poppler ())
    return;

  dossier = make_dossier (&child);
  sheet = add_sheet (dossier, child, 2, 1);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *pdf = NULL;

      g_string_append (goal, "\nOne more line");
      g_object_set (sheet, "my-goal", goal->str, NULL);
      pdf = export(dossier, sheet, GTK_PAPER_NAME_A4, "sheet-headings.pdf");
      assert_no_heading_at_bottom (pdf, count_pages (pdf));
    }
}

static void
test_export_letter (void)
{
  g_autoptr (PassendDossier) dossier = NULL;
  PassendChild    *child;
  PassendSheet    *sheet;
  g_autofree char *pdf = NULL;
  g_autofree char *size = NULL;
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;

  dossier = make_dossier (&child);
  sheet = add_sheet (dossier, child, 4, 3);
  pdf = export(dossier, sheet, GTK_PAPER_NAME_LETTER, "sheet-letter.pdf");

  size = page_size (pdf);
  g_assert_cmpstr (size, ==, "612 x 792");
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Worry4 he comes home"));
  g_assert_nonnull (strstr (text, "Documentsfield"));
  assert_margins_blank (pdf, count_pages (pdf));
}

static void
test_blank_sheet (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *child = passend_dossier_add_child (dossier, "Noor");
  g_autoptr (PassendSheet) sheet =
      passend_sheet_new (passend_record_get_id (PASSEND_RECORD (child)));
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;

  if (!have_poppler ())
    return;

  passend_dossier_add_sheet (dossier, sheet);
  pdf = export(dossier, sheet, GTK_PAPER_NAME_A4, "sheet-blank.pdf");
  text = pdf_text (pdf);

  /* A form to fill in by pen, with every heading. */
  g_assert_nonnull (strstr (text, "Noor"));
  g_assert_nonnull (strstr (text, "There are no open agreements."));
  g_assert_nonnull (strstr (text, "My goal"));
  g_assert_nonnull (strstr (text, "My points"));
  g_assert_nonnull (strstr (text, "Documents to bring"));
  g_assert_nonnull (strstr (text, "What we agreed"));
  g_assert_nonnull (strstr (text, "Next meeting"));
  assert_margins_blank (pdf, count_pages (pdf));

  name = passend_sheet_printer_suggest_name (dossier, sheet);
  g_assert_cmpstr (name, ==, "Preparation Noor 2026-11-23.pdf");
}

/* A file that cannot be written is an error to show, not a crash. */
static void
test_export_error (void)
{
  g_autoptr (PassendDossier) dossier = NULL;
  g_autoptr (PassendSheetPrinter) printer = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "no such folder", "sheet.pdf", NULL);
  PassendChild    *child;
  PassendSheet    *sheet;

  dossier = make_dossier (&child);
  sheet = add_sheet (dossier, child, 1, 1);
  printer = passend_sheet_printer_new (dossier, sheet);
  g_assert_false (passend_sheet_printer_export (printer, path, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* With the interface in Dutch, the sheet is in Dutch. */
static void
test_dutch (void)
{
  g_autoptr (PassendDossier) dossier = NULL;
  g_autofree char         *po_dir = NULL;
  g_autofree char         *pdf = NULL;
  g_autofree char         *text = NULL;
  g_autofree char         *name = NULL;
  PassendChild            *child;
  PassendSheet            *sheet;
  static const char *const expected[] = {
    "Voorbereiding van een gesprek over Sam",
    "1 december 2026, 14:30",
    "Uit mijn dossier",
    "Stap 2 van 6",
    "Open afspraken",
    "Uiterlijk op",
    "(te laat)",
    "Mijn punten",
    "Bijvoorbeeld",
    "Wat we hebben afgesproken",
    "Volgend gesprek",
    "Pagina 1 van ",
  };

  if (!have_poppler ())
    return;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  /* The translations as built, before they are installed. */
  po_dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, po_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "nl", TRUE);

  dossier = make_dossier (&child);
  sheet = add_sheet (dossier, child, 2, 1);
  pdf = export(dossier, sheet, GTK_PAPER_NAME_A4, "sheet-nl.pdf");
  text = pdf_text (pdf);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("“%s” is not in the Dutch PDF:\n%s", expected[i], text);
  assert_margins_blank (pdf, count_pages (pdf));

  name = passend_sheet_printer_suggest_name (dossier, sheet);
  g_assert_cmpstr (name, ==, "Voorbereiding Sam 2026-12-01.pdf");
}

/* The sheet names the child: its PDF is the parent's only (0600), also
 * where a file was there before, and nothing else is left beside it or
 * in the temporary folder. */
static void
test_export_private (void)
{
  g_autoptr (PassendDossier) dossier = NULL;
  g_autoptr (PassendSheetPrinter) printer = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_build_filename (tmp_dir, "private", NULL);
  g_autofree char *path = g_build_filename (folder, "sheet.pdf", NULL);
  g_autoptr (GDir) dir = NULL;
  PassendChild *child;
  PassendSheet *sheet;
  GStatBuf      info;
  mode_t        old_umask = umask (022);
  const char   *name;
  guint         n_files = 0;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);

  dossier = make_dossier (&child);
  sheet = add_sheet (dossier, child, 1, 1);
  printer = passend_sheet_printer_new (dossier, sheet);
  g_assert_true (passend_sheet_printer_export (printer, path, NULL, &error));
  g_assert_no_error (error);
  umask (old_umask);

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_cmpint (info.st_size, >, 1000);

  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  g_clear_pointer (&dir, g_dir_close);
  dir = g_dir_open (g_get_tmp_dir (), 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, "passend-export-"));
}

/* A long dispute has hundreds of open agreements: the sheet names the
 * few that matter for the talk (overdue first, then the school's) and
 * counts the rest, so it stays a page or two. */
static void
test_many_agreements (void)
{
  g_autoptr (PassendDossier) dossier = NULL;
  g_autoptr (PassendEntry) talk = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  PassendChild    *child;
  PassendSheet    *sheet;

  if (!have_poppler ())
    return;

  dossier = make_dossier (&child);
  talk = passend_entry_new (PASSEND_ENTRY_KIND_CONVERSATION, "2026-10-07", "Second talk");
  passend_entry_set_child_id (talk, passend_record_get_id (PASSEND_RECORD (child)));
  passend_dossier_add_entry (dossier, talk);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *what = g_strdup_printf ("Parent task %u", i);
      g_autoptr (PassendAgreement) agreement =
          passend_agreement_new (what, PASSEND_PARTY_PARENT, "2027-03-01");

      passend_dossier_add_entry_agreement (dossier, talk, agreement);
    }
  sheet = add_sheet (dossier, child, 1, 1);
  pdf = export(dossier, sheet, GTK_PAPER_NAME_A4, "sheet-many.pdf");

  g_assert_cmpuint (count_pages (pdf), <=, 2);
  text = pdf_text (pdf);
  /* The overdue one of school's and the open one of the parent's come
   * before the 300 later ones, which are counted. */
  g_assert_nonnull (strstr (text, "School sends the reading test results"));
  g_assert_nonnull (strstr (text, "I ask the GP about tiredness"));
  g_assert_nonnull (strstr (text, "Parent task 2"));
  g_assert_null (strstr (text, "Parent task 3"));
  g_assert_nonnull (strstr (text, "And 297 more open agreements"));
}

int
main (int argc, char *argv[])
{
  /* The export drafts looked for are this program's own. */
  g_autofree char *own_tmp = test_own_tmp_dir ("test-print");
  int              result;

  g_setenv ("NO_AT_BRIDGE", "1", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  passend_clock_set_today ("2026-11-23");

  tmp_dir = test_make_dir ();

  g_test_add_func ("/print/export-a4", test_export_a4);
  g_test_add_func ("/print/long-sheet", test_long_sheet);
  g_test_add_func ("/print/many-agreements", test_many_agreements);
  g_test_add_func ("/print/export-letter", test_export_letter);
  g_test_add_func ("/print/headings-kept-with-text", test_headings_kept_with_text);
  g_test_add_func ("/print/blank-sheet", test_blank_sheet);
  g_test_add_func ("/print/dutch", test_dutch);
  g_test_add_func ("/print/export-error", test_export_error);
  g_test_add_func ("/print/export-private", test_export_private);

  result = g_test_run ();
  test_remove_dir (tmp_dir);
  g_free (tmp_dir);
  test_remove_dir (own_tmp);
  return result;
}
