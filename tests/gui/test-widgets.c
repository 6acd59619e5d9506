/* test-widgets.c - the shared widgets' own behaviour: how the clamp
 * sizes and places its child
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (suite "ui").
 */
#include "config.h"

#include <gtk/gtk.h>

#include "passend-clamp.h"
#include "ui-harness.h"

/* A child that trades height for width, as a box of wrapping labels
 * does, and notes each height it was asked a width for. */
#define TEST_TYPE_PROBE (test_probe_get_type ())
G_DECLARE_FINAL_TYPE (TestProbe, test_probe, TEST, PROBE, GtkWidget)

struct _TestProbe
{
  GtkWidget parent_instance;
  GArray   *width_asked_for; /* of int: the for_size of each width query */
};

G_DEFINE_FINAL_TYPE (TestProbe, test_probe, GTK_TYPE_WIDGET)

/* 300 wide at most; its area stays 300 x 100, so it is taller when
 * narrower, like wrapped text. */
static void
test_probe_measure (GtkWidget     *widget,
                    GtkOrientation orientation,
                    int            for_size,
                    int           *minimum,
                    int           *natural,
                    int           *minimum_baseline,
                    int           *natural_baseline)
{
  TestProbe *self = TEST_PROBE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      g_array_append_val (self->width_asked_for, for_size);
      *minimum = 100;
      *natural = 300;
    }
  else
    *minimum = *natural = for_size > 0 ? MAX (100, 300 * 100 / for_size) : 300;
}

static GtkSizeRequestMode
test_probe_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
test_probe_finalize (GObject *object)
{
  g_array_unref (TEST_PROBE (object)->width_asked_for);
  G_OBJECT_CLASS (test_probe_parent_class)->finalize (object);
}

static void
test_probe_class_init (TestProbeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_probe_finalize;
  GTK_WIDGET_CLASS (klass)->measure = test_probe_measure;
  GTK_WIDGET_CLASS (klass)->get_request_mode = test_probe_get_request_mode;
}

static void
test_probe_init (TestProbe *self)
{
  self->width_asked_for = g_array_new (FALSE, FALSE, sizeof (int));
}

typedef struct
{
  PassendClamp *clamp;
  TestProbe    *probe;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->clamp = PASSEND_CLAMP (g_object_ref_sink (g_object_new (PASSEND_TYPE_CLAMP, NULL)));
  fixture->probe = g_object_new (TEST_TYPE_PROBE, NULL);
  passend_clamp_set_maximum_width (fixture->clamp, 500);
  passend_clamp_set_child (fixture->clamp, GTK_WIDGET (fixture->probe));
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_object_unref (fixture->clamp);
}

/* Lays the clamp out at @width x @height: the child's place in it. */
static graphene_rect_t
lay_out (Fixture *fixture, int width, int height)
{
  GtkWidget      *clamp = GTK_WIDGET (fixture->clamp);
  graphene_rect_t bounds;
  int             minimum;

  gtk_widget_measure (clamp, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  gtk_widget_measure (clamp, GTK_ORIENTATION_VERTICAL, width, &minimum, NULL, NULL, NULL);
  gtk_widget_size_allocate (clamp, &(GtkAllocation){ 0, 0, width, height }, -1);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture->probe), clamp, &bounds));
  return bounds;
}

/* The child is never asked its width for a height: GTK 4.8 asks that
 * of a centred child for the whole height, and wrapped text answers by
 * laying itself out a dozen times. */
static void
test_clamp_width_for_no_height (Fixture *fixture, gconstpointer data)
{
  int width;

  passend_clamp_set_natural_size (fixture->clamp, GPOINTER_TO_INT (data));
  /* A viewport asks its child's width for the height it shows. */
  gtk_widget_measure (GTK_WIDGET (fixture->clamp), GTK_ORIENTATION_HORIZONTAL, 700, NULL, &width,
                      NULL, NULL);
  g_assert_cmpint (width, ==, 300);
  lay_out (fixture, 1000, 800);
  lay_out (fixture, 250, 400);

  g_assert_cmpuint (fixture->probe->width_asked_for->len, >, 0);
  for (guint i = 0; i < fixture->probe->width_asked_for->len; i++)
    g_assert_cmpint (g_array_index (fixture->probe->width_asked_for, int, i), ==, -1);
}

/* With natural-size: no wider or taller than it likes, in the middle,
 * as halign and valign "center" would have it. */
static void
test_clamp_natural_size (Fixture *fixture, gconstpointer data)
{
  graphene_rect_t place;

  passend_clamp_set_natural_size (fixture->clamp, TRUE);
  place = lay_out (fixture, 1000, 800);
  g_assert_cmpfloat (place.size.width, ==, 300);
  g_assert_cmpfloat (place.size.height, ==, 100);
  g_assert_cmpfloat (place.origin.x, ==, 350);
  g_assert_cmpfloat (place.origin.y, ==, 350);

  /* Narrower than it likes: all the width, taller, still centred. */
  place = lay_out (fixture, 200, 800);
  g_assert_cmpfloat (place.size.width, ==, 200);
  g_assert_cmpfloat (place.size.height, ==, 150);
  g_assert_cmpfloat (place.origin.x, ==, 0);
  g_assert_cmpfloat (place.origin.y, ==, 325);

  /* Too little height: its minimum, from the top (the scrolled window
   * around it scrolls). */
  place = lay_out (fixture, 1000, 60);
  g_assert_cmpfloat (place.origin.y, ==, 0);
  g_assert_cmpfloat (place.size.height, ==, 100);

  /* Never below its minimum width. */
  place = lay_out (fixture, 80, 800);
  g_assert_cmpfloat (place.size.width, ==, 100);
}

/* Without it, as before: the width there is, up to the maximum, and the
 * whole height. */
static void
test_clamp_fill (Fixture *fixture, gconstpointer data)
{
  graphene_rect_t place = lay_out (fixture, 1000, 800);

  g_assert_cmpfloat (place.size.width, ==, 500);
  g_assert_cmpfloat (place.origin.x, ==, 250);
  g_assert_cmpfloat (place.origin.y, ==, 0);
  g_assert_cmpfloat (place.size.height, ==, 800);

  place = lay_out (fixture, 320, 800);
  g_assert_cmpfloat (place.size.width, ==, 320);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/widgets/clamp/width-for-no-height", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_clamp_width_for_no_height, fixture_tear_down);
  g_test_add ("/widgets/clamp/width-for-no-height-natural", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_clamp_width_for_no_height, fixture_tear_down);
  g_test_add ("/widgets/clamp/natural-size", Fixture, NULL, fixture_set_up, test_clamp_natural_size,
              fixture_tear_down);
  g_test_add ("/widgets/clamp/fill", Fixture, NULL, fixture_set_up, test_clamp_fill,
              fixture_tear_down);
  return g_test_run ();
}
