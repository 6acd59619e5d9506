/* assistant-test-process.c - walking a child through the six steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each call asserts it succeeds, on the day it is given.
 */
#include "config.h"

#include "assistant-test-process.h"
#include "passend-clock.h"

PassendProcessState *
state_of (PassendDossier *dossier, PassendChild *child)
{
  PassendProcessState *state = passend_dossier_find_process_state (dossier, child);

  g_assert_nonnull (state);
  return state;
}

int
step_of (PassendDossier *dossier, PassendChild *child)
{
  return passend_process_state_get_step (state_of (dossier, child));
}

void
advance (PassendDossier *dossier, PassendChild *child, const char *today)
{
  g_autoptr (GError) error = NULL;

  passend_clock_set_today (today);
  g_assert_true (passend_process_advance (dossier, child, &error));
  g_assert_no_error (error);
}

void
evaluate (PassendDossier   *dossier,
          PassendChild     *child,
          const char       *today,
          PassendPlanResult result,
          const char       *next)
{
  g_autoptr (GError) error = NULL;

  passend_clock_set_today (today);
  g_assert_true (passend_process_evaluate (dossier, child, result, next, &error));
  g_assert_no_error (error);
}

char *
write_dossier (PassendDossier *dossier)
{
  gsize length;

  return passend_dossier_write (dossier, 0, &length);
}
