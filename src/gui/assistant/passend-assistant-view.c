/* passend-assistant-view.c - the six steps for a child, and where to turn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two parts.  "The Six Steps": an overview of all six (the child's
 * current step marked in colour and in words, with the day each was
 * reached), then one step at a time with its content from
 * passend-step-guide.c, its checklist, the plan evaluation in step 5,
 * the plan history, and "Write this down in the dossier".  The parent
 * may look at any step; the buttons move the child's own state
 * through passend-process.h.  "Where do I turn now?": the questions of
 * passend-advisor.h with the answer beside them, updated as the parent
 * answers; nothing of it is stored.
 *
 * Looking changes nothing in the dossier: the child's state is made by
 * the first tick or step.
 */
#define G_LOG_DOMAIN "passend-assistant-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-advisor.h"
#include "passend-clamp.h"
#include "passend-assistant-view.h"
#include "passend-clock.h"
#include "passend-date.h"
#include "passend-date-entry.h"
#include "passend-entry-dialog.h"
#include "passend-process.h"
#include "passend-step-guide.h"
#include "passend-steps.h"
#include "passend-topic-library.h"
#include "passend-ui-util.h"

#define N_STEPS PASSEND_PROCESS_LAST_STEP

/* The situation questions, in the order shown. */
enum
{
  Q_CONFLICT,
  Q_DISAGREE,
  Q_AT_HOME,
  Q_CARE,
  Q_BEHAVIOUR,
  Q_RIGHTS,
  Q_SAFETY,
  Q_FORMAL,
  N_QUESTIONS
};

struct _PassendAssistantView
{
  GtkWidget parent_instance;

  PassendStore   *store;
  PassendDossier *dossier;
  PassendChild   *child;
  int             shown_step;
  int             checklist_step;
  guint           refresh_idle;
  gboolean        syncing;

  GtkToggleButton *overview_buttons[N_STEPS];
  GtkLabel        *overview_titles[N_STEPS];
  GtkLabel        *overview_states[N_STEPS];
  GPtrArray       *checklist_checks;
  GtkCheckButton  *tried_checks[PASSEND_N_TRIED_RUNGS];
  GtkCheckButton  *question_checks[N_QUESTIONS];
  GtkSpinButton   *weeks_spin;
  GtkWidget       *weeks_box;

  /* Template widgets */
  GtkStack          *part_stack;
  GtkScrolledWindow *steps_scroller;
  GtkFlowBox        *overview_box;
  GtkLabel          *step_title_label;
  GtkLabel          *step_status_label;
  GtkLabel          *what_label;
  GtkLabel          *can_do_label;
  GtkLabel          *questions_label;
  GtkLabel          *who_label;
  GtkLabel          *rights_label;
  GtkBox            *checklist_box;
  GtkBox            *evaluation_box;
  GtkLabel          *evaluation_heading;
  GtkCheckButton    *result_yes;
  GtkCheckButton    *result_partly;
  GtkCheckButton    *result_no;
  GtkCheckButton    *result_no_place;
  GtkWidget         *next_date_box;
  GtkLabel          *next_date_label;
  PassendDateEntry  *next_date_entry;
  GtkButton         *evaluate_button;
  GtkLabel          *evaluation_message;
  GtkBox            *plans_box;
  GtkListBox        *plans_list;
  GtkButton         *write_button;
  GtkButton         *back_to_button;
  GtkButton         *previous_button;
  GtkButton         *next_button;
  GtkFlowBox        *advisor_flow;
  GtkBox            *tried_box;
  GtkBox            *situation_box;
  GtkLabel          *rung_title_label;
  GtkLabel          *rung_label;
  GtkWidget         *caution_box;
  GtkLabel          *caution_label;
  GtkLabel          *home_label;
  GtkListBox        *orgs_list;
};

G_DEFINE_FINAL_TYPE (PassendAssistantView, passend_assistant_view, GTK_TYPE_WIDGET)

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

static void update_all (PassendAssistantView *self);

/* Helpers */

static gboolean
is_writable (PassendAssistantView *self)
{
  return self->store != NULL && self->dossier != NULL && self->child != NULL &&
         passend_store_get_writable (self->store);
}

