/* test-entry-draft.c - what a valid entry is, and saving it in one
 * change, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "passend-clock.h"
#include "passend-entry-draft.h"
#include "passend-error.h"
#include "passend-outcome.h"

static char *
dossier_text (PassendDossier *dossier)
{
  gsize length;

  return passend_dossier_write (dossier, 0, &length);
}

/* Counts "changed" emissions, and those with the "structure" detail. */
typedef struct
{
  guint all;
  guint structure;
} Changes;

static void
changed_cb (PassendDossier *dossier, guint *count)
{
  (*count)++;
}

static void
watch_changes (PassendDossier *dossier, Changes *changes)
{
  memset (changes, 0, sizeof *changes);
  g_signal_connect (dossier, "changed", G_CALLBACK (changed_cb), &changes->all);
  g_signal_connect (dossier, "changed::structure", G_CALLBACK (changed_cb), &changes->structure);
}

/* A new talk as a parent would type it. */
static void
typed_draft (PassendEntryDraft *draft)
{
  passend_entry_draft_init (draft, NULL);
  draft->kind = PASSEND_ENTRY_KIND_CONVERSATION;
  draft->date = g_strdup (" 12-11-2026 ");
  draft->time = g_strdup ("9.30");
  draft->title = g_strdup ("  Talk with Ms Jansen ");
  draft->people = g_strdup ("  ");
  draft->text = g_strdup ("  Said hello.\n");
  draft->direction = PASSEND_DIRECTION_SENT;
}

static PassendAgreementDraft *
typed_agreement (const char *what, const char *due)
{
  PassendAgreementDraft *draft = passend_agreement_draft_new (NULL);

  draft->what = g_strdup (what);
  draft->due = g_strdup (due);
  return draft;
}

/* Checks that @draft is refused with @code, about agreement @index if
 * not G_MAXUINT, and that the dossier neither changed nor said so. */
static void
assert_refused (PassendDossier          *dossier,
                const PassendEntryDraft *draft,
                PassendDraftError        code,
                guint                    index,
                const char              *message_part)
{
  g_autofree char *before = dossier_text (dossier);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  guint   agreement_index = G_MAXUINT;
  Changes changes;

  watch_changes (dossier, &changes);
  g_assert_false (passend_dossier_check_entry_draft (dossier, draft, NULL, NULL));
  g_assert_null (passend_dossier_apply_entry_draft (dossier, draft, &agreement_index, &error));
  g_assert_error (error, PASSEND_DRAFT_ERROR, (int)code);
  if (index != G_MAXUINT)
    g_assert_cmpuint (agreement_index, ==, index);
  if (message_part != NULL)
    g_assert_nonnull (strstr (error->message, message_part));

  after = dossier_text (dossier);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (changes.all, ==, 0);
  g_signal_handlers_disconnect_by_func (dossier, changed_cb, &changes.all);
  g_signal_handlers_disconnect_by_func (dossier, changed_cb, &changes.structure);
}

