package io.vitrine.tenant.ai;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Values a feature holds about the person concerned that must never reach a model: a contact
 * reference, a name if a record ever held one. Blank and very short values are ignored (they would
 * match everywhere). Its {@link #toString()} shows how many there are, never what they are.
 */
public final class PersonalValues {

  private static final int SHORTEST = 3;
  private static final PersonalValues NONE = new PersonalValues(List.of());

  private final List<String> values;

  private PersonalValues(List<String> values) {
    this.values = values;
  }

  public static PersonalValues none() {
    return NONE;
  }

  public static PersonalValues of(Collection<String> values) {
    return new PersonalValues(
        values.stream()
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(value -> value.length() >= SHORTEST)
            .toList());
  }

  public static PersonalValues of(String... values) {
    return of(List.of(values));
  }

  /** Whether {@code text} contains one of the values, ignoring case. */
  boolean foundIn(String text) {
    String haystack = text.toLowerCase(java.util.Locale.ROOT);
    return values.stream()
        .anyMatch(value -> haystack.contains(value.toLowerCase(java.util.Locale.ROOT)));
  }

  @Override
  public String toString() {
    return "PersonalValues[" + values.size() + " redacted]";
  }
}
