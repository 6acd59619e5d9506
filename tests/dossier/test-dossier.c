/* test-dossier.c - the journal: entries, agreements, documents, undo,
 * search and filters, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "passend-clock.h"
#include "passend-date.h"
#include "passend-document-files.h"
#include "passend-dossier.h"
#include "passend-entry-filter.h"
#include "passend-error.h"
#include "passend-safe-json.h"
#include "test-util.h"

static PassendEntry *
add_entry (PassendDossier  *dossier,
           PassendChild    *child,
           PassendEntryKind kind,
           const char      *date,
           const char      *title,
           const char      *text)
{
  PassendEntry *entry = passend_entry_new (kind, date, title);

  if (child != NULL)
    passend_entry_set_child_id (entry, passend_record_get_id (PASSEND_RECORD (child)));
  passend_entry_set_text (entry, text);
  passend_dossier_add_entry (dossier, entry);
  return entry;
}

static PassendAgreement *
add_agreement (PassendDossier *dossier, PassendEntry *entry, const char *what, const char *due)
{
  PassendAgreement *agreement = passend_agreement_new (what, PASSEND_PARTY_SCHOOL, due);

  passend_dossier_add_entry_agreement (dossier, entry, agreement);
  return agreement;
}

static char *
dossier_text (PassendDossier *dossier)
{
  gsize length;

  return passend_dossier_write (dossier, 0, &length);
}

static void
test_remove_and_restore_exactly (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *child = passend_dossier_add_child (dossier, "Sam");
  g_autoptr (PassendEntry) first =
      add_entry (dossier, child, PASSEND_ENTRY_KIND_NOTE, "2026-01-01", "First", "a");
  g_autoptr (PassendEntry) middle = add_entry (dossier, child, PASSEND_ENTRY_KIND_CONVERSATION,
                                               "2026-01-02", "Talk 😀 مرحبا", "b");
  g_autoptr (PassendEntry) last =
      add_entry (dossier, child, PASSEND_ENTRY_KIND_NOTE, "2026-01-03", "Last", "c");
  g_autoptr (PassendAgreement) a1 = add_agreement (dossier, first, "Before", NULL);
  g_autoptr (PassendAgreement) a2 =
      add_agreement (dossier, middle, "Report by school", "2026-02-01");
  g_autoptr (PassendAgreement) a3 = add_agreement (dossier, last, "After", NULL);
  g_autoptr (PassendAgreement) a4 = add_agreement (dossier, middle, "Call back", NULL);
  g_autoptr (PassendDocument) doc = passend_document_new ("verslag.pdf", "0000-aaaa.pdf", 1234);
  g_autoptr (PassendRemoval) removal = NULL;
  g_autofree char *before = NULL;
  g_autofree char *gone = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;

  passend_dossier_add_document (dossier, middle, doc);
  before = dossier_text (dossier);

  removal = passend_dossier_remove_entry (dossier, middle);
  g_assert_nonnull (removal);
  g_assert_true (passend_removal_get_entry (removal) == middle);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_agreements (dossier)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_documents (dossier)), ==, 0);
  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);
  gone = dossier_text (dossier);
  g_assert_null (strstr (gone, "Report by school"));

  /* Removing again does nothing; restoring brings back the same text. */
  g_assert_null (passend_dossier_remove_entry (dossier, middle));
  g_assert_true (passend_dossier_restore (dossier, removal));
  after = dossier_text (dossier);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (passend_dossier_restore (dossier, removal));
}

static void
test_restore_refused_when_child_gone (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *child = passend_dossier_add_child (dossier, "Sam");
  g_autoptr (PassendEntry) entry =
      add_entry (dossier, child, PASSEND_ENTRY_KIND_NOTE, "2026-01-01", "Note", NULL);
  g_autoptr (PassendRemoval) removal = passend_dossier_remove_entry (dossier, entry);

  passend_dossier_remove_child (dossier, child);
  g_assert_false (passend_dossier_restore (dossier, removal));
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==, 0);
}

static void
test_agreement_status (void)
{
  g_autoptr (PassendAgreement) agreement =
      passend_agreement_new ("Test", PASSEND_PARTY_SCHOOL, "2026-03-10");

  passend_clock_set_today ("2026-03-10");
  g_assert_false (passend_agreement_is_overdue (agreement, "2026-03-10"));
  g_assert_true (passend_agreement_is_overdue (agreement, "2026-03-11"));

  passend_agreement_set_status (agreement, PASSEND_AGREEMENT_STATUS_NOT_KEPT);
  g_assert_cmpstr (passend_agreement_get_status_date (agreement), ==, "2026-03-10");
  g_assert_false (passend_agreement_is_overdue (agreement, "2026-03-11"));

  passend_agreement_set_status (agreement, PASSEND_AGREEMENT_STATUS_OPEN);
  g_assert_null (passend_agreement_get_status_date (agreement));
  g_assert_true (passend_agreement_is_overdue (agreement, "2026-03-11"));
  passend_clock_set_today (NULL);
}

