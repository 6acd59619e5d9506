/* passend-dossier-snapshot.c - the dossier's text, made on another thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A save must not serialise the whole dossier on the main thread: for
 * 50,000 entries that blocks typing for half a second.  Each record
 * keeps the text of its JSON object (a fragment) until it changes: any
 * property notification drops it.  A snapshot, taken on the main
 * thread, holds the fragment of every record (made anew only for
 * records that changed since the last snapshot) and the small parts
 * around the lists; passend_dossier_snapshot_write() joins
 * them into the very bytes passend_dossier_write() gives, on any
 * thread, without touching a record.
 */
#include "config.h"

#include <string.h>

#include "passend-dossier-private.h"
#include "passend-dossier-snapshot.h"
#include "passend-safe-json.h"

/* The level of a record's object in the file: inside a list, inside
 * the top-level object. */
#define RECORD_LEVEL 2

/* Immutable once made; shared by the record and the snapshots. */
typedef struct
{
  char *key_id;   /* "list\037id", as the store's base */
  char *modified; /* the record's modified moment */
  char *shape;    /* what the checks between records look at */
  char *text;
  gsize length;
} Fragment;

/* What a dossier holds, as its qdata, on the main thread: which lists
 * and which records changed since its last snapshot, so that the next
 * one copies the last one and makes only those. */
typedef struct
{
  guint                   n_lists;
  gboolean               *list_changed; /* by list; all until the first snapshot */
  GPtrArray              *dirty;        /* of Dirty */
  PassendDossierSnapshot *last;
} Tracker;

/* A record that changed, where it was in its list at its last text. */
typedef struct
{
  PassendRecord *record; /* a reference */
  guint          list;
  guint          index;
} Dirty;

/* What a record holds, as its qdata. */
typedef struct
{
  Fragment      *fragment; /* NULL until made, and after any change */
  Tracker       *tracker;  /* a reference; of the dossier it was last in */
  PassendRecord *record;
  guint          list;
  guint          index;
} Cache;

static void tracker_unref (Tracker *tracker);

/* The fragments of a list, in chunks that snapshots share: a snapshot
 * that copies the last one takes a reference to each chunk, and copies
 * only a chunk in which a record changed.  A reference to each of
 * 50,000 fragments, each in memory of its own, held the window up for
 * 15-25 ms at every save. */
#define CHUNK_SIZE 256

typedef struct
{
  guint     len;
  Fragment *items[CHUNK_SIZE]; /* a reference each */
} Chunk;

typedef struct
{
  guint     len;
  guint     n_chunks;
  Chunk   **chunks; /* a reference each; shared with other snapshots */
  gboolean *own;    /* by chunk: made for this list, not yet shared */
} FragmentList;

struct _PassendDossierSnapshot
{
  gboolean      checked; /* passed the checks between records */
  char         *head;
  char         *tail;
  guint         n_lists;
  FragmentList *lists[]; /* one per list of the file */
};

static void
fragment_clear (Fragment *fragment)
{
  g_free (fragment->key_id);
  g_free (fragment->modified);
  g_free (fragment->shape);
  g_free (fragment->text);
}

static Fragment *
fragment_ref (Fragment *fragment)
{
  return g_atomic_rc_box_acquire (fragment);
}

static void
fragment_unref (gpointer fragment)
{
  g_atomic_rc_box_release_full (fragment, (GDestroyNotify)fragment_clear);
}

static void
chunk_clear (Chunk *chunk)
{
  for (guint i = 0; i < chunk->len; i++)
    fragment_unref (chunk->items[i]);
}

static void
chunk_unref (Chunk *chunk)
{
  g_atomic_rc_box_release_full (chunk, (GDestroyNotify)chunk_clear);
}

static FragmentList *
fragment_list_new (guint reserve)
{
  FragmentList *list = g_new0 (FragmentList, 1);
  guint         n = (reserve + CHUNK_SIZE - 1) / CHUNK_SIZE;

  list->chunks = g_new (Chunk *, MAX (n, 1));
  list->own = g_new (gboolean, MAX (n, 1));
  return list;
}

