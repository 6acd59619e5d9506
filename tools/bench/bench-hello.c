/* bench-hello.c - the hello-world GTK 4 window the app is measured against
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window with one label, nothing else.  At its first painted frame it
 * prints "MONOTONIC_US RSS_KB" and exits: the same line passend-bench-app
 * prints for the real application, so that passend-bench-app's driver
 * can take their ratio (bench-app.c).
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <gtk/gtk.h>

static long
rss_kb (void)
{
  g_autofree char *status = NULL;
  const char      *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmRSS:");
  return line != NULL ? strtol (line + strlen ("VmRSS:"), NULL, 10) : 0;
}

static void
after_paint_cb (GdkFrameClock *clock, gpointer data)
{
  printf ("%" G_GINT64_FORMAT " %ld\n", g_get_monotonic_time (), rss_kb ());
  fflush (stdout);
  _exit (0);
}

static void
realized_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb),
                    NULL);
}

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "Hello");
  gtk_window_set_default_size (GTK_WINDOW (window), 980, 680);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Hello, world"));
  g_signal_connect (window, "realize", G_CALLBACK (realized_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr (GtkApplication) app =
      gtk_application_new ("org.example.PassendBenchHello", G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
