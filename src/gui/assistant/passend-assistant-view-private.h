/* passend-assistant-view-private.h - what the parts of the Assistant page share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is one widget in three files: passend-assistant-view.c (the
 * page, its binding to the dossier and the moves between steps),
 * passend-assistant-steps.c (the six steps: overview, the shown step,
 * checklist, plans, evaluation, "Write this down"),
 * passend-assistant-reach.c (Mark as Reached, Go Back, Undo),
 * passend-assistant-home.c (the home-sitting counter, deadlines the
 * Assistant starts) and
 * passend-assistant-advisor.c ("Where do I turn now?").
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-advisor-answers.h"
#include "passend-assistant-view.h"
#include "passend-date-entry.h"
#include "passend-process.h"

G_BEGIN_DECLS

#define N_STEPS PASSEND_PROCESS_LAST_STEP

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

  GtkToggleButton    *overview_buttons[N_STEPS];
  GtkLabel           *overview_titles[N_STEPS];
  GtkLabel           *overview_states[N_STEPS];
  GPtrArray          *checklist_checks;
  GtkCheckButton     *tried_checks[PASSEND_N_TRIED_RUNGS];
  GtkCheckButton     *question_checks[PASSEND_N_QUESTIONS];
  GtkSpinButton      *weeks_spin;
  GtkWidget          *weeks_box;
  gboolean            advisor_syncing;
  PassendProcessMove *last_move;
  char               *counted_day; /* the day the home-sitting counter counted to */
  guint               day_timeout; /* checks every minute for a new day */

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
  GtkLabel          *letters_label;
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
  GtkWidget         *undo_box;
  GtkLabel          *undo_label;
  GtkWidget         *reach_box;
  GtkLabel          *reach_heading;
  GtkLabel          *reach_date_label;
  PassendDateEntry  *reach_date_entry;
  GtkButton         *reach_button;
  GtkLabel          *reach_message;
  GtkLabel          *write_saved_label;
  GtkButton         *back_to_button;
  GtkButton         *previous_button;
  GtkButton         *next_button;
  GtkFlowBox        *advisor_flow;
  GtkBox            *tried_box;
  GtkBox            *situation_box;
  GtkWidget         *headline_box;
  GtkLabel          *headline_title_label;
  GtkLabel          *headline_label;
  GtkLabel          *rung_heading;
  GtkLabel          *rung_title_label;
  GtkLabel          *rung_label;
  GtkLabel          *rung_letters_label;
  GtkWidget         *caution_box;
  GtkLabel          *caution_label;
  GtkLabel          *home_label;
  GtkLabel          *home_counter_label;
  GtkLabel          *advisor_counter_label;
  GtkButton         *count_home_button;
  GtkListBox        *orgs_list;
  GtkButton         *advisor_write_button;
  GtkLabel          *advisor_saved_label;
};

/* passend-assistant-view.c */
gboolean             assistant_is_writable (PassendAssistantView *self);
PassendProcessState *assistant_get_state (PassendAssistantView *self);
int                  assistant_current_step (PassendAssistantView *self);
void                 assistant_show_error (PassendAssistantView *self, const GError *error);
void                 assistant_show_step (PassendAssistantView *self, int step);
void assistant_watch_write_down (PassendAssistantView *self, GtkWindow *dialog, GtkLabel *label);
void assistant_move_done (PassendAssistantView *self, gboolean moved, GError *error);
gboolean assistant_link_activated_cb (PassendAssistantView *self, const char *uri, GtkLabel *label);

/* passend-assistant-steps.c */
void assistant_steps_class_init (GtkWidgetClass *widget_class);
void assistant_steps_init (PassendAssistantView *self);
void assistant_update_overview (PassendAssistantView *self);
void assistant_update_step (PassendAssistantView *self);
void assistant_reset_evaluation (PassendAssistantView *self);

/* passend-assistant-reach.c */
void assistant_reach_class_init (GtkWidgetClass *widget_class);
void assistant_reach_init (PassendAssistantView *self);
void assistant_update_reach (PassendAssistantView *self);
void assistant_reset_reach (PassendAssistantView *self);
void assistant_forget_move (PassendAssistantView *self);

/* passend-assistant-home.c */
void     assistant_home_class_init (GtkWidgetClass *widget_class);
void     assistant_update_home (PassendAssistantView *self);
void     assistant_home_init (PassendAssistantView *self);
void     assistant_home_dispose (PassendAssistantView *self);
gboolean assistant_child_has_clock (PassendAssistantView *self, const char *event);
void     assistant_propose_clocks (PassendAssistantView *self, const char *event, const char *date);

/* passend-assistant-advisor.c */
void assistant_advisor_class_init (GtkWidgetClass *widget_class);
void assistant_advisor_init (PassendAssistantView *self);
void assistant_advisor_sync (PassendAssistantView *self);
void passend_assistant_show_letters (GtkLabel *label, const char *const *ids);

G_END_DECLS
