/* passend-record.c - what every stored object has in common
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Children, entries, agreements and assistant states are all records: a
 * string id, the moments they were created and last changed, and the
 * fields a newer build wrote that this one keeps without understanding.
 * Subclasses read and write only their own fields.
 */
#define G_LOG_DOMAIN "passend-record"

#include "config.h"

#include <string.h>

#include "passend-record-private.h"

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PassendRecord, passend_record, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GPrivate reading_common;

char *
passend_record_describe (PassendRecord *self, guint index)
{
  return g_strdup_printf ("%s %u", PASSEND_RECORD_GET_CLASS (self)->json_name, index + 1);
}

static void
passend_record_constructed (GObject *object)
{
  PassendRecord        *self = PASSEND_RECORD (object);
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  G_OBJECT_CLASS (passend_record_parent_class)->constructed (object);

  /* Not in _init(): there the class is still the base class. */
  passend_record_init_fields (self);

  {
    PassendRecordCommon *common = g_private_get (&reading_common);

    if (common != NULL)
      {
        g_private_set (&reading_common, NULL);
        priv->id = g_steal_pointer (&common->id);
        priv->created = g_steal_pointer (&common->created);
        priv->modified = g_steal_pointer (&common->modified);
      }
  }

  if (priv->id == NULL)
    priv->id = g_uuid_string_random ();
  if (priv->created == NULL)
    priv->created = passend_moment_now ();
  if (priv->modified == NULL)
    priv->modified = g_strdup (priv->created);
}

static void
passend_record_finalize (GObject *object)
{
  PassendRecord        *self = PASSEND_RECORD (object);
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->created, g_free);
  g_clear_pointer (&priv->modified, g_free);
  g_clear_pointer (&priv->extra, json_object_unref);
  passend_record_free_fields (self);

  G_OBJECT_CLASS (passend_record_parent_class)->finalize (object);
}

