/* passend-dossier.c - everything a parent keeps, in memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dossier owns the children, entries, agreements, assistant
 * states and plans as GListModels the views can show directly, and emits
 * "changed" whenever any of them changes so the store can save.
 * Reading and writing its file form is in passend-dossier-json.c;
 * removing a child or an entry with what belongs to it, and undoing
 * that, in passend-dossier-removal.c.
 */
#define G_LOG_DOMAIN "passend-dossier"

#include "config.h"

#include <string.h>

#include "passend-dossier-private.h"

G_DEFINE_FINAL_TYPE (PassendDossier, passend_dossier, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Adds a change to @facts: of @record's fields, or of the lists when
 * @record is %NULL.  @beyond_text: whether more than free text changed */
static void
note_change (PassendChangeFacts *facts, gpointer record, gboolean beyond_text)
{
  facts->beyond_text = facts->beyond_text || beyond_text;
  if (record == NULL)
    {
      facts->edited = NULL;
      facts->mixed = TRUE;
      return;
    }

  facts->edits = TRUE;
  if (facts->edited == NULL && !facts->mixed)
    facts->edited = record;
  else if (facts->edited != record)
    {
      facts->edited = NULL;
      facts->mixed = TRUE;
    }
}

static void
emit_detail (PassendDossier *self, GQuark detail, gpointer record, gboolean beyond_text)
{
  if (self->freeze_count == 0)
    {
      PassendChangeFacts outer = self->telling;

      self->telling = (PassendChangeFacts){ 0 };
      note_change (&self->telling, record, beyond_text);
      g_signal_emit (self, signals[CHANGED], detail);
      self->telling = outer;
      return;
    }

  note_change (&self->pending, record, beyond_text);

  /* Several kinds of change in one go: each page that listens to
   * "structure" updates, as after records were added. */
  if (self->change_pending && self->pending_detail != detail)
    detail = g_quark_from_static_string ("structure");
  self->change_pending = TRUE;
  self->pending_detail = detail;
}

/* Records added or removed: "changed::structure". */
void
passend_dossier_emit_changed (PassendDossier *self)
{
  emit_detail (self, g_quark_from_static_string ("structure"), NULL, TRUE);
}

/* Whether @pspec is a field of free text: a new title or text moves
 * no row in a sorted list and changes no count.  Any field of other
 * kinds of record counts as more than text, to be safe. */
static gboolean
is_text_field (PassendRecord *record, GParamSpec *pspec)
{
  static const char *const entry_text[] = { "title", "text", NULL };
  static const char *const agreement_text[] = { "what", "who-name", "outcome", NULL };

  if (PASSEND_IS_ENTRY (record))
    return g_strv_contains (entry_text, pspec->name);
  if (PASSEND_IS_AGREEMENT (record))
    return g_strv_contains (agreement_text, pspec->name);
  return FALSE;
}

static void
record_changed_cb (PassendRecord *record, GParamSpec *pspec, gpointer owner)
{
  /* "modified" always follows another notification.  The detail names
   * the kind of record, so a page can let other pages' changes pass. */
  PassendDossier *self = owner;
  gboolean        beyond_text;

  if (g_strcmp0 (pspec->name, "modified") == 0)
    return;

  /* Free text counts for nothing in the summary. */
  beyond_text = !is_text_field (record, pspec);
  if (beyond_text)
    passend_summary_index_update (self->summary_index, record);
  emit_detail (self, g_type_qname (G_OBJECT_TYPE (record)), record, beyond_text);
}

/**
 * passend_dossier_freeze_changes:
 *
 * Holds back "changed" until the matching
 * passend_dossier_thaw_changes(), so a change of many records is saved
 * and shown once.  Calls nest.
 */
void
passend_dossier_freeze_changes (PassendDossier *self)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  self->freeze_count++;
}

/**
 * passend_dossier_thaw_changes:
 *
 * Emits one "changed" for everything that changed since the first
 * freeze: with the detail of that change if all were of one kind,
 * else "structure".  Nothing if nothing changed.
 */
void
passend_dossier_thaw_changes (PassendDossier *self)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (self->freeze_count > 0);

  if (--self->freeze_count > 0 || !self->change_pending)
    return;

  self->change_pending = FALSE;
  self->telling = self->pending;
  self->pending = (PassendChangeFacts){ 0 };
  g_signal_emit (self, signals[CHANGED], self->pending_detail);
  self->telling = (PassendChangeFacts){ 0 };
}

