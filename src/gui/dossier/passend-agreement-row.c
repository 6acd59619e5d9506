/* passend-agreement-row.c - one agreement in the Agreements list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An overdue agreement is marked in colour and in words, so it does not
 * depend on seeing red.  Done and Not Kept change the status at once;
 * the model keeps the date it happened.
 */
#define G_LOG_DOMAIN "passend-agreement-row"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-agreement-row.h"
#include "passend-clock.h"
#include "passend-ui-util.h"

struct _PassendAgreementRow
{
  GtkWidget parent_instance;

  PassendAgreement *item;
  PassendEntry     *entry; /* where it was agreed, if known */

  GtkImage  *status_icon;
  GtkLabel  *what_label;
  GtkLabel  *detail_label;
  GtkLabel  *state_label;
  GtkLabel  *source_label;
  GtkButton *done_button;
  GtkButton *not_kept_button;
  GtkButton *reopen_button;
};

G_DEFINE_FINAL_TYPE (PassendAgreementRow, passend_agreement_row, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "Agreed in: <the entry>", a link that opens it. */
static void
update_source (PassendAgreementRow *self)
{
  g_autofree char *escaped = NULL;
  g_autofree char *date = NULL;
  g_autofree char *markup = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->source_label), self->entry != NULL);
  if (self->entry == NULL)
    return;

  date = passend_format_date (passend_entry_get_date (self->entry));
  escaped =
      g_markup_printf_escaped ("<a href=\"entry\">%s</a>", passend_entry_get_title (self->entry));
  /* Translators: where an agreement was made: "Agreed in: <title>, 3 March 2026". */
  markup = date[0] != '\0' ? g_strdup_printf (_ ("Agreed in: %s, %s"), escaped, date)
                           : g_strdup_printf (_ ("Agreed in: %s"), escaped);
  gtk_label_set_markup (self->source_label, markup);
}

static gboolean
source_link_cb (PassendAgreementRow *self, const char *uri)
{
  if (self->entry != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "dossier.open-entry", "s",
                                passend_record_get_id (PASSEND_RECORD (self->entry)));
  return TRUE;
}

static void
update (PassendAgreementRow *self)
{
  g_autofree char       *today = passend_clock_get_today ();
  g_autofree char       *due = NULL;
  g_autofree char       *status_date = NULL;
  g_autofree char       *state = NULL;
  g_autofree char       *accessible = NULL;
  PassendAgreementStatus status;
  GString               *detail;
  const char            *who;
  const char            *icon;
  gboolean               overdue;

  if (self->item == NULL)
    return;

  status = passend_agreement_get_status (self->item);
  overdue = passend_agreement_is_overdue (self->item, today);
  due = passend_format_date (passend_agreement_get_due_date (self->item));
  status_date = passend_format_date (passend_agreement_get_status_date (self->item));
  who = passend_agreement_get_who_name (self->item);

  gtk_label_set_text (self->what_label, passend_agreement_get_what (self->item));

  detail = g_string_new (passend_party_label (passend_agreement_get_party (self->item)));
  if (who != NULL)
    g_string_append_printf (detail, " · %s", who);
  if (due[0] != '\0')
    /* Translators: when an agreement is due: "by 3 March 2026". */
    g_string_append_printf (detail, " · %s", (state = g_strdup_printf (_ ("by %s"), due)));
  g_clear_pointer (&state, g_free);
  gtk_label_set_text (self->detail_label, detail->str);
  g_string_free (detail, TRUE);

  switch (status)
    {
    case PASSEND_AGREEMENT_STATUS_OPEN:
      icon = overdue ? "dialog-warning-symbolic" : "content-loading-symbolic";
      if (overdue)
        {
          guint days = passend_agreement_get_days_overdue (self->item, today);

          /* Translators: %u is a number of days, %s the date it was due. */
          state = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day overdue: it was due on %s",
                                                "%u days overdue: it was due on %s", days),
                                   days, due);
        }
      else
        state = g_strdup (_ ("Open"));
      break;
    case PASSEND_AGREEMENT_STATUS_DONE:
      icon = "object-select-symbolic";
      state =
          status_date[0] ? g_strdup_printf (_ ("Done on %s"), status_date) : g_strdup (_ ("Done"));
      break;
    case PASSEND_AGREEMENT_STATUS_NOT_KEPT:
      icon = "dialog-error-symbolic";
      state = status_date[0] ? g_strdup_printf (_ ("Not kept, noted on %s"), status_date)
                             : g_strdup (_ ("Not kept"));
      break;
    case PASSEND_AGREEMENT_STATUS_CANCELLED:
    default:
      icon = "window-close-symbolic";
      state = status_date[0] ? g_strdup_printf (_ ("Cancelled on %s"), status_date)
                             : g_strdup (_ ("Cancelled"));
      break;
    }

  update_source (self);
  gtk_image_set_from_icon_name (self->status_icon, icon);
  gtk_label_set_text (self->state_label, state);
  if (overdue)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->state_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self), "overdue");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self), "overdue");
    }

  gtk_widget_set_visible (GTK_WIDGET (self->done_button), status == PASSEND_AGREEMENT_STATUS_OPEN);
  gtk_widget_set_visible (GTK_WIDGET (self->not_kept_button),
                          status == PASSEND_AGREEMENT_STATUS_OPEN);
  gtk_widget_set_visible (GTK_WIDGET (self->reopen_button),
                          status != PASSEND_AGREEMENT_STATUS_OPEN);

  accessible = g_strdup_printf ("%s. %s", passend_agreement_get_what (self->item), state);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
