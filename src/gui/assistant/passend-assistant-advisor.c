/* passend-assistant-advisor.c - "Where do I turn now?" on the Assistant page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The questions of passend-advisor-answers.h with the answer beside
 * them, updated as the parent answers.  The answers are the child's:
 * they are kept in the dossier as the parent ticks them (when it can be
 * written), come back with the child, and "Write this down" makes a
 * dossier entry of them, as a step's button does.
 */
#define G_LOG_DOMAIN "passend-assistant-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-advisor-answers.h"
#include "passend-assistant-view-private.h"
#include "passend-clock.h"
#include "passend-entry-dialog.h"
#include "passend-home-sitting.h"
#include "passend-topic-library.h"
#include "passend-ui-util.h"

/* The organisations the advisor names are those of the directory in
 * Topics: one name, one description, one set of contact details. */
static PassendOrganisation *
find_organisation (const char *id)
{
  return passend_topic_library_find_organisation (passend_topic_library_get_default (), id);
}

/* How to reach an organisation: its phone, e-mail and website where the
 * directory has them, else its own words on it; NULL if neither. */
static char *
reach_markup (PassendOrganisation *organisation)
{
  const char       *phone = passend_organisation_get_phone (organisation);
  const char       *email = passend_organisation_get_email (organisation);
  const char       *website = passend_organisation_get_website (organisation);
  PassendTopicText *how = passend_organisation_get_text (organisation, PASSEND_ORGANISATION_HOW);
  GString          *markup = g_string_new (NULL);

  if (phone != NULL)
    {
      g_autofree char *part = NULL;

      /* Translators: how to reach an organisation; %s is a phone number. */
      part = g_markup_printf_escaped (_ ("Phone %s"), phone);
      g_string_append (markup, part);
    }
  if (email != NULL)
    {
      g_autofree char *part =
          g_markup_printf_escaped ("<a href=\"mailto:%s\">%s</a>", email, email);

      g_string_append_printf (markup, "%s%s", markup->len > 0 ? " · " : "", part);
    }
  if (website != NULL)
    {
      const char *shown =
          g_str_has_prefix (website, "https://") ? website + strlen ("https://") : website;
      g_autofree char *part = g_markup_printf_escaped ("<a href=\"%s\">%s</a>", website, shown);

      g_string_append_printf (markup, "%s%s", markup->len > 0 ? " · " : "", part);
    }
  if (markup->len == 0 && how != NULL)
    g_string_append (markup, passend_topic_text_get_markup (how));

  if (markup->len == 0)
    {
      g_string_free (markup, TRUE);
      return NULL;
    }

  return g_string_free (markup, FALSE);
}

/* Where do I turn now? */

/* The answers as the checks show them. */
static void
read_answers (PassendAssistantView *self, PassendAdvisorAnswers *answers)
{
  memset (answers, 0, sizeof *answers);
  for (guint r = 0; r < PASSEND_N_TRIED_RUNGS; r++)
    if (gtk_check_button_get_active (self->tried_checks[r]))
      answers->tried |= PASSEND_TRIED (r);
  for (guint q = 0; q < PASSEND_N_QUESTIONS; q++)
    passend_advisor_answers_set (answers, q,
                                 gtk_check_button_get_active (self->question_checks[q]));
  answers->weeks_at_home =
      answers->at_home ? (guint)gtk_spin_button_get_value_as_int (self->weeks_spin) : 0;
}

/* The headline, the rung, a caution and the Leerplichtwet facts. */
static void
show_answer (PassendAssistantView *self, const PassendAdvisorResult *r)
{
  PassendAdvisorResult result = *r;
  const char          *caution;

  /* A child at home: what to do now comes first, the route below it. */
  gtk_widget_set_visible (self->headline_box, result.headline != PASSEND_HEADLINE_RUNG);
  if (result.headline != PASSEND_HEADLINE_RUNG)
    {
      gtk_label_set_text (self->headline_title_label, passend_headline_get_title (result.headline));
      gtk_label_set_markup (self->headline_label, passend_headline_get_text (result.headline));
    }
  gtk_label_set_text (self->rung_heading, result.headline != PASSEND_HEADLINE_RUNG
                                              ? _ ("Then, on the route: your next step")
                                              : _ ("Your next step"));
  gtk_label_set_text (self->rung_title_label, passend_rung_get_title (result.rung));
  gtk_label_set_markup (self->rung_label, passend_rung_get_description (result.rung));
  passend_assistant_show_letters (self->rung_letters_label, passend_rung_get_letters (result.rung));

  caution = passend_caution_get_text (result.caution);
  gtk_label_set_markup (self->caution_label, caution != NULL ? caution : "");
  gtk_widget_set_visible (self->caution_box, caution != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->home_label), result.home_sitting);
  if (result.home_sitting)
    gtk_label_set_markup (self->home_label, passend_advisor_get_home_sitting_text ());
}

