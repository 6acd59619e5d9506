/* passend-error.h - errors raised by the Passend model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PASSEND_ERROR (passend_error_quark ())

typedef enum
{
  PASSEND_ERROR_INVALID,       /* the data breaks a rule of the format */
  PASSEND_ERROR_TOO_DEEP,      /* nesting deeper than the format allows */
  PASSEND_ERROR_TOO_LARGE,     /* the file is larger than any real dossier */
  PASSEND_ERROR_NOT_REGULAR,   /* a directory, FIFO, device... */
  PASSEND_ERROR_NEWER_VERSION, /* written by a newer Passend */
  PASSEND_ERROR_READ_ONLY,     /* the store refuses to write */
  PASSEND_ERROR_LOCKED,        /* another process holds the dossier */
  PASSEND_ERROR_NO_BACKUP,     /* no usable backup to restore */
  PASSEND_ERROR_CONFLICT,      /* the file changed outside: a choice is due */
} PassendError;

GQuark passend_error_quark (void);

G_END_DECLS
