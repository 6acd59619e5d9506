/* passend-entry-filter.c - which entries the dossier page shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The search matches the title, people and text of an entry and the
 * agreements made in it, folded so that "zorgcoordinator" finds
 * "Zorgcoördinator".  Entries for all children show for every child.
 *
 * The agreements are indexed once per change of the dossier (not per
 * keystroke): entry id -> their folded text and whether one is open.
 */
#define G_LOG_DOMAIN "passend-entry-filter"

#include "config.h"

#include <string.h>

#include "passend-dossier-private.h"
#include "passend-entry-filter.h"
#include "passend-text.h"
#include "passend-thread.h"

struct _PassendEntryFilter
{
  GObject parent_instance;

  PassendDossier *dossier;
  char           *query;  /* as typed */
  char           *folded; /* NULL when empty */
  guint           chain;  /* each query of a chain starts with the one before */
  guint           kinds;
  char           *child_id;
  char           *date_from;
  char           *date_to;
  gboolean        open_only;
  /* The last change only made the query longer: what passed before
   * still passes all but the query (passend_entry_filter_match_narrowed()). */
  gboolean query_narrowed;

  /* entry id -> AgreementIndex, NULL until needed after a change */
  GHashTable *agreements;
};

typedef struct
{
  GPtrArray *agreements; /* of the entry, a reference each */
  gboolean   open;
} AgreementIndex;

G_DEFINE_FINAL_TYPE (PassendEntryFilter, passend_entry_filter, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
agreement_index_free (gpointer data)
{
  AgreementIndex *index = data;

  g_ptr_array_unref (index->agreements);
  g_free (index);
}

/* @query_narrowed: the change only made the query longer */
static void
emit_change (PassendEntryFilter *self, PassendFilterChange change, gboolean query_narrowed)
{
  self->query_narrowed = query_narrowed;
  g_signal_emit (self, signals[CHANGED], 0, change);
}

static void
emit_changed (PassendEntryFilter *self, PassendFilterChange change)
{
  emit_change (self, change, FALSE);
}

static void
dossier_changed_cb (PassendEntryFilter *self)
{
  g_clear_pointer (&self->agreements, g_hash_table_unref);
}

static GHashTable *
get_agreements (PassendEntryFilter *self)
{
  GListModel *model;
  guint       n;

  if (self->agreements != NULL)
    return self->agreements;

  self->agreements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, agreement_index_free);
  model = passend_dossier_get_agreements (self->dossier);
  n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendAgreement) agreement = g_list_model_get_item (model, i);
      const char     *entry_id = passend_agreement_get_entry_id (agreement);
      AgreementIndex *index;

      if (entry_id == NULL)
        continue;

      index = g_hash_table_lookup (self->agreements, entry_id);
      if (index == NULL)
        {
          index = g_new0 (AgreementIndex, 1);
          index->agreements = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (self->agreements, g_strdup (entry_id), index);
        }
      /* Their folded text is kept by each agreement, and made on the
       * loading thread (passend_entry_filter_prepare()). */
      g_ptr_array_add (index->agreements, g_object_ref (agreement));

      if (passend_agreement_get_status (agreement) == PASSEND_AGREEMENT_STATUS_OPEN)
        index->open = TRUE;
    }

  return self->agreements;
}

static AgreementIndex *
lookup_agreements (PassendEntryFilter *self, PassendEntry *entry)
{
  return g_hash_table_lookup (get_agreements (self),
                              passend_record_get_id (PASSEND_RECORD (entry)));
}

/* Whether the folded text of one of the entry's agreements holds
 * @folded (never a newline, so never across two fields). */
static gboolean
agreements_match (AgreementIndex *index, const char *folded)
{
  for (guint i = 0; i < index->agreements->len; i++)
    if (strstr (passend_agreement_get_search_key (index->agreements->pdata[i]), folded) != NULL)
      return TRUE;
  return FALSE;
}

