/* passend-topic-library-search.c - finding the places that hold a query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "passend-topic-library"

#include "config.h"

#include <string.h>

#include "passend-text.h"
#include "passend-topic-library-private.h"

static void
add_match (GPtrArray            *results,
           PassendTopicMatchKind kind,
           const char           *link,
           PassendTopicText     *title,
           PassendTopicText     *section,
           PassendTopicText    **fields,
           const guint          *ranks,
           guint                 n_fields,
           const char           *phrase,
           GStrv                 words)
{
  PassendTopicText  *where = NULL;
  gsize              position = 0;
  guint              rank = G_MAXUINT;
  PassendTopicMatch *match;

  /* Every word somewhere in this place. */
  for (guint w = 0; words[w] != NULL; w++)
    {
      gboolean found = FALSE;

      for (guint f = 0; f < n_fields && !found; f++)
        found = fields[f] != NULL &&
                strstr (passend_topic_text_get_folded (fields[f]), words[w]) != NULL;
      if (!found)
        return;
    }

  /* Ranked by the best field that holds the whole phrase. */
  for (guint f = 0; f < n_fields; f++)
    {
      const char *folded = fields[f] ? passend_topic_text_get_folded (fields[f]) : NULL;
      const char *hit = folded ? strstr (folded, phrase) : NULL;

      if (hit != NULL && ranks[f] < rank)
        {
          rank = ranks[f];
          where = fields[f];
          position = hit - folded;
        }
    }

  if (where == NULL)
    {
      rank = 3;
      for (guint f = 0; f < n_fields && where == NULL; f++)
        {
          const char *folded = fields[f] ? passend_topic_text_get_folded (fields[f]) : NULL;
          const char *hit = folded ? strstr (folded, words[0]) : NULL;

          if (hit != NULL)
            {
              where = fields[f];
              position = hit - folded;
            }
        }
    }

  /* A name or heading says little by itself: show the text under it. */
  if (rank < 2)
    for (guint f = 0; f < n_fields; f++)
      if (fields[f] != NULL && ranks[f] >= 2)
        {
          where = fields[f];
          position = 0;
          break;
        }

  match = g_new0 (PassendTopicMatch, 1);
  match->kind = kind;
  match->link = g_strdup (link);
  match->title = g_strdup (passend_topic_text_get_text (title));
  match->section = section ? g_strdup (passend_topic_text_get_text (section)) : NULL;
  match->rank = rank;

  {
    /* Some words before the match and more after it. */
    const char *text = passend_topic_text_get_text (where);
    const char *hit = text + passend_topic_text_unfold_offset (where, position);
    const char *start = hit;
    const char *end = hit;
    g_autoptr (GString) snippet = g_string_new (NULL);

    for (guint n = 0; n < 30 && start > text; n++)
      start = g_utf8_prev_char (start);
    if (start > text)
      {
        while (*start != '\0' && *start != ' ' && start < hit)
          start = g_utf8_next_char (start);
        g_string_append (snippet, "…");
      }
    while (*start == ' ')
      start++;
    for (guint n = 0; n < 90 && *end != '\0'; n++)
      end = g_utf8_next_char (end);
    if (*end != '\0')
      {
        const char *space = end;

        while (space > hit && *space != ' ')
          space--;
        if (space > hit)
          end = space;
      }
    g_string_append_len (snippet, start, end - start);
    if (*end != '\0')
      g_string_append (snippet, "…");
    match->snippet = g_string_free (g_steal_pointer (&snippet), FALSE);
  }

  g_ptr_array_add (results, match);
}

/**
 * passend_topic_library_search:
 * @query: what the parent typed
 * @max_results: at most this many results, 0 for all
 *
 * Finds the places that hold every word of @query, without regard to
 * accents or case: topics (title and summary), their sections (heading,
 * paragraphs, items, tips), glossary terms (name, full name,
 * definition) and organisations (name, what, when).  A title or name
 * that holds the query comes first, then headings, then text, then
 * places where the words are spread; ties keep the order of the
 * content: topics, glossary, organisations.
 *
 * Returns: (transfer full) (element-type PassendTopicMatch): the results
 */
