package io.vitrine.tenant.messages;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The regimen a customer's purchase fits into: the steps their products fill, in the order of
 * application for the morning and the evening, and the steps they have no product for.
 *
 * @param products the display names of the purchased products that fill a step
 */
@TemplateData
public record RegimenPlan(
    List<String> products,
    List<PlannedStep> morning,
    List<PlannedStep> evening,
    List<Complement> complements) {

  public RegimenPlan {
    products = List.copyOf(products);
    morning = List.copyOf(morning);
    evening = List.copyOf(evening);
    complements = List.copyOf(complements);
  }

  public boolean isEmpty() {
    return products.isEmpty();
  }

  /** A step filled by purchased products. */
  @TemplateData
  public record PlannedStep(String step, String label, List<String> products, String tip) {

    public PlannedStep {
      products = List.copyOf(products);
    }
  }

  /** A step of the routine the customer has no product for, with why it matters. */
  @TemplateData
  public record Complement(String step, String label, String routines, String education) {}
}
