/* passend-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "passend-error.h"

G_DEFINE_QUARK (passend - error - quark, passend_error)