static void
fragment_list_free (FragmentList *list)
{
  for (guint c = 0; c < list->n_chunks; c++)
    chunk_unref (list->chunks[c]);
  g_free (list->chunks);
  g_free (list->own);
  g_free (list);
}

static Fragment *
fragment_list_get (FragmentList *list, guint i)
{
  return list->chunks[i / CHUNK_SIZE]->items[i % CHUNK_SIZE];
}

/* Adds @fragment (taken) at the end of a list being made. */
static void
fragment_list_append (FragmentList *list, Fragment *fragment)
{
  Chunk *last = list->n_chunks > 0 ? list->chunks[list->n_chunks - 1] : NULL;

  if (last == NULL || last->len == CHUNK_SIZE)
    {
      guint n = list->n_chunks + 1;

      list->chunks = g_renew (Chunk *, list->chunks, n);
      list->own = g_renew (gboolean, list->own, n);
      last = g_atomic_rc_box_new0 (Chunk);
      list->chunks[list->n_chunks] = last;
      list->own[list->n_chunks] = TRUE;
      list->n_chunks = n;
    }
  last->items[last->len++] = fragment;
  list->len++;
}

/* The same fragments as @other, sharing its chunks. */
static FragmentList *
fragment_list_copy (FragmentList *other)
{
  FragmentList *list = fragment_list_new (other->len);

  for (guint c = 0; c < other->n_chunks; c++)
    {
      list->chunks[c] = g_atomic_rc_box_acquire (other->chunks[c]);
      list->own[c] = FALSE;
    }
  list->n_chunks = other->n_chunks;
  list->len = other->len;
  return list;
}

/* Puts @fragment (taken) at @i, copying its chunk first if shared. */
static void
fragment_list_replace (FragmentList *list, guint i, Fragment *fragment)
{
  guint  c = i / CHUNK_SIZE;
  Chunk *chunk = list->chunks[c];

  if (!list->own[c])
    {
      Chunk *copy = g_atomic_rc_box_new0 (Chunk);

      copy->len = chunk->len;
      for (guint k = 0; k < chunk->len; k++)
        copy->items[k] = fragment_ref (chunk->items[k]);
      chunk_unref (chunk);
      list->chunks[c] = chunk = copy;
      list->own[c] = TRUE;
    }
  fragment_unref (chunk->items[i % CHUNK_SIZE]);
  chunk->items[i % CHUNK_SIZE] = fragment;
}

/* From here on the list is shared as it is. */
static void
fragment_list_seal (FragmentList *list)
{
  for (guint c = 0; c < list->n_chunks; c++)
    list->own[c] = FALSE;
}

static void
cache_free (gpointer data)
{
  Cache *cache = data;

  g_clear_pointer (&cache->fragment, fragment_unref);
  g_clear_pointer (&cache->tracker, tracker_unref);
  g_free (cache);
}

static void
dirty_free (gpointer data)
{
  Dirty *dirty = data;

  g_object_unref (dirty->record);
  g_free (dirty);
}

static void
record_notify_cb (GObject *record, GParamSpec *pspec, gpointer data)
{
  Cache *cache = data;

  if (cache->fragment == NULL)
    return;
  g_clear_pointer (&cache->fragment, fragment_unref);
  if (cache->tracker != NULL)
    {
      Dirty *dirty = g_new (Dirty, 1);

      dirty->record = g_object_ref (cache->record);
      dirty->list = cache->list;
      dirty->index = cache->index;
      g_ptr_array_add (cache->tracker->dirty, dirty);
    }
}

static Tracker *
tracker_ref (Tracker *tracker)
{
  return g_rc_box_acquire (tracker);
}

static void
tracker_clear (Tracker *tracker)
{
  g_free (tracker->list_changed);
  g_ptr_array_unref (tracker->dirty);
  g_clear_pointer (&tracker->last, passend_dossier_snapshot_unref);
}

