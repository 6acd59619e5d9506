/* passend-dossier-removal.c - removing a child or an entry with what
 * belongs to it, and putting an entry back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "passend-dossier"

#include "config.h"

#include "passend-dossier-private.h"

/* Removes every record of @store for which @pred says so, in as few
 * splices as there are runs of them. */
static guint
remove_where (PassendDossier *self,
              GListStore     *store,
              gboolean (*pred) (gpointer item, gpointer data),
              gpointer data)
{
  guint removed = 0;

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (store)); i > 0; i--)
    {
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i - 1);

      if (pred (item, data))
        {
          passend_dossier_unwatch_record (self, item);
          g_list_store_remove (store, i - 1);
          removed++;
        }
    }

  return removed;
}

static gboolean
entry_of_child (gpointer item, gpointer data)
{
  return g_strcmp0 (passend_entry_get_child_id (item), data) == 0;
}

/* What is left when a child goes: the ids of the children and entries
 * that stay. */
typedef struct
{
  GHashTable *child_ids;
  GHashTable *entry_ids;
} Remaining;

static gboolean
agreement_of_child_or_gone_entry (gpointer item, gpointer data)
{
  Remaining  *remaining = data;
  const char *entry_id = passend_agreement_get_entry_id (item);
  const char *child_id = passend_agreement_get_child_id (item);

  if (child_id != NULL && !g_hash_table_contains (remaining->child_ids, child_id))
    return TRUE;

  return entry_id != NULL && !g_hash_table_contains (remaining->entry_ids, entry_id);
}

static gboolean
document_of_gone_entry (gpointer item, gpointer data)
{
  Remaining *remaining = data;

  return !g_hash_table_contains (remaining->entry_ids, passend_document_get_entry_id (item));
}

static gboolean
process_of_child (gpointer item, gpointer data)
{
  return g_strcmp0 (passend_process_state_get_child_id (item), data) == 0;
}

static gboolean
sheet_of_child (gpointer item, gpointer data)
{
  return g_strcmp0 (passend_sheet_get_child_id (item), data) == 0;
}

static gboolean
plan_of_child (gpointer item, gpointer data)
{
  return g_strcmp0 (passend_plan_get_child_id (item), data) == 0;
}

static gboolean
clock_of_child (gpointer item, gpointer data)
{
  return g_strcmp0 (passend_dossier_clock_child_id (item), data) == 0;
}

/* Sets "entry-id" to NULL on the records of @store that name an entry
 * not in @entry_ids (or, with @entry_id, that entry), and returns them. */
static GPtrArray *
unlink_entry (GListStore      *store,
              PassendRefGetter get_entry_id,
              GHashTable      *entry_ids,
              const char      *entry_id)
{
  GPtrArray *unlinked = g_ptr_array_new_with_free_func (g_object_unref);
  guint      n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      const char *ref = get_entry_id (item);

      if (ref != NULL && (entry_id != NULL ? g_strcmp0 (ref, entry_id) == 0
                                           : !g_hash_table_contains (entry_ids, ref)))
        {
          g_ptr_array_add (unlinked, g_object_ref (item));
          g_object_set (item, "entry-id", NULL, NULL);
        }
    }

  return unlinked;
}

/**
 * passend_dossier_remove_child:
 *
 * Removes the child with its entries, their agreements, its assistant
 * state and its plans.  Entries for all children stay.
 */