static void
passend_record_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PassendRecord        *self = PASSEND_RECORD (object);
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;
    case PROP_CREATED:
      g_value_set_string (value, priv->created);
      break;
    case PROP_MODIFIED:
      g_value_set_string (value, priv->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_record_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  PassendRecord        *self = PASSEND_RECORD (object);
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_assert (priv->id == NULL);
      priv->id = g_value_dup_string (value);
      break;
    case PROP_CREATED:
      g_assert (priv->created == NULL);
      priv->created = g_value_dup_string (value);
      break;
    case PROP_MODIFIED:
      g_assert (priv->modified == NULL);
      priv->modified = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_record_notify (GObject *object, GParamSpec *pspec)
{
  PassendRecordPrivate *priv = passend_record_get_instance_private (PASSEND_RECORD (object));

  priv->checked = FALSE;
  if (priv->changed_func != NULL)
    priv->changed_func (PASSEND_RECORD (object), pspec, priv->owner);

  if (G_OBJECT_CLASS (passend_record_parent_class)->notify != NULL)
    G_OBJECT_CLASS (passend_record_parent_class)->notify (object, pspec);
}

static void
passend_record_class_init (PassendRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->notify = passend_record_notify;
  object_class->constructed = passend_record_constructed;
  object_class->finalize = passend_record_finalize;
  object_class->get_property = passend_record_get_property;
  object_class->set_property = passend_record_set_property;

  klass->json_name = "record";

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                 G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Set at construction only by a record read from a file; a new
   * record is created and modified now. */
  properties[PROP_CREATED] =
      g_param_spec_string ("created", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                               G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
      g_param_spec_string ("modified", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                               G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_record_init (PassendRecord *self)
{
}

const char *
passend_record_get_id (PassendRecord *self)
{
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  g_return_val_if_fail (PASSEND_IS_RECORD (self), NULL);

  return priv->id;
}

const char *
passend_record_get_created (PassendRecord *self)
{
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  g_return_val_if_fail (PASSEND_IS_RECORD (self), NULL);

  return priv->created;
}

const char *
passend_record_get_modified (PassendRecord *self)
{
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  g_return_val_if_fail (PASSEND_IS_RECORD (self), NULL);

  return priv->modified;
}

/**
 * passend_record_touch:
 *
 * Marks the record as changed now.
 */
/* A text's collation key, kept on its record (see below). */
typedef struct
{
  char *text;
  char *key;
} SortKey;

static void
sort_key_free (SortKey *cached)
{
  g_free (cached->text);
  g_free (cached->key);
  g_free (cached);
}

/**
 * passend_record_get_sort_key:
 * @text: a text of the record, such as its title
 *
 * The g_utf8_collate_key() of @text, kept on the record until it is
 * asked for another text: a list sorted by title is made again at every
 * change, and the key is most of the work.  Not for two threads at once.
 *
 * Returns: (transfer none): the key, valid until the next call
 */
const char *
passend_record_get_sort_key (PassendRecord *self, const char *text)
{
  static GQuark quark;
  SortKey      *cached;

  g_return_val_if_fail (PASSEND_IS_RECORD (self), "");
  g_return_val_if_fail (text != NULL, "");

  if (quark == 0)
    quark = g_quark_from_static_string ("passend-record-sort-key");
  cached = g_object_get_qdata (G_OBJECT (self), quark);
  if (cached == NULL || strcmp (cached->text, text) != 0)
    {
      cached = g_new (SortKey, 1);
      cached->text = g_strdup (text);
      cached->key = g_utf8_collate_key (text, -1);
      g_object_set_qdata_full (G_OBJECT (self), quark, cached, (GDestroyNotify)sort_key_free);
    }
  return cached->key;
}

void
passend_record_touch (PassendRecord *self)
{
  PassendRecordPrivate *priv = passend_record_get_instance_private (self);

  g_return_if_fail (PASSEND_IS_RECORD (self));

  g_free (priv->modified);
  priv->modified = passend_moment_now ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

PassendRecordPrivate *
passend_record_get_private (PassendRecord *self)
{
  return passend_record_get_instance_private (self);
}

/* Creates a record of @klass that takes the fields of @common, leaving
 * them %NULL. */
PassendRecord *
passend_record_new_with_common (PassendRecordClass *klass, PassendRecordCommon *common)
{
  PassendRecord *self;

  g_private_set (&reading_common, common);
  self = g_object_new (G_TYPE_FROM_CLASS (klass), NULL);
  g_assert (g_private_get (&reading_common) == NULL);

  return self;
}

/**
 * passend_record_set_owner:
 * @func: (nullable): called after each property notification, or %NULL
 *   to stop
 * @owner: passed to @func
 *
 * Lets the dossier that holds the record hear of its changes without a
 * signal connection per record (loading makes thousands).  The owner
 * must set %NULL before it goes away.
 */
void
passend_record_set_owner (PassendRecord *self, PassendRecordChangedFunc func, gpointer owner)
{
  PassendRecordPrivate *priv;

  g_return_if_fail (PASSEND_IS_RECORD (self));

  priv = passend_record_get_instance_private (self);
  priv->changed_func = func;
  priv->owner = func ? owner : NULL;
}

/**
 * passend_record_get_owner:
 *
 * Returns: (transfer none) (nullable): the owner passend_record_set_owner() set
 */
gpointer
passend_record_get_owner (PassendRecord *self)
{
  g_return_val_if_fail (PASSEND_IS_RECORD (self), NULL);

  return ((PassendRecordPrivate *)passend_record_get_instance_private (self))->owner;
}

/**
 * passend_record_get_owner_slot:
 *
 * Returns: the number the owner gave the record with
 *   passend_record_set_owner_slot(), 0 if none
 */
guint
passend_record_get_owner_slot (PassendRecord *self)
{
  return ((PassendRecordPrivate *)passend_record_get_instance_private (self))->owner_slot;
}

/**
 * passend_record_set_owner_slot:
 * @slot: a number of the owner's choosing, 0 for none
 *
 * Lets the owner find what it keeps about the record (its place in an
 * array) without a table of all records.  Only the owner sets it.
 */
void
passend_record_set_owner_slot (PassendRecord *self, guint slot)
{
  ((PassendRecordPrivate *)passend_record_get_instance_private (self))->owner_slot = slot;
}
