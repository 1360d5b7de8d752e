package io.vitrine.kubectl;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as kubectl writes them: 500ms, 30s, 2m, 1h. */
final class Durations {

  private static final Pattern DURATION = Pattern.compile("([0-9]+)(ms|s|m|h)");

  private Durations() {}

  static Duration parse(String text) {
    Matcher matcher = DURATION.matcher(text == null ? "" : text.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration: write it like 30s, 2m or 500ms");
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }
}
