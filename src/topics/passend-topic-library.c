/* passend-topic-library.c - the Topics content, loaded and searchable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content is a folder (in the app a GResource folder) with
 *   topics/ID.xml, glossary.xml, organisations.xml
 * in the format of data/content/README.md.
 *
 * This file holds the object, the loading of the folder and the checks
 * of the links; passend-topic-library-parse.c reads each file and
 * passend-topic-library-search.c searches what was read.
 */
#define G_LOG_DOMAIN "passend-topic-library"

#include "config.h"

#include <string.h>

#include "passend-topic-library-private.h"

/* The real content, compiled from data/content/passend-content.gresource.xml.
 * Named here so that the linker keeps it (and its constructor, which
 * registers it) in the static library. */
GResource *passend_content_get_resource (void);

G_DEFINE_FINAL_TYPE (PassendTopicLibrary, passend_topic_library, G_TYPE_OBJECT)

/* The order in which the topics are listed; others follow by id. */
static const char *const topic_order[] = { "working-together",
                                           "talking-with-school",
                                           "six-steps",
                                           "where-to-turn",
                                           "preventing-complaints",
                                           "complaints",
                                           "escalation",
                                           "home-sitting",
                                           "rights",
                                           "glossary",
                                           NULL };

static guint
topic_position (const char *id)
{
  for (guint i = 0; topic_order[i] != NULL; i++)
    if (g_str_equal (topic_order[i], id))
      return i;
  return G_N_ELEMENTS (topic_order);
}

static int
compare_topic_files (gconstpointer a, gconstpointer b)
{
  const char *ia = *(const char *const *)a;
  const char *ib = *(const char *const *)b;
  guint       pa = topic_position (ia);
  guint       pb = topic_position (ib);

  if (pa != pb)
    return pa < pb ? -1 : 1;
  return strcmp (ia, ib);
}

static int
compare_terms (gconstpointer a, gconstpointer b)
{
  PassendGlossaryTerm *ta = *(PassendGlossaryTerm *const *)a;
  PassendGlossaryTerm *tb = *(PassendGlossaryTerm *const *)b;

  return g_utf8_collate (passend_topic_text_get_folded (passend_glossary_term_get_name (ta)),
                         passend_topic_text_get_folded (passend_glossary_term_get_name (tb)));
}

/* Keeps the first error; later files are still loaded. */
static void
keep_error (GError **error, GError *new_error)
{
  if (new_error == NULL)
    return;
  if (error != NULL && *error == NULL)
    g_propagate_error (error, new_error);
  else
    {
      g_warning ("%s", new_error->message);
      g_error_free (new_error);
    }
}

/* GObject */

static void
passend_topic_library_finalize (GObject *object)
{
  PassendTopicLibrary *self = PASSEND_TOPIC_LIBRARY (object);

  g_free (self->domain);
  g_ptr_array_unref (self->topics);
  g_ptr_array_unref (self->terms);
  g_ptr_array_unref (self->organisations);
  g_ptr_array_unref (self->msgids);
  g_hash_table_unref (self->msgid_set);

  G_OBJECT_CLASS (passend_topic_library_parent_class)->finalize (object);
}

static void
passend_topic_library_class_init (PassendTopicLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_topic_library_finalize;
}

static void
passend_topic_library_init (PassendTopicLibrary *self)
{
  self->topics = g_ptr_array_new_with_free_func (g_object_unref);
  self->terms = g_ptr_array_new_with_free_func (g_object_unref);
  self->organisations = g_ptr_array_new_with_free_func (g_object_unref);
  self->msgid_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->msgids = g_ptr_array_new ();
}

/* Public API */

void
passend_topic_match_free (PassendTopicMatch *match)
{
  if (match == NULL)
    return;
  g_free (match->link);
  g_free (match->title);
  g_free (match->section);
  g_free (match->snippet);
  g_free (match);
}

/**
 * passend_topic_library_new:
 * @domain: (nullable): the gettext domain of the content's messages,
 *   or %NULL for GETTEXT_PACKAGE
 *
 * Returns: (transfer full): an empty library
 */
PassendTopicLibrary *
passend_topic_library_new (const char *domain)
{
  PassendTopicLibrary *self = g_object_new (PASSEND_TYPE_TOPIC_LIBRARY, NULL);

  self->domain = g_strdup (domain ? domain : GETTEXT_PACKAGE);
  return self;
}