static PassendProcessState *
get_state (PassendAssistantView *self)
{
  if (self->dossier == NULL || self->child == NULL)
    return NULL;

  return passend_dossier_find_process_state (self->dossier, self->child);
}

static int
current_step (PassendAssistantView *self)
{
  PassendProcessState *state = get_state (self);

  return state != NULL ? passend_process_state_get_step (state) : PASSEND_PROCESS_FIRST_STEP;
}

/* Step 5's answer belongs to one child and one evaluation: it is
 * cleared when it is saved and when another child (or dossier) is
 * shown, so it can never be saved for the wrong one. */
static void
reset_evaluation (PassendAssistantView *self)
{
  gtk_check_button_set_active (self->result_yes, FALSE);
  gtk_check_button_set_active (self->result_partly, FALSE);
  gtk_check_button_set_active (self->result_no, FALSE);
  gtk_check_button_set_active (self->result_no_place, FALSE);
  passend_date_entry_set_date (self->next_date_entry, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->evaluation_message), FALSE);
}

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

static const char *
result_label (PassendPlanResult result)
{
  switch (result)
    {
    case PASSEND_PLAN_RESULT_YES:
      /* Translators: the result of checking a plan, in the plan history. */
      return _ ("it works");
    case PASSEND_PLAN_RESULT_PARTLY:
      return _ ("it partly works");
    case PASSEND_PLAN_RESULT_NO:
      return _ ("it did not help");
    case PASSEND_PLAN_RESULT_NO_PLACE:
      return _ ("the school has no good place");
    case PASSEND_PLAN_RESULT_NONE:
    default:
      return NULL;
    }
}

static void
show_error (PassendAssistantView *self, const GError *error)
{
  /* The reasons are for developers; the parent gets plain words. */
  g_warning ("The Assistant could not change the step: %s", error->message);
  gtk_widget_error_bell (GTK_WIDGET (self));
}

/* Overview */

static void
update_overview (PassendAssistantView *self)
{
  PassendProcessState *state = get_state (self);
  int                  current = current_step (self);

  self->syncing = TRUE;
  for (int step = 1; step <= N_STEPS; step++)
    {
      GtkWidget  *button = GTK_WIDGET (self->overview_buttons[step - 1]);
      const char *reached = state != NULL ? passend_process_state_get_reached (state, step) : NULL;
      g_autofree char *date = reached != NULL ? passend_format_date (reached) : NULL;
      g_autofree char *title = g_strdup_printf ("%d. %s", step, passend_step_get_title (step));
      g_autofree char *where = NULL;
      g_autofree char *shown = NULL;
      g_autofree char *accessible = NULL;

      /* The overview is narrow: a word, and the date as parents write
       * it; the full date is in the accessible label and under the
       * step's title. */
      if (step == current)
        where = g_strdup (_ ("You are here"));
      else if (step < current)
        where = g_strdup (_ ("Done"));
      else
        where = g_strdup (_ ("Not yet"));

      if (date != NULL)
        {
          g_autofree char *input = passend_date_to_input (reached);

          shown = g_strdup_printf ("%s\n%s", where, input);
          /* Translators: how a screen reader reads a step in the
           * overview: "3. Look into the problem: Done, 20 September 2026". */
          accessible = g_strdup_printf (_ ("%s: %s, %s"), title, where, date);
        }
      else
        {
          shown = g_strdup (where);
          accessible = g_strdup_printf ("%s: %s", title, where);
        }

      gtk_label_set_text (self->overview_titles[step - 1], title);
      gtk_label_set_text (self->overview_states[step - 1], shown);
      if (step == current)
        gtk_widget_add_css_class (button, "current-step");
      else
        gtk_widget_remove_css_class (button, "current-step");
      if (step < current)
        gtk_widget_add_css_class (button, "done-step");
      else
        gtk_widget_remove_css_class (button, "done-step");
      gtk_toggle_button_set_active (self->overview_buttons[step - 1], step == self->shown_step);

      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
    }
  self->syncing = FALSE;
}

/* The shown step */

static void
checklist_toggled_cb (PassendAssistantView *self, GtkCheckButton *check)
{
  g_autoptr (GError) error = NULL;

  if (self->syncing || !is_writable (self))
    return;

  if (!passend_process_set_item_checked (self->dossier, self->child,
                                         gtk_widget_get_name (GTK_WIDGET (check)) +
                                             strlen ("checklist-"),
                                         gtk_check_button_get_active (check), &error))
    show_error (self, error);
}

