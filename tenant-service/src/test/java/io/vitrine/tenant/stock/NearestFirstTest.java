package io.vitrine.tenant.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vitrine.tenant.stores.Coordinates;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an associate should look first, and what a count's age means. */
class NearestFirstTest {

  private static final Coordinates OPERA = new Coordinates(48.8720, 2.3316);
  private static final Coordinates MARAIS = new Coordinates(48.8590, 2.3620);
  private static final Coordinates LYON = new Coordinates(45.7640, 4.8357);
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void distancesAreGreatCircleKilometres() {
    assertThat(Distances.km(OPERA, LYON)).isCloseTo(392, within(3.0));
    assertThat(Distances.km(OPERA, MARAIS)).isCloseTo(2.6, within(0.2));
    assertThat(Distances.km(OPERA, OPERA)).isZero();
    assertThat(Distances.km(OPERA, null)).isNull();
  }

  @Test
  void theStoreAskedFromComesFirstThenTheNearestThenThoseWithoutCoordinates() {
    var here = store(1, "Opéra", 0, 0.0);
    var far = store(2, "Lyon", 5, 392.0);
    var near = store(3, "Marais", 2, 2.6);
    var unplaced = store(4, "Airport", 9, null);

    assertThat(NearestFirst.sort(List.of(unplaced, far, here, near), 1L))
        .containsExactly(here, near, far, unplaced);
  }

  @Test
  void withoutAStoreInStockComesBeforeStaleBeforeOutOfStock() {
    var out = store(1, "A", 0, null);
    var stale = new StoreStock(2, "p2", "B", 3, StockStatus.STALE, "shopify", NOW, null);
    var in = store(3, "C", 1, null);

    assertThat(NearestFirst.sort(List.of(out, stale, in), null)).containsExactly(in, stale, out);
  }

  @Test
  void aPositiveCountOlderThanTheLimitIsStaleAndNoneLeftIsOutOfStock() {
    Duration limit = Duration.ofHours(72);

    assertThat(StockStatus.of(2, NOW.minus(Duration.ofHours(71)), NOW, limit))
        .isEqualTo(StockStatus.IN_STOCK);
    assertThat(StockStatus.of(2, NOW.minus(Duration.ofHours(73)), NOW, limit))
        .isEqualTo(StockStatus.STALE);
    assertThat(StockStatus.of(0, NOW, NOW, limit)).isEqualTo(StockStatus.OUT_OF_STOCK);
    assertThat(StockStatus.of(-1, NOW.minus(Duration.ofDays(9)), NOW, limit))
        .isEqualTo(StockStatus.OUT_OF_STOCK);
  }

  private static StoreStock store(long id, String name, int quantity, Double km) {
    StockStatus status = quantity > 0 ? StockStatus.IN_STOCK : StockStatus.OUT_OF_STOCK;
    return new StoreStock(id, "p" + id, name, quantity, status, "shopify", NOW, km);
  }
}