/* Who can help, best first, with why and how to reach them. */
static void
show_organisations (PassendAssistantView *self, const PassendAdvisorResult *r)
{
  PassendAdvisorResult result = *r;
  GtkWidget           *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->orgs_list))) != NULL)
    gtk_list_box_remove (self->orgs_list, child);

  for (guint i = 0; i < result.n_advice; i++)
    {
      PassendOrganisation *organisation = find_organisation (result.advice[i].org_id);
      g_autofree char     *link = g_strconcat ("org:", result.advice[i].org_id, NULL);
      g_autofree char     *markup = NULL;
      g_autofree char     *reach = NULL;
      g_autofree char     *name = g_strconcat ("advice-", result.advice[i].org_id, NULL);
      GtkWidget           *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget           *name_label = gtk_label_new (NULL);
      GtkWidget           *reason_label = gtk_label_new (_ (result.advice[i].reason));
      GtkWidget           *row = gtk_list_box_row_new ();

      /* The test of the advisor's table checks every id is in the
       * directory; a missing one would show its id rather than nothing. */
      markup = g_markup_printf_escaped (
          "<a href=\"%s\">%s</a>", link,
          organisation != NULL ? passend_topic_text_get_text (passend_organisation_get_text (
                                     organisation, PASSEND_ORGANISATION_NAME))
                               : result.advice[i].org_id);
      reach = organisation != NULL ? reach_markup (organisation) : NULL;

      gtk_label_set_markup (GTK_LABEL (name_label), markup);
      gtk_label_set_xalign (GTK_LABEL (name_label), 0);
      gtk_widget_add_css_class (name_label, "heading");
      g_signal_connect_swapped (name_label, "activate-link",
                                G_CALLBACK (assistant_link_activated_cb), self);
      gtk_label_set_xalign (GTK_LABEL (reason_label), 0);
      gtk_label_set_wrap (GTK_LABEL (reason_label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (reason_label), 50);
      gtk_box_append (GTK_BOX (box), name_label);
      gtk_box_append (GTK_BOX (box), reason_label);
      if (reach != NULL)
        {
          GtkWidget *reach_label = gtk_label_new (NULL);

          gtk_label_set_markup (GTK_LABEL (reach_label), reach);
          gtk_label_set_xalign (GTK_LABEL (reach_label), 0);
          gtk_label_set_wrap (GTK_LABEL (reach_label), TRUE);
          gtk_label_set_max_width_chars (GTK_LABEL (reach_label), 50);
          gtk_label_set_selectable (GTK_LABEL (reach_label), TRUE);
          gtk_widget_add_css_class (reach_label, "dim-label");
          gtk_widget_set_name (reach_label, "advice-reach");
          g_signal_connect_swapped (reach_label, "activate-link",
                                    G_CALLBACK (assistant_link_activated_cb), self);
          gtk_box_append (GTK_BOX (box), reach_label);
        }
      gtk_widget_set_margin_top (box, 8);
      gtk_widget_set_margin_bottom (box, 8);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      gtk_widget_set_name (row, name);
      gtk_list_box_append (self->orgs_list, row);
    }
}

static void
update_advice (PassendAssistantView *self)
{
  PassendAdvisorAnswers answers;
  PassendAdvisorResult  result;

  read_answers (self, &answers);
  gtk_widget_set_sensitive (self->weeks_box, answers.at_home);

  /* The parent's answer is the child's: kept as it is given. */
  if (!self->advisor_syncing && assistant_is_writable (self))
    {
      g_autoptr (GError) error = NULL;

      if (!passend_advisor_answers_save (self->dossier, self->child, &answers, &error))
        assistant_show_error (self, error);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->advisor_write_button), assistant_is_writable (self));

  passend_advisor_advise (&answers, &result);
  show_answer (self, &result);
  show_organisations (self, &result);
}

static GtkCheckButton *
add_question (PassendAssistantView *self, GtkBox *box, const char *name, const char *text)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
  gtk_widget_set_name (check, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (update_advice), self);
  gtk_box_append (box, check);
  return GTK_CHECK_BUTTON (check);
}

static void
assistant_build_advisor (PassendAssistantView *self)
{
  GtkWidget *label;

  for (guint r = 0; r < PASSEND_N_TRIED_RUNGS; r++)
    {
      g_autofree char *name = g_strconcat ("advisor-tried-", passend_rung_get_id (r), NULL);

      self->tried_checks[r] =
          add_question (self, self->tried_box, name, passend_rung_get_tried_label (r));
    }

  for (guint i = 0; i < PASSEND_N_QUESTIONS; i++)
    {
      g_autofree char *name = g_strconcat ("advisor-", passend_question_get_id (i), NULL);

      self->question_checks[i] =
          add_question (self, self->situation_box, name, passend_question_get_label (i));

      if (i != PASSEND_QUESTION_AT_HOME)
        continue;

      self->weeks_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_widget_set_margin_start (self->weeks_box, 28);
      label = gtk_label_new (_ ("Weeks at home so far"));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      self->weeks_spin = GTK_SPIN_BUTTON (
          gtk_spin_button_new_with_range (0, PASSEND_PROCESS_MAX_WEEKS_AT_HOME, 1));
      gtk_widget_set_name (GTK_WIDGET (self->weeks_spin), "advisor-weeks");
      gtk_widget_set_valign (GTK_WIDGET (self->weeks_spin), GTK_ALIGN_CENTER);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (self->weeks_spin),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
      g_signal_connect_swapped (self->weeks_spin, "value-changed", G_CALLBACK (update_advice),
                                self);
      gtk_box_append (GTK_BOX (self->weeks_box), label);
      gtk_box_append (GTK_BOX (self->weeks_box), GTK_WIDGET (self->weeks_spin));
      gtk_box_append (self->situation_box, self->weeks_box);
    }

  update_advice (self);
}

