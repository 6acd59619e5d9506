/* passend-topics-view-pages.c - the widgets of a page of the Topics view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A topic, the glossary or the organisations, built into the view's
 * page box; each section, term and organisation is an anchor that a
 * link can scroll to.
 */
#define G_LOG_DOMAIN "passend-topics-view"

#include "config.h"

#include <glib/gi18n.h>

#include "passend-topics-view-private.h"
#include "passend-ui-util.h"

static gboolean
activate_link_cb (PassendTopicsView *self, const char *uri, GtkLabel *label)
{
  /* Web and mail addresses are GtkLabel's to open on the desktop. */
  if (!passend_is_app_link (uri))
    return FALSE;

  _passend_topics_view_follow_link (self, uri);
  return TRUE;
}

static GtkWidget *
add_label (PassendTopicsView *self, GtkWidget *box, const char *markup, const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  g_signal_connect_object (label, "activate-link", G_CALLBACK (activate_link_cb), self,
                           G_CONNECT_SWAPPED);
  if (box != NULL)
    gtk_box_append (GTK_BOX (box), label);
  return label;
}

static GtkWidget *
add_heading (GtkWidget *box, const char *text, const char *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "label", text, "accessible-role",
                                   GTK_ACCESSIBLE_ROLE_HEADING, NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static void
see_clicked_cb (PassendTopicsView *self, GtkButton *button)
{
  _passend_topics_view_follow_link (self, gtk_widget_get_name (GTK_WIDGET (button)));
}

static void
add_see_link (PassendTopicsView *self, GtkWidget *box, const char *target, PassendTopicText *text)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (passend_topic_text_get_text (text));
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE, "icon-name",
                                  g_str_has_prefix (target, "step:") ? "view-list-ordered-symbolic"
                                                                     : "go-next-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (content), label);
  gtk_box_append (GTK_BOX (content), icon);
  gtk_button_set_child (GTK_BUTTON (button), content);
  /* The target is the button's name: tests and the click both use it. */
  gtk_widget_set_name (button, target);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "see-link");
  gtk_widget_add_css_class (button, "link");
  if (g_str_has_prefix (target, "step:"))
    gtk_widget_set_tooltip_text (button, _ ("Opens the Assistant"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (see_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), button);
}

static void
add_list (PassendTopicsView *self, GtkWidget *box, PassendTopicBlock *block)
{
  GPtrArray *items = passend_topic_block_get_texts (block);
  gboolean   numbered = passend_topic_block_get_kind (block) == PASSEND_TOPIC_BLOCK_NUMBERED_LIST;
  GtkWidget *list = g_object_new (GTK_TYPE_BOX, "orientation", GTK_ORIENTATION_VERTICAL, "spacing",
                                  6, "accessible-role", GTK_ACCESSIBLE_ROLE_LIST, NULL);

  gtk_widget_add_css_class (list, "topic-list");
  for (guint i = 0; i < items->len; i++)
    {
      GtkWidget       *row = g_object_new (GTK_TYPE_BOX, "spacing", 8, "accessible-role",
                                           GTK_ACCESSIBLE_ROLE_LIST_ITEM, NULL);
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      GtkWidget       *marker = gtk_label_new (numbered ? number : "•");

      gtk_label_set_xalign (GTK_LABEL (marker), 1);
      gtk_label_set_width_chars (GTK_LABEL (marker), 2);
      gtk_widget_set_valign (marker, GTK_ALIGN_START);
      gtk_widget_add_css_class (marker, "topic-text");
      gtk_box_append (GTK_BOX (row), marker);
      gtk_widget_set_hexpand (
          add_label (self, row, passend_topic_text_get_markup (g_ptr_array_index (items, i)),
                     "topic-text"),
          TRUE);
      gtk_box_append (GTK_BOX (list), row);
    }
  gtk_box_append (GTK_BOX (box), list);
}

static void
add_tip (PassendTopicsView *self, GtkWidget *box, PassendTopicText *text)
{
  GtkWidget *tip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "dialog-information-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *caption = gtk_label_new (_ ("Good to know"));

  gtk_widget_add_css_class (tip, "topic-tip");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "heading");
  gtk_widget_set_hexpand (column, TRUE);
  gtk_box_append (GTK_BOX (column), caption);
  add_label (self, column, passend_topic_text_get_markup (text), "topic-text");
  gtk_box_append (GTK_BOX (tip), icon);
  gtk_box_append (GTK_BOX (tip), column);
  gtk_box_append (GTK_BOX (box), tip);
}