void
passend_dossier_remove_child (PassendDossier *self, PassendChild *child)
{
  g_autofree char *id = NULL;
  guint            position;

  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (PASSEND_IS_CHILD (child));

  id = g_strdup (passend_record_get_id (PASSEND_RECORD (child)));
  if (!passend_dossier_find_by_id (self->children, id, &position))
    return;

  passend_dossier_unwatch_record (self, child);
  g_list_store_remove (self->children, position);
  remove_where (self, self->entries, entry_of_child, id);
  remove_where (self, self->process_states, process_of_child, id);
  remove_where (self, self->sheets, sheet_of_child, id);
  remove_where (self, self->plans, plan_of_child, id);
  if (passend_dossier_get_clock_type () != 0)
    remove_where (self, self->clocks, clock_of_child, id);

  /* What pointed at the child's entries goes too: an entry can have
   * been moved to another child after its agreements were made, and a
   * sheet of another child can have been written down as one. */
  {
    g_autoptr (GHashTable) child_ids = passend_dossier_ids_of (G_LIST_MODEL (self->children));
    g_autoptr (GHashTable) entry_ids = passend_dossier_ids_of (G_LIST_MODEL (self->entries));
    Remaining remaining = { child_ids, entry_ids };
    guint     n;

    remove_where (self, self->agreements, agreement_of_child_or_gone_entry, &remaining);
    remove_where (self, self->documents, document_of_gone_entry, &remaining);

    n = g_list_model_get_n_items (G_LIST_MODEL (self->sheets));
    for (guint i = 0; i < n; i++)
      {
        g_autoptr (PassendSheet) sheet = g_list_model_get_item (G_LIST_MODEL (self->sheets), i);
        const char *entry_id = passend_sheet_get_entry_id (sheet);

        if (entry_id != NULL && !g_hash_table_contains (entry_ids, entry_id))
          g_object_set (sheet, "entry-id", NULL, NULL);
      }
    /* A clock of another child started in a moved entry keeps running. */
    if (passend_dossier_get_clock_type () != 0)
      g_ptr_array_unref (
          unlink_entry (self->clocks, passend_dossier_clock_entry_id, entry_ids, NULL));
  }

  passend_dossier_emit_changed (self);
}

typedef struct
{
  GObject *record;
  guint    position;
} Taken;

/* What passend_dossier_remove_entry() took out, and where it was, so
 * passend_dossier_restore() can put it back exactly. */
struct _PassendRemoval
{
  PassendEntry *entry;
  guint         entry_position;
  GPtrArray    *agreements; /* of Taken, in ascending position */
  GPtrArray    *documents;
  GPtrArray    *sheets; /* of PassendSheet that named the entry */
  GPtrArray    *clocks; /* of the clocks its event started: they keep running */
};

static void
taken_free (gpointer data)
{
  Taken *taken = data;

  g_object_unref (taken->record);
  g_free (taken);
}

void
passend_removal_free (PassendRemoval *removal)
{
  if (removal == NULL)
    return;

  g_clear_object (&removal->entry);
  g_clear_pointer (&removal->agreements, g_ptr_array_unref);
  g_clear_pointer (&removal->documents, g_ptr_array_unref);
  g_clear_pointer (&removal->sheets, g_ptr_array_unref);
  g_clear_pointer (&removal->clocks, g_ptr_array_unref);
  g_free (removal);
}

PassendEntry *
passend_removal_get_entry (PassendRemoval *removal)
{
  g_return_val_if_fail (removal != NULL, NULL);
  return removal->entry;
}

/**
 * passend_removal_get_documents:
 *
 * Returns: (transfer container) (element-type PassendDocument): the
 *   documents removed with the entry
 */
GPtrArray *
passend_removal_get_documents (PassendRemoval *removal)
{
  GPtrArray *documents = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (removal != NULL, documents);

  for (guint i = 0; i < removal->documents->len; i++)
    {
      Taken *taken = g_ptr_array_index (removal->documents, i);

      g_ptr_array_add (documents, g_object_ref (taken->record));
    }

  return documents;
}

G_DEFINE_BOXED_TYPE (PassendRemoval, passend_removal, passend_removal_copy, passend_removal_free)

/* Boxed types need a copy; a removal is used once, so this is a deep
 * enough copy that shares the records. */
PassendRemoval *
passend_removal_copy (PassendRemoval *removal)
{
  PassendRemoval *copy = g_new0 (PassendRemoval, 1);

  copy->entry = g_object_ref (removal->entry);
  copy->entry_position = removal->entry_position;
  copy->agreements = g_ptr_array_ref (removal->agreements);
  copy->documents = g_ptr_array_ref (removal->documents);
  copy->sheets = g_ptr_array_ref (removal->sheets);
  copy->clocks = g_ptr_array_ref (removal->clocks);
  return copy;
}

/* Takes the records of @store that belong to @entry_id out, keeping
 * their positions. */
static GPtrArray *
take_for_entry (PassendDossier  *self,
                GListStore      *store,
                const char      *entry_id,
                PassendRefGetter get_entry_id)
{
  GPtrArray *taken = g_ptr_array_new_with_free_func (taken_free);
  guint      removed = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store));)
    {
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (g_strcmp0 (get_entry_id (item), entry_id) == 0)
        {
          Taken *t = g_new0 (Taken, 1);

          /* The position it had before anything was taken out. */
          t->record = g_object_ref (item);
          t->position = i + removed;
          g_ptr_array_add (taken, t);
          passend_dossier_unwatch_record (self, item);
          g_list_store_remove (store, i);
          removed++;
        }
      else
        i++;
    }

  return taken;
}

