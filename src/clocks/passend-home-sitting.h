/* passend-home-sitting.h - how long a child has been at home
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-dossier.h"

G_BEGIN_DECLS

typedef enum
{
  PASSEND_HOME_SITTING_NONE,    /* not at home, as far as the dossier knows */
  PASSEND_HOME_SITTING_CLOCK,   /* counted from the first day at home, a clock's start */
  PASSEND_HOME_SITTING_ADVISOR, /* an estimate from the weeks the parent gave the advisor */
} PassendHomeSittingSource;

typedef struct
{
  PassendHomeSittingSource source;
  char                    *first_day;     /* CLOCK: "YYYY-MM-DD"; otherwise NULL */
  int                      days;          /* at home without suitable education, day 1 counted */
  guint                    weeks;         /* ADVISOR: the weeks the parent gave */
  guint                    absence_weeks; /* school weeks with absence hours recorded */
} PassendHomeSitting;

void passend_home_sitting_compute (PassendDossier     *dossier,
                                   PassendChild       *child,
                                   const char         *today,
                                   PassendHomeSitting *out);
void passend_home_sitting_clear (PassendHomeSitting *home);

G_END_DECLS