static void
add_sections (PassendTopicsView *self, PassendTopic *topic)
{
  GPtrArray *sections = passend_topic_get_sections (topic);

  for (guint s = 0; s < sections->len; s++)
    {
      PassendTopicSection *section = g_ptr_array_index (sections, s);
      GPtrArray           *blocks = passend_topic_section_get_blocks (section);
      GtkWidget           *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      g_autofree char     *anchor = g_strdup_printf ("topic:%s#%s", passend_topic_get_id (topic),
                                                     passend_topic_section_get_id (section));

      gtk_widget_add_css_class (box, "topic-section");
      gtk_widget_set_name (box, anchor);
      add_heading (box, passend_topic_text_get_text (passend_topic_section_get_heading (section)),
                   "title-3");

      for (guint b = 0; b < blocks->len; b++)
        {
          PassendTopicBlock *block = g_ptr_array_index (blocks, b);
          GPtrArray         *texts = passend_topic_block_get_texts (block);

          switch (passend_topic_block_get_kind (block))
            {
            case PASSEND_TOPIC_BLOCK_PARAGRAPH:
              add_label (self, box, passend_topic_text_get_markup (g_ptr_array_index (texts, 0)),
                         "topic-text");
              break;
            case PASSEND_TOPIC_BLOCK_LIST:
            case PASSEND_TOPIC_BLOCK_NUMBERED_LIST:
              add_list (self, box, block);
              break;
            case PASSEND_TOPIC_BLOCK_TIP:
              add_tip (self, box, g_ptr_array_index (texts, 0));
              break;
            case PASSEND_TOPIC_BLOCK_SEE:
              add_see_link (self, box, passend_topic_block_get_target (block),
                            g_ptr_array_index (texts, 0));
              break;
            default:
              g_assert_not_reached ();
            }
        }

      gtk_box_append (self->page_box, box);
      g_hash_table_insert (self->anchors, g_steal_pointer (&anchor), box);
    }
}

static void
add_title (PassendTopicsView *self, const char *title, PassendTopicText *summary)
{
  GtkWidget *label = add_heading (GTK_WIDGET (self->page_box), title, "title-1");

  gtk_widget_set_name (label, "topic-title");
  gtk_widget_add_css_class (label, "topic-title");
  if (summary != NULL)
    add_label (self, GTK_WIDGET (self->page_box), passend_topic_text_get_markup (summary),
               "topic-summary");
}

void
_passend_topics_view_build_topic_page (PassendTopicsView *self, PassendTopic *topic)
{
  add_title (self, passend_topic_text_get_text (passend_topic_get_title (topic)),
             passend_topic_get_summary (topic));
  add_sections (self, topic);
}

void
_passend_topics_view_build_glossary_page (PassendTopicsView *self)
{
  PassendTopic *topic = passend_topic_library_find_topic (self->library, "glossary");
  GPtrArray    *terms = passend_topic_library_get_terms (self->library);
  GtkWidget    *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  if (topic != NULL)
    _passend_topics_view_build_topic_page (self, topic);
  else
    add_title (self, _ ("Glossary"), NULL);

  gtk_widget_add_css_class (list, "glossary");
  for (guint i = 0; i < terms->len; i++)
    {
      PassendGlossaryTerm *term = g_ptr_array_index (terms, i);
      PassendTopicText    *full = passend_glossary_term_get_full (term);
      GtkWidget           *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      const char      *title = passend_topic_text_get_text (passend_glossary_term_get_name (term));
      GtkWidget       *name = add_heading (box, title, "title-4");
      g_autofree char *anchor = g_strdup_printf ("term:%s", passend_glossary_term_get_id (term));

      gtk_widget_set_name (box, anchor);
      gtk_widget_add_css_class (box, "glossary-term");
      gtk_label_set_selectable (GTK_LABEL (name), TRUE);
      if (full != NULL)
        add_label (self, box, passend_topic_text_get_markup (full), "dim-label");
      add_label (self, box,
                 passend_topic_text_get_markup (passend_glossary_term_get_definition (term)),
                 "topic-text");
      gtk_box_append (GTK_BOX (list), box);
      g_hash_table_insert (self->anchors, g_steal_pointer (&anchor), box);
    }
  gtk_box_append (self->page_box, list);
}

