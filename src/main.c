/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "passend-application.h"

int
main (int argc, char *argv[])
{
  g_autoptr (PassendApplication) app = NULL;

  /* Before any thread: a file size limit fails a save, not Passend. */
  passend_store_prepare_process ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name ("Passend");

  app = passend_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
