/* passend-bundle-write.c - the bundle as one PDF, on a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF is written into the store's draft (a folder only this user
 * can enter) and put in place 0600, whole or not at all: a cancelled
 * or failed bundle leaves no file.  Pages go to the file as they are
 * made; only one attached document is open at a time.
 */
#define G_LOG_DOMAIN "passend-bundle"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "passend-bundle-private.h"
#include "passend-error.h"

static cairo_status_t
discard_cb (void *closure, const unsigned char *data, unsigned int length)
{
  return CAIRO_STATUS_SUCCESS;
}

static void
pager_open (BundlePager *pager, cairo_surface_t *surface)
{
  pager->surface = surface;
  pager->cr = cairo_create (surface);
  pager->open = FALSE;
  pager->page = 0;
}

static void
pager_close (BundlePager *pager)
{
  bundle_pager_end (pager);
  cairo_destroy (pager->cr);
  cairo_surface_finish (pager->surface);
  g_clear_pointer (&pager->stamp, g_free);
}

/* Every page, in order.  Returns %FALSE if cancelled. */
static gboolean
write_all (PassendBundle *self, BundlePager *pager)
{
  bundle_write_front (self, pager);
  for (guint i = 0; i < self->exhibits->len; i++)
    {
      BundleExhibit *exhibit = self->exhibits->pdata[i];

      exhibit->first_page = pager->page + 1;
      if (!bundle_write_exhibit (self, exhibit, pager))
        return FALSE;
    }
  return TRUE;
}

/* The first pass: what each document is, and how many pages in all. */
static gboolean
count_pages (PassendBundle *self, BundlePager *pager)
{
  cairo_surface_t *surface =
      cairo_pdf_surface_create_for_stream (discard_cb, NULL, BUNDLE_PAGE_WIDTH, BUNDLE_PAGE_HEIGHT);
  gboolean ok;

  for (guint i = 0; i < self->exhibits->len; i++)
    {
      if (g_cancellable_is_cancelled (pager->cancellable))
        break;
      bundle_count_exhibit (self->exhibits->pdata[i]);
    }

  pager->counting = TRUE;
  pager_open (pager, surface);
  ok = !g_cancellable_is_cancelled (pager->cancellable) && write_all (self, pager);
  pager->total = pager->page;
  pager_close (pager);
  cairo_surface_destroy (surface);
  return ok;
}

static gboolean
draw_pages (PassendBundle *self, BundlePager *pager, const char *draft, GError **error)
{
  cairo_surface_t *surface =
      cairo_pdf_surface_create (draft, BUNDLE_PAGE_WIDTH, BUNDLE_PAGE_HEIGHT);
  cairo_status_t status;
  gboolean       ok;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Passend");

  pager->counting = FALSE;
  pager_open (pager, surface);
  ok = write_all (self, pager);
  if (ok && pager->page != pager->total)
    g_warning ("The bundle has %u pages, counted %u", pager->page, pager->total);
  pager_close (pager);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!ok)
    return g_cancellable_set_error_if_cancelled (pager->cancellable, error), FALSE;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("The PDF could not be written: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/**
 * passend_bundle_write:
 * @path: where the parent chose to save the PDF
 * @cancellable: (nullable): cancel to stop; then no file is left
 * @progress: (nullable): told how far it is, on this thread
 * @n_pages: (out) (optional): the number of pages written
 *
 * Writes the bundle.  Safe on a worker thread.
 *
 * Returns: %TRUE if @path holds the whole bundle
 */
gboolean
passend_bundle_write (PassendBundle            *self,
                      const char               *path,
                      GCancellable             *cancellable,
                      PassendBundleProgressFunc progress,
                      gpointer                  progress_data,
                      guint                    *n_pages,
                      GError                  **error)
{
  g_autofree char *draft = NULL;
  BundlePager      pager = { 0 };
  gboolean         ok;

  g_return_val_if_fail (self != NULL && path != NULL, FALSE);

  draft = passend_export_draft_new ("bundle.pdf", error);
  if (draft == NULL)
    return FALSE;

  pager.cancellable = cancellable;
  pager.progress = progress;
  pager.progress_data = progress_data;
  ok = count_pages (self, &pager);
  if (!ok)
    g_cancellable_set_error_if_cancelled (cancellable, error);
  if (ok && progress != NULL)
    progress (0.05, progress_data);
  ok = ok && draw_pages (self, &pager, draft, error);

  if (!passend_export_draft_finish (draft, ok ? path : NULL, ok ? error : NULL))
    return FALSE;
  if (ok && progress != NULL)
    progress (1.0, progress_data);
  if (ok && n_pages != NULL)
    *n_pages = pager.total;
  return ok;
}

typedef struct
{
  PassendBundle            *bundle;
  char                     *path;
  PassendBundleProgressFunc progress;
  gpointer                  progress_data;
  GMainContext             *context;
  int                       reported; /* in hundredths */
} WriteData;

static void
write_data_free (WriteData *data)
{
  passend_bundle_unref (data->bundle);
  g_free (data->path);
  g_main_context_unref (data->context);
  g_free (data);
}

typedef struct
{
  GTask *task;
  double fraction;
} Progress;

static gboolean
progress_cb (gpointer user_data)
{
  Progress  *progress = user_data;
  WriteData *data = g_task_get_task_data (progress->task);

  if (!g_task_get_completed (progress->task))
    data->progress (progress->fraction, data->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_free (Progress *progress)
{
  g_object_unref (progress->task);
  g_free (progress);
}

/* On the worker: hands the progress to the caller's thread, each
 * hundredth once. */
static void
worker_progress (double fraction, gpointer user_data)
{
  GTask     *task = user_data;
  WriteData *data = g_task_get_task_data (task);
  int        hundredths = (int)(fraction * 100);
  Progress  *progress;

  if (data->progress == NULL || hundredths == data->reported)
    return;
  data->reported = hundredths;
  progress = g_new0 (Progress, 1);
  progress->task = g_object_ref (task);
  progress->fraction = fraction;
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, progress_cb, progress,
                              (GDestroyNotify)progress_free);
}

static void
write_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  WriteData *data = task_data;
  GError    *error = NULL;
  guint      n_pages = 0;

  if (passend_bundle_write (data->bundle, data->path, cancellable, worker_progress, task, &n_pages,
                            &error))
    g_task_return_int (task, n_pages);
  else
    g_task_return_error (task, error);
}

/**
 * passend_bundle_write_async:
 *
 * Writes the bundle on a worker thread; @progress is called on this
 * thread's main context while it runs.
 */
void
passend_bundle_write_async (PassendBundle            *self,
                            const char               *path,
                            PassendBundleProgressFunc progress,
                            gpointer                  progress_data,
                            GCancellable             *cancellable,
                            GAsyncReadyCallback       callback,
                            gpointer                  user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  WriteData *data = g_new0 (WriteData, 1);

  data->bundle = passend_bundle_ref (self);
  data->path = g_strdup (path);
  data->progress = progress;
  data->progress_data = progress_data;
  data->context = g_main_context_ref_thread_default ();
  data->reported = -1;
  g_task_set_source_tag (task, passend_bundle_write_async);
  g_task_set_task_data (task, data, (GDestroyNotify)write_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, write_thread);
}

gboolean
passend_bundle_write_finish (GAsyncResult *result, guint *n_pages, GError **error)
{
  gssize pages = g_task_propagate_int (G_TASK (result), error);

  if (pages < 0)
    return FALSE;
  if (n_pages != NULL)
    *n_pages = pages;
  return TRUE;
}