static void
build_checklist (PassendAssistantView *self)
{
  const PassendStepGuide *guide = passend_step_guide_get (self->shown_step);
  GtkWidget              *child;

  if (self->checklist_step == self->shown_step)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checklist_box))) != NULL)
    gtk_box_remove (self->checklist_box, child);
  g_ptr_array_set_size (self->checklist_checks, 0);

  for (const PassendChecklistItem *item = guide->checklist; item->id != NULL; item++)
    {
      g_autofree char *name = g_strconcat ("checklist-", item->id, NULL);
      GtkWidget       *label = gtk_label_new (_ (item->label));
      GtkWidget       *check = gtk_check_button_new ();

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 68);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
      gtk_widget_set_name (check, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ (item->label), -1);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (checklist_toggled_cb), self);
      gtk_box_append (self->checklist_box, check);
      g_ptr_array_add (self->checklist_checks, check);
    }

  self->checklist_step = self->shown_step;
}

static void
sync_checklist (PassendAssistantView *self)
{
  PassendProcessState *state = get_state (self);
  gboolean             writable = is_writable (self);

  self->syncing = TRUE;
  for (guint i = 0; i < self->checklist_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checklist_checks, i);
      const char     *id = gtk_widget_get_name (GTK_WIDGET (check)) + strlen ("checklist-");

      gtk_check_button_set_active (check,
                                   state != NULL && passend_process_state_is_checked (state, id));
      gtk_widget_set_sensitive (GTK_WIDGET (check), writable);
    }
  self->syncing = FALSE;
}

/* "Plan 2, made on 10 November 2026" and what became of it. */
static void
describe_plan (PassendPlan *plan, char **title, char **detail)
{
  g_autofree char  *made = passend_format_date (passend_plan_get_made (plan));
  PassendPlanResult result = passend_plan_get_result (plan);

  *title = g_strdup_printf (_ ("Plan %d, made on %s"), passend_plan_get_number (plan), made);

  if (result == PASSEND_PLAN_RESULT_NONE)
    *detail = g_strdup (_ ("Not checked yet"));
  else
    {
      g_autofree char *evaluated = passend_format_date (passend_plan_get_evaluated (plan));
      const char      *next = passend_plan_get_next_evaluation (plan);

      if (next != NULL)
        {
          g_autofree char *next_text = passend_format_date (next);

          /* Translators: a plan in the history: checked on a date, the
           * result ("it works"), and when it is checked again. */
          *detail = g_strdup_printf (_ ("Checked on %s: %s. Next check on %s."), evaluated,
                                     result_label (result), next_text);
        }
      else
        /* Translators: a plan in the history: checked on a date, and the
         * result ("it partly works"). */
        *detail = g_strdup_printf (_ ("Checked on %s: %s."), evaluated, result_label (result));
    }

  /* Checks before the last one, oldest first. */
  {
    const char *const *earlier = passend_plan_get_earlier (plan);
    GString           *text = g_string_new (NULL);

    for (guint i = 0; earlier != NULL && earlier[i] != NULL; i++)
      {
        const char       *date;
        PassendPlanResult earlier_result;
        g_autofree char  *day = NULL;
        g_autofree char  *date_only = NULL;

        if (!passend_plan_parse_earlier (earlier[i], &date, &earlier_result))
          continue;
        date_only = g_strndup (date, 10);
        day = passend_format_date (date_only);
        /* Translators: an earlier check of a plan in the history: a date
         * and its result ("it works"). */
        g_string_append_printf (text, _ ("Checked before, on %s: %s."), day,
                                result_label (earlier_result));
        g_string_append_c (text, '\n');
      }

    if (text->len > 0)
      {
        g_string_append (text, *detail);
        g_free (*detail);
        *detail = g_string_free (text, FALSE);
      }
    else
      g_string_free (text, TRUE);
  }
}

