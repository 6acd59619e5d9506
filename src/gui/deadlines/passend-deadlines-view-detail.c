/* passend-deadlines-view-detail.c - one deadline in full
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the term is for, what is lost when it runs out, what to do now,
 * where to read more (topic: and org: links through nav.show-link), its
 * source and, where the facts differ per school, whom to check with;
 * then Mark Met (with the day) and Stop (with a reason and the day),
 * each with Undo until another deadline is shown.  The day is today
 * unless the parent gives another; a day still to come is refused.
 */
#define G_LOG_DOMAIN "passend-deadlines-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-clock-record.h"
#include "passend-clock.h"
#include "passend-deadlines-view-private.h"
#include "passend-letter-template.h"
#include "passend-topic-library.h"
#include "passend-ui-util.h"

static void
set_text (GtkLabel *label, const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static void
set_labelled (GtkLabel *label, const char *heading, const char *text)
{
  g_autofree char *both = text != NULL ? g_strdup_printf ("%s %s", heading, text) : NULL;

  set_text (label, both);
}

/* The name a link's target has in the Topics content. */
static char *
link_label (const char *link)
{
  PassendTopicLibrary *library = passend_topic_library_get_default ();

  if (g_str_has_prefix (link, "org:"))
    {
      PassendOrganisation *org = passend_topic_library_find_organisation (library, link + 4);

      if (org != NULL)
        return g_strdup_printf (_ ("Who can help: %s"),
                                passend_topic_text_get_text (passend_organisation_get_text (
                                    org, PASSEND_ORGANISATION_NAME)));
    }
  else if (g_str_has_prefix (link, "topic:"))
    {
      g_autofree char *id = g_strndup (link + 6, strcspn (link + 6, "#"));
      PassendTopic    *topic = passend_topic_library_find_topic (library, id);

      if (topic != NULL)
        return g_strdup_printf (_ ("Read: %s"),
                                passend_topic_text_get_text (passend_topic_get_title (topic)));
    }
  return g_strdup (_ ("Read more"));
}

/* The letter that acts on this term, opened filled in (src/letters). */
static void
add_letter_link (PassendDeadlinesView *self, const PassendClockKind *kind)
{
  const PassendLetterTemplate *letter =
      kind != NULL ? passend_letter_template_find_for_clock (kind->keyword) : NULL;
  g_autofree char *label = NULL;
  g_autofree char *target = NULL;
  GtkWidget       *button;

  if (letter == NULL)
    return;
  /* Translators: a button on a deadline: "Write the letter: Objection
   * to a decision". */
  label = g_strdup_printf (_ ("Write the letter: %s"), passend_letter_template_get_title (letter));
  target = g_strconcat ("letter:", passend_letter_template_get_id (letter), NULL);
  button = gtk_button_new_with_label (label);
  gtk_widget_set_name (button, "deadline-write-letter");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "nav.show-link");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_box_append (self->links_box, button);
  gtk_widget_set_visible (GTK_WIDGET (self->links_box), TRUE);
}

static void
fill_links (PassendDeadlinesView *self, const PassendClockKind *kind)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->links_box))) != NULL)
    gtk_box_remove (self->links_box, child);

  for (guint i = 0; kind != NULL && kind->links[i] != NULL; i++)
    {
      g_autofree char *label = link_label (kind->links[i]);
      GtkWidget       *button = gtk_button_new_with_label (label);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "nav.show-link");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", kind->links[i]);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_box_append (self->links_box, button);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->links_box), kind != NULL && kind->links[0] != NULL);
  add_letter_link (self, kind);
}

static char *
status_text (PassendClock *clock)
{
  g_autofree char *day = passend_format_date (passend_clock_get_status_date (clock));

  switch (passend_clock_get_status (clock))
    {
    case PASSEND_CLOCK_STATUS_MET:
      return g_strdup_printf (_ ("Marked as met on %s."), day);
    case PASSEND_CLOCK_STATUS_STOPPED:
      return g_strdup_printf (_ ("Stopped on %s: %s"), day, passend_clock_get_stop_reason (clock));
    case PASSEND_CLOCK_STATUS_RUNNING:
    default:
      return NULL;
    }
}

/**
 * passend_deadlines_view_show_detail:
 * @deadline: (nullable): the deadline, or %NULL to hide the detail
 */
