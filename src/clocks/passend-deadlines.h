/* passend-deadlines.h - one list of what is due: clocks and agreements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "passend-clock-state.h"

G_BEGIN_DECLS

/* The keyword of an agreement in the list, where a clock has its kind's. */
#define PASSEND_DEADLINE_AGREEMENT "agreement"

/* One line of the list. */
typedef struct
{
  char             *due_date; /* "YYYY-MM-DD" */
  PassendClockState state;
  int               days;       /* left or late, see passend_clock_state_compute() */
  char             *keyword;    /* the clock's kind, or PASSEND_DEADLINE_AGREEMENT */
  char             *child_name; /* the child's first name, "" if none */
  char             *title;      /* translated title of the kind, or what was agreed */
  GObject          *source;     /* the PassendClock or PassendAgreement */
  char *title_key; /* private: the title's g_utf8_collate_key(), made when sorting needs it */
} PassendDeadline;

void passend_deadline_free (PassendDeadline *deadline);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendDeadline, passend_deadline_free)

char      *passend_deadline_first_name (const char *name);
guint      passend_deadlines_count_due (GListModel *clocks,
                                        GListModel *agreements,
                                        const char *child_id,
                                        const char *today);
GPtrArray *passend_deadlines_collect (GListModel *clocks,
                                      GListModel *agreements,
                                      GListModel *children,
                                      const char *today,
                                      gboolean    include_done);
char      *passend_deadlines_format (GPtrArray *deadlines);
char      *passend_deadlines_reminder_summary (guint n_due_soon, guint n_overdue);

G_END_DECLS
