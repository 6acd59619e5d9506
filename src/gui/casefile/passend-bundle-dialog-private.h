/* passend-bundle-dialog-private.h - what the Bundle dialog's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * passend-bundle-dialog.c has the dialog, its choices and the making;
 * -entries.c the list of entries and documents to tick.
 */
#pragma once

#include "passend-bundle-dialog.h"
#include "passend-date-entry.h"

G_BEGIN_DECLS

#define BUNDLE_N_KINDS (PASSEND_ENTRY_KIND_NOTE + 1)

struct _PassendBundleDialog
{
  GtkWindow parent_instance;

  PassendStore   *store;
  PassendDossier *dossier;
  GPtrArray      *children; /* PassendChild, as in the drop-down; then "all" */
  GHashTable     *left_out;
  GHashTable     *private_text;
  GHashTable     *left_out_documents;
  GtkCheckButton *kind_checks[BUNDLE_N_KINDS];
  GCancellable   *cancellable;
  char           *writing_to;
  char           *made;
  gboolean        close_when_done;
  gboolean        disposed; /* a write may end after the window went */
  guint           rebuild_idle;

  /* Template widgets */
  GtkWidget        *cancel_button;
  GtkWidget        *make_button;
  GtkWidget        *choices_box;
  GtkEntry         *title_entry;
  GtkEntry         *for_entry;
  GtkDropDown      *child_drop;
  GtkLabel         *from_label;
  PassendDateEntry *from_entry;
  GtkLabel         *to_label;
  PassendDateEntry *to_entry;
  GtkFlowBox       *kinds_box;
  GtkCheckButton   *agreements_check;
  GtkListBox       *entries_list;
  GtkLabel         *status_label;
  GtkProgressBar   *progress_bar;
  GtkWidget        *done_box;
  GtkWidget        *open_button;
};

void _passend_bundle_dialog_fill_entries (PassendBundleDialog *self);
void _passend_bundle_dialog_choices_changed (PassendBundleDialog *self);
PassendBundleSpec *
_passend_bundle_dialog_make_spec (PassendBundleDialog *self, gboolean with_picks, GError **error);

G_END_DECLS
