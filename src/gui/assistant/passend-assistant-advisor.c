/* passend-assistant-advisor.c - "Where do I turn now?" on the Assistant page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The questions of passend-advisor.h with the answer beside them,
 * updated as the parent answers; nothing of it is stored.
 */
#define G_LOG_DOMAIN "passend-assistant-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-assistant-view-private.h"
#include "passend-topic-library.h"
#include "passend-ui-util.h"

static const struct
{
  PassendRung rung;
  const char *name;
  const char *label;
} tried_questions[] = {
  { PASSEND_RUNG_TEACHER, "advisor-tried-teacher", N_ ("The teacher") },
  { PASSEND_RUNG_CARE_COORDINATOR, "advisor-tried-ib", N_ ("The IB’er or zorgcoördinator") },
  { PASSEND_RUNG_SCHOOL_MANAGEMENT, "advisor-tried-management", N_ ("The school management") },
  { PASSEND_RUNG_SCHOOL_BOARD, "advisor-tried-board", N_ ("The school board") },
  { PASSEND_RUNG_PARTNERSHIP, "advisor-tried-partnership", N_ ("The samenwerkingsverband") },
  { PASSEND_RUNG_CONSULTANTS, "advisor-tried-consultants", N_ ("The onderwijsconsulenten") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (tried_questions) == PASSEND_N_TRIED_RUNGS);

static const struct
{
  const char *name;
  const char *label;
} situation_questions[N_QUESTIONS] = {
  [Q_CONFLICT] = { "advisor-conflict",
                   N_ ("There is a conflict between us, the school or the samenwerkingsverband") },
  [Q_DISAGREE] = { "advisor-disagree",
                   N_ ("We disagree with advice and cannot solve it together") },
  [Q_AT_HOME] = { "advisor-at-home", N_ ("My child is at home, or may soon be") },
  [Q_CARE] = { "advisor-care", N_ ("Care is involved too, and it is unclear who pays") },
  [Q_BEHAVIOUR] = { "advisor-behaviour",
                    N_ ("There is serious problem behaviour and the professionals are stuck") },
  [Q_RIGHTS] = { "advisor-rights", N_ ("I have a question about rights") },
  [Q_SAFETY] = { "advisor-safety", N_ ("My child does not feel safe at school, or is bullied") },
  [Q_FORMAL] = { "advisor-formal", N_ ("I want to make a formal complaint or go to court") },
};

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

static void
update_advice (PassendAssistantView *self)
{
  PassendAdvisorAnswers answers = {
    0,
  };
  PassendAdvisorResult result;
  const char          *caution;
  GtkWidget           *child;

  for (guint i = 0; i < PASSEND_N_TRIED_RUNGS; i++)
    if (gtk_check_button_get_active (self->tried_checks[i]))
      answers.tried |= PASSEND_TRIED (tried_questions[i].rung);

  answers.conflict = gtk_check_button_get_active (self->question_checks[Q_CONFLICT]);
  answers.disagree = gtk_check_button_get_active (self->question_checks[Q_DISAGREE]);
  answers.at_home = gtk_check_button_get_active (self->question_checks[Q_AT_HOME]);
  answers.weeks_at_home =
      answers.at_home ? (guint)gtk_spin_button_get_value_as_int (self->weeks_spin) : 0;
  answers.care_unclear = gtk_check_button_get_active (self->question_checks[Q_CARE]);
  answers.stuck_behaviour = gtk_check_button_get_active (self->question_checks[Q_BEHAVIOUR]);
  answers.rights_question = gtk_check_button_get_active (self->question_checks[Q_RIGHTS]);
  answers.social_safety = gtk_check_button_get_active (self->question_checks[Q_SAFETY]);
  answers.wants_formal = gtk_check_button_get_active (self->question_checks[Q_FORMAL]);

  gtk_widget_set_sensitive (self->weeks_box, answers.at_home);

  passend_advisor_advise (&answers, &result);

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

  caution = passend_caution_get_text (result.caution);
  gtk_label_set_markup (self->caution_label, caution != NULL ? caution : "");
  gtk_widget_set_visible (self->caution_box, caution != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->home_label), result.home_sitting);
  if (result.home_sitting)
    gtk_label_set_markup (self->home_label, passend_advisor_get_home_sitting_text ());

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

static GtkCheckButton *
add_question (PassendAssistantView *self, GtkBox *box, const char *name, const char *text)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (_ (text));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
  gtk_widget_set_name (check, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, _ (text),
                                  -1);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (update_advice), self);
  gtk_box_append (box, check);
  return GTK_CHECK_BUTTON (check);
}

static void
assistant_build_advisor (PassendAssistantView *self)
{
  GtkWidget *label;

  for (guint i = 0; i < PASSEND_N_TRIED_RUNGS; i++)
    self->tried_checks[i] =
        add_question (self, self->tried_box, tried_questions[i].name, tried_questions[i].label);

  for (guint i = 0; i < N_QUESTIONS; i++)
    {
      self->question_checks[i] = add_question (
          self, self->situation_box, situation_questions[i].name, situation_questions[i].label);

      if (i != Q_AT_HOME)
        continue;

      self->weeks_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_widget_set_margin_start (self->weeks_box, 28);
      label = gtk_label_new (_ ("Weeks at home so far"));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      self->weeks_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 104, 1));
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

void
assistant_advisor_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, advisor_flow);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, tried_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, situation_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, headline_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, headline_title_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, headline_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, rung_heading);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, rung_title_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, rung_label);
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
