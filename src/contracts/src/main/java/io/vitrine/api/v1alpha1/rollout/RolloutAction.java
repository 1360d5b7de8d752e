package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An action asked from the command line: the JSON value of the {@value
 * StoreRollout#ACTION_ANNOTATION} annotation, e.g. {@code {"id":"<uuid>","action":"approve",
 * "phase":"cohort","by":"jane","at":"2026-01-01T10:00:00Z","reason":"KPIs look fine"}}. {@code
 * kubectl vitrine} writes it; the operator handles each id once and records the outcome under the
 * same id in {@code status.actions[]} ({@link ActionRecord}).
 *
 * @param id a fresh UUID, so that the operator handles each request once
 * @param action approve, pause, resume, abort or retry ({@link Kind#value()})
 * @param phase the phase approved (approve only)
 * @param by the Kubernetes user who asked
 * @param at when they asked (RFC 3339)
 * @param reason why (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RolloutAction(
    String id, String action, String phase, String by, String at, String reason) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The kinds of action. */
  public enum Kind {
    APPROVE,
    PAUSE,
    RESUME,
    ABORT,
    RETRY;

    /** The action as the command line writes it, e.g. {@code approve}. */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Kind> of(String action) {
      String name = action.trim().toUpperCase(Locale.ROOT);
      return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
  }

  public Optional<Kind> kind() {
    return action == null ? Optional.empty() : Kind.of(action);
  }

  /** The annotation's value; absent fields are left out. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The action in an annotation value; an unreadable value becomes an action with no kind (so it is
   * rejected and recorded rather than retried forever).
   */
  public static Optional<RolloutAction> parse(String annotation) {
    if (annotation == null || annotation.isBlank()) {
      return Optional.empty();
    }
    try {
      RolloutAction action = JSON.readValue(annotation, RolloutAction.class);
      String id = action.id() == null || action.id().isBlank() ? digest(annotation) : action.id();
      return Optional.of(
          new RolloutAction(
              id, action.action(), action.phase(), action.by(), action.at(), action.reason()));
    } catch (IOException e) {
      return Optional.of(new RolloutAction(digest(annotation), null, null, null, null, null));
    }
  }

  private static String digest(String text) {
    return "unreadable-" + Integer.toHexString(text.hashCode());
  }
}
