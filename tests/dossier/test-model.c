/* test-model.c - children, entries, agreements and the dossier in memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "passend-clock.h"
#include "passend-dossier.h"
#include "passend-steps.h"
#include "passend-error.h"
#include "passend-safe-json.h"
#include "passend-text.h"

static void
count_cb (gpointer instance, guint *count)
{
  (*count)++;
}

static void
test_text_fold (void)
{
  static const struct
  {
    const char *in, *out;
  } cases[] = {
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
  g_autoptr (PassendEntry) entry = passend_entry_new (PASSEND_ENTRY_KIND_PHONE_CALL, "2026-03-13",
                                                      "Gesprek met de zorgcoördinator");
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
  g_autoptr (PassendAgreement) agreement =
      passend_agreement_new ("School sends the report", PASSEND_PARTY_SCHOOL, "2026-03-20");
  g_autoptr (PassendAgreement) undated =
      passend_agreement_new ("We talk again", PASSEND_PARTY_PARENT, NULL);

  g_assert_false (passend_agreement_is_overdue (agreement, "2026-03-20"));
  g_assert_true (passend_agreement_is_overdue (agreement, "2026-03-21"));
  g_assert_false (passend_agreement_is_overdue (undated, "2099-01-01"));
  g_assert_cmpuint (passend_agreement_get_days_overdue (agreement, "2026-03-20"), ==, 0);
  g_assert_cmpuint (passend_agreement_get_days_overdue (agreement, "2026-03-21"), ==, 1);
  g_assert_cmpuint (passend_agreement_get_days_overdue (agreement, "2026-04-01"), ==, 12);
  g_assert_cmpuint (passend_agreement_get_days_overdue (undated, "2099-01-01"), ==, 0);

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
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *child;
  guint         changes = 0;

  g_signal_connect (dossier, "changed", G_CALLBACK (count_cb), &changes);

  child = passend_dossier_add_child (dossier, "  Sam  ");
  g_assert_cmpstr (passend_child_get_name (child), ==, "Sam");
  g_assert_cmpuint (changes, ==, 1);

  passend_child_set_name (child, "Sam"); /* no real change */
  g_assert_cmpuint (changes, ==, 1);
  passend_child_set_name (child, "Samira");
  g_assert_cmpuint (changes, ==, 2);

  g_assert_null (passend_dossier_add_child (dossier, "   "));
  g_assert_cmpuint (changes, ==, 2);
}

/* The school and the parent's address: kept through a save, and not
 * written at all while empty, so an older file is written as before. */
static void
test_child_details (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendDossier) again = NULL;
  PassendChild    *child = passend_dossier_add_child (dossier, "Sam");
  gsize            length;
  g_autofree char *text = passend_dossier_write (dossier, 0, &length);
  g_autofree char *written = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_null (strstr (text, "school_name"));
  g_assert_null (passend_child_get_detail (child, "school-name"));

  passend_child_set_detail (child, "school-name", "  De Regenboog  ");
  passend_child_set_detail (child, "school-address", "Schoolstraat 1\n1234 AB Dorp");
  passend_child_set_detail (child, "parent-name", "");
  g_assert_cmpstr (passend_child_get_detail (child, "school-name"), ==, "De Regenboog");
  g_assert_null (passend_child_get_detail (child, "parent-name"));

  written = passend_dossier_write (dossier, 0, &length);
  g_assert_null (strstr (written, "parent_name"));
  again = passend_dossier_new_from_text (written, length, &error);
  g_assert_no_error (error);
  child = PASSEND_CHILD (g_list_model_get_item (passend_dossier_get_children (again), 0));
  g_object_unref (child); /* the dossier holds it */
  g_assert_cmpstr (passend_child_get_detail (child, "school-address"), ==,
                   "Schoolstraat 1\n1234 AB Dorp");
  passend_child_set_detail (child, "school-address", NULL);
  g_assert_null (passend_child_get_detail (child, "school-address"));
}

