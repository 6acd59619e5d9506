/* passend-dossier.c - everything a parent keeps, in memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dossier owns the children, entries, agreements, assistant
 * states and plans as GListModels the views can show directly, and emits
 * "changed" whenever any of them changes so the store can save.  It
 * knows the JSON shape of the file but never touches the file itself.
 */
#define G_LOG_DOMAIN "passend-dossier"

#include "config.h"

#include <string.h>

#include "passend-dossier-private.h"
#include "passend-error.h"
#include "passend-json.h"
#include "passend-safe-json.h"

struct _PassendDossier
{
  GObject parent_instance;

  GListStore *children;
  GListStore *entries;
  GListStore *agreements;
  GListStore *documents;
  GListStore *process_states;
  GListStore *sheets;
  GListStore *plans;

  /* Top-level members a newer build wrote; written back unchanged. */
  JsonObject *extra;
  gint64      file_version;

  /* Changes made while frozen, told as one "changed" on the thaw. */
  guint    freeze_count;
  gboolean change_pending;
  GQuark   pending_detail;
};

G_DEFINE_FINAL_TYPE (PassendDossier, passend_dossier, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The lists in the file, in the order they are written. */
typedef struct
{
  const char *key;
  gsize       store_offset;
  GType (*type) (void);
} ListSpec;

static const ListSpec lists[] = {
  { "children", G_STRUCT_OFFSET (PassendDossier, children), passend_child_get_type },
  { "entries", G_STRUCT_OFFSET (PassendDossier, entries), passend_entry_get_type },
  { "agreements", G_STRUCT_OFFSET (PassendDossier, agreements), passend_agreement_get_type },
  { "process", G_STRUCT_OFFSET (PassendDossier, process_states), passend_process_state_get_type },
  { "plans", G_STRUCT_OFFSET (PassendDossier, plans), passend_plan_get_type },
  { "documents", G_STRUCT_OFFSET (PassendDossier, documents), passend_document_get_type },
  { "sheets", G_STRUCT_OFFSET (PassendDossier, sheets), passend_sheet_get_type },
};

static const char *const top_level_fields[] = { "version", "application", "children",
                                                "entries", "agreements",  "process",
                                                "plans",   "documents",   "sheets",
                                                NULL };

#define LIST_STORE(self, spec) (*(GListStore **)(((guint8 *)(self)) + (spec)->store_offset))

static void
emit_detail (PassendDossier *self, GQuark detail)
{
  if (self->freeze_count == 0)
    {
      g_signal_emit (self, signals[CHANGED], detail);
      return;
    }

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
  emit_detail (self, g_quark_from_static_string ("structure"));
}

static void
record_changed_cb (PassendRecord *record, GParamSpec *pspec, gpointer owner)
{
  /* "modified" always follows another notification.  The detail names
   * the kind of record, so a page can let other pages' changes pass. */
  if (g_strcmp0 (pspec->name, "modified") != 0)
    emit_detail (owner, g_type_qname (G_OBJECT_TYPE (record)));
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
  g_signal_emit (self, signals[CHANGED], self->pending_detail);
}

/* The dossier hears of every change of the records it holds; each
 * record is in at most one dossier. */
void
passend_dossier_watch_record (PassendDossier *self, gpointer record)
{
  g_warn_if_fail (passend_record_get_owner (record) == NULL);
  passend_record_set_owner (record, record_changed_cb, self);
}

void
passend_dossier_unwatch_record (PassendDossier *self, gpointer record)
{
  if (passend_record_get_owner (record) == self)
    passend_record_set_owner (record, NULL, NULL);
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

static void
passend_dossier_finalize (GObject *object)
{
  PassendDossier *self = PASSEND_DOSSIER (object);

  GListStore *stores[] = { self->children, self->entries,        self->agreements, self->documents,
                           self->sheets,   self->process_states, self->plans };

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
  g_clear_pointer (&self->extra, json_object_unref);

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
  self->file_version = PASSEND_DOSSIER_VERSION;
}

PassendDossier *
passend_dossier_new (void)
{
  return g_object_new (PASSEND_TYPE_DOSSIER, NULL);
}

/* Records read while the text was parsed, one list each. */
typedef struct
{
  GPtrArray *records[G_N_ELEMENTS (lists)];
} Streamed;

static gboolean
record_streamed_cb (const char        *key,
                    guint              index,
                    JsonNode          *element,
                    PassendJsonMember *members,
                    guint              n_members,
                    gpointer           user_data,
                    GError           **error)
{
  Streamed *streamed = user_data;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    if (g_str_equal (lists[l].key, key))
      {
        PassendRecord *record =
            element != NULL ? passend_record_new_from_json (lists[l].type (), element, index, error)
                            : passend_record_new_from_members (lists[l].type (), members, n_members,
                                                               index, error);

        if (record == NULL)
          return FALSE;
        g_ptr_array_add (streamed->records[l], record);
        return TRUE;
      }

  g_return_val_if_reached (FALSE);
}

/* Adds the records of one list: those @streamed already read (if any)
 * and those still in the tree. */
static gboolean
read_list (PassendDossier *self, JsonObject *root, guint l, GPtrArray *streamed, GError **error)
{
  const ListSpec *spec = &lists[l];
  JsonNode       *node = json_object_get_member (root, spec->key);
  g_autoptr (GPtrArray) records = NULL;
  JsonArray *array;
  guint      n;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "“%s” is not a list", spec->key);
      return FALSE;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  records =
      streamed != NULL ? g_ptr_array_ref (streamed) : g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < records->len; i++)
    passend_dossier_watch_record (self, g_ptr_array_index (records, i));

  for (guint i = 0; i < n; i++)
    {
      PassendRecord *record =
          passend_record_new_from_json (spec->type (), json_array_get_element (array, i), i, error);

      if (record == NULL)
        return FALSE;

      passend_dossier_watch_record (self, record);
      g_ptr_array_add (records, record);
    }

  g_list_store_splice (LIST_STORE (self, spec), 0, 0, records->pdata, records->len);
  return TRUE;
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

static GHashTable *
collect_ids (GListModel *model, const char *label, GError **error)
{
  g_autoptr (GHashTable) ids = passend_dossier_ids_of (model);
  g_autoptr (GHashTable) seen = NULL;
  guint n = g_list_model_get_n_items (model);

  if (g_hash_table_size (ids) == n)
    return g_steal_pointer (&ids);

  /* Some id is there twice: name the first record that repeats one. */
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendRecord) record = g_list_model_get_item (model, i);

      if (!g_hash_table_add (seen, (gpointer)passend_record_get_id (record)))
        {
          g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "%s %u: an id used before",
                       label, i + 1);
          break;
        }
    }

  return NULL;
}

