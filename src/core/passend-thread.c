/* passend-thread.c - background threads that let the main thread go first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On two cores, a worker writing 25 MB beside GTK's layout made typing
 * stall for up to 0.1 s at 50,000 entries.  A lower priority (nice 10)
 * lets the main thread go first and costs the worker nothing when the
 * machine is idle.
 */
#include "config.h"

#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

#include "passend-thread.h"

/* How far a background thread steps back (nice). */
#define BACKGROUND_NICE 10

/**
 * passend_thread_step_back:
 *
 * Lowers the calling thread's priority, and only its own, for work a
 * parent does not wait for while typing.  GLib's pool keeps a thread at
 * that level for its later tasks, which must then be background work
 * too: a priority cannot be raised again without privileges.  Never
 * for the main thread.
 */
void
passend_thread_step_back (void)
{
#ifdef __linux__
  id_t tid = (id_t)gettid ();
  int  now;

  errno = 0;
  now = getpriority (PRIO_PROCESS, tid);
  if (errno == 0 && now < BACKGROUND_NICE)
    setpriority (PRIO_PROCESS, tid, BACKGROUND_NICE);
#endif
}
