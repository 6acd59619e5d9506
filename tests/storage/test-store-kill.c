/* test-store-kill.c - saves killed at random moments lose nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A child process (this program, run again with --save-loop) adds a
 * child to the dossier and saves, over and over; it is killed with
 * SIGKILL at a random moment, at least 100 times.  After each kill the
 * dossier must read back whole, as the old or a newer save (never an
 * older one than before), and after the next start no temporary file
 * is left and no backup shares the dossier's inode.
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "store-helpers.h"

#define N_KILLS 120

static const char *self_path;

/* The child: saves until it is killed. */
static int
save_loop (const char *dir)
{
  g_autoptr (PassendStore) store = passend_store_new (dir);
  PassendDossier *dossier;

  passend_store_load (store, NULL);
  if (!passend_store_get_writable (store))
    return 2;
  /* A choice the parent would make: the newer version. */
  if (passend_store_get_conflict (store) == PASSEND_STORE_CONFLICT_FOUND)
    passend_store_resolve_conflict (store, PASSEND_STORE_USE_OTHER, NULL);

  dossier = passend_store_get_dossier (store);
  for (guint i = 0; i < 500; i++)
    {
      guint            n = g_list_model_get_n_items (passend_dossier_get_children (dossier));
      g_autofree char *name = g_strdup_printf ("Child %u", n);

      passend_dossier_add_child (dossier, name);
      if (!passend_store_save (store, NULL))
        return 3;
    }
  return 0;
}

/* The children are "Child 0" to "Child N-1", in order: returns N. */
static guint
check_complete (PassendDossier *dossier)
{
  GListModel *children = passend_dossier_get_children (dossier);
  guint       n = g_list_model_get_n_items (children);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendChild) child = g_list_model_get_item (children, i);
      g_autofree char *name = g_strdup_printf ("Child %u", i);

      g_assert_cmpstr (passend_child_get_name (child), ==, name);
    }
  return n;
}

static void
assert_no_shared_inode (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "dossier.json", NULL);
  struct stat      st;

  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_nlink, ==, 1);
}

/* How long after its start a child may be killed. A slow build (the
 * sanitizers) starts and saves more slowly: the window widens while
 * kills land before any new save. */
static gint32 kill_window_us = 40000;

static void
kill_child_at_random (const char *dir)
{
  const char *argv[] = { self_path, "--save-loop", dir, NULL };
  g_autoptr (GError) error = NULL;
  GPid pid;
  int  status;

  g_spawn_async (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error);
  g_assert_no_error (error);

  /* Starting takes some milliseconds; then each save takes a few. */
  g_usleep (g_random_int_range (2000, kill_window_us));
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  /* Killed, or done before it could be: either way not failed. */
  g_assert_true (WIFSIGNALED (status) || (WIFEXITED (status) && WEXITSTATUS (status) == 0));
  g_spawn_close_pid (pid);
}

static void
test_killed_saves (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr (PassendStore) first = store_test_open (dir, PASSEND_STORE_STATE_NEW);
  g_autofree char *padding = g_strnfill (256 * 1024, 'x');
  guint            last = 0, with_leftovers = 0, offered = 0, stalled = 0;

  /* Big enough that writing takes a moment, to be killed in. */
  passend_dossier_add_child (passend_store_get_dossier (first), "Child 0");
  store_test_add_entry (passend_store_get_dossier (first), "Padding", padding);
  store_test_save (first);
  g_clear_object (&first);
  last = 1;

  for (guint i = 0; i < N_KILLS; i++)
    {
      g_autoptr (PassendStore) store = NULL;
      guint n;

      kill_child_at_random (dir);
      if (store_test_count_temp_files (dir) > 0)
        with_leftovers++;

      /* The next start: the old or a newer dossier, whole. */
      store = store_test_open (dir, PASSEND_STORE_STATE_OK);
      n = check_complete (passend_store_get_dossier (store));
      g_assert_cmpuint (n, >=, last);

      if (passend_store_get_conflict (store) == PASSEND_STORE_CONFLICT_FOUND)
        {
          /* A complete save that was cut off before it took its name. */
          offered++;
          g_assert_true (passend_store_resolve_conflict (store, PASSEND_STORE_USE_OTHER, NULL));
          g_assert_cmpuint (check_complete (passend_store_get_dossier (store)), >, n);
          n = check_complete (passend_store_get_dossier (store));
        }
      stalled = n == last ? stalled + 1 : 0;
      if (stalled >= 5 && kill_window_us < 2 * G_USEC_PER_SEC)
        {
          kill_window_us *= 2;
          stalled = 0;
        }
      last = n;

      g_assert_cmpuint (store_test_count_temp_files (dir), ==, 0);
      g_assert_cmpuint (store_test_count_temp_files (backups), ==, 0);
      assert_no_shared_inode (dir);
    }

  g_test_message ("%u kills; %u left temporary files, %u a newer version to offer; "
                  "%u saves in the end",
                  N_KILLS, with_leftovers, offered, last);
  /* The kills did land in saves, not only before them. */
  g_assert_cmpuint (last, >, N_KILLS);

  test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  if (argc == 3 && strcmp (argv[1], "--save-loop") == 0)
    return save_loop (argv[2]);

  self_path = argv[0];
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/kill/killed-saves", test_killed_saves);

  return g_test_run ();
}
