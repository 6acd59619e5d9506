/* passend-shown-entries.c - the entries a filter lets through, in order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list model of the entries of another model (the Dossier page's
 * sorted entries) that a PassendEntryFilter lets through.  It keeps
 * plain arrays of both, so a keystroke in the search costs one check
 * per entry it has to look at and nothing more: one more letter only
 * looks at the entries shown now, one letter less only at those
 * hidden.  It tells its list only the part that changed.
 */
#define G_LOG_DOMAIN "passend-shown-entries"

#include "config.h"

#include <string.h>

#include "passend-shown-entries.h"

struct _PassendShownEntries
{
  GObject parent_instance;

  PassendEntryFilter *filter;
  GListModel         *model;
  GPtrArray          *all;   /* the model's items, a reference each */
  GPtrArray          *shown; /* of those, the ones the filter lets through */
  guint               n_checked;
};

static void passend_shown_entries_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PassendShownEntries,
                               passend_shown_entries,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      passend_shown_entries_list_model_init))

static GType
get_item_type (GListModel *list)
{
  return PASSEND_TYPE_ENTRY;
}

static guint
get_n_items (GListModel *list)
{
  return PASSEND_SHOWN_ENTRIES (list)->shown->len;
}

static gpointer
get_item (GListModel *list, guint position)
{
  PassendShownEntries *self = PASSEND_SHOWN_ENTRIES (list);

  if (position >= self->shown->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->shown, position));
}

static void
passend_shown_entries_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* @narrowed: @entry passed the filter before it became stricter */
static gboolean
passes (PassendShownEntries *self, gpointer entry, gboolean narrowed)
{
  self->n_checked++;
  return self->filter != NULL &&
         (narrowed ? passend_entry_filter_match_narrowed (self->filter, entry)
                   : passend_entry_filter_match (self->filter, entry));
}

/* Takes @shown as what is shown and tells the list what changed: the
 * part between the entries both lists start and end with. */
static void
take_shown (PassendShownEntries *self, GPtrArray *shown)
{
  g_autoptr (GPtrArray) old = self->shown;
  guint prefix = 0, suffix = 0;

  self->shown = shown;

  while (prefix < old->len && prefix < shown->len && old->pdata[prefix] == shown->pdata[prefix])
    prefix++;
  while (suffix < old->len - prefix && suffix < shown->len - prefix &&
         old->pdata[old->len - 1 - suffix] == shown->pdata[shown->len - 1 - suffix])
    suffix++;

  if (old->len - prefix - suffix > 0 || shown->len - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old->len - prefix - suffix,
                                shown->len - prefix - suffix);
}

/* The entries of @from that pass, and those of self->shown in their
 * places when @keep_shown (they passed a filter no stricter than now). */
static GPtrArray *
filter_all (PassendShownEntries *self, gboolean keep_shown)
{
  GPtrArray *shown = g_ptr_array_new_full (self->shown->len, g_object_unref);
  guint      next_shown = 0;

  for (guint i = 0; i < self->all->len; i++)
    {
      gpointer entry = self->all->pdata[i];
      gboolean was_shown =
          keep_shown && next_shown < self->shown->len && self->shown->pdata[next_shown] == entry;

      if (was_shown)
        next_shown++;
      if (was_shown || passes (self, entry, FALSE))
        g_ptr_array_add (shown, g_object_ref (entry));
    }

  return shown;
}

/* After a stricter filter: the entries shown that still pass. */
static GPtrArray *
filter_shown (PassendShownEntries *self)
{
  GPtrArray *shown = g_ptr_array_new_full (self->shown->len, g_object_unref);

  for (guint i = 0; i < self->shown->len; i++)
    {
      gpointer entry = self->shown->pdata[i];

      if (passes (self, entry, TRUE))
        g_ptr_array_add (shown, g_object_ref (entry));
    }

  return shown;
}

/* Puts the @n references of @items into @array at @index. */
static void
insert_taken (GPtrArray *array, guint index, gpointer *items, guint n)
{
  guint len = array->len;

  if (n == 0)
    return;
  g_ptr_array_set_size (array, len + n);
  memmove (array->pdata + index + n, array->pdata + index, (len - index) * sizeof (gpointer));
  memcpy (array->pdata + index, items, n * sizeof (gpointer));
}

/* How many of all[@from, @to) are shown, when @shown_from of the shown
 * entries come before @from (the shown ones are among all, in order). */
static guint
count_shown (PassendShownEntries *self, guint from, guint to, guint shown_from)
{
  guint s = shown_from;

  for (guint i = from; i < to && s < self->shown->len; i++)
    if (self->all->pdata[i] == self->shown->pdata[s])
      s++;
  return s - shown_from;
}