static GtkWidget *
make_plan_row (PassendPlan *plan)
{
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget       *title_label;
  GtkWidget       *detail_label;
  GtkWidget       *row;

  describe_plan (plan, &title, &detail);
  title_label = gtk_label_new (title);
  detail_label = gtk_label_new (detail);
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_xalign (GTK_LABEL (detail_label), 0);
  gtk_label_set_wrap (GTK_LABEL (detail_label), TRUE);
  gtk_widget_add_css_class (detail_label, "dim-label");
  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), detail_label);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* Nothing to do with a plan here: Tab need not stop at it. */
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static void
update_plans (PassendAssistantView *self)
{
  g_autoptr (GPtrArray) plans = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->plans_list))) != NULL)
    gtk_list_box_remove (self->plans_list, child);

  if (self->dossier == NULL || self->child == NULL ||
      (self->shown_step != PASSEND_PROCESS_PLAN_STEP &&
       self->shown_step != PASSEND_PROCESS_EVALUATE_STEP))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->plans_box), FALSE);
      return;
    }

  plans = passend_process_list_plans (self->dossier, self->child);
  for (guint i = 0; i < plans->len; i++)
    gtk_list_box_append (self->plans_list, make_plan_row (g_ptr_array_index (plans, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->plans_box), plans->len > 0);
}

static PassendPlanResult
chosen_result (PassendAssistantView *self)
{
  if (gtk_check_button_get_active (self->result_yes))
    return PASSEND_PLAN_RESULT_YES;
  if (gtk_check_button_get_active (self->result_partly))
    return PASSEND_PLAN_RESULT_PARTLY;
  if (gtk_check_button_get_active (self->result_no))
    return PASSEND_PLAN_RESULT_NO;
  if (gtk_check_button_get_active (self->result_no_place))
    return PASSEND_PLAN_RESULT_NO_PLACE;
  return PASSEND_PLAN_RESULT_NONE;
}

static void
update_evaluation (PassendAssistantView *self)
{
  PassendProcessState *state = get_state (self);
  PassendPlanResult    result = chosen_result (self);
  gboolean             shown = self->shown_step == PASSEND_PROCESS_EVALUATE_STEP &&
                   current_step (self) == PASSEND_PROCESS_EVALUATE_STEP;
  gboolean         date_ok;
  g_autofree char *heading = NULL;
  PassendPlan     *plan;
  int              number;

  gtk_widget_set_visible (GTK_WIDGET (self->evaluation_box), shown);
  if (!shown)
    return;

  number = state != NULL ? passend_process_state_get_plan_number (state) : 1;
  plan =
      self->dossier != NULL ? passend_process_find_plan (self->dossier, self->child, number) : NULL;
  if (plan != NULL && passend_plan_get_result (plan) == PASSEND_PLAN_RESULT_YES &&
      passend_plan_get_next_evaluation (plan) != NULL)
    {
      g_autofree char *next = passend_format_date (passend_plan_get_next_evaluation (plan));

      /* Translators: step 5 after a check that said the plan works. */
      heading = g_strdup_printf (_ ("Plan %d works. Check it again on %s: does it still work?"),
                                 number, next);
    }
  else if (plan != NULL && passend_plan_get_result (plan) == PASSEND_PLAN_RESULT_YES)
    heading = g_strdup_printf (_ ("Plan %d works. Does it still work?"), number);
  else
    heading = g_strdup_printf (_ ("Did plan %d work?"), number);
  gtk_label_set_text (self->evaluation_heading, heading);

  date_ok = passend_date_entry_is_empty (self->next_date_entry) ||
            passend_date_entry_get_date (self->next_date_entry) != NULL;
  gtk_widget_set_sensitive (GTK_WIDGET (self->evaluation_box), is_writable (self));
  gtk_widget_set_sensitive (self->next_date_box, result == PASSEND_PLAN_RESULT_YES);
  gtk_widget_set_sensitive (GTK_WIDGET (self->evaluate_button),
                            result != PASSEND_PLAN_RESULT_NONE &&
                                (result != PASSEND_PLAN_RESULT_YES || date_ok));
}

