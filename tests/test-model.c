/* test-model.c - children, entries, agreements and the dossier in memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "passend-clock.h"
#include "passend-dossier.h"
#include "passend-error.h"
#include "passend-safe-json.h"
#include "passend-text.h"

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
test_text_fold (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "Zorgcoördinator", "zorgcoordinator" },
    { "ÉCOLE Één", "ecole een" },
    { "Straße", "strasse" },
    { "IB'er", "ib'er" },
    { "Crème brûlée", "creme brulee" },
    { "نور", "نور" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = passend_text_fold (cases[i].in);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_entry_search (void)
{
  g_autoptr(PassendEntry) entry = passend_entry_new (PASSEND_ENTRY_KIND_PHONE_CALL,
                                                     "2026-03-13", "Gesprek met de zorgcoördinator");
  g_autofree char *query = passend_text_fold ("ZORGCOORDINATOR");
  g_autofree char *other = passend_text_fold ("leerplicht");
  g_autofree char *in_text = passend_text_fold ("Rekenen");

  g_assert_true (passend_entry_matches (entry, query));
  g_assert_false (passend_entry_matches (entry, other));
  g_assert_false (passend_entry_matches (entry, in_text));

  /* The cached key follows the text. */
  passend_entry_set_text (entry, "Extra hulp bij rekenen afgesproken.");
  g_assert_true (passend_entry_matches (entry, in_text));
  g_assert_true (passend_entry_matches (entry, ""));
}

static void
test_agreement_overdue (void)
{
  g_autoptr(PassendAgreement) agreement =
    passend_agreement_new ("School sends the report", PASSEND_PARTY_SCHOOL, "2026-03-20");
  g_autoptr(PassendAgreement) undated =
    passend_agreement_new ("We talk again", PASSEND_PARTY_PARENT, NULL);

  g_assert_false (passend_agreement_is_overdue (agreement, "2026-03-20"));
  g_assert_true (passend_agreement_is_overdue (agreement, "2026-03-21"));
  g_assert_false (passend_agreement_is_overdue (undated, "2099-01-01"));

  passend_clock_set_today ("2026-03-25");
  passend_agreement_set_status (agreement, PASSEND_AGREEMENT_STATUS_DONE);
  g_assert_false (passend_agreement_is_overdue (agreement, "2026-03-21"));
  {
    g_autofree char *status_date = NULL;

    g_object_get (agreement, "status-date", &status_date, NULL);
    g_assert_cmpstr (status_date, ==, "2026-03-25");
  }
  passend_clock_set_today (NULL);
}

static void
test_clock_can_be_fixed (void)
{
  g_autofree char *fixed = NULL;
  g_autofree char *real = NULL;

  passend_clock_set_today ("2030-02-28");
  fixed = passend_clock_get_today ();
  g_assert_cmpstr (fixed, ==, "2030-02-28");
  passend_clock_set_today (NULL);
  real = passend_clock_get_today ();
  g_assert_true (passend_date_is_valid (real));
  g_assert_cmpstr (real, !=, "2030-02-28");
}

static void
test_changed_signal (void)
{
  g_autoptr(PassendDossier) dossier = passend_dossier_new ();
  PassendChild *child;
  guint changes = 0;

  g_signal_connect (dossier, "changed", G_CALLBACK (count_cb), &changes);

  child = passend_dossier_add_child (dossier, "  Sam  ");
  g_assert_cmpstr (passend_child_get_name (child), ==, "Sam");
  g_assert_cmpuint (changes, ==, 1);

  passend_child_set_name (child, "Sam");   /* no real change */
  g_assert_cmpuint (changes, ==, 1);
  passend_child_set_name (child, "Samira");
  g_assert_cmpuint (changes, ==, 2);

  g_assert_null (passend_dossier_add_child (dossier, "   "));
  g_assert_cmpuint (changes, ==, 2);
}

static void
test_remove_child_cascades (void)
{
  g_autoptr(PassendDossier) dossier = passend_dossier_new ();
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  PassendChild *noor = passend_dossier_add_child (dossier, "Noor");
  g_autoptr(PassendEntry) e1 = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-01-05", "Sam 1");
  g_autoptr(PassendEntry) e2 = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-01-06", "Noor 1");
  g_autoptr(PassendEntry) e3 = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-01-07", "Both");
  g_autoptr(PassendAgreement) a1 = passend_agreement_new ("Test", PASSEND_PARTY_SCHOOL, NULL);
  g_autoptr(GError) error = NULL;

  passend_entry_set_child_id (e1, passend_record_get_id (PASSEND_RECORD (sam)));
  passend_entry_set_child_id (e2, passend_record_get_id (PASSEND_RECORD (noor)));
  passend_dossier_add_entry (dossier, e1);
  passend_dossier_add_entry (dossier, e2);
  passend_dossier_add_entry (dossier, e3);
  g_object_set (a1, "entry-id", passend_record_get_id (PASSEND_RECORD (e1)),
                "child-id", passend_record_get_id (PASSEND_RECORD (sam)), NULL);
  passend_dossier_add_agreement (dossier, a1);
  passend_dossier_get_process_state (dossier, sam);
  passend_dossier_get_process_state (dossier, noor);

  g_assert_cmpuint (passend_dossier_count_entries (dossier, sam), ==, 1);
  g_assert_true (passend_dossier_validate (dossier, &error));

  passend_dossier_remove_child (dossier, sam);

  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_children (dossier)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_agreements (dossier)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_process_states (dossier)), ==, 1);
  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);
}

