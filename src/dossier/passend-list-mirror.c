/* passend-list-mirror.c - a list model that can say one item changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The items of another list model, in its order, kept in a plain
 * array.  passend_list_mirror_item_changed() tells the list models
 * built on it that one item changed, as if it had been taken out and
 * put back: a GtkSortListModel on top then finds that one item its
 * new place, where a new sort of everything would compare every item
 * (50,000 entries on the Dossier page).
 */
#define G_LOG_DOMAIN "passend-list-mirror"

#include "config.h"

#include <string.h>

#include "passend-list-mirror.h"

struct _PassendListMirror
{
  GObject parent_instance;

  GListModel *model;
  GPtrArray  *items; /* the model's items, a reference each */
};

static void passend_list_mirror_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PassendListMirror,
                               passend_list_mirror,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      passend_list_mirror_list_model_init))

static GType
get_item_type (GListModel *list)
{
  PassendListMirror *self = PASSEND_LIST_MIRROR (list);

  return self->model != NULL ? g_list_model_get_item_type (self->model) : G_TYPE_OBJECT;
}

static guint
get_n_items (GListModel *list)
{
  return PASSEND_LIST_MIRROR (list)->items->len;
}

static gpointer
get_item (GListModel *list, guint position)
{
  PassendListMirror *self = PASSEND_LIST_MIRROR (list);

  return position < self->items->len ? g_object_ref (self->items->pdata[position]) : NULL;
}

static void
passend_list_mirror_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
model_items_changed_cb (PassendListMirror *self, guint position, guint removed, guint added)
{
  guint len;

  g_ptr_array_remove_range (self->items, position, removed);
  len = self->items->len;
  g_ptr_array_set_size (self->items, len + added);
  memmove (self->items->pdata + position + added, self->items->pdata + position,
           (len - position) * sizeof (gpointer));
  for (guint i = 0; i < added; i++)
    self->items->pdata[position + i] = g_list_model_get_item (self->model, position + i);

  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
passend_list_mirror_dispose (GObject *object)
{
  PassendListMirror *self = PASSEND_LIST_MIRROR (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (passend_list_mirror_parent_class)->dispose (object);
}

static void
passend_list_mirror_finalize (GObject *object)
{
  PassendListMirror *self = PASSEND_LIST_MIRROR (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (passend_list_mirror_parent_class)->finalize (object);
}

static void
passend_list_mirror_class_init (PassendListMirrorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = passend_list_mirror_dispose;
  object_class->finalize = passend_list_mirror_finalize;
}

static void
passend_list_mirror_init (PassendListMirror *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * passend_list_mirror_new:
 * @model: the list to mirror
 *
 * Returns: (transfer full): a list of the items of @model that follows
 *   its changes
 */
PassendListMirror *
passend_list_mirror_new (GListModel *model)
{
  PassendListMirror *self;
  guint              n;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (PASSEND_TYPE_LIST_MIRROR, NULL);
  self->model = g_object_ref (model);
  n = g_list_model_get_n_items (model);
  g_ptr_array_set_size (self->items, n);
  for (guint i = 0; i < n; i++)
    self->items->pdata[i] = g_list_model_get_item (model, i);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (model_items_changed_cb), self);

  return self;
}

/**
 * passend_list_mirror_item_changed:
 * @item: an item of the list
 *
 * Tells the lists built on this one that @item changed: it is told
 * as taken out and put back in the same place.
 *
 * Returns: %FALSE when @item is not in the list
 */
gboolean
passend_list_mirror_item_changed (PassendListMirror *self, gpointer item)
{
  guint position;

  g_return_val_if_fail (PASSEND_IS_LIST_MIRROR (self), FALSE);

  if (!g_ptr_array_find (self->items, item, &position))
    return FALSE;
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
  return TRUE;
}
