package io.vitrine.tenant.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.tenant.checkout.copurchase.CoPurchaseCounts;
import io.vitrine.tenant.checkout.ranking.CoPurchase;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CoPurchaseCountsTest {

  @Test
  void countsSalesAndPartnersOncePerSale() {
    var counts = new CoPurchaseCounts(8);
    counts.addBasket(List.of("A", "B", "B"));
    counts.addBasket(List.of("A", "B"));
    counts.addBasket(List.of("A", "C"));

    assertThat(counts.sales("A")).isEqualTo(3);
    assertThat(counts.partners("A", 5))
        .containsExactly(new CoPurchase("A", "B", 2, 3), new CoPurchase("A", "C", 1, 3));
    assertThat(counts.partners("B", 5)).containsExactly(new CoPurchase("B", "A", 2, 2));
  }

  @Test
  void aFrequentPartnerSurvivesAFloodOfRarePartnersInBoundedMemory() {
    var counts = new CoPurchaseCounts(8);
    var random = new SplittableRandom(7);
    for (int sale = 0; sale < 5_000; sale++) {
      if (sale % 4 == 0) {
        counts.addBasket(List.of("A", "FREQUENT"));
      } else {
        counts.addBasket(List.of("A", "RARE-" + random.nextInt(10_000)));
      }
    }

    List<CoPurchase> top = counts.partners("A", 8);
    assertThat(top).hasSizeLessThanOrEqualTo(8);
    assertThat(top.get(0).partnerSku()).isEqualTo("FREQUENT");
    assertThat(top.get(0).together()).isGreaterThanOrEqualTo(1_250);
  }
}