/**
 * passend_topic_library_get_content_dir:
 *
 * The folder of the real content in the app's resources, or the folder
 * named by PASSEND_CONTENT_DIR (for tests and for trying out content
 * without building it).
 *
 * Returns: (transfer full): the content folder
 */
GFile *
passend_topic_library_get_content_dir (void)
{
  const char *dir = g_getenv ("PASSEND_CONTENT_DIR");

  /* Makes sure the resource is linked in (its constructor registers
   * it); not in a g_assert(), which G_DISABLE_ASSERT would remove. */
  if (passend_content_get_resource () == NULL)
    g_warning ("The Topics content resource is missing");

  if (dir != NULL && dir[0] != '\0')
    return g_file_new_for_commandline_arg (dir);
  return g_file_new_for_uri ("resource://" PASSEND_CONTENT_PATH);
}

static GMutex               default_lock;
static GCond                default_loaded;
static PassendTopicLibrary *default_library;
static gboolean             default_loading;

static PassendTopicLibrary *
load_default (void)
{
  g_autoptr (GFile) dir = passend_topic_library_get_content_dir ();
  g_autoptr (GError) error = NULL;
  PassendTopicLibrary *library = passend_topic_library_new (NULL);

  if (!passend_topic_library_load (library, dir, &error))
    g_warning ("The Topics content did not load completely: %s", error->message);
  return library;
}

static gpointer
preload_thread (gpointer data)
{
  PassendTopicLibrary *library = load_default ();

  g_mutex_lock (&default_lock);
  default_library = library;
  default_loading = FALSE;
  g_cond_broadcast (&default_loaded);
  g_mutex_unlock (&default_lock);
  return NULL;
}

/**
 * passend_topic_library_preload:
 *
 * Starts loading the app's library on a thread of its own, so that it
 * is ready when passend_topic_library_get_default() is first called:
 * the application calls this before GTK starts up, which keeps the
 * main thread busy long enough.  The language must be set already.
 */
void
passend_topic_library_preload (void)
{
  GThread *thread;

  /* The resource registers itself when first asked for.  GLib 2.74
   * does that for all such resources at once, and a thread that asks
   * while another is still at it gets NULL: register it here, before
   * the thread and GTK's start-up can race for it. */
  if (passend_content_get_resource () == NULL)
    g_warning ("The Topics content resource is missing");

  g_mutex_lock (&default_lock);
  if (default_library == NULL && !default_loading)
    {
      default_loading = TRUE;
      thread = g_thread_try_new ("passend-topics", preload_thread, NULL, NULL);
      if (thread != NULL)
        g_thread_unref (thread);
      else
        default_loading = FALSE;
    }
  g_mutex_unlock (&default_lock);
}

/**
 * passend_topic_library_get_default:
 *
 * The content, translated into the language of the app, loaded on the
 * first call (or by passend_topic_library_preload()).  Content that
 * does not load is reported with a warning; what loaded is kept.
 *
 * Returns: (transfer none): the app's library
 */
PassendTopicLibrary *
passend_topic_library_get_default (void)
{
  PassendTopicLibrary *library;

  g_mutex_lock (&default_lock);
  while (default_loading)
    g_cond_wait (&default_loaded, &default_lock);
  if (default_library == NULL)
    default_library = load_default ();
  library = default_library;
  g_mutex_unlock (&default_lock);

  return library;
}

/**
 * passend_topic_library_load:
 * @dir: the content folder (a resource:// folder or a local one)
 *
 * Loads topics/ *.xml, glossary.xml and organisations.xml, each that
 * exists.  A file with an error is left out; the others load.
 *
 * Returns: %TRUE if every file loaded
 */