/* Each rule, with the field it names; a refused draft changes nothing. */
static void
test_rules (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_auto (PassendEntryDraft) draft = {
    0,
  };

  passend_clock_set_today ("2026-11-23");
  passend_dossier_add_child (dossier, "Sam");
  typed_draft (&draft);
  g_assert_true (passend_dossier_check_entry_draft (dossier, &draft, NULL, NULL));

  g_free (draft.date);
  draft.date = g_strdup ("  ");
  assert_refused (dossier, &draft, PASSEND_DRAFT_ERROR_DATE, G_MAXUINT, "Fill in the date");
  g_free (draft.date);
  draft.date = g_strdup ("31-2-2026");
  assert_refused (dossier, &draft, PASSEND_DRAFT_ERROR_DATE, G_MAXUINT, "does not exist");
  g_free (draft.date);
  draft.date = g_strdup ("12-11-2026");

  g_free (draft.time);
  draft.time = g_strdup ("25:00");
  assert_refused (dossier, &draft, PASSEND_DRAFT_ERROR_TIME, G_MAXUINT, "hours and minutes");
  g_free (draft.time);
  draft.time = g_strdup ("");

  g_free (draft.title);
  draft.title = g_strdup (" \t");
  assert_refused (dossier, &draft, PASSEND_DRAFT_ERROR_TITLE, G_MAXUINT, NULL);
  g_free (draft.title);
  draft.title = g_strdup ("Talk");

  /* Agreements: what was agreed, and a date that exists or none. */
  g_ptr_array_add (draft.agreements, typed_agreement ("School sends the report", ""));
  g_ptr_array_add (draft.agreements, typed_agreement ("  ", "20-11-2026"));
  assert_refused (dossier, &draft, PASSEND_DRAFT_ERROR_AGREEMENT_WHAT, 1, "what was agreed");
  /* A removed one needs nothing. */
  ((PassendAgreementDraft *)g_ptr_array_index (draft.agreements, 1))->removed = TRUE;
  g_assert_true (passend_dossier_check_entry_draft (dossier, &draft, NULL, NULL));
  g_ptr_array_add (draft.agreements, typed_agreement ("We talk again", "30-11-2026 or so"));
  assert_refused (dossier, &draft, PASSEND_DRAFT_ERROR_AGREEMENT_DUE, 2, "does not exist");
  g_ptr_array_remove_index (draft.agreements, 2);

  /* An odd date is asked about; once confirmed it is kept. */
  g_free (draft.date);
  draft.date = g_strdup ("1-1-2040");
  assert_refused (dossier, &draft, PASSEND_DRAFT_ERROR_DATE_FAR_AHEAD, G_MAXUINT, NULL);
  g_free (draft.date);
  draft.date = g_strdup ("1-1-1990");
  assert_refused (dossier, &draft, PASSEND_DRAFT_ERROR_DATE_LONG_AGO, G_MAXUINT, NULL);
  draft.confirmed_date = g_strdup ("1990-01-01");
  g_assert_true (passend_dossier_check_entry_draft (dossier, &draft, NULL, NULL));

  /* A child that is not (or no longer) in the dossier. */
  draft.child_id = g_strdup ("gone");
  assert_refused (dossier, &draft, PASSEND_DRAFT_ERROR_CHANGED, G_MAXUINT, NULL);
}

/* What the draft names must be where it says. */
static void
test_records_checked (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendDossier) other = passend_dossier_new ();
  g_autoptr (PassendEntry) first =
      passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-11-01", "First");
  g_autoptr (PassendEntry) second =
      passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-11-02", "Second");
  g_autoptr (PassendEntry) elsewhere =
      passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-11-03", "Elsewhere");
  g_autoptr (PassendAgreement) of_first =
      passend_agreement_new ("Call back", PASSEND_PARTY_SCHOOL, NULL);
  g_autoptr (PassendAgreement) loose =
      passend_agreement_new ("Read together", PASSEND_PARTY_PARENT, NULL);
  g_autoptr (PassendDocument) kept = passend_document_new ("a.pdf", "1111-a.pdf", 1);
  g_auto (PassendEntryDraft) draft = {
    0,
  };

  passend_clock_set_today ("2026-11-23");
  passend_dossier_add_entry (dossier, first);
  passend_dossier_add_entry (dossier, second);
  passend_dossier_add_entry (other, elsewhere);
  passend_dossier_add_entry_agreement (dossier, first, of_first);
  passend_dossier_add_document (dossier, first, kept);

  /* An entry of another dossier. */
  passend_entry_draft_init (&draft, elsewhere);
  assert_refused (dossier, &draft, PASSEND_DRAFT_ERROR_CHANGED, G_MAXUINT, "changed meanwhile");
  passend_entry_draft_clear (&draft);

  /* Another entry's agreement, or a document of another entry. */
  passend_entry_draft_init (&draft, second);
  g_ptr_array_add (draft.agreements, passend_agreement_draft_new (of_first));
  assert_refused (dossier, &draft, PASSEND_DRAFT_ERROR_CHANGED, 0, NULL);
  g_ptr_array_set_size (draft.agreements, 0);
  g_ptr_array_add (draft.add_documents, g_object_ref (kept));
  assert_refused (dossier, &draft, PASSEND_DRAFT_ERROR_CHANGED, G_MAXUINT, NULL);
  passend_entry_draft_clear (&draft);

  /* A new agreement only once. */
  passend_entry_draft_init (&draft, first);
  g_ptr_array_add (draft.agreements, passend_agreement_draft_new (of_first));
  g_ptr_array_add (draft.agreements, passend_agreement_draft_new (loose));
  g_ptr_array_add (draft.agreements, passend_agreement_draft_new (loose));
  assert_refused (dossier, &draft, PASSEND_DRAFT_ERROR_CHANGED, 2, NULL);
  g_ptr_array_remove_index (draft.agreements, 2);
  g_assert_true (passend_dossier_check_entry_draft (dossier, &draft, NULL, NULL));
}

