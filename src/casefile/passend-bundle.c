/* passend-bundle.c - what goes into the evidence bundle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parent's choices (a child, a period, kinds, hand-picked entries,
 * documents and text left out) are applied on the main thread to make
 * a copy of exactly what will be printed.  The worker that writes the
 * PDF then touches no record of the dossier, which may change in the
 * meantime.  Text a parent marked private is never copied at all.
 */
#define G_LOG_DOMAIN "passend-bundle"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "passend-bundle-private.h"
#include "passend-clock.h"
#include "passend-documents.h"
#include "passend-json.h"

G_DEFINE_BOXED_TYPE (PassendBundle, passend_bundle, passend_bundle_ref, passend_bundle_unref)

/* The summary of an entry: its first paragraph, cut at this length. */
#define SUMMARY_MAX_CHARS 700

PassendBundleSpec *
passend_bundle_spec_new (void)
{
  PassendBundleSpec *spec = g_new0 (PassendBundleSpec, 1);

  spec->left_out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  spec->private_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  spec->left_out_documents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return spec;
}

void
passend_bundle_spec_free (PassendBundleSpec *spec)
{
  if (spec == NULL)
    return;
  g_free (spec->child_id);
  g_free (spec->from);
  g_free (spec->to);
  g_clear_pointer (&spec->picked, g_hash_table_unref);
  g_clear_pointer (&spec->left_out, g_hash_table_unref);
  g_clear_pointer (&spec->private_text, g_hash_table_unref);
  g_clear_pointer (&spec->left_out_documents, g_hash_table_unref);
  g_free (spec->title);
  g_free (spec->for_whom);
  g_free (spec);
}

static gboolean
set_has (GHashTable *set, const char *id)
{
  return set != NULL && id != NULL && g_hash_table_contains (set, id);
}

/**
 * passend_bundle_spec_takes_entry:
 *
 * Returns: %TRUE if @entry goes into the bundle by its child, date,
 *   kind and the parent's picks (not by its agreements, which only the
 *   dossier knows)
 */
gboolean
passend_bundle_spec_takes_entry (const PassendBundleSpec *spec, PassendEntry *entry)
{
  const char *id = passend_record_get_id (PASSEND_RECORD (entry));
  const char *date = passend_entry_get_date (entry);

  if (spec->child_id != NULL && g_strcmp0 (spec->child_id, passend_entry_get_child_id (entry)) != 0)
    return FALSE;
  if (spec->from != NULL && g_strcmp0 (date, spec->from) < 0)
    return FALSE;
  if (spec->to != NULL && g_strcmp0 (date, spec->to) > 0)
    return FALSE;
  if (spec->kinds != 0 && (spec->kinds & (1u << passend_entry_get_kind (entry))) == 0)
    return FALSE;
  if (spec->picked != NULL && !set_has (spec->picked, id))
    return FALSE;
  return !set_has (spec->left_out, id);
}

static void
exhibit_free (BundleExhibit *exhibit)
{
  g_free (exhibit->name);
  g_free (exhibit->path);
  g_free (exhibit->entry_date);
  g_free (exhibit->entry_title);
  g_free (exhibit);
}

static void
agreement_free (BundleAgreement *agreement)
{
  g_free (agreement->what);
  g_free (agreement->who);
  g_free (agreement->due);
  g_free (agreement);
}

static void
entry_free (BundleEntry *entry)
{
  g_free (entry->date);
  g_free (entry->time);
  g_free (entry->people);
  g_free (entry->title);
  g_free (entry->summary);
  g_ptr_array_unref (entry->agreements);
  g_array_unref (entry->exhibits);
  g_free (entry);
}

static void
section_free (BundleSection *section)
{
  g_free (section->child_name);
  g_ptr_array_unref (section->entries);
  g_ptr_array_unref (section->agreements);
  g_free (section);
}

static BundleAgreement *
copy_agreement (PassendAgreement *agreement)
{
  BundleAgreement *copy = g_new0 (BundleAgreement, 1);
  const char      *who = passend_agreement_get_who_name (agreement);

  copy->what = g_strdup (passend_agreement_get_what (agreement));
  if (who != NULL && *who != '\0')
    copy->who = g_strdup_printf ("%s (%s)", who,
                                 bundle_party_label (passend_agreement_get_party (agreement)));
  else
    copy->who = g_strdup (bundle_party_label (passend_agreement_get_party (agreement)));
  copy->due = g_strdup (passend_agreement_get_due_date (agreement));
  copy->status = passend_agreement_get_status (agreement);
  return copy;
}

static int
compare_entries (gconstpointer a, gconstpointer b)
{
  PassendEntry *x = *(PassendEntry **)a;
  PassendEntry *y = *(PassendEntry **)b;
  int           by_date = g_strcmp0 (passend_entry_get_date (x), passend_entry_get_date (y));

  return by_date != 0 ? by_date
                      : g_strcmp0 (passend_entry_get_time (x), passend_entry_get_time (y));
}