void
passend_deadlines_view_show_detail (PassendDeadlinesView *self, PassendDeadline *deadline)
{
  const PassendClockKind *kind = NULL;
  PassendClock           *clock = NULL;
  g_autofree char        *due = NULL;
  g_autofree char        *state = NULL;
  g_autofree char        *line = NULL;
  g_autofree char        *status = NULL;

  gtk_widget_set_visible (self->detail_pane, deadline != NULL);
  if (deadline == NULL)
    {
      g_clear_object (&self->shown);
      return;
    }
  if (self->shown != deadline->source)
    gtk_label_set_text (self->message_label, "");
  g_set_object (&self->shown, deadline->source);
  gtk_widget_set_visible (self->undo_button,
                          self->undo_clock != NULL && self->undo_clock == self->shown);

  if (PASSEND_IS_CLOCK (deadline->source))
    {
      clock = PASSEND_CLOCK (deadline->source);
      kind = passend_clock_get_kind_info (clock);
      status = status_text (clock);
    }

  due = passend_format_date (deadline->due_date);
  state = passend_clock_state_describe (deadline->state, deadline->days);
  /* Translators: "Due 13 April 2026: 41 days left." */
  line = g_strdup_printf (_ ("Due %s: %s."), due, state);
  set_text (self->detail_title, deadline->title);
  set_text (self->detail_due, status != NULL ? status : line);
  set_labelled (self->detail_purpose, _ ("What it is for:"),
                kind ? passend_clock_kind_get_text (kind->purpose) : NULL);
  set_labelled (self->detail_lost, _ ("What is lost when it runs out:"),
                kind ? passend_clock_kind_get_text (kind->lost) : NULL);
  set_labelled (self->detail_todo, _ ("What to do now:"),
                kind ? passend_clock_kind_get_text (kind->todo) : NULL);
  set_labelled (self->detail_check, _ ("Check:"),
                kind && kind->certainty == PASSEND_CERTAINTY_CHECK && kind->check
                    ? passend_clock_kind_get_text (kind->check)
                    : NULL);
  set_labelled (self->detail_source, _ ("Source:"), kind ? kind->source : NULL);
  if (clock == NULL)
    set_text (self->detail_purpose,
              _ ("An agreement from your dossier. Mark it done on the Dossier page."));
  fill_links (self, kind);

  /* Only a running clock can be met or stopped here. */
  gtk_widget_set_visible (GTK_WIDGET (self->actions_box),
                          clock != NULL &&
                              passend_clock_get_status (clock) == PASSEND_CLOCK_STATUS_RUNNING);
}

/* The day in @entry, today when it is empty; %NULL, with a message,
 * for a day that does not exist or is still to come. */
static char *
read_day (PassendDeadlinesView *self, PassendDateEntry *entry)
{
  g_autofree char *today = passend_clock_get_today ();
  g_autofree char *date = NULL;
  const char      *problem = NULL;

  if (passend_date_entry_is_empty (entry))
    return g_steal_pointer (&today);

  date = passend_date_entry_get_date (entry);
  if (date == NULL)
    problem = _ ("That day does not exist. Write it as day-month-year: 20-3-2026.");
  else if (strcmp (date, today) > 0)
    problem = _ ("That day is still to come. Choose today or an earlier day.");
  if (problem == NULL)
    return g_steal_pointer (&date);

  gtk_label_set_text (self->message_label, problem);
  gtk_widget_set_visible (self->undo_button, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (passend_date_entry_get_entry (entry)));
  return NULL;
}

/* After Mark Met or Stop: the status line above says what and when;
 * the message only says it is kept, and offers Undo. */
static void
changed (PassendDeadlinesView *self, PassendClock *clock)
{
  const char *text = passend_clock_get_status (clock) == PASSEND_CLOCK_STATUS_MET
                         ? _ ("Saved. Passend no longer counts down this deadline.")
                         : _ ("Saved. Passend stopped counting down this deadline.");

  g_set_object (&self->undo_clock, G_OBJECT (clock));
  gtk_label_set_text (self->message_label, text);
  gtk_widget_set_visible (self->undo_button, TRUE);
  passend_date_entry_set_date (self->met_date, NULL);
  passend_date_entry_set_date (self->stop_date, NULL);
}

void
passend_deadlines_view_mark_met_cb (PassendDeadlinesView *self)
{
  g_autofree char *date = NULL;

  if (!PASSEND_IS_CLOCK (self->shown))
    return;
  if ((date = read_day (self, self->met_date)) == NULL)
    return;

  passend_clock_mark_met (PASSEND_CLOCK (self->shown), date);
  changed (self, PASSEND_CLOCK (self->shown));
}

void
passend_deadlines_view_stop_cb (PassendDeadlinesView *self)
{
  g_autofree char *reason = NULL;
  g_autofree char *date = NULL;

  if (!PASSEND_IS_CLOCK (self->shown))
    return;

  reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->stop_reason))));
  if (reason[0] == '\0')
    {
      gtk_label_set_text (self->message_label,
                          _ ("Write why this deadline no longer matters, then press Stop."));
      gtk_widget_set_visible (self->undo_button, FALSE);
      gtk_widget_grab_focus (GTK_WIDGET (self->stop_reason));
      return;
    }
  if ((date = read_day (self, self->stop_date)) == NULL)
    return;

  passend_clock_stop (PASSEND_CLOCK (self->shown), date, reason);
  gtk_editable_set_text (GTK_EDITABLE (self->stop_reason), "");
  changed (self, PASSEND_CLOCK (self->shown));
}

/* Runs the clock again, as before Mark Met or Stop. */
void
passend_deadlines_view_undo_cb (PassendDeadlinesView *self)
{
  g_autoptr (GObject) clock = g_steal_pointer (&self->undo_clock);

  gtk_widget_set_visible (self->undo_button, FALSE);
  if (!PASSEND_IS_CLOCK (clock))
    return;

  passend_clock_reopen (PASSEND_CLOCK (clock));
  gtk_label_set_text (self->message_label, _ ("Undone: the deadline runs again."));
}
