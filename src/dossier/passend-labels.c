/* passend-labels.c - the words for the dossier's values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One set of words for a date, a kind of entry, a role, who acts and an
 * agreement's status: the window, the printed bundle and the letters
 * say them the same way, in the app's language.
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "passend-date.h"
#include "passend-labels.h"
/**
 * passend_format_date:
 * @date: (nullable): "YYYY-MM-DD"
 *
 * Returns: the date to show, "23 November 2026", or "" for none
 */
char *
passend_format_date (const char *date)
{
  static const char *months[] = {
    N_ ("January"),   N_ ("February"), N_ ("March"),    N_ ("April"),
    N_ ("May"),       N_ ("June"),     N_ ("July"),     N_ ("August"),
    N_ ("September"), N_ ("October"),  N_ ("November"), N_ ("December"),
  };
  guint y, m, d;

  if (date == NULL || !passend_date_is_valid (date) || sscanf (date, "%u-%u-%u", &y, &m, &d) != 3 ||
      m < 1 || m > 12)
    return g_strdup ("");

  /* Translators: a date: day, month name, year; "23 November 2026".
   * Keep the %1$, %2$ and %3$ parts; change their order if needed. */
  return g_strdup_printf (_ ("%1$u %2$s %3$u"), d, _ (months[m - 1]), y);
}

/**
 * passend_format_size:
 *
 * Returns: a file size to show, "1.2 MB"
 */
char *
passend_format_size (gint64 size)
{
  return g_format_size (MAX (size, 0));
}

const char *
passend_entry_kind_label (PassendEntryKind kind)
{
  switch (kind)
    {
    case PASSEND_ENTRY_KIND_CONVERSATION:
      return _ ("Conversation");
    case PASSEND_ENTRY_KIND_PHONE_CALL:
      return _ ("Phone call");
    case PASSEND_ENTRY_KIND_EMAIL:
      return _ ("E-mail");
    case PASSEND_ENTRY_KIND_LETTER:
      return _ ("Letter");
    case PASSEND_ENTRY_KIND_DOCUMENT:
      return _ ("Document");
    case PASSEND_ENTRY_KIND_OBSERVATION:
      return _ ("Observation");
    case PASSEND_ENTRY_KIND_NOTE:
      return _ ("Note");
    default:
      return "";
    }
}

const char *
passend_role_label (PassendRole role)
{
  switch (role)
    {
    case PASSEND_ROLE_NONE:
      return _ ("Not said");
    case PASSEND_ROLE_TEACHER:
      return _ ("Teacher");
    /* Translators: in Dutch schools "intern begeleider (IB'er)" or
     * "zorgcoördinator": who organises extra support. */
    case PASSEND_ROLE_CARE_COORDINATOR:
      return _ ("Support coordinator");
    case PASSEND_ROLE_SCHOOL_MANAGEMENT:
      return _ ("School management");
    /* Translators: the "samenwerkingsverband" of schools in a region. */
    case PASSEND_ROLE_PARTNERSHIP:
      return _ ("School partnership");
    case PASSEND_ROLE_CONSULTANT:
      return _ ("Consultant");
    case PASSEND_ROLE_CARE_WORKER:
      return _ ("Care worker");
    case PASSEND_ROLE_OTHER:
      return _ ("Someone else");
    default:
      return "";
    }
}

const char *
passend_party_label (PassendParty party)
{
  switch (party)
    {
    case PASSEND_PARTY_SCHOOL:
      return _ ("School");
    case PASSEND_PARTY_PARENT:
      return _ ("Me (parent)");
    case PASSEND_PARTY_OTHER:
      return _ ("Someone else");
    default:
      return "";
    }
}

const char *
passend_direction_label (PassendDirection direction)
{
  switch (direction)
    {
    case PASSEND_DIRECTION_NONE:
      return _ ("Not said");
    case PASSEND_DIRECTION_SENT:
      return _ ("I sent it");
    case PASSEND_DIRECTION_RECEIVED:
      return _ ("I received it");
    default:
      return "";
    }
}

const char *
passend_agreement_status_label (PassendAgreementStatus status)
{
  switch (status)
    {
    case PASSEND_AGREEMENT_STATUS_OPEN:
      return _ ("Open");
    case PASSEND_AGREEMENT_STATUS_DONE:
      return _ ("Done");
    case PASSEND_AGREEMENT_STATUS_NOT_KEPT:
      return _ ("Not kept");
    case PASSEND_AGREEMENT_STATUS_CANCELLED:
      return _ ("Cancelled");
    default:
      return "";
    }
}

/**
 * passend_suggest_title:
 *
 * Returns: a title for an entry the parent left untitled, "Phone call
 *   on 23 November 2026"
 */
char *
passend_suggest_title (PassendEntryKind kind, const char *date)
{
  g_autofree char *shown = passend_format_date (date);

  if (shown[0] == '\0')
    return g_strdup (passend_entry_kind_label (kind));

  /* Translators: a title made for an entry without one: "Phone call on
   * 23 November 2026". */
  return g_strdup_printf (_ ("%1$s on %2$s"), passend_entry_kind_label (kind), shown);
}