done_cb (PassendAgreementRow *self)
{
  if (self->item != NULL)
    passend_agreement_set_status (self->item, PASSEND_AGREEMENT_STATUS_DONE);
}

static void
not_kept_cb (PassendAgreementRow *self)
{
  if (self->item != NULL)
    passend_agreement_set_status (self->item, PASSEND_AGREEMENT_STATUS_NOT_KEPT);
}

static void
reopen_cb (PassendAgreementRow *self)
{
  if (self->item != NULL)
    passend_agreement_set_status (self->item, PASSEND_AGREEMENT_STATUS_OPEN);
}

static void
passend_agreement_row_dispose (GObject *object)
{
  PassendAgreementRow *self = PASSEND_AGREEMENT_ROW (object);

  passend_agreement_row_set_item (self, NULL);
  g_clear_object (&self->entry);
  passend_widget_dispose_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (passend_agreement_row_parent_class)->dispose (object);
}

static void
passend_agreement_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PassendAgreementRow *self = PASSEND_AGREEMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_agreement_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PassendAgreementRow *self = PASSEND_AGREEMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      passend_agreement_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_agreement_row_class_init (PassendAgreementRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_agreement_row_dispose;
  object_class->get_property = passend_agreement_row_get_property;
  object_class->set_property = passend_agreement_row_set_property;

  properties[PROP_ITEM] =
      g_param_spec_object ("item", NULL, NULL, PASSEND_TYPE_AGREEMENT,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-agreement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementRow, status_icon);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementRow, what_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementRow, source_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementRow, done_button);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementRow, not_kept_button);
  gtk_widget_class_bind_template_child (widget_class, PassendAgreementRow, reopen_button);
  gtk_widget_class_bind_template_callback (widget_class, done_cb);
  gtk_widget_class_bind_template_callback (widget_class, not_kept_cb);
  gtk_widget_class_bind_template_callback (widget_class, reopen_cb);
  gtk_widget_class_bind_template_callback (widget_class, source_link_cb);
}

static void
passend_agreement_row_init (PassendAgreementRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PassendAgreementRow *
passend_agreement_row_new (void)
{
  return g_object_new (PASSEND_TYPE_AGREEMENT_ROW, NULL);
}

PassendAgreement *
passend_agreement_row_get_item (PassendAgreementRow *self)
{
  g_return_val_if_fail (PASSEND_IS_AGREEMENT_ROW (self), NULL);
  return self->item;
}

void
passend_agreement_row_set_item (PassendAgreementRow *self, PassendAgreement *agreement)
{
  g_return_if_fail (PASSEND_IS_AGREEMENT_ROW (self));

  if (self->item == agreement)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, update, self);

  g_set_object (&self->item, agreement);

  if (agreement != NULL)
    {
      g_signal_connect_object (agreement, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      update (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * passend_agreement_row_set_entry:
 * @entry: (nullable): the entry the agreement was made in
 */
void
passend_agreement_row_set_entry (PassendAgreementRow *self, PassendEntry *entry)
{
  g_return_if_fail (PASSEND_IS_AGREEMENT_ROW (self));

  if (g_set_object (&self->entry, entry))
    update_source (self);
}
