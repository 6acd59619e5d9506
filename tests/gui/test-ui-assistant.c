/* test-ui-assistant.c - the Assistant page, driven under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "passend-assistant-view.h"
#include "passend-clock.h"
#include "passend-entry-dialog.h"
#include "passend-letter-dialog.h"
#include "passend-ui-util.h"
#include "ui-harness.h"

/* Whether a label inside @widget says @text. */
static gboolean
says (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (says (child, text))
      return TRUE;
  return FALSE;
}

static int
step_of_child (PassendDossier *dossier, PassendChild *child)
{
  PassendProcessState *state = passend_dossier_find_process_state (dossier, child);

  return state != NULL ? passend_process_state_get_step (state) : 1;
}

/* The page opens at step 1 for Sam: looking makes nothing, ticking an
 * item of the checklist does. */
static PassendAssistantView *
open_at_step_1 (PassendWindow *window, PassendDossier *dossier, PassendChild *sam)
{
  PassendAssistantView *view;
  GtkWidget            *step_title;

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "assistant"));
  pump ();
  view = PASSEND_ASSISTANT_VIEW (find_named (GTK_WIDGET (window), "assistant-view"));
  g_assert_nonnull (view);
  step_title = find_named (GTK_WIDGET (view), "step-title");
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (step_title)), ==, "Step 1 of 6: Talk together");
  /* Looking makes nothing. */
  g_assert_null (passend_dossier_find_process_state (dossier, sam));

  set_active (GTK_WIDGET (view), "checklist-talk-asked-goal", TRUE);
  g_assert_true (passend_process_state_is_checked (
      passend_dossier_find_process_state (dossier, sam), "talk-asked-goal"));

  return view;
}

/* On the step after Sam's: Mark as Reached, on today. */
static void
mark_reached (PassendAssistantView *view, int step)
{
  PassendAssistantView *v = view;

  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (v), "reach-box")));
  click (GTK_WIDGET (v), "reach-button");
  g_assert_cmpint (passend_assistant_view_get_shown_step (v), ==, step);
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (v), "step-undo-bar")));
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (v), "reach-box")));
}

/* Sam walks from step 1 to 5 with the buttons and the keyboard
 * actions: Next Step only shows the next step, Mark as Reached moves
 * Sam. */
static void
walk_to_step_5 (PassendWindow        *window,
                PassendAssistantView *view,
                PassendDossier       *dossier,
                PassendChild         *sam)
{
  GtkWidget *step_title = find_named (GTK_WIDGET (view), "step-title");

  /* Step 1 -> 2 by the window's action Alt+Page Down uses, even from the
   * sidebar; it only shows step 2. */
  gtk_widget_grab_focus (find_named (GTK_WIDGET (window), "assistant"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.next-step", NULL));
  pump ();
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 2);
  g_assert_cmpint (step_of_child (dossier, sam), ==, 1);
  mark_reached (view, 2);
  g_assert_cmpint (step_of_child (dossier, sam), ==, 2);
  click (GTK_WIDGET (view), "next-step-button");
  g_assert_cmpint (step_of_child (dossier, sam), ==, 2);
  mark_reached (view, 3);
  /* Two steps on: read only, nothing to mark. */
  click (GTK_WIDGET (view), "next-step-button");
  click (GTK_WIDGET (view), "next-step-button");
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 5);
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "reach-box")));
  /* Alt+Page Up goes back, and forward again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.previous-step", NULL));
  pump ();
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 4);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (step_title)), ==, "Step 4 of 6: Make a plan");
  mark_reached (view, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "assistant.next-step", NULL));
  pump ();
  /* Enter on Mark as Reached in step 5: the button goes, the focus stays
   * on the page, at the first answer of step 5. */
  gtk_widget_grab_focus (find_named (GTK_WIDGET (view), "reach-button"));
  g_signal_emit_by_name (find_named (GTK_WIDGET (view), "reach-button"), "activate");
  /* A button shows itself pressed for a moment before it acts. */
  for (guint i = 0; i < 5; i++)
    pump ();
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 5);
  g_assert_cmpint (step_of_child (dossier, sam), ==, 5);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 find_named (GTK_WIDGET (view), "result-yes"));
}

