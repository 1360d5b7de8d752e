package io.vitrine.operator.rollout.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.api.v1alpha1.rollout.CurrentPhase;
import io.vitrine.api.v1alpha1.rollout.PhaseState;
import io.vitrine.api.v1alpha1.rollout.RollbackSpec.RollbackPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pilot (s1), cohort (s1, s2, s3), chain (all five stores of the registry). */
class EnabledStoresTest {

  private final EnabledStores stores =
      new EnabledStores(
          List.of(
              new ResolvedPhase("pilot", false, List.of("s1")),
              new ResolvedPhase("cohort", false, List.of("s1", "s2", "s3")),
              new ResolvedPhase("chain", true, List.of("s1", "s2", "s3", "s4", "s5"))),
          5);

  @Test
  void eachPhaseAddsTheStoresTheEarlierOnesDoNotHave() {
    assertThat(stores.upTo(-1)).isEmpty();
    assertThat(stores.upTo(1)).containsExactly("s1", "s2", "s3");
    assertThat(stores.addedBy(0)).containsExactly("s1");
    assertThat(stores.addedBy(1)).containsExactly("s2", "s3");
    assertThat(stores.addedBy(2)).containsExactly("s4", "s5");
  }

  @Test
  void aPhaseMeasuresItsOwnStoresThatAreOnElseAllThatAreOn() {
    assertThat(stores.ownOn(1, 1)).containsExactly("s2");
    assertThat(stores.ownOn(1, 9)).containsExactly("s2", "s3");
    assertThat(stores.measured(1, 1)).containsExactly("s2");
    assertThat(stores.measured(1, 0)).containsExactly("s1", "s2", "s3");
  }

  @Test
  void aRunningPhaseAddsItsBatchToTheStoresBeforeIt() {
    var running = current(PhaseState.Running, 1);

    assertThat(stores.on(running, 1, RollbackPolicy.PreviousPhase)).containsExactly("s1", "s2");
    assertThat(stores.allOn(running, 1, RollbackPolicy.PreviousPhase)).isFalse();
  }

  @Test
  void aPhaseAwaitingApprovalHasOnlyTheStoresBeforeIt() {
    var awaiting = current(PhaseState.AwaitingApproval, 0);

    assertThat(stores.on(awaiting, 1, RollbackPolicy.PreviousPhase)).containsExactly("s1");
    assertThat(stores.allOn(awaiting, 2, RollbackPolicy.PreviousPhase)).isFalse();
  }

  @Test
  void aHaltedPhaseGoesBackPerThePolicy() {
    var rolledBack = current(PhaseState.RolledBack, 2);

    assertThat(stores.on(rolledBack, 1, RollbackPolicy.PreviousPhase)).containsExactly("s1");
    assertThat(stores.on(rolledBack, 1, RollbackPolicy.AllOff)).isEmpty();
    assertThat(stores.allOn(current(PhaseState.Aborted, 0), 2, RollbackPolicy.AllOff)).isFalse();
  }

  @Test
  void aPhaseSelectingAllStoresCountsTheWholeRegistryOnceFullyOn() {
    var partly = current(PhaseState.Running, 1);
    var fully = current(PhaseState.Succeeded, 2);

    assertThat(stores.allOn(partly, 2, RollbackPolicy.PreviousPhase)).isFalse();
    assertThat(stores.allOn(fully, 2, RollbackPolicy.PreviousPhase)).isTrue();
    assertThat(stores.count(stores.on(fully, 2, RollbackPolicy.PreviousPhase), true)).isEqualTo(5);
    assertThat(stores.count(stores.on(partly, 2, RollbackPolicy.PreviousPhase), false))
        .isEqualTo(4);
  }

  @Test
  void targetedCountsTheStoresUpToTheTarget() {
    assertThat(stores.targeted(0)).isEqualTo(1);
    assertThat(stores.targeted(1)).isEqualTo(3);
    assertThat(stores.targeted(2)).isEqualTo(5);
  }

  private static CurrentPhase current(PhaseState state, int newStoresOn) {
    var current = new CurrentPhase();
    current.setState(state);
    current.setNewStoresOn(newStoresOn);
    return current;
  }
}