static void
passend_entry_filter_finalize (GObject *object)
{
  PassendEntryFilter *self = PASSEND_ENTRY_FILTER (object);

  g_clear_object (&self->dossier);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->folded, g_free);
  g_clear_pointer (&self->child_id, g_free);
  g_clear_pointer (&self->date_from, g_free);
  g_clear_pointer (&self->date_to, g_free);
  g_clear_pointer (&self->agreements, g_hash_table_unref);

  G_OBJECT_CLASS (passend_entry_filter_parent_class)->finalize (object);
}

static void
passend_entry_filter_class_init (PassendEntryFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_entry_filter_finalize;

  /**
   * PassendEntryFilter::changed:
   * @change: a #PassendFilterChange
   *
   * What the filter lets through changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
}

static void
passend_entry_filter_init (PassendEntryFilter *self)
{
  self->kinds = PASSEND_ENTRY_KINDS_ALL;
}

/**
 * passend_entry_filter_new:
 * @dossier: the dossier whose entries are filtered
 */
PassendEntryFilter *
passend_entry_filter_new (PassendDossier *dossier)
{
  PassendEntryFilter *self;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), NULL);

  self = g_object_new (PASSEND_TYPE_ENTRY_FILTER, NULL);
  self->dossier = g_object_ref (dossier);
  /* The index of agreements changes with them and with the lists. */
  g_signal_connect_object (dossier, "changed::structure", G_CALLBACK (dossier_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dossier, "changed::PassendAgreement", G_CALLBACK (dossier_changed_cb),
                           self, G_CONNECT_SWAPPED);
  return self;
}

/**
 * passend_entry_filter_set_query:
 * @query: (nullable): text to find, as typed
 */
void
passend_entry_filter_set_query (PassendEntryFilter *self, const char *query)
{
  g_autofree char    *folded = NULL;
  PassendFilterChange change;

  g_return_if_fail (PASSEND_IS_ENTRY_FILTER (self));

  if (query != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (query));

      if (stripped[0] != '\0')
        folded = passend_text_fold (stripped);
    }

  if (g_strcmp0 (folded, self->folded) == 0)
    {
      g_free (self->query);
      self->query = g_strdup (query);
      return;
    }

  /* Typing one more letter only narrows: the list model then checks
   * only the entries it showed. */
  if (self->folded == NULL)
    change = PASSEND_FILTER_CHANGE_MORE_STRICT;
  else if (folded == NULL)
    change = PASSEND_FILTER_CHANGE_LESS_STRICT;
  else if (strstr (folded, self->folded) != NULL)
    change = PASSEND_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (self->folded, folded) != NULL)
    change = PASSEND_FILTER_CHANGE_LESS_STRICT;
  else
    change = PASSEND_FILTER_CHANGE_DIFFERENT;

  /* One more letter at the end: the entries look on from where they
   * found the query so far. */
  if (self->chain == 0 || self->folded == NULL || folded == NULL ||
      !g_str_has_prefix (folded, self->folded))
    self->chain = passend_entry_new_search_chain ();

  g_free (self->query);
  self->query = g_strdup (query);
  g_free (self->folded);
  self->folded = g_steal_pointer (&folded);
  emit_change (self, change, change == PASSEND_FILTER_CHANGE_MORE_STRICT && self->folded != NULL);
}

const char *
passend_entry_filter_get_query (PassendEntryFilter *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY_FILTER (self), NULL);
  return self->query;
}

/**
 * passend_entry_filter_set_kinds:
 * @kinds: a mask of (1 << #PassendEntryKind)
 */
void
passend_entry_filter_set_kinds (PassendEntryFilter *self, guint kinds)
{
  PassendFilterChange change;

  g_return_if_fail (PASSEND_IS_ENTRY_FILTER (self));

  kinds &= PASSEND_ENTRY_KINDS_ALL;
  if (kinds == self->kinds)
    return;

  if ((kinds & self->kinds) == kinds)
    change = PASSEND_FILTER_CHANGE_MORE_STRICT;
  else if ((kinds & self->kinds) == self->kinds)
    change = PASSEND_FILTER_CHANGE_LESS_STRICT;
  else
    change = PASSEND_FILTER_CHANGE_DIFFERENT;

  self->kinds = kinds;
  emit_changed (self, change);
}

guint
passend_entry_filter_get_kinds (PassendEntryFilter *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY_FILTER (self), 0);
  return self->kinds;
}