static void
update_step (PassendAssistantView *self)
{
  const PassendStepGuide *guide = passend_step_guide_get (self->shown_step);
  PassendProcessState    *state = get_state (self);
  int                     current = current_step (self);
  const char             *reached =
      state != NULL ? passend_process_state_get_reached (state, self->shown_step) : NULL;
  g_autofree char *date = reached != NULL ? passend_format_date (reached) : NULL;
  g_autofree char *title = NULL;
  g_autofree char *status = NULL;
  gboolean         writable = is_writable (self);
  gboolean         is_current = self->shown_step == current;

  /* Translators: the heading of a step: "Step 3 of 6: Look into the problem". */
  title = g_strdup_printf (_ ("Step %d of %d: %s"), self->shown_step, N_STEPS,
                           passend_step_get_title (self->shown_step));
  gtk_label_set_text (self->step_title_label, title);

  if (is_current)
    status = date != NULL ? g_strdup_printf (_ ("You are at this step since %s."), date)
                          : g_strdup (_ ("You are at this step."));
  else if (self->shown_step < current)
    status = date != NULL
                 ? g_strdup_printf (_ ("You reached this step on %s and went on since."), date)
                 : g_strdup (_ ("You are past this step."));
  else
    status = g_strdup (_ ("You have not reached this step yet. You can read about it already."));
  gtk_label_set_text (self->step_status_label, status);

  gtk_label_set_markup (self->what_label, _ (guide->what_happens));
  gtk_label_set_markup (self->can_do_label, _ (guide->can_do));
  gtk_label_set_markup (self->questions_label, _ (guide->questions));
  gtk_label_set_markup (self->who_label, _ (guide->who_can_help));
  gtk_label_set_markup (self->rights_label, _ (guide->rights));

  build_checklist (self);
  sync_checklist (self);
  update_plans (self);
  update_evaluation (self);

  gtk_widget_set_visible (GTK_WIDGET (self->back_to_button), self->shown_step < current);
  gtk_widget_set_visible (GTK_WIDGET (self->previous_button),
                          is_current && current > PASSEND_PROCESS_FIRST_STEP);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button),
                          is_current && current < PASSEND_PROCESS_EVALUATE_STEP);
  gtk_widget_set_sensitive (GTK_WIDGET (self->back_to_button), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->write_button), writable);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.next-step",
                                 writable && current < PASSEND_PROCESS_EVALUATE_STEP);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.previous-step",
                                 writable && current > PASSEND_PROCESS_FIRST_STEP);
}

static void
update_all (PassendAssistantView *self)
{
  update_overview (self);
  update_step (self);
}

/* Shows @step and scrolls to its top. */
static void
show_step (PassendAssistantView *self, int step)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->steps_scroller);

  self->shown_step = CLAMP (step, PASSEND_PROCESS_FIRST_STEP, PASSEND_PROCESS_LAST_STEP);
  gtk_widget_set_visible (GTK_WIDGET (self->evaluation_message), FALSE);
  update_all (self);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static gboolean
refresh_idle_cb (gpointer data)
{
  PassendAssistantView *self = data;

  self->refresh_idle = 0;
  update_all (self);
  return G_SOURCE_REMOVE;
}

/* The changes of the dossier that this page shows. */
static const char *const shown_changes[] = {
  "changed::structure",
  "changed::PassendProcessState",
  "changed::PassendPlan",
  "changed::PassendChild",
};