static void
test_summary (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  PassendChild *noor = passend_dossier_add_child (dossier, "Noor");
  const char   *sam_id = passend_record_get_id (PASSEND_RECORD (sam));
  g_autoptr (PassendEntry) talk =
      add_entry (dossier, sam, PASSEND_ENTRY_KIND_CONVERSATION, "2026-03-01", "Talk", NULL);
  g_autoptr (PassendEntry) later_note =
      add_entry (dossier, sam, PASSEND_ENTRY_KIND_OBSERVATION, "2026-04-01", "Seen", NULL);
  g_autoptr (PassendEntry) gp_call =
      add_entry (dossier, sam, PASSEND_ENTRY_KIND_PHONE_CALL, "2026-05-01", "Doctor", NULL);
  g_autoptr (PassendEntry) both =
      add_entry (dossier, NULL, PASSEND_ENTRY_KIND_LETTER, "2026-02-01", "Letter", NULL);
  g_autoptr (PassendEntry) noor_talk =
      add_entry (dossier, noor, PASSEND_ENTRY_KIND_CONVERSATION, "2026-06-01", "Noor", NULL);
  g_autoptr (PassendAgreement) overdue = add_agreement (dossier, talk, "Overdue", "2026-03-15");
  g_autoptr (PassendAgreement) open = add_agreement (dossier, talk, "Open", "2026-12-01");
  g_autoptr (PassendAgreement) done = add_agreement (dossier, talk, "Done", "2026-03-02");
  g_autoptr (PassendAgreement) noors = add_agreement (dossier, noor_talk, "Noor's", "2026-01-01");
  PassendSummary summary;

  g_object_set (gp_call, "role", PASSEND_ROLE_CARE_WORKER, NULL);
  passend_agreement_set_status (done, PASSEND_AGREEMENT_STATUS_DONE);

  passend_dossier_summarize (dossier, sam_id, "2026-04-01", &summary);
  g_assert_cmpuint (summary.n_entries, ==, 4);
  /* The observation and the care worker's call are not school. */
  g_assert_cmpstr (summary.last_school_contact, ==, "2026-03-01");
  g_assert_cmpuint (summary.n_open, ==, 2);
  g_assert_cmpuint (summary.n_overdue, ==, 1);
  passend_summary_clear (&summary);

  passend_dossier_summarize (dossier, NULL, "2026-04-01", &summary);
  g_assert_cmpuint (summary.n_entries, ==, 5);
  /* Noor's talk on 1 June is still to come on 1 April. */
  g_assert_cmpstr (summary.last_school_contact, ==, "2026-03-01");
  passend_summary_clear (&summary);

  passend_dossier_summarize (dossier, NULL, "2026-07-01", &summary);
  g_assert_cmpstr (summary.last_school_contact, ==, "2026-06-01");
  g_assert_cmpuint (summary.n_overdue, ==, 2);
  passend_summary_clear (&summary);
}

/* The summary as it was counted before the dossier kept facts for it:
 * by asking every entry and agreement in the lists. */
static void
summarize_by_asking (PassendDossier *dossier,
                     const char     *child_id,
                     const char     *today,
                     PassendSummary *summary)
{
  GListModel   *entries = passend_dossier_get_entries (dossier);
  GListModel   *agreements = passend_dossier_get_agreements (dossier);
  guint         today_number = passend_date_to_number (today), last = 0;
  PassendEntry *last_entry = NULL;

  memset (summary, 0, sizeof *summary);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (PassendEntry) entry = g_list_model_get_item (entries, i);
      const char *id = passend_entry_get_child_id (entry);
      guint       day = passend_entry_get_day_number (entry);

      if (child_id != NULL && id != NULL && !g_str_equal (id, child_id))
        continue;
      summary->n_entries++;
      if (passend_entry_is_school_contact (entry) && day != 0 && day <= today_number && day > last)
        {
          last = day;
          last_entry = entry;
        }
    }
  if (last_entry != NULL)
    summary->last_school_contact = g_strdup (passend_entry_get_date (last_entry));

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr (PassendAgreement) agreement = g_list_model_get_item (agreements, i);
      const char *id = passend_agreement_get_child_id (agreement);

      if ((child_id != NULL && id != NULL && !g_str_equal (id, child_id)) ||
          passend_agreement_get_status (agreement) != PASSEND_AGREEMENT_STATUS_OPEN)
        continue;
      summary->n_open++;
      if (passend_agreement_is_overdue (agreement, today))
        summary->n_overdue++;
    }
}

static void
assert_summary_right (PassendDossier *dossier, const char *const *child_ids, guint step)
{
  /* The last one names no day: overdue is then a comparison of text. */
  static const char *const days[] = { "2026-01-10", "2026-06-15", "2027-01-01", "2026-13-01" };

  guint n_children = g_strv_length ((char **)child_ids);

  /* Each child, and all of them. */
  for (guint c = 0; c <= n_children; c++)
    for (guint d = 0; d < G_N_ELEMENTS (days); d++)
      {
        const char    *child_id = c == 0 ? NULL : child_ids[c - 1];
        PassendSummary kept, asked;

        passend_dossier_summarize (dossier, child_id, days[d], &kept);
        summarize_by_asking (dossier, child_id, days[d], &asked);
        if (kept.n_entries != asked.n_entries ||
            g_strcmp0 (kept.last_school_contact, asked.last_school_contact) != 0 ||
            kept.n_open != asked.n_open || kept.n_overdue != asked.n_overdue)
          g_error ("step %u, child %u, %s: %u %s %u %u, asked %u %s %u %u", step, c, days[d],
                   kept.n_entries, kept.last_school_contact, kept.n_open, kept.n_overdue,
                   asked.n_entries, asked.last_school_contact, asked.n_open, asked.n_overdue);
        passend_summary_clear (&kept);
        passend_summary_clear (&asked);
      }
}

static gpointer
random_item (GRand *rand, GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  return n > 0 ? g_list_model_get_item (model, g_rand_int_range (rand, 0, n)) : NULL;
}

/* The dossier keeps the summary's facts as records come, change and go
 * (and as they are read from a file): after each of 500 random changes
 * it counts what asking every record counts. */
