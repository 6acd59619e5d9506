/* passend-status-page.c - an icon, a title, a few calm words, and room
 * for buttons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used for the welcome page, pages that are still empty, and the page
 * that explains a dossier that could not be opened.  Children added in a
 * .ui file go below the description.
 */
#define G_LOG_DOMAIN "passend-status-page"

#include "config.h"

#include "passend-status-page.h"

#include "passend-clamp.h"

struct _PassendStatusPage
{
  GtkWidget parent_instance;

  GtkWidget *scroller;
  GtkImage  *image;
  GtkLabel  *title_label;
  GtkLabel  *description_label;
  GtkBox    *extra_box;
  char      *image_resource;
};

static void passend_status_page_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PassendStatusPage,
                               passend_status_page,
                               GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      passend_status_page_buildable_init))

enum
{
  PROP_0,
  PROP_ICON_NAME,
  PROP_IMAGE_RESOURCE,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec        *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

static void
passend_status_page_add_child (GtkBuildable *buildable,
                               GtkBuilder   *builder,
                               GObject      *child,
                               const char   *type)
{
  PassendStatusPage *self = PASSEND_STATUS_PAGE (buildable);

  if (GTK_IS_WIDGET (child) && self->extra_box != NULL)
    {
      /* Buttons and boxes in the middle, each on its own; a label takes
       * the width and centres its lines.  Not the whole box centred: GTK
       * 4.8 asks a centred box its width for its height, and a wrapping
       * label in it answers with a dozen layouts. */
      if (!GTK_IS_LABEL (child) && gtk_widget_get_halign (GTK_WIDGET (child)) == GTK_ALIGN_FILL)
        gtk_widget_set_halign (GTK_WIDGET (child), GTK_ALIGN_CENTER);
      gtk_box_append (self->extra_box, GTK_WIDGET (child));
    }
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
passend_status_page_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = passend_status_page_add_child;
}

static void
passend_status_page_dispose (GObject *object)
{
  PassendStatusPage *self = PASSEND_STATUS_PAGE (object);

  /* The scroller holds everything else.  Not gtk_widget_dispose_template():
   * GTK 4.8 would also unparent the nested bound children after they went
   * with the scroller. */
  g_clear_pointer (&self->scroller, gtk_widget_unparent);

  G_OBJECT_CLASS (passend_status_page_parent_class)->dispose (object);
}

static void
passend_status_page_finalize (GObject *object)
{
  g_free (PASSEND_STATUS_PAGE (object)->image_resource);

  G_OBJECT_CLASS (passend_status_page_parent_class)->finalize (object);
}

/* Drawn at the image's size in device pixels: not through the icon
 * theme (gtk_image_set_from_resource() looks an SVG up there too). */
static void
load_image_resource (PassendStatusPage *self)
{
  int size =
      gtk_image_get_pixel_size (self->image) * gtk_widget_get_scale_factor (GTK_WIDGET (self));
  g_autoptr (GError) error = NULL;
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autoptr (GdkTexture) texture = NULL;

  if (self->image_resource == NULL)
    return;
  pixbuf = gdk_pixbuf_new_from_resource_at_scale (self->image_resource, size, size, TRUE, &error);
  if (pixbuf == NULL)
    {
      g_warning ("A picture is missing: %s", error->message);
      return;
    }
  texture = gdk_texture_new_for_pixbuf (pixbuf);
  gtk_image_set_from_paintable (self->image, GDK_PAINTABLE (texture));
}

static void
passend_status_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PassendStatusPage *self = PASSEND_STATUS_PAGE (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      g_value_set_string (value, gtk_image_get_icon_name (self->image));
      break;
    case PROP_IMAGE_RESOURCE:
      g_value_set_string (value, self->image_resource);
      break;
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_label (self->title_label));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, gtk_label_get_label (self->description_label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_status_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PassendStatusPage *self = PASSEND_STATUS_PAGE (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      gtk_image_set_from_icon_name (self->image, g_value_get_string (value));
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_IMAGE_RESOURCE:
      g_free (self->image_resource);
      self->image_resource = g_value_dup_string (value);
      load_image_resource (self);
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_TITLE:
      passend_status_page_set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      passend_status_page_set_description (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_status_page_class_init (PassendStatusPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_status_page_dispose;
  object_class->finalize = passend_status_page_finalize;
  object_class->get_property = passend_status_page_get_property;
  object_class->set_property = passend_status_page_set_property;

  properties[PROP_ICON_NAME] =
      g_param_spec_string ("icon-name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A picture of the application's own, from its resources: an icon
   * theme lookup of a full-colour icon reads the whole theme first,
   * on the main thread, in the window's first frame. */
  properties[PROP_IMAGE_RESOURCE] =
      g_param_spec_string ("image-resource", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
      g_param_spec_string ("title", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
      g_param_spec_string ("description", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PASSEND_TYPE_CLAMP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/passend-status-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendStatusPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, PassendStatusPage, image);
  gtk_widget_class_bind_template_child (widget_class, PassendStatusPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, PassendStatusPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, PassendStatusPage, extra_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statuspage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
passend_status_page_init (PassendStatusPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (load_image_resource), NULL);
}

void
passend_status_page_set_title (PassendStatusPage *self, const char *title)
{
  g_return_if_fail (PASSEND_IS_STATUS_PAGE (self));

  if (g_strcmp0 (title, gtk_label_get_label (self->title_label)) == 0)
    return;

  gtk_label_set_label (self->title_label, title);
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), title != NULL && *title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
passend_status_page_set_description (PassendStatusPage *self, const char *description)
{
  g_return_if_fail (PASSEND_IS_STATUS_PAGE (self));

  if (g_strcmp0 (description, gtk_label_get_label (self->description_label)) == 0)
    return;

  gtk_label_set_label (self->description_label, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          description != NULL && *description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}
