/* passend-agreement-editor.c - one agreement as a parent writes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What was agreed, who does it (and their name) and by when; in the
 * full form, in the entry dialog, also its status and how it went, each
 * under a caption.  The compact form, for the outcome of a talk, shows
 * only the first three, with hints in the fields instead of captions.
 * Every control has a name for screen readers in both.
 *
 * The editor only collects: passend_agreement_editor_get_draft() hands
 * what was typed to the dossier, whose rules say whether it is an
 * agreement (passend_agreement_draft_check()).  Pressing the remove
 * button emits "remove-requested"; the window decides what that means.
 */
#define G_LOG_DOMAIN "passend-agreement-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-agreement-editor.h"
#include "passend-date-entry.h"
#include "passend-ui-util.h"

struct _PassendAgreementEditor
{
  GtkWidget parent_instance;

  PassendAgreement *agreement; /* NULL for a new one */
  gboolean          compact;
  gboolean          removed;

  /* Template widgets */
  GtkGrid          *grid;
  GtkWidget        *what_box;
  GtkWidget        *party_box;
  GtkWidget        *who_box;
  GtkWidget        *due_box;
  GtkWidget        *status_box;
  GtkWidget        *outcome_box;
  GtkLabel         *what_label;
  GtkLabel         *party_label;
  GtkLabel         *who_label;
  GtkLabel         *due_label;
  GtkLabel         *status_label;
  GtkLabel         *outcome_label;
  GtkEntry         *what_entry;
  GtkDropDown      *party_dropdown;
  GtkEntry         *who_entry;
  PassendDateEntry *due_entry;
  GtkDropDown      *status_dropdown;
  GtkEntry         *outcome_entry;
  GtkButton        *remove_button;
};

G_DEFINE_FINAL_TYPE (PassendAgreementEditor, passend_agreement_editor, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_AGREEMENT,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGED,
  REMOVE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The label functions, typed as passend_enum_string_list() calls them. */
static const char *
party_label (int value)
{
  return passend_party_label ((PassendParty)value);
}

static const char *
status_label (int value)
{
  return passend_agreement_status_label ((PassendAgreementStatus)value);
}

static void
field_changed_cb (PassendAgreementEditor *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
remove_clicked_cb (PassendAgreementEditor *self)
{
  g_signal_emit (self, signals[REMOVE_REQUESTED], 0);
}

static void
set_text (GtkEntry *entry, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
}

static char *
get_text (gpointer widget)
{
  if (PASSEND_IS_DATE_ENTRY (widget))
    widget = passend_date_entry_get_entry (widget);
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

/* Compact: the remove button right after the what, on a line of its
 * own, not in a column the date below also takes. */
static void
compact_first_line (PassendAgreementEditor *self)
{
  GtkWidget      *remove = GTK_WIDGET (self->remove_button);
  GtkLayoutChild *layout;

  g_object_ref (remove);
  gtk_grid_remove (self->grid, remove);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->what_box), GTK_ORIENTATION_HORIZONTAL);
  gtk_box_set_spacing (GTK_BOX (self->what_box), 6);
  gtk_widget_set_hexpand (GTK_WIDGET (self->what_entry), TRUE);
  gtk_box_append (GTK_BOX (self->what_box), remove);
  g_object_unref (remove);

  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_FILL);
  gtk_widget_set_halign (remove, GTK_ALIGN_FILL);

  layout = gtk_layout_manager_get_layout_child (
      gtk_widget_get_layout_manager (GTK_WIDGET (self->grid)), self->what_box);
  gtk_grid_layout_child_set_column_span (GTK_GRID_LAYOUT_CHILD (layout), 4);
}