/* What the copy is made from; the dossier's agreements and documents
 * looked up by entry once, not once per entry. */
typedef struct
{
  PassendBundle           *self;
  PassendStore            *store;
  PassendDossier          *dossier;
  const PassendBundleSpec *spec;
  GHashTable              *agreements; /* entry id -> GPtrArray of records */
  GHashTable              *documents;
} Copier;

static GHashTable *
index_by_entry (GListModel *records, const char *(*get_entry_id) (gpointer record))
{
  GHashTable *index =
      g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
  guint n = g_list_model_get_n_items (records);

  for (guint i = 0; i < n; i++)
    {
      gpointer    record = g_list_model_get_item (records, i);
      const char *entry_id = get_entry_id (record);
      GPtrArray  *list;

      if (entry_id == NULL || *entry_id == '\0')
        {
          g_object_unref (record);
          continue;
        }
      list = g_hash_table_lookup (index, entry_id);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (index, g_strdup (entry_id), list);
        }
      g_ptr_array_add (list, record);
    }
  return index;
}

static const char *
agreement_entry (gpointer record)
{
  return passend_agreement_get_entry_id (record);
}

static const char *
document_entry (gpointer record)
{
  return passend_document_get_entry_id (record);
}

static GPtrArray *
lookup (GHashTable *index, PassendEntry *entry)
{
  return g_hash_table_lookup (index, passend_record_get_id (PASSEND_RECORD (entry)));
}

/* The entries of @child_id the spec takes, oldest first. */
static GPtrArray *
select_entries (Copier *copier, const char *child_id)
{
  GListModel *entries = passend_dossier_get_entries (copier->dossier);
  GPtrArray  *selected = g_ptr_array_new ();
  guint       n = g_list_model_get_n_items (entries);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendEntry) entry = g_list_model_get_item (entries, i);
      GPtrArray *agreements;

      if (g_strcmp0 (passend_entry_get_child_id (entry), child_id) != 0 ||
          !passend_bundle_spec_takes_entry (copier->spec, entry))
        continue;
      agreements = lookup (copier->agreements, entry);
      if (copier->spec->only_with_agreements && (agreements == NULL || agreements->len == 0))
        continue;
      g_ptr_array_add (selected, entry);
    }

  g_ptr_array_sort (selected, compare_entries);
  return selected;
}

static void
add_exhibits (Copier *copier, PassendEntry *entry, BundleEntry *copy)
{
  GPtrArray     *documents = lookup (copier->documents, entry);
  PassendBundle *self = copier->self;

  for (guint i = 0; documents != NULL && i < documents->len; i++)
    {
      PassendDocument *document = documents->pdata[i];
      BundleExhibit   *exhibit;
      g_autoptr (GFile) file = NULL;

      if (set_has (copier->spec->left_out_documents,
                   passend_record_get_id (PASSEND_RECORD (document))))
        continue;

      exhibit = g_new0 (BundleExhibit, 1);
      exhibit->number = self->exhibits->len + 1;
      exhibit->name = g_strdup (passend_document_get_name (document));
      file =
          copier->store != NULL ? passend_store_get_document_file (copier->store, document) : NULL;
      exhibit->path = file != NULL ? g_file_get_path (file) : NULL;
      exhibit->size = passend_document_get_size (document);
      exhibit->entry_date = g_strdup (copy->date);
      exhibit->entry_title = g_strdup (copy->title);
      g_ptr_array_add (self->exhibits, exhibit);
      g_array_append_val (copy->exhibits, exhibit->number);
    }
}

static BundleEntry *
copy_entry (Copier *copier, PassendEntry *entry, BundleSection *section)
{
  BundleEntry *copy = g_new0 (BundleEntry, 1);
  GPtrArray   *agreements = lookup (copier->agreements, entry);
  const char  *id = passend_record_get_id (PASSEND_RECORD (entry));

  copy->date = g_strdup (passend_entry_get_date (entry));
  copy->time = g_strdup (passend_entry_get_time (entry));
  copy->kind = passend_entry_get_kind (entry);
  copy->people = g_strdup (passend_entry_get_people (entry));
  copy->role = passend_entry_get_role (entry);
  copy->direction = passend_entry_get_direction (entry);
  copy->title = g_strdup (passend_entry_get_title (entry));
  if (!set_has (copier->spec->private_text, id))
    copy->summary = bundle_summarize (passend_entry_get_text (entry));
  copy->agreements = g_ptr_array_new ();
  copy->exhibits = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    {
      BundleAgreement *agreement = copy_agreement (agreements->pdata[i]);

      g_ptr_array_add (section->agreements, agreement);
      g_ptr_array_add (copy->agreements, agreement);
    }

  add_exhibits (copier, entry, copy);
  return copy;
}

/* Agreements made without an entry go in the table too, by their date,
 * unless the parent picked the entries by hand. */
