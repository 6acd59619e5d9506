/* test-dossier-clocks.c - the dossier's list of clocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The clock record registers its type with the dossier (which sits
 * below the clocks folder); here the dossier reads, writes, checks and
 * removes clocks with the child and the entry they name.
 */
#include "config.h"

#include <string.h>

#include "passend-clock-record.h"
#include "passend-dossier.h"
#include "passend-error.h"

/* A dossier of version 3, as the build before clocks wrote it. */
static const char old_file[] =
    "{\"version\": 3, \"application\": \"Passend 0.3\","
    " \"children\": [{\"id\": \"c1\", \"created\": \"2026-01-01T10:00:00Z\","
    " \"modified\": \"2026-01-01T10:00:00Z\", \"name\": \"Sam Jansen\"}],"
    " \"entries\": [], \"agreements\": [], \"process\": [], \"plans\": [],"
    " \"documents\": [], \"sheets\": []}";

static PassendDossier *
read_text (const char *text, GError **error)
{
  return passend_dossier_new_from_text (text, strlen (text), error);
}

static char *
write_text (PassendDossier *dossier)
{
  gsize length;

  return passend_dossier_write (dossier, 0, &length);
}

/* A dossier with two children, an entry for the first, and a clock for
 * each child; the first clock was started by the entry. */
static PassendDossier *
make_dossier (PassendChild **child_a, PassendChild **child_b, PassendEntry **entry)
{
  PassendDossier *dossier = passend_dossier_new ();
  g_autoptr (PassendClock) first = NULL;
  g_autoptr (PassendClock) second = NULL;
  gpointer clocks[2];

  *child_a = passend_dossier_add_child (dossier, "Sam Jansen");
  *child_b = passend_dossier_add_child (dossier, "Noor Jansen");
  *entry = passend_entry_new (PASSEND_ENTRY_KIND_LETTER, "2026-03-02", "Removal decision");
  g_object_set (*entry, "child-id", passend_record_get_id (PASSEND_RECORD (*child_a)), NULL);
  passend_dossier_add_entry (dossier, *entry);
  g_object_unref (*entry); /* the dossier holds it */

  first = passend_clock_new (passend_record_get_id (PASSEND_RECORD (*child_a)), "removal-objection",
                             "2026-03-02", "2026-04-13");
  passend_clock_set_entry_id (first, passend_record_get_id (PASSEND_RECORD (*entry)));
  second = passend_clock_new (passend_record_get_id (PASSEND_RECORD (*child_b)), "avg-access",
                              "2026-03-01", "2026-04-01");
  clocks[0] = first;
  clocks[1] = second;
  passend_dossier_add_clocks (dossier, clocks, 2);

  return dossier;
}

static void
test_registered (void)
{
  g_assert_true (passend_dossier_get_clock_type () == PASSEND_TYPE_CLOCK);
  g_assert_cmpint (PASSEND_DOSSIER_VERSION, ==, 4);
}

static void
test_round_trip (void)
{
  PassendChild *a, *b;
  PassendEntry *entry;
  g_autoptr (PassendDossier) dossier = make_dossier (&a, &b, &entry);
  g_autoptr (PassendDossier) copy = NULL;
  g_autoptr (PassendClock) clock = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = write_text (dossier);
  g_autofree char *again = NULL;
  g_autoptr (GPtrArray) of_entry = NULL;

  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "\"version\": 4"));
  g_assert_nonnull (strstr (text, "\"clocks\": ["));

  copy = read_text (text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_clocks (copy)), ==, 2);
  clock = g_list_model_get_item (passend_dossier_get_clocks (copy), 0);
  g_assert_true (PASSEND_IS_CLOCK (clock));
  g_assert_cmpstr (passend_clock_get_kind (clock), ==, "removal-objection");
  g_assert_cmpstr (passend_clock_get_entry_id (clock), ==,
                   passend_record_get_id (PASSEND_RECORD (entry)));

  entry = passend_dossier_find_entry (copy, passend_record_get_id (PASSEND_RECORD (entry)));
  of_entry = passend_dossier_get_entry_clocks (copy, entry);
  g_assert_cmpuint (of_entry->len, ==, 1);
  g_assert_true (g_ptr_array_index (of_entry, 0) == (gpointer)clock);

  /* The parse tree says the same as the streaming reader. */
  {
    g_autoptr (JsonNode) root = passend_dossier_to_json (dossier);
    g_autoptr (PassendDossier) from_tree = passend_dossier_new_from_json (root, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_clocks (from_tree)), ==, 2);
  }

  again = write_text (copy);
  g_assert_cmpstr (again, ==, text);
}

static void
test_old_file (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PassendDossier) dossier = read_text (old_file, &error);
  g_autofree char *text = NULL;
  g_autoptr (PassendDossier) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (passend_dossier_get_file_version (dossier), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_children (dossier)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_clocks (dossier)), ==, 0);

  /* Written as a version 4 file, with an empty list of clocks. */
  text = write_text (dossier);
  g_assert_nonnull (strstr (text, "\"clocks\": []"));
  again = read_text (text, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_dossier_get_file_version (again), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_children (again)), ==, 1);
}