static void
dossier_changed_cb (PassendAssistantView *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

/* Callbacks */

static gboolean
link_activated_cb (PassendAssistantView *self, const char *uri, GtkLabel *label)
{
  return passend_follow_app_link (GTK_WIDGET (self), uri);
}

static void
overview_toggled_cb (PassendAssistantView *self, GtkToggleButton *button)
{
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  for (int step = 1; step <= N_STEPS; step++)
    if (self->overview_buttons[step - 1] == button)
      show_step (self, step);
}

static void
move_done (PassendAssistantView *self, gboolean moved, GError *error)
{
  GtkRoot   *root;
  GtkWidget *focus;

  if (!moved)
    {
      show_error (self, error);
      return;
    }

  /* The page follows the child to the new step at once. */
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  show_step (self, current_step (self));

  /* The button pressed may be gone (no Next in step 5): keep the
   * keyboard focus on the page, at what comes next. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (root != NULL && (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) ||
                       !gtk_widget_is_drawable (focus)))
    {
      GtkWidget *candidates[] = { GTK_WIDGET (self->next_button), GTK_WIDGET (self->result_yes),
                                  GTK_WIDGET (self->previous_button),
                                  GTK_WIDGET (self->write_button) };

      for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
        if (gtk_widget_is_visible (candidates[i]) && gtk_widget_is_sensitive (candidates[i]))
          {
            gtk_widget_grab_focus (candidates[i]);
            break;
          }
    }
}

static void
next_step_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendAssistantView *self = PASSEND_ASSISTANT_VIEW (widget);
  g_autoptr (GError) error = NULL;
  gboolean moved;

  if (!is_writable (self))
    return;

  moved = passend_process_advance (self->dossier, self->child, &error);
  move_done (self, moved, error);
}

static void
previous_step_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PassendAssistantView *self = PASSEND_ASSISTANT_VIEW (widget);
  g_autoptr (GError) error = NULL;
  gboolean moved;

  if (!is_writable (self))
    return;

  moved = passend_process_go_back (self->dossier, self->child, current_step (self) - 1, &error);
  move_done (self, moved, error);
}

static void
back_to_clicked_cb (PassendAssistantView *self)
{
  g_autoptr (GError) error = NULL;
  gboolean moved;

  if (!is_writable (self))
    return;

  moved = passend_process_go_back (self->dossier, self->child, self->shown_step, &error);
  move_done (self, moved, error);
}

static void
evaluation_changed_cb (PassendAssistantView *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->evaluation_message), FALSE);
  update_evaluation (self);
}

static void
evaluate_clicked_cb (PassendAssistantView *self)
{
  PassendPlanResult result = chosen_result (self);
  g_autofree char  *next = NULL;
  g_autofree char  *today = passend_clock_get_today ();
  g_autoptr (GError) error = NULL;
  gboolean moved;

  if (!is_writable (self) || result == PASSEND_PLAN_RESULT_NONE)
    return;

  if (result == PASSEND_PLAN_RESULT_YES)
    next = passend_date_entry_get_date (self->next_date_entry);
  if (next != NULL && strcmp (next, today) < 0)
    {
      gtk_label_set_text (self->evaluation_message,
                          _ ("The next check cannot be in the past. Choose today or a later day."));
      gtk_widget_set_visible (GTK_WIDGET (self->evaluation_message), TRUE);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  moved = passend_process_evaluate (self->dossier, self->child, result, next, &error);
  if (moved)
    reset_evaluation (self);
  move_done (self, moved, error);
}

static void
write_down_clicked_cb (PassendAssistantView *self)
{
  const PassendStepGuide *guide = passend_step_guide_get (self->shown_step);
  PassendProcessState    *state = get_state (self);
  GtkRoot                *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char        *today = passend_clock_get_today ();
  g_autofree char        *title = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (PassendEntry) draft = NULL;
  PassendEntryDialog *dialog;

  if (!is_writable (self))
    return;

  /* Translators: the title of a dossier entry written from the
   * Assistant: "Step 4: Make a plan". */
  title = g_strdup_printf (_ ("Step %d: %s"), self->shown_step,
                           passend_step_get_title (self->shown_step));
  draft = passend_entry_new (guide->entry_kind, today, title);

  for (const PassendChecklistItem *item = guide->checklist; item->id != NULL; item++)
    if (state != NULL && passend_process_state_is_checked (state, item->id))
      {
        if (text->len == 0)
          g_string_append_printf (text, "%s\n", _ ("Done in this step:"));
        g_string_append_printf (text, "✓ %s\n", _ (item->label));
      }

  /* The plan made or checked in these steps, as the history says it. */
  if (state != NULL && (self->shown_step == PASSEND_PROCESS_PLAN_STEP ||
                        self->shown_step == PASSEND_PROCESS_EVALUATE_STEP))
    {
      PassendPlan *plan = passend_process_find_plan (self->dossier, self->child,
                                                     passend_process_state_get_plan_number (state));

      if (plan != NULL)
        {
          g_autofree char *plan_title = NULL;
          g_autofree char *plan_detail = NULL;

          describe_plan (plan, &plan_title, &plan_detail);
          g_string_append_printf (text, "%s%s. %s\n", text->len > 0 ? "\n" : "", plan_title,
                                  plan_detail);
        }
    }

  if (text->len > 0)
    {
      g_string_truncate (text, text->len - 1);
      passend_entry_set_text (draft, text->str);
    }

  dialog = passend_entry_dialog_new_draft (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                           self->store, draft, NULL, self->child);
  gtk_window_present (GTK_WINDOW (dialog));
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

  gtk_label_set_text (self->rung_title_label, passend_rung_get_title (result.rung));
  gtk_label_set_markup (self->rung_label, passend_rung_get_description (result.rung));

  caution = passend_caution_get_text (result.caution);
  gtk_label_set_markup (self->caution_label, caution != NULL ? caution : "");
  gtk_widget_set_visible (self->caution_box, caution != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->home_label), result.home_sitting);
  if (result.home_sitting)
    gtk_label_set_markup (
        self->home_label,
        _ ("<b>More than four weeks at home: what the Leerplichtwet says</b>\n"
           "• <b>Article 5a</b>: an exemption when your child cannot go to school. The school then "
           "no longer has to teach your child, and the money for education stops. Think carefully "
           "before you accept it.\n"
           "• <b>Article 11d</b>: your child is (partly) excused from going, for health reasons, "
           "but "
           "the school stays responsible for the lessons. You agree on it with the school.\n"
           "• <b>Article 11g</b>: when no fitting education is there, your child stays enrolled "
           "and "
           "the school can pay for lessons elsewhere, such as a distance course. You ask for it "
           "through the <a href=\"term:leerplichtambtenaar\">leerplichtambtenaar</a>.\n"
           "More in <a href=\"topic:home-sitting\">Staying at home</a>."));

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
      g_signal_connect_swapped (name_label, "activate-link", G_CALLBACK (link_activated_cb), self);
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
          g_signal_connect_swapped (reach_label, "activate-link", G_CALLBACK (link_activated_cb),
                                    self);
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
build_advisor (PassendAssistantView *self)
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

/* Binding */

static void
unbind_dossier (PassendAssistantView *self)
{
  if (self->dossier != NULL)
    g_signal_handlers_disconnect_by_data (self->dossier, self);
  g_clear_object (&self->dossier);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
}

static void
bind_dossier (PassendAssistantView *self)
{
  PassendDossier *dossier = self->store ? passend_store_get_dossier (self->store) : NULL;

  unbind_dossier (self);
  reset_evaluation (self);
  if (dossier != NULL)
    {
      self->dossier = g_object_ref (dossier);
      /* The steps and plans, not the entries or sheets that other pages
       * change as the parent types. */
      for (guint i = 0; i < G_N_ELEMENTS (shown_changes); i++)
        g_signal_connect_object (dossier, shown_changes[i], G_CALLBACK (dossier_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }

  show_step (self, current_step (self));
}

/* GObject */

static void
passend_assistant_view_dispose (GObject *object)
{
  PassendAssistantView *self = PASSEND_ASSISTANT_VIEW (object);

  unbind_dossier (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->child);
  g_clear_pointer (&self->checklist_checks, g_ptr_array_unref);

  passend_widget_dispose_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (passend_assistant_view_parent_class)->dispose (object);
}

static void
passend_assistant_view_class_init (PassendAssistantViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_assistant_view_dispose;

  g_type_ensure (PASSEND_TYPE_DATE_ENTRY);
  g_type_ensure (PASSEND_TYPE_CLAMP);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-assistant-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, part_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, steps_scroller);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, overview_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, step_title_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, step_status_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, what_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, can_do_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, questions_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, who_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, rights_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, checklist_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, evaluation_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, evaluation_heading);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, result_yes);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, result_partly);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, result_no);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, result_no_place);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, next_date_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, next_date_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, next_date_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, evaluate_button);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, evaluation_message);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, plans_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, plans_list);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, write_button);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, back_to_button);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, previous_button);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, next_button);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, advisor_flow);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, tried_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, situation_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, rung_title_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, rung_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, caution_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, caution_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, home_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, orgs_list);
  gtk_widget_class_bind_template_callback (widget_class, link_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, evaluation_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, evaluate_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, write_down_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_to_clicked_cb);

  gtk_widget_class_install_action (widget_class, "assistant.next-step", NULL, next_step_action);
  gtk_widget_class_install_action (widget_class, "assistant.previous-step", NULL,
                                   previous_step_action);
  /* Alt+Page Down / Up are the window's (passend-window.c), so they
   * work from the sidebar too. */
}