/* The two forms differ in layout, captions and hints only. */
static void
apply_form (PassendAgreementEditor *self)
{
  gboolean  full = !self->compact;
  GtkLabel *captions[] = { self->what_label, self->party_label,  self->who_label,
                           self->due_label,  self->status_label, self->outcome_label };

  gtk_widget_add_css_class (GTK_WIDGET (self), full ? "frame" : "card");
  gtk_grid_set_row_spacing (self->grid, full ? 6 : 4);
  gtk_grid_set_column_spacing (self->grid, full ? 12 : 6);
  gtk_widget_set_margin_top (GTK_WIDGET (self->grid), full ? 6 : 8);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->grid), full ? 6 : 8);
  gtk_widget_set_margin_start (GTK_WIDGET (self->grid), full ? 6 : 8);
  gtk_widget_set_margin_end (GTK_WIDGET (self->grid), full ? 6 : 8);

  for (guint i = 0; i < G_N_ELEMENTS (captions); i++)
    gtk_widget_set_visible (GTK_WIDGET (captions[i]), full);
  gtk_widget_set_visible (self->status_box, full);
  gtk_widget_set_visible (self->outcome_box, full);

  /* Full: every column shares the width.  Compact: the what and the
   * name take what is left. */
  gtk_widget_set_hexpand (self->what_box, TRUE);
  gtk_widget_set_hexpand (self->party_box, full);
  gtk_widget_set_hexpand (self->who_box, TRUE);
  gtk_widget_set_hexpand (self->due_box, full);
  gtk_widget_set_hexpand (self->status_box, full);
  gtk_widget_set_hexpand (self->outcome_box, full);

  gtk_entry_set_placeholder_text (self->what_entry,
                                  full ? _ ("For example: school sends the test results")
                                       : _ ("What was agreed"));
  gtk_entry_set_placeholder_text (self->who_entry,
                                  full ? _ ("Name, if you know it") : _ ("Name (if you like)"));
  if (!full)
    compact_first_line (self);
}

static void
passend_agreement_editor_constructed (GObject *object)
{
  PassendAgreementEditor *self = PASSEND_AGREEMENT_EDITOR (object);

  G_OBJECT_CLASS (passend_agreement_editor_parent_class)->constructed (object);

  apply_form (self);
  if (self->agreement != NULL)
    passend_agreement_editor_set_values (self, self->agreement);
}

static void
passend_agreement_editor_dispose (GObject *object)
{
  PassendAgreementEditor *self = PASSEND_AGREEMENT_EDITOR (object);

  passend_widget_dispose_children (GTK_WIDGET (self));
  g_clear_object (&self->agreement);

  G_OBJECT_CLASS (passend_agreement_editor_parent_class)->dispose (object);
}

static void
passend_agreement_editor_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  PassendAgreementEditor *self = PASSEND_AGREEMENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_AGREEMENT:
      g_value_set_object (value, self->agreement);
      break;
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_agreement_editor_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  PassendAgreementEditor *self = PASSEND_AGREEMENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_AGREEMENT:
      g_set_object (&self->agreement, g_value_get_object (value));
      break;
    case PROP_COMPACT:
      self->compact = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Tab goes through the fields in reading order (what, remove, who
 * does it, who, by when, status, outcome), whatever the geometry: from
 * "By when" on to the next field, never back up onto Remove. */
static gboolean
passend_agreement_editor_focus (GtkWidget *widget, GtkDirectionType direction)
{
  static const PassendAgreementField order[] = {
    PASSEND_AGREEMENT_FIELD_WHAT,    PASSEND_AGREEMENT_FIELD_REMOVE, PASSEND_AGREEMENT_FIELD_PARTY,
    PASSEND_AGREEMENT_FIELD_WHO,     PASSEND_AGREEMENT_FIELD_DUE,    PASSEND_AGREEMENT_FIELD_STATUS,
    PASSEND_AGREEMENT_FIELD_OUTCOME,
  };
  PassendAgreementEditor *self = PASSEND_AGREEMENT_EDITOR (widget);
  GtkRoot                *root = gtk_widget_get_root (widget);
  GtkWidget              *focus = root ? gtk_root_get_focus (root) : NULL;
  int                     n = G_N_ELEMENTS (order);
  int                     step;
  int                     i = -1;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (passend_agreement_editor_parent_class)->focus (widget, direction);

  step = direction == GTK_DIR_TAB_FORWARD ? 1 : -1;
  for (int k = 0; k < n && focus != NULL; k++)
    {
      GtkWidget *field = passend_agreement_editor_get_field (self, order[k]);

      if (focus == field || gtk_widget_is_ancestor (focus, field))
        i = k;
    }

  /* Within a field first (the date's entry, then its calendar). */
  if (i >= 0 &&
      gtk_widget_child_focus (passend_agreement_editor_get_field (self, order[i]), direction))
    return TRUE;

  for (int k = i >= 0 ? i + step : (step > 0 ? 0 : n - 1); k >= 0 && k < n; k += step)
    {
      GtkWidget *field = passend_agreement_editor_get_field (self, order[k]);

      if (gtk_widget_is_visible (field) && gtk_widget_is_sensitive (field) &&
          gtk_widget_child_focus (field, direction))
        return TRUE;
    }
  return FALSE;
}

