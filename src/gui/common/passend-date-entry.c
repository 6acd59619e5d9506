/* passend-date-entry.c - a date typed as 23-11-2026 or picked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An entry for the keyboard and a calendar in a popover for the mouse.
 * The text is read by passend_date_parse_input(); an unreadable date is
 * marked in the entry and left as typed, never thrown away.
 */
#define G_LOG_DOMAIN "passend-date-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-date.h"
#include "passend-date-entry.h"
#include "passend-ui-util.h"

struct _PassendDateEntry
{
  GtkWidget parent_instance;

  GtkEntry      *entry;
  GtkMenuButton *calendar_button;
  GtkCalendar   *calendar;
  char          *label;
  gboolean       syncing; /* the calendar is being set, not picked */
};

G_DEFINE_FINAL_TYPE (PassendDateEntry, passend_date_entry, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
text_changed_cb (PassendDateEntry *self)
{
  g_autofree char *date = passend_date_entry_get_date (self);
  gboolean         bad = date == NULL && !passend_date_entry_is_empty (self);

  if (bad)
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");

  gtk_accessible_update_state (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_STATE_INVALID,
                               bad ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
popover_shown_cb (PassendDateEntry *self)
{
  g_autofree char *date = passend_date_entry_get_date (self);
  g_autoptr (GDateTime) day = NULL;

  if (date != NULL)
    {
      g_autofree char *iso = g_strconcat (date, "T12:00:00Z", NULL);

      day = g_date_time_new_from_iso8601 (iso, NULL);
    }
  if (day == NULL)
    day = g_date_time_new_now_local ();

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, day);
  self->syncing = FALSE;
}

static void
day_selected_cb (PassendDateEntry *self)
{
  g_autoptr (GDateTime) day = NULL;
  g_autofree char *date = NULL;

  if (self->syncing)
    return;

  day = gtk_calendar_get_date (self->calendar);
  date = g_date_time_format (day, "%Y-%m-%d");
  passend_date_entry_set_date (self, date);
  gtk_menu_button_popdown (self->calendar_button);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/* The calendar is made when it is first asked for: a page or dialog
 * holds many date fields, and a calendar is some sixty widgets. */
static void
create_popup_cb (GtkMenuButton *button, gpointer user_data)
{
  PassendDateEntry *self = PASSEND_DATE_ENTRY (user_data);
  GtkWidget        *popover;

  if (self->calendar != NULL)
    return;

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self,
                           G_CONNECT_SWAPPED);
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  g_signal_connect_object (popover, "show", G_CALLBACK (popover_shown_cb), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (button, popover);
}

static void
passend_date_entry_dispose (GObject *object)
{
  PassendDateEntry *self = PASSEND_DATE_ENTRY (object);

  passend_widget_dispose_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (passend_date_entry_parent_class)->dispose (object);
}

static void
passend_date_entry_finalize (GObject *object)
{
  PassendDateEntry *self = PASSEND_DATE_ENTRY (object);

  g_free (self->label);

  G_OBJECT_CLASS (passend_date_entry_parent_class)->finalize (object);
}

static void
passend_date_entry_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PassendDateEntry *self = PASSEND_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_date_entry_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PassendDateEntry *self = PASSEND_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      {
        g_autofree char *pick = NULL;

        g_free (self->label);
        self->label = g_value_dup_string (value);
        /* Translators: the button beside a date field; %s is its label,
         * such as "Date". */
        pick = g_strdup_printf (_ ("Pick %s from a calendar"), self->label ? self->label : "");
        gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        self->label, -1);
        gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar_button),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, pick, -1);
        gtk_widget_set_tooltip_text (GTK_WIDGET (self->calendar_button), pick);
      }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_date_entry_class_init (PassendDateEntryClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_date_entry_dispose;
  object_class->finalize = passend_date_entry_finalize;
  object_class->get_property = passend_date_entry_get_property;
  object_class->set_property = passend_date_entry_set_property;

  /* What the date is for, such as "Date" or "Due date": read out by
   * screen readers. */
  properties[PROP_LABEL] =
      g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PassendDateEntry::changed:
   *
   * The text changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-date-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendDateEntry, entry);
  gtk_widget_class_bind_template_child (widget_class, PassendDateEntry, calendar_button);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);
}

static void
passend_date_entry_init (PassendDateEntry *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->calendar_button, create_popup_cb, self, NULL);
}

/**
 * passend_date_entry_get_date:
 *
 * Returns: (nullable): the date typed, "YYYY-MM-DD", or %NULL if the
 *   field is empty or holds no date
 */
char *
passend_date_entry_get_date (PassendDateEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_DATE_ENTRY (self), NULL);
  return passend_date_parse_input (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
}

void
passend_date_entry_set_date (PassendDateEntry *self, const char *date)
{
  g_autofree char *text = NULL;

  g_return_if_fail (PASSEND_IS_DATE_ENTRY (self));

  text = passend_date_to_input (date);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
}

gboolean
passend_date_entry_is_empty (PassendDateEntry *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (PASSEND_IS_DATE_ENTRY (self), TRUE);

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  return text[0] == '\0';
}

GtkEntry *
passend_date_entry_get_entry (PassendDateEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_DATE_ENTRY (self), NULL);
  return self->entry;
}