static void
tracker_unref (Tracker *tracker)
{
  g_rc_box_release_full (tracker, (GDestroyNotify)tracker_clear);
}

/* The dossier goes: the records it told of go too (they hold the
 * tracker; held here, they would keep each other). */
static void
tracker_release (gpointer data)
{
  Tracker *tracker = data;

  g_ptr_array_set_size (tracker->dirty, 0);
  tracker_unref (tracker);
}

typedef struct
{
  Tracker *tracker;
  guint    list;
} ListWatch;

static void
list_watch_free (gpointer data, GClosure *closure)
{
  ListWatch *watch = data;

  tracker_unref (watch->tracker);
  g_free (watch);
}

static void
items_changed_cb (GListModel *model, guint position, guint removed, guint added, gpointer data)
{
  ListWatch *watch = data;

  watch->tracker->list_changed[watch->list] = TRUE;
}

static void
tracker_forget (Tracker *tracker)
{
  for (guint l = 0; l < tracker->n_lists; l++)
    tracker->list_changed[l] = FALSE;
  g_ptr_array_set_size (tracker->dirty, 0);
}

static Tracker *
tracker_of (PassendDossier *dossier)
{
  static GQuark quark;
  Tracker      *tracker;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("passend-dossier-snapshot-tracker");

  tracker = g_object_get_qdata (G_OBJECT (dossier), quark);
  if (tracker != NULL)
    return tracker;

  tracker = g_rc_box_new0 (Tracker);
  tracker->n_lists = passend_dossier_n_lists ();
  tracker->list_changed = g_new (gboolean, tracker->n_lists);
  for (guint l = 0; l < tracker->n_lists; l++)
    {
      ListWatch *watch = g_new (ListWatch, 1);

      tracker->list_changed[l] = TRUE;
      watch->tracker = tracker_ref (tracker);
      watch->list = l;
      g_signal_connect_data (passend_dossier_list_at (dossier, l), "items-changed",
                             G_CALLBACK (items_changed_cb), watch, list_watch_free, 0);
    }
  tracker->dirty = g_ptr_array_new_with_free_func (dirty_free);
  g_object_set_qdata_full (G_OBJECT (dossier), quark, tracker, tracker_release);
  return tracker;
}

static GQuark
cache_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("passend-dossier-snapshot-cache");
  return quark;
}

/* The id and every value the checks between records read: each
 * reference ("...-id" properties) and a plan's number.  Two dossiers with
 * the same shapes in the same order pass or fail those checks alike. */
static gboolean
is_shape_property (GParamSpec *pspec)
{
  return (pspec->value_type == G_TYPE_STRING && g_str_has_suffix (pspec->name, "-id")) ||
         (pspec->value_type == G_TYPE_INT && g_str_equal (pspec->name, "number"));
}

/* Those properties of a record type, found once per type. */
static GPtrArray *
shape_properties (GType type)
{
  static GQuark quark;
  GPtrArray    *found;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("passend-dossier-snapshot-shape");

  found = g_type_get_qdata (type, quark);
  if (found == NULL)
    {
      g_autoptr (GTypeClass) klass = g_type_class_ref (type);
      guint                   n;
      g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n);

      found = g_ptr_array_new ();
      for (guint i = 0; i < n; i++)
        if (is_shape_property (pspecs[i]))
          g_ptr_array_add (found, pspecs[i]);
      g_type_set_qdata (type, quark, found); /* for as long as the type */
    }

  return found;
}

static char *
shape_of (PassendRecord *record)
{
  GPtrArray *properties = shape_properties (G_OBJECT_TYPE (record));
  GString   *shape = g_string_new (passend_record_get_id (record));

  for (guint i = 0; i < properties->len; i++)
    {
      GParamSpec *pspec = properties->pdata[i];
      g_auto (GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (record), pspec->name, &value);
      g_string_append_c (shape, '\037');
      g_string_append (shape, pspec->name);
      g_string_append_c (shape, '=');
      if (pspec->value_type == G_TYPE_INT)
        g_string_append_printf (shape, "%d", g_value_get_int (&value));
      else
        g_string_append (shape, g_value_get_string (&value) ? g_value_get_string (&value) : "\036");
    }

  return g_string_free (shape, FALSE);
}