static void
put_back (PassendDossier *self, GListStore *store, GPtrArray *taken)
{
  for (guint i = 0; i < taken->len; i++)
    {
      Taken *t = g_ptr_array_index (taken, i);
      guint  n = g_list_model_get_n_items (G_LIST_MODEL (store));

      passend_dossier_watch_record (self, t->record);
      g_list_store_insert (store, MIN (t->position, n), t->record);
    }
}

/**
 * passend_dossier_remove_entry:
 *
 * Removes the entry with the agreements made in it and its documents.
 * The copies of the documents stay on disk while a backup names them
 * (see passend_store_sweep_documents_async()).
 *
 * Returns: (transfer full) (nullable): what was removed, for
 *   passend_dossier_restore(); %NULL if the entry was not in the dossier
 */
PassendRemoval *
passend_dossier_remove_entry (PassendDossier *self, PassendEntry *entry)
{
  PassendRemoval *removal;
  const char     *id;
  guint           position;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  g_return_val_if_fail (PASSEND_IS_ENTRY (entry), NULL);

  if (!g_list_store_find (self->entries, entry, &position))
    return NULL;

  id = passend_record_get_id (PASSEND_RECORD (entry));
  removal = g_new0 (PassendRemoval, 1);
  removal->entry = g_object_ref (entry);
  removal->entry_position = position;
  removal->agreements =
      take_for_entry (self, self->agreements, id, passend_dossier_agreement_entry_id);
  removal->documents =
      take_for_entry (self, self->documents, id, passend_dossier_document_entry_id);
  /* A sheet written down as this entry is a plan again. */
  removal->sheets = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sheets)); i++)
    {
      g_autoptr (PassendSheet) sheet = g_list_model_get_item (G_LIST_MODEL (self->sheets), i);

      if (g_strcmp0 (passend_sheet_get_entry_id (sheet), id) == 0)
        {
          g_ptr_array_add (removal->sheets, g_object_ref (sheet));
          g_object_set (sheet, "entry-id", NULL, NULL);
        }
    }

  /* A clock its event started is a deadline still: it stays, unlinked. */
  removal->clocks = passend_dossier_get_clock_type () != 0
                        ? unlink_entry (self->clocks, passend_dossier_clock_entry_id, NULL, id)
                        : g_ptr_array_new ();

  passend_dossier_unwatch_record (self, entry);
  g_list_store_remove (self->entries, position);
  passend_dossier_emit_changed (self);

  return removal;
}

/**
 * passend_dossier_restore:
 * @removal: what passend_dossier_remove_entry() returned
 *
 * Puts a removed entry back where it was, with its agreements and
 * documents, unchanged.
 *
 * Returns: %FALSE if it cannot come back (its child was removed since,
 *   or it is already back)
 */
gboolean
passend_dossier_restore (PassendDossier *self, PassendRemoval *removal)
{
  const char *child_id;
  guint       n;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), FALSE);
  g_return_val_if_fail (removal != NULL, FALSE);

  child_id = passend_entry_get_child_id (removal->entry);
  if (child_id != NULL && passend_dossier_find_child (self, child_id) == NULL)
    return FALSE;
  if (g_list_store_find (self->entries, removal->entry, NULL))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  passend_dossier_watch_record (self, removal->entry);
  g_list_store_insert (self->entries, MIN (removal->entry_position, n), removal->entry);
  put_back (self, self->agreements, removal->agreements);
  put_back (self, self->documents, removal->documents);
  for (guint i = 0; i < removal->sheets->len; i++)
    {
      PassendSheet *sheet = g_ptr_array_index (removal->sheets, i);

      /* Unless it was removed or written down again since. */
      if (g_list_store_find (self->sheets, sheet, NULL) &&
          passend_sheet_get_entry_id (sheet) == NULL)
        g_object_set (sheet, "entry-id", passend_record_get_id (PASSEND_RECORD (removal->entry)),
                      NULL);
    }
  for (guint i = 0; i < removal->clocks->len; i++)
    {
      GObject *clock = g_ptr_array_index (removal->clocks, i);

      if (g_list_store_find (self->clocks, clock, NULL) &&
          passend_dossier_clock_entry_id (clock) == NULL)
        g_object_set (clock, "entry-id", passend_record_get_id (PASSEND_RECORD (removal->entry)),
                      NULL);
    }
  passend_dossier_emit_changed (self);

  return TRUE;
}
