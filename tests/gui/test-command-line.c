/* test-command-line.c - `passend --list-deadlines` on a fixture dossier
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the code path and the built program (PASSEND_BIN), the latter
 * while the data folder is locked as an open Passend locks it.
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "passend-clock.h"
#include "passend-command-line.h"
#include "passend-deadlines.h"
#include "passend-reminders.h"
#include "test-util.h"

#define STAMP "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\""

/* Sam: a removal objection started 2026-03-02 (due 2026-04-13), one
 * met; Noor: an agreement due 2026-04-01, one without a date. */
static const char fixture[] =
    "{\"version\": 4, \"children\": ["
    "{\"id\": \"c1\", \"name\": \"Sam Jansen\", " STAMP "},"
    "{\"id\": \"c2\", \"name\": \"Noor\", " STAMP "}],"
    " \"agreements\": ["
    "{\"id\": \"a1\", \"child_id\": \"c2\", \"what\": \"Call back\", \"party\": \"school\","
    " \"due_date\": \"2026-04-01\", \"status\": \"open\", " STAMP "},"
    "{\"id\": \"a2\", \"child_id\": \"c2\", \"what\": \"Undated\", \"party\": \"school\","
    " \"status\": \"open\", " STAMP "}],"
    " \"clocks\": ["
    "{\"id\": \"k1\", \"child_id\": \"c1\", \"kind\": \"removal-objection\","
    " \"event\": \"removal-decision\", \"start_date\": \"2026-03-02\","
    " \"due_date\": \"2026-04-13\", \"status\": \"running\", " STAMP "},"
    "{\"id\": \"k2\", \"child_id\": \"c1\", \"kind\": \"avg-access\","
    " \"start_date\": \"2026-01-02\", \"due_date\": \"2026-02-02\", \"status\": \"met\","
    " \"status_date\": \"2026-01-20\", " STAMP "}]}";

static const char expected[] = "2026-04-01\tdue-soon\tagreement\tNoor\tCall back\n"
                               "2026-04-13\trunning\tremoval-objection\tSam\t";

static char *
make_home (char **folder)
{
  char            *home = test_make_dir ();
  g_autofree char *data = g_build_filename (home, "passend", NULL);

  g_assert_cmpint (g_mkdir (data, 0700), ==, 0);
  g_free (test_write_file (data, "dossier.json", fixture, -1));
  *folder = g_steal_pointer (&data);
  return home;
}

static void
test_code_path (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *home = make_home (&folder);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;

  passend_clock_set_today ("2026-03-28");
  text = passend_command_line_list_deadlines (folder, &error);
  passend_clock_set_today (NULL);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, expected));
  /* The title ends the line; the met clock and the undated agreement
   * are not listed. */
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_null (strstr (text, "avg-access"));
  g_assert_null (strstr (text, "Undated"));

  test_remove_dir (home);
}

static void
test_missing_dossier (void)
{
  g_autofree char *home = test_make_dir ();
  g_autofree char *folder = g_build_filename (home, "passend", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = passend_command_line_list_deadlines (folder, &error);

  /* Nothing is due, and no folder is made. */
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "");
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  test_remove_dir (home);
}

static void
test_program_while_locked (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *home = make_home (&folder);
  g_autofree char *path = g_build_filename (folder, "dossier.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) env = g_get_environ ();
  const char *argv[] = { g_getenv ("PASSEND_BIN"), "--list-deadlines", NULL };
  int         status = -1;
  int         fd;

  g_assert_nonnull (argv[0]);
  before = test_read_file (path, NULL);

  /* As an open Passend holds it. */
  fd = open (folder, O_RDONLY | O_DIRECTORY);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX | LOCK_NB), ==, 0);

  env = g_environ_setenv (env, "XDG_DATA_HOME", home, TRUE);
  env = g_environ_setenv (env, "PASSEND_TODAY", "2026-03-28", TRUE);
  env = g_environ_setenv (env, "LANGUAGE", "C", TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **)argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (out, expected));

  close (fd);
  after = test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, before);
  /* No backup, lock file or leftovers: the folder holds the one file. */
  g_assert_cmpuint (test_count_files (folder), ==, 1);
  test_remove_dir (home);
}

static void
test_check_reminders (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *home = make_home (&folder);
  g_autofree char *path = g_build_filename (folder, "dossier.json", NULL);
  g_autofree char *before = test_read_file (path, NULL);
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) env = g_get_environ ();
  const char *argv[] = { g_getenv ("PASSEND_BIN"), "--check-reminders", NULL };
  int         status = -1;

  /* The day before the objection is due: a reminder, and the dossier
   * is not written (its last reminded day stays). */
  env = g_environ_setenv (env, "XDG_DATA_HOME", home, TRUE);
  env = g_environ_setenv (env, "PASSEND_TODAY", "2026-04-12", TRUE);
  env = g_environ_unsetenv (env, "DBUS_SESSION_BUS_ADDRESS");
  g_assert_true (g_spawn_sync (NULL, (char **)argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  g_assert_null (strstr (err, "CRITICAL"));
  after = test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (test_count_files (folder), ==, 1);
  test_remove_dir (home);
}

static void
test_autostart (void)
{
  g_autofree char *path = passend_autostart_get_path ();
  g_autofree char *text = NULL;
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  const char *argv[] = { "desktop-file-validate", path, NULL };
  int         status = -1;

  g_assert_true (g_str_has_prefix (path, g_get_user_config_dir ()));
  g_assert_true (passend_autostart_set (TRUE, &error));
  g_assert_no_error (error);
  text = test_read_file (path, NULL);
  g_assert_nonnull (strstr (text, "\nExec=passend --check-reminders\n"));
  g_assert_cmpuint (test_file_mode (path), ==, 0600);

  if (g_find_program_in_path ("desktop-file-validate") == NULL)
    g_test_message ("desktop-file-validate is not installed: not validated");
  else
    {
      g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                                   NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_spawn_check_wait_status (status, &error));
      g_assert_no_error (error);
    }

  /* Off removes it; off again is no error. */
  g_assert_true (passend_autostart_set (FALSE, &error));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (passend_autostart_set (FALSE, &error));
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  g_autofree char *config = NULL;

  g_test_init (&argc, &argv, NULL);
  /* Its own settings folder: the UI tests run beside it. */
  config = test_make_dir ();
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);

  g_test_add_func ("/command-line/code-path", test_code_path);
  g_test_add_func ("/command-line/missing-dossier", test_missing_dossier);
  g_test_add_func ("/command-line/program-while-locked", test_program_while_locked);
  g_test_add_func ("/command-line/autostart", test_autostart);
  g_test_add_func ("/command-line/check-reminders", test_check_reminders);

  return g_test_run ();
}