static void
test_summary_follows_changes (void)
{
  static const char *const dates[] = { "2026-01-05", "2026-03-01", "2026-06-15", "2026-06-16",
                                       "2026-12-31", NULL,         "2026-02-30" };
  static const char *const dues[] = { "2026-01-05", "2026-06-14", "2026-06-15",
                                      "2026-09-01", NULL,         "soon" };
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (GPtrArray) removals =
      g_ptr_array_new_with_free_func ((GDestroyNotify)passend_removal_free);
  g_autoptr (GRand) rand = g_rand_new_with_seed (15);
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  PassendChild *noor = passend_dossier_add_child (dossier, "Noor");
  const char   *ids[] = { passend_record_get_id (PASSEND_RECORD (sam)),
                          passend_record_get_id (PASSEND_RECORD (noor)), NULL };
  GListModel   *entries = passend_dossier_get_entries (dossier);
  GListModel   *agreements = passend_dossier_get_agreements (dossier);

#define PICK(array) (array)[g_rand_int_range (rand, 0, G_N_ELEMENTS (array))]
  for (guint step = 0; step < 500; step++)
    {
      g_autoptr (PassendEntry) entry = random_item (rand, entries);
      g_autoptr (PassendAgreement) agreement = random_item (rand, agreements);
      const char *child_id = ids[g_rand_int_range (rand, 0, 3)];

      switch (g_rand_int_range (rand, 0, 10))
        {
        case 0:
        case 1:
          {
            g_autoptr (PassendEntry) added =
                passend_entry_new (g_rand_int_range (rand, 0, 7), PICK (dates), "Entry");

            passend_entry_set_child_id (added, child_id);
            g_object_set (added, "role", g_rand_int_range (rand, 0, 4), NULL);
            passend_dossier_add_entry (dossier, added);
          }
          break;
        case 2:
          if (entry != NULL)
            g_object_set (entry, "date", PICK (dates), "time",
                          g_rand_boolean (rand) ? "09:30" : NULL, NULL);
          break;
        case 3:
          if (entry != NULL)
            g_object_set (entry, "kind", g_rand_int_range (rand, 0, 7), "role",
                          g_rand_int_range (rand, 0, 5), "title", "Other", NULL);
          break;
        case 4:
          if (entry != NULL)
            passend_entry_set_child_id (entry, child_id);
          break;
        case 5:
          if (entry != NULL && g_rand_boolean (rand))
            g_ptr_array_add (removals, passend_dossier_remove_entry (dossier, entry));
          else if (removals->len > 0)
            {
              g_autoptr (PassendRemoval) removal = g_ptr_array_steal_index (removals, 0);

              passend_dossier_restore (dossier, removal);
            }
          break;
        case 6:
          if (entry != NULL)
            {
              g_autoptr (PassendAgreement) added =
                  add_agreement (dossier, entry, "Do", PICK (dues));
            }
          break;
        case 7:
          if (agreement != NULL)
            passend_agreement_set_status (agreement, g_rand_int_range (rand, 0, 4));
          break;
        case 8:
          if (agreement != NULL)
            g_object_set (agreement, "due-date", PICK (dues), "child-id", child_id, NULL);
          break;
        default:
          if (agreement != NULL)
            passend_dossier_remove_agreement (dossier, agreement);
          break;
        }
      assert_summary_right (dossier, ids, step);
    }
#undef PICK

  /* Read from the file, and with a child and what is theirs removed. */
  {
    g_autofree char *text = NULL;
    g_autoptr (PassendDossier) back = NULL;
    g_autoptr (GError) error = NULL;
    gsize length;

    /* The file keeps only real days, and an entry always has one. */
    for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
      {
        g_autoptr (PassendEntry) entry = g_list_model_get_item (entries, i);

        if (passend_entry_get_day_number (entry) == 0)
          g_object_set (entry, "date", "2026-04-01", NULL);
      }
    for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
      {
        g_autoptr (PassendAgreement) agreement = g_list_model_get_item (agreements, i);

        if (g_strcmp0 (passend_agreement_get_due_date (agreement), "soon") == 0)
          g_object_set (agreement, "due-date", "2026-04-02", NULL);
      }
    text = passend_dossier_write (dossier, 0, &length);
    back = passend_dossier_new_from_text (text, length, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (back)), >, 20);
    assert_summary_right (back, ids, 500);

    passend_dossier_remove_child (back, passend_dossier_find_child (back, ids[0]));
    assert_summary_right (back, ids + 1, 501);
  }
}

/* A child's id is kept once for all records of that child (the summary
 * compares the pointers): also when read from the file, and when
 * asked with an id of another string. */