static void
passend_assistant_view_init (PassendAssistantView *self)
{
  GtkToggleButton *group = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (
      GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))), GTK_ORIENTATION_VERTICAL);
  gtk_label_set_mnemonic_widget (self->next_date_label,
                                 GTK_WIDGET (passend_date_entry_get_entry (self->next_date_entry)));

  self->checklist_checks = g_ptr_array_new ();
  self->shown_step = PASSEND_PROCESS_FIRST_STEP;

  for (int step = 1; step <= N_STEPS; step++)
    {
      g_autofree char *name = g_strdup_printf ("overview-step-%d", step);
      GtkWidget       *button = gtk_toggle_button_new ();
      GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget       *title = gtk_label_new (NULL);
      GtkWidget       *where = gtk_label_new (NULL);

      /* Narrow, so that six fit in a row in most windows. */
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (title), 12);
      gtk_label_set_justify (GTK_LABEL (title), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (title, "heading");
      gtk_label_set_wrap (GTK_LABEL (where), TRUE);
      gtk_label_set_justify (GTK_LABEL (where), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (where, "caption");
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), where);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_set_name (button, name);
      gtk_widget_add_css_class (button, "overview-step");
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      else
        group = GTK_TOGGLE_BUTTON (button);
      g_signal_connect_swapped (button, "toggled", G_CALLBACK (overview_toggled_cb), self);
      gtk_flow_box_append (self->overview_box, button);
      /* The button is the Tab stop, not the flow box's child around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);

      self->overview_buttons[step - 1] = GTK_TOGGLE_BUTTON (button);
      self->overview_titles[step - 1] = GTK_LABEL (title);
      self->overview_states[step - 1] = GTK_LABEL (where);
    }

  /* The answers are long: let them wrap in a narrow window. */
  {
    GtkCheckButton *results[] = { self->result_yes, self->result_partly, self->result_no,
                                  self->result_no_place };

    for (guint i = 0; i < G_N_ELEMENTS (results); i++)
      {
        GtkWidget *label = gtk_widget_get_last_child (GTK_WIDGET (results[i]));

        if (GTK_IS_LABEL (label))
          {
            gtk_label_set_wrap (GTK_LABEL (label), TRUE);
            gtk_label_set_xalign (GTK_LABEL (label), 0);
          }
      }
  }

  /* The two halves of the advisor are not Tab stops themselves. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->advisor_flow));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  build_advisor (self);
  update_all (self);
}

/* Public API */

