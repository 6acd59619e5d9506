/* passend-clamp.c - a child no wider than a comfortable line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text is easiest to read at 60 to 75 characters a line.  The clamp
 * gives its child the width it has, up to a maximum, and centres it;
 * a narrow window still gets all of its width (libadwaita's AdwClamp
 * does this; GTK 4.8 has nothing like it).
 *
 * With natural-size the child gets no more than its natural size and
 * sits in the middle both ways, as halign and valign "center" would
 * place it.  GTK 4.8 places such a child by asking its width for the
 * whole height it may have, and a wrapping label answers that by
 * laying its text out a dozen times over; the clamp only ever asks a
 * child's width for no height in particular, which GTK keeps.
 */
#define G_LOG_DOMAIN "passend-clamp"

#include "config.h"

#include "passend-clamp.h"

struct _PassendClamp
{
  GtkWidget parent_instance;

  GtkWidget *child;
  int        maximum_width;
  gboolean   natural_size;
};

static void passend_clamp_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PassendClamp,
                               passend_clamp,
                               GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      passend_clamp_buildable_init))

enum
{
  PROP_0,
  PROP_CHILD,
  PROP_MAXIMUM_WIDTH,
  PROP_NATURAL_SIZE,
  N_PROPS
};

static GParamSpec        *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

/* The width the child gets when the clamp is @width wide (-1: as wide
 * as it likes); its width is only ever asked for no height in
 * particular. */
static int
child_width_for (PassendClamp *self, int width)
{
  int minimum, natural, widest;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  widest = self->natural_size ? MIN (natural, self->maximum_width) : self->maximum_width;
  if (width >= 0)
    widest = MIN (width, widest);
  return MAX (minimum, widest);
}

static void
passend_clamp_measure (GtkWidget     *widget,
                       GtkOrientation orientation,
                       int            for_size,
                       int           *minimum,
                       int           *natural,
                       int           *minimum_baseline,
                       int           *natural_baseline)
{
  PassendClamp *self = PASSEND_CLAMP (widget);

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  /* Height for width: the width does not depend on the height. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->child, orientation, -1, minimum, natural, NULL, NULL);
      *natural = MAX (*minimum, MIN (*natural, self->maximum_width));
    }
  else
    gtk_widget_measure (self->child, orientation,
                        for_size < 0 ? -1 : child_width_for (self, for_size), minimum, natural,
                        NULL, NULL);
}

static void
passend_clamp_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  PassendClamp *self = PASSEND_CLAMP (widget);
  int           child_width, child_height = height;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  child_width = child_width_for (self, width);
  if (self->natural_size)
    {
      int minimum, natural;

      gtk_widget_measure (self->child, GTK_ORIENTATION_VERTICAL, child_width, &minimum, &natural,
                          NULL, NULL);
      child_height = MAX (minimum, MIN (natural, height));
    }
  gtk_widget_size_allocate (self->child,
                            &(GtkAllocation){ (width - child_width) / 2,
                                              MAX (0, (height - child_height) / 2), child_width,
                                              child_height },
                            -1);
}

static GtkSizeRequestMode
passend_clamp_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
passend_clamp_add_child (GtkBuildable *buildable,
                         GtkBuilder   *builder,
                         GObject      *child,
                         const char   *type)
{
  if (GTK_IS_WIDGET (child))
    passend_clamp_set_child (PASSEND_CLAMP (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
passend_clamp_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = passend_clamp_add_child;
}

static void
passend_clamp_dispose (GObject *object)
{
  PassendClamp *self = PASSEND_CLAMP (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (passend_clamp_parent_class)->dispose (object);
}

static void
passend_clamp_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PassendClamp *self = PASSEND_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    case PROP_MAXIMUM_WIDTH:
      g_value_set_int (value, self->maximum_width);
      break;
    case PROP_NATURAL_SIZE:
      g_value_set_boolean (value, self->natural_size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_clamp_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  PassendClamp *self = PASSEND_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      passend_clamp_set_child (self, g_value_get_object (value));
      break;
    case PROP_MAXIMUM_WIDTH:
      passend_clamp_set_maximum_width (self, g_value_get_int (value));
      break;
    case PROP_NATURAL_SIZE:
      passend_clamp_set_natural_size (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_clamp_class_init (PassendClampClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_clamp_dispose;
  object_class->get_property = passend_clamp_get_property;
  object_class->set_property = passend_clamp_set_property;

  widget_class->measure = passend_clamp_measure;
  widget_class->size_allocate = passend_clamp_size_allocate;
  widget_class->get_request_mode = passend_clamp_get_request_mode;

  properties[PROP_CHILD] =
      g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAXIMUM_WIDTH] =
      g_param_spec_int ("maximum-width", NULL, NULL, 0, G_MAXINT, 680,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NATURAL_SIZE] =
      g_param_spec_boolean ("natural-size", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "clamp");
}

static void
passend_clamp_init (PassendClamp *self)
{
  self->maximum_width = 680;
}

/**
 * passend_clamp_get_child:
 *
 * Returns: (transfer none) (nullable): the child
 */
GtkWidget *
passend_clamp_get_child (PassendClamp *self)
{
  g_return_val_if_fail (PASSEND_IS_CLAMP (self), NULL);
  return self->child;
}

void
passend_clamp_set_child (PassendClamp *self, GtkWidget *child)
{
  g_return_if_fail (PASSEND_IS_CLAMP (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

int
passend_clamp_get_maximum_width (PassendClamp *self)
{
  g_return_val_if_fail (PASSEND_IS_CLAMP (self), 0);
  return self->maximum_width;
}

void
passend_clamp_set_maximum_width (PassendClamp *self, int width)
{
  g_return_if_fail (PASSEND_IS_CLAMP (self));

  if (self->maximum_width == width)
    return;

  self->maximum_width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAXIMUM_WIDTH]);
}

gboolean
passend_clamp_get_natural_size (PassendClamp *self)
{
  g_return_val_if_fail (PASSEND_IS_CLAMP (self), FALSE);
  return self->natural_size;
}

/**
 * passend_clamp_set_natural_size:
 * @natural_size: whether the child gets no more than its natural size,
 *   centred in the clamp
 */
void
passend_clamp_set_natural_size (PassendClamp *self, gboolean natural_size)
{
  g_return_if_fail (PASSEND_IS_CLAMP (self));

  natural_size = !!natural_size;
  if (self->natural_size == natural_size)
    return;

  self->natural_size = natural_size;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NATURAL_SIZE]);
}