static void
test_bad_references (void)
{
  PassendChild *a, *b;
  PassendEntry *entry;
  g_autoptr (PassendDossier) dossier = make_dossier (&a, &b, &entry);
  g_autofree char *text = write_text (dossier);
  const char      *child_b = passend_record_get_id (PASSEND_RECORD (b));
  const char      *entry_id = passend_record_get_id (PASSEND_RECORD (entry));
  struct
  {
    const char *from, *to;
  } cases[] = {
    { child_b, "no-such-child" },
    { entry_id, "no-such-entry" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PassendDossier) bad = NULL;
      g_autofree char *broken = NULL;
      const char      *clocks = strstr (text, "\"clocks\"");
      g_autoptr (GString) tail = NULL;

      /* Only the clocks' references change. */
      g_assert_nonnull (clocks);
      tail = g_string_new (clocks);
      g_assert_cmpuint (g_string_replace (tail, cases[i].from, cases[i].to, 0), ==, 1);
      broken = g_strdup_printf ("%.*s%s", (int)(clocks - text), text, tail->str);

      bad = read_text (broken, &error);
      g_assert_null (bad);
      g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "clock 1") ?: strstr (error->message, "clock 2"));
    }
}

static void
test_remove_child (void)
{
  PassendChild *a, *b;
  PassendEntry *entry;
  g_autoptr (PassendDossier) dossier = make_dossier (&a, &b, &entry);
  g_autoptr (PassendClock) left = NULL;
  g_autoptr (GError) error = NULL;

  /* The entry moved to the second child after its clock was started:
   * removing the first child takes its clock, and the other keeps
   * running. */
  g_object_set (entry, "child-id", passend_record_get_id (PASSEND_RECORD (b)), NULL);
  passend_dossier_remove_child (dossier, b);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_clocks (dossier)), ==, 1);
  left = g_list_model_get_item (passend_dossier_get_clocks (dossier), 0);
  g_assert_cmpstr (passend_clock_get_kind (left), ==, "removal-objection");
  g_assert_null (passend_clock_get_entry_id (left));
  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);

  passend_dossier_remove_child (dossier, a);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_clocks (dossier)), ==, 0);
}

static void
test_remove_entry_and_undo (void)
{
  PassendChild *a, *b;
  PassendEntry *entry;
  g_autoptr (PassendDossier) dossier = make_dossier (&a, &b, &entry);
  g_autoptr (PassendClock) clock = g_list_model_get_item (passend_dossier_get_clocks (dossier), 0);
  g_autofree char *entry_id = g_strdup (passend_record_get_id (PASSEND_RECORD (entry)));
  g_autoptr (PassendRemoval) removal = NULL;
  g_autoptr (GError) error = NULL;

  removal = passend_dossier_remove_entry (dossier, entry);
  g_assert_nonnull (removal);
  /* The term still runs; it no longer names the entry. */
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_clocks (dossier)), ==, 2);
  g_assert_null (passend_clock_get_entry_id (clock));
  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);

  g_assert_true (passend_dossier_restore (dossier, removal));
  g_assert_cmpstr (passend_clock_get_entry_id (clock), ==, entry_id);
  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);
}

static void
count_cb (PassendDossier *dossier, guint *count)
{
  (*count)++;
}

static void
test_add_and_change (void)
{
  PassendChild *a, *b;
  PassendEntry *entry;
  g_autoptr (PassendDossier) dossier = make_dossier (&a, &b, &entry);
  g_autoptr (PassendClock) clock = g_list_model_get_item (passend_dossier_get_clocks (dossier), 1);
  guint changes = 0;
  guint clock_changes = 0;

  g_signal_connect (dossier, "changed", G_CALLBACK (count_cb), &changes);
  g_signal_connect (dossier, "changed::PassendClock", G_CALLBACK (count_cb), &clock_changes);

  /* A clock met is a change to save. */
  passend_clock_mark_met (clock, "2026-03-20");
  g_assert_cmpuint (clock_changes, >, 0);

  changes = 0;
  passend_dossier_remove_clock (dossier, clock);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_clocks (dossier)), ==, 1);
}

