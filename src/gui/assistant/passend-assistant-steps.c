/* passend-assistant-steps.c - the six steps of the Assistant page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An overview of all six (the child's current step marked in colour and
 * in words, with the day each was reached), then one step at a time with
 * its content from passend-step-guide.c, its checklist, the plan
 * evaluation in step 5, the plan history, and "Write this down in the
 * dossier".
 */
#define G_LOG_DOMAIN "passend-assistant-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-assistant-view-private.h"
#include "passend-clock.h"
#include "passend-date.h"
#include "passend-entry-dialog.h"
#include "passend-letter-template.h"
#include "passend-step-guide.h"
#include "passend-steps.h"
#include "passend-ui-util.h"

/* Step 5's answer belongs to one child and one evaluation: it is
 * cleared when it is saved and when another child (or dossier) is
 * shown, so it can never be saved for the wrong one. */
void
assistant_reset_evaluation (PassendAssistantView *self)
{
  gtk_check_button_set_active (self->result_yes, FALSE);
  gtk_check_button_set_active (self->result_partly, FALSE);
  gtk_check_button_set_active (self->result_no, FALSE);
  gtk_check_button_set_active (self->result_no_place, FALSE);
  passend_date_entry_set_date (self->next_date_entry, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->evaluation_message), FALSE);
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

/* Overview */

void
assistant_update_overview (PassendAssistantView *self)
{
  PassendProcessState *state = assistant_get_state (self);
  int                  current = assistant_current_step (self);

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

      /* After the loop went back, step 4 says which plan it is at. */
      if (step == PASSEND_PROCESS_PLAN_STEP && step <= current && state != NULL &&
          passend_process_state_get_plan_number (state) > 1)
        {
          int   number = passend_process_state_get_plan_number (state);
          char *with_plan;

          /* Translators: under step 4 in the overview: "Done, plan 2". */
          with_plan = g_strdup_printf (_ ("%s, plan %d"), where, number);
          g_free (where);
          where = with_plan;
        }

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
  const char                 *id = gtk_widget_get_name (GTK_WIDGET (check)) + strlen ("checklist-");
  const PassendChecklistItem *item = passend_step_guide_find_item (id);
  gboolean                    checked = gtk_check_button_get_active (check);
  g_autoptr (GError) error = NULL;

  if (self->syncing || !assistant_is_writable (self))
    return;

  if (!passend_process_set_item_checked (self->dossier, self->child, id, checked, &error))
    {
      assistant_show_error (self, error);
      return;
    }

  /* Something happened that starts deadlines: propose them, from today. */
  if (checked && item != NULL && item->event != NULL &&
      !assistant_child_has_clock (self, item->event))
    {
      g_autofree char *today = passend_clock_get_today ();

      assistant_propose_clocks (self, item->event, today);
    }
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
  PassendProcessState *state = assistant_get_state (self);
  gboolean             writable = assistant_is_writable (self);

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
make_row (const char *title, const char *detail)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title_label;
  GtkWidget *detail_label;
  GtkWidget *row;

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

static GtkWidget *
make_plan_row (PassendPlan *plan)
{
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;

  describe_plan (plan, &title, &detail);
  return make_row (title, detail);
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

  /* Back at step 4 after a check: the plan being made now is listed
   * under the earlier ones. */
  if (plans->len > 0 && assistant_current_step (self) == PASSEND_PROCESS_PLAN_STEP)
    {
      int number = passend_process_state_get_plan_number (assistant_get_state (self));

      if (passend_process_find_plan (self->dossier, self->child, number) == NULL)
        {
          g_autofree char *title = g_strdup_printf (_ ("Plan %d, being made now"), number);

          gtk_list_box_append (
              self->plans_list,
              make_row (title, _ ("It counts as made when you mark step 5 as reached.")));
        }
    }
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

/**
 * passend_assistant_show_letters:
 * @label: a label whose activate-link the window follows
 * @ids: %NULL-terminated letter ids
 *
 * Shows the letters as links that open them filled in ("letter:ID"),
 * or hides @label when there are none.
 */
void
passend_assistant_show_letters (GtkLabel *label, const char *const *ids)
{
  g_autoptr (GString) markup = g_string_new (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const PassendLetterTemplate *letter = passend_letter_template_find (ids[i]);
      g_autofree char             *title = NULL;

      if (letter == NULL)
        continue;
      title = g_markup_escape_text (passend_letter_template_get_title (letter), -1);
      g_string_append_printf (markup, "%s<a href=\"letter:%s\">%s</a>", markup->len ? "\n" : "",
                              ids[i], title);
    }
  if (markup->len > 0)
    {
      /* Translators: before the letters that fit a step, each a link */
      g_autofree char *text = g_strdup_printf (_ ("A letter for this step:\n%s"), markup->str);

      gtk_label_set_markup (label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (label), markup->len > 0);
}

static void
update_evaluation (PassendAssistantView *self)
{
  PassendProcessState *state = assistant_get_state (self);
  PassendPlanResult    result = chosen_result (self);
  gboolean             shown = self->shown_step == PASSEND_PROCESS_EVALUATE_STEP &&
                   assistant_current_step (self) == PASSEND_PROCESS_EVALUATE_STEP;
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
  gtk_widget_set_sensitive (GTK_WIDGET (self->evaluation_box), assistant_is_writable (self));
  gtk_widget_set_sensitive (self->next_date_box, result == PASSEND_PLAN_RESULT_YES);
  gtk_widget_set_sensitive (GTK_WIDGET (self->evaluate_button),
                            result != PASSEND_PLAN_RESULT_NONE &&
                                (result != PASSEND_PLAN_RESULT_YES || date_ok));
}

void
assistant_update_step (PassendAssistantView *self)
{
  const PassendStepGuide *guide = passend_step_guide_get (self->shown_step);
  PassendProcessState    *state = assistant_get_state (self);
  int                     current = assistant_current_step (self);
  const char             *reached =
      state != NULL ? passend_process_state_get_reached (state, self->shown_step) : NULL;
  g_autofree char *date = reached != NULL ? passend_format_date (reached) : NULL;
  g_autofree char *title = NULL;
  g_autofree char *status = NULL;
  gboolean         writable = assistant_is_writable (self);
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
  passend_assistant_show_letters (self->letters_label, guide->letters);

  build_checklist (self);
  sync_checklist (self);
  update_plans (self);
  update_evaluation (self);

  assistant_update_reach (self);

  gtk_widget_set_visible (GTK_WIDGET (self->back_to_button), self->shown_step < current);
  gtk_widget_set_sensitive (GTK_WIDGET (self->previous_button),
                            self->shown_step > PASSEND_PROCESS_FIRST_STEP);
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button),
                            self->shown_step < PASSEND_PROCESS_LAST_STEP);
  gtk_widget_set_sensitive (GTK_WIDGET (self->back_to_button), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->write_button), writable);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.next-step",
                                 self->shown_step < PASSEND_PROCESS_LAST_STEP);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.previous-step",
                                 self->shown_step > PASSEND_PROCESS_FIRST_STEP);
}