/**
 * passend_entry_filter_set_child_id:
 * @child_id: (nullable): show entries of this child (and those for all
 *   children), or %NULL for every entry
 */
void
passend_entry_filter_set_child_id (PassendEntryFilter *self, const char *child_id)
{
  g_return_if_fail (PASSEND_IS_ENTRY_FILTER (self));

  if (g_strcmp0 (child_id, self->child_id) == 0)
    return;

  g_free (self->child_id);
  self->child_id = g_strdup (child_id);
  emit_changed (self, PASSEND_FILTER_CHANGE_DIFFERENT);
}

/**
 * passend_entry_filter_set_dates:
 * @from: (nullable): the first day shown, "YYYY-MM-DD"
 * @to: (nullable): the last day shown
 */
void
passend_entry_filter_set_dates (PassendEntryFilter *self, const char *from, const char *to)
{
  g_return_if_fail (PASSEND_IS_ENTRY_FILTER (self));

  if (g_strcmp0 (from, self->date_from) == 0 && g_strcmp0 (to, self->date_to) == 0)
    return;

  g_free (self->date_from);
  self->date_from = g_strdup (from);
  g_free (self->date_to);
  self->date_to = g_strdup (to);
  emit_changed (self, PASSEND_FILTER_CHANGE_DIFFERENT);
}

/**
 * passend_entry_filter_set_open_only:
 *
 * Shows only entries with an agreement that is still open.
 */
void
passend_entry_filter_set_open_only (PassendEntryFilter *self, gboolean open_only)
{
  g_return_if_fail (PASSEND_IS_ENTRY_FILTER (self));

  open_only = !!open_only;
  if (open_only == self->open_only)
    return;

  self->open_only = open_only;
  emit_changed (self,
                open_only ? PASSEND_FILTER_CHANGE_MORE_STRICT : PASSEND_FILTER_CHANGE_LESS_STRICT);
}

gboolean
passend_entry_filter_get_open_only (PassendEntryFilter *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY_FILTER (self), FALSE);
  return self->open_only;
}

/**
 * passend_entry_filter_is_narrowed:
 *
 * Returns: %TRUE if a kind, date or "open agreements" filter hides
 *   entries (the search text and child do not count)
 */
gboolean
passend_entry_filter_is_narrowed (PassendEntryFilter *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY_FILTER (self), FALSE);

  return self->kinds != PASSEND_ENTRY_KINDS_ALL || self->date_from != NULL ||
         self->date_to != NULL || self->open_only;
}

/* The query's part of the filter; @index: the entry's agreements if
 * looked up already, else %NULL */
static gboolean
matches_query (PassendEntryFilter *self, PassendEntry *entry, AgreementIndex *index)
{
  if (self->folded == NULL || passend_entry_matches_in_chain (entry, self->folded, self->chain))
    return TRUE;
  if (index == NULL)
    index = lookup_agreements (self, entry);
  return index != NULL && agreements_match (index, self->folded);
}

/**
 * passend_entry_filter_match:
 *
 * Returns: %TRUE if @entry passes every part of the filter
 */
gboolean
passend_entry_filter_match (PassendEntryFilter *self, PassendEntry *entry)
{
  const char     *entry_child;
  const char     *date;
  AgreementIndex *index = NULL;

  g_return_val_if_fail (PASSEND_IS_ENTRY_FILTER (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_ENTRY (entry), FALSE);

  entry_child = passend_entry_get_child_id (entry);
  if (self->child_id != NULL && entry_child != NULL && strcmp (self->child_id, entry_child) != 0)
    return FALSE;

  if ((self->kinds & (1u << passend_entry_get_kind (entry))) == 0)
    return FALSE;

  /* "YYYY-MM-DD" strings compare like the dates they name. */
  date = passend_entry_get_date (entry);
  if (self->date_from != NULL && (date == NULL || strcmp (date, self->date_from) < 0))
    return FALSE;
  if (self->date_to != NULL && (date == NULL || strcmp (date, self->date_to) > 0))
    return FALSE;

  /* The agreements only when the entry's own text does not decide. */
  if (self->open_only)
    {
      index = lookup_agreements (self, entry);
      if (index == NULL || !index->open)
        return FALSE;
    }

  return matches_query (self, entry, index);
}

/**
 * passend_entry_filter_match_narrowed:
 * @entry: an entry that passed the filter before its last change
 *
 * After a change that made the filter stricter: whether @entry still
 * passes.  When the change only made the query longer, that is the
 * query alone (child, kinds, dates and open agreements let it through
 * before), which spares a stricter search three fields of every entry
 * it looks at.
 *
 * Returns: %TRUE if @entry passes
 */
gboolean
passend_entry_filter_match_narrowed (PassendEntryFilter *self, PassendEntry *entry)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY_FILTER (self), FALSE);

  if (!self->query_narrowed)
    return passend_entry_filter_match (self, entry);
  return matches_query (self, entry, NULL);
}

