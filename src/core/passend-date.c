/* passend-date.c - dates as a parent types them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dossier stores "YYYY-MM-DD".  Parents in the Netherlands write
 * day-month-year: 23-11-2026, 23/11/2026, 23.11.2026 or 3-2-26; all of
 * those are read, and so is the stored form.
 */
#define G_LOG_DOMAIN "passend-date"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "passend-date.h"
#include "passend-json.h"

static gboolean
read_number (const char **p, guint max_digits, guint *value, guint *digits)
{
  *value = 0;
  *digits = 0;
  while (g_ascii_isdigit (**p) && *digits < max_digits)
    {
      *value = *value * 10 + (guint)(**p - '0');
      (*p)++;
      (*digits)++;
    }
  return *digits > 0 && !g_ascii_isdigit (**p);
}

static char *
make_date (guint year, guint month, guint day)
{
  if (year < 1 || year > 9999 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

/**
 * passend_date_parse_input:
 * @text: what the parent typed
 *
 * Returns: (nullable): "YYYY-MM-DD", or %NULL if @text is not a date
 *   that exists
 */
char *
passend_date_parse_input (const char *text)
{
  g_autofree char *copy = NULL;
  const char      *p;
  guint            a, b, c, da, db, dc;
  char             sep;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  p = copy;

  if (!read_number (&p, 4, &a, &da))
    return NULL;
  sep = *p;
  if (sep != '-' && sep != '/' && sep != '.')
    return NULL;
  p++;
  if (!read_number (&p, 2, &b, &db) || *p != sep)
    return NULL;
  p++;
  if (!read_number (&p, 4, &c, &dc) || *p != '\0')
    return NULL;

  /* 2026-11-23 */
  if (da == 4)
    return dc <= 2 ? make_date (a, b, c) : NULL;

  if (da > 2)
    return NULL;

  /* 23-11-2026, or 23-11-26 for 2026 */
  if (dc == 2)
    c += 2000;
  else if (dc != 4)
    return NULL;

  return make_date (c, b, a);
}

/**
 * passend_time_parse_input:
 * @text: "9:30", "09:30" or "9.30"
 *
 * Returns: (nullable): "HH:MM", or %NULL if @text is not a time of day
 */
char *
passend_time_parse_input (const char *text)
{
  g_autofree char *copy = NULL;
  const char      *p;
  guint            h, m, dh, dm;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  p = copy;
  if (!read_number (&p, 2, &h, &dh) || (*p != ':' && *p != '.'))
    return NULL;
  p++;
  if (!read_number (&p, 2, &m, &dm) || dm != 2 || *p != '\0')
    return NULL;
  if (h > 23 || m > 59)
    return NULL;

  return g_strdup_printf ("%02u:%02u", h, m);
}

/**
 * passend_date_to_input:
 * @date: (nullable): "YYYY-MM-DD"
 *
 * Returns: the date as a parent writes it, "23-11-2026", or "" for none
 */
char *
passend_date_to_input (const char *date)
{
  guint y, m, d;

  if (date == NULL || !passend_date_is_valid (date) || sscanf (date, "%u-%u-%u", &y, &m, &d) != 3)
    return g_strdup ("");

  return g_strdup_printf ("%u-%u-%04u", d, m, y);
}

static GDate *
date_from_iso (const char *date)
{
  guint y, m, d;

  if (date == NULL || sscanf (date, "%u-%u-%u", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return NULL;

  return g_date_new_dmy (d, m, y);
}

/**
 * passend_date_add_days:
 *
 * Returns: (nullable): @date moved by @days, "YYYY-MM-DD"
 */
char *
passend_date_add_days (const char *date, int days)
{
  GDate *d = date_from_iso (date);
  char  *result;

  if (d == NULL)
    return NULL;

  if (days >= 0)
    g_date_add_days (d, days);
  else
    g_date_subtract_days (d, -days);

  result = make_date (g_date_get_year (d), g_date_get_month (d), g_date_get_day (d));
  g_date_free (d);
  return result;
}

/**
 * passend_date_check:
 * @date: "YYYY-MM-DD"
 * @today: "YYYY-MM-DD"
 *
 * A date more than a year ahead, or more than twenty years back (before
 * a child at school now could have started), is most likely a typing
 * error; the parent is asked, and may keep it.
 */
PassendDatePlausibility
passend_date_check (const char *date, const char *today)
{
  g_autofree char *ahead = passend_date_add_days (today, 366);
  g_autofree char *back = passend_date_add_days (today, -20 * 365 - 5);

  if (date == NULL || ahead == NULL)
    return PASSEND_DATE_PLAUSIBLE;
  if (strcmp (date, ahead) > 0)
    return PASSEND_DATE_FAR_AHEAD;
  if (strcmp (date, back) < 0)
    return PASSEND_DATE_LONG_AGO;
  return PASSEND_DATE_PLAUSIBLE;
}