/* Whether the parent has given the advisor no answer at all for the
 * page's child. */
static gboolean
advisor_unanswered (PassendAssistantView *self)
{
  PassendProcessState *state = passend_dossier_find_process_state (self->dossier, self->child);

  return state == NULL || (passend_process_state_get_advisor_tried (state) == NULL &&
                           passend_process_state_get_advisor_situation (state) == NULL &&
                           passend_process_state_get_advisor_weeks (state) == 0);
}

/* The dossier knows the child is at home (a home-sitting deadline runs
 * from the first day at home) and the parent has not answered the
 * advisor yet: "My child is at home" ticked, with the whole weeks so
 * far.  Shown only; kept when the parent answers. */
static void
fill_at_home_from_clock (PassendAssistantView *self, PassendAdvisorAnswers *answers)
{
  g_autofree char   *today = NULL;
  PassendHomeSitting home;

  if (answers->at_home || !advisor_unanswered (self))
    return;
  today = passend_clock_get_today ();
  passend_home_sitting_compute (self->dossier, self->child, today, &home);
  if (home.source == PASSEND_HOME_SITTING_CLOCK)
    {
      answers->at_home = TRUE;
      answers->weeks_at_home = MIN ((guint)home.days / 7, PASSEND_PROCESS_MAX_WEEKS_AT_HOME);
    }
  passend_home_sitting_clear (&home);
}

/**
 * assistant_advisor_sync:
 *
 * Shows the answers kept for the page's child (none for no child); a
 * child at home by the dossier's deadlines shows at home.
 */
void
assistant_advisor_sync (PassendAssistantView *self)
{
  PassendAdvisorAnswers answers = { 0 };

  if (self->dossier != NULL && self->child != NULL)
    {
      passend_advisor_answers_load (self->dossier, self->child, &answers);
      fill_at_home_from_clock (self, &answers);
    }

  self->advisor_syncing = TRUE;
  for (guint r = 0; r < PASSEND_N_TRIED_RUNGS; r++)
    gtk_check_button_set_active (self->tried_checks[r], (answers.tried & PASSEND_TRIED (r)) != 0);
  for (guint q = 0; q < PASSEND_N_QUESTIONS; q++)
    gtk_check_button_set_active (self->question_checks[q],
                                 passend_advisor_answers_get (&answers, q));
  if (answers.at_home)
    gtk_spin_button_set_value (self->weeks_spin, answers.weeks_at_home);
  else
    gtk_spin_button_set_value (self->weeks_spin, 0);
  update_advice (self);
  self->advisor_syncing = FALSE;
}

static const char *
organisation_name (const char *org_id, gpointer user_data)
{
  PassendOrganisation *organisation = find_organisation (org_id);

  return organisation != NULL ? passend_topic_text_get_text (passend_organisation_get_text (
                                    organisation, PASSEND_ORGANISATION_NAME))
                              : NULL;
}

/* As a step's "Write this down": a draft entry with the answers and
 * the advice, added only when the parent saves it. */
static void
advisor_write_down_clicked_cb (PassendAssistantView *self)
{
  GtkRoot         *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *today = passend_clock_get_today ();
  g_autofree char *text = NULL;
  g_autoptr (PassendEntry) draft = NULL;
  PassendAdvisorAnswers answers;
  PassendEntryDialog   *dialog;

  if (!assistant_is_writable (self))
    return;

  read_answers (self, &answers);
  text = passend_advisor_write_down (&answers, organisation_name, NULL);
  /* Translators: the title of a dossier entry written from "Where do I
   * turn now?". */
  draft = passend_entry_new (PASSEND_ENTRY_KIND_NOTE, today, _ ("Where do I turn now?"));
  passend_entry_set_text (draft, text);

  dialog = passend_entry_dialog_new_draft (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                           self->store, draft, NULL, self->child);
  assistant_watch_write_down (self, GTK_WINDOW (dialog), self->advisor_saved_label);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
assistant_advisor_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, advisor_write_button);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, advisor_saved_label);
  gtk_widget_class_bind_template_callback (widget_class, advisor_write_down_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, advisor_flow);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, tried_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, situation_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, headline_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, headline_title_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, headline_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, rung_heading);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, rung_title_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, rung_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, rung_letters_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, caution_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, caution_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, home_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, orgs_list);
}

void
assistant_advisor_init (PassendAssistantView *self)
{
  /* The two halves of the advisor are not Tab stops themselves. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->advisor_flow));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  assistant_build_advisor (self);
}