static void
test_remove_entry_takes_its_agreements (void)
{
  g_autoptr(PassendDossier) dossier = passend_dossier_new ();
  g_autoptr(PassendEntry) talk = passend_entry_new (PASSEND_ENTRY_KIND_CONVERSATION, "2026-02-01", "Talk");
  g_autoptr(PassendEntry) call = passend_entry_new (PASSEND_ENTRY_KIND_PHONE_CALL, "2026-02-02", "Call");
  g_autoptr(PassendAgreement) in_talk = passend_agreement_new ("Report", PASSEND_PARTY_SCHOOL, NULL);
  g_autoptr(PassendAgreement) in_call = passend_agreement_new ("Call back", PASSEND_PARTY_PARENT, NULL);
  g_autoptr(PassendRemoval) removal = NULL;
  guint changes = 0;

  passend_dossier_add_entry (dossier, talk);
  passend_dossier_add_entry (dossier, call);
  g_object_set (in_talk, "entry-id", passend_record_get_id (PASSEND_RECORD (talk)), NULL);
  g_object_set (in_call, "entry-id", passend_record_get_id (PASSEND_RECORD (call)), NULL);
  passend_dossier_add_agreement (dossier, in_talk);
  passend_dossier_add_agreement (dossier, in_call);

  g_signal_connect (dossier, "changed", G_CALLBACK (count_cb), &changes);
  removal = passend_dossier_remove_entry (dossier, talk);

  g_assert_nonnull (removal);

  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_agreements (dossier)), ==, 1);
  {
    g_autoptr(PassendAgreement) left = g_list_model_get_item (passend_dossier_get_agreements (dossier), 0);

    g_assert_true (left == in_call);
  }

  /* A removed entry no longer reports changes to the dossier. */
  passend_entry_set_text (talk, "changed after removal");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (passend_dossier_validate (dossier, NULL));
}

