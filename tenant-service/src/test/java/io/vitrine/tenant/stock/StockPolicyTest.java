package io.vitrine.tenant.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the till may offer of four candidates: FRESH (a recent positive count), OLD (a stale
 * positive count), EMPTY (counted, none left) and NEVER (no count in the store).
 */
class StockPolicyTest {

  private static final List<String> CANDIDATES = List.of("FRESH", "OLD", "EMPTY", "NEVER");
  private static final Set<String> FRESH = Set.of("FRESH");
  private static final Set<String> STALE = Set.of("OLD");
  private static final Set<String> COUNTED = Set.of("FRESH", "OLD", "EMPTY");

  @Test
  void byDefaultAStaleCountIsOfferedButDemotedAndAMissingOneIsNotOffered() {
    OfferableStock offer = policy(StockHandling.DEMOTE, StockHandling.EXCLUDE);

    assertThat(offer.offered()).containsExactlyInAnyOrder("FRESH", "OLD");
    assertThat(offer.demoted()).containsExactly("OLD");
  }

  @Test
  void theDefaultsAreThoseOfTheConfiguration() {
    var defaults =
        new StockPolicy(Duration.ofHours(72), StockHandling.DEMOTE, StockHandling.EXCLUDE);

    assertThat(defaults.staleAfter()).isEqualTo(Duration.ofHours(72));
    assertThat(defaults.offer(CANDIDATES, FRESH, STALE, COUNTED))
        .isEqualTo(policy(StockHandling.DEMOTE, StockHandling.EXCLUDE));
  }

  @Test
  void excludingStaleCountsOffersOnlyFreshOnes() {
    OfferableStock offer = policy(StockHandling.EXCLUDE, StockHandling.EXCLUDE);

    assertThat(offer.offered()).containsExactly("FRESH");
    assertThat(offer.demoted()).isEmpty();
  }

  @Test
  void offeringStaleCountsTreatsThemAsFresh() {
    OfferableStock offer = policy(StockHandling.OFFER, StockHandling.EXCLUDE);

    assertThat(offer.offered()).containsExactlyInAnyOrder("FRESH", "OLD");
    assertThat(offer.demoted()).isEmpty();
  }

  @Test
  void aRetailerMayOfferWhatTheirPosDoesNotCountDemotedOrNot() {
    assertThat(policy(StockHandling.DEMOTE, StockHandling.DEMOTE).demoted())
        .containsExactlyInAnyOrder("OLD", "NEVER");
    assertThat(policy(StockHandling.EXCLUDE, StockHandling.OFFER).offered())
        .containsExactlyInAnyOrder("FRESH", "NEVER");
  }

  @Test
  void nothingCountedAtZeroIsEverOffered() {
    for (StockHandling stale : StockHandling.values()) {
      for (StockHandling unknown : StockHandling.values()) {
        assertThat(policy(stale, unknown).offered()).doesNotContain("EMPTY");
      }
    }
  }

  private static OfferableStock policy(StockHandling stale, StockHandling unknown) {
    return new StockPolicy(Duration.ofHours(72), stale, unknown)
        .offer(CANDIDATES, FRESH, STALE, COUNTED);
  }
}