gboolean
passend_topic_library_load (PassendTopicLibrary *self, GFile *dir, GError **error)
{
  g_autoptr (GFile) topics_dir = NULL;
  g_autoptr (GFileEnumerator) enumerator = NULL;
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) local_error = NULL;
  GError                  *first_error = NULL;
  static const char *const files[] = { "glossary.xml", "organisations.xml" };

  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (dir), FALSE);

  topics_dir = g_file_get_child (dir, "topics");
  enumerator = g_file_enumerate_children (topics_dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (enumerator == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) &&
      !g_error_matches (local_error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND))
    keep_error (&first_error, g_steal_pointer (&local_error));

  while (enumerator != NULL)
    {
      GFileInfo  *info = NULL;
      const char *name;

      if (!g_file_enumerator_iterate (enumerator, &info, NULL, NULL, &local_error))
        {
          keep_error (&first_error, g_steal_pointer (&local_error));
          break;
        }
      if (info == NULL)
        break;

      name = g_file_info_get_name (info);
      if (g_str_has_suffix (name, ".xml"))
        g_ptr_array_add (ids, g_strndup (name, strlen (name) - strlen (".xml")));
    }

  g_ptr_array_sort (ids, compare_topic_files);
  for (guint i = 0; i < ids->len; i++)
    {
      const char      *id = g_ptr_array_index (ids, i);
      g_autofree char *name = g_strconcat (id, ".xml", NULL);
      g_autoptr (GFile) file = g_file_get_child (topics_dir, name);

      if (passend_topic_library_find_topic (self, id) != NULL)
        continue;
      if (!_passend_topic_library_load_file (self, file, FILE_TOPIC, id, &local_error))
        keep_error (&first_error, g_steal_pointer (&local_error));
    }

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr (GFile) file = g_file_get_child (dir, files[i]);

      if (!g_file_query_exists (file, NULL))
        continue;
      if (!_passend_topic_library_load_file (
              self, file, i == 0 ? FILE_GLOSSARY : FILE_ORGANISATIONS, NULL, &local_error))
        keep_error (&first_error, g_steal_pointer (&local_error));
    }

  g_ptr_array_sort (self->terms, compare_terms);

  if (first_error != NULL)
    {
      g_propagate_error (error, first_error);
      return FALSE;
    }
  return TRUE;
}

/**
 * passend_topic_library_get_topics:
 *
 * Returns: (transfer none) (element-type PassendTopic): the topics in
 *   the order they are listed
 */
GPtrArray *
passend_topic_library_get_topics (PassendTopicLibrary *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), NULL);
  return self->topics;
}

/**
 * passend_topic_library_find_topic:
 *
 * Returns: (transfer none) (nullable): the topic with @id
 */
PassendTopic *
passend_topic_library_find_topic (PassendTopicLibrary *self, const char *id)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), NULL);

  for (guint i = 0; i < self->topics->len; i++)
    if (g_strcmp0 (passend_topic_get_id (g_ptr_array_index (self->topics, i)), id) == 0)
      return g_ptr_array_index (self->topics, i);
  return NULL;
}

/**
 * passend_topic_library_get_terms:
 *
 * Returns: (transfer none) (element-type PassendGlossaryTerm): the
 *   glossary, in alphabetical order
 */
GPtrArray *
passend_topic_library_get_terms (PassendTopicLibrary *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), NULL);
  return self->terms;
}

/**
 * passend_topic_library_find_term:
 *
 * Returns: (transfer none) (nullable): the term with @id
 */
PassendGlossaryTerm *
passend_topic_library_find_term (PassendTopicLibrary *self, const char *id)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), NULL);

  for (guint i = 0; i < self->terms->len; i++)
    if (g_strcmp0 (passend_glossary_term_get_id (g_ptr_array_index (self->terms, i)), id) == 0)
      return g_ptr_array_index (self->terms, i);
  return NULL;
}

/**
 * passend_topic_library_get_organisations:
 *
 * Returns: (transfer none) (element-type PassendOrganisation): the
 *   organisations in the order of the file
 */
GPtrArray *
passend_topic_library_get_organisations (PassendTopicLibrary *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), NULL);
  return self->organisations;
}

/**
 * passend_topic_library_find_organisation:
 *
 * Returns: (transfer none) (nullable): the organisation with @id
 */
PassendOrganisation *
passend_topic_library_find_organisation (PassendTopicLibrary *self, const char *id)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), NULL);

  for (guint i = 0; i < self->organisations->len; i++)
    if (g_strcmp0 (passend_organisation_get_id (g_ptr_array_index (self->organisations, i)), id) ==
        0)
      return g_ptr_array_index (self->organisations, i);
  return NULL;
}

/**
 * passend_topic_library_check_link:
 * @link: "topic:ID", "topic:ID#SECTION", "term:ID", "org:ID",
 *   "topic:organisations", "step:N" or "letter:ID" (a letter of the
 *   content, data/content/letters/ID.xml)
 *
 * Returns: %TRUE if @link leads somewhere
 */