/* Step 5 asks whether the plan worked; it works only partly and Sam is
 * back at step 4 with plan 2. */
static void
evaluate_plan_1 (PassendWindow        *window,
                 PassendAssistantView *view,
                 PassendDossier       *dossier,
                 PassendChild         *sam)
{
  /* Step 5: nothing to mark, but "Did the plan work?". */
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "reach-box")));
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "evaluation")));
  g_assert_cmpstr (
      gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (view), "evaluation-heading"))), ==,
      "Did plan 1 work?");
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (view), "evaluate-button")));
  /* Everything on the page is on the Tab path. */
  g_assert_true (
      tab_reaches (window, GTK_WIDGET (view), "overview-step-1", "checklist-check-goals"));
  g_assert_true (tab_reaches (window, GTK_WIDGET (view), "overview-step-1", "result-partly"));
  g_assert_true (tab_reaches (window, GTK_WIDGET (view), "overview-step-1", "write-down-button"));
  g_assert_true (
      tab_reaches (window, GTK_WIDGET (view), "overview-step-1", "previous-step-button"));
  set_active (GTK_WIDGET (view), "result-partly", TRUE);
  g_assert_true (tab_reaches (window, GTK_WIDGET (view), "result-partly", "evaluate-button"));

  /* An answer not saved yet never travels to another child. */
  {
    PassendChild *mila = passend_dossier_add_child (dossier, "Mila");

    passend_window_set_child (window, mila);
    pump ();
    g_assert_false (gtk_check_button_get_active (
        GTK_CHECK_BUTTON (find_named (GTK_WIDGET (view), "result-partly"))));
    passend_window_set_child (window, sam);
    pump ();
    g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (view), "evaluate-button")));
    set_active (GTK_WIDGET (view), "result-partly", TRUE);
  }
  click (GTK_WIDGET (view), "evaluate-button");

  /* Back at step 4 with plan 2; plan 1 is in the history. */
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 4);
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "plan-history")));
  g_assert_nonnull (gtk_widget_get_first_child (find_named (GTK_WIDGET (view), "plan-history")));
  g_assert_true (
      gtk_widget_has_css_class (find_named (GTK_WIDGET (view), "overview-step-4"), "current-step"));
  /* Plan 2 is listed under step 4, after plan 1, and in the overview. */
  {
    GtkWidget *history = find_named (GTK_WIDGET (view), "plan-history");
    GtkWidget *first = gtk_widget_get_first_child (history);

    g_assert_true (says (first, "Plan 1, made on 23 November 2026"));
    g_assert_nonnull (gtk_widget_get_next_sibling (first));
    g_assert_true (says (gtk_widget_get_next_sibling (first), "Plan 2, being made now"));
    g_assert_true (
        says (find_named (GTK_WIDGET (view), "overview-step-4"), "You are here, plan 2"));
  }
}

/* A link opens step 1, which is written into the dossier. */
static void
write_step_1_down (PassendWindow *window, PassendAssistantView *view, PassendDossier *dossier)
{
  GtkWindow *dialog;

  /* A link opens a step of this child. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "topics"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-link", "s", "step:1"));
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "assistant");
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 1);
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "back-to-step-button")));

  /* Write step 1 down: the draft is filled in, and added only on Save. */
  click (GTK_WIDGET (view), "write-down-button");
  dialog = find_toplevel (g_type_from_name ("PassendEntryDialog"));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (
      gtk_editable_get_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), "entry-title"))), ==,
      "Step 1: Talk together");
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==, 0);
  click (GTK_WIDGET (dialog), "entry-dialog-save");
  g_assert_null (find_toplevel (g_type_from_name ("PassendEntryDialog")));
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==, 1);
}