void
passend_assistant_view_set_store (PassendAssistantView *self, PassendStore *store)
{
  g_return_if_fail (PASSEND_IS_ASSISTANT_VIEW (self));

  if (passend_view_follow_store (self, &self->store, store, G_CALLBACK (bind_dossier),
                                 G_CALLBACK (update_all)))
    bind_dossier (self);
}

/**
 * passend_assistant_view_set_child:
 * @child: (nullable): the child whose steps are shown
 *
 * Shows the child's current step.
 */
void
passend_assistant_view_set_child (PassendAssistantView *self, PassendChild *child)
{
  g_return_if_fail (PASSEND_IS_ASSISTANT_VIEW (self));

  if (!g_set_object (&self->child, child))
    return;

  reset_evaluation (self);
  show_step (self, current_step (self));
}

/**
 * passend_assistant_view_show_step:
 * @step: 1 to 6
 *
 * Shows the six steps with @step open.
 */
void
passend_assistant_view_show_step (PassendAssistantView *self, int step)
{
  g_return_if_fail (PASSEND_IS_ASSISTANT_VIEW (self));
  g_return_if_fail (step >= PASSEND_PROCESS_FIRST_STEP && step <= PASSEND_PROCESS_LAST_STEP);

  gtk_stack_set_visible_child_name (self->part_stack, "steps");
  show_step (self, step);
}

int
passend_assistant_view_get_shown_step (PassendAssistantView *self)
{
  g_return_val_if_fail (PASSEND_IS_ASSISTANT_VIEW (self), 0);
  return self->shown_step;
}

void
passend_assistant_view_show_advisor (PassendAssistantView *self)
{
  g_return_if_fail (PASSEND_IS_ASSISTANT_VIEW (self));
  gtk_stack_set_visible_child_name (self->part_stack, "advisor");
}
