/* test-bundle-cli.c - `passend --export-bundle` on the fixture, while
 * the data folder is locked as an open Passend locks it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "bundle-fixture.h"
#include "test-util.h"

typedef struct
{
  char *out;
  char *err;
  int   status;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_passend (const char *home, const char *const *args, Run *run)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) env = g_get_environ ();

  g_assert_nonnull (g_getenv ("PASSEND_BIN"));
  g_ptr_array_add (argv, (char *)g_getenv ("PASSEND_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "XDG_DATA_HOME", home, TRUE);
  env = g_environ_setenv (env, "LANGUAGE", "C", TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **)argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &run->status, &error));
  g_assert_no_error (error);
}

static void
test_every_child_while_locked (void)
{
  g_autofree char *home = test_make_dir ();
  g_autofree char *data = fixture_make_data (home);
  g_autofree char *dossier = g_build_filename (data, "dossier.json", NULL);
  g_autofree char *out = g_build_filename (home, "bundle.pdf", NULL);
  g_autofree char *before = test_read_file (dossier, NULL);
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  g_auto (Run) run = { 0 };
  const char *args[] = { "--export-bundle", out, NULL };
  guint       files = test_count_files (data);
  int         fd = open (data, O_RDONLY | O_DIRECTORY);

  /* As an open Passend holds it. */
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX | LOCK_NB), ==, 0);
  run_passend (home, args, &run);
  close (fd);

  g_assert_true (g_spawn_check_wait_status (run.status, NULL));
  g_assert_nonnull (strstr (run.out, "14 pages, 5 entries, 4 exhibits"));
  g_assert_cmpuint (fixture_pdf_pages (out), ==, 14);
  g_assert_cmpuint (test_file_mode (out), ==, 0600);
  text = fixture_pdf_text (out, 0);
  g_assert_cmpuint (fixture_find (text, "Chronology: Sam"), <,
                    fixture_find (text, "Chronology: Noor"));
  fixture_find (text, "Exhibit 4 – page 14 of 14");

  /* Read, never written: the same file, nothing added. */
  after = test_read_file (dossier, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (test_count_files (data), ==, files);
  test_remove_dir (home);
}

static void
test_child_and_period (void)
{
  g_autofree char *home = test_make_dir ();
  g_autofree char *data = fixture_make_data (home);
  g_autofree char *out = g_build_filename (home, "march.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto (Run) run = { 0 };
  const char *args[] = { "--export-bundle", out,    "--child",    "sam", "--from",
                         "2026-03-01",      "--to", "2026-03-31", NULL };

  run_passend (home, args, &run);
  g_assert_true (g_spawn_check_wait_status (run.status, NULL));
  text = fixture_pdf_text (out, 0);
  fixture_find (text, "Child: Sam");
  fixture_find (text, "Mail about the plan");
  g_assert_null (strstr (text, "Talk with the teacher"));
  g_assert_null (strstr (text, "Noor"));
  test_remove_dir (home);
}

static void
test_refusals (void)
{
  g_autofree char *home = test_make_dir ();
  g_autofree char *data = fixture_make_data (home);
  g_autofree char *out = g_build_filename (home, "no.pdf", NULL);
  const char      *nobody[] = { "--export-bundle", out, "--child", "Nobody", NULL };
  const char      *bad_date[] = { "--export-bundle", out, "--from", "2026-13-01", NULL };
  const char      *backwards[] = { "--export-bundle", out, "--from", "2026-04-01", "--to",
                                   "2026-03-01",      NULL };
  g_auto (Run) first = { 0 };
  g_auto (Run) second = { 0 };
  g_auto (Run) third = { 0 };

  run_passend (home, nobody, &first);
  g_assert_false (g_spawn_check_wait_status (first.status, NULL));
  g_assert_nonnull (strstr (first.err, "The children are: Sam, Noor."));

  run_passend (home, bad_date, &second);
  g_assert_false (g_spawn_check_wait_status (second.status, NULL));
  g_assert_nonnull (strstr (second.err, "YYYY-MM-DD"));

  run_passend (home, backwards, &third);
  g_assert_false (g_spawn_check_wait_status (third.status, NULL));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  test_remove_dir (home);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bundle-cli/every-child-while-locked", test_every_child_while_locked);
  g_test_add_func ("/bundle-cli/child-and-period", test_child_and_period);
  g_test_add_func ("/bundle-cli/refusals", test_refusals);
  return g_test_run ();
}