static Fragment *
make_fragment (PassendRecord *record, const char *key)
{
  Fragment *fragment = g_atomic_rc_box_new0 (Fragment);
  GString  *out = g_string_sized_new (1024);

  passend_record_write (record, out, RECORD_LEVEL);
  fragment->key_id = g_strconcat (key, "\037", passend_record_get_id (record), NULL);
  fragment->modified = g_strdup (passend_record_get_modified (record));
  fragment->shape = shape_of (record);
  fragment->length = out->len;
  /* Kept for as long as the record is unchanged: no slack. */
  fragment->text = g_realloc (g_string_free (out, FALSE), fragment->length + 1);
  return fragment;
}

/* The record's fragment, made now if it changed since the last time.
 * A kept fragment was made right after the record passed its checks,
 * and nothing changed since: only a new one needs them. */
static Fragment *
fragment_of (Tracker *tracker, PassendRecord *record, guint list, guint index, GError **error)
{
  Cache *cache = g_object_get_qdata (G_OBJECT (record), cache_quark ());

  if (cache != NULL && cache->fragment != NULL)
    {
      cache->index = index;
      if (G_UNLIKELY (cache->tracker != tracker || cache->list != list))
        {
          /* Moved to another dossier: its changes are told there. */
          g_clear_pointer (&cache->tracker, tracker_unref);
          cache->tracker = tracker_ref (tracker);
          cache->list = list;
        }
      return fragment_ref (cache->fragment);
    }

  if (!passend_record_validate (record, index, error))
    return NULL;

  if (cache == NULL)
    {
      /* A handler of its own per record, not the dossier's: a record
       * changed while outside the dossier (removed, then put back by
       * undo) drops its fragment as well. */
      cache = g_new0 (Cache, 1);
      cache->record = record;
      g_object_set_qdata_full (G_OBJECT (record), cache_quark (), cache, cache_free);
      g_signal_connect (record, "notify", G_CALLBACK (record_notify_cb), cache);
    }

  if (cache->tracker != tracker)
    {
      g_clear_pointer (&cache->tracker, tracker_unref);
      cache->tracker = tracker_ref (tracker);
    }
  cache->list = list;
  cache->index = index;
  cache->fragment = make_fragment (record, passend_dossier_list_key (list));
  return fragment_ref (cache->fragment);
}

/* Every record of list @l, each text made where it changed. */
static gboolean
walk_list (PassendDossierSnapshot *self,
           Tracker                *tracker,
           PassendDossier         *dossier,
           guint                   l,
           GError                **error)
{
  GListModel *model = passend_dossier_list_at (dossier, l);
  guint       n = g_list_model_get_n_items (model);

  g_clear_pointer (&self->lists[l], fragment_list_free);
  self->lists[l] = fragment_list_new (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendRecord) record = g_list_model_get_item (model, i);
      Fragment *fragment = fragment_of (tracker, record, l, i, error);

      if (fragment == NULL)
        return FALSE;
      fragment_list_append (self->lists[l], fragment);
    }

  return TRUE;
}

/* The records that changed in lists copied from the last snapshot.
 * One no longer where it was walks its whole list. */