static void
keep_children_apart (PassendWindow        *window,
                     PassendAssistantView *view,
                     PassendDossier       *dossier,
                     PassendChild         *sam)
{
  PassendChild *noor;

  /* Noor has her own steps; Sam's come back with him. */
  noor = passend_dossier_add_child (dossier, "Noor");
  passend_window_set_child (window, noor);
  pump ();
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 1);
  g_assert_false (gtk_check_button_get_active (
      GTK_CHECK_BUTTON (find_named (GTK_WIDGET (view), "checklist-talk-asked-goal"))));
  passend_window_set_child (window, sam);
  pump ();
  g_assert_cmpint (passend_assistant_view_get_shown_step (view), ==, 4);
}

/* The advisor, and the organisations it names. */
static void
ask_the_advisor (PassendWindow *window, PassendAssistantView *view)
{
  /* The advisor answers as the parent answers. */
  passend_assistant_view_show_advisor (view);
  pump ();
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "advisor-caution")));
  set_active (GTK_WIDGET (view), "advisor-formal", TRUE);
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "advisor-caution")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (view), "advisor-rung"))),
                   ==, "Talk with the teacher");
  /* The next rung offers its letter: a report of the talk. */
  g_assert_nonnull (
      strstr (gtk_label_get_label (GTK_LABEL (find_named (GTK_WIDGET (view), "advisor-letters"))),
              "letter:talk-report"));
  set_active (GTK_WIDGET (view), "advisor-at-home", TRUE);
  g_assert_true (tab_reaches (window, GTK_WIDGET (view), "advisor-tried-teacher", "advisor-weeks"));
  g_assert_true (
      tab_reaches (window, GTK_WIDGET (view), "advisor-tried-teacher", "advisor-formal"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_named (GTK_WIDGET (view), "advisor-weeks")), 6);
  pump ();
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "advisor-home-sitting")));
  g_assert_nonnull (find_named (GTK_WIDGET (view), "advice-leerplichtambtenaar"));

  /* An organisation's name leads to it in Topics. */
  {
    GtkWidget *row = find_named (GTK_WIDGET (view), "advice-leerplichtambtenaar");
    GtkWidget *name = gtk_widget_get_first_child (gtk_widget_get_first_child (row));
    gboolean   handled = FALSE;

    g_assert_true (GTK_IS_LABEL (name));
    g_assert_nonnull (
        strstr (gtk_label_get_label (GTK_LABEL (name)), "href=\"org:leerplichtambtenaar\""));
    g_signal_emit_by_name (name, "activate-link", "org:leerplichtambtenaar", &handled);
    g_assert_true (handled);
    g_assert_cmpstr (passend_window_get_page (window), ==, "topics");
  }

  /* Names and ways to reach them come from the organisations directory. */
  {
    GtkWidget *row = find_named (GTK_WIDGET (view), "advice-ouders-onderwijs");
    GtkWidget *name = gtk_widget_get_first_child (gtk_widget_get_first_child (row));
    GtkWidget *reach = find_named (row, "advice-reach");

    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name)), ==, "Ouders & Onderwijs");
    g_assert_nonnull (reach);
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (reach)), "0800-5010"));
    g_assert_nonnull (
        strstr (gtk_label_get_label (GTK_LABEL (reach)), "mailto:vraag@oudersonderwijs.nl"));
    g_assert_true (gtk_label_get_selectable (GTK_LABEL (reach)));
  }
}

/* The Assistant: Sam walks from step 1 to 5 with the buttons and the
 * keyboard actions, the plan works only partly and he is back at step
 * 4 with plan 2, and step 1 is written into the dossier. */
static void
assistant_script (PassendApplication *app, PassendWindow *window)
{
  PassendStore         *store = passend_application_get_store (app);
  PassendDossier       *dossier = passend_store_get_dossier (store);
  PassendChild         *sam = passend_window_get_child (window);
  PassendAssistantView *view = open_at_step_1 (window, dossier, sam);

  walk_to_step_5 (window, view, dossier, sam);
  evaluate_plan_1 (window, view, dossier, sam);
  write_step_1_down (window, view, dossier);
  keep_children_apart (window, view, dossier, sam);
  ask_the_advisor (window, view);
}