GPtrArray *
passend_topic_library_search (PassendTopicLibrary *self, const char *query, guint max_results)
{
  GPtrArray *results = g_ptr_array_new_with_free_func ((GDestroyNotify)passend_topic_match_free);
  g_autofree char *folded = NULL;
  g_auto (GStrv) words = NULL;
  g_autofree char *phrase = NULL;
  g_autoptr (GPtrArray) word_list = g_ptr_array_new ();

  g_return_val_if_fail (PASSEND_IS_TOPIC_LIBRARY (self), results);

  folded = passend_text_fold (query);
  words = g_strsplit_set (folded, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (word_list, words[i]);
  if (word_list->len == 0)
    return results;
  g_ptr_array_add (word_list, NULL);
  phrase = g_strjoinv (" ", (GStrv)word_list->pdata);

  for (guint t = 0; t < self->topics->len; t++)
    {
      PassendTopic      *topic = g_ptr_array_index (self->topics, t);
      PassendTopicText  *title = passend_topic_get_title (topic);
      GPtrArray         *sections = passend_topic_get_sections (topic);
      g_autofree char   *link = g_strdup_printf ("topic:%s", passend_topic_get_id (topic));
      PassendTopicText  *fields[] = { title, passend_topic_get_summary (topic) };
      static const guint ranks[] = { 0, 2 };

      add_match (results, PASSEND_TOPIC_MATCH_TOPIC, link, title, NULL, fields, ranks,
                 G_N_ELEMENTS (fields), phrase, (GStrv)word_list->pdata);

      for (guint s = 0; s < sections->len; s++)
        {
          PassendTopicSection *section = g_ptr_array_index (sections, s);
          GPtrArray           *blocks = passend_topic_section_get_blocks (section);
          g_autoptr (GPtrArray) section_fields = g_ptr_array_new ();
          g_autoptr (GArray) section_ranks = g_array_new (FALSE, FALSE, sizeof (guint));
          g_autofree char *section_link =
              g_strdup_printf ("%s#%s", link, passend_topic_section_get_id (section));
          guint rank = 1;

          g_ptr_array_add (section_fields, passend_topic_section_get_heading (section));
          g_array_append_val (section_ranks, rank);
          rank = 2;
          for (guint b = 0; b < blocks->len; b++)
            {
              GPtrArray *texts = passend_topic_block_get_texts (g_ptr_array_index (blocks, b));

              for (guint i = 0; i < texts->len; i++)
                {
                  g_ptr_array_add (section_fields, g_ptr_array_index (texts, i));
                  g_array_append_val (section_ranks, rank);
                }
            }

          add_match (results, PASSEND_TOPIC_MATCH_TOPIC, section_link, title,
                     passend_topic_section_get_heading (section),
                     (PassendTopicText **)section_fields->pdata, (guint *)section_ranks->data,
                     section_fields->len, phrase, (GStrv)word_list->pdata);
        }
    }

  for (guint i = 0; i < self->terms->len; i++)
    {
      PassendGlossaryTerm *term = g_ptr_array_index (self->terms, i);
      g_autofree char     *link = g_strdup_printf ("term:%s", passend_glossary_term_get_id (term));
      PassendTopicText    *fields[] = {
           passend_glossary_term_get_name (term),
           passend_glossary_term_get_full (term),
           passend_glossary_term_get_definition (term),
      };
      static const guint ranks[] = { 0, 0, 2 };

      add_match (results, PASSEND_TOPIC_MATCH_TERM, link, fields[0], NULL, fields, ranks,
                 G_N_ELEMENTS (fields), phrase, (GStrv)word_list->pdata);
    }

  for (guint i = 0; i < self->organisations->len; i++)
    {
      PassendOrganisation *organisation = g_ptr_array_index (self->organisations, i);
      g_autofree char     *link =
          g_strdup_printf ("org:%s", passend_organisation_get_id (organisation));
      PassendTopicText *fields[] = {
        passend_organisation_get_text (organisation, PASSEND_ORGANISATION_NAME),
        passend_organisation_get_text (organisation, PASSEND_ORGANISATION_WHAT),
        passend_organisation_get_text (organisation, PASSEND_ORGANISATION_WHEN),
      };
      static const guint ranks[] = { 0, 2, 2 };

      add_match (results, PASSEND_TOPIC_MATCH_ORGANISATION, link, fields[0], NULL, fields, ranks,
                 G_N_ELEMENTS (fields), phrase, (GStrv)word_list->pdata);
    }

  /* A stable sort: by rank, the order found within a rank. */
  {
    g_autoptr (GPtrArray) sorted =
        g_ptr_array_new_full (results->len, (GDestroyNotify)passend_topic_match_free);

    /* Every match moves to @sorted once; those past the limit are then
     * cut off (and freed) there, not while @results is still read. */
    for (guint rank = 0; rank <= 3; rank++)
      for (guint i = 0; i < results->len; i++)
        {
          PassendTopicMatch *match = g_ptr_array_index (results, i);

          if (match->rank == rank)
            g_ptr_array_add (sorted, match);
        }

    g_ptr_array_set_free_func (results, NULL);
    g_ptr_array_unref (results);
    if (max_results > 0 && sorted->len > max_results)
      g_ptr_array_set_size (sorted, max_results);
    return g_steal_pointer (&sorted);
  }
}