static void
model_items_changed_cb (PassendShownEntries *self, guint position, guint removed, guint added)
{
  g_autofree gpointer *came = g_new (gpointer, MAX (added, 1));
  g_autofree gpointer *passing = g_new (gpointer, MAX (added, 1));
  guint                n_passing = 0;
  /* The shown entries that were among the removed ones. */
  guint first = count_shown (self, 0, position, 0);
  guint n_gone = count_shown (self, position, position + removed, first);

  for (guint i = 0; i < added; i++)
    came[i] = g_list_model_get_item (self->model, position + i);
  g_ptr_array_remove_range (self->all, position, removed);
  insert_taken (self->all, position, came, added);

  /* A sort moves only the entries in the part that changed: only those
   * are asked again (a new date of one entry at 50,000 asked them all). */
  for (guint i = 0; i < added; i++)
    if (passes (self, came[i], FALSE))
      passing[n_passing++] = g_object_ref (came[i]);
  g_ptr_array_remove_range (self->shown, first, n_gone);
  insert_taken (self->shown, first, passing, n_passing);

  if (n_gone > 0 || n_passing > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), first, n_gone, n_passing);
}

static void
passend_shown_entries_dispose (GObject *object)
{
  PassendShownEntries *self = PASSEND_SHOWN_ENTRIES (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_object (&self->filter);
  g_ptr_array_set_size (self->all, 0);
  g_ptr_array_set_size (self->shown, 0);

  G_OBJECT_CLASS (passend_shown_entries_parent_class)->dispose (object);
}

static void
passend_shown_entries_finalize (GObject *object)
{
  PassendShownEntries *self = PASSEND_SHOWN_ENTRIES (object);

  g_ptr_array_unref (self->all);
  g_ptr_array_unref (self->shown);

  G_OBJECT_CLASS (passend_shown_entries_parent_class)->finalize (object);
}

static void
passend_shown_entries_class_init (PassendShownEntriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = passend_shown_entries_dispose;
  object_class->finalize = passend_shown_entries_finalize;
}

static void
passend_shown_entries_init (PassendShownEntries *self)
{
  self->all = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * passend_shown_entries_new:
 *
 * Returns: (transfer full): an empty list, until it has a model and a
 *   filter
 */
PassendShownEntries *
passend_shown_entries_new (void)
{
  return g_object_new (PASSEND_TYPE_SHOWN_ENTRIES, NULL);
}

/**
 * passend_shown_entries_set_filter:
 * @filter: (nullable): what to let through; none lets nothing through
 *
 * Call passend_shown_entries_refilter() with each change of @filter.
 */
void
passend_shown_entries_set_filter (PassendShownEntries *self, PassendEntryFilter *filter)
{
  g_return_if_fail (PASSEND_IS_SHOWN_ENTRIES (self));
  g_return_if_fail (filter == NULL || PASSEND_IS_ENTRY_FILTER (filter));

  if (!g_set_object (&self->filter, filter))
    return;
  take_shown (self, filter_all (self, FALSE));
}

/**
 * passend_shown_entries_set_model:
 * @model: (nullable): a list of #PassendEntry, in the order to show
 */
void
passend_shown_entries_set_model (PassendShownEntries *self, GListModel *model)
{
  guint n;

  g_return_if_fail (PASSEND_IS_SHOWN_ENTRIES (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);

  g_ptr_array_set_size (self->all, 0);
  n = model != NULL ? g_list_model_get_n_items (model) : 0;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->all, g_list_model_get_item (model, i));
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (model_items_changed_cb), self,
                             G_CONNECT_SWAPPED);

  take_shown (self, filter_all (self, FALSE));
}

/**
 * passend_shown_entries_refilter:
 * @change: how the filter changed
 *
 * Decides again what is shown: after a stricter filter only for the
 * entries shown now, after a less strict one only for the others.
 */
void
passend_shown_entries_refilter (PassendShownEntries *self, PassendFilterChange change)
{
  g_return_if_fail (PASSEND_IS_SHOWN_ENTRIES (self));

  switch (change)
    {
    case PASSEND_FILTER_CHANGE_MORE_STRICT:
      take_shown (self, filter_shown (self));
      break;
    case PASSEND_FILTER_CHANGE_LESS_STRICT:
      take_shown (self, filter_all (self, TRUE));
      break;
    case PASSEND_FILTER_CHANGE_DIFFERENT:
    default:
      take_shown (self, filter_all (self, FALSE));
      break;
    }
}

/**
 * passend_shown_entries_get_n_checked:
 *
 * Returns: how many times the filter was asked about an entry so far
 *   (for the tests: a stricter filter asks only about the entries shown)
 */
guint
passend_shown_entries_get_n_checked (PassendShownEntries *self)
{
  g_return_val_if_fail (PASSEND_IS_SHOWN_ENTRIES (self), 0);
  return self->n_checked;
}