static void
test_assistant (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonObject *state = NULL;
  JsonObject *plan;
  JsonObject *entry;
  JsonArray  *states;
  JsonArray  *checked;

  g_setenv ("PASSEND_TODAY", "2026-11-23", TRUE);
  if (g_test_subprocess ())
    {
      run_app (assistant_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/assistant");

  root = read_dossier (dir, parser);
  states = json_object_get_array_member (root, "process");
  for (guint i = 0; i < json_array_get_length (states); i++)
    if (g_strcmp0 (
            json_object_get_string_member (json_array_get_object_element (states, i), "child_id"),
            "c1") == 0)
      state = json_array_get_object_element (states, i);
  g_assert_nonnull (state);
  g_assert_cmpint (json_object_get_int_member (state, "step"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (state, "plan"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (state, "reached_4"), ==, "2026-11-23");
  g_assert_false (json_object_has_member (state, "reached_5"));
  checked = json_object_get_array_member (state, "checked");
  g_assert_cmpuint (json_array_get_length (checked), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (checked, 0), ==, "talk-asked-goal");

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "plans")), ==, 1);
  plan = json_array_get_object_element (json_object_get_array_member (root, "plans"), 0);
  g_assert_cmpint (json_object_get_int_member (plan, "number"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (plan, "child_id"), ==, "c1");
  g_assert_cmpstr (json_object_get_string_member (plan, "made"), ==, "2026-11-23");
  g_assert_cmpstr (json_object_get_string_member (plan, "evaluated"), ==, "2026-11-23");
  g_assert_cmpstr (json_object_get_string_member (plan, "result"), ==, "partly");

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "entries")), ==, 1);
  entry = json_array_get_object_element (json_object_get_array_member (root, "entries"), 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "title"), ==, "Step 1: Talk together");
  g_assert_cmpstr (json_object_get_string_member (entry, "kind"), ==, "conversation");
  g_assert_cmpstr (json_object_get_string_member (entry, "date"), ==, "2026-11-23");
  g_assert_cmpstr (json_object_get_string_member (entry, "child_id"), ==, "c1");
  g_assert_cmpstr (json_object_get_string_member (entry, "text"), ==,
                   "Done in this step:\n✓ Asked what the meeting is for and who comes");

  test_remove_dir (home);
}

/* The advisor's answers are the child's: they come back after a
 * restart and with the child, and are written down like a step. */

static void
advisor_answer_script (PassendApplication *app, PassendWindow *window)
{
  PassendAssistantView *view;

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "assistant"));
  pump ();
  view = PASSEND_ASSISTANT_VIEW (find_named (GTK_WIDGET (window), "assistant-view"));
  passend_assistant_view_show_advisor (view);
  pump ();
  set_active (GTK_WIDGET (view), "advisor-tried-teacher", TRUE);
  set_active (GTK_WIDGET (view), "advisor-at-home", TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_named (GTK_WIDGET (view), "advisor-weeks")), 6);
  pump ();
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "advisor-headline")));
}

static void
advisor_restart_script (PassendApplication *app, PassendWindow *window)
{
  PassendStore         *store = passend_application_get_store (app);
  PassendDossier       *dossier = passend_store_get_dossier (store);
  PassendChild         *sam = passend_window_get_child (window);
  PassendAssistantView *view;
  GtkWindow            *dialog;

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "assistant"));
  pump ();
  view = PASSEND_ASSISTANT_VIEW (find_named (GTK_WIDGET (window), "assistant-view"));
  passend_assistant_view_show_advisor (view);
  pump ();
  g_assert_true (gtk_check_button_get_active (
      GTK_CHECK_BUTTON (find_named (GTK_WIDGET (view), "advisor-tried-teacher"))));
  g_assert_true (gtk_check_button_get_active (
      GTK_CHECK_BUTTON (find_named (GTK_WIDGET (view), "advisor-at-home"))));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (
                       GTK_SPIN_BUTTON (find_named (GTK_WIDGET (view), "advisor-weeks"))),
                   ==, 6);
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "advisor-headline")));

  /* Another child has her own answers; Sam's come back with him. */
  passend_window_set_child (window, passend_dossier_add_child (dossier, "Noor"));
  pump ();
  g_assert_false (gtk_check_button_get_active (
      GTK_CHECK_BUTTON (find_named (GTK_WIDGET (view), "advisor-at-home"))));
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "advisor-headline")));
  passend_window_set_child (window, sam);
  pump ();
  g_assert_true (gtk_check_button_get_active (
      GTK_CHECK_BUTTON (find_named (GTK_WIDGET (view), "advisor-at-home"))));

  /* Written down: a draft, added only on Save. */
  click (GTK_WIDGET (view), "advisor-write-down-button");
  dialog = find_toplevel (g_type_from_name ("PassendEntryDialog"));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (
      gtk_editable_get_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), "entry-title"))), ==,
      "Where do I turn now?");
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==, 0);
  click (GTK_WIDGET (dialog), "entry-dialog-save");
  g_assert_cmpuint (g_list_model_get_n_items (passend_dossier_get_entries (dossier)), ==, 1);
}

