package io.vitrine.tenant.messages;

import java.util.List;
import java.util.Set;

/**
 * One step of a skincare regimen, as the regimen data describes it.
 *
 * @param step the step's key, e.g. {@code serum}
 * @param label what the customer reads, e.g. "Treat"
 * @param routines when the step is used
 * @param optional never suggested as a complement (e.g. a retinoid, which not everyone needs)
 * @param categories the product categories that fill this step
 * @param tip how to use a product of this step
 * @param education why the step matters, for customers who have no product for it
 */
public record RegimenStep(
    String step,
    String label,
    Set<Routine> routines,
    boolean optional,
    List<String> categories,
    String tip,
    String education) {

  public RegimenStep {
    routines = Set.copyOf(routines);
    categories = List.copyOf(categories);
  }
}
