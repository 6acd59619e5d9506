/* passend-text-line.c - one line of text, cut off with an ellipsis
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkListView keeps some two hundred rows alive in GTK 4.8, however
 * few are on screen, and an ellipsized GtkLabel lays out and shapes its
 * whole text to be measured.  A row line needs neither: its height comes
 * from the font, and the text is laid out only when the row is drawn.
 * For screen readers it is a label with the text as its name.
 */
#define G_LOG_DOMAIN "passend-text-line"

#include "config.h"

#include "passend-text-line.h"

struct _PassendTextLine
{
  GtkWidget parent_instance;

  char        *text;
  PangoLayout *layout; /* made when drawn, kept until text or style change */
};

G_DEFINE_FINAL_TYPE (PassendTextLine, passend_text_line, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
passend_text_line_measure (GtkWidget     *widget,
                           GtkOrientation orientation,
                           int            for_size,
                           int           *minimum,
                           int           *natural,
                           int           *minimum_baseline,
                           int           *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Any width: the rest of the line is cut off. */
      *minimum = *natural = 0;
    }
  else
    {
      PangoContext     *context = gtk_widget_get_pango_context (widget);
      PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
      int               height = pango_font_metrics_get_height (metrics);

      /* Fonts without a line height give 0: ascent and descent then. */
      if (height <= 0)
        height = pango_font_metrics_get_ascent (metrics) + pango_font_metrics_get_descent (metrics);
      *minimum = *natural = PANGO_PIXELS_CEIL (height);
      pango_font_metrics_unref (metrics);
    }
}

static void
passend_text_line_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  PassendTextLine *self = PASSEND_TEXT_LINE (widget);

  if (self->layout != NULL)
    pango_layout_set_width (self->layout, width * PANGO_SCALE);
}

static void
passend_text_line_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  PassendTextLine *self = PASSEND_TEXT_LINE (widget);
  GdkRGBA          color;

  if (self->text == NULL || self->text[0] == '\0')
    return;

  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (widget, self->text);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
      pango_layout_set_width (self->layout, gtk_widget_get_width (widget) * PANGO_SCALE);
    }

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
}

static void
passend_text_line_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  PassendTextLine *self = PASSEND_TEXT_LINE (widget);

  GTK_WIDGET_CLASS (passend_text_line_parent_class)->css_changed (widget, change);
  /* The font may have changed. */
  g_clear_object (&self->layout);
  gtk_widget_queue_resize (widget);
}

static void
passend_text_line_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PassendTextLine *self = PASSEND_TEXT_LINE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_text_line_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PassendTextLine *self = PASSEND_TEXT_LINE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      passend_text_line_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_text_line_finalize (GObject *object)
{
  PassendTextLine *self = PASSEND_TEXT_LINE (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (passend_text_line_parent_class)->finalize (object);
}

static void
passend_text_line_class_init (PassendTextLineClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = passend_text_line_finalize;
  object_class->get_property = passend_text_line_get_property;
  object_class->set_property = passend_text_line_set_property;
  widget_class->measure = passend_text_line_measure;
  widget_class->size_allocate = passend_text_line_size_allocate;
  widget_class->snapshot = passend_text_line_snapshot;
  widget_class->css_changed = passend_text_line_css_changed;

  properties[PROP_TEXT] =
      g_param_spec_string ("text", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
passend_text_line_init (PassendTextLine *self)
{
}

GtkWidget *
passend_text_line_new (void)
{
  return g_object_new (PASSEND_TYPE_TEXT_LINE, NULL);
}

const char *
passend_text_line_get_text (PassendTextLine *self)
{
  g_return_val_if_fail (PASSEND_IS_TEXT_LINE (self), NULL);
  return self->text;
}

void
passend_text_line_set_text (PassendTextLine *self, const char *text)
{
  g_return_if_fail (PASSEND_IS_TEXT_LINE (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_object (&self->layout);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text ? text : "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
