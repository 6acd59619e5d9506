/* passend-sheet-printer-private.h - what the sheet printer's parts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only for passend-sheet-printer.c (laying the blocks out, cutting them
 * into pages, drawing) and passend-sheet-printer-content.c (what the
 * sheet says, as a list of blocks).
 */
#pragma once

#include "passend-sheet-printer.h"

G_BEGIN_DECLS

/* All lengths in points (GTK_UNIT_POINTS). */
#define MM (72.0 / 25.4)
#define MARGIN (18.0 * MM)
#define FOOTER_HEIGHT 22.0
#define RUNNING_HEIGHT 24.0
#define RULE_SPACING 22.0
#define CELL_PADDING 4.0
#define EMPTY_ROW 26.0
#define POINT_INDENT 14.0
#define N_COLUMNS 3

typedef enum
{
  KIND_TITLE,
  KIND_HEADING,
  KIND_SUBHEADING,
  KIND_TEXT,
  KIND_SMALL,
  KIND_RULES,
  KIND_ROW,
  KIND_SPACE,
} Kind;

typedef struct
{
  double top;
  double height;
  double baseline;
  double x;
} Line;

typedef struct
{
  Kind     kind;
  char    *markup[N_COLUMNS]; /* TEXT and the like: [0]; ROW: the cells */
  double   indent;
  double   space;   /* SPACE: how much */
  guint    n_rules; /* RULES */
  gboolean keep_with_next;
  gboolean header;       /* ROW: a table's header row */
  int      header_block; /* ROW: the block of its table's header, or -1 */

  /* Made for the paper in begin-print. */
  PangoLayout *layouts[N_COLUMNS];
  GArray      *lines;  /* of Line, of layouts[0] */
  double       height; /* ROW */
} Block;

/* A part of a block on a page: lines first..first+n of a text, rules of
 * a RULES block, or a whole row. */
typedef struct
{
  guint  page;
  guint  block;
  guint  first;
  guint  n;
  double y;
} Piece;

struct _PassendSheetPrinter
{
  GtkPrintOperation parent_instance;

  GPtrArray *blocks;
  GArray    *pieces;
  char      *running_header;
  guint      n_pages;
  double     width; /* of the area inside the margins */
  double     height;
  double     columns[N_COLUMNS];
};

/* Describes @sheet, with what the dossier holds now, as the blocks of
 * @self and its running header. */
void _passend_sheet_printer_describe_sheet (PassendSheetPrinter *self,
                                            PassendDossier      *dossier,
                                            PassendSheet        *sheet);

G_END_DECLS
