/* passend-reminders.h - reminders of deadlines, and the autostart entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "passend-dossier.h"

G_BEGIN_DECLS

char    *passend_autostart_get_path (void);
gboolean passend_autostart_set (gboolean enabled, GError **error);

gboolean passend_reminders_collect (PassendDossier *dossier,
                                    const char     *today,
                                    gboolean        mark_shown,
                                    guint          *n_due_soon,
                                    guint          *n_overdue);
gboolean passend_reminders_notify (GApplication *app, PassendDossier *dossier, gboolean mark_shown);

typedef struct _PassendReminderTimer PassendReminderTimer;

guint passend_reminders_seconds_to_midnight (GDateTime *now);
PassendReminderTimer *
passend_reminder_timer_new (GSourceFunc on_new_day, gpointer user_data, GDestroyNotify destroy);
gboolean passend_reminder_timer_check (PassendReminderTimer *self);
void     passend_reminder_timer_free (PassendReminderTimer *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendReminderTimer, passend_reminder_timer_free)

G_END_DECLS
