package io.vitrine.tenant.checkout;

import java.util.Optional;
import java.util.UUID;

/** Suggestion and screening ids as the till sends them back: the answer's UUID, as it was given. */
public final class AnswerIds {

  private AnswerIds() {}

  /** The id, or empty when it is not a UUID in the form an answer gives (no answer has it). */
  public static Optional<UUID> parse(String id) {
    try {
      UUID uuid = UUID.fromString(id);
      // fromString also reads abbreviated forms such as "1-2-3-4-5", which no answer gave.
      return uuid.toString().equals(id) ? Optional.of(uuid) : Optional.empty();
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
