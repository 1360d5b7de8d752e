package io.vitrine.operator.rollout.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.api.v1alpha1.rollout.RolloutAction;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RejectionTest {

  @Test
  void eachRejectionSaysWhyInTheWordsOfStatusActions() {
    assertThat(new Rejection.UnknownAction("promote").message())
        .isEqualTo("unknown action 'promote'");
    assertThat(new Rejection.AnotherPhaseAwaitsApproval("cohort", "chain").message())
        .isEqualTo("phase cohort awaits approval, not 'chain'");
    assertThat(new Rejection.NoPhaseAwaitsApproval().message())
        .isEqualTo("no phase is awaiting approval");
    assertThat(new Rejection.PausedInGit().message())
        .isEqualTo("spec.paused is true: Git pauses this rollout; change it in Git");
    assertThat(new Rejection.StillPausedInGit().message())
        .isEqualTo(
            "command-line pause lifted, but spec.paused is true: Git pauses this rollout;"
                + " change it in Git");
    assertThat(new Rejection.NotPaused().message()).isEqualTo("the rollout is not paused");
    assertThat(new Rejection.NotStarted().message()).isEqualTo("the rollout has not started");
    assertThat(new Rejection.AlreadyAborted().message())
        .isEqualTo("the rollout is already aborted");
    assertThat(new Rejection.NothingToRetry().message())
        .isEqualTo("nothing to retry: the rollout is neither rolled back nor aborted");
  }

  @Test
  void anActionOfNoKnownKindIsRejectedWithItsName() {
    var f = new RolloutFixture();
    f.step();

    f.step(Optional.of(new RolloutAction("id-9", "promote", null, "jane", null, null)));

    assertThat(f.status().getActions())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getResult()).isEqualTo("Rejected");
              assertThat(a.getMessage()).isEqualTo("unknown action 'promote'");
            });
    assertThat(f.last.events())
        .anySatisfy(
            e -> {
              assertThat(e.warning()).isTrue();
              assertThat(e.reason()).isEqualTo("ActionRejected");
              assertThat(e.message()).isEqualTo("jane asked to promote: unknown action 'promote'");
            });
  }

  @Test
  void actionKindsAreReadWhateverTheirCase() {
    assertThat(new RolloutAction("1", " Approve ", "x", null, null, null).kind())
        .contains(RolloutAction.Kind.APPROVE);
    assertThat(new RolloutAction("2", "promote", null, null, null, null).kind()).isEmpty();
    assertThat(new RolloutAction("3", null, null, null, null, null).kind()).isEmpty();
  }
}
