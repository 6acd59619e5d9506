/* passend-window-deadlines.c - the sidebar's counts of what is due
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The counts come from the Dossier and Deadlines views, which are made
 * after the window's first frame: until then a badge shows nothing.
 */
#define G_LOG_DOMAIN "passend-window"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-window-private.h"

static void
set_badge (GtkLabel *badge, guint n, const char *tooltip)
{
  g_autofree char *count = NULL;

  /* The sidebar is not made yet: it asks when it is. */
  if (badge == NULL)
    return;
  count = g_strdup_printf ("%u", n);

  gtk_label_set_text (badge, count);
  gtk_widget_set_tooltip_text (GTK_WIDGET (badge), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (badge), n > 0);
}

/* The Deadlines row's badge: the child's deadlines due soon or late. */
void
_passend_window_deadlines_changed_cb (PassendWindow *self)
{
  guint n = self->deadlines_view ? passend_deadlines_view_get_n_due (self->deadlines_view) : 0;
  g_autofree char *tooltip =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deadline is due soon or overdue",
                                    "%u deadlines are due soon or overdue", n),
                       n);

  set_badge (self->deadlines_badge, n, tooltip);
}

/* The Dossier row's badge: the child's overdue agreements. */
void
_passend_window_overdue_changed_cb (PassendWindow *self)
{
  guint n = self->dossier_view ? passend_dossier_view_get_n_overdue (self->dossier_view) : 0;
  g_autofree char *tooltip = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%u agreement is overdue", "%u agreements are overdue", n), n);

  set_badge (self->overdue_badge, n, tooltip);
}
