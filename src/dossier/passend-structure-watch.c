/* passend-structure-watch.c - which lists a change of structure touched
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "changed::structure" says records were added or removed, or that
 * changes of several kinds came together, not in which lists.  A page
 * that shows 50,000 entries must not sort them again because a parent
 * started a new talk on the Preparation page.  The watch hears each
 * list's "items-changed", which comes before the dossier's "changed";
 * the page asks it in its "changed::structure" handler.
 *
 * Only when sheets alone were added or removed can a page let the
 * change pass: changes of records of other kinds that came together
 * with them (a talk's outcome, an entry with its agreements) always
 * add or remove an entry or a document too, and so do not count as
 * sheets only.
 */
#include "config.h"

#include "passend-structure-watch.h"

struct _PassendStructureWatch
{
  PassendDossier *dossier; /* a reference */
  GPtrArray      *lists;   /* of GListModel, references; the first is the sheets */
  gboolean        sheets;
  gboolean        others;
};

static void
sheets_changed_cb (PassendStructureWatch *self)
{
  self->sheets = TRUE;
}

static void
others_changed_cb (PassendStructureWatch *self)
{
  self->others = TRUE;
}

/**
 * passend_structure_watch_new:
 *
 * Returns: (transfer full): a watch of the lists of @dossier
 */
PassendStructureWatch *
passend_structure_watch_new (PassendDossier *dossier)
{
  PassendStructureWatch *self;
  GListModel            *others[7];

  g_return_val_if_fail (PASSEND_IS_DOSSIER (dossier), NULL);

  others[0] = passend_dossier_get_children (dossier);
  others[1] = passend_dossier_get_entries (dossier);
  others[2] = passend_dossier_get_agreements (dossier);
  others[3] = passend_dossier_get_documents (dossier);
  others[4] = passend_dossier_get_process_states (dossier);
  others[5] = passend_dossier_get_plans (dossier);
  others[6] = passend_dossier_get_clocks (dossier);

  self = g_new0 (PassendStructureWatch, 1);
  self->dossier = g_object_ref (dossier);
  self->lists = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->lists, g_object_ref (passend_dossier_get_sheets (dossier)));
  g_signal_connect_swapped (self->lists->pdata[0], "items-changed", G_CALLBACK (sheets_changed_cb),
                            self);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_ptr_array_add (self->lists, g_object_ref (others[i]));
      g_signal_connect_swapped (others[i], "items-changed", G_CALLBACK (others_changed_cb), self);
    }

  return self;
}

/**
 * passend_structure_watch_only_sheets:
 *
 * Call in a "changed::structure" handler: whether that change only
 * added or removed sheets.  Forgets what it saw, for the next change.
 *
 * Returns: %TRUE if the lists other pages show are as they were
 */
gboolean
passend_structure_watch_only_sheets (PassendStructureWatch *self)
{
  gboolean only = self->sheets && !self->others;

  self->sheets = self->others = FALSE;
  return only;
}

void
passend_structure_watch_free (PassendStructureWatch *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->lists->len; i++)
    g_signal_handlers_disconnect_by_data (self->lists->pdata[i], self);
  g_ptr_array_unref (self->lists);
  g_object_unref (self->dossier);
  g_free (self);
}
