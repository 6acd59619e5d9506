/* passend-command-bundle.c - `passend --export-bundle FILE.pdf
 * [--child NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD]`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same bundle as the Bundle dialog makes, from the command line.
 * Like --list-deadlines it reads the dossier read-only and without the
 * lock, so it works while Passend is open, and never writes it.
 */
#define G_LOG_DOMAIN "passend-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-bundle.h"
#include "passend-command-bundle.h"
#include "passend-error.h"
#include "passend-json.h"
#include "passend-text.h"

/* The child called @name (letter case and accents aside), or NULL
 * with @error naming the children there are. */
static PassendChild *
find_child (PassendDossier *dossier, const char *name, GError **error)
{
  GListModel      *children = passend_dossier_get_children (dossier);
  g_autofree char *wanted = passend_text_fold (name);
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (PassendChild) child = g_list_model_get_item (children, i);
      g_autofree char *folded = passend_text_fold (passend_child_get_name (child));

      if (g_strcmp0 (folded, wanted) == 0)
        return child;
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "",
                              passend_child_get_name (child));
    }

  g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
               _ ("No child is called “%s”. The children are: %s."), name, names->str);
  return NULL;
}

static gboolean
check_date (const char *date, GError **error)
{
  if (date == NULL || passend_date_is_valid (date))
    return TRUE;
  g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
               _ ("“%s” is not a date. Write it as YYYY-MM-DD, for example 2026-03-12."), date);
  return FALSE;
}

/**
 * passend_command_line_export_bundle:
 * @directory: (nullable): the data folder, %NULL for the usual one
 * @path: where the PDF goes
 * @child: (nullable): a child's name; %NULL for every child
 * @from: (nullable): the first date, "YYYY-MM-DD"
 * @to: (nullable): the last date
 *
 * Returns: (transfer full): what to print when it is made, or %NULL
 *   with @error set
 */
char *
passend_command_line_export_bundle (const char *directory,
                                    const char *path,
                                    const char *child,
                                    const char *from,
                                    const char *to,
                                    GError    **error)
{
  g_autoptr (PassendDossier) dossier = NULL;
  g_autoptr (PassendStore) store = NULL;
  g_autoptr (PassendBundleSpec) spec = passend_bundle_spec_new ();
  g_autoptr (PassendBundle) bundle = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *entries = NULL;
  g_autofree char *exhibits = NULL;
  guint            n_pages = 0, n;

  if (!check_date (from, error) || !check_date (to, error))
    return NULL;
  if (from != NULL && to != NULL && g_strcmp0 (from, to) > 0)
    {
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                   _ ("The first date comes after the last date."));
      return NULL;
    }

  dossier = passend_store_read_only (directory, error);
  if (dossier == NULL)
    return NULL;
  if (g_list_model_get_n_items (passend_dossier_get_children (dossier)) == 0)
    {
      g_set_error (error, PASSEND_ERROR, PASSEND_ERROR_INVALID,
                   _ ("The dossier has no children yet, so there is nothing to put in it."));
      return NULL;
    }
  if (child != NULL)
    {
      PassendChild *found = find_child (dossier, child, error);

      if (found == NULL)
        return NULL;
      spec->child_id = g_strdup (passend_record_get_id (PASSEND_RECORD (found)));
    }
  spec->from = g_strdup (from);
  spec->to = g_strdup (to);

  /* Not loaded: only to find the documents, never to write. */
  store = passend_store_new (directory);
  bundle = passend_bundle_new (store, dossier, spec);
  if (!passend_bundle_write (bundle, path, NULL, NULL, NULL, &n_pages, error))
    return NULL;

  pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages), n_pages);
  n = passend_bundle_get_n_entries (bundle);
  entries = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", n), n);
  n = passend_bundle_get_n_exhibits (bundle);
  exhibits = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exhibit", "%u exhibits", n), n);
  /* Translators: what `passend --export-bundle` prints when done:
   * "Made bundle.pdf: 14 pages, 5 entries, 4 exhibits." */
  return g_strdup_printf (_ ("Made %1$s: %2$s, %3$s, %4$s.\n"), path, pages, entries, exhibits);
}