static void
test_child_ids_shared (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendDossier) back = NULL;
  PassendChild    *sam = passend_dossier_add_child (dossier, "Sam");
  g_autofree char *sam_id = g_strdup (passend_record_get_id (PASSEND_RECORD (sam)));
  g_autoptr (PassendEntry) talk =
      add_entry (dossier, sam, PASSEND_ENTRY_KIND_CONVERSATION, "2026-03-01", "Talk", NULL);
  g_autoptr (PassendEntry) note =
      add_entry (dossier, sam, PASSEND_ENTRY_KIND_NOTE, "2026-03-02", "Note", NULL);
  g_autoptr (PassendAgreement) agreement = add_agreement (dossier, talk, "Plan", "2026-03-15");
  g_autoptr (PassendEntry) talk_back = NULL;
  g_autoptr (PassendEntry) note_back = NULL;
  g_autoptr (PassendAgreement) agreement_back = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  PassendSummary   summary;
  gsize            length;

  g_assert_cmpstr (passend_entry_get_child_id (talk), ==, sam_id);
  g_assert_true (passend_entry_get_child_id (talk) == passend_entry_get_child_id (note));
  g_assert_true (passend_entry_get_child_id (talk) == passend_agreement_get_child_id (agreement));

  text = passend_dossier_write (dossier, 0, &length);
  back = passend_dossier_new_from_text (text, length, &error);
  g_assert_no_error (error);
  talk_back = g_list_model_get_item (passend_dossier_get_entries (back), 0);
  note_back = g_list_model_get_item (passend_dossier_get_entries (back), 1);
  agreement_back = g_list_model_get_item (passend_dossier_get_agreements (back), 0);
  g_assert_true (passend_entry_get_child_id (talk_back) == passend_entry_get_child_id (note_back));
  g_assert_true (passend_entry_get_child_id (talk_back) ==
                 passend_agreement_get_child_id (agreement_back));

  passend_dossier_summarize (back, sam_id, "2026-04-01", &summary);
  g_assert_cmpuint (summary.n_entries, ==, 2);
  g_assert_cmpstr (summary.last_school_contact, ==, "2026-03-01");
  g_assert_cmpuint (summary.n_open, ==, 1);
  passend_summary_clear (&summary);

  /* The id lives as long as a record holds it. */
  g_clear_object (&dossier);
  g_clear_object (&talk);
  g_clear_object (&agreement);
  g_assert_cmpstr (passend_entry_get_child_id (note), ==, sam_id);
  passend_entry_set_child_id (note, NULL);
  g_assert_null (passend_entry_get_child_id (note));
}

static guint
count_matches (PassendDossier *dossier, PassendEntryFilter *filter)
{
  GListModel *entries = passend_dossier_get_entries (dossier);
  guint       count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (PassendEntry) entry = g_list_model_get_item (entries, i);

      count += passend_entry_filter_match (filter, entry);
    }

  return count;
}

static void
record_change_cb (PassendEntryFilter *filter, int change, int *last)
{
  *last = change;
}

