/* passend-dossier-json.c - the dossier as the file holds it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a dossier from its JSON text, checking every field and every
 * reference between records, and writing it back.  The dossier knows
 * the shape of the file but never touches the file itself.
 */
#define G_LOG_DOMAIN "passend-dossier"

#include "config.h"

#include "passend-dossier-private.h"
#include "passend-error.h"
#include "passend-json.h"
#include "passend-safe-json.h"

/* The lists in the file, in the order they are written. */
typedef struct
{
  const char *key;
  gsize       store_offset;
  GType (*type) (void);
} ListSpec;

/* Their places in lists[]. */
enum
{
  LIST_CHILDREN,
  LIST_ENTRIES,
  LIST_AGREEMENTS,
  LIST_PROCESS,
  LIST_PLANS,
  LIST_DOCUMENTS,
  LIST_SHEETS,
  LIST_CLOCKS,
  N_LISTS
};

static const ListSpec lists[N_LISTS] = {
  [LIST_CHILDREN] = { "children", G_STRUCT_OFFSET (PassendDossier, children),
                      passend_child_get_type },
  [LIST_ENTRIES] = { "entries", G_STRUCT_OFFSET (PassendDossier, entries), passend_entry_get_type },
  [LIST_AGREEMENTS] = { "agreements", G_STRUCT_OFFSET (PassendDossier, agreements),
                        passend_agreement_get_type },
  [LIST_PROCESS] = { "process", G_STRUCT_OFFSET (PassendDossier, process_states),
                     passend_process_state_get_type },
  [LIST_PLANS] = { "plans", G_STRUCT_OFFSET (PassendDossier, plans), passend_plan_get_type },
  [LIST_DOCUMENTS] = { "documents", G_STRUCT_OFFSET (PassendDossier, documents),
                       passend_document_get_type },
  [LIST_SHEETS] = { "sheets", G_STRUCT_OFFSET (PassendDossier, sheets), passend_sheet_get_type },
  /* Only when the clocks are linked in: else kept as an unknown member. */
  [LIST_CLOCKS] = { "clocks", G_STRUCT_OFFSET (PassendDossier, clocks),
                    passend_dossier_get_clock_type },
};

static const char *const top_level_fields[] = { "version", "application", "children",
                                                "entries", "agreements",  "process",
                                                "plans",   "documents",   "sheets",
                                                "clocks",  NULL };

/* A list this program cannot read, as its record type is not linked in. */
#define LIST_UNKNOWN(spec) ((spec)->type () == 0)

#define LIST_STORE(self, spec) (*(GListStore **)(((guint8 *)(self)) + (spec)->store_offset))

/* The records of each list, in the order of lists[]: those read while
 * the text was parsed, and then every record of the dossier for the
 * checks between records, which read plain arrays rather than the list
 * models (a lookup in the store's sequence and a reference per item,
 * a sixth of a load). */
typedef struct
{
  GPtrArray *records[G_N_ELEMENTS (lists)];
} ListRecords;

static void
list_records_clear (ListRecords *records)
{
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    g_clear_pointer (&records->records[l], g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ListRecords, list_records_clear)

/* Every record of @model, in its order, a reference each: for passes
 * over all records that must not touch the model (on another thread)
 * or should not pay a lookup in it per record. */
GPtrArray *
passend_dossier_records_of (GListModel *model)
{
  guint      n = g_list_model_get_n_items (model);
  GPtrArray *records = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (records, g_list_model_get_item (model, i));
  return records;
}

static void
list_records_of_dossier (ListRecords *all, PassendDossier *self)
{
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    all->records[l] = passend_dossier_records_of (G_LIST_MODEL (LIST_STORE (self, &lists[l])));
}

static gboolean
record_streamed_cb (const char        *key,
                    guint              index,
                    JsonNode          *element,
                    PassendJsonMember *members,
                    guint              n_members,
                    gpointer           user_data,
                    GError           **error)
{
  ListRecords *streamed = user_data;

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
read_list (PassendDossier *self,
           JsonObject     *root,
           guint           l,
           GPtrArray      *streamed,
           GPtrArray     **all,
           GError        **error)
{
  const ListSpec *spec = &lists[l];
  JsonNode       *node = json_object_get_member (root, spec->key);
  g_autoptr (GPtrArray) records = NULL;
  JsonArray *array;
  guint      n;

  *all = g_ptr_array_new_with_free_func (g_object_unref);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || LIST_UNKNOWN (spec))
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
  g_ptr_array_unref (*all);
  *all = g_steal_pointer (&records);
  return TRUE;
}

/* The ids of @records, or %NULL with @error naming the first record
 * that repeats one. */
static GHashTable *
collect_ids (GPtrArray *records, const char *label, GError **error)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < records->len; i++)
    if (!g_hash_table_add (ids, (gpointer)passend_record_get_id (records->pdata[i])))
      {
        g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID, "%s %u: an id used before", label,
                     i + 1);
        return NULL;
      }

  return g_steal_pointer (&ids);
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

