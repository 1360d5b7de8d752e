package io.vitrine.tenant.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Sections of an HTML page at its headings ({@code h1} to {@code h6}), from the text of its blocks;
 * navigation, scripts, styles, forms, headers and footers are no part of the text.
 */
final class HtmlSections {

  private static final String NOT_TEXT =
      "script, style, noscript, nav, header, footer, form, aside";
  private static final String BLOCKS =
      "h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, pre, blockquote, figcaption";
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private HtmlSections() {}

  static List<Section> of(String html) {
    Document page = Jsoup.parse(html);
    page.select(NOT_TEXT).remove();
    var sections = new ArrayList<Section>();
    String heading = null;
    var text = new StringBuilder();
    Set<Element> blocks = Collections.newSetFromMap(new IdentityHashMap<>());
    blocks.addAll(page.body().select(BLOCKS));
    for (Element block : page.body().select(BLOCKS)) {
      if (insideAnother(block, blocks)) {
        continue; // its text is in the enclosing block's
      }
      if (HEADINGS.contains(block.normalName())) {
        add(sections, heading, text);
        heading = block.text();
        text.setLength(0);
      } else if (!block.text().isBlank()) {
        text.append(block.text()).append('\n');
      }
    }
    add(sections, heading, text);
    if (sections.isEmpty() && !page.body().text().isBlank()) {
      sections.add(new Section(null, page.body().text()));
    }
    return sections;
  }

  private static boolean insideAnother(Element block, Set<Element> blocks) {
    for (Element parent : block.parents()) {
      if (blocks.contains(parent) && !HEADINGS.contains(parent.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Section> sections, String heading, StringBuilder text) {
    String body = text.toString().strip();
    if (!body.isEmpty()) {
      sections.add(new Section(heading, body));
    }
  }
}