static void
test_filter (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *sam = passend_dossier_add_child (dossier, "Sam");
  PassendChild *noor = passend_dossier_add_child (dossier, "Noor");
  g_autoptr (PassendEntry) talk =
      add_entry (dossier, sam, PASSEND_ENTRY_KIND_CONVERSATION, "2026-03-01",
                 "Gesprek met de zorgcoördinator", "Over de toetsen.");
  g_autoptr (PassendEntry) call =
      add_entry (dossier, sam, PASSEND_ENTRY_KIND_PHONE_CALL, "2026-04-10", "Telefoon",
                 "Juf belde over het rooster.");
  g_autoptr (PassendEntry) both = add_entry (dossier, NULL, PASSEND_ENTRY_KIND_LETTER, "2026-05-01",
                                             "Brief van het samenwerkingsverband", NULL);
  g_autoptr (PassendEntry) noors = add_entry (dossier, noor, PASSEND_ENTRY_KIND_NOTE, "2026-06-01",
                                              "Noor", "ZORGCOÖRDINATOR gebeld");
  g_autoptr (PassendAgreement) agreement =
      add_agreement (dossier, call, "Handelingsplan opsturen", NULL);
  g_autoptr (PassendEntryFilter) filter = passend_entry_filter_new (dossier);
  int change = -1;

  g_signal_connect (filter, "changed", G_CALLBACK (record_change_cb), &change);
  g_assert_cmpuint (count_matches (dossier, filter), ==, 4);

  /* Case and accents fold away, either way round. */
  passend_entry_filter_set_query (filter, "zorgcoordinator");
  g_assert_cmpint (change, ==, PASSEND_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpuint (count_matches (dossier, filter), ==, 2);
  passend_entry_filter_set_query (filter, "  Zorgcoördinator ");
  g_assert_cmpuint (count_matches (dossier, filter), ==, 2);

  /* The child: its own entries and those for all children. */
  passend_entry_filter_set_child_id (filter, passend_record_get_id (PASSEND_RECORD (sam)));
  g_assert_cmpint (change, ==, PASSEND_FILTER_CHANGE_DIFFERENT);
  g_assert_cmpuint (count_matches (dossier, filter), ==, 1);
  passend_entry_filter_set_query (filter, NULL);
  g_assert_cmpint (change, ==, PASSEND_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpuint (count_matches (dossier, filter), ==, 3);

  /* Agreements are searched too, and their changes are seen. */
  passend_entry_filter_set_query (filter, "handelingsplan");
  g_assert_cmpuint (count_matches (dossier, filter), ==, 1);
  g_object_set (agreement, "what", "OPP opsturen", NULL);
  g_assert_cmpuint (count_matches (dossier, filter), ==, 0);
  passend_entry_filter_set_query (filter, "opp");
  g_assert_cmpuint (count_matches (dossier, filter), ==, 1);
  passend_entry_filter_set_query (filter, "kwartiel");
  g_assert_cmpuint (count_matches (dossier, filter), ==, 0);
  g_object_set (agreement, "outcome", "Besproken in het kwartieloverleg", NULL);
  g_assert_cmpuint (count_matches (dossier, filter), ==, 1);
  passend_entry_filter_set_query (filter, "");

  /* Only entries with an open agreement. */
  passend_entry_filter_set_open_only (filter, TRUE);
  g_assert_cmpuint (count_matches (dossier, filter), ==, 1);
  passend_agreement_set_status (agreement, PASSEND_AGREEMENT_STATUS_DONE);
  g_assert_cmpuint (count_matches (dossier, filter), ==, 0);
  passend_entry_filter_set_open_only (filter, FALSE);

  /* Kinds and dates. */
  passend_entry_filter_set_kinds (filter, 1u << PASSEND_ENTRY_KIND_PHONE_CALL |
                                              1u << PASSEND_ENTRY_KIND_LETTER);
  g_assert_cmpint (change, ==, PASSEND_FILTER_CHANGE_MORE_STRICT);
  g_assert_true (passend_entry_filter_is_narrowed (filter));
  g_assert_cmpuint (count_matches (dossier, filter), ==, 2);
  passend_entry_filter_set_dates (filter, "2026-04-11", NULL);
  g_assert_cmpuint (count_matches (dossier, filter), ==, 1);
  passend_entry_filter_set_dates (filter, NULL, "2026-04-10");
  g_assert_cmpuint (count_matches (dossier, filter), ==, 1);
  passend_entry_filter_set_dates (filter, NULL, NULL);
  passend_entry_filter_set_kinds (filter, PASSEND_ENTRY_KINDS_ALL);
  g_assert_cmpint (change, ==, PASSEND_FILTER_CHANGE_LESS_STRICT);
  g_assert_false (passend_entry_filter_is_narrowed (filter));
  g_assert_cmpuint (count_matches (dossier, filter), ==, 3);

  /* People are searched. */
  g_object_set (talk, "people", "Mevrouw Öztürk", NULL);
  passend_entry_filter_set_query (filter, "ozturk");
  g_assert_cmpuint (count_matches (dossier, filter), ==, 1);
}

static void
test_text_round_trips (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendDossier) back = NULL;
  g_autoptr (GString) big = g_string_new (NULL);
  g_autoptr (PassendEntry) entry = NULL;
  g_autoptr (PassendEntry) read = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  const char      *odd =
      "Emoji 👩‍👧 RTL \u202Eسارا\u202C combining e\u0301 \"quotes\" \\ \t tab\nline";
  gsize length;

  /* A megabyte pasted in, with every sort of character. */
  while (big->len < 1024 * 1024)
    g_string_append (big, odd);

  entry = add_entry (dossier, NULL, PASSEND_ENTRY_KIND_EMAIL, "2026-01-01", odd, big->str);
  g_object_set (entry, "people", "Sára Ó'Brien — يوسف", "direction", PASSEND_DIRECTION_RECEIVED,
                "role", PASSEND_ROLE_PARTNERSHIP, NULL);

  text = passend_dossier_write (dossier, 0, &length);
  back = passend_dossier_new_from_text (text, length, &error);
  g_assert_no_error (error);
  read = g_list_model_get_item (passend_dossier_get_entries (back), 0);
  g_assert_cmpstr (passend_entry_get_text (read), ==, big->str);
  g_assert_cmpstr (passend_entry_get_title (read), ==, odd);
  g_assert_cmpstr (passend_entry_get_people (read), ==, "Sára Ó'Brien — يوسف");
  g_assert_cmpint (passend_entry_get_direction (read), ==, PASSEND_DIRECTION_RECEIVED);
  g_assert_cmpint (passend_entry_get_role (read), ==, PASSEND_ROLE_PARTNERSHIP);
}

/* @text with the @nth (from 1) "@name":"@value" given @with instead. */
static char *
with_member (const char *text, const char *name, const char *value, guint nth, const char *with)
{
  g_autofree char *find = g_strdup_printf ("\"%s\": \"%s\"", name, value);
  g_autofree char *put = g_strdup_printf ("\"%s\": \"%s\"", name, with);
  const char      *at = text;

  for (guint i = 0; at != NULL && i < nth; i++)
    at = strstr (i == 0 ? at : at + 1, find);
  g_assert_nonnull (at);
  {
    g_autofree char *head = g_strndup (text, at - text);

    return g_strconcat (head, put, at + strlen (find), NULL);
  }
}

static void
assert_load_refused (const char *text, const char *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PassendDossier) read = passend_dossier_new_from_text (text, strlen (text), &error);

  g_assert_null (read);
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

/* Every id is used once in its list and every reference leads to a
 * record that is there: checked when read and before a save, and the
 * message names the record (never its content). */
static void
test_references_checked (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  PassendChild *child = passend_dossier_add_child (dossier, "Sam");
  const char   *child_id = passend_record_get_id (PASSEND_RECORD (child));
  g_autoptr (PassendEntry) first =
      add_entry (dossier, child, PASSEND_ENTRY_KIND_LETTER, "2026-01-05", "Talk", NULL);
  g_autoptr (PassendEntry) second =
      add_entry (dossier, child, PASSEND_ENTRY_KIND_EMAIL, "2026-01-06", "Mail", NULL);
  g_autoptr (PassendAgreement) agreement = add_agreement (dossier, second, "Plan", "2026-02-01");
  const char      *first_id = passend_record_get_id (PASSEND_RECORD (first));
  const char      *second_id = passend_record_get_id (PASSEND_RECORD (second));
  g_autofree char *text = dossier_text (dossier);
  g_autoptr (GError) error = NULL;

  g_assert_true (passend_dossier_validate (dossier, &error));
  g_assert_no_error (error);

  {
    g_autofree char *twice = with_member (text, "id", second_id, 1, first_id);
    g_autofree char *no_child = with_member (text, "child_id", child_id, 2, "nope");
    g_autofree char *no_entry = with_member (text, "entry_id", second_id, 1, "nope");

    assert_load_refused (twice, "entry 2: an id used before");
    assert_load_refused (no_child, "entry 2: refers to something that does not exist");
    assert_load_refused (no_entry, "agreement 1: refers to something that does not exist");
  }

  /* The same checks on what is in memory, before it is written. */
  passend_entry_set_child_id (second, "nope");
  g_assert_false (passend_dossier_validate (dossier, &error));
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "entry 2: refers to something that does not exist");
}