static void
test_validate_catches_bad_data (void)
{
  g_autoptr(PassendDossier) dossier = passend_dossier_new ();
  g_autoptr(PassendEntry) entry = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-01-05", "Note");
  g_autoptr(GError) error = NULL;

  passend_dossier_add_entry (dossier, entry);
  g_assert_true (passend_dossier_validate (dossier, NULL));

  passend_entry_set_child_id (entry, "no-such-child");
  g_assert_false (passend_dossier_validate (dossier, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);

  passend_entry_set_child_id (entry, NULL);
  g_object_set (entry, "date", "2026-13-01", NULL);
  g_assert_false (passend_dossier_validate (dossier, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
}

static void
test_json_round_trip (void)
{
  g_autoptr(PassendDossier) dossier = passend_dossier_new ();
  g_autoptr(PassendDossier) copy = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendEntry) entry = passend_entry_new (PASSEND_ENTRY_KIND_PHONE_CALL, "2026-02-01", "Call");
  g_autoptr(PassendAgreement) agreement = passend_agreement_new ("Report", PASSEND_PARTY_SCHOOL, "2026-02-15");
  g_autoptr(PassendEntry) entry2 = NULL;
  g_autoptr(PassendAgreement) agreement2 = NULL;
  g_autoptr(PassendProcessState) state2 = NULL;
  PassendChild *child = passend_dossier_add_child (dossier, "Sam");
  PassendProcessState *state = passend_dossier_get_process_state (dossier, child);
  const char * const checked[] = { "asked-goal", "wrote-examples", NULL };
  g_autofree char *time = NULL;
  g_auto(GStrv) checked2 = NULL;

  g_object_set (entry, "time", "09:30", "text", "Spoke with the teacher.",
                "child-id", passend_record_get_id (PASSEND_RECORD (child)), NULL);
  passend_dossier_add_entry (dossier, entry);
  g_object_set (agreement, "entry-id", passend_record_get_id (PASSEND_RECORD (entry)),
                "who-name", "Ms de Vries", NULL);
  passend_agreement_set_status (agreement, PASSEND_AGREEMENT_STATUS_NOT_KEPT);
  passend_dossier_add_agreement (dossier, agreement);
  passend_process_state_set_step (state, 5);
  g_object_set (state, "checked", checked, NULL);

  root = passend_dossier_to_json (dossier);
  copy = passend_dossier_new_from_json (root, &error);
  g_assert_no_error (error);

  entry2 = g_list_model_get_item (passend_dossier_get_entries (copy), 0);
  g_assert_cmpstr (passend_record_get_id (PASSEND_RECORD (entry2)), ==,
                   passend_record_get_id (PASSEND_RECORD (entry)));
  g_assert_cmpint (passend_entry_get_kind (entry2), ==, PASSEND_ENTRY_KIND_PHONE_CALL);
  g_object_get (entry2, "time", &time, NULL);
  g_assert_cmpstr (time, ==, "09:30");
  g_assert_cmpstr (passend_record_get_modified (PASSEND_RECORD (entry2)), ==,
                   passend_record_get_modified (PASSEND_RECORD (entry)));

  agreement2 = g_list_model_get_item (passend_dossier_get_agreements (copy), 0);
  g_assert_cmpint (passend_agreement_get_status (agreement2), ==, PASSEND_AGREEMENT_STATUS_NOT_KEPT);
  g_assert_cmpint (passend_agreement_get_party (agreement2), ==, PASSEND_PARTY_SCHOOL);
  g_assert_cmpstr (passend_agreement_get_due_date (agreement2), ==, "2026-02-15");

  state2 = g_list_model_get_item (passend_dossier_get_process_states (copy), 0);
  g_assert_cmpint (passend_process_state_get_step (state2), ==, 5);
  g_object_get (state2, "checked", &checked2, NULL);
  g_assert_true (g_strv_equal ((const char * const *) checked2, checked));

  /* Written straight from the records, the text is exactly what the
   * general writer makes of the tree: one format, two ways. */
  {
    gsize direct_length, tree_length;
    g_autofree char *direct = passend_dossier_write (dossier, 0, &direct_length);
    g_autofree char *from_tree = passend_safe_json_write (root, 0, &tree_length);

    g_assert_cmpstr (direct, ==, from_tree);
    g_assert_cmpuint (direct_length, ==, tree_length);
  }

  /* Reading while parsing builds the same dossier as reading the tree. */
  {
    gsize length, again_length;
    g_autofree char *text = passend_dossier_write (dossier, 0, &length);
    g_autoptr(PassendDossier) streamed = passend_dossier_new_from_text (text, length, &error);
    g_autofree char *again = NULL;

    g_assert_no_error (error);
    again = passend_dossier_write (streamed, 0, &again_length);
    g_assert_cmpstr (again, ==, text);
  }

  /* Keywords, not numbers or translations, in the file. */
  {
    JsonObject *obj = json_node_get_object (root);
    JsonObject *e = json_array_get_object_element (json_object_get_array_member (obj, "entries"), 0);
    JsonObject *a = json_array_get_object_element (json_object_get_array_member (obj, "agreements"), 0);

    g_assert_cmpint (json_object_get_int_member (obj, "version"), ==, PASSEND_DOSSIER_VERSION);
    g_assert_cmpstr (json_object_get_string_member (e, "kind"), ==, "phone-call");
    g_assert_cmpstr (json_object_get_string_member (a, "status"), ==, "not-kept");
  }
}

static void
test_dates_checked (void)
{
  g_assert_true (passend_date_is_valid ("2024-02-29"));
  g_assert_false (passend_date_is_valid ("2023-02-29"));
  g_assert_false (passend_date_is_valid ("2023-2-28"));
  g_assert_false (passend_date_is_valid ("0000-01-01"));
  g_assert_false (passend_date_is_valid (NULL));
  g_assert_true (passend_time_is_valid ("23:59"));
  g_assert_false (passend_time_is_valid ("24:00"));
  g_assert_true (passend_moment_is_valid ("2026-01-01T10:00:00.123Z"));
  g_assert_false (passend_moment_is_valid ("2026-01-01"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/text-fold", test_text_fold);
  g_test_add_func ("/model/entry-search", test_entry_search);
  g_test_add_func ("/model/agreement-overdue", test_agreement_overdue);
  g_test_add_func ("/model/clock-can-be-fixed", test_clock_can_be_fixed);
  g_test_add_func ("/model/changed-signal", test_changed_signal);
  g_test_add_func ("/model/remove-child-cascades", test_remove_child_cascades);
  g_test_add_func ("/model/remove-entry-takes-its-agreements", test_remove_entry_takes_its_agreements);
  g_test_add_func ("/model/validate-catches-bad-data", test_validate_catches_bad_data);
  g_test_add_func ("/model/json-round-trip", test_json_round_trip);
  g_test_add_func ("/model/dates-checked", test_dates_checked);

  return g_test_run ();
}