static void
test_advisor_kept (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonObject *state;
  JsonObject *entry;

  g_setenv ("PASSEND_TODAY", "2026-11-23", TRUE);
  if (g_test_subprocess ())
    {
      run_app (g_strcmp0 (g_getenv ("PASSEND_TEST_PHASE"), "2") == 0 ? advisor_restart_script
                                                                     : advisor_answer_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  g_setenv ("PASSEND_TEST_PHASE", "1", TRUE);
  run_in_subprocess ("/ui/advisor-kept");
  root = read_dossier (dir, parser);
  state = json_array_get_object_element (json_object_get_array_member (root, "process"), 0);
  g_assert_cmpstr (
      json_array_get_string_element (json_object_get_array_member (state, "advisor_tried"), 0), ==,
      "teacher");
  g_assert_cmpint (json_object_get_int_member (state, "advisor_weeks"), ==, 6);

  g_setenv ("PASSEND_TEST_PHASE", "2", TRUE);
  run_in_subprocess ("/ui/advisor-kept");
  g_unsetenv ("PASSEND_TEST_PHASE");
  root = read_dossier (dir, parser);
  entry = json_array_get_object_element (json_object_get_array_member (root, "entries"), 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "title"), ==, "Where do I turn now?");
  g_assert_cmpstr (json_object_get_string_member (entry, "kind"), ==, "note");
  g_assert_nonnull (strstr (json_object_get_string_member (entry, "text"), "act now"));

  test_remove_dir (home);
}

/* After "Write this down" is saved the page says so, with a link that
 * opens the new entry; a cancelled one says nothing. */
static void
write_down_saved_script (PassendApplication *app, PassendWindow *window)
{
  PassendAssistantView *view;
  GtkWidget            *saved;
  GtkWindow            *dialog;
  gboolean              handled = FALSE;

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "assistant"));
  pump ();
  view = PASSEND_ASSISTANT_VIEW (find_named (GTK_WIDGET (window), "assistant-view"));
  saved = find_named (GTK_WIDGET (view), "write-down-saved");
  g_assert_false (gtk_widget_get_visible (saved));

  click (GTK_WIDGET (view), "write-down-button");
  dialog = find_toplevel (g_type_from_name ("PassendEntryDialog"));
  gtk_window_destroy (dialog);
  pump ();
  g_assert_false (gtk_widget_get_visible (saved));

  click (GTK_WIDGET (view), "write-down-button");
  click (GTK_WIDGET (find_toplevel (g_type_from_name ("PassendEntryDialog"))), "entry-dialog-save");
  g_assert_true (gtk_widget_get_visible (saved));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (saved)), ==,
                   "Saved in the dossier: Step 1: Talk together");

  g_signal_emit_by_name (saved, "activate-link", "entry:nonexistent", &handled);
  g_assert_true (handled);
  {
    PassendDossier *dossier = passend_store_get_dossier (passend_application_get_store (app));
    g_autoptr (PassendEntry) entry =
        g_list_model_get_item (passend_dossier_get_entries (dossier), 0);
    g_autofree char *link =
        g_strdup_printf ("entry:%s", passend_record_get_id (PASSEND_RECORD (entry)));

    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (saved)), link));
    g_signal_emit_by_name (saved, "activate-link", link, &handled);
  }
  pump ();
  g_assert_cmpstr (passend_window_get_page (window), ==, "dossier");
  g_assert_nonnull (find_toplevel (g_type_from_name ("PassendEntryReadDialog")));
}

