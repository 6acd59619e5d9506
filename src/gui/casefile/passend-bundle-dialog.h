/* passend-bundle-dialog.h - the parent's choices for the evidence
 * bundle, and its making
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "passend-bundle.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_BUNDLE_DIALOG (passend_bundle_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PassendBundleDialog, passend_bundle_dialog, PASSEND, BUNDLE_DIALOG, GtkWindow)

PassendBundleDialog *passend_bundle_dialog_new (
    GtkWindow *parent, PassendStore *store, PassendChild *child, const char *from, const char *to);
PassendBundleSpec *passend_bundle_dialog_get_spec (PassendBundleDialog *self, GError **error);
void               passend_bundle_dialog_save_to (PassendBundleDialog *self, const char *path);
gboolean           passend_bundle_dialog_is_writing (PassendBundleDialog *self);
const char        *passend_bundle_dialog_get_made (PassendBundleDialog *self);

G_END_DECLS
