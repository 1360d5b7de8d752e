package io.vitrine.tenant.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegimenMessageRendererTest {

  private final RegimenPlanner planner = new RegimenPlanner(Templates.catalog());
  private final RegimenMessageRenderer renderer = Templates.renderer();

  @Test
  void theEmailGivesMorningAndEveningOrderWithTipsAndComplements() {
    var plan =
        planner.plan(
            List.of(
                new PurchasedProduct("Night Renewal", "Aurelle", "retinol"),
                new PurchasedProduct("Gentle Foam", "Aurelle", "cleanser"),
                new PurchasedProduct("Hydra Serum", null, "serum")));

    var message = renderer.render(plan, ContactChannel.EMAIL);

    assertThat(message.subject()).isEqualTo("How to use your new products morning and evening");
    String body = message.body();
    assertThat(body)
        .contains("Morning (AM), in this order:\n1. Cleanse: Aurelle Gentle Foam")
        .contains("2. Treat: Hydra Serum")
        .contains("Evening (PM), in this order:\n1. Cleanse: Aurelle Gentle Foam")
        .contains("3. Treat (evening only): Aurelle Night Renewal")
        .contains("always wear SPF the next morning")
        .contains("- Protect (AM): A broad-spectrum SPF")
        .doesNotContain("{");
    assertThat(body.indexOf("Evening (PM)")).isGreaterThan(body.indexOf("Morning (AM)"));
  }

  @Test
  void anEveningOnlyPurchaseHasNoMorningSection() {
    var plan = planner.plan(List.of(new PurchasedProduct("Night Renewal", "Aurelle", "retinoid")));

    var message = renderer.render(plan, ContactChannel.EMAIL);

    assertThat(message.subject()).isEqualTo("How to use your new product morning and evening");
    assertThat(message.body())
        .doesNotContain("Morning (AM), in this order")
        .contains("Evening (PM)");
  }

  @Test
  void theSmsIsShortAndHasNoSubject() {
    var plan =
        planner.plan(
            List.of(
                new PurchasedProduct("Gentle Foam", "Aurelle", "cleanser"),
                new PurchasedProduct("Daily Shield", "Aurelle", "spf")));

    var message = renderer.render(plan, ContactChannel.SMS);

    assertThat(message.subject()).isNull();
    assertThat(message.body())
        .isEqualTo(
            "Your routine - AM: Cleanse > Protect - PM: Cleanse. Ask us in store for tips."
                + " Reply STOP to opt out.");
    assertThat(message.body().length()).isLessThanOrEqualTo(160);
  }
}