/* A new entry with its agreements and a document is one change, and
 * what was typed is kept in the stored form. */
static void
test_apply_new (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  g_autoptr (PassendDocument) document = passend_document_new ("Brief.pdf", "2222-brief.pdf", 8);
  g_autoptr (GPtrArray) made = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (PassendEntryDraft) draft = {
    0,
  };
  PassendAgreementDraft *agreement;
  PassendEntry          *entry;
  Changes                changes;

  passend_clock_set_today ("2026-11-23");
  typed_draft (&draft);
  draft.child_id = g_strdup (passend_record_get_id (PASSEND_RECORD (sam)));
  agreement = typed_agreement ("  School sends the report ", "20-11-2026");
  agreement->who_name = g_strdup (" Juf Petra ");
  agreement->outcome = g_strdup ("   ");
  g_ptr_array_add (draft.agreements, agreement);
  g_ptr_array_add (draft.agreements, typed_agreement ("We talk again", NULL));
  g_ptr_array_add (draft.add_documents, g_object_ref (document));

  watch_changes (dossier, &changes);
  entry = passend_dossier_apply_entry_draft (dossier, &draft, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);
  g_assert_cmpuint (changes.all, ==, 1);
  g_assert_cmpuint (changes.structure, ==, 1);

  g_assert_cmpstr (passend_entry_get_date (entry), ==, "2026-11-12");
  g_assert_cmpstr (passend_entry_get_time (entry), ==, "09:30");
  g_assert_cmpstr (passend_entry_get_title (entry), ==, "Talk with Ms Jansen");
  g_assert_null (passend_entry_get_people (entry));
  g_assert_cmpstr (passend_entry_get_text (entry), ==, "  Said hello.\n");
  /* Only e-mails and letters are sent or received. */
  g_assert_cmpint (passend_entry_get_direction (entry), ==, PASSEND_DIRECTION_NONE);
  g_assert_cmpstr (passend_entry_get_child_id (entry), ==,
                   passend_record_get_id (PASSEND_RECORD (sam)));

  made = passend_dossier_get_entry_agreements (dossier, entry);
  g_assert_cmpuint (made->len, ==, 2);
  g_assert_cmpstr (passend_agreement_get_what (g_ptr_array_index (made, 0)), ==,
                   "School sends the report");
  g_assert_cmpstr (passend_agreement_get_who_name (g_ptr_array_index (made, 0)), ==, "Juf Petra");
  g_assert_cmpstr (passend_agreement_get_due_date (g_ptr_array_index (made, 0)), ==, "2026-11-20");
  g_assert_null (passend_agreement_get_outcome (g_ptr_array_index (made, 0)));
  g_assert_null (passend_agreement_get_due_date (g_ptr_array_index (made, 1)));
  g_assert_cmpstr (passend_agreement_get_child_id (g_ptr_array_index (made, 1)), ==,
                   passend_record_get_id (PASSEND_RECORD (sam)));
  g_assert_cmpstr (passend_document_get_entry_id (document), ==,
                   passend_record_get_id (PASSEND_RECORD (entry)));
  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);
}

