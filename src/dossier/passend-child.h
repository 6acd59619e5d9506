/* passend-child.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "passend-record.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_CHILD (passend_child_get_type ())
G_DECLARE_FINAL_TYPE (PassendChild, passend_child, PASSEND, CHILD, PassendRecord)

PassendChild *passend_child_new (const char *name);
const char   *passend_child_get_name (PassendChild *self);
void          passend_child_set_name (PassendChild *self, const char *name);
const char   *passend_child_get_detail (PassendChild *self, const char *property);
void passend_child_set_detail (PassendChild *self, const char *property, const char *value);

G_END_DECLS