/**
 * passend_dossier_change_has_edits:
 *
 * In a "changed" handler: whether the change being told changed records
 * that were in the dossier before it, and not only added or removed
 * records.  A sorted list needs sorting again only then; records that
 * came or went find their places by themselves.
 *
 * Returns: %TRUE when records that stayed changed
 */
gboolean
passend_dossier_change_has_edits (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), TRUE);
  return self->telling.edits;
}

/**
 * passend_dossier_change_is_text_only:
 *
 * In a "changed" handler: whether the change only edited free text of
 * records that were there (an entry's title or text, an agreement's
 * what, who or outcome).  Such a change moves no row in a sorted list
 * and changes no count: for 50,000 entries, sorting and counting them
 * all again for each saved title held the window up for 40 ms.
 *
 * Returns: %TRUE when only free text changed
 */
gboolean
passend_dossier_change_is_text_only (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), FALSE);
  return self->telling.edits && !self->telling.beyond_text;
}

/**
 * passend_dossier_change_get_edited:
 *
 * In a "changed" handler: the one record whose fields the change
 * edited, if it changed nothing else.  A sorted list of 50,000 entries
 * then only needs to find that record its new place.
 *
 * Returns: (transfer none) (nullable) (type PassendRecord): the one
 *   record edited, or %NULL when records came or went or several
 *   changed
 */
gpointer
passend_dossier_change_get_edited (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  return self->telling.edited;
}

/* The dossier hears of every change of the records it holds; each
 * record is in at most one dossier. */
void
passend_dossier_watch_record (PassendDossier *self, gpointer record)
{
  g_warn_if_fail (passend_record_get_owner (record) == NULL);
  passend_record_set_owner (record, record_changed_cb, self);
  passend_summary_index_add (self->summary_index, record);
}

void
passend_dossier_unwatch_record (PassendDossier *self, gpointer record)
{
  if (passend_record_get_owner (record) == self)
    {
      passend_record_set_owner (record, NULL, NULL);
      passend_summary_index_remove (self->summary_index, record);
    }
}

gboolean
passend_dossier_find_by_id (GListStore *store, const char *id, guint *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendRecord) record = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (g_strcmp0 (passend_record_get_id (record), id) == 0)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
passend_dossier_finalize (GObject *object)
{
  PassendDossier *self = PASSEND_DOSSIER (object);

  GListStore *stores[] = { self->children, self->entries,        self->agreements, self->documents,
                           self->sheets,   self->process_states, self->plans,      self->clocks };

  /* Records others still hold must not call back into a dossier that is
   * gone. */
  for (guint l = 0; l < G_N_ELEMENTS (stores); l++)
    {
      GListModel *list = G_LIST_MODEL (stores[l]);
      guint       n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n; i++)
        {
          PassendRecord *record = g_list_model_get_item (list, i);

          passend_dossier_unwatch_record (self, record);
          g_object_unref (record);
        }
    }

  g_clear_object (&self->children);
  g_clear_object (&self->entries);
  g_clear_object (&self->agreements);
  g_clear_object (&self->documents);
  g_clear_object (&self->process_states);
  g_clear_object (&self->sheets);
  g_clear_object (&self->plans);
  g_clear_object (&self->clocks);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->summary_index, passend_summary_index_free);

  G_OBJECT_CLASS (passend_dossier_parent_class)->finalize (object);
}

static void
passend_dossier_class_init (PassendDossierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_dossier_finalize;

  /**
   * PassendDossier::changed:
   *
   * Something in the dossier changed and should be saved.  The detail
   * says what: "structure" when records were added or removed, else the
   * type name of the record whose field changed ("PassendEntry",
   * "PassendSheet", ...).
   */
  signals[CHANGED] =
      g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0,
                    NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
passend_dossier_init (PassendDossier *self)
{
  self->children = g_list_store_new (PASSEND_TYPE_CHILD);
  self->entries = g_list_store_new (PASSEND_TYPE_ENTRY);
  self->agreements = g_list_store_new (PASSEND_TYPE_AGREEMENT);
  self->process_states = g_list_store_new (PASSEND_TYPE_PROCESS_STATE);
  self->plans = g_list_store_new (PASSEND_TYPE_PLAN);
  self->documents = g_list_store_new (PASSEND_TYPE_DOCUMENT);
  self->sheets = g_list_store_new (PASSEND_TYPE_SHEET);
  self->clocks =
      g_list_store_new (passend_dossier_get_clock_type () != 0 ? passend_dossier_get_clock_type ()
                                                               : PASSEND_TYPE_RECORD);
  self->file_version = PASSEND_DOSSIER_VERSION;
  self->summary_index = passend_summary_index_new ();
}

PassendDossier *
passend_dossier_new (void)
{
  return g_object_new (PASSEND_TYPE_DOSSIER, NULL);
}

/* The ids of the records in @model; they stay alive while it holds them. */
GHashTable *
passend_dossier_ids_of (GListModel *model)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint       n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendRecord) record = g_list_model_get_item (model, i);

      g_hash_table_add (ids, (gpointer)passend_record_get_id (record));
    }

  return ids;
}