/* Changing an entry: one "changed" for many fields, none for no change. */
static void
test_apply_change (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendEntry) entry =
      passend_entry_new (PASSEND_ENTRY_KIND_EMAIL, "2026-11-01", "Mail");
  g_autoptr (PassendAgreement) first = passend_agreement_new ("Call", PASSEND_PARTY_SCHOOL, NULL);
  g_autoptr (PassendAgreement) second = passend_agreement_new ("Write", PASSEND_PARTY_PARENT, NULL);
  g_autoptr (PassendDocument) document = passend_document_new ("a.pdf", "3333-a.pdf", 1);
  g_autoptr (GError) error = NULL;
  g_auto (PassendEntryDraft) draft = {
    0,
  };
  PassendAgreementDraft *a;
  Changes                changes;

  passend_clock_set_today ("2026-11-23");
  passend_dossier_add_entry (dossier, entry);
  passend_dossier_add_entry_agreement (dossier, entry, first);
  passend_dossier_add_entry_agreement (dossier, entry, second);
  passend_dossier_add_document (dossier, entry, document);

  /* Nothing changed: nothing to save. */
  passend_entry_draft_init (&draft, entry);
  g_ptr_array_add (draft.agreements, passend_agreement_draft_new (first));
  watch_changes (dossier, &changes);
  g_assert_true (passend_dossier_apply_entry_draft (dossier, &draft, NULL, &error) == entry);
  g_assert_no_error (error);
  g_assert_cmpuint (changes.all, ==, 0);

  /* Nine fields, an agreement's status and what, another removed, a
   * document removed: one "changed". */
  g_free (draft.title);
  draft.title = g_strdup ("Mail from school");
  draft.direction = PASSEND_DIRECTION_RECEIVED;
  draft.role = PASSEND_ROLE_TEACHER;
  g_free (draft.people);
  draft.people = g_strdup ("Ms Jansen");
  g_free (draft.text);
  draft.text = g_strdup ("About the test.");
  g_free (draft.time);
  draft.time = g_strdup ("14:00");
  a = g_ptr_array_index (draft.agreements, 0);
  a->status = PASSEND_AGREEMENT_STATUS_DONE;
  g_free (a->what);
  a->what = g_strdup ("Call back");
  a = passend_agreement_draft_new (second);
  a->removed = TRUE;
  g_ptr_array_add (draft.agreements, a);
  g_ptr_array_add (draft.remove_documents, g_object_ref (document));

  g_assert_true (passend_dossier_apply_entry_draft (dossier, &draft, NULL, &error) == entry);
  g_assert_no_error (error);
  g_assert_cmpuint (changes.all, ==, 1);
  g_assert_cmpstr (passend_entry_get_title (entry), ==, "Mail from school");
  g_assert_cmpint (passend_entry_get_direction (entry), ==, PASSEND_DIRECTION_RECEIVED);
  g_assert_cmpint (passend_agreement_get_status (first), ==, PASSEND_AGREEMENT_STATUS_DONE);
  g_assert_cmpstr (passend_agreement_get_status_date (first), ==, "2026-11-23");
  g_assert_cmpstr (passend_agreement_get_what (first), ==, "Call back");
  g_assert_false (
      g_list_store_find (G_LIST_STORE (passend_dossier_get_agreements (dossier)), second, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_documents (dossier)), ==, 0);

  /* Only a field of the entry: "changed::PassendEntry", once. */
  g_free (draft.title);
  draft.title = g_strdup ("Mail");
  g_ptr_array_set_size (draft.agreements, 0);
  g_ptr_array_set_size (draft.remove_documents, 0);
  changes.all = changes.structure = 0;
  g_assert_nonnull (passend_dossier_apply_entry_draft (dossier, &draft, NULL, &error));
  g_assert_cmpuint (changes.all, ==, 1);
  g_assert_cmpuint (changes.structure, ==, 0);
}