static void
test_write_down_saved (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      run_app (write_down_saved_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/write-down-saved");
  test_remove_dir (home);
}

/* The steps read like Topics, and the six cards lay out evenly: as
 * many on each row (3 + 3, 2 + 2 + 2), never 5 + 1. */
static void
reading_script (PassendApplication *app, PassendWindow *window)
{
  GtkWidget *view;
  GtkWidget *overview;
  int        widths[] = { 1200, 900, 700, 560, 420 };

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "assistant"));
  pump ();
  view = find_named (GTK_WIDGET (window), "assistant-view");
  overview = find_named (view, "step-overview");
  g_assert_true (gtk_widget_has_css_class (find_named (view, "step-what"), "topic-text"));
  /* The switcher is a bar above the steps, not over them. */
  {
    graphene_rect_t switcher, steps;
    GtkWidget      *scroller = gtk_widget_get_ancestor (overview, GTK_TYPE_SCROLLED_WINDOW);

    for (guint i = 0; i < 5; i++)
      pump ();
    g_assert_true (
        gtk_widget_compute_bounds (find_named (view, "assistant-switcher"), view, &switcher));
    g_assert_true (gtk_widget_compute_bounds (scroller, view, &steps));
    g_assert_cmpfloat (switcher.origin.y + switcher.size.height, <=, steps.origin.y);
  }

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      GHashTable *rows = g_hash_table_new (NULL, NULL);
      guint       first = 0;
      GList      *counts;

      gtk_window_set_default_size (GTK_WINDOW (window), widths[w], 700);
      for (guint i = 0; i < 10; i++)
        pump ();
      for (GtkWidget *card = gtk_widget_get_first_child (overview); card != NULL;
           card = gtk_widget_get_next_sibling (card))
        {
          graphene_rect_t bounds;
          gpointer        key;

          g_assert_true (gtk_widget_compute_bounds (card, overview, &bounds));
          key = GINT_TO_POINTER ((int)bounds.origin.y + 1);
          g_hash_table_insert (
              rows, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (rows, key)) + 1));
        }
      counts = g_hash_table_get_values (rows);
      for (GList *l = counts; l != NULL; l = l->next)
        {
          if (first == 0)
            first = GPOINTER_TO_UINT (l->data);
          g_assert_cmpuint (GPOINTER_TO_UINT (l->data), ==, first);
        }
      g_list_free (counts);
      g_hash_table_unref (rows);
    }

  /* A step offers the letters that fit it; a link opens one filled in. */
  {
    GtkWidget *letters = find_named (view, "step-letters");
    GtkWindow *letter;
    gboolean   handled = FALSE;

    g_assert_true (gtk_widget_get_visible (letters));
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (letters)), "letter:talk-report"));
    g_signal_emit_by_name (letters, "activate-link", "letter:talk-report", &handled);
    g_assert_true (handled);
    pump ();
    g_assert_cmpstr (passend_window_get_page (window), ==, "letters");
    letter = find_toplevel (PASSEND_TYPE_LETTER_DIALOG);
    g_assert_nonnull (letter);
    g_assert_cmpstr (gtk_window_get_title (letter), ==, "Report of a conversation");
    gtk_window_close (letter);
    pump ();
  }
}