static gboolean
take_dirty (PassendDossierSnapshot *self, Tracker *tracker, PassendDossier *dossier, GError **error)
{
  g_autofree gboolean *walked = g_new0 (gboolean, self->n_lists);

  for (guint l = 0; l < self->n_lists; l++)
    walked[l] = tracker->last == NULL || tracker->list_changed[l];

  for (guint d = 0; d < tracker->dirty->len; d++)
    {
      Dirty      *dirty = tracker->dirty->pdata[d];
      GListModel *model;
      Fragment   *fragment;
      gboolean    in_place;

      if (dirty->list >= self->n_lists || walked[dirty->list])
        continue;

      model = passend_dossier_list_at (dossier, dirty->list);
      in_place = FALSE;
      if (dirty->index < self->lists[dirty->list]->len &&
          g_list_model_get_n_items (model) == self->lists[dirty->list]->len)
        {
          g_autoptr (PassendRecord) at = g_list_model_get_item (model, dirty->index);

          in_place = at == dirty->record;
        }
      if (!in_place)
        {
          walked[dirty->list] = TRUE;
          if (!walk_list (self, tracker, dossier, dirty->list, error))
            return FALSE;
          continue;
        }

      fragment = fragment_of (tracker, dirty->record, dirty->list, dirty->index, error);
      if (fragment == NULL)
        return FALSE;
      fragment_list_replace (self->lists[dirty->list], dirty->index, fragment);
    }

  return TRUE;
}

/* Whether @self has the shapes of @other, record by record, in every
 * list but @skip (G_MAXUINT for none). */
static gboolean
same_shapes_but (PassendDossierSnapshot *self, PassendDossierSnapshot *other, guint skip)
{
  if (other == NULL || !other->checked || other->n_lists != self->n_lists)
    return FALSE;

  for (guint l = 0; l < self->n_lists; l++)
    {
      FragmentList *mine = self->lists[l], *theirs = other->lists[l];

      if (l == skip)
        continue;

      if (mine->len != theirs->len)
        return FALSE;
      /* Same length: the same cut into chunks. */
      for (guint c = 0; c < mine->n_chunks; c++)
        {
          Chunk *ours = mine->chunks[c], *its = theirs->chunks[c];

          for (guint i = 0; ours != its && i < ours->len; i++)
            {
              Fragment *a = ours->items[i], *b = its->items[i];

              if (a != b && strcmp (a->shape, b->shape) != 0)
                return FALSE;
            }
        }
    }

  return TRUE;
}

static gboolean
same_shapes (PassendDossierSnapshot *self, PassendDossierSnapshot *other)
{
  return same_shapes_but (self, other, G_MAXUINT);
}

static guint
sheets_list (void)
{
  for (guint l = 0; l < passend_dossier_n_lists (); l++)
    if (g_strcmp0 (passend_dossier_list_key (l), "sheets") == 0)
      return l;
  return G_MAXUINT;
}

/* The checks between records, for what changed since @checked: a new
 * talk on the Preparation page checks the sheets, not 50,000 entries. */
static gboolean
check_between (PassendDossierSnapshot *self,
               PassendDossierSnapshot *checked,
               PassendDossier         *dossier,
               GError                **error)
{
  guint sheets = sheets_list ();

  if (same_shapes (self, checked))
    return TRUE;
  if (sheets != G_MAXUINT && same_shapes_but (self, checked, sheets))
    return passend_dossier_validate_sheets (dossier, error);
  return passend_dossier_validate (dossier, error);
}

/**
 * passend_dossier_snapshot_new:
 * @checked: (nullable): the last snapshot that passed the checks
 *
 * Checks the dossier as saving must and takes what the file will hold,
 * on the thread that owns @dossier.  The text of records that changed
 * since the last snapshot is made here, the others are shared; each
 * record is checked where it changed since (passend_record_validate()),
 * and the checks between records (unique ids, references, plan
 * numbers) run only when an id, a reference or a plan number differs
 * from @checked, or a record came or went.
 *
 * Returns: (transfer full) (nullable): the snapshot, or %NULL with
 *   @error set when the dossier would not read back
 */