/* The references of each kind of record, as PassendRefGetter calls them. */
static const char *
entry_child_id (gpointer record)
{
  return passend_entry_get_child_id (record);
}

static const char *
agreement_child_id (gpointer record)
{
  return passend_agreement_get_child_id (record);
}

const char *
passend_dossier_agreement_entry_id (gpointer record)
{
  return passend_agreement_get_entry_id (record);
}

static const char *
process_state_child_id (gpointer record)
{
  return passend_process_state_get_child_id (record);
}

const char *
passend_dossier_document_entry_id (gpointer record)
{
  return passend_document_get_entry_id (record);
}

static const char *
sheet_child_id (gpointer record)
{
  return passend_sheet_get_child_id (record);
}

static const char *
sheet_entry_id (gpointer record)
{
  return passend_sheet_get_entry_id (record);
}

static const char *
plan_child_id (gpointer record)
{
  return passend_plan_get_child_id (record);
}

static gboolean
check_refs (GListModel      *model,
            PassendRefGetter getter,
            GHashTable      *targets,
            gboolean         unique,
            const char      *label,
            GError         **error)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (model, i);
      const char *ref = getter (item);

      if (ref == NULL)
        continue;

      if (!g_hash_table_contains (targets, ref))
        {
          g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                       "%s %u: refers to something that does not exist", label, i + 1);
          return FALSE;
        }

      if (unique && !g_hash_table_add (seen, (gpointer)ref))
        {
          g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                       "%s %u: a second one for the same child", label, i + 1);
          return FALSE;
        }
    }

  return TRUE;
}

/* A child has one plan of each number. */
static gboolean
check_plan_numbers (PassendDossier *self, GError **error)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *model = G_LIST_MODEL (self->plans);
  guint       n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendPlan) plan = g_list_model_get_item (model, i);
      char *key = g_strdup_printf ("%d %s", passend_plan_get_number (plan),
                                   passend_plan_get_child_id (plan));

      if (!g_hash_table_add (seen, key))
        {
          g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                       "plan %u: a second plan of that number for the same child", i + 1);
          return FALSE;
        }
    }

  return TRUE;
}

/* Checks that every id is unique in its list and every reference
 * points at something that exists. */
