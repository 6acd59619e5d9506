/* passend-deadlines.c - one list of what is due: clocks and agreements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Deadlines view, the reminders and `passend --list-deadlines` all
 * show the same list: every clock, and every agreement with a date, with
 * where it stands today.  The command line prints one line each:
 *
 *   due date <TAB> state <TAB> kind keyword <TAB> child's first name <TAB> title
 *
 * sorted by due date.  The state is a keyword of
 * passend_clock_state_to_keyword(); an agreement's keyword is
 * "agreement".  A tab or a line break a parent typed in a name or an
 * agreement becomes a space, so every line has five fields.
 */
#define G_LOG_DOMAIN "passend-deadlines"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-agreement.h"
#include "passend-child.h"
#include "passend-clock-record.h"
#include "passend-deadlines.h"

void
passend_deadline_free (PassendDeadline *deadline)
{
  if (deadline == NULL)
    return;

  g_free (deadline->due_date);
  g_free (deadline->keyword);
  g_free (deadline->child_name);
  g_free (deadline->title);
  g_free (deadline->title_key);
  g_clear_object (&deadline->source);
  g_free (deadline);
}

/**
 * passend_deadline_first_name:
 * @name: (nullable): a child's name as the parent wrote it
 *
 * Returns: (transfer full): its first word, "" for none
 */
char *
passend_deadline_first_name (const char *name)
{
  const char *start, *end;

  if (name == NULL)
    return g_strdup ("");

  start = name;
  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  end = start;
  while (*end != '\0' && !g_unichar_isspace (g_utf8_get_char (end)))
    end = g_utf8_next_char (end);

  return g_strndup (start, end - start);
}

static GHashTable *
first_names (GListModel *children)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint       n = children != NULL ? g_list_model_get_n_items (children) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendChild) child = g_list_model_get_item (children, i);

      g_hash_table_insert (names, g_strdup (passend_record_get_id (PASSEND_RECORD (child))),
                           passend_deadline_first_name (passend_child_get_name (child)));
    }

  return names;
}

static PassendDeadline *
deadline_new (GObject          *source,
              const char       *due_date,
              PassendClockState state,
              int               days,
              const char       *keyword,
              const char       *child_name,
              const char       *title)
{
  PassendDeadline *deadline = g_new0 (PassendDeadline, 1);

  deadline->source = g_object_ref (source);
  deadline->due_date = g_strdup (due_date);
  deadline->state = state;
  deadline->days = days;
  deadline->keyword = g_strdup (keyword);
  deadline->child_name = g_strdup (child_name != NULL ? child_name : "");
  deadline->title = g_strdup (title != NULL ? title : "");
  return deadline;
}

static void
add_clocks (
    GPtrArray *out, GListModel *clocks, GHashTable *names, const char *today, gboolean include_done)
{
  guint n = clocks != NULL ? g_list_model_get_n_items (clocks) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendClock) clock = g_list_model_get_item (clocks, i);
      int               days;
      PassendClockState state = passend_clock_get_state (clock, today, &days);

      if (!include_done &&
          (state == PASSEND_CLOCK_STATE_MET || state == PASSEND_CLOCK_STATE_STOPPED))
        continue;

      g_ptr_array_add (
          out, deadline_new (G_OBJECT (clock), passend_clock_get_effective_due_date (clock), state,
                             days, passend_clock_get_kind (clock),
                             g_hash_table_lookup (names, passend_clock_get_child_id (clock)),
                             passend_clock_get_title (clock)));
    }
}

static PassendClockStatus
agreement_status (PassendAgreementStatus status)
{
  switch (status)
    {
    case PASSEND_AGREEMENT_STATUS_OPEN:
      return PASSEND_CLOCK_STATUS_RUNNING;
    case PASSEND_AGREEMENT_STATUS_DONE:
      return PASSEND_CLOCK_STATUS_MET;
    case PASSEND_AGREEMENT_STATUS_NOT_KEPT:
    case PASSEND_AGREEMENT_STATUS_CANCELLED:
    default:
      return PASSEND_CLOCK_STATUS_STOPPED;
    }
}

/* Only for an agreement with a due date. */
static PassendClockState
agreement_state (PassendAgreement *agreement, const char *today, int *days)
{
  return passend_clock_state_compute (agreement_status (passend_agreement_get_status (agreement)),
                                      passend_agreement_get_due_date (agreement), today, days);
}

static void
add_agreements (GPtrArray  *out,
                GListModel *agreements,
                GHashTable *names,
                const char *today,
                gboolean    include_done)
{
  guint n = agreements != NULL ? g_list_model_get_n_items (agreements) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PassendAgreement) agreement = g_list_model_get_item (agreements, i);
      const char       *due = passend_agreement_get_due_date (agreement);
      const char       *child_id = passend_agreement_get_child_id (agreement);
      int               days;
      PassendClockState state;

      if (due == NULL)
        continue;

      state = agreement_state (agreement, today, &days);
      if (!include_done &&
          (state == PASSEND_CLOCK_STATE_MET || state == PASSEND_CLOCK_STATE_STOPPED))
        continue;

      g_ptr_array_add (
          out, deadline_new (G_OBJECT (agreement), due, state, days, PASSEND_DEADLINE_AGREEMENT,
                             child_id != NULL ? g_hash_table_lookup (names, child_id) : NULL,
                             passend_agreement_get_what (agreement)));
    }
}

/* Only deadlines of the same day, child and kind are put in order by
 * title; the key is kept on the clock or agreement (it was 78% of the
 * time to make the list, callgrind). */