/* Recording a talk goes through the same rules and is one change too. */
static void
test_outcome_one_change (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  g_autoptr (PassendSheet) sheet = passend_sheet_new (passend_record_get_id (PASSEND_RECORD (sam)));
  g_autoptr (PassendAgreement) earlier = passend_agreement_new ("Plan", PASSEND_PARTY_SCHOOL, NULL);
  g_autoptr (PassendAgreement) made = passend_agreement_new ("Note", PASSEND_PARTY_SCHOOL, NULL);
  g_autoptr (PassendAgreement) slip = passend_agreement_new ("Test", PASSEND_PARTY_SCHOOL, NULL);
  g_autoptr (GPtrArray) agreements = g_ptr_array_new ();
  g_autoptr (GPtrArray) done = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PassendOutcome   outcome = {
      0,
  };
  Changes changes;

  passend_clock_set_today ("2026-11-23");
  passend_dossier_add_agreement (dossier, earlier);
  passend_dossier_add_sheet (dossier, sheet);
  g_ptr_array_add (done, earlier);
  outcome.done = done;
  outcome.agreements = agreements;
  outcome.next_meeting = "2027-01-12";

  /* An agreement whose date does not exist: nothing changes. */
  g_object_set (slip, "due-date", "2026-02-31", NULL);
  g_ptr_array_add (agreements, slip);
  before = dossier_text (dossier);
  watch_changes (dossier, &changes);
  g_assert_null (passend_sheet_record_outcome (sheet, dossier, &outcome, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_clear_error (&error);
  after = dossier_text (dossier);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (changes.all, ==, 0);

  g_ptr_array_set_size (agreements, 0);
  g_ptr_array_add (agreements, made);
  g_assert_nonnull (passend_sheet_record_outcome (sheet, dossier, &outcome, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.all, ==, 1);
  g_assert_cmpint (passend_agreement_get_status (earlier), ==, PASSEND_AGREEMENT_STATUS_DONE);
  g_assert_nonnull (passend_sheet_get_entry_id (sheet));
}

static void
test_agreement_blank (void)
{
  g_autoptr (PassendAgreementDraft) draft = passend_agreement_draft_new (NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (passend_agreement_draft_is_blank (draft));
  g_assert_false (passend_agreement_draft_check (draft, &error));
  g_assert_error (error, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_AGREEMENT_WHAT);

  /* A date alone is a slip, not a blank row. */
  draft->due = g_strdup ("8-12-2026");
  g_assert_false (passend_agreement_draft_is_blank (draft));
  g_clear_error (&error);
  g_assert_null (passend_agreement_draft_make (draft, &error));
  g_assert_error (error, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_AGREEMENT_WHAT);
  g_clear_error (&error);

  /* Made by the same rules as an entry's. */
  draft->what = g_strdup (" Weekly note home ");
  draft->who_name = g_strdup ("   ");
  draft->party = PASSEND_PARTY_OTHER;
  {
    g_autoptr (PassendAgreement) made = passend_agreement_draft_make (draft, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (passend_agreement_get_what (made), ==, "Weekly note home");
    g_assert_null (passend_agreement_get_who_name (made));
    g_assert_cmpstr (passend_agreement_get_due_date (made), ==, "2026-12-08");
    g_assert_cmpint (passend_agreement_get_party (made), ==, PASSEND_PARTY_OTHER);
    g_assert_null (passend_record_get_owner (PASSEND_RECORD (made)));
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entry-draft/rules", test_rules);
  g_test_add_func ("/entry-draft/records-checked", test_records_checked);
  g_test_add_func ("/entry-draft/apply-new", test_apply_new);
  g_test_add_func ("/entry-draft/apply-change", test_apply_change);
  g_test_add_func ("/entry-draft/outcome-one-change", test_outcome_one_change);
  g_test_add_func ("/entry-draft/agreement-blank", test_agreement_blank);

  return g_test_run ();
}
