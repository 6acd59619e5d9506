/* passend-store-merge.c - two versions of a dossier, record by record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every record has an id and the moment it was last changed
 * ("modified", set on each change).  The store remembers both for each
 * record of the file it last read or wrote: the base.  Against the base
 * each side's version of a record is unchanged, changed, added or
 * removed, and that decides:
 *
 *   changed on one side only      that side's version
 *   added on one side             added
 *   removed on one side, and not
 *   changed on the other          removed
 *   changed on both sides, or
 *   changed on one and removed
 *   on the other                  a conflict: the preferred side's
 *
 * A record with the same moment on both sides but other contents was
 * changed by hand on their side (Passend always sets the moment).
 *
 * Members that are no list of records come from this side ("mine").
 * The result must still pass every check of loading (a record may name
 * one the other side removed); the caller sees to that.
 */
#define G_LOG_DOMAIN "passend-store"

#include "config.h"

#include <string.h>

#include "passend-store-private.h"

/* The lists of records in the file, as passend-dossier.c writes them;
 * a test checks that every list a dossier writes is here. */
static const struct
{
  const char       *key;
  PassendListGetter get;
} record_lists[] = {
  { "children", passend_dossier_get_children },
  { "entries", passend_dossier_get_entries },
  { "agreements", passend_dossier_get_agreements },
  { "process", passend_dossier_get_process_states },
  { "plans", passend_dossier_get_plans },
  { "documents", passend_dossier_get_documents },
  { "sheets", passend_dossier_get_sheets },
  { "clocks", passend_dossier_get_clocks },
};

const char *
passend_store_list_key (guint i)
{
  return i < G_N_ELEMENTS (record_lists) ? record_lists[i].key : NULL;
}

PassendListGetter
passend_store_list_getter (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_lists); i++)
    if (strcmp (record_lists[i].key, key) == 0)
      return record_lists[i].get;
  return NULL;
}

/**
 * passend_store_find_record:
 * @key_and_id: "list\037id"
 *
 * Returns: (transfer full) (nullable): the record
 */
PassendRecord *
passend_store_find_record (PassendDossier *dossier, const char *key_and_id)
{
  const char       *sep = strchr (key_and_id, '\037');
  g_autofree char  *key = sep ? g_strndup (key_and_id, sep - key_and_id) : NULL;
  PassendListGetter get = key ? passend_store_list_getter (key) : NULL;
  GListModel       *model;
  guint             n;

  if (get == NULL)
    return NULL;

  model = get (dossier);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      PassendRecord *record = g_list_model_get_item (model, i);

      if (strcmp (passend_record_get_id (record), sep + 1) == 0)
        return record;
      g_object_unref (record);
    }

  return NULL;
}

void
passend_merge_clear (PassendMerge *merge)
{
  g_clear_pointer (&merge->taken, g_ptr_array_unref);
  g_clear_pointer (&merge->removed, g_ptr_array_unref);
  g_clear_pointer (&merge->both, g_ptr_array_unref);
}

