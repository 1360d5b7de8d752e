package io.vitrine.tenant.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegimenPlannerTest {

  private final RegimenPlanner planner = new RegimenPlanner(Templates.catalog());

  @Test
  void productsAreOrderedByRegimenStepMorningAndEvening() {
    var plan =
        planner.plan(
            List.of(
                product("Daily Shield SPF 50", "sunscreen"),
                product("Night Renewal", "Retinol"),
                product("Hydra Serum", "serum"),
                product("Gentle Foam", "cleanser")));

    assertThat(plan.morning())
        .extracting(RegimenPlan.PlannedStep::step)
        .containsExactly("cleanser", "serum", "spf");
    assertThat(plan.evening())
        .extracting(RegimenPlan.PlannedStep::step)
        .containsExactly("cleanser", "serum", "retinoid");
  }

  @Test
  void missingStepsOfTheTouchedRoutinesBecomeComplementsButOptionalOnesDoNot() {
    var plan = planner.plan(List.of(product("Hydra Serum", "serum")));

    assertThat(plan.complements())
        .extracting(RegimenPlan.Complement::step)
        .containsExactly("cleanser", "toner", "moisturizer", "spf");
    assertThat(plan.complements().get(3).routines()).isEqualTo("AM");
    assertThat(plan.complements().get(0).routines()).isEqualTo("AM and PM");
  }

  @Test
  void productsOutsideTheRegimenMakeAnEmptyPlan() {
    var plan =
        planner.plan(
            List.of(product("Rouge Velours", "lipstick"), new PurchasedProduct("x", null, null)));

    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.complements()).isEmpty();
  }

  private static PurchasedProduct product(String name, String category) {
    return new PurchasedProduct(name, "Aurelle", category);
  }
}