static void
add_child_agreements (Copier *copier, const char *child_id, BundleSection *section)
{
  const PassendBundleSpec *spec = copier->spec;
  GListModel              *agreements = passend_dossier_get_agreements (copier->dossier);
  guint                    n = g_list_model_get_n_items (agreements);

  if (spec->picked != NULL)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendAgreement) agreement = g_list_model_get_item (agreements, i);
      const char *due = passend_agreement_get_due_date (agreement);
      const char *entry_id = passend_agreement_get_entry_id (agreement);

      if ((entry_id != NULL && *entry_id != '\0') ||
          g_strcmp0 (passend_agreement_get_child_id (agreement), child_id) != 0)
        continue;
      if (due != NULL && ((spec->from != NULL && g_strcmp0 (due, spec->from) < 0) ||
                          (spec->to != NULL && g_strcmp0 (due, spec->to) > 0)))
        continue;
      g_ptr_array_add (section->agreements, copy_agreement (agreement));
    }
}

static BundleSection *
copy_section (Copier *copier, PassendChild *child)
{
  BundleSection *section = g_new0 (BundleSection, 1);
  const char    *child_id = passend_record_get_id (PASSEND_RECORD (child));
  g_autoptr (GPtrArray) entries = select_entries (copier, child_id);

  section->child_name = g_strdup (passend_child_get_name (child));
  section->entries = g_ptr_array_new_with_free_func ((GDestroyNotify)entry_free);
  section->agreements = g_ptr_array_new_with_free_func ((GDestroyNotify)agreement_free);

  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (section->entries, copy_entry (copier, entries->pdata[i], section));
  copier->self->n_entries += entries->len;
  add_child_agreements (copier, child_id, section);
  return section;
}

/**
 * passend_bundle_new:
 * @store: (nullable): where the documents are; %NULL lists every
 *   document as missing
 * @dossier: the dossier to take the entries from
 * @spec: the parent's choices
 *
 * Copies what the bundle will print.  Call on the thread that owns
 * @dossier.
 *
 * Returns: (transfer full): the bundle, ready to write
 */
PassendBundle *
passend_bundle_new (PassendStore *store, PassendDossier *dossier, const PassendBundleSpec *spec)
{
  PassendBundle *self = g_new0 (PassendBundle, 1);
  GListModel    *children = passend_dossier_get_children (dossier);
  guint          n = g_list_model_get_n_items (children);
  Copier         copier = { self, store, dossier, spec, NULL, NULL };

  g_atomic_ref_count_init (&self->ref_count);
  self->title =
      g_strdup (spec->title != NULL && *spec->title != '\0' ? spec->title : _ ("Evidence bundle"));
  self->for_whom =
      g_strdup (spec->for_whom != NULL && *spec->for_whom != '\0' ? spec->for_whom : NULL);
  self->from = g_strdup (spec->from);
  self->to = g_strdup (spec->to);
  self->made = passend_clock_get_today ();
  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify)section_free);
  self->exhibits = g_ptr_array_new_with_free_func ((GDestroyNotify)exhibit_free);
  copier.agreements = index_by_entry (passend_dossier_get_agreements (dossier), agreement_entry);
  copier.documents = index_by_entry (passend_dossier_get_documents (dossier), document_entry);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendChild) child = g_list_model_get_item (children, i);

      if (spec->child_id != NULL &&
          g_strcmp0 (spec->child_id, passend_record_get_id (PASSEND_RECORD (child))) != 0)
        continue;
      g_ptr_array_add (self->sections, copy_section (&copier, child));
    }

  g_hash_table_unref (copier.agreements);
  g_hash_table_unref (copier.documents);
  return self;
}

PassendBundle *
passend_bundle_ref (PassendBundle *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
passend_bundle_unref (PassendBundle *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->title);
  g_free (self->for_whom);
  g_free (self->from);
  g_free (self->to);
  g_free (self->made);
  g_ptr_array_unref (self->sections);
  g_ptr_array_unref (self->exhibits);
  g_free (self);
}

guint
passend_bundle_get_n_entries (PassendBundle *self)
{
  return self->n_entries;
}

guint
passend_bundle_get_n_exhibits (PassendBundle *self)
{
  return self->exhibits->len;
}

/**
 * bundle_summarize:
 * @text: (nullable): an entry's text
 *
 * Returns: (transfer full) (nullable): its first paragraph on one line,
 *   cut with an ellipsis when long; %NULL for no text
 */
char *
bundle_summarize (const char *text)
{
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean space = FALSE;
  glong    chars = 0;

  if (text == NULL)
    return NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' && out->len > 0 && g_str_has_prefix (g_utf8_next_char (p), "\n"))
        break;
      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (chars >= SUMMARY_MAX_CHARS)
        {
          g_string_append (out, "…");
          break;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
      chars++;
    }

  return out->len > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}
