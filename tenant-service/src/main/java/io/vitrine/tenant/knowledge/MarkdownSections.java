package io.vitrine.tenant.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sections of a Markdown document at its ATX headings ({@code #} to {@code ######}), with the
 * markup that is not text taken out: link targets, images, emphasis, code fences, HTML comments.
 */
final class MarkdownSections {

  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|`)(\\S.*?\\S|\\S)\\1");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");

  private MarkdownSections() {}

  static List<Section> of(String markdown) {
    var sections = new ArrayList<Section>();
    String heading = null;
    var text = new StringBuilder();
    for (String line : COMMENT.matcher(markdown).replaceAll("").split("\\R")) {
      Matcher match = HEADING.matcher(line);
      if (match.matches()) {
        add(sections, heading, text);
        heading = plain(match.group(2));
        text.setLength(0);
      } else if (!FENCE.matcher(line).matches()) {
        text.append(plain(line)).append('\n');
      }
    }
    add(sections, heading, text);
    return sections;
  }

  private static String plain(String line) {
    String text = IMAGE.matcher(line).replaceAll("$1");
    text = LINK.matcher(text).replaceAll("$1");
    return EMPHASIS.matcher(text).replaceAll("$2");
  }

  private static void add(List<Section> sections, String heading, StringBuilder text) {
    String body = text.toString().strip();
    if (!body.isEmpty()) {
      sections.add(new Section(heading, body));
    }
  }
}