static void
test_remove_child_cascades (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  PassendChild *noor = passend_dossier_add_child (dossier, "Noor");
  g_autoptr (PassendEntry) e1 = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-01-05", "Sam 1");
  g_autoptr (PassendEntry) e2 = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-01-06", "Noor 1");
  g_autoptr (PassendEntry) e3 = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-01-07", "Both");
  g_autoptr (PassendAgreement) a1 = passend_agreement_new ("Test", PASSEND_PARTY_SCHOOL, NULL);
  g_autoptr (GError) error = NULL;

  passend_entry_set_child_id (e1, passend_record_get_id (PASSEND_RECORD (sam)));
  passend_entry_set_child_id (e2, passend_record_get_id (PASSEND_RECORD (noor)));
  passend_dossier_add_entry (dossier, e1);
  passend_dossier_add_entry (dossier, e2);
  passend_dossier_add_entry (dossier, e3);
  g_object_set (a1, "entry-id", passend_record_get_id (PASSEND_RECORD (e1)), "child-id",
                passend_record_get_id (PASSEND_RECORD (sam)), NULL);
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
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendEntry) talk =
      passend_entry_new (PASSEND_ENTRY_KIND_CONVERSATION, "2026-02-01", "Talk");
  g_autoptr (PassendEntry) call =
      passend_entry_new (PASSEND_ENTRY_KIND_PHONE_CALL, "2026-02-02", "Call");
  g_autoptr (PassendAgreement) in_talk =
      passend_agreement_new ("Report", PASSEND_PARTY_SCHOOL, NULL);
  g_autoptr (PassendAgreement) in_call =
      passend_agreement_new ("Call back", PASSEND_PARTY_PARENT, NULL);
  g_autoptr (PassendRemoval) removal = NULL;
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
    g_autoptr (PassendAgreement) left =
        g_list_model_get_item (passend_dossier_get_agreements (dossier), 0);

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
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendEntry) entry =
      passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-01-05", "Note");
  g_autoptr (GError) error = NULL;

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
  g_clear_error (&error);

  /* Records read from a file count as checked until they change. */
  {
    static const char text[] =
        "{\"version\": 2, \"entries\": [{\"id\": \"e1\", \"kind\": \"note\", "
        "\"date\": \"2026-02-03\", \"title\": \"t\", "
        "\"created\": \"2026-02-03T10:00:00Z\", \"modified\": \"2026-02-03T10:00:00Z\"}]}";
    g_autoptr (PassendDossier) read = passend_dossier_new_from_text (text, strlen (text), &error);
    g_autoptr (PassendEntry) first = NULL;

    g_assert_no_error (error);
    g_assert_true (passend_dossier_validate (read, NULL));
    first = g_list_model_get_item (passend_dossier_get_entries (read), 0);
    g_object_set (first, "time", "25:00", NULL);
    g_assert_false (passend_dossier_validate (read, &error));
    g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
    g_clear_error (&error);
    g_object_set (first, "time", "09:30", NULL);
    g_assert_true (passend_dossier_validate (read, NULL));
  }
}

static void
test_json_round_trip (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendDossier) copy = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PassendEntry) entry =
      passend_entry_new (PASSEND_ENTRY_KIND_PHONE_CALL, "2026-02-01", "Call");
  g_autoptr (PassendAgreement) agreement =
      passend_agreement_new ("Report", PASSEND_PARTY_SCHOOL, "2026-02-15");
  g_autoptr (PassendEntry) entry2 = NULL;
  g_autoptr (PassendAgreement) agreement2 = NULL;
  g_autoptr (PassendProcessState) state2 = NULL;
  PassendChild        *child = passend_dossier_add_child (dossier, "Sam");
  PassendProcessState *state = passend_dossier_get_process_state (dossier, child);
  const char *const    checked[] = { "asked-goal", "wrote-examples", NULL };
  g_autofree char     *time = NULL;
  g_auto (GStrv) checked2 = NULL;

  g_object_set (entry, "time", "09:30", "text", "Spoke with the teacher.", "child-id",
                passend_record_get_id (PASSEND_RECORD (child)), NULL);
  passend_dossier_add_entry (dossier, entry);
  g_object_set (agreement, "entry-id", passend_record_get_id (PASSEND_RECORD (entry)), "who-name",
                "Ms de Vries", NULL);
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
  g_assert_cmpint (passend_agreement_get_status (agreement2), ==,
                   PASSEND_AGREEMENT_STATUS_NOT_KEPT);
  g_assert_cmpint (passend_agreement_get_party (agreement2), ==, PASSEND_PARTY_SCHOOL);
  g_assert_cmpstr (passend_agreement_get_due_date (agreement2), ==, "2026-02-15");

  state2 = g_list_model_get_item (passend_dossier_get_process_states (copy), 0);
  g_assert_cmpint (passend_process_state_get_step (state2), ==, 5);
  g_object_get (state2, "checked", &checked2, NULL);
  g_assert_true (g_strv_equal ((const char *const *)checked2, checked));

  /* Written straight from the records, the text is exactly what the
   * general writer makes of the tree: one format, two ways. */
  {
    gsize            direct_length, tree_length;
    g_autofree char *direct = passend_dossier_write (dossier, 0, &direct_length);
    g_autofree char *from_tree = passend_safe_json_write (root, 0, &tree_length);

    g_assert_cmpstr (direct, ==, from_tree);
    g_assert_cmpuint (direct_length, ==, tree_length);
  }

  /* Reading while parsing builds the same dossier as reading the tree. */
  {
    gsize            length, again_length;
    g_autofree char *text = passend_dossier_write (dossier, 0, &length);
    g_autoptr (PassendDossier) streamed = passend_dossier_new_from_text (text, length, &error);
    g_autofree char *again = NULL;

    g_assert_no_error (error);
    again = passend_dossier_write (streamed, 0, &again_length);
    g_assert_cmpstr (again, ==, text);
  }

  /* Keywords, not numbers or translations, in the file. */
  {
    JsonObject *obj = json_node_get_object (root);
    JsonObject *e =
        json_array_get_object_element (json_object_get_array_member (obj, "entries"), 0);
    JsonObject *a =
        json_array_get_object_element (json_object_get_array_member (obj, "agreements"), 0);

    g_assert_cmpint (json_object_get_int_member (obj, "version"), ==, PASSEND_DOSSIER_VERSION);
    g_assert_cmpstr (json_object_get_string_member (e, "kind"), ==, "phone-call");
    g_assert_cmpstr (json_object_get_string_member (a, "status"), ==, "not-kept");
  }
}