static const char *
title_key (PassendDeadline *deadline)
{
  if (deadline->title_key == NULL)
    deadline->title_key =
        g_strdup (passend_record_get_sort_key (PASSEND_RECORD (deadline->source), deadline->title));
  return deadline->title_key;
}

static int
compare_deadlines (gconstpointer a, gconstpointer b)
{
  PassendDeadline *x = *(PassendDeadline *const *)a;
  PassendDeadline *y = *(PassendDeadline *const *)b;
  int              order;

  if ((order = strcmp (x->due_date, y->due_date)) != 0)
    return order;
  if ((order = strcmp (x->child_name, y->child_name)) != 0)
    return order;
  if ((order = strcmp (x->keyword, y->keyword)) != 0)
    return order;
  return strcmp (title_key (x), title_key (y));
}

/**
 * passend_deadlines_collect:
 * @clocks: (nullable): a list of #PassendClock
 * @agreements: (nullable): a list of #PassendAgreement; those without a
 *   due date are left out
 * @children: (nullable): a list of #PassendChild, for the first names
 * @today: "YYYY-MM-DD", from passend_clock_get_today()
 * @include_done: whether to list met and stopped ones too
 *
 * Returns: (transfer full) (element-type PassendDeadline): what is due,
 *   by due date, then child, kind and title
 */
GPtrArray *
passend_deadlines_collect (GListModel *clocks,
                           GListModel *agreements,
                           GListModel *children,
                           const char *today,
                           gboolean    include_done)
{
  g_autoptr (GHashTable) names = first_names (children);
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify)passend_deadline_free);

  g_return_val_if_fail (passend_date_is_valid (today), out);

  add_clocks (out, clocks, names, today, include_done);
  add_agreements (out, agreements, names, today, include_done);
  g_ptr_array_sort (out, compare_deadlines);
  return out;
}

static gboolean
is_due (PassendClockState state)
{
  return state == PASSEND_CLOCK_STATE_OVERDUE || state == PASSEND_CLOCK_STATE_DUE_SOON;
}

static gboolean
is_for (const char *of, const char *child_id)
{
  return of == NULL || g_strcmp0 (of, child_id) == 0;
}

/**
 * passend_deadlines_count_due:
 * @clocks: (nullable): a list of #PassendClock
 * @agreements: (nullable): a list of #PassendAgreement
 * @child_id: (nullable): the child whose deadlines count, with those for
 *   every child
 * @today: "YYYY-MM-DD", from passend_clock_get_today()
 *
 * How many of the deadlines passend_deadlines_collect() lists for
 * @child_id are due soon or overdue, without making the list: a badge
 * needs only that, and the list is made for a page on screen.
 *
 * Returns: the count
 */
guint
passend_deadlines_count_due (GListModel *clocks,
                             GListModel *agreements,
                             const char *child_id,
                             const char *today)
{
  guint n_clocks = clocks != NULL ? g_list_model_get_n_items (clocks) : 0;
  guint n_agreements = agreements != NULL ? g_list_model_get_n_items (agreements) : 0;
  guint count = 0;
  int   days;

  g_return_val_if_fail (passend_date_is_valid (today), 0);

  for (guint i = 0; i < n_clocks; i++)
    {
      g_autoptr (PassendClock) clock = g_list_model_get_item (clocks, i);

      if (is_for (passend_clock_get_child_id (clock), child_id) &&
          is_due (passend_clock_get_state (clock, today, &days)))
        count++;
    }
  for (guint i = 0; i < n_agreements; i++)
    {
      g_autoptr (PassendAgreement) agreement = g_list_model_get_item (agreements, i);

      if (passend_agreement_get_due_date (agreement) != NULL &&
          is_for (passend_agreement_get_child_id (agreement), child_id) &&
          is_due (agreement_state (agreement, today, &days)))
        count++;
    }
  return count;
}

static void
append_field (GString *line, const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    g_string_append_c (line, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

/**
 * passend_deadlines_format:
 * @deadlines: (element-type PassendDeadline): from
 *   passend_deadlines_collect()
 *
 * Returns: (transfer full): the lines of `passend --list-deadlines`,
 *   each ending in a line break; "" for none
 */
char *
passend_deadlines_format (GPtrArray *deadlines)
{
  GString *out;

  g_return_val_if_fail (deadlines != NULL, NULL);

  out = g_string_new (NULL);

  for (guint i = 0; i < deadlines->len; i++)
    {
      const PassendDeadline *deadline = g_ptr_array_index (deadlines, i);

      g_string_append (out, deadline->due_date);
      g_string_append_c (out, '\t');
      g_string_append (out, passend_clock_state_to_keyword (deadline->state));
      g_string_append_c (out, '\t');
      append_field (out, deadline->keyword);
      g_string_append_c (out, '\t');
      append_field (out, deadline->child_name);
      g_string_append_c (out, '\t');
      append_field (out, deadline->title);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/**
 * passend_deadlines_reminder_summary:
 * @n_due_soon: reminders for deadlines that come soon
 * @n_overdue: reminders for deadlines that passed
 *
 * The discreet text of a notification: no names, no details.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL for no reminder
 */
char *
passend_deadlines_reminder_summary (guint n_due_soon, guint n_overdue)
{
  guint n = n_due_soon + n_overdue;

  if (n == 0)
    return NULL;

  if (n_overdue == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Passend: %u deadline is due soon",
                                         "Passend: %u deadlines are due soon", n),
                            n);
  if (n_due_soon == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Passend: %u deadline has passed",
                                         "Passend: %u deadlines have passed", n),
                            n);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Passend: %u deadline needs attention",
                                       "Passend: %u deadlines need attention", n),
                          n);
}
