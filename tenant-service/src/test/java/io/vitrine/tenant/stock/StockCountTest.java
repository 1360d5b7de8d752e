package io.vitrine.tenant.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Newest wins: by version within one source, by the time of the count between sources. */
class StockCountTest {

  private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void withinOneSourceTheHigherVersionWinsWhateverTheTimes() {
    var older = count("lightspeed-x", 3, 100, NOON.plusSeconds(60));
    var newer = count("lightspeed-x", 2, 101, NOON);

    assertThat(newer.replaces(older)).isTrue();
    assertThat(older.replaces(newer)).isFalse();
    assertThat(older.replaces(older)).isFalse();
  }

  @Test
  void betweenSourcesTheLaterCountWins() {
    var imported = count(StockCount.IMPORT, 5, NOON.toEpochMilli(), NOON);
    var fromPos = count("shopify", 4, 7, NOON.plusSeconds(1));

    assertThat(fromPos.replaces(imported)).isTrue();
    assertThat(imported.replaces(fromPos)).isFalse();
  }

  @Test
  void aBatchKeepsTheNewestCountPerStoreAndSkuAndOfTwoEqualTheLater() {
    var first = count("square", 1, 10, NOON);
    var late = count("square", 9, 5, NOON);
    var repeat = count("square", 2, 10, NOON);
    var otherStore = new StockCount("square", "L2", "SKU", 4, 1, NOON);

    assertThat(NewestCounts.of(List.of(first, late, repeat, otherStore)))
        .containsExactly(repeat, otherStore);
  }

  @Test
  void aVendorsDecimalQuantityCountsWholeUnits() {
    assertThat(StockCount.wholeUnits(new BigDecimal("2.9"))).isEqualTo(2);
    assertThat(StockCount.wholeUnits(new BigDecimal("0.5"))).isZero();
    assertThat(StockCount.wholeUnits(new BigDecimal("-1.5"))).isEqualTo(-2);
    assertThat(StockCount.wholeUnits(new BigDecimal("1e12"))).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aCountNeedsItsLocationAndSku() {
    assertThatThrownBy(() -> new StockCount("shopify", " ", "SKU", 1, 1, NOON))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StockCount("shopify", "L1", null, 1, 1, NOON))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static StockCount count(String source, int quantity, long version, Instant at) {
    return new StockCount(source, "L1", "SKU", quantity, version, at);
  }
}
