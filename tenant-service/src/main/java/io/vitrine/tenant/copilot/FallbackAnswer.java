package io.vitrine.tenant.copilot;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The answer written without a model: the retrieved items, numbered as they are cited, and the
 * tools' facts, stated as the tools gave them.
 */
final class FallbackAnswer {

  private static final int EXCERPT = 300;

  private FallbackAnswer() {}

  static String nothingFound(String whom) {
    return "I found nothing about this in the catalog or the knowledge base. Please ask "
        + whom
        + ".";
  }

  /** The retrieved items, numbered from 1 as they are cited; empty when there are none. */
  static String sources(List<Source> sources) {
    var text = new StringBuilder();
    if (!sources.isEmpty()) {
      text.append("From the catalog and the knowledge base:\n");
      for (int i = 0; i < sources.size(); i++) {
        text.append('[').append(i + 1).append("] ").append(line(sources.get(i))).append('\n');
      }
    }
    return text.toString().strip();
  }

  /** The retrieved part (Vitrine's or a model's wording), then the tools' facts as stated. */
  static String of(String retrieved, CopilotFacts facts) {
    return (retrieved + "\n" + FactSentences.of(facts)).strip();
  }

  private static String line(Source source) {
    if (source.isProduct()) {
      String details =
          List.of(nullToEmpty(source.brand()), nullToEmpty(source.category()), source.sku())
              .stream()
              .filter(value -> !value.isBlank())
              .collect(Collectors.joining(", "));
      return source.title() + " (" + details + ")";
    }
    return source.title() + ": " + excerpt(source.text());
  }

  private static String excerpt(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
