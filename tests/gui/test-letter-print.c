/* test-letter-print.c - every letter exported to PDF, checked with
 * poppler's tools
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (suite "ui").  Set PASSEND_PRINT_TEST_KEEP to a
 * folder to keep the PDFs for a look.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <gtk/gtk.h>

#include "passend-clock.h"
#include "passend-letter-printer.h"
#include "test-util.h"

static char *tmp_dir;

static char *
run (const char *const *argv)
{
  char *out = NULL;
  int   status;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  return out;
}

static char *export(PassendLetter *letter, const char *name)
{
  g_autoptr (PassendLetterPrinter) printer = passend_letter_printer_new (letter);
  g_autoptr (GError) error = NULL;
  char       *path = g_build_filename (tmp_dir, name, NULL);
  const char *keep = g_getenv ("PASSEND_PRINT_TEST_KEEP");

  g_assert_true (passend_letter_printer_export (printer, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (test_file_mode (path), ==, 0600);
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

static PassendDossier *
make_dossier (PassendChild **child)
{
  PassendDossier *dossier = passend_dossier_new ();

  *child = passend_dossier_add_child (dossier, "Sam");
  passend_child_set_detail (*child, "parent-name", "Anna Jansen");
  passend_child_set_detail (*child, "parent-address", "Laan 5\n1234 CD Dorp");
  passend_child_set_detail (*child, "school-name", "Basisschool De Regenboog");
  passend_child_set_detail (*child, "school-address", "Schoolstraat 1\n1234 AB Dorp");
  passend_child_set_detail (*child, "school-board", "Stichting Primair Dorp");
  passend_child_set_detail (*child, "school-contact", "mevrouw De Vries");
  return dossier;
}

/* Each letter in Dutch: both addresses, the date, the subject, the text
 * and the page number are in the PDF, on A4. */
static void
test_every_letter (void)
{
  PassendChild *child;
  g_autoptr (PassendDossier) dossier = make_dossier (&child);
  guint                               n;
  const PassendLetterTemplate *const *letters = passend_letter_templates_get_all (&n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendLetter) letter = passend_letter_new (letters[i], dossier, child, "nl");
      g_autofree char *name =
          g_strdup_printf ("%s-nl.pdf", passend_letter_template_get_id (letters[i]));
      g_autofree char *pdf = export(letter, name);
      const char      *text_argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
      const char      *info_argv[] = { "pdfinfo", pdf, NULL };
      g_autofree char *text = run (text_argv);
      g_autofree char *info = run (info_argv);
      g_autofree char *flat = g_strdup (text);
      g_autofree char *subject = g_strdup_printf (
          "Onderwerp: %s", passend_letter_get_part (letter, PASSEND_LETTER_SUBJECT));
      g_auto (GStrv) recipient =
          g_strsplit (passend_letter_get_part (letter, PASSEND_LETTER_RECIPIENT), "\n", -1);

      g_test_message ("%s", name);
      g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));
      g_assert_nonnull (strstr (text, "Anna Jansen\nLaan 5\n1234 CD Dorp"));
      for (guint r = 0; recipient[r] != NULL; r++)
        g_assert_nonnull (strstr (text, recipient[r]));
      g_assert_nonnull (strstr (text, "2 december 2026"));
      /* A long subject wraps: compare it as one line. */
      g_assert_nonnull (strstr (g_strdelimit (flat, "\n", ' '), subject));
      g_assert_nonnull (strstr (text, "Met vriendelijke groet,"));
      g_assert_nonnull (strstr (text, "Pagina 1 van 1"));
    }
}

/* A long letter goes on over pages, each numbered, no line lost. */
static void
test_pages (void)
{
  PassendChild *child;
  g_autoptr (PassendDossier) dossier = make_dossier (&child);
  g_autoptr (PassendLetter) letter =
      passend_letter_new (passend_letter_template_find ("complaint"), dossier, child, "en");
  g_autoptr (GString) body = g_string_new (NULL);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  for (guint i = 1; i <= 120; i++)
    g_string_append_printf (body, "Point %u of the complaint.\n", i);
  passend_letter_set_part (letter, PASSEND_LETTER_BODY, body->str);
  pdf = export(letter, "complaint-long-en.pdf");
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

    text = run (argv);
  }
  g_assert_nonnull (strstr (text, "Subject: "));
  for (guint i = 1; i <= 120; i++)
    {
      g_autofree char *line = g_strdup_printf ("Point %u of the complaint.", i);

      g_assert_nonnull (strstr (text, line));
    }
  g_assert_nonnull (strstr (text, "Page 1 of 3"));
  g_assert_nonnull (strstr (text, "Page 3 of 3"));
}

int
main (int argc, char *argv[])
{
  g_autofree char *localedir = NULL;
  int              status;

  setlocale (LC_ALL, "C.UTF-8");
  gtk_test_init (&argc, &argv, NULL);
  if (g_find_program_in_path ("pdftotext") == NULL)
    g_error ("poppler-utils (pdftotext, pdfinfo) are not installed");
  localedir = g_test_build_filename (G_TEST_BUILT, "..", "..", "po", NULL);
  passend_letters_set_localedir (localedir);
  passend_clock_set_today ("2026-12-02");
  tmp_dir = test_make_dir ();

  g_test_add_func ("/letter-print/every-letter", test_every_letter);
  g_test_add_func ("/letter-print/pages", test_pages);
  status = g_test_run ();
  test_remove_dir (tmp_dir);
  g_free (tmp_dir);
  return status;
}
