package io.vitrine.kubectl;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** How long ago a timestamp was, written as kubectl writes ages: 45s, 12m, 3h, 5d. */
final class Ages {

  private Ages() {}

  static String since(Object timestamp, Instant now) {
    if (timestamp == null) {
      return "";
    }
    try {
      Duration age = Duration.between(Instant.parse(String.valueOf(timestamp)), now);
      if (age.isNegative() || age.toSeconds() < 120) {
        return Math.max(0, age.toSeconds()) + "s";
      }
      if (age.toMinutes() < 120) {
        return age.toMinutes() + "m";
      }
      return age.toHours() < 48 ? age.toHours() + "h" : age.toDays() + "d";
    } catch (DateTimeParseException e) {
      return String.valueOf(timestamp);
    }
  }
}