static gboolean
check_references (PassendDossier *self, GError **error)
{
  g_autoptr (GHashTable) child_ids = NULL;
  g_autoptr (GHashTable) entry_ids = NULL;
  g_autoptr (GHashTable) agreement_ids = NULL;
  g_autoptr (GHashTable) state_ids = NULL;
  g_autoptr (GHashTable) document_ids = NULL;
  g_autoptr (GHashTable) sheet_ids = NULL;
  g_autoptr (GHashTable) plan_ids = NULL;

  if (!(child_ids = collect_ids (G_LIST_MODEL (self->children), "child", error)) ||
      !(entry_ids = collect_ids (G_LIST_MODEL (self->entries), "entry", error)) ||
      !(agreement_ids = collect_ids (G_LIST_MODEL (self->agreements), "agreement", error)) ||
      !(state_ids = collect_ids (G_LIST_MODEL (self->process_states), "process state", error)) ||
      !(document_ids = collect_ids (G_LIST_MODEL (self->documents), "document", error)) ||
      !(sheet_ids = collect_ids (G_LIST_MODEL (self->sheets), "sheet", error)) ||
      !(plan_ids = collect_ids (G_LIST_MODEL (self->plans), "plan", error)))
    return FALSE;

  return check_refs (G_LIST_MODEL (self->entries), entry_child_id, child_ids, FALSE, "entry",
                     error) &&
         check_refs (G_LIST_MODEL (self->agreements), agreement_child_id, child_ids, FALSE,
                     "agreement", error) &&
         check_refs (G_LIST_MODEL (self->agreements), passend_dossier_agreement_entry_id, entry_ids,
                     FALSE, "agreement", error) &&
         check_refs (G_LIST_MODEL (self->process_states), process_state_child_id, child_ids, TRUE,
                     "process state", error) &&
         check_refs (G_LIST_MODEL (self->documents), passend_dossier_document_entry_id, entry_ids,
                     FALSE, "document", error) &&
         check_refs (G_LIST_MODEL (self->sheets), sheet_child_id, child_ids, FALSE, "sheet",
                     error) &&
         check_refs (G_LIST_MODEL (self->sheets), sheet_entry_id, entry_ids, TRUE, "sheet",
                     error) &&
         check_refs (G_LIST_MODEL (self->plans), plan_child_id, child_ids, FALSE, "plan", error) &&
         check_plan_numbers (self, error);
}

static PassendDossier *
new_from_tree (JsonNode *root, Streamed *streamed, GError **error)
{
  g_autoptr (PassendDossier) self = passend_dossier_new ();
  JsonObject *object;
  gint64      version = 0;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                           "The file does not hold a dossier");
      return NULL;
    }
  object = json_node_get_object (root);

  if (!passend_json_read_int (object, "dossier", "version", PASSEND_FIELD_REQUIRED, 1, G_MAXINT32,
                              &version, error))
    return NULL;
  self->file_version = version;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    if (!read_list (self, object, l, streamed ? streamed->records[l] : NULL, error))
      return NULL;

  if (!check_references (self, error))
    return NULL;

  self->extra = passend_json_collect_extra (object, top_level_fields);

  return g_steal_pointer (&self);
}

/**
 * passend_dossier_new_from_json:
 * @root: the parsed file
 *
 * Builds a dossier from a parsed file, checking every field.  A file of
 * a newer version is read if its shape allows; the caller asks
 * passend_dossier_get_file_version() and must not write it back.
 *
 * Returns: (transfer full): the dossier, or %NULL with @error set
 */
PassendDossier *
passend_dossier_new_from_json (JsonNode *root, GError **error)
{
  return new_from_tree (root, NULL, error);
}

/**
 * passend_dossier_new_from_text:
 * @text: the file's bytes
 * @length: their number
 *
 * Parses and builds in one pass, as passend_dossier_new_from_json() of
 * passend_safe_json_parse() would, but each record is built as soon as
 * it is read and its part of the tree freed at once.
 *
 * Returns: (transfer full): the dossier, or %NULL with @error set
 */
PassendDossier *
passend_dossier_new_from_text (const char *text, gsize length, GError **error)
{
  g_autoptr (JsonNode) root = NULL;
  const char *keys[G_N_ELEMENTS (lists) + 1] = {
    NULL,
  };
  Streamed        streamed;
  PassendDossier *self;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      keys[l] = lists[l].key;
      streamed.records[l] = g_ptr_array_new_with_free_func (g_object_unref);
    }

  root =
      passend_safe_json_parse_streaming (text, length, keys, record_streamed_cb, &streamed, error);
  self = root != NULL ? new_from_tree (root, &streamed, error) : NULL;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    g_ptr_array_unref (streamed.records[l]);

  return self;
}

/**
 * passend_dossier_write:
 * @size_hint: the expected length, such as that of the last save, or 0
 * @length: (out): the length of the text
 *
 * Writes the dossier as the file stores it, straight from the records:
 * for 10,000 entries building a JsonNode tree first would copy every
 * text twice more.
 *
 * Returns: (transfer full): the JSON text
 */
