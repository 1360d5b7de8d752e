package io.vitrine.tenant.messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Places purchased products on the regimen's steps; pure. */
public final class RegimenPlanner {

  private final RegimenCatalog catalog;

  public RegimenPlanner(RegimenCatalog catalog) {
    this.catalog = catalog;
  }

  public RegimenPlan plan(List<PurchasedProduct> purchased) {
    Map<RegimenStep, List<String>> filled = new LinkedHashMap<>();
    for (PurchasedProduct product : purchased) {
      catalog
          .stepFor(product.category())
          .ifPresent(
              step -> {
                var names = filled.computeIfAbsent(step, key -> new ArrayList<>());
                if (!names.contains(product.displayName())) {
                  names.add(product.displayName());
                }
              });
    }
    var products = new LinkedHashSet<String>();
    filled.values().forEach(products::addAll);
    return new RegimenPlan(
        List.copyOf(products),
        routine(Routine.AM, filled),
        routine(Routine.PM, filled),
        filled.isEmpty() ? List.of() : complements(filled));
  }

  private List<RegimenPlan.PlannedStep> routine(
      Routine routine, Map<RegimenStep, List<String>> filled) {
    return catalog.steps().stream()
        .filter(step -> step.routines().contains(routine) && filled.containsKey(step))
        .map(
            step ->
                new RegimenPlan.PlannedStep(
                    step.step(), step.label(), filled.get(step), step.tip()))
        .toList();
  }

  /** Steps of the routines the purchase touches that no purchased product fills. */
  private List<RegimenPlan.Complement> complements(Map<RegimenStep, List<String>> filled) {
    var touched =
        filled.keySet().stream()
            .flatMap(step -> step.routines().stream())
            .collect(Collectors.toSet());
    return catalog.steps().stream()
        .filter(step -> !step.optional() && !filled.containsKey(step))
        .filter(step -> step.routines().stream().anyMatch(touched::contains))
        .map(
            step ->
                new RegimenPlan.Complement(
                    step.step(), step.label(), routines(step), step.education()))
        .toList();
  }

  private static String routines(RegimenStep step) {
    return step.routines().stream()
        .sorted()
        .map(Routine::name)
        .collect(Collectors.joining(" and "));
  }
}