/* The Dossier page's order: newest date first, then the latest time,
 * an entry without a time last in its day, then the one written down
 * last. */
static void
test_newest_first (void)
{
  g_autoptr (PassendEntry) morning = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-03-02", "A");
  g_autoptr (PassendEntry) evening = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-03-02", "B");
  g_autoptr (PassendEntry) untimed =
      g_object_new (PASSEND_TYPE_ENTRY, "date", "2026-03-02", "title", "C", "created",
                    "2026-03-02T10:00:00Z", NULL);
  g_autoptr (PassendEntry) later = g_object_new (PASSEND_TYPE_ENTRY, "date", "2026-03-02", "title",
                                                 "D", "created", "2026-03-02T11:00:00Z", NULL);
  g_autoptr (PassendEntry) next_day =
      passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-03-03", "E");
  PassendEntry *sorted[5];

  g_object_set (morning, "time", "09:00", NULL);
  g_object_set (evening, "time", "19:30", NULL);

  sorted[0] = next_day, sorted[1] = evening, sorted[2] = morning;
  sorted[3] = later, sorted[4] = untimed;
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    for (guint j = 0; j < G_N_ELEMENTS (sorted); j++)
      {
        int order = passend_entry_compare_newest_first (sorted[i], sorted[j]);

        if (i < j)
          g_assert_cmpint (order, <, 0);
        else if (i > j)
          g_assert_cmpint (order, >, 0);
        else
          g_assert_cmpint (order, ==, 0);
      }

  /* A new date or time sorts anew (the entry keeps them as a number). */
  g_object_set (next_day, "date", "2026-03-01", NULL);
  g_assert_cmpint (passend_entry_compare_newest_first (next_day, untimed), >, 0);
  g_object_set (morning, "time", "20:00", NULL);
  g_assert_cmpint (passend_entry_compare_newest_first (morning, evening), <, 0);
  g_assert_cmpuint (passend_entry_get_day_number (morning), ==, 20260302);

  /* No date sorts after every date; a date no calendar has is compared
   * as text. */
  {
    g_autoptr (PassendEntry) undated = g_object_new (PASSEND_TYPE_ENTRY, "title", "F", NULL);
    g_autoptr (PassendEntry) odd = g_object_new (PASSEND_TYPE_ENTRY, "title", "G", NULL);

    g_assert_cmpint (passend_entry_compare_newest_first (undated, next_day), >, 0);
    g_assert_cmpuint (passend_entry_get_day_number (undated), ==, 0);
    /* The setter takes it; a save would refuse it. */
    g_object_set (odd, "date", "2026-02-30", NULL);
    g_assert_cmpint (passend_entry_compare_newest_first (odd, next_day), >, 0);
    g_assert_cmpint (passend_entry_compare_newest_first (odd, evening), >, 0);
    g_assert_cmpint (passend_entry_compare_newest_first (odd, undated), <, 0);
    g_assert_cmpuint (passend_entry_get_day_number (odd), ==, 0);
  }
}

static void
test_document_names_checked (void)
{
  static const char *bad_files[] = {
    "../dossier.json", "a/b.pdf", ".hidden", "", "x y.pdf", "é.pdf"
  };
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendEntry) entry =
      add_entry (dossier, NULL, PASSEND_ENTRY_KIND_DOCUMENT, "2026-01-01", "Report", NULL);

  g_assert_true (passend_document_file_name_is_valid ("0b1c-22.pdf"));
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autoptr (PassendDocument) doc = passend_document_new ("report.pdf", bad_files[i], 1);
      g_autoptr (GError) error = NULL;

      g_assert_false (passend_document_file_name_is_valid (bad_files[i]));
      passend_dossier_add_document (dossier, entry, doc);
      g_assert_false (passend_dossier_validate (dossier, &error));
      g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
      passend_dossier_remove_document (dossier, doc);
    }

  /* A document must belong to an entry that exists. */
  {
    const char *text = "{\"version\":1,\"entries\":[],\"documents\":[{\"id\":\"d\","
                       "\"created\":\"2026-01-01T00:00:00Z\",\"modified\":\"2026-01-01T00:00:00Z\","
                       "\"entry_id\":\"nope\",\"name\":\"a.pdf\",\"file\":\"a.pdf\",\"size\":1}]}";
    g_autoptr (GError) error = NULL;
    g_autoptr (PassendDossier) read = passend_dossier_new_from_text (text, strlen (text), &error);

    g_assert_null (read);
    g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID);
  }
}

