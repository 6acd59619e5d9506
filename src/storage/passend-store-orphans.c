/* passend-store-orphans.c - edits made to a dossier the store let go of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When changes from outside come in, the store's dossier is replaced by
 * a new one; the pages follow #PassendStore:dossier at once.  A window
 * that was open then (an entry being written) may still hold the old
 * dossier and save into it a moment later.  Such an edit is not lost:
 * the store keeps listening to the old dossier for as long as anyone
 * holds it, and brings what changed there into the current one, record
 * by record, as the merge of changes from outside does.
 */
#define G_LOG_DOMAIN "passend-store"

#include "config.h"

#include "passend-safe-json.h"
#include "passend-store-private.h"

#define BASE_KEY "passend-store-orphan-base"

static PassendDossier *
bring_in (PassendStore *self, PassendDossier *orphan, PassendMerge *merge)
{
  g_autofree char *mine_text = NULL;
  g_autofree char *current_text = NULL;
  g_autoptr (JsonNode) mine = NULL;
  g_autoptr (JsonNode) current = NULL;
  g_autoptr (JsonNode) merged = NULL;
  gsize mine_length, current_length;

  mine_text = passend_dossier_write (orphan, self->last_length, &mine_length);
  current_text = passend_dossier_write (self->dossier, self->last_length, &current_length);
  mine = passend_safe_json_parse (mine_text, mine_length, NULL);
  current = passend_safe_json_parse (current_text, current_length, NULL);
  if (mine == NULL || current == NULL)
    return NULL;

  /* The orphan's edits win: they are the parent's latest. */
  merged = passend_store_merge (mine, current, g_object_get_data (G_OBJECT (orphan), BASE_KEY),
                                TRUE, merge);
  if (merge->both->len > 0)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *copy =
          passend_store_keep_conflict_copy (self, current_text, current_length, &error);

      if (copy == NULL)
        g_warning ("Could not keep a conflict copy: %s", error->message);
    }
  return passend_dossier_new_from_json (merged, NULL);
}

#define PENDING_KEY "passend-store-orphan-pending"

static void
bring_in_now (PassendStore *self, PassendDossier *orphan)
{
  g_autoptr (PassendDossier) result = NULL;
  PassendMerge merge = { NULL };

  if (orphan == self->dossier || !passend_store_get_writable (self) || self->dir_fd < 0)
    return;

  result = bring_in (self, orphan, &merge);
  passend_merge_clear (&merge);
  if (result == NULL)
    {
      /* Not to be combined: then the whole of it, aside. */
      g_autofree char *text = NULL;
      g_autofree char *copy = NULL;
      gsize            length;

      text = passend_dossier_write (orphan, self->last_length, &length);
      copy = passend_store_keep_conflict_copy (self, text, length, NULL);
      if (copy != NULL)
        passend_store_found_other (self, copy);
      return;
    }

  /* The orphan now matches the current dossier for the next edit. */
  g_object_set_data_full (G_OBJECT (orphan), BASE_KEY, passend_store_base_of (orphan),
                          (GDestroyNotify)g_hash_table_unref);
  passend_store_replace_dossier (self, result);
  passend_store_mark_changed (self);
}

typedef struct
{
  GWeakRef        store;
  PassendDossier *orphan;
} Pending;

static gboolean
bring_in_cb (gpointer data)
{
  Pending *pending = data;
  g_autoptr (PassendStore) self = g_weak_ref_get (&pending->store);

  g_object_set_data (G_OBJECT (pending->orphan), PENDING_KEY, NULL);
  if (self != NULL)
    bring_in_now (self, pending->orphan);

  g_weak_ref_clear (&pending->store);
  g_object_unref (pending->orphan);
  g_free (pending);
  return G_SOURCE_REMOVE;
}

/* A save in a dialog sets many fields: one look once they are set. */
static void
orphan_changed_cb (PassendDossier *orphan, PassendStore *self)
{
  Pending *pending;

  if (g_object_get_data (G_OBJECT (orphan), PENDING_KEY) != NULL)
    return;

  pending = g_new0 (Pending, 1);
  g_weak_ref_init (&pending->store, self);
  pending->orphan = g_object_ref (orphan);
  g_object_set_data (G_OBJECT (orphan), PENDING_KEY, pending);
  g_idle_add (bring_in_cb, pending);
}

/**
 * passend_store_replace_dossier:
 *
 * Makes @dossier the store's, and keeps listening to the one it had.
 */
void
passend_store_replace_dossier (PassendStore *self, PassendDossier *dossier)
{
  PassendDossier *old = self->dossier;

  if (old == dossier)
    return;

  if (old != NULL && g_object_get_data (G_OBJECT (old), BASE_KEY) == NULL)
    {
      g_object_set_data_full (G_OBJECT (old), BASE_KEY, passend_store_base_of (old),
                              (GDestroyNotify)g_hash_table_unref);
      g_signal_connect_object (old, "changed", G_CALLBACK (orphan_changed_cb), self, 0);
    }

  passend_store_set_dossier (self, dossier);
}
