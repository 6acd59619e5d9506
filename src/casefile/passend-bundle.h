/* passend-bundle.h - the evidence bundle: what goes in, and the PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "passend-store.h"

G_BEGIN_DECLS

/* What the parent chose to put in the bundle.  Every field may stay
 * empty: then every child, every date, every kind, every entry. */
typedef struct
{
  char       *child_id;             /* NULL: every child, one section each */
  char       *from;                 /* "YYYY-MM-DD" or NULL */
  char       *to;                   /* "YYYY-MM-DD" or NULL */
  guint       kinds;                /* 1 << PassendEntryKind; 0 for all */
  gboolean    only_with_agreements; /* only entries with agreements */
  GHashTable *picked;               /* entry ids: only these; NULL for all */
  GHashTable *left_out;             /* entry ids left out */
  GHashTable *private_text;         /* entry ids whose text is not printed */
  GHashTable *left_out_documents;   /* document ids left out */
  char       *title;                /* NULL: "Evidence bundle" */
  char       *for_whom;             /* NULL: not said */
} PassendBundleSpec;

PassendBundleSpec *passend_bundle_spec_new (void);
void               passend_bundle_spec_free (PassendBundleSpec *spec);
gboolean passend_bundle_spec_takes_entry (const PassendBundleSpec *spec, PassendEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendBundleSpec, passend_bundle_spec_free)

/* A copy of what the bundle prints, made on the main thread and then
 * written on a worker: it holds no record of the dossier. */
typedef struct _PassendBundle PassendBundle;

#define PASSEND_TYPE_BUNDLE (passend_bundle_get_type ())
GType passend_bundle_get_type (void) G_GNUC_CONST;
PassendBundle *
passend_bundle_new (PassendStore *store, PassendDossier *dossier, const PassendBundleSpec *spec);
PassendBundle *passend_bundle_ref (PassendBundle *self);
void           passend_bundle_unref (PassendBundle *self);
guint          passend_bundle_get_n_entries (PassendBundle *self);
guint          passend_bundle_get_n_exhibits (PassendBundle *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendBundle, passend_bundle_unref)

/* Called on the thread that started the write, @fraction from 0 to 1. */
typedef void (*PassendBundleProgressFunc) (double fraction, gpointer user_data);

gboolean passend_bundle_write (PassendBundle            *self,
                               const char               *path,
                               GCancellable             *cancellable,
                               PassendBundleProgressFunc progress,
                               gpointer                  progress_data,
                               guint                    *n_pages,
                               GError                  **error);
void     passend_bundle_write_async (PassendBundle            *self,
                                     const char               *path,
                                     PassendBundleProgressFunc progress,
                                     gpointer                  progress_data,
                                     GCancellable             *cancellable,
                                     GAsyncReadyCallback       callback,
                                     gpointer                  user_data);
gboolean passend_bundle_write_finish (GAsyncResult *result, guint *n_pages, GError **error);

G_END_DECLS