gboolean
passend_topic_library_check_link (PassendTopicLibrary *self, const char *link)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), FALSE);

  if (link == NULL)
    return FALSE;

  if (g_str_has_prefix (link, "topic:"))
    {
      g_auto (GStrv) parts = g_strsplit (link + strlen ("topic:"), "#", 2);
      PassendTopic *topic;

      /* g_strsplit() gives no parts at all for "topic:". */
      if (parts[0] == NULL)
        return FALSE;
      topic = passend_topic_library_find_topic (self, parts[0]);
      if (parts[1] == NULL && g_str_equal (parts[0], "organisations"))
        return TRUE;
      if (topic == NULL)
        return FALSE;
      return parts[1] == NULL || passend_topic_find_section (topic, parts[1]) != NULL;
    }
  if (g_str_has_prefix (link, "term:"))
    return passend_topic_library_find_term (self, link + strlen ("term:")) != NULL;
  if (g_str_has_prefix (link, "org:"))
    return passend_topic_library_find_organisation (self, link + strlen ("org:")) != NULL;
  if (g_str_has_prefix (link, "step:"))
    return strlen (link) == strlen ("step:N") && link[5] >= '1' && link[5] <= '6';
  if (g_str_has_prefix (link, "letter:"))
    {
      g_autofree char *path = g_strdup_printf ("/org/example/Passend/content/letters/%s.xml",
                                               link + strlen ("letter:"));

      return strchr (link, '/') == NULL &&
             g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL);
    }

  return FALSE;
}

static void
check_text (PassendTopicLibrary *self,
            GPtrArray           *problems,
            const char          *where,
            PassendTopicText    *text)
{
  const char *const *links;

  if (text == NULL)
    return;

  links = passend_topic_text_get_links (text);
  for (guint i = 0; links[i] != NULL; i++)
    if (!passend_topic_library_check_link (self, links[i]))
      g_ptr_array_add (problems, g_strdup_printf ("%s: %s", where, links[i]));
}

/**
 * passend_topic_library_check_links:
 *
 * Returns: (transfer full) (element-type utf8): every link that leads
 *   nowhere, as "where: target"; empty when all are fine
 */
GPtrArray *
passend_topic_library_check_links (PassendTopicLibrary *self)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), problems);

  for (guint t = 0; t < self->topics->len; t++)
    {
      PassendTopic    *topic = g_ptr_array_index (self->topics, t);
      GPtrArray       *sections = passend_topic_get_sections (topic);
      g_autofree char *where = g_strdup_printf ("topic:%s", passend_topic_get_id (topic));

      check_text (self, problems, where, passend_topic_get_title (topic));
      check_text (self, problems, where, passend_topic_get_summary (topic));

      for (guint s = 0; s < sections->len; s++)
        {
          PassendTopicSection *section = g_ptr_array_index (sections, s);
          GPtrArray           *blocks = passend_topic_section_get_blocks (section);
          g_autofree char     *section_where =
              g_strdup_printf ("%s#%s", where, passend_topic_section_get_id (section));

          check_text (self, problems, section_where, passend_topic_section_get_heading (section));
          for (guint b = 0; b < blocks->len; b++)
            {
              PassendTopicBlock *block = g_ptr_array_index (blocks, b);
              GPtrArray         *texts = passend_topic_block_get_texts (block);
              const char        *target = passend_topic_block_get_target (block);

              if (target != NULL && !passend_topic_library_check_link (self, target))
                g_ptr_array_add (problems, g_strdup_printf ("%s: %s", section_where, target));
              for (guint i = 0; i < texts->len; i++)
                check_text (self, problems, section_where, g_ptr_array_index (texts, i));
            }
        }
    }

  for (guint i = 0; i < self->terms->len; i++)
    {
      PassendGlossaryTerm *term = g_ptr_array_index (self->terms, i);
      g_autofree char     *where = g_strdup_printf ("term:%s", passend_glossary_term_get_id (term));

      check_text (self, problems, where, passend_glossary_term_get_definition (term));
    }

  for (guint i = 0; i < self->organisations->len; i++)
    {
      PassendOrganisation *organisation = g_ptr_array_index (self->organisations, i);
      g_autofree char     *where =
          g_strdup_printf ("org:%s", passend_organisation_get_id (organisation));

      for (guint w = 0; w < PASSEND_ORGANISATION_N_TEXTS; w++)
        check_text (self, problems, where, passend_organisation_get_text (organisation, w));
    }

  return problems;
}

/**
 * passend_topic_library_get_msgids:
 *
 * Returns: (transfer none) (element-type utf8): every message the
 *   content looked up for translation, once each, in the order met
 */
GPtrArray *
passend_topic_library_get_msgids (PassendTopicLibrary *self)
{
  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), NULL);
  return self->msgids;
}