static void
test_reading (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      run_app (reading_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/assistant-reading");
  test_remove_dir (home);
}

/* Mark as Reached takes the parent's day, asks before a day still to
 * come, and Undo puts everything back; Go Back can be undone too. */
static void
step_reached_script (PassendApplication *app, PassendWindow *window)
{
  PassendDossier       *dossier = passend_store_get_dossier (passend_application_get_store (app));
  PassendChild         *sam = passend_window_get_child (window);
  PassendAssistantView *view;
  GtkWidget            *undo_message;
  GtkWindow            *question;

  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (window), "nav.show-page", "s", "assistant"));
  pump ();
  view = PASSEND_ASSISTANT_VIEW (find_named (GTK_WIDGET (window), "assistant-view"));
  undo_message = find_named (GTK_WIDGET (view), "step-undo-message");

  /* Step 1 has nothing to mark; step 2 asks, with today filled in. */
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "reach-box")));
  click (GTK_WIDGET (view), "next-step-button");
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "reach-box")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                       gtk_widget_get_first_child (find_named (GTK_WIDGET (view), "reach-date")))),
                   ==, "23-11-2026");
  g_assert_true (tab_reaches (window, GTK_WIDGET (view), "overview-step-1", "reach-button"));

  /* A day of the parent's choice. */
  set_text (GTK_WIDGET (view), "reach-date", "2-10-2026");
  click (GTK_WIDGET (view), "reach-button");
  g_assert_cmpint (step_of_child (dossier, sam), ==, 2);
  g_assert_cmpstr (
      passend_process_state_get_reached (passend_dossier_find_process_state (dossier, sam), 2), ==,
      "2026-10-02");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (undo_message)), ==,
                   "Step 2 (Find out more) is marked as reached on 2 October 2026.");

  /* Undo: back at step 1, the day of step 2 gone. */
  click (GTK_WIDGET (view), "step-undo-button");
  g_assert_cmpint (step_of_child (dossier, sam), ==, 1);
  g_assert_null (
      passend_process_state_get_reached (passend_dossier_find_process_state (dossier, sam), 2));
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (view), "step-undo-bar")));

  /* A day still to come is asked about; Cancel changes nothing. */
  click (GTK_WIDGET (view), "next-step-button");
  set_text (GTK_WIDGET (view), "reach-date", "1-12-2026");
  click (GTK_WIDGET (view), "reach-button");
  question = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (question)), ==, "reach-future");
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
  pump ();
  g_assert_cmpint (step_of_child (dossier, sam), ==, 1);
  click (GTK_WIDGET (view), "reach-button");
  question = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
  pump ();
  g_assert_cmpint (step_of_child (dossier, sam), ==, 2);
  g_assert_cmpstr (
      passend_process_state_get_reached (passend_dossier_find_process_state (dossier, sam), 2), ==,
      "2026-12-01");

  /* Not a day: said, and nothing moves. */
  click (GTK_WIDGET (view), "next-step-button");
  set_text (GTK_WIDGET (view), "reach-date", "31-2-2026");
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (view), "reach-button")));
  g_assert_cmpint (step_of_child (dossier, sam), ==, 2);

  /* Go Back to step 1 forgets step 2's day; Undo brings it back. */
  passend_assistant_view_show_step (view, 1);
  pump ();
  click (GTK_WIDGET (view), "back-to-step-button");
  g_assert_cmpint (step_of_child (dossier, sam), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (undo_message)), ==,
                   "You went back to step 1 (Talk together).");
  click (GTK_WIDGET (view), "step-undo-button");
  g_assert_cmpint (step_of_child (dossier, sam), ==, 2);
  g_assert_cmpstr (
      passend_process_state_get_reached (passend_dossier_find_process_state (dossier, sam), 2), ==,
      "2026-12-01");
}

static void
test_step_reached (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *state;

  g_setenv ("PASSEND_TODAY", "2026-11-23", TRUE);
  if (g_test_subprocess ())
    {
      run_app (step_reached_script);
      return;
    }

  dir = prepare_dossier (&home, "{\"version\": 3, \"children\": [" SAM_JSON "]}");
  run_in_subprocess ("/ui/step-reached");
  state = json_array_get_object_element (
      json_object_get_array_member (read_dossier (dir, parser), "process"), 0);
  g_assert_cmpint (json_object_get_int_member (state, "step"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (state, "reached_2"), ==, "2026-12-01");
  test_remove_dir (home);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/assistant", test_assistant);
  g_test_add_func ("/ui/advisor-kept", test_advisor_kept);
  g_test_add_func ("/ui/write-down-saved", test_write_down_saved);
  g_test_add_func ("/ui/assistant-reading", test_reading);
  g_test_add_func ("/ui/step-reached", test_step_reached);

  return g_test_run ();
}