char *
passend_dossier_write (PassendDossier *self, gsize size_hint, gsize *length)
{
  GString *out;
  gboolean first = TRUE;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);

  out = g_string_sized_new (MAX (size_hint + size_hint / 8, 64 * 1024));
  g_string_append_c (out, '{');
  passend_safe_json_write_member (out, 0, &first, "version");
  g_string_append_printf (out, "%d", PASSEND_DOSSIER_VERSION);
  passend_safe_json_write_member (out, 0, &first, "application");
  passend_safe_json_write_string (out, "Passend " PACKAGE_VERSION);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      GListModel *model = G_LIST_MODEL (LIST_STORE (self, &lists[l]));
      guint       n = g_list_model_get_n_items (model);
      gboolean    first_element = TRUE;

      passend_safe_json_write_member (out, 0, &first, lists[l].key);
      g_string_append_c (out, '[');
      for (guint i = 0; i < n; i++)
        {
          PassendRecord *record = g_list_model_get_item (model, i);

          passend_safe_json_write_element (out, 1, &first_element);
          passend_record_write (record, out, 2);
          g_object_unref (record);
        }
      passend_safe_json_write_close (out, 1, first_element, ']');
    }

  passend_json_write_extra (out, 0, &first, self->extra);
  passend_safe_json_write_close (out, 0, first, '}');
  g_string_append_c (out, '\n');

  *length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * passend_dossier_to_json:
 *
 * Returns: (transfer full): the dossier as the tree the file holds
 */
JsonNode *
passend_dossier_to_json (PassendDossier *self)
{
  g_autofree char *text = NULL;
  gsize            length;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);

  text = passend_dossier_write (self, 0, &length);
  return passend_safe_json_parse (text, length, NULL);
}

/**
 * passend_dossier_validate:
 *
 * Checks every record and every reference, as loading would.
 *
 * Returns: %TRUE if the dossier can be saved and read back
 */
gboolean
passend_dossier_validate (PassendDossier *self, GError **error)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), FALSE);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      GListModel *model = G_LIST_MODEL (LIST_STORE (self, &lists[l]));
      guint       n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (PassendRecord) record = g_list_model_get_item (model, i);

          if (!passend_record_validate (record, i, error))
            return FALSE;
        }
    }

  return check_references (self, error);
}

/**
 * passend_dossier_get_file_version:
 *
 * Returns: the "version" of the file this dossier was read from, or
 *   %PASSEND_DOSSIER_VERSION for a new one
 */
gint64
passend_dossier_get_file_version (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), 0);
  return self->file_version;
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
  }

  passend_dossier_emit_changed (self);
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
  passend_dossier_emit_changed (self);

  return TRUE;
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

/* Whether a record for @record_child_id shows for @child_id: records
 * without a child are about all children. */
static gboolean
is_for_child (const char *record_child_id, const char *child_id)
{
  return child_id == NULL || record_child_id == NULL || strcmp (record_child_id, child_id) == 0;
}

/**
 * passend_dossier_summarize:
 * @child_id: (nullable): a child's id, or %NULL for all children
 * @today: "YYYY-MM-DD"
 * @summary: (out caller-allocates): filled in; free with
 *   passend_summary_clear()
 *
 * Counts what the top of the dossier page shows for a child: entries,
 * the last contact with school, open and overdue agreements.  Entries
 * and agreements for all children count for every child.
 */
void
passend_dossier_summarize (PassendDossier *self,
                           const char     *child_id,
                           const char     *today,
                           PassendSummary *summary)
{
  GListModel *entries;
  GListModel *agreements;
  guint       n;

  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (today != NULL);
  g_return_if_fail (summary != NULL);

  memset (summary, 0, sizeof *summary);
  entries = G_LIST_MODEL (self->entries);
  agreements = G_LIST_MODEL (self->agreements);

  n = g_list_model_get_n_items (entries);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendEntry) entry = g_list_model_get_item (entries, i);
      const char *date = passend_entry_get_date (entry);

      if (!is_for_child (passend_entry_get_child_id (entry), child_id))
        continue;

      summary->n_entries++;
      /* A talk planned for later is not a contact yet. */
      if (passend_entry_is_school_contact (entry) && date != NULL && strcmp (date, today) <= 0 &&
          (summary->last_school_contact == NULL || strcmp (date, summary->last_school_contact) > 0))
        {
          g_free (summary->last_school_contact);
          summary->last_school_contact = g_strdup (date);
        }
    }

  n = g_list_model_get_n_items (agreements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendAgreement) agreement = g_list_model_get_item (agreements, i);

      if (!is_for_child (passend_agreement_get_child_id (agreement), child_id) ||
          passend_agreement_get_status (agreement) != PASSEND_AGREEMENT_STATUS_OPEN)
        continue;

      summary->n_open++;
      if (passend_agreement_is_overdue (agreement, today))
        summary->n_overdue++;
    }
}

void
passend_summary_clear (PassendSummary *summary)
{
  g_clear_pointer (&summary->last_school_contact, g_free);
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
