/* passend-command-line-backup.c - `passend --export-backup FILE`,
 * `passend --import-backup FILE [--replace]`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The export reads the dossier read-only, without the lock, so it
 * works while Passend is open.  The import takes the lock as the app
 * does: into a data folder without a dossier it goes without asking;
 * over a dossier only with --replace, and that dossier is kept as a
 * backup.  Both say what they did, and exit 1 on any refusal.
 */
#define G_LOG_DOMAIN "passend-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-backup.h"
#include "passend-command-line-backup.h"

const GOptionEntry passend_command_line_backup_options[] = {
  { "export-backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Write the whole dossier with its documents to FILE (.passend), and exit"), N_ ("FILE") },
  { "import-backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Bring in the dossier from the backup FILE, and exit"), N_ ("FILE") },
  { "replace", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("With --import-backup: replace the dossier that is there (it is kept as a backup)"), NULL },
  { NULL },
};

static void
print_counts (PassendBackupInfo *info)
{
  g_print (_ ("  Children: %u\n"), info->children);
  g_print (_ ("  Entries: %u\n"), info->entries);
  g_print (_ ("  Documents: %u\n"), info->documents);
  if (info->files < info->documents)
    g_print (_ ("  Documents whose file was missing: %u\n"), info->documents - info->files);
}

/**
 * passend_command_line_export_backup:
 * @directory: (nullable): the data folder, %NULL for the usual one
 *
 * Returns: the exit status
 */
int
passend_command_line_export_backup (const char *directory, const char *path)
{
  g_autoptr (PassendBackupInfo) info = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *display = g_filename_display_name (path);

  if (!passend_backup_export_folder (directory, path, &info, &error))
    {
      g_printerr (_ ("The backup could not be made: %s\n"), error->message);
      return 1;
    }

  g_print (_ ("Backup written to %s, and checked:\n"), display);
  print_counts (info);
  return 0;
}

/**
 * passend_command_line_import_backup:
 * @directory: (nullable): the data folder, %NULL for the usual one
 *
 * Returns: the exit status
 */
int
passend_command_line_import_backup (const char *directory, const char *path, gboolean replace)
{
  g_autoptr (PassendStore) store = passend_store_new (directory);
  g_autoptr (PassendBackupInfo) info = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *display = g_filename_display_name (path);
  gboolean         held;

  passend_store_load (store, NULL);
  if (passend_store_get_state (store) == PASSEND_STORE_STATE_LOCKED)
    {
      g_printerr ("%s\n", _ ("Passend is open. Close it, then try again. Nothing was changed."));
      return 1;
    }
  if (!passend_store_get_writable (store))
    {
      const GError *why = passend_store_get_load_error (store);

      g_printerr (_ ("The dossier here cannot be written, so nothing was brought in: %s\n"),
                  why != NULL ? why->message : "");
      return 1;
    }

  held = passend_store_holds_dossier (store);
  if (held && !replace)
    {
      g_printerr ("%s\n", _ ("There is already a dossier here. To replace it, add --replace; "
                             "the dossier that is here is then kept as a backup. Nothing was "
                             "changed."));
      return 1;
    }

  if (!passend_store_import_backup (store, path, &info, &error))
    {
      g_printerr (_ ("The backup was not brought in: %s\nNothing was changed.\n"), error->message);
      return 1;
    }

  g_print (_ ("Brought in from %s:\n"), display);
  print_counts (info);
  if (held)
    g_print ("%s\n", _ ("The dossier that was here is kept as a backup."));
  return 0;
}

/**
 * passend_command_line_backup:
 *
 * Returns: the exit status, or -1 when no backup option was given
 */
int
passend_command_line_backup (GVariantDict *options)
{
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "export-backup", "^&ay", &path))
    return passend_command_line_export_backup (NULL, path);

  if (g_variant_dict_lookup (options, "import-backup", "^&ay", &path))
    return passend_command_line_import_backup (NULL, path,
                                               g_variant_dict_contains (options, "replace"));

  return -1;
}