/* Reads @text both ways: streamed, where each record comes member by
 * member, and through a whole tree.  Both must agree, to the message. */
static PassendDossier *
read_both_ways (const char *text, GError **error)
{
  g_autoptr (GError) tree_error = NULL;
  g_autoptr (JsonNode) root = passend_safe_json_parse (text, strlen (text), &tree_error);
  g_autoptr (PassendDossier) from_tree = NULL;
  g_autoptr (PassendDossier) streamed = passend_dossier_new_from_text (text, strlen (text), error);

  if (root != NULL)
    from_tree = passend_dossier_new_from_json (root, &tree_error);

  g_assert_true ((streamed == NULL) == (from_tree == NULL));
  if (streamed == NULL)
    {
      g_assert_nonnull (error);
      g_assert_cmpstr ((*error)->message, ==, tree_error->message);
      g_assert_cmpint ((*error)->code, ==, tree_error->code);
      return NULL;
    }

  {
    gsize            a_length, b_length;
    g_autofree char *a = passend_dossier_write (streamed, 0, &a_length);
    g_autofree char *b = passend_dossier_write (from_tree, 0, &b_length);

    g_assert_cmpstr (a, ==, b);
  }

  return g_steal_pointer (&streamed);
}

#define MOMENTS "\"created\": \"2026-01-01T10:00:00Z\", \"modified\": \"2026-01-01T10:00:00Z\""
#define CHILD "{\"id\": \"c1\", \"name\": \"Sam\", " MOMENTS "}"

