/* passend-bundle-private.h - the bundle's copy of the dossier, and the
 * pages, shared by the pieces of src/casefile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "passend-bundle.h"
#include "passend-labels.h"

G_BEGIN_DECLS

typedef enum
{
  BUNDLE_FILE_UNKNOWN, /* not looked at yet */
  BUNDLE_FILE_MISSING, /* not in the data folder */
  BUNDLE_FILE_PDF,
  BUNDLE_FILE_IMAGE,
  BUNDLE_FILE_OTHER, /* listed by name and size only */
} BundleFileKind;

typedef struct
{
  guint          number; /* 1, 2, ... across the whole bundle */
  char          *name;
  char          *path; /* NULL where the store knows no such file */
  gint64         size;
  char          *entry_date;
  char          *entry_title;
  BundleFileKind kind;    /* found when pages are counted */
  guint          n_pages; /* the document's own pages */
  guint          first_page;
} BundleExhibit;

typedef struct
{
  char                  *what;
  char                  *who;
  char                  *due;
  PassendAgreementStatus status;
} BundleAgreement;

typedef struct
{
  char            *date;
  char            *time;
  PassendEntryKind kind;
  char            *people;
  PassendRole      role;
  PassendDirection direction;
  char            *title;
  char            *summary;    /* NULL where the text is private */
  GPtrArray       *agreements; /* BundleAgreement, not owned */
  GArray          *exhibits;   /* guint numbers */
} BundleEntry;

typedef struct
{
  char      *child_name;
  GPtrArray *entries;    /* BundleEntry */
  GPtrArray *agreements; /* BundleAgreement */
} BundleSection;

struct _PassendBundle
{
  gatomicrefcount ref_count;
  char           *title;
  char           *for_whom;
  char           *from;
  char           *to;
  char           *made;
  GPtrArray      *sections; /* BundleSection */
  GPtrArray      *exhibits; /* BundleExhibit */
  guint           n_entries;
};

const char *bundle_role_label (PassendRole role);
const char *bundle_party_label (PassendParty party);
const char *bundle_kept_label (PassendAgreementStatus status);
char       *bundle_summarize (const char *text);

/* The pages: one pass counts them, the next draws them. */
typedef struct
{
  cairo_surface_t          *surface;
  cairo_t                  *cr;
  gboolean                  counting;
  gboolean                  open; /* a page is begun */
  guint                     page;
  guint                     total;
  double                    y;
  char                     *stamp; /* the footer's first part */
  GCancellable             *cancellable;
  PassendBundleProgressFunc progress;
  gpointer                  progress_data;
} BundlePager;

#define BUNDLE_PAGE_WIDTH 595.276
#define BUNDLE_PAGE_HEIGHT 841.89
#define BUNDLE_MARGIN 56.0
#define BUNDLE_FOOTER 40.0
#define BUNDLE_BOTTOM (BUNDLE_PAGE_HEIGHT - BUNDLE_MARGIN - BUNDLE_FOOTER / 2)
#define BUNDLE_TEXT_WIDTH (BUNDLE_PAGE_WIDTH - 2 * BUNDLE_MARGIN)

void bundle_pager_begin (BundlePager *pager, const char *stamp);
void bundle_pager_end (BundlePager *pager);
PangoLayout        *
bundle_pager_layout (BundlePager *pager, const char *text, const char *font, double width);
double bundle_layout_height (PangoLayout *layout);
void   bundle_pager_show (BundlePager *pager, PangoLayout *layout, double x, double y);
void   bundle_pager_need (BundlePager *pager, double height, const char *stamp);

void     bundle_write_front (PassendBundle *self, BundlePager *pager);
void     bundle_count_exhibit (BundleExhibit *exhibit);
gboolean bundle_write_exhibit (PassendBundle *self, BundleExhibit *exhibit, BundlePager *pager);

G_END_DECLS