PassendDossierSnapshot *
passend_dossier_snapshot_new (PassendDossier         *dossier,
                              PassendDossierSnapshot *checked,
                              GError                **error)
{
  guint n_lists = passend_dossier_n_lists ();
  g_autoptr (PassendDossierSnapshot) self = NULL;
  Tracker *tracker;
  GString *part;
  gboolean first = TRUE;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), NULL);

  tracker = tracker_of (dossier);

  self = g_atomic_rc_box_alloc0 (sizeof *self + n_lists * sizeof (FragmentList *));
  self->n_lists = n_lists;

  part = g_string_new (NULL);
  passend_dossier_write_head (part, &first);
  self->head = g_string_free (part, FALSE);

  for (guint l = 0; l < n_lists; l++)
    if (tracker->last == NULL || tracker->list_changed[l])
      {
        if (!walk_list (self, tracker, dossier, l, error))
          return NULL;
      }
    else
      self->lists[l] = fragment_list_copy (tracker->last->lists[l]);
  if (!take_dirty (self, tracker, dossier, error))
    return NULL;

  for (guint l = 0; l < n_lists; l++)
    fragment_list_seal (self->lists[l]);

  if (!check_between (self, checked, dossier, error))
    return NULL;
  self->checked = TRUE;

  part = g_string_new (NULL);
  passend_dossier_write_tail (dossier, part, FALSE);
  self->tail = g_string_free (part, FALSE);

  /* Only now: a snapshot refused leaves the changes for the next. */
  tracker_forget (tracker);
  g_clear_pointer (&tracker->last, passend_dossier_snapshot_unref);
  tracker->last = passend_dossier_snapshot_ref (self);
  return g_steal_pointer (&self);
}

/**
 * passend_dossier_snapshot_write:
 * @length: (out): the length of the text
 *
 * Joins the snapshot into the text passend_dossier_write() would have
 * given when the snapshot was taken.  On any thread.
 *
 * Returns: (transfer full): the JSON text
 */
char *
passend_dossier_snapshot_write (PassendDossierSnapshot *self, gsize *length)
{
  gsize    size = strlen (self->head) + strlen (self->tail) + 64;
  gboolean first = FALSE;
  GString *out;

  for (guint l = 0; l < self->n_lists; l++)
    for (guint i = 0; i < self->lists[l]->len; i++)
      size += fragment_list_get (self->lists[l], i)->length + 2 * RECORD_LEVEL + 2;

  out = g_string_sized_new (size);
  g_string_append (out, self->head);
  for (guint l = 0; l < self->n_lists; l++)
    {
      gboolean first_element = TRUE;

      /* As the full writer: a list whose type is not linked in is kept
       * in the tail as an unknown member. */
      if (!passend_dossier_list_is_known (l))
        continue;
      passend_safe_json_write_member (out, 0, &first, passend_dossier_list_key (l));
      g_string_append_c (out, '[');
      for (guint i = 0; i < self->lists[l]->len; i++)
        {
          Fragment *fragment = fragment_list_get (self->lists[l], i);

          passend_safe_json_write_element (out, 1, &first_element);
          g_string_append_len (out, fragment->text, fragment->length);
        }
      passend_safe_json_write_close (out, 1, first_element, ']');
    }
  g_string_append (out, self->tail);

  *length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * passend_dossier_snapshot_get_base:
 *
 * Returns: (transfer full): "list\037id" to the modified moment, for
 *   every record of the snapshot, as passend_store_base_of() gives
 */
GHashTable *
passend_dossier_snapshot_get_base (PassendDossierSnapshot *self)
{
  GHashTable *base = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint l = 0; l < self->n_lists; l++)
    for (guint i = 0; i < self->lists[l]->len; i++)
      {
        Fragment *fragment = fragment_list_get (self->lists[l], i);

        g_hash_table_insert (base, g_strdup (fragment->key_id), g_strdup (fragment->modified));
      }

  return base;
}

static void
snapshot_clear (PassendDossierSnapshot *self)
{
  for (guint l = 0; l < self->n_lists; l++)
    g_clear_pointer (&self->lists[l], fragment_list_free);
  g_free (self->head);
  g_free (self->tail);
}

PassendDossierSnapshot *
passend_dossier_snapshot_ref (PassendDossierSnapshot *self)
{
  return g_atomic_rc_box_acquire (self);
}

/* On any thread. */
void
passend_dossier_snapshot_unref (PassendDossierSnapshot *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify)snapshot_clear);
}