static void
passend_agreement_editor_class_init (PassendAgreementEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = passend_agreement_editor_constructed;
  object_class->dispose = passend_agreement_editor_dispose;
  object_class->get_property = passend_agreement_editor_get_property;
  object_class->set_property = passend_agreement_editor_set_property;
  widget_class->focus = passend_agreement_editor_focus;

  /**
   * PassendAgreementEditor:agreement:
   *
   * The agreement of the dossier the editor changes, or %NULL for a new
   * one.
   */
  properties[PROP_AGREEMENT] =
      g_param_spec_object ("agreement", NULL, NULL, PASSEND_TYPE_AGREEMENT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * PassendAgreementEditor:compact:
   *
   * Only what, who and by when, with hints instead of captions.
   */
  properties[PROP_COMPACT] =
      g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PassendAgreementEditor::changed:
   *
   * The parent changed a field.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
  /**
   * PassendAgreementEditor::remove-requested:
   *
   * The parent pressed "Remove this agreement".
   */
  signals[REMOVE_REQUESTED] = g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (PASSEND_TYPE_DATE_ENTRY);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-agreement-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, grid);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, what_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, party_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, who_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, due_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, status_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, outcome_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, what_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, party_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, who_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, due_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, what_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, party_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, who_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, due_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, outcome_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementEditor, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
passend_agreement_editor_init (PassendAgreementEditor *self)
{
  g_autoptr (GtkStringList) parties = NULL;
  g_autoptr (GtkStringList) statuses = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  parties = passend_enum_string_list (party_label, PASSEND_PARTY_OTHER + 1);
  statuses = passend_enum_string_list (status_label, PASSEND_AGREEMENT_STATUS_CANCELLED + 1);
  gtk_drop_down_set_model (self->party_dropdown, G_LIST_MODEL (parties));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_drop_down_set_selected (self->party_dropdown, PASSEND_PARTY_SCHOOL);
  gtk_drop_down_set_selected (self->status_dropdown, PASSEND_AGREEMENT_STATUS_OPEN);

  /* A caption takes the keyboard to its field. */
  gtk_label_set_mnemonic_widget (self->what_label, GTK_WIDGET (self->what_entry));
  gtk_label_set_mnemonic_widget (self->party_label, GTK_WIDGET (self->party_dropdown));
  gtk_label_set_mnemonic_widget (self->who_label, GTK_WIDGET (self->who_entry));
  gtk_label_set_mnemonic_widget (self->due_label,
                                 GTK_WIDGET (passend_date_entry_get_entry (self->due_entry)));
  gtk_label_set_mnemonic_widget (self->status_label, GTK_WIDGET (self->status_dropdown));
  gtk_label_set_mnemonic_widget (self->outcome_label, GTK_WIDGET (self->outcome_entry));
}

/**
 * passend_agreement_editor_new:
 * @agreement: (nullable): an agreement of the dossier to change, whose
 *   values the editor shows; %NULL for a new one
 * @compact: only what, who and by when
 */
GtkWidget *
passend_agreement_editor_new (PassendAgreement *agreement, gboolean compact)
{
  return g_object_new (PASSEND_TYPE_AGREEMENT_EDITOR, "agreement", agreement, "compact", compact,
                       NULL);
}

/**
 * passend_agreement_editor_set_values:
 * @source: an agreement whose values fill the fields
 *
 * For a new agreement written by another page, such as the Assistant.
 */
void
passend_agreement_editor_set_values (PassendAgreementEditor *self, PassendAgreement *source)
{
  g_return_if_fail (PASSEND_IS_AGREEMENT_EDITOR (self));
  g_return_if_fail (PASSEND_IS_AGREEMENT (source));

  set_text (self->what_entry, passend_agreement_get_what (source));
  gtk_drop_down_set_selected (self->party_dropdown, passend_agreement_get_party (source));
  set_text (self->who_entry, passend_agreement_get_who_name (source));
  passend_date_entry_set_date (self->due_entry, passend_agreement_get_due_date (source));
  gtk_drop_down_set_selected (self->status_dropdown, passend_agreement_get_status (source));
  set_text (self->outcome_entry, passend_agreement_get_outcome (source));
}

/**
 * passend_agreement_editor_get_agreement:
 *
 * Returns: (transfer none) (nullable): the agreement the editor changes
 */
PassendAgreement *
passend_agreement_editor_get_agreement (PassendAgreementEditor *self)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT_EDITOR (self), NULL);
  return self->agreement;
}