const char *
passend_dossier_agreement_entry_id (gpointer record)
{
  return passend_agreement_get_entry_id (record);
}

const char *
passend_dossier_document_entry_id (gpointer record)
{
  return passend_document_get_entry_id (record);
}

/**
 * passend_dossier_get_children:
 *
 * Returns: (transfer none): a #GListModel of #PassendChild
 */
GListModel *
passend_dossier_get_children (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  return G_LIST_MODEL (self->children);
}

/**
 * passend_dossier_get_entries:
 *
 * Returns: (transfer none): a #GListModel of #PassendEntry
 */
GListModel *
passend_dossier_get_entries (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  return G_LIST_MODEL (self->entries);
}

/**
 * passend_dossier_get_agreements:
 *
 * Returns: (transfer none): a #GListModel of #PassendAgreement
 */
GListModel *
passend_dossier_get_agreements (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  return G_LIST_MODEL (self->agreements);
}

/**
 * passend_dossier_get_process_states:
 *
 * Returns: (transfer none): a #GListModel of #PassendProcessState
 */
GListModel *
passend_dossier_get_process_states (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  return G_LIST_MODEL (self->process_states);
}

/**
 * passend_dossier_add_child:
 * @name: the child's first name; surrounding spaces are dropped
 *
 * Returns: (transfer none) (nullable): the new child, or %NULL if the
 *   name is empty
 */
PassendChild *
passend_dossier_add_child (PassendDossier *self, const char *name)
{
  g_autoptr (PassendChild) child = NULL;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  trimmed = g_strstrip (g_strdup (name));
  if (trimmed[0] == '\0')
    return NULL;

  child = passend_child_new (trimmed);
  passend_dossier_watch_record (self, child);
  g_list_store_append (self->children, child);
  passend_dossier_emit_changed (self);

  return child;
}

/**
 * passend_dossier_find_child:
 * @id: (nullable): a child's id
 *
 * Returns: (transfer none) (nullable): the child, or %NULL
 */
PassendChild *
passend_dossier_find_child (PassendDossier *self, const char *id)
{
  g_autoptr (PassendChild) child = NULL;
  guint position;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);

  if (id == NULL || !passend_dossier_find_by_id (self->children, id, &position))
    return NULL;

  child = g_list_model_get_item (G_LIST_MODEL (self->children), position);
  return child;
}

/**
 * passend_dossier_count_entries:
 * @child: (nullable): a child, or %NULL for entries about all children
 *
 * Returns: the number of entries that belong to @child
 */
guint
passend_dossier_count_entries (PassendDossier *self, PassendChild *child)
{
  GListModel *model = G_LIST_MODEL (self->entries);
  const char *id = child ? passend_record_get_id (PASSEND_RECORD (child)) : NULL;
  guint       n = g_list_model_get_n_items (model);
  guint       count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendEntry) entry = g_list_model_get_item (model, i);

      if (g_strcmp0 (passend_entry_get_child_id (entry), id) == 0)
        count++;
    }

  return count;
}

void
passend_dossier_add_entry (PassendDossier *self, PassendEntry *entry)
{
  passend_dossier_add_entries (self, &entry, 1);
}

/**
 * passend_dossier_add_entries:
 * @entries: (array length=n_entries): entries not yet in a dossier
 *
 * Adds many entries with one change of the list.
 */
void
passend_dossier_add_entries (PassendDossier *self, PassendEntry **entries, guint n_entries)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));

  for (guint i = 0; i < n_entries; i++)
    passend_dossier_watch_record (self, entries[i]);

  g_list_store_splice (self->entries, g_list_model_get_n_items (G_LIST_MODEL (self->entries)), 0,
                       (gpointer *)entries, n_entries);
  passend_dossier_emit_changed (self);
}