static const char *
string_member (JsonNode *node, const char *name)
{
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  member = json_object_get_member (json_node_get_object (node), name);
  if (member == NULL || !JSON_NODE_HOLDS_VALUE (member) ||
      json_node_get_value_type (member) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (member);
}

typedef struct
{
  const char   *key;
  GHashTable   *base;
  gboolean      prefer_mine;
  PassendMerge *merge;
  JsonArray    *out;
} ListMerge;

static char *
key_and_id (const ListMerge *lm, const char *id)
{
  return g_strconcat (lm->key, "\037", id, NULL);
}

/* A record of mine: @theirs is their version of it, or %NULL. */
static void
merge_mine (ListMerge *lm, JsonNode *mine, JsonNode *theirs)
{
  g_autofree char *kid = key_and_id (lm, string_member (mine, "id"));
  const char      *base = g_hash_table_lookup (lm->base, kid);
  const char      *mod_m = string_member (mine, "modified");
  const char      *mod_t = theirs ? string_member (theirs, "modified") : NULL;
  gboolean         mine_changed = base == NULL || g_strcmp0 (mod_m, base) != 0;
  gboolean         theirs_changed = base == NULL || g_strcmp0 (mod_t, base) != 0;

  /* The same moment but not the same record: changed by hand, without
   * touching "modified" (Passend always does). */
  if (theirs != NULL && g_strcmp0 (mod_m, mod_t) == 0 && !json_node_equal (mine, theirs))
    theirs_changed = TRUE;
  else if (theirs != NULL && g_strcmp0 (mod_m, mod_t) == 0)
    theirs_changed = mine_changed = FALSE;

  if (theirs != NULL && !mine_changed && !theirs_changed)
    json_array_add_element (lm->out, json_node_copy (mine));
  else if (theirs != NULL && mine_changed && theirs_changed)
    {
      g_ptr_array_add (lm->merge->both, g_steal_pointer (&kid));
      json_array_add_element (lm->out, json_node_copy (lm->prefer_mine ? mine : theirs));
    }
  else if (theirs != NULL && theirs_changed)
    {
      g_ptr_array_add (lm->merge->taken, g_steal_pointer (&kid));
      json_array_add_element (lm->out, json_node_copy (theirs));
    }
  else if (theirs != NULL || base == NULL)
    json_array_add_element (lm->out, json_node_copy (mine)); /* changed or added here */
  else if (!mine_changed)
    g_ptr_array_add (lm->merge->removed, g_steal_pointer (&kid)); /* removed there */
  else
    {
      /* Changed here, removed there. */
      g_ptr_array_add (lm->merge->both, g_steal_pointer (&kid));
      if (lm->prefer_mine)
        json_array_add_element (lm->out, json_node_copy (mine));
    }
}

/* A record only they have. */
static void
merge_theirs (ListMerge *lm, JsonNode *theirs)
{
  g_autofree char *kid = key_and_id (lm, string_member (theirs, "id"));
  const char      *base = g_hash_table_lookup (lm->base, kid);

  if (base == NULL)
    {
      g_ptr_array_add (lm->merge->taken, g_steal_pointer (&kid));
      json_array_add_element (lm->out, json_node_copy (theirs));
    }
  else if (g_strcmp0 (string_member (theirs, "modified"), base) != 0)
    {
      /* Changed there, removed here. */
      g_ptr_array_add (lm->merge->both, g_steal_pointer (&kid));
      if (!lm->prefer_mine)
        json_array_add_element (lm->out, json_node_copy (theirs));
    }
  /* else removed here, unchanged there: stays removed */
}

static JsonArray *
merge_list (ListMerge *lm, JsonArray *mine, JsonArray *theirs)
{
  g_autoptr (GHashTable) theirs_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) mine_ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_mine = mine ? json_array_get_length (mine) : 0;
  guint n_theirs = theirs ? json_array_get_length (theirs) : 0;

  lm->out = json_array_sized_new (MAX (n_mine, n_theirs));

  for (guint i = 0; i < n_theirs; i++)
    {
      JsonNode   *node = json_array_get_element (theirs, i);
      const char *id = string_member (node, "id");

      if (id != NULL)
        g_hash_table_insert (theirs_by_id, (gpointer)id, node);
    }

  for (guint i = 0; i < n_mine; i++)
    {
      JsonNode   *node = json_array_get_element (mine, i);
      const char *id = string_member (node, "id");

      if (id == NULL)
        {
          json_array_add_element (lm->out, json_node_copy (node));
          continue;
        }
      g_hash_table_add (mine_ids, (gpointer)id);
      merge_mine (lm, node, g_hash_table_lookup (theirs_by_id, id));
    }

  for (guint i = 0; i < n_theirs; i++)
    {
      JsonNode   *node = json_array_get_element (theirs, i);
      const char *id = string_member (node, "id");

      if (id != NULL && !g_hash_table_contains (mine_ids, id))
        merge_theirs (lm, node);
    }

  return g_steal_pointer (&lm->out);
}

static JsonArray *
array_member (JsonObject *object, const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/**
 * passend_store_merge:
 * @mine: this side's dossier, as a tree
 * @theirs: the other side's
 * @base: "list\037id" to the modified moment, of the file both began from
 * @prefer_mine: whose version a conflicting record takes
 * @merge: (out caller-allocates): what came from where
 *
 * Returns: (transfer full): the combined tree
 */
JsonNode *
passend_store_merge (
    JsonNode *mine, JsonNode *theirs, GHashTable *base, gboolean prefer_mine, PassendMerge *merge)
{
  JsonObject    *m = json_node_get_object (mine);
  JsonObject    *t = json_node_get_object (theirs);
  JsonObject    *out = json_object_new ();
  JsonObjectIter iter;
  const char    *name;
  JsonNode      *node;

  merge->taken = g_ptr_array_new_with_free_func (g_free);
  merge->removed = g_ptr_array_new_with_free_func (g_free);
  merge->both = g_ptr_array_new_with_free_func (g_free);

  json_object_iter_init_ordered (&iter, m);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (passend_store_list_getter (name) != NULL && JSON_NODE_HOLDS_ARRAY (node))
        {
          ListMerge lm = { name, base, prefer_mine, merge, NULL };

          json_object_set_array_member (
              out, name, merge_list (&lm, json_node_get_array (node), array_member (t, name)));
        }
      else
        json_object_set_member (out, name, json_node_copy (node));
    }

  json_object_iter_init_ordered (&iter, t);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (json_object_has_member (out, name))
        continue;
      if (passend_store_list_getter (name) != NULL && JSON_NODE_HOLDS_ARRAY (node))
        {
          ListMerge lm = { name, base, prefer_mine, merge, NULL };

          json_object_set_array_member (out, name,
                                        merge_list (&lm, NULL, json_node_get_array (node)));
        }
      else
        json_object_set_member (out, name, json_node_copy (node));
    }

  {
    JsonNode *root = json_node_new (JSON_NODE_OBJECT);

    json_node_take_object (root, out);
    return root;
  }
}