gboolean
passend_agreement_editor_get_removed (PassendAgreementEditor *self)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT_EDITOR (self), FALSE);
  return self->removed;
}

/**
 * passend_agreement_editor_set_removed:
 *
 * Marks the agreement to be taken out on saving, and hides the editor.
 */
void
passend_agreement_editor_set_removed (PassendAgreementEditor *self, gboolean removed)
{
  g_return_if_fail (PASSEND_IS_AGREEMENT_EDITOR (self));

  self->removed = removed;
  gtk_widget_set_visible (GTK_WIDGET (self), !removed);
}

/**
 * passend_agreement_editor_get_draft:
 *
 * Returns: (transfer full): what the parent wrote, as typed
 */
PassendAgreementDraft *
passend_agreement_editor_get_draft (PassendAgreementEditor *self)
{
  PassendAgreementDraft *draft;

  g_return_val_if_fail (PASSEND_IS_AGREEMENT_EDITOR (self), NULL);

  draft = passend_agreement_draft_new (NULL);
  draft->agreement = self->agreement ? g_object_ref (self->agreement) : NULL;
  draft->removed = self->removed;
  draft->what = get_text (self->what_entry);
  draft->party = gtk_drop_down_get_selected (self->party_dropdown);
  draft->who_name = get_text (self->who_entry);
  draft->due = get_text (self->due_entry);
  if (!self->compact)
    {
      draft->status = gtk_drop_down_get_selected (self->status_dropdown);
      draft->outcome = get_text (self->outcome_entry);
    }
  return draft;
}

/**
 * passend_agreement_editor_describe:
 *
 * Returns: (transfer full): everything the parent can change, as one
 *   string, to tell whether anything changed
 */
char *
passend_agreement_editor_describe (PassendAgreementEditor *self)
{
  g_autoptr (PassendAgreementDraft) draft = NULL;

  g_return_val_if_fail (PASSEND_IS_AGREEMENT_EDITOR (self), NULL);

  draft = passend_agreement_editor_get_draft (self);
  return g_strdup_printf ("a%d|%s|%u|%s|%s|%u|%s|", draft->removed, draft->what, draft->party,
                          draft->who_name, draft->due, draft->status,
                          draft->outcome ? draft->outcome : "");
}

/**
 * passend_agreement_editor_get_field:
 *
 * Returns: (transfer none): the control of @field: for the date, the
 *   #PassendDateEntry
 */
GtkWidget *
passend_agreement_editor_get_field (PassendAgreementEditor *self, PassendAgreementField field)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT_EDITOR (self), NULL);

  switch (field)
    {
    case PASSEND_AGREEMENT_FIELD_WHAT:
      return GTK_WIDGET (self->what_entry);
    case PASSEND_AGREEMENT_FIELD_PARTY:
      return GTK_WIDGET (self->party_dropdown);
    case PASSEND_AGREEMENT_FIELD_WHO:
      return GTK_WIDGET (self->who_entry);
    case PASSEND_AGREEMENT_FIELD_DUE:
      return GTK_WIDGET (self->due_entry);
    case PASSEND_AGREEMENT_FIELD_STATUS:
      return GTK_WIDGET (self->status_dropdown);
    case PASSEND_AGREEMENT_FIELD_OUTCOME:
      return GTK_WIDGET (self->outcome_entry);
    case PASSEND_AGREEMENT_FIELD_REMOVE:
      return GTK_WIDGET (self->remove_button);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * passend_agreement_editor_get_problem_field:
 * @error: why passend_agreement_draft_check() refused the draft
 *
 * Returns: (transfer none) (nullable): the field to take the parent to
 */
GtkWidget *
passend_agreement_editor_get_problem_field (PassendAgreementEditor *self, const GError *error)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT_EDITOR (self), NULL);

  if (g_error_matches (error, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_AGREEMENT_WHAT))
    return GTK_WIDGET (self->what_entry);
  if (g_error_matches (error, PASSEND_DRAFT_ERROR, PASSEND_DRAFT_ERROR_AGREEMENT_DUE))
    return GTK_WIDGET (passend_date_entry_get_entry (self->due_entry));
  return NULL;
}