static void
overview_toggled_cb (PassendAssistantView *self, GtkToggleButton *button)
{
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  for (int step = 1; step <= N_STEPS; step++)
    if (self->overview_buttons[step - 1] == button)
      assistant_show_step (self, step);
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

  if (!assistant_is_writable (self) || result == PASSEND_PLAN_RESULT_NONE)
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
    {
      assistant_reset_evaluation (self);
      assistant_forget_move (self);
    }
  assistant_move_done (self, moved, error);
}

static void
write_down_clicked_cb (PassendAssistantView *self)
{
  const PassendStepGuide *guide = passend_step_guide_get (self->shown_step);
  PassendProcessState    *state = assistant_get_state (self);
  GtkRoot                *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char        *today = passend_clock_get_today ();
  g_autofree char        *title = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (PassendEntry) draft = NULL;
  PassendEntryDialog *dialog;

  if (!assistant_is_writable (self))
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
  assistant_watch_write_down (self, GTK_WINDOW (dialog), self->write_saved_label);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
assistant_steps_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, steps_scroller);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, write_saved_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, overview_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, step_title_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, step_status_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, what_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, can_do_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, questions_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, who_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, rights_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAssistantView, letters_label);
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
  gtk_widget_class_bind_template_callback (widget_class, evaluation_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, evaluate_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, write_down_clicked_cb);
}

void
assistant_steps_init (PassendAssistantView *self)
{
  GtkToggleButton *group = NULL;

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
}