/* Folding ahead: what passend_entry_filter_prepare_begin() hands its
 * thread.  The records come in plain arrays, so that the thread never
 * touches the list models (a GListStore's lookup writes its cache). */
struct _PassendFilterPreparation
{
  GPtrArray *entries;    /* of PassendEntry, a reference each */
  GPtrArray *agreements; /* of PassendAgreement */
  GThread   *thread;     /* NULL when done at once */
};

/* The text of every entry and agreement folded for search, kept on
 * each record in a field nothing else writes before the dossier is
 * handed on. */
static void
fold_records (PassendFilterPreparation *preparation)
{
  for (guint i = 0; i < preparation->entries->len; i++)
    passend_entry_get_search_key (preparation->entries->pdata[i]);
  for (guint i = 0; i < preparation->agreements->len; i++)
    passend_agreement_get_search_key (preparation->agreements->pdata[i]);
}

/* Beside the loading thread, with the main thread first. */
static gpointer
fold_thread (gpointer data)
{
  passend_thread_step_back ();
  fold_records (data);
  return NULL;
}

/**
 * passend_entry_filter_prepare_begin:
 * @dossier: a dossier only the calling thread uses
 *
 * Starts folding the text of every entry and agreement for search, so
 * that the first keystroke in a search field finds it done, on a
 * thread of its own: the store calls this on its loading thread, which
 * meanwhile makes the text of every record for the first save.  Until
 * passend_entry_filter_prepare_end(), the records may be read but not
 * changed, and not given to any other thread.
 *
 * Returns: (transfer full): what passend_entry_filter_prepare_end() takes
 */
PassendFilterPreparation *
passend_entry_filter_prepare_begin (PassendDossier *dossier)
{
  PassendFilterPreparation *preparation;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), NULL);

  preparation = g_new0 (PassendFilterPreparation, 1);
  preparation->entries = passend_dossier_records_of (passend_dossier_get_entries (dossier));
  preparation->agreements = passend_dossier_records_of (passend_dossier_get_agreements (dossier));
  preparation->thread = g_thread_try_new ("passend-fold", fold_thread, preparation, NULL);
  if (preparation->thread == NULL)
    fold_records (preparation);
  return preparation;
}

/**
 * passend_entry_filter_prepare_end:
 * @preparation: (transfer full): from passend_entry_filter_prepare_begin()
 *
 * Waits until the folding is done, and makes the sort keys of the
 * dated agreements' titles; the records are then the calling thread's
 * again.
 */
void
passend_entry_filter_prepare_end (PassendFilterPreparation *preparation)
{
  g_return_if_fail (preparation != NULL);

  if (preparation->thread != NULL)
    g_thread_join (preparation->thread);

  /* The sort keys of the dated agreements' titles, for the list of
   * deadlines the window makes as soon as it has the dossier: here, as
   * a record keeps its key in its qdata, which the loading thread's
   * snapshot writes too. */
  for (guint i = 0; i < preparation->agreements->len; i++)
    {
      PassendAgreement *agreement = preparation->agreements->pdata[i];

      if (passend_agreement_get_due_date (agreement) != NULL)
        passend_record_get_sort_key (PASSEND_RECORD (agreement),
                                     passend_agreement_get_what (agreement));
    }
  g_ptr_array_unref (preparation->entries);
  g_ptr_array_unref (preparation->agreements);
  g_free (preparation);
}
