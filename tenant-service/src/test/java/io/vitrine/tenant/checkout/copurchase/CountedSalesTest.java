package io.vitrine.tenant.checkout.copurchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountedSalesTest {

  private final CountedSales counted = new CountedSales();

  @Test
  void aSaleIsCountedOnceHoweverOftenItArrives() {
    assertThat(counted.count(5, List.of("A", "B"))).isTrue();
    assertThat(counted.count(5, List.of("A", "C"))).isFalse();
  }

  @Test
  void salesCountedDuringARebuildAreReplayedUnlessItsSnapshotHeldThem() {
    counted.rebuildStarted();
    counted.count(90, List.of("IN", "SNAPSHOT"));
    counted.count(97, List.of("NOT", "COMMITTED", "YET"));
    counted.count(120, List.of("AFTER", "SNAPSHOT"));

    List<List<String>> replay = counted.rebuildFinished(100, Set.of(97L, 98L));

    assertThat(replay)
        .containsExactlyInAnyOrder(
            List.of("NOT", "COMMITTED", "YET"), List.of("AFTER", "SNAPSHOT"));
  }

  @Test
  void afterARebuildOnlyWhatItsSnapshotMissedOrWhatCameLaterIsCounted() {
    counted.rebuildStarted();
    counted.count(120, List.of("DURING"));
    counted.rebuildFinished(100, Set.of(98L));

    assertThat(counted.count(90, List.of("READ"))).as("held by the snapshot").isFalse();
    assertThat(counted.count(98, List.of("LATE"))).as("committed after the snapshot").isTrue();
    assertThat(counted.count(98, List.of("LATE"))).isFalse();
    assertThat(counted.count(120, List.of("DURING"))).as("replayed at the swap").isFalse();
    assertThat(counted.count(130, List.of("NEW"))).isTrue();
  }

  @Test
  void salesCountedBeforeARebuildStartsAreNotReplayed() {
    counted.count(50, List.of("EARLY"));
    counted.rebuildStarted();

    assertThat(counted.rebuildFinished(60, Set.of())).isEmpty();
    assertThat(counted.count(50, List.of("EARLY"))).isFalse();
  }

  @Test
  void anAbandonedRebuildChangesNothing() {
    counted.count(50, List.of("A"));
    counted.rebuildStarted();
    counted.count(51, List.of("B"));
    counted.rebuildAbandoned();

    assertThat(counted.count(50, List.of("A"))).isFalse();
    assertThat(counted.count(51, List.of("B"))).isFalse();
    assertThat(counted.count(52, List.of("C"))).isTrue();
  }
}