static void
test_start_clocks (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *child = passend_dossier_add_child (dossier, "Sam Jansen");
  const char   *child_id = passend_record_get_id (PASSEND_RECORD (child));
  g_autoptr (PassendEntry) entry =
      passend_entry_new (PASSEND_ENTRY_KIND_LETTER, "2026-03-02", "Removal decision");
  g_autoptr (GPtrArray) proposals = passend_clock_propose ("removal-decision", "2026-03-02", NULL);
  g_autoptr (GPtrArray) accepted = g_ptr_array_new ();
  g_autoptr (GPtrArray) started = NULL;
  g_autoptr (GPtrArray) of_entry = NULL;
  guint changes = 0;

  g_object_set (entry, "child-id", child_id, NULL);
  passend_dossier_add_entry (dossier, entry);
  g_assert_cmpuint (proposals->len, >=, 2);

  /* The parent accepts the objection with a later start (the letter
   * came two days later) and declines the rest. */
  for (guint i = 0; i < proposals->len; i++)
    {
      PassendClockProposal *proposal = g_ptr_array_index (proposals, i);

      if (g_str_equal (proposal->kind->keyword, "removal-objection"))
        {
          passend_clock_proposal_set_start_date (proposal, "2026-03-04", NULL);
          g_ptr_array_add (accepted, proposal);
        }
      if (g_str_equal (proposal->kind->keyword, "gpo-request"))
        g_ptr_array_add (accepted, proposal);
    }
  g_assert_cmpuint (accepted->len, ==, 2);

  g_signal_connect (dossier, "changed", G_CALLBACK (count_cb), &changes);
  started = passend_dossier_start_clocks (dossier, entry, child_id, accepted);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (started->len, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_clocks (dossier)), ==, 2);

  of_entry = passend_dossier_get_entry_clocks (dossier, entry);
  g_assert_cmpuint (of_entry->len, ==, 2);
  g_assert_cmpstr (passend_clock_get_kind (g_ptr_array_index (of_entry, 0)), ==,
                   "removal-objection");
  g_assert_cmpstr (passend_clock_get_start_date (g_ptr_array_index (of_entry, 0)), ==,
                   "2026-03-04");
  /* Six weeks after 4 March 2026 is 15 April 2026, a Wednesday. */
  g_assert_cmpstr (passend_clock_get_due_date (g_ptr_array_index (of_entry, 0)), ==, "2026-04-15");
  g_assert_cmpstr (passend_clock_get_event (g_ptr_array_index (of_entry, 1)), ==,
                   "removal-decision");
  g_assert_cmpstr (passend_clock_get_child_id (g_ptr_array_index (of_entry, 1)), ==, child_id);
}

/* A reply may meet the clocks that wait for the other side's answer:
 * running ones of that child, started by the reply's day; never the
 * parent's own terms, nor one already met. */
static void
test_awaiting_reply (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  PassendChild *noor = passend_dossier_add_child (dossier, "Noor");
  const char   *sam_id = passend_record_get_id (PASSEND_RECORD (sam));
  const char   *noor_id = passend_record_get_id (PASSEND_RECORD (noor));
  g_autoptr (PassendClock) file =
      passend_clock_new (sam_id, "avg-access", "2026-03-02", "2026-04-02");
  g_autoptr (PassendClock) objection =
      passend_clock_new (sam_id, "removal-objection", "2026-03-02", "2026-04-13");
  g_autoptr (PassendClock) board =
      passend_clock_new (sam_id, "removal-objection-decision", "2026-03-10", "2026-04-07");
  g_autoptr (PassendClock) other =
      passend_clock_new (noor_id, "avg-access", "2026-03-01", "2026-04-01");
  g_autoptr (PassendClock) later =
      passend_clock_new (sam_id, "admission-decision", "2026-03-20", "2026-05-01");
  gpointer clocks[] = { file, objection, board, other, later };
  g_autoptr (GPtrArray) found = NULL;

  passend_dossier_add_clocks (dossier, clocks, G_N_ELEMENTS (clocks));

  found = passend_dossier_find_clocks_awaiting_reply (dossier, sam_id, "2026-03-12");
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_true (g_ptr_array_index (found, 0) == (gpointer)file);
  g_assert_true (g_ptr_array_index (found, 1) == (gpointer)board);
  g_clear_pointer (&found, g_ptr_array_unref);

  passend_clock_mark_met (file, "2026-03-12");
  found = passend_dossier_find_clocks_awaiting_reply (dossier, sam_id, "2026-03-25");
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_true (g_ptr_array_index (found, 0) == (gpointer)board);
  g_assert_true (g_ptr_array_index (found, 1) == (gpointer)later);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* No child: nothing to ask about. */
  found = passend_dossier_find_clocks_awaiting_reply (dossier, NULL, "2026-03-25");
  g_assert_cmpuint (found->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dossier-clocks/registered", test_registered);
  g_test_add_func ("/dossier-clocks/round-trip", test_round_trip);
  g_test_add_func ("/dossier-clocks/old-file", test_old_file);
  g_test_add_func ("/dossier-clocks/bad-references", test_bad_references);
  g_test_add_func ("/dossier-clocks/remove-child", test_remove_child);
  g_test_add_func ("/dossier-clocks/remove-entry-and-undo", test_remove_entry_and_undo);
  g_test_add_func ("/dossier-clocks/add-and-change", test_add_and_change);
  g_test_add_func ("/dossier-clocks/start-clocks", test_start_clocks);
  g_test_add_func ("/dossier-clocks/awaiting-reply", test_awaiting_reply);

  return g_test_run ();
}
