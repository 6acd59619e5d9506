/* passend-dossier.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "passend-agreement.h"
#include "passend-child.h"
#include "passend-document.h"
#include "passend-entry.h"
#include "passend-plan.h"
#include "passend-process-state.h"
#include "passend-sheet.h"

G_BEGIN_DECLS

/* What the top of the dossier page shows for a child. */
typedef struct
{
  guint n_entries;
  char *last_school_contact; /* "YYYY-MM-DD" or NULL */
  guint n_open;
  guint n_overdue;
} PassendSummary;

void passend_summary_clear (PassendSummary *summary);

typedef struct _PassendRemoval PassendRemoval;

#define PASSEND_TYPE_REMOVAL (passend_removal_get_type ())
GType           passend_removal_get_type (void) G_GNUC_CONST;
PassendRemoval *passend_removal_copy (PassendRemoval *removal);
void            passend_removal_free (PassendRemoval *removal);
PassendEntry   *passend_removal_get_entry (PassendRemoval *removal);
GPtrArray      *passend_removal_get_documents (PassendRemoval *removal);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendRemoval, passend_removal_free)

/* The version of the file format this build writes.
 *   1  children, entries, agreements, process
 *   2  documents, and the people, role and direction of entries: a
 *      build that knows only 1 opens such a file read-only, so it can
 *      never remove an entry and leave its documents pointing nowhere
 *   3  preparation sheets, and the Assistant's checklists, step dates
 *      and plan history: records that name a child, so a build that
 *      knows only 2 must not remove a child and leave them behind
 *   4  clocks (the legal terms running for a child, src/clocks/): they
 *      name a child and an entry, so a build that knows only 3 opens
 *      such a file read-only for the same reason */
#define PASSEND_DOSSIER_VERSION 4

#define PASSEND_TYPE_DOSSIER (passend_dossier_get_type ())
G_DECLARE_FINAL_TYPE (PassendDossier, passend_dossier, PASSEND, DOSSIER, GObject)

PassendDossier *passend_dossier_new (void);
PassendDossier *passend_dossier_new_from_json (JsonNode *root, GError **error);
PassendDossier *passend_dossier_new_from_text (const char *text, gsize length, GError **error);
JsonNode       *passend_dossier_to_json (PassendDossier *self);
char           *passend_dossier_write (PassendDossier *self, gsize size_hint, gsize *length);
gboolean        passend_dossier_validate (PassendDossier *self, GError **error);
gint64          passend_dossier_get_file_version (PassendDossier *self);

GListModel *passend_dossier_get_children (PassendDossier *self);
gboolean    passend_dossier_change_has_edits (PassendDossier *self);
gboolean    passend_dossier_change_is_text_only (PassendDossier *self);
gpointer    passend_dossier_change_get_edited (PassendDossier *self);
GListModel *passend_dossier_get_entries (PassendDossier *self);
GListModel *passend_dossier_get_agreements (PassendDossier *self);
GListModel *passend_dossier_get_process_states (PassendDossier *self);

PassendChild *passend_dossier_add_child (PassendDossier *self, const char *name);
PassendChild *passend_dossier_find_child (PassendDossier *self, const char *id);
void          passend_dossier_remove_child (PassendDossier *self, PassendChild *child);
guint         passend_dossier_count_entries (PassendDossier *self, PassendChild *child);

void passend_dossier_add_entry (PassendDossier *self, PassendEntry *entry);
void passend_dossier_add_entries (PassendDossier *self, PassendEntry **entries, guint n_entries);
PassendRemoval *passend_dossier_remove_entry (PassendDossier *self, PassendEntry *entry);
gboolean        passend_dossier_restore (PassendDossier *self, PassendRemoval *removal);
void            passend_dossier_add_agreement (PassendDossier *self, PassendAgreement *agreement);
void            passend_dossier_add_entry_agreement (PassendDossier   *self,
                                                     PassendEntry     *entry,
                                                     PassendAgreement *agreement);
void        passend_dossier_remove_agreement (PassendDossier *self, PassendAgreement *agreement);
GPtrArray  *passend_dossier_get_entry_agreements (PassendDossier *self, PassendEntry *entry);
GListModel *passend_dossier_get_documents (PassendDossier *self);
GPtrArray  *passend_dossier_get_entry_documents (PassendDossier *self, PassendEntry *entry);
void
passend_dossier_add_document (PassendDossier *self, PassendEntry *entry, PassendDocument *document);
void passend_dossier_remove_document (PassendDossier *self, PassendDocument *document);
void passend_dossier_summarize (PassendDossier *self,
                                const char     *child_id,
                                const char     *today,
                                PassendSummary *summary);
PassendProcessState *passend_dossier_get_process_state (PassendDossier *self, PassendChild *child);
GListModel          *passend_dossier_get_sheets (PassendDossier *self);
void                 passend_dossier_add_sheet (PassendDossier *self, PassendSheet *sheet);
void                 passend_dossier_remove_sheet (PassendDossier *self, PassendSheet *sheet);
PassendEntry        *passend_dossier_find_entry (PassendDossier *self, const char *id);
PassendProcessState *passend_dossier_find_process_state (PassendDossier *self, PassendChild *child);
GListModel          *passend_dossier_get_plans (PassendDossier *self);
void                 passend_dossier_add_plan (PassendDossier *self, PassendPlan *plan);
void                 passend_dossier_remove_plan (PassendDossier *self, PassendPlan *plan);

/* The clocks: their record type lives in src/clocks/, above this folder,
 * and registers itself here (passend-dossier-clocks.c). */
typedef const char *(*PassendDossierRefFunc) (gpointer record);

void        passend_dossier_register_clock_type (GType                 type,
                                                 PassendDossierRefFunc get_child_id,
                                                 PassendDossierRefFunc get_entry_id);
GType       passend_dossier_get_clock_type (void);
GListModel *passend_dossier_get_clocks (PassendDossier *self);
void        passend_dossier_add_clocks (PassendDossier *self, gpointer *clocks, guint n_clocks);
void        passend_dossier_remove_clock (PassendDossier *self, gpointer clock);
GPtrArray  *passend_dossier_get_entry_clocks (PassendDossier *self, PassendEntry *entry);

G_END_DECLS
