package io.vitrine.tenant.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TierLadderTest {

  private final TierLadder ladder =
      TierLadder.parse(List.of("member=0", " silver = 500", "gold=1500"));

  @Test
  void theTierIsTheHighestThresholdReached() {
    assertThat(ladder.tierFor(0).name()).isEqualTo("member");
    assertThat(ladder.tierFor(499).name()).isEqualTo("member");
    assertThat(ladder.tierFor(500).name()).isEqualTo("silver");
    assertThat(ladder.tierFor(99_999).name()).isEqualTo("gold");
  }

  @Test
  void theNextTierIsTheFirstAboveThePoints() {
    assertThat(ladder.nextAfter(499)).contains(new Tier("silver", 500));
    assertThat(ladder.nextAfter(500)).contains(new Tier("gold", 1500));
    assertThat(ladder.nextAfter(1500)).isEmpty();
  }

  @Test
  void upgradesOnlyGoUp() {
    assertThat(ladder.isUpgrade("member", new Tier("silver", 500))).isTrue();
    assertThat(ladder.isUpgrade("gold", new Tier("silver", 500))).isFalse();
    assertThat(ladder.isUpgrade("silver", new Tier("silver", 500))).isFalse();
    assertThat(ladder.isUpgrade(null, new Tier("member", 0))).isTrue();
  }

  @Test
  void malformedLaddersAreRefusedWithTheEntryNamed() {
    assertThatThrownBy(() -> TierLadder.parse(List.of("member=10")))
        .hasMessageContaining("first tier must be at 0");
    assertThatThrownBy(() -> TierLadder.parse(List.of("member=0", "gold=100", "silver=50")))
        .hasMessageContaining("'silver'");
    assertThatThrownBy(() -> TierLadder.parse(List.of("member=0", "gold")))
        .hasMessageContaining("'gold' is not name=threshold");
    assertThatThrownBy(() -> TierLadder.parse(List.of("member=0", "gold=lots")))
        .hasMessageContaining("whole-number");
  }
}
