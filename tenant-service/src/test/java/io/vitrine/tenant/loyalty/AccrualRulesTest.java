package io.vitrine.tenant.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccrualRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");

  private final AccrualRules rules =
      new AccrualRules(new BigDecimal("1.5"), new BigDecimal("2"), 3, Duration.ofDays(90), 200);

  @Test
  void basePointsArePerCurrencyUnitRoundedDown() {
    var accruals = rules.accrue(sale("59.99", List.of(), Optional.empty(), Optional.empty()), true);

    assertThat(accruals)
        .singleElement()
        .satisfies(
            accrual -> {
              assertThat(accrual.rule()).isEqualTo(AccrualRule.BASE);
              assertThat(accrual.points()).isEqualTo(89); // 59.99 * 1.5 = 89.985
            });
  }

  @Test
  void aRefundOrZeroSaleEarnsNothing() {
    assertThat(rules.accrue(sale("-20.00", List.of(), Optional.empty(), Optional.empty()), true))
        .isEmpty();
    assertThat(rules.accrue(sale("0.00", List.of(), Optional.empty(), Optional.empty()), true))
        .isEmpty();
  }

  @Test
  void theFrequentBrandEarnsTheMultiplierOnItsLinesOnly() {
    var lines =
        List.of(
            new SaleFacts.Line("Aurelle", new BigDecimal("40.00")),
            new SaleFacts.Line("Other", new BigDecimal("20.00")),
            new SaleFacts.Line(null, new BigDecimal("5.00")));
    var accruals = rules.accrue(sale("65.00", lines, Optional.empty(), brand("aurelle", 3)), true);

    assertThat(accruals)
        .extracting(Accrual::rule, Accrual::points)
        .containsExactly(
            tuple(AccrualRule.BASE, 97L), tuple(AccrualRule.BRAND_BONUS, 60L)); // 40 * (2-1) * 1.5
    assertThat(accruals.get(1).details()).containsEntry("brand", "aurelle");
  }

  @Test
  void aBrandBoughtInTooFewSalesEarnsNoBonus() {
    var lines = List.of(new SaleFacts.Line("Aurelle", new BigDecimal("40.00")));
    assertThat(rules.accrue(sale("40.00", lines, Optional.empty(), brand("Aurelle", 2)), true))
        .extracting(Accrual::rule)
        .containsExactly(AccrualRule.BASE);
  }

  @Test
  void aMemberBackAfterTheLapseEarnsTheMilestoneOnce() {
    var lapsed = Optional.of(NOW.minus(Duration.ofDays(91)));
    var recent = Optional.of(NOW.minus(Duration.ofDays(89)));

    assertThat(rules.accrue(sale("10.00", List.of(), lapsed, Optional.empty()), true))
        .extracting(Accrual::rule, Accrual::points)
        .contains(tuple(AccrualRule.LAPSED_MILESTONE, 200L));
    assertThat(rules.accrue(sale("10.00", List.of(), recent, Optional.empty()), true))
        .extracting(Accrual::rule)
        .containsExactly(AccrualRule.BASE);
  }

  @Test
  void aFirstPurchaseIsNotALapsedReturn() {
    assertThat(rules.accrue(sale("10.00", List.of(), Optional.empty(), Optional.empty()), true))
        .extracting(Accrual::rule)
        .containsExactly(AccrualRule.BASE);
  }

  @Test
  void withoutPersonalizationOnlyBasePointsApply() {
    var lines = List.of(new SaleFacts.Line("Aurelle", new BigDecimal("40.00")));
    var accruals =
        rules.accrue(
            sale("40.00", lines, Optional.of(NOW.minus(Duration.ofDays(400))), brand("Aurelle", 9)),
            false);

    assertThat(accruals).extracting(Accrual::rule).containsExactly(AccrualRule.BASE);
  }

  @Test
  void aMultiplierBelowOneIsRefused() {
    assertThatThrownBy(
            () -> new AccrualRules(BigDecimal.ONE, new BigDecimal("0.5"), 3, Duration.ofDays(1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("multiplier");
  }

  private static SaleFacts sale(
      String total,
      List<SaleFacts.Line> lines,
      Optional<Instant> previous,
      Optional<SaleFacts.BrandCount> brand) {
    return new SaleFacts(new BigDecimal(total), lines, NOW, previous, brand);
  }

  private static Optional<SaleFacts.BrandCount> brand(String name, long sales) {
    return Optional.of(new SaleFacts.BrandCount(name, sales));
  }
}
