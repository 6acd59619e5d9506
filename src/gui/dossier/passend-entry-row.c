/* passend-entry-row.c - one entry in the dossier list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Date, kind and title, and a line with who it was with and the start
 * of the text.  Rows are recycled by the list view: set_item() swaps
 * the entry and follows its changes.
 */
#define G_LOG_DOMAIN "passend-entry-row"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-entry-row.h"
#include "passend-text-line.h"
#include "passend-ui-util.h"

/* The start of the text shown in a row; the label ellipsizes the rest. */
#define SNIPPET_BYTES 300

struct _PassendEntryRow
{
  GtkWidget parent_instance;

  PassendEntry *item;

  GtkLabel        *date_label;
  GtkImage        *kind_icon;
  PassendTextLine *title_label;
  PassendTextLine *detail_label;
};

G_DEFINE_FINAL_TYPE (PassendEntryRow, passend_entry_row, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The first line of @text, at most SNIPPET_BYTES, cut at a character. */
static char *
snippet (const char *text)
{
  const char *end;
  gsize       length;

  if (text == NULL)
    return g_strdup ("");

  end = strchr (text, '\n');
  length = end ? (gsize)(end - text) : strlen (text);
  if (length > SNIPPET_BYTES)
    {
      const char *cut = g_utf8_find_prev_char (text, text + SNIPPET_BYTES + 1);

      length = cut ? (gsize)(cut - text) : 0;
    }

  return g_strndup (text, length);
}

static void
update (PassendEntryRow *self)
{
  PassendEntryKind kind;
  g_autofree char *date = NULL;
  g_autofree char *first_line = NULL;
  g_autofree char *accessible = NULL;
  GString         *detail;
  const char      *people;
  const char      *time;

  if (self->item == NULL)
    return;

  kind = passend_entry_get_kind (self->item);
  date = passend_format_date (passend_entry_get_date (self->item));
  time = passend_entry_get_time (self->item);
  people = passend_entry_get_people (self->item);
  first_line = snippet (passend_entry_get_text (self->item));

  if (time != NULL)
    {
      g_autofree char *with_time = g_strdup_printf ("%s\n%s", date, time);

      gtk_label_set_text (self->date_label, with_time);
    }
  else
    gtk_label_set_text (self->date_label, date);

  /* No tooltip on the icon: the kind is written on the second line, and
   * setting a tooltip asks the X server where the pointer is, which
   * costs a round trip per row while the list is being filtered. */
  gtk_image_set_from_icon_name (self->kind_icon, passend_entry_kind_icon (kind));
  passend_text_line_set_text (self->title_label, passend_entry_get_title (self->item));

  detail = g_string_new (passend_entry_kind_label (kind));
  if (people != NULL)
    g_string_append_printf (detail, " · %s", people);
  if (first_line[0] != '\0')
    g_string_append_printf (detail, " · %s", first_line);
  passend_text_line_set_text (self->detail_label, detail->str);

  /* One sentence for screen readers: kind, date, title. */
  accessible = g_strdup_printf ("%s, %s: %s", passend_entry_kind_label (kind), date,
                                passend_entry_get_title (self->item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_string_free (detail, TRUE);
}

static void
passend_entry_row_dispose (GObject *object)
{
  PassendEntryRow *self = PASSEND_ENTRY_ROW (object);

  passend_entry_row_set_item (self, NULL);
  passend_widget_dispose_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (passend_entry_row_parent_class)->dispose (object);
}

static void
passend_entry_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PassendEntryRow *self = PASSEND_ENTRY_ROW (object);

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
passend_entry_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PassendEntryRow *self = PASSEND_ENTRY_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      passend_entry_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_entry_row_class_init (PassendEntryRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_entry_row_dispose;
  object_class->get_property = passend_entry_row_get_property;
  object_class->set_property = passend_entry_row_set_property;

  properties[PROP_ITEM] =
      g_param_spec_object ("item", NULL, NULL, PASSEND_TYPE_ENTRY,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PASSEND_TYPE_TEXT_LINE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/passend-entry-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendEntryRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryRow, detail_label);
}

static void
passend_entry_row_init (PassendEntryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PassendEntryRow *
passend_entry_row_new (void)
{
  return g_object_new (PASSEND_TYPE_ENTRY_ROW, NULL);
}

PassendEntry *
passend_entry_row_get_item (PassendEntryRow *self)
{
  g_return_val_if_fail (PASSEND_IS_ENTRY_ROW (self), NULL);
  return self->item;
}

void
passend_entry_row_set_item (PassendEntryRow *self, PassendEntry *entry)
{
  g_return_if_fail (PASSEND_IS_ENTRY_ROW (self));

  if (self->item == entry)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, update, self);

  g_set_object (&self->item, entry);

  if (entry != NULL)
    {
      g_signal_connect_object (entry, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      update (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
