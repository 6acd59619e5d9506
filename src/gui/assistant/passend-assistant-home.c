/* passend-assistant-home.c - the home-sitting counter on the Assistant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Above the six steps and at the top of the advisor's answer: how many
 * days the child has been at home without suitable education, and in
 * how many school weeks absence hours were recorded, counted by
 * passend-home-sitting.c from the one "today".
 */
#define G_LOG_DOMAIN "passend-assistant-view"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-assistant-view-private.h"
#include "passend-clock.h"
#include "passend-home-sitting.h"
#include "passend-ui-util.h"

static char *
describe_days (PassendChild *child, const PassendHomeSitting *home)
{
  const char *name = passend_child_get_name (child);

  if (home->source == PASSEND_HOME_SITTING_CLOCK)
    {
      g_autofree char *since = passend_format_date (home->first_day);

      if (home->days == 0)
        /* Translators: the first day at home is still to come. */
        return g_strdup_printf (_ ("%s will be at home from %s."), name, since);
      /* Translators: the home-sitting counter: the child's name, the
       * number of days, and the first day at home. */
      return g_strdup_printf (ngettext ("%s has been at home without suitable education for "
                                        "%d day, since %s.",
                                        "%s has been at home without suitable education for "
                                        "%d days, since %s.",
                                        home->days),
                              name, home->days, since);
    }
  if (home->source == PASSEND_HOME_SITTING_ADVISOR)
    /* Translators: counted from the parent's answer in the advisor. */
    return g_strdup_printf (
        ngettext ("You said under “Where Do I Turn Now?” that %s has been at home without "
                  "suitable education for about %u week. Record the first day at home in the "
                  "dossier, and Passend counts the days.",
                  "You said under “Where Do I Turn Now?” that %s has been at home without "
                  "suitable education for about %u weeks. Record the first day at home in the "
                  "dossier, and Passend counts the days.",
                  home->weeks),
        name, home->weeks);
  return NULL;
}

/* The counter's text, or %NULL when there is nothing to count. */
static char *
describe (PassendAssistantView *self)
{
  PassendHomeSitting home = { 0 };
  g_autofree char   *today = NULL;
  g_autofree char   *days = NULL;
  char              *text;

  if (self->dossier == NULL || self->child == NULL)
    return NULL;

  today = passend_clock_get_today ();
  passend_home_sitting_compute (self->dossier, self->child, today, &home);
  days = describe_days (self->child, &home);
  if (home.absence_weeks > 0)
    {
      /* Translators: the home-sitting counter, second part. */
      g_autofree char *absence = g_strdup_printf (
          ngettext ("Absence hours were recorded in %u school week.",
                    "Absence hours were recorded in %u school weeks.", home.absence_weeks),
          home.absence_weeks);

      text = days != NULL ? g_strdup_printf ("%s %s", days, absence) : g_strdup (absence);
    }
  else
    text = g_steal_pointer (&days);

  passend_home_sitting_clear (&home);
  return text;
}

void
assistant_update_home (PassendAssistantView *self)
{
  g_autofree char *text = describe (self);
  GtkLabel        *labels[] = { self->home_counter_label, self->advisor_counter_label };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gtk_label_set_text (labels[i], text != NULL ? text : "");
      gtk_widget_set_visible (GTK_WIDGET (labels[i]), text != NULL);
    }
}

void
assistant_home_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, home_counter_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, advisor_counter_label);
}