/* Records of @store made in @entry, in the order of the store. */
static GPtrArray *
records_for_entry (GListStore *store, PassendEntry *entry, PassendRefGetter get_entry_id)
{
  GPtrArray  *found = g_ptr_array_new_with_free_func (g_object_unref);
  const char *id = passend_record_get_id (PASSEND_RECORD (entry));
  guint       n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      GObject *item = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (g_strcmp0 (get_entry_id (item), id) == 0)
        g_ptr_array_add (found, item);
      else
        g_object_unref (item);
    }

  return found;
}

/**
 * passend_dossier_get_entry_agreements:
 *
 * Returns: (transfer container) (element-type PassendAgreement): the
 *   agreements made in @entry
 */
GPtrArray *
passend_dossier_get_entry_agreements (PassendDossier *self, PassendEntry *entry)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  g_return_val_if_fail (PASSEND_IS_ENTRY (entry), NULL);

  return records_for_entry (self->agreements, entry, passend_dossier_agreement_entry_id);
}

/**
 * passend_dossier_get_entry_documents:
 *
 * Returns: (transfer container) (element-type PassendDocument): the
 *   documents kept with @entry
 */
GPtrArray *
passend_dossier_get_entry_documents (PassendDossier *self, PassendEntry *entry)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  g_return_val_if_fail (PASSEND_IS_ENTRY (entry), NULL);

  return records_for_entry (self->documents, entry, passend_dossier_document_entry_id);
}

/**
 * passend_dossier_add_document:
 * @entry: an entry of this dossier
 * @document: a document not yet in a dossier
 *
 * Keeps @document with @entry.
 */
void
passend_dossier_add_document (PassendDossier *self, PassendEntry *entry, PassendDocument *document)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (PASSEND_IS_ENTRY (entry));
  g_return_if_fail (PASSEND_IS_DOCUMENT (document));

  g_object_set (document, "entry-id", passend_record_get_id (PASSEND_RECORD (entry)), NULL);
  passend_dossier_watch_record (self, document);
  g_list_store_append (self->documents, document);
  passend_dossier_emit_changed (self);
}

/* Removes one record of @store, if it is there. */
static void
remove_record (PassendDossier *self, GListStore *store, gpointer record)
{
  guint position;

  if (!g_list_store_find (store, record, &position))
    return;

  passend_dossier_unwatch_record (self, record);
  g_list_store_remove (store, position);
  passend_dossier_emit_changed (self);
}

void
passend_dossier_remove_document (PassendDossier *self, PassendDocument *document)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (PASSEND_IS_DOCUMENT (document));

  remove_record (self, self->documents, document);
}

void
passend_dossier_remove_agreement (PassendDossier *self, PassendAgreement *agreement)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (PASSEND_IS_AGREEMENT (agreement));

  remove_record (self, self->agreements, agreement);
}

/**
 * passend_dossier_get_documents:
 *
 * Returns: (transfer none): the #PassendDocument of every entry
 */
GListModel *
passend_dossier_get_documents (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  return G_LIST_MODEL (self->documents);
}

/**
 * passend_dossier_add_entry_agreement:
 * @entry: an entry of this dossier
 * @agreement: an agreement not yet in a dossier
 *
 * Adds an agreement made in @entry, for the entry's child.
 */
void
passend_dossier_add_entry_agreement (PassendDossier   *self,
                                     PassendEntry     *entry,
                                     PassendAgreement *agreement)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (PASSEND_IS_ENTRY (entry));
  g_return_if_fail (PASSEND_IS_AGREEMENT (agreement));

  g_object_set (agreement, "entry-id", passend_record_get_id (PASSEND_RECORD (entry)), "child-id",
                passend_entry_get_child_id (entry), NULL);
  passend_dossier_add_agreement (self, agreement);
}

void
passend_dossier_add_agreement (PassendDossier *self, PassendAgreement *agreement)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (PASSEND_IS_AGREEMENT (agreement));

  passend_dossier_watch_record (self, agreement);
  g_list_store_append (self->agreements, agreement);
  passend_dossier_emit_changed (self);
}

/**
 * passend_dossier_get_process_state:
 *
 * Returns: (transfer none): the child's assistant state, made at step 1
 *   the first time it is asked for
 */
