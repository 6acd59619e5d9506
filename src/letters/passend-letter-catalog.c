/* passend-letter-catalog.c - a letter's words in the letter's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A letter is written in Dutch (it goes to a Dutch school) while the
 * window may speak English, and the parent may want to read the English.
 * gettext translates into one language per process, so the letters read
 * the compiled catalog of the language they need themselves: a .mo file
 * is a table of sorted original strings and their translations.  English
 * is the text of the templates as it is.
 */
#define G_LOG_DOMAIN "passend-letters"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-letters-private.h"

#define MO_MAGIC 0x950412de
#define MO_MAGIC_SWAPPED 0xde120495

static char       *localedir;
static GHashTable *catalogs; /* language -> GHashTable of msgid -> msgstr, or none */

static guint32
read_u32 (const guint8 *data, gsize offset, gboolean swapped)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

/* The string at table entry @i: its length and offset, inside @size. */
static gboolean
read_string (
    const guint8 *data, gsize size, guint32 table, guint32 i, gboolean swapped, const char **out)
{
  guint32 length, offset;

  if ((gsize)table + 8 * (gsize)i + 8 > size)
    return FALSE;
  length = read_u32 (data, table + 8 * i, swapped);
  offset = read_u32 (data, table + 8 * i + 4, swapped);
  if ((gsize)offset + length >= size || data[offset + length] != '\0')
    return FALSE;
  *out = (const char *)data + offset;
  return TRUE;
}

static GHashTable *
parse_catalog (GBytes *bytes)
{
  gsize         size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  g_autoptr (GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint32  magic, n, originals, translations;
  gboolean swapped;

  if (size < 28)
    return NULL;
  magic = read_u32 (data, 0, FALSE);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    return NULL;
  swapped = magic == MO_MAGIC_SWAPPED;
  n = read_u32 (data, 8, swapped);
  originals = read_u32 (data, 12, swapped);
  translations = read_u32 (data, 16, swapped);

  for (guint32 i = 0; i < n; i++)
    {
      const char *msgid, *msgstr;

      if (!read_string (data, size, originals, i, swapped, &msgid) ||
          !read_string (data, size, translations, i, swapped, &msgstr))
        return NULL;
      /* The header has the empty msgid; fuzzy entries are not in a .mo. */
      if (msgid[0] != '\0' && msgstr[0] != '\0')
        g_hash_table_insert (table, g_strdup (msgid), g_strdup (msgstr));
    }
  return g_steal_pointer (&table);
}

static GHashTable *
load_catalog (const char *language)
{
  g_autofree char *path = g_build_filename (localedir != NULL ? localedir : LOCALEDIR, language,
                                            "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr (GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  g_autoptr (GBytes) bytes = NULL;

  if (file == NULL)
    return NULL;
  bytes = g_mapped_file_get_bytes (file);
  return parse_catalog (bytes);
}

/**
 * passend_letters_set_localedir:
 * @dir: (nullable): where the compiled catalogs are
 *   (`DIR/nl/LC_MESSAGES/passend.mo`), or %NULL for the installed ones
 *
 * For the tests and a run from the build folder.
 */
void
passend_letters_set_localedir (const char *dir)
{
  g_free (localedir);
  localedir = g_strdup (dir);
  g_clear_pointer (&catalogs, g_hash_table_unref);
}

/**
 * passend_letters_has_language:
 * @language: "en" or "nl"
 *
 * Returns: whether a letter can be written in @language
 */
gboolean
passend_letters_has_language (const char *language)
{
  return g_strcmp0 (language, "en") == 0 || _passend_letters_catalog (language) != NULL;
}

/* A language without a catalog is kept as NULL: look once. */
static void
catalog_free (gpointer catalog)
{
  if (catalog != NULL)
    g_hash_table_unref (catalog);
}

GHashTable *
_passend_letters_catalog (const char *language)
{
  GHashTable *catalog;

  if (g_strcmp0 (language, "en") == 0 || language == NULL)
    return NULL;
  if (catalogs == NULL)
    catalogs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, catalog_free);
  if (!g_hash_table_lookup_extended (catalogs, language, NULL, (gpointer *)&catalog))
    {
      catalog = load_catalog (language);
      /* None found: keep NULL, and do not look again. */
      g_hash_table_insert (catalogs, g_strdup (language), catalog);
    }
  return catalog;
}

/* @msgid in @language: the template's English where there is none. */
const char *
_passend_letters_translate (const char *language, const char *msgid)
{
  GHashTable *catalog = _passend_letters_catalog (language);
  const char *msgstr;

  if (catalog == NULL || msgid[0] == '\0')
    return msgid;
  msgstr = g_hash_table_lookup (catalog, msgid);
  return msgstr != NULL ? msgstr : msgid;
}

/* The same, for a message with a context (C_() in the sources). */
const char *
_passend_letters_translate_context (const char *language, const char *context, const char *msgid)
{
  g_autofree char *key = g_strconcat (context, "\004", msgid, NULL);
  const char      *msgstr = _passend_letters_translate (language, key);

  return msgstr == key ? msgid : msgstr;
}
