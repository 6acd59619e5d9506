/* passend-dossier-clocks.c - the dossier's list of clocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A clock is a legal term running for a child (src/clocks/).  Its record
 * type lives in the clocks folder, which is above this one, so it
 * registers itself here when its code is linked in (see
 * passend-clock-record.c).  A program without the clocks folder keeps a
 * file's "clocks" as it keeps any member it does not know: unchanged.
 */
#define G_LOG_DOMAIN "passend-dossier"

#include "config.h"

#include "passend-dossier-private.h"

static GType                 clock_type;
static PassendDossierRefFunc clock_child_id;
static PassendDossierRefFunc clock_entry_id;

/**
 * passend_dossier_register_clock_type:
 * @type: a #PassendRecord type with "child-id" and "entry-id" fields
 * @get_child_id: the child a clock runs for
 * @get_entry_id: the entry whose event started it, or %NULL
 *
 * Called once, before any dossier is made.
 */
void
passend_dossier_register_clock_type (GType                 type,
                                     PassendDossierRefFunc get_child_id,
                                     PassendDossierRefFunc get_entry_id)
{
  g_return_if_fail (g_type_is_a (type, PASSEND_TYPE_RECORD));
  g_return_if_fail (get_child_id != NULL && get_entry_id != NULL);
  g_return_if_fail (clock_type == 0 || clock_type == type);

  clock_type = type;
  clock_child_id = get_child_id;
  clock_entry_id = get_entry_id;
}

/**
 * passend_dossier_get_clock_type:
 *
 * Returns: the type of the clocks, or 0 if no clocks are linked in
 */
GType
passend_dossier_get_clock_type (void)
{
  return clock_type;
}

const char *
passend_dossier_clock_child_id (gpointer record)
{
  return clock_child_id (record);
}

const char *
passend_dossier_clock_entry_id (gpointer record)
{
  return clock_entry_id (record);
}

/**
 * passend_dossier_get_clocks:
 *
 * Returns: (transfer none): a #GListModel of every child's clocks
 */
GListModel *
passend_dossier_get_clocks (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  return G_LIST_MODEL (self->clocks);
}

/**
 * passend_dossier_add_clocks:
 * @clocks: (array length=n_clocks): clocks not yet in a dossier, each
 *   for a child of this dossier and, if it names one, an entry of it
 *
 * Adds the clocks an event started, with one change.
 */
void
passend_dossier_add_clocks (PassendDossier *self, gpointer *clocks, guint n_clocks)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (clock_type != 0);

  for (guint i = 0; i < n_clocks; i++)
    {
      const char *entry_id;

      g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (clocks[i], clock_type));
      g_return_if_fail (passend_dossier_find_child (self, clock_child_id (clocks[i])) != NULL);
      entry_id = clock_entry_id (clocks[i]);
      g_return_if_fail (entry_id == NULL || passend_dossier_find_entry (self, entry_id) != NULL);
    }

  for (guint i = 0; i < n_clocks; i++)
    passend_dossier_watch_record (self, clocks[i]);
  g_list_store_splice (self->clocks, g_list_model_get_n_items (G_LIST_MODEL (self->clocks)), 0,
                       clocks, n_clocks);
  passend_dossier_emit_changed (self);
}

/**
 * passend_dossier_remove_clock:
 *
 * Removes a clock the parent recorded by mistake.
 */
void
passend_dossier_remove_clock (PassendDossier *self, gpointer clock)
{
  guint position;

  g_return_if_fail (PASSEND_IS_DOSSIER (self));

  if (!g_list_store_find (self->clocks, clock, &position))
    return;

  passend_dossier_unwatch_record (self, clock);
  g_list_store_remove (self->clocks, position);
  passend_dossier_emit_changed (self);
}

/**
 * passend_dossier_get_entry_clocks:
 *
 * Returns: (transfer container): the clocks the entry's event started
 */
GPtrArray *
passend_dossier_get_entry_clocks (PassendDossier *self, PassendEntry *entry)
{
  GPtrArray  *found = g_ptr_array_new_with_free_func (g_object_unref);
  const char *id;
  guint       n;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), found);
  g_return_val_if_fail (PASSEND_IS_ENTRY (entry), found);

  id = passend_record_get_id (PASSEND_RECORD (entry));
  n = g_list_model_get_n_items (G_LIST_MODEL (self->clocks));
  for (guint i = 0; i < n; i++)
    {
      GObject *item = g_list_model_get_item (G_LIST_MODEL (self->clocks), i);

      if (g_strcmp0 (clock_entry_id (item), id) == 0)
        g_ptr_array_add (found, item);
      else
        g_object_unref (item);
    }

  return found;
}