static void
test_document_import (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *source_dir = test_make_dir ();
  g_autofree char *source = test_write_file (source_dir, "Verslag juni.PDF", "%PDF-1.4 test", -1);
  g_autofree char *copy_path = NULL;
  g_autofree char *copy = NULL;
  g_autoptr (PassendDocument) doc = NULL;
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendEntry) entry =
      add_entry (dossier, NULL, PASSEND_ENTRY_KIND_DOCUMENT, "2026-01-01", "Report", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_build_filename (dir, "documents", NULL);
  mode_t           old_umask = umask (0);

  doc = passend_document_files_import (dir, source, &error);
  umask (old_umask);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_document_get_name (doc), ==, "Verslag juni.PDF");
  g_assert_cmpint (passend_document_get_size (doc), ==, 13);
  g_assert_true (g_str_has_suffix (passend_document_get_file (doc), ".pdf"));
  copy_path = passend_document_files_get_path (dir, doc);
  copy = test_read_file (copy_path, NULL);
  g_assert_cmpstr (copy, ==, "%PDF-1.4 test");
  g_assert_cmpuint (test_file_mode (copy_path), ==, 0600);
  g_assert_cmpuint (test_file_mode (folder), ==, 0700);

  /* The copy stays when the original goes. */
  g_unlink (source);
  g_assert_true (passend_document_files_exists (dir, doc));

  /* Unused copies go; used ones, foreign files and copies a backup or a
   * damaged file set aside still names stay. */
  passend_dossier_add_document (dossier, entry, doc);
  {
    g_autofree char *backups = g_build_filename (dir, "backups", NULL);
    g_autofree char *stray = test_write_file (folder, "0000-stray.pdf", "x", -1);
    g_autofree char *in_backup = test_write_file (folder, "1111-in-backup.pdf", "x", -1);
    g_autofree char *set_aside = test_write_file (folder, "2222-set-aside.pdf", "x", -1);
    g_autofree char *foreign = test_write_file (folder, "My notes.txt", "x", -1);

    g_assert_cmpint (g_mkdir_with_parents (backups, 0700), ==, 0);
    g_free (test_write_file (backups, "dossier-20261101-100000-000.json",
                             "{\"documents\": [{\"file\": \"1111-in-backup.pdf\"}]}", -1));
    g_free (test_write_file (dir, "dossier.json.damaged-20261102-100000-000",
                             "{\"file\": \"2222-set-aside.pdf\" GARBAGE", -1));

    g_assert_cmpuint (passend_document_files_sweep (dir, dossier), ==, 1);
    g_assert_false (g_file_test (stray, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (in_backup, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (set_aside, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (foreign, G_FILE_TEST_EXISTS));
    g_assert_true (passend_document_files_exists (dir, doc));

    /* Once the backup is gone (rotated out), so is its copy. */
    test_remove_dir (backups);
    g_assert_cmpuint (passend_document_files_sweep (dir, dossier), ==, 1);
    g_assert_false (g_file_test (in_backup, G_FILE_TEST_EXISTS));
  }

  /* A copy still used is never deleted. */
  g_assert_false (passend_document_files_delete (dir, dossier, doc));
  g_assert_true (passend_document_files_exists (dir, doc));

  /* A deleted entry's copy stays as long as a backup names it... */
  {
    g_autoptr (PassendRemoval) removal = passend_dossier_remove_entry (dossier, entry);
    g_autoptr (GPtrArray) documents = passend_removal_get_documents (removal);
    g_autofree char *backups = g_build_filename (dir, "backups", NULL);
    g_autofree char *backup_text =
        g_strdup_printf ("{\"file\": \"%s\"}", passend_document_get_file (doc));

    g_assert_cmpuint (documents->len, ==, 1);
    g_assert_true (g_ptr_array_index (documents, 0) == doc);
    g_assert_cmpint (g_mkdir_with_parents (backups, 0700), ==, 0);
    g_free (test_write_file (backups, "dossier-20261103-100000-000.json", backup_text, -1));
    g_assert_cmpuint (passend_document_files_sweep (dir, dossier), ==, 0);
    g_assert_true (passend_document_files_exists (dir, doc));

    /* ...and goes with the last backup that named it. */
    test_remove_dir (backups);
    g_assert_cmpuint (passend_document_files_sweep (dir, dossier), ==, 1);
    g_assert_false (passend_document_files_exists (dir, doc));
  }

  test_remove_dir (source_dir);
  test_remove_dir (dir);
}

static void
test_document_import_refuses (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autofree char *big = g_build_filename (dir, "big.bin", NULL);
  g_autofree char *folder = g_build_filename (dir, "documents", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PassendDocument) doc = NULL;
  gint64 start;
  FILE  *f;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  start = g_get_monotonic_time ();
  doc = passend_document_files_import (dir, fifo, &error);
  g_assert_null (doc);
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_NOT_REGULAR);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_clear_error (&error);

  doc = passend_document_files_import (dir, dir, &error);
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_NOT_REGULAR);
  g_clear_error (&error);

  doc = passend_document_files_import (dir, "/nonexistent/file.pdf", &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Too large: a sparse file, so the test writes nothing real. */
  f = fopen (big, "w");
  g_assert_nonnull (f);
  g_assert_cmpint (ftruncate (fileno (f), PASSEND_DOCUMENT_MAX_SIZE + 1), ==, 0);
  fclose (f);
  doc = passend_document_files_import (dir, big, &error);
  g_assert_null (doc);
  g_assert_error (error, PASSEND_ERROR, PASSEND_ERROR_TOO_LARGE);

  /* Nothing was left behind in the documents folder. */
  g_assert_cmpuint (g_file_test (folder, G_FILE_TEST_IS_DIR) ? test_count_files (folder) : 0, ==,
                    0);

  test_remove_dir (dir);
}

static void
test_date_input (void)
{
  static const struct
  {
    const char *in, *out;
  } dates[] = {
    { "23-11-2026", "2026-11-23" },
    { " 3/2/2026 ", "2026-02-03" },
    { "3.2.26", "2026-02-03" },
    { "2026-11-23", "2026-11-23" },
    { "29-2-2024", "2024-02-29" },
    { "29-2-2026", NULL },
    { "31-4-2026", NULL },
    { "2026-13-01", NULL },
    { "23-11", NULL },
    { "23-11-2026x", NULL },
    { "23-11/2026", NULL },
    { "", NULL },
    { "morgen", NULL },
    { "123-1-2026", NULL },
  };
  static const struct
  {
    const char *in, *out;
  } times[] = {
    { "9:30", "09:30" }, { "14.05", "14:05" }, { "24:00", NULL }, { "9:3", NULL }, { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *parsed = passend_date_parse_input (dates[i].in);

      g_assert_cmpstr (parsed, ==, dates[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *parsed = passend_time_parse_input (times[i].in);

      g_assert_cmpstr (parsed, ==, times[i].out);
    }

  {
    g_autofree char *shown = passend_date_to_input ("2026-02-03");
    g_autofree char *back = passend_date_parse_input (shown);

    g_assert_cmpstr (shown, ==, "3-2-2026");
    g_assert_cmpstr (back, ==, "2026-02-03");
  }

  g_assert_cmpint (passend_date_check ("2026-11-23", "2026-11-23"), ==, PASSEND_DATE_PLAUSIBLE);
  g_assert_cmpint (passend_date_check ("2027-11-23", "2026-11-23"), ==, PASSEND_DATE_PLAUSIBLE);
  g_assert_cmpint (passend_date_check ("2027-11-25", "2026-11-23"), ==, PASSEND_DATE_FAR_AHEAD);
  g_assert_cmpint (passend_date_check ("2007-01-01", "2026-11-23"), ==, PASSEND_DATE_PLAUSIBLE);
  g_assert_cmpint (passend_date_check ("2006-11-01", "2026-11-23"), ==, PASSEND_DATE_LONG_AGO);
}

static void
count_cb (gpointer instance, guint *count)
{
  (*count)++;
}

/* The dossier hears of changes to the records it holds, and only those. */
static void
test_record_owner (void)
{
  g_autoptr (PassendDossier) dossier = passend_dossier_new ();
  g_autoptr (PassendChild) kept = NULL;
  g_autoptr (PassendRemoval) removal = NULL;
  PassendEntry *entry = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, "2026-11-02", "Note");
  PassendChild *child;
  guint         changes = 0;

  child = passend_dossier_add_child (dossier, "Sam");
  passend_dossier_add_entry (dossier, entry);
  g_object_unref (entry);
  g_signal_connect (dossier, "changed", G_CALLBACK (count_cb), &changes);

  passend_child_set_name (child, "Samira");
  g_assert_cmpuint (changes, ==, 1);
  passend_entry_set_text (entry, "Changed");
  g_assert_cmpuint (changes, ==, 2);

  /* A removed entry is no longer the dossier's. */
  removal = passend_dossier_remove_entry (dossier, entry);
  g_assert_cmpuint (changes, ==, 3);
  passend_entry_set_text (passend_removal_get_entry (removal), "After removal");
  g_assert_cmpuint (changes, ==, 3);
  g_assert_true (passend_dossier_restore (dossier, removal));
  g_assert_cmpuint (changes, ==, 4);
  passend_entry_set_text (passend_removal_get_entry (removal), "Back again");
  g_assert_cmpuint (changes, ==, 5);

  /* The detail says what changed, so pages can let others' changes by. */
  {
    guint  entry_changes = 0, structure_changes = 0, child_changes = 0;
    gulong ids[3];

    ids[0] =
        g_signal_connect (dossier, "changed::PassendEntry", G_CALLBACK (count_cb), &entry_changes);
    ids[1] =
        g_signal_connect (dossier, "changed::structure", G_CALLBACK (count_cb), &structure_changes);
    ids[2] =
        g_signal_connect (dossier, "changed::PassendChild", G_CALLBACK (count_cb), &child_changes);
    passend_entry_set_text (entry, "Once more");
    g_assert_cmpuint (entry_changes, ==, 1);
    g_assert_cmpuint (child_changes, ==, 0);
    passend_dossier_add_child (dossier, "Noor");
    g_assert_cmpuint (structure_changes, ==, 1);
    g_assert_cmpuint (entry_changes, ==, 1);
    passend_child_set_name (child, "Sammie");
    g_assert_cmpuint (child_changes, ==, 1);
    g_assert_cmpuint (changes, ==, 8);
    for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
      g_signal_handler_disconnect (dossier, ids[i]);
  }

  /* A record that outlives its dossier changes without calling back. */
  kept = g_object_ref (child);
  g_clear_object (&dossier);
  g_assert_null (passend_record_get_owner (PASSEND_RECORD (kept)));
  passend_child_set_name (kept, "Sam");
  g_assert_cmpstr (passend_child_get_name (kept), ==, "Sam");
  g_assert_cmpuint (changes, ==, 8);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dossier/remove-and-restore-exactly", test_remove_and_restore_exactly);
  g_test_add_func ("/dossier/restore-refused-when-child-gone",
                   test_restore_refused_when_child_gone);
  g_test_add_func ("/dossier/date-input", test_date_input);
  g_test_add_func ("/dossier/record-owner", test_record_owner);
  g_test_add_func ("/dossier/agreement-status", test_agreement_status);
  g_test_add_func ("/dossier/summary", test_summary);
  g_test_add_func ("/dossier/summary-follows-changes", test_summary_follows_changes);
  g_test_add_func ("/dossier/child-ids-shared", test_child_ids_shared);
  g_test_add_func ("/dossier/filter", test_filter);
  g_test_add_func ("/dossier/text-round-trips", test_text_round_trips);
  g_test_add_func ("/dossier/references-checked", test_references_checked);
  g_test_add_func ("/dossier/newest-first", test_newest_first);
  g_test_add_func ("/dossier/document-names-checked", test_document_names_checked);
  g_test_add_func ("/dossier/document-import", test_document_import);
  g_test_add_func ("/dossier/document-import-refuses", test_document_import_refuses);

  return g_test_run ();
}