static const char *
process_state_child_id (gpointer record)
{
  return passend_process_state_get_child_id (record);
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
check_refs (GPtrArray       *records,
            PassendRefGetter getter,
            GHashTable      *targets,
            gboolean         unique,
            const char      *label,
            GError         **error)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < records->len; i++)
    {
      const char *ref = getter (records->pdata[i]);

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
check_plan_numbers (GPtrArray *plans, GError **error)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < plans->len; i++)
    {
      PassendPlan *plan = plans->pdata[i];
      char        *key = g_strdup_printf ("%d %s", passend_plan_get_number (plan),
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
check_references (ListRecords *all, GError **error)
{
  GPtrArray *const *r = all->records;
  g_autoptr (GHashTable) child_ids = NULL;
  g_autoptr (GHashTable) entry_ids = NULL;
  g_autoptr (GHashTable) agreement_ids = NULL;
  g_autoptr (GHashTable) state_ids = NULL;
  g_autoptr (GHashTable) document_ids = NULL;
  g_autoptr (GHashTable) sheet_ids = NULL;
  g_autoptr (GHashTable) plan_ids = NULL;
  g_autoptr (GHashTable) clock_ids = NULL;

  if (!(child_ids = collect_ids (r[LIST_CHILDREN], "child", error)) ||
      !(entry_ids = collect_ids (r[LIST_ENTRIES], "entry", error)) ||
      !(agreement_ids = collect_ids (r[LIST_AGREEMENTS], "agreement", error)) ||
      !(state_ids = collect_ids (r[LIST_PROCESS], "process state", error)) ||
      !(document_ids = collect_ids (r[LIST_DOCUMENTS], "document", error)) ||
      !(sheet_ids = collect_ids (r[LIST_SHEETS], "sheet", error)) ||
      !(plan_ids = collect_ids (r[LIST_PLANS], "plan", error)) ||
      !(clock_ids = collect_ids (r[LIST_CLOCKS], "clock", error)))
    return FALSE;

  if (r[LIST_CLOCKS]->len > 0 && !(check_refs (r[LIST_CLOCKS], passend_dossier_clock_child_id,
                                               child_ids, FALSE, "clock", error) &&
                                   check_refs (r[LIST_CLOCKS], passend_dossier_clock_entry_id,
                                               entry_ids, FALSE, "clock", error)))
    return FALSE;

  return check_refs (r[LIST_ENTRIES], entry_child_id, child_ids, FALSE, "entry", error) &&
         check_refs (r[LIST_AGREEMENTS], agreement_child_id, child_ids, FALSE, "agreement",
                     error) &&
         check_refs (r[LIST_AGREEMENTS], passend_dossier_agreement_entry_id, entry_ids, FALSE,
                     "agreement", error) &&
         check_refs (r[LIST_PROCESS], process_state_child_id, child_ids, TRUE, "process state",
                     error) &&
         check_refs (r[LIST_DOCUMENTS], passend_dossier_document_entry_id, entry_ids, FALSE,
                     "document", error) &&
         check_refs (r[LIST_SHEETS], sheet_child_id, child_ids, FALSE, "sheet", error) &&
         check_refs (r[LIST_SHEETS], sheet_entry_id, entry_ids, TRUE, "sheet", error) &&
         check_refs (r[LIST_PLANS], plan_child_id, child_ids, FALSE, "plan", error) &&
         check_plan_numbers (r[LIST_PLANS], error);
}

/**
 * passend_dossier_validate_sheets:
 *
 * The checks between records that concern sheets alone: for a change
 * that only added or removed sheets, or changed which entry one records
 * (no record refers to a sheet).  A pass over the children, the sheets
 * and, only where a sheet names an entry, the entries' ids.
 *
 * Returns: %TRUE if the sheets would read back
 */
gboolean
passend_dossier_validate_sheets (PassendDossier *self, GError **error)
{
  g_autoptr (GPtrArray) sheets = passend_dossier_records_of (G_LIST_MODEL (self->sheets));
  g_autoptr (GPtrArray) children = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  gboolean names_entry = FALSE;
  g_autoptr (GHashTable) sheet_ids = NULL;
  g_autoptr (GHashTable) child_ids = NULL;
  g_autoptr (GHashTable) entry_ids = NULL;

  for (guint i = 0; i < sheets->len; i++)
    {
      if (!passend_record_validate (sheets->pdata[i], i, error))
        return FALSE;
      names_entry = names_entry || sheet_entry_id (sheets->pdata[i]) != NULL;
    }

  children = passend_dossier_records_of (G_LIST_MODEL (self->children));
  if (!(sheet_ids = collect_ids (sheets, "sheet", error)) ||
      !(child_ids = collect_ids (children, "child", error)) ||
      !check_refs (sheets, sheet_child_id, child_ids, FALSE, "sheet", error))
    return FALSE;
  if (!names_entry)
    return TRUE;
  entries = passend_dossier_records_of (G_LIST_MODEL (self->entries));
  return (entry_ids = collect_ids (entries, "entry", error)) != NULL &&
         check_refs (sheets, sheet_entry_id, entry_ids, TRUE, "sheet", error);
}

static PassendDossier *
new_from_tree (JsonNode *root, ListRecords *streamed, GError **error)
{
  g_autoptr (PassendDossier) self = passend_dossier_new ();
  g_auto (ListRecords) all = { { NULL } };
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
    if (!read_list (self, object, l, streamed ? streamed->records[l] : NULL, &all.records[l],
                    error))
      return NULL;

  if (!check_references (&all, error))
    return NULL;

  {
    const char *known[G_N_ELEMENTS (top_level_fields)];
    guint       n_known = 0;

    for (guint i = 0; top_level_fields[i] != NULL; i++)
      if (g_strcmp0 (top_level_fields[i], "clocks") != 0 || passend_dossier_get_clock_type () != 0)
        known[n_known++] = top_level_fields[i];
    known[n_known] = NULL;
    self->extra = passend_json_collect_extra (object, known);
  }

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
  ListRecords     streamed;
  PassendDossier *self;

  for (guint l = 0, k = 0; l < G_N_ELEMENTS (lists); l++)
    {
      if (!LIST_UNKNOWN (&lists[l]))
        keys[k++] = lists[l].key;
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
  passend_dossier_write_head (out, &first);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      GListModel *model = G_LIST_MODEL (LIST_STORE (self, &lists[l]));
      guint       n = g_list_model_get_n_items (model);
      gboolean    first_element = TRUE;

      if (LIST_UNKNOWN (&lists[l]))
        continue;
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

  passend_dossier_write_tail (self, out, first);

  *length = out->len;
  return g_string_free (out, FALSE);
}

/* The parts of the text around the lists, for passend_dossier_write()
 * and the snapshot (passend-dossier-snapshot.c), which must write the
 * very same bytes. */
void
passend_dossier_write_head (GString *out, gboolean *first)
{
  g_string_append_c (out, '{');
  passend_safe_json_write_member (out, 0, first, "version");
  g_string_append_printf (out, "%d", PASSEND_DOSSIER_VERSION);
  passend_safe_json_write_member (out, 0, first, "application");
  passend_safe_json_write_string (out, "Passend " PACKAGE_VERSION);
}

void
passend_dossier_write_tail (PassendDossier *self, GString *out, gboolean first)
{
  passend_json_write_extra (out, 0, &first, self->extra);
  passend_safe_json_write_close (out, 0, first, '}');
  g_string_append_c (out, '\n');
}

/* The lists in the order the file holds them. */
guint
passend_dossier_n_lists (void)
{
  return G_N_ELEMENTS (lists);
}

/* Whether list @l is read and written here: its record type is linked
 * in (else the file's list is kept as an unknown member). */
gboolean
passend_dossier_list_is_known (guint l)
{
  g_return_val_if_fail (l < G_N_ELEMENTS (lists), FALSE);
  return !LIST_UNKNOWN (&lists[l]);
}

const char *
passend_dossier_list_key (guint l)
{
  g_return_val_if_fail (l < G_N_ELEMENTS (lists), NULL);

  return lists[l].key;
}

GListModel *
passend_dossier_list_at (PassendDossier *self, guint l)
{
  g_return_val_if_fail (l < G_N_ELEMENTS (lists), NULL);

  return G_LIST_MODEL (LIST_STORE (self, &lists[l]));
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
  g_auto (ListRecords) all = { { NULL } };

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), FALSE);

  list_records_of_dossier (&all, self);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < all.records[l]->len; i++)
      if (!passend_record_validate (all.records[l]->pdata[i], i, error))
        return FALSE;

  return check_references (&all, error);
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
