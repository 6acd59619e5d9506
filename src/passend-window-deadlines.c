/* passend-window-deadlines.c - the sidebar's count of what is due
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "passend-window"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-window-private.h"

/* The Deadlines row's badge: the child's deadlines due soon or late. */
void
_passend_window_deadlines_changed_cb (PassendWindow *self)
{
  guint            n = passend_deadlines_view_get_n_due (self->deadlines_view);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *tooltip =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deadline is due soon or overdue",
                                    "%u deadlines are due soon or overdue", n),
                       n);

  gtk_label_set_text (self->deadlines_badge, count);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->deadlines_badge), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->deadlines_badge),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->deadlines_badge), n > 0);
}
