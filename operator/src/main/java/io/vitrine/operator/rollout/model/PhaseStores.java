package io.vitrine.operator.rollout.model;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.vitrine.api.v1alpha1.rollout.PhaseSpec;
import io.vitrine.api.v1alpha1.rollout.StoreSelection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Resolves each phase's store selection against the registry, with no client calls. */
public final class PhaseStores {

  private PhaseStores() {}

  public static List<ResolvedPhase> resolve(List<PhaseSpec> phases, List<Store> registry) {
    return phases.stream().map(phase -> resolve(phase, registry)).toList();
  }

  static ResolvedPhase resolve(PhaseSpec phase, List<Store> registry) {
    StoreSelection selection = phase.getStores();
    if (Boolean.TRUE.equals(selection.getAll())) {
      return new ResolvedPhase(
          phase.getName(), true, sorted(registry.stream().map(Store::id).toList()));
    }
    if (selection.getIds() != null) {
      return new ResolvedPhase(phase.getName(), false, sorted(selection.getIds()));
    }
    return new ResolvedPhase(
        phase.getName(),
        false,
        sorted(
            registry.stream()
                .filter(store -> matches(selection.getSelector(), store.labels()))
                .map(Store::id)
                .toList()));
  }

  /** Kubernetes label selector semantics over a store's labels. */
  public static boolean matches(LabelSelector selector, Map<String, String> labels) {
    if (selector == null) {
      return false;
    }
    Map<String, String> required =
        selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
    boolean labelsMatch =
        required.entrySet().stream()
            .allMatch(entry -> Objects.equals(labels.get(entry.getKey()), entry.getValue()));
    List<LabelSelectorRequirement> expressions =
        selector.getMatchExpressions() == null ? List.of() : selector.getMatchExpressions();
    return labelsMatch && expressions.stream().allMatch(e -> matches(e, labels));
  }

  private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
    String value = labels.get(requirement.getKey());
    List<String> values = requirement.getValues() == null ? List.of() : requirement.getValues();
    return switch (requirement.getOperator()) {
      case "In" -> value != null && values.contains(value);
      case "NotIn" -> value == null || !values.contains(value);
      case "Exists" -> value != null;
      case "DoesNotExist" -> value == null;
      default ->
          throw new InvalidRolloutSpecException(
              "unknown selector operator " + requirement.getOperator());
    };
  }

  private static List<String> sorted(List<String> ids) {
    return List.copyOf(new TreeSet<>(ids));
  }
}
