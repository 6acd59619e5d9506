/* passend-dossier-private.h - what the dossier's own units share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not for the layers above: they change the dossier through its public
 * calls and the entry draft (passend-entry-draft.h).
 */
#pragma once

#include "passend-dossier.h"

G_BEGIN_DECLS

/* What one "changed" changed, as its handlers ask of it. */
typedef struct
{
  /* Records that were there changed (passend_dossier_change_has_edits()). */
  gboolean edits;
  /* More than free text changed (passend_dossier_change_is_text_only()). */
  gboolean beyond_text;
  /* The one record edited, if only one was (passend_dossier_change_get_edited()). */
  gpointer edited;
  gboolean mixed; /* more than one record's fields, or the lists */
} PassendChangeFacts;

/* What the counts of passend_dossier_summarize() need of each entry and
 * agreement, kept as they change (passend-dossier-summary.c). */
typedef struct _PassendSummaryIndex PassendSummaryIndex;

PassendSummaryIndex *passend_summary_index_new (void);
void                 passend_summary_index_free (PassendSummaryIndex *self);
void                 passend_summary_index_add (PassendSummaryIndex *self, gpointer record);
void                 passend_summary_index_update (PassendSummaryIndex *self, gpointer record);
void                 passend_summary_index_remove (PassendSummaryIndex *self, gpointer record);

struct _PassendDossier
{
  GObject parent_instance;

  GListStore *children;
  GListStore *entries;
  GListStore *agreements;
  GListStore *documents;
  GListStore *process_states;
  GListStore *sheets;
  GListStore *plans;
  GListStore *clocks; /* of passend_dossier_get_clock_type () */

  /* Top-level members a newer build wrote; written back unchanged. */
  JsonObject *extra;
  gint64      file_version;

  /* Changes made while frozen, told as one "changed" on the thaw. */
  guint              freeze_count;
  gboolean           change_pending;
  GQuark             pending_detail;
  PassendChangeFacts pending;
  /* What the "changed" being emitted changed. */
  PassendChangeFacts telling;

  /* Of every entry and agreement watched (passend_dossier_watch_record()). */
  PassendSummaryIndex *summary_index;
};

void passend_dossier_freeze_changes (PassendDossier *self);
void passend_dossier_thaw_changes (PassendDossier *self);

/* For the dossier's own units: passend-dossier.c, -json.c, -removal.c. */

/* A record's reference to another record, by id. */
typedef const char *(*PassendRefGetter) (gpointer record);

void        passend_dossier_emit_changed (PassendDossier *self);
void        passend_dossier_watch_record (PassendDossier *self, gpointer record);
void        passend_dossier_unwatch_record (PassendDossier *self, gpointer record);
gboolean    passend_dossier_find_by_id (GListStore *store, const char *id, guint *position);
GHashTable *passend_dossier_ids_of (GListModel *model);
GPtrArray  *passend_dossier_records_of (GListModel *model);
const char *passend_dossier_agreement_entry_id (gpointer record);
const char *passend_dossier_document_entry_id (gpointer record);
const char *passend_dossier_clock_child_id (gpointer record);
const char *passend_dossier_clock_entry_id (gpointer record);

/* passend-dossier-json.c, for passend-dossier-snapshot.c */
void        passend_dossier_write_head (GString *out, gboolean *first);
void        passend_dossier_write_tail (PassendDossier *self, GString *out, gboolean first);
guint       passend_dossier_n_lists (void);
gboolean    passend_dossier_validate_sheets (PassendDossier *self, GError **error);
const char *passend_dossier_list_key (guint l);
gboolean    passend_dossier_list_is_known (guint l);
GListModel *passend_dossier_list_at (PassendDossier *self, guint l);

G_END_DECLS
