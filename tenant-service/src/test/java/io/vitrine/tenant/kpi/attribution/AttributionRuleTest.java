package io.vitrine.tenant.kpi.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.tenant.kpi.attribution.AttributionRule.Acceptance;
import io.vitrine.tenant.kpi.attribution.AttributionRule.Match;
import io.vitrine.tenant.kpi.attribution.AttributionRule.Sale;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributionRuleTest {

  private static final Instant SOLD = Instant.parse("2026-03-01T12:00:00Z");
  private static final AttributionRule RULE = new AttributionRule(Duration.ofHours(2));
  private static final Sale SALE =
      new Sale("order-1", "paris", "cust-a", SOLD, Set.of("SERUM", "CREAM"));

  @Test
  void anAcceptanceInTheWindowForTheSameStoreSkuAndCustomerAssistsTheSale() {
    var accepted = acceptance("s1", "paris", "cart-9", "SERUM", "cust-a", SOLD.minusSeconds(1800));

    var attribution = RULE.attribute(SALE, List.of(accepted));

    assertThat(attribution).isPresent();
    assertThat(attribution.get().acceptance()).isEqualTo(accepted);
    assertThat(attribution.get().match()).isEqualTo(Match.WINDOW);
  }

  @Test
  void theWindowIncludesItsBoundsAndNothingAfterTheSale() {
    var atStart = acceptance("s1", "paris", "c", "SERUM", null, SOLD.minus(Duration.ofHours(2)));
    var before = acceptance("s2", "paris", "c", "SERUM", null, SOLD.minus(Duration.ofMinutes(121)));
    var after = acceptance("s3", "paris", "c", "SERUM", null, SOLD.plusSeconds(1));

    assertThat(RULE.attribute(SALE, List.of(atStart))).isPresent();
    assertThat(RULE.attribute(SALE, List.of(before))).isEmpty();
    assertThat(RULE.attribute(SALE, List.of(after))).isEmpty();
  }

  @Test
  void anotherStoreAnotherSkuOrAnotherKnownCustomerDoesNotAssist() {
    Instant at = SOLD.minusSeconds(60);

    assertThat(RULE.attribute(SALE, List.of(acceptance("s", "lyon", "c", "SERUM", null, at))))
        .isEmpty();
    assertThat(RULE.attribute(SALE, List.of(acceptance("s", "paris", "c", "MASK", null, at))))
        .isEmpty();
    assertThat(RULE.attribute(SALE, List.of(acceptance("s", "paris", "c", "SERUM", "b", at))))
        .isEmpty();
  }

  @Test
  void anUnknownCustomerOnEitherSideDoesNotPreventTheMatch() {
    var walkIn = acceptance("s1", "paris", "c", "SERUM", null, SOLD.minusSeconds(60));
    var anonymousSale = new Sale("order-2", "paris", null, SOLD, Set.of("SERUM"));
    var known = acceptance("s2", "paris", "c", "SERUM", "cust-z", SOLD.minusSeconds(60));

    assertThat(RULE.attribute(SALE, List.of(walkIn))).isPresent();
    assertThat(RULE.attribute(anonymousSale, List.of(known))).isPresent();
  }

  @Test
  void theCartOfTheSaleMatchesDirectlyWhateverTheTimeAndCustomer() {
    var longBefore =
        acceptance("s1", "paris", "order-1", "CREAM", "cust-b", SOLD.minus(Duration.ofDays(1)));
    var recent = acceptance("s2", "paris", "cart-9", "SERUM", "cust-a", SOLD.minusSeconds(60));

    var attribution = RULE.attribute(SALE, List.of(recent, longBefore));

    assertThat(attribution).isPresent();
    assertThat(attribution.get().acceptance().suggestionId()).isEqualTo("s1");
    assertThat(attribution.get().match()).isEqualTo(Match.CART);
  }

  @Test
  void aDirectMatchStillNeedsTheAcceptedSkuInTheSale() {
    var unsold = acceptance("s1", "paris", "order-1", "MASK", "cust-a", SOLD.minusSeconds(60));

    assertThat(RULE.attribute(SALE, List.of(unsold))).isEmpty();
  }

  @Test
  void ofSeveralAcceptancesTheOneClosestBeforeTheSaleIsChosen() {
    var early = acceptance("s1", "paris", "c1", "SERUM", null, SOLD.minusSeconds(3600));
    var late = acceptance("s2", "paris", "c2", "CREAM", null, SOLD.minusSeconds(600));

    assertThat(RULE.attribute(SALE, List.of(early, late)))
        .get()
        .extracting(a -> a.acceptance().suggestionId())
        .isEqualTo("s2");
  }

  @Test
  void aNegativeWindowIsRefused() {
    assertThatThrownBy(() -> new AttributionRule(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Acceptance acceptance(
      String id, String store, String cart, String sku, String customer, Instant at) {
    return new Acceptance(id, store, cart, sku, customer, at);
  }
}
