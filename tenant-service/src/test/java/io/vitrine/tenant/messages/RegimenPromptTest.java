package io.vitrine.tenant.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.tenant.ai.PromptGuard;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegimenPromptTest {

  private final RegimenPlanner planner = new RegimenPlanner(Templates.catalog());
  private final RegimenPlan plan =
      planner.plan(
          List.of(
              new PurchasedProduct("Gentle Foam", "Aurelle", "cleanser", "3700000000011"),
              new PurchasedProduct("Hydra Serum", "Aurelle", "serum", "3700000000028")));

  @Test
  void thePromptCarriesThePlanInOrderAndNothingElse() {
    var prompt = RegimenPrompt.of(plan, ContactChannel.EMAIL);

    assertThat(prompt.template().toString()).isEqualTo("post-purchase-regimen@1");
    assertThat(prompt.user())
        .startsWith("Channel: e-mail")
        .contains("Morning routine, in this order:\n1. Cleanse: Aurelle Gentle Foam. Tip: ")
        .contains("2. Treat: Aurelle Hydra Serum. Tip: ")
        .contains("Steps without a product yet")
        .doesNotContain("3700000000011");
    assertThat(prompt.system()).contains("Do not greet the client by name");
    assertThat(PromptGuard.inspect(prompt.system()).clean()).isTrue();
    assertThat(PromptGuard.inspect(prompt.user()).clean()).isTrue();
  }

  @Test
  void anSmsPromptAsksForWhatAnSmsCanHold() {
    var prompt = RegimenPrompt.of(plan, ContactChannel.SMS);

    assertThat(prompt.user()).startsWith("Channel: SMS, at most 280 characters.");
    assertThat(RegimenPrompt.maxChars(ContactChannel.SMS)).isEqualTo(280);
    assertThat(prompt.sha256()).isNotEqualTo(RegimenPrompt.of(plan, ContactChannel.EMAIL).sha256());
  }
}
