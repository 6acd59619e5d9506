/* passend-organisation.c - an organisation a parent can turn to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What it does, when and how to reach it, and its contact details.
 */
#define G_LOG_DOMAIN "passend-topic"

#include "config.h"

#include "passend-topic.h"

struct _PassendOrganisation
{
  GObject parent_instance;

  char             *id;
  PassendTopicText *texts[PASSEND_ORGANISATION_N_TEXTS];
  char             *phone;
  char             *email;
  char             *website;
};

G_DEFINE_FINAL_TYPE (PassendOrganisation, passend_organisation, G_TYPE_OBJECT)

static void
passend_organisation_finalize (GObject *object)
{
  PassendOrganisation *self = PASSEND_ORGANISATION (object);

  g_free (self->id);
  for (guint i = 0; i < PASSEND_ORGANISATION_N_TEXTS; i++)
    g_clear_object (&self->texts[i]);
  g_free (self->phone);
  g_free (self->email);
  g_free (self->website);

  G_OBJECT_CLASS (passend_organisation_parent_class)->finalize (object);
}

static void
passend_organisation_class_init (PassendOrganisationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_organisation_finalize;
}

static void
passend_organisation_init (PassendOrganisation *self)
{
}

PassendOrganisation *
passend_organisation_new (const char *id)
{
  PassendOrganisation *self = g_object_new (PASSEND_TYPE_ORGANISATION, NULL);

  self->id = g_strdup (id);
  return self;
}

const char *
passend_organisation_get_id (PassendOrganisation *self)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), NULL);
  return self->id;
}

/**
 * passend_organisation_get_text:
 * @which: name, what, when or how
 *
 * Returns: (transfer none) (nullable): that text (only "how" is
 *   optional)
 */
PassendTopicText *
passend_organisation_get_text (PassendOrganisation *self, PassendOrganisationText which)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), NULL);
  g_return_val_if_fail (which < PASSEND_ORGANISATION_N_TEXTS, NULL);
  return self->texts[which];
}

void
passend_organisation_set_text (PassendOrganisation    *self,
                               PassendOrganisationText which,
                               PassendTopicText       *text)
{
  g_return_if_fail (PASSEND_IS_ORGANISATION (self));
  g_return_if_fail (which < PASSEND_ORGANISATION_N_TEXTS);
  g_set_object (&self->texts[which], text);
}

/**
 * passend_organisation_get_phone:
 *
 * Returns: (nullable): the phone number, as written
 */
const char *
passend_organisation_get_phone (PassendOrganisation *self)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), NULL);
  return self->phone;
}

/**
 * passend_organisation_get_email:
 *
 * Returns: (nullable): the e-mail address
 */
const char *
passend_organisation_get_email (PassendOrganisation *self)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), NULL);
  return self->email;
}

/**
 * passend_organisation_get_website:
 *
 * Returns: (nullable): the https:// address of the website
 */
const char *
passend_organisation_get_website (PassendOrganisation *self)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), NULL);
  return self->website;
}

void
passend_organisation_set_contact (PassendOrganisation *self,
                                  const char          *phone,
                                  const char          *email,
                                  const char          *website)
{
  g_return_if_fail (PASSEND_IS_ORGANISATION (self));
  g_free (self->phone);
  g_free (self->email);
  g_free (self->website);
  self->phone = g_strdup (phone);
  self->email = g_strdup (email);
  self->website = g_strdup (website);
}
