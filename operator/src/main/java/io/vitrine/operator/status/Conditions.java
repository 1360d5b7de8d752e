package io.vitrine.operator.status;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conditions of a status being computed: each condition keeps its lastTransitionTime while its
 * status stays the same, so that an unchanged resource computes an equal status and is not patched.
 */
public final class Conditions {

  private final List<Condition> previous;
  private final List<Condition> next = new ArrayList<>();
  private final long generation;
  private final Instant now;

  public Conditions(List<Condition> previous, long generation, Instant now) {
    this.previous = previous == null ? List.of() : previous;
    this.generation = generation;
    this.now = now;
  }

  public Conditions set(String type, boolean status, String reason, String message) {
    String value = status ? "True" : "False";
    String since =
        find(previous, type)
            .filter(old -> value.equals(old.getStatus()))
            .map(Condition::getLastTransitionTime)
            .orElse(now.toString());
    next.add(
        new ConditionBuilder()
            .withType(type)
            .withStatus(value)
            .withReason(reason)
            .withMessage(message)
            .withObservedGeneration(generation)
            .withLastTransitionTime(since)
            .build());
    return this;
  }

  /** Carries a condition over as it was, at this generation, when the previous status had it. */
  public Conditions keep(String type) {
    find(previous, type)
        .ifPresent(
            old -> set(type, "True".equals(old.getStatus()), old.getReason(), old.getMessage()));
    return this;
  }

  public List<Condition> build() {
    return List.copyOf(next);
  }

  public static Optional<Condition> find(List<Condition> conditions, String type) {
    return conditions == null
        ? Optional.empty()
        : conditions.stream().filter(c -> type.equals(c.getType())).findFirst();
  }

  public static boolean isTrue(List<Condition> conditions, String type) {
    return find(conditions, type).map(c -> "True".equals(c.getStatus())).orElse(false);
  }
}
