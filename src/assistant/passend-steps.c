/* passend-steps.c - the names of the six steps, for every page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Assistant, the Topics and the Preparation sheet all name the
 * steps; they take the names from here so a parent always reads the
 * same words.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-process-state.h"
#include "passend-steps.h"

static const char *const titles[] = {
  /* Translators: the six steps school and parents go through when a
   * child needs more support.  Short names, shown in lists. */
  N_ ("Talk together"), N_ ("Find out more"),  N_ ("Look into the problem"),
  N_ ("Make a plan"),   N_ ("Check the plan"), N_ ("Another school"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (titles) ==
                 PASSEND_PROCESS_LAST_STEP - PASSEND_PROCESS_FIRST_STEP + 1);

/**
 * passend_step_get_title:
 * @step: 1 to 6
 *
 * Returns: the translated short name of @step, or %NULL for a step that
 *   does not exist
 */
const char *
passend_step_get_title (int step)
{
  if (step < PASSEND_PROCESS_FIRST_STEP || step > PASSEND_PROCESS_LAST_STEP)
    return NULL;

  return _ (titles[step - PASSEND_PROCESS_FIRST_STEP]);
}