PassendProcessState *
passend_dossier_get_process_state (PassendDossier *self, PassendChild *child)
{
  g_autoptr (PassendProcessState) state = NULL;
  PassendProcessState *found;
  const char          *id;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  g_return_val_if_fail (PASSEND_IS_CHILD (child), NULL);

  found = passend_dossier_find_process_state (self, child);
  if (found != NULL)
    return found;

  /* Never a state for a child that is not (or no longer) here. */
  id = passend_record_get_id (PASSEND_RECORD (child));
  g_return_val_if_fail (passend_dossier_find_child (self, id) == child, NULL);

  state = passend_process_state_new (id);
  passend_dossier_watch_record (self, state);
  g_list_store_append (self->process_states, state);
  passend_dossier_emit_changed (self);
  return state;
}

/**
 * passend_dossier_get_sheets:
 *
 * Returns: (transfer none): a #GListModel of #PassendSheet, the
 *   preparation sheets of every child
 */
GListModel *
passend_dossier_get_sheets (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  return G_LIST_MODEL (self->sheets);
}

/**
 * passend_dossier_add_sheet:
 * @sheet: a sheet not yet in a dossier, for a child of this dossier
 */
void
passend_dossier_add_sheet (PassendDossier *self, PassendSheet *sheet)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (PASSEND_IS_SHEET (sheet));
  g_return_if_fail (passend_dossier_find_child (self, passend_sheet_get_child_id (sheet)) != NULL);

  passend_dossier_watch_record (self, sheet);
  g_list_store_append (self->sheets, sheet);
  passend_dossier_emit_changed (self);
}

/**
 * passend_dossier_remove_sheet:
 *
 * Removes a sheet; an entry written from it stays.
 */
void
passend_dossier_remove_sheet (PassendDossier *self, PassendSheet *sheet)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (PASSEND_IS_SHEET (sheet));

  remove_record (self, self->sheets, sheet);
}

/**
 * passend_dossier_find_entry:
 * @id: (nullable): an entry's id
 *
 * Returns: (transfer none) (nullable): the entry, or %NULL
 */
PassendEntry *
passend_dossier_find_entry (PassendDossier *self, const char *id)
{
  g_autoptr (PassendEntry) entry = NULL;
  guint position;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);

  if (id == NULL || !passend_dossier_find_by_id (self->entries, id, &position))
    return NULL;

  entry = g_list_model_get_item (G_LIST_MODEL (self->entries), position);
  return entry;
}

/**
 * passend_dossier_find_process_state:
 *
 * Like passend_dossier_get_process_state(), but never makes one: a
 * page that only shows the state changes nothing.
 *
 * Returns: (transfer none) (nullable): the child's assistant state
 */
PassendProcessState *
passend_dossier_find_process_state (PassendDossier *self, PassendChild *child)
{
  GListModel *model;
  const char *id;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  g_return_val_if_fail (PASSEND_IS_CHILD (child), NULL);

  model = G_LIST_MODEL (self->process_states);
  id = passend_record_get_id (PASSEND_RECORD (child));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (PassendProcessState) s = g_list_model_get_item (model, i);

      if (g_strcmp0 (passend_process_state_get_child_id (s), id) == 0)
        return s;
    }

  return NULL;
}

/**
 * passend_dossier_get_plans:
 *
 * Returns: (transfer none): a #GListModel of #PassendPlan, of every child
 */
GListModel *
passend_dossier_get_plans (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  return G_LIST_MODEL (self->plans);
}

/**
 * passend_dossier_add_plan:
 * @plan: a plan not yet in a dossier, for a child of this one
 *
 * Used by passend_process_advance(); other code goes through it.
 */
void
passend_dossier_add_plan (PassendDossier *self, PassendPlan *plan)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (PASSEND_IS_PLAN (plan));
  g_return_if_fail (passend_dossier_find_child (self, passend_plan_get_child_id (plan)) != NULL);

  passend_dossier_watch_record (self, plan);
  g_list_store_append (self->plans, plan);
  passend_dossier_emit_changed (self);
}

/**
 * passend_dossier_remove_plan:
 *
 * Removes a plan, as when the step that made it is undone.
 */
void
passend_dossier_remove_plan (PassendDossier *self, PassendPlan *plan)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (PASSEND_IS_PLAN (plan));

  remove_record (self, self->plans, plan);
}