static void
test_streamed_reads_as_tree (void)
{
  /* Each breaks one rule inside a record, where streaming reads members
   * without a tree. */
  static const char *const bad[] = {
    "{\"version\": 1, \"children\": [{\"name\": \"Sam\", " MOMENTS "}]}",
    "{\"version\": 1, \"children\": [{\"id\": \"\", \"name\": \"Sam\", " MOMENTS "}]}",
    "{\"version\": 1, \"children\": [{\"id\": 7, \"name\": \"Sam\", " MOMENTS "}]}",
    "{\"version\": 1, \"children\": [{\"id\": \"c1\", \"name\": \"Sam\", \"created\": "
    "\"2026-01-01T10:00:00Z\"}]}",
    "{\"version\": 1, \"children\": [{\"id\": \"c1\", \"name\": \"Sam\", \"created\": \"soon\", "
    "\"modified\": 3}]}",
    "{\"version\": 1, \"children\": [{\"id\": \"c1\", " MOMENTS "}]}",
    "{\"version\": 1, \"children\": [{\"id\": \"c1\", \"name\": null, " MOMENTS "}]}",
    "{\"version\": 1, \"children\": [{\"id\": \"c1\", \"name\": [\"Sam\"], " MOMENTS "}]}",
    "{\"version\": 1, \"children\": [" CHILD ", 42]}",
    "{\"version\": 1, \"children\": [" CHILD ", [" CHILD "]]}",
    "{\"version\": 1, \"entries\": [{\"id\": \"e1\", \"date\": \"2026-02-03\", \"title\": "
    "\"t\", " MOMENTS "}]}",
    "{\"version\": 1, \"entries\": [{\"id\": \"e1\", \"kind\": \"note\", \"date\": \"2026-02-03\", "
    "\"time\": \"25:00\", \"title\": \"t\", " MOMENTS "}]}",
    "{\"version\": 1, \"entries\": [{\"id\": \"e1\", \"kind\": 3, \"date\": \"2026-02-03\", "
    "\"title\": \"t\", " MOMENTS "}]}",
    "{\"version\": 1, \"process\": [{\"id\": \"p1\", \"child_id\": \"c1\", \"step\": "
    "\"2\", " MOMENTS "}]}",
    "{\"version\": 1, \"process\": [{\"id\": \"p1\", \"child_id\": \"c1\", \"step\": 2.5, " MOMENTS
    "}]}",
    "{\"version\": 1, \"process\": [{\"id\": \"p1\", \"child_id\": \"c1\", \"step\": 2, "
    "\"checked\": \"x\", " MOMENTS "}]}",
    "{\"version\": 1, \"process\": [{\"id\": \"p1\", \"child_id\": \"c1\", \"step\": 2, "
    "\"checked\": [\"\"], " MOMENTS "}]}",
  };
  /* Duplicate names, also when written differently or past the number
   * of members compared one by one. */
  static const char *const duplicates[] = {
    "{\"version\": 1, \"children\": [{\"id\": \"c1\", \"id\": \"c2\", \"name\": \"Sam\", " MOMENTS
    "}]}",
    "{\"version\": 1, \"children\": [{\"id\": \"c1\", \"i\\u0064\": \"c2\", \"name\": "
    "\"Sam\", " MOMENTS "}]}",
    "{\"version\": 1, \"children\": [{\"id\": \"c1\", \"name\": \"Sam\", \"x\": 1, \"x\": "
    "1, " MOMENTS "}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PassendDossier) dossier = read_both_ways (bad[i], &error);

      g_assert_null (dossier);
      g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
    }

  for (guint i = 0; i < G_N_ELEMENTS (duplicates); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PassendDossier) dossier =
          passend_dossier_new_from_text (duplicates[i], strlen (duplicates[i]), &error);

      g_assert_null (dossier);
      g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
    }

  for (guint n = 10; n <= 40; n += 30)
    {
      g_autoptr (GString) text = g_string_new ("{\"version\": 1, \"children\": [{\"id\": \"c1\", ");
      g_autoptr (GError) error = NULL;
      g_autoptr (PassendDossier) dossier = NULL;

      for (guint i = 0; i < n; i++)
        g_string_append_printf (text, "\"extra%u\": %u, ", i, i);
      g_string_append (text, "\"name\": \"Sam\", " MOMENTS);
      g_string_append_printf (text, ", \"extra%u\": 0}]}", n / 2);

      dossier = passend_dossier_new_from_text (text->str, text->len, &error);
      g_assert_null (dossier);
      g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
    }

  /* Unknown members are kept, strings and all, in the order of the file. */
  {
    const char *text = "{\"version\": 1, \"children\": [{\"zeta\": \"z\\n\\u00e9\", \"id\": "
                       "\"c1\", \"name\": \"Sam\", "
                       "\"alpha\": {\"a\": [1, \"b\"]}, " MOMENTS ", \"mid\": null}]}";
    g_autoptr (GError) error = NULL;
    g_autoptr (PassendDossier) dossier = read_both_ways (text, &error);
    g_autofree char *written = NULL;
    gsize            length;

    g_assert_no_error (error);
    written = passend_dossier_write (dossier, 0, &length);
    g_assert_nonnull (strstr (written, "\"zeta\": \"z\\n\xc3\xa9\""));
    g_assert_true (strstr (written, "\"zeta\"") < strstr (written, "\"alpha\""));
    g_assert_true (strstr (written, "\"alpha\"") < strstr (written, "\"mid\": null"));
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

static void
test_step_titles (void)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_null (passend_step_get_title (PASSEND_PROCESS_FIRST_STEP - 1));
  g_assert_null (passend_step_get_title (PASSEND_PROCESS_LAST_STEP + 1));
  for (int step = PASSEND_PROCESS_FIRST_STEP; step <= PASSEND_PROCESS_LAST_STEP; step++)
    {
      const char *title = passend_step_get_title (step);

      g_assert_nonnull (title);
      g_assert_cmpuint (strlen (title), >, 0);
      g_assert_true (g_hash_table_add (seen, (gpointer)title));
    }
  g_assert_cmpstr (passend_step_get_title (4), ==, "Make a plan");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/text-fold", test_text_fold);
  g_test_add_func ("/model/entry-search", test_entry_search);
  g_test_add_func ("/model/agreement-overdue", test_agreement_overdue);
  g_test_add_func ("/model/clock-can-be-fixed", test_clock_can_be_fixed);
  g_test_add_func ("/model/changed-signal", test_changed_signal);
  g_test_add_func ("/model/child-details", test_child_details);
  g_test_add_func ("/model/remove-child-cascades", test_remove_child_cascades);
  g_test_add_func ("/model/remove-entry-takes-its-agreements",
                   test_remove_entry_takes_its_agreements);
  g_test_add_func ("/model/validate-catches-bad-data", test_validate_catches_bad_data);
  g_test_add_func ("/model/json-round-trip", test_json_round_trip);
  g_test_add_func ("/model/dates-checked", test_dates_checked);
  g_test_add_func ("/model/streamed-reads-as-tree", test_streamed_reads_as_tree);
  g_test_add_func ("/model/step-titles", test_step_titles);

  return g_test_run ();
}