static void
open_uri_cb (PassendTopicsView *self, GtkButton *button)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* The desktop opens the browser or the mail program; Passend itself
   * never goes online. */
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                gtk_widget_get_tooltip_text (GTK_WIDGET (button)), GDK_CURRENT_TIME);
}

static void
add_contact (
    PassendTopicsView *self, GtkWidget *grid, int row, const char *caption, const char *value)
{
  GtkWidget *label = gtk_label_new (caption);
  GtkWidget *value_label = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (value_label), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), value_label, 1, row, 1, 1);
}

static GtkWidget *
add_uri_button (PassendTopicsView *self,
                GtkWidget         *box,
                const char        *label,
                const char        *icon_name,
                const char        *uri,
                const char        *accessible_label)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name (icon_name));
  gtk_box_append (GTK_BOX (content), gtk_label_new (label));
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_tooltip_text (button, uri);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (open_uri_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), button);
  return button;
}

void
_passend_topics_view_build_organisations_page (PassendTopicsView *self)
{
  GPtrArray         *organisations = passend_topic_library_get_organisations (self->library);
  static const char *captions[PASSEND_ORGANISATION_N_TEXTS] = {
    NULL,
    N_ ("What they do"),
    N_ ("When to turn to them"),
    N_ ("How to reach them"),
  };

  add_title (self, _ ("Organisations"), NULL);
  add_label (self, GTK_WIDGET (self->page_box),
             _ ("Who can help you, what each of them does and when to turn to them. "
                "You can select and copy phone numbers and e-mail addresses. "
                "The buttons open the website or your e-mail program."),
             "topic-summary");

  for (guint i = 0; i < organisations->len; i++)
    {
      PassendOrganisation *organisation = g_ptr_array_index (organisations, i);
      const char          *name = passend_topic_text_get_text (
                   passend_organisation_get_text (organisation, PASSEND_ORGANISATION_NAME));
      const char      *phone = passend_organisation_get_phone (organisation);
      const char      *email = passend_organisation_get_email (organisation);
      const char      *website = passend_organisation_get_website (organisation);
      GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      g_autofree char *anchor =
          g_strdup_printf ("org:%s", passend_organisation_get_id (organisation));
      GtkWidget *heading;

      gtk_widget_set_name (box, anchor);
      gtk_widget_add_css_class (box, "organisation");
      heading = add_heading (box, name, "title-3");
      gtk_label_set_selectable (GTK_LABEL (heading), TRUE);

      for (guint w = PASSEND_ORGANISATION_WHAT; w < PASSEND_ORGANISATION_N_TEXTS; w++)
        {
          PassendTopicText *text = passend_organisation_get_text (organisation, w);

          if (text == NULL)
            continue;
          gtk_widget_add_css_class (add_heading (box, _ (captions[w]), "heading"),
                                    "organisation-caption");
          add_label (self, box, passend_topic_text_get_markup (text), "topic-text");
        }

      if (phone != NULL || email != NULL)
        {
          GtkWidget *grid = gtk_grid_new ();
          int        row = 0;

          gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
          gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
          gtk_widget_set_margin_top (grid, 6);
          if (phone != NULL)
            add_contact (self, grid, row++, _ ("Phone"), phone);
          if (email != NULL)
            add_contact (self, grid, row++, _ ("E-mail"), email);
          gtk_box_append (GTK_BOX (box), grid);
        }

      if ((website != NULL && g_str_has_prefix (website, "https://")) || email != NULL)
        {
          GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

          gtk_widget_set_margin_top (buttons, 6);
          if (website != NULL && g_str_has_prefix (website, "https://"))
            {
              /* Translators: for screen readers; %s is an organisation. */
              g_autofree char *label = g_strdup_printf (_ ("Website of %s"), name);

              gtk_widget_set_name (add_uri_button (self, buttons, _ ("Website"),
                                                   "web-browser-symbolic", website, label),
                                   "organisation-website");
            }
          if (email != NULL)
            {
              /* Translators: for screen readers; %s is an organisation. */
              g_autofree char *label = g_strdup_printf (_ ("Write an e-mail to %s"), name);
              g_autofree char *mailto = g_strconcat ("mailto:", email, NULL);

              gtk_widget_set_name (add_uri_button (self, buttons, _ ("E-mail"),
                                                   "mail-message-new-symbolic", mailto, label),
                                   "organisation-email");
            }
          gtk_box_append (GTK_BOX (box), buttons);
        }

      gtk_box_append (self->page_box, box);
      g_hash_table_insert (self->anchors, g_steal_pointer (&anchor), box);
    }
}
