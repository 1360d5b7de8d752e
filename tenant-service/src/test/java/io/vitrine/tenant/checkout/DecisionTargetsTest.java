package io.vitrine.tenant.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.common.problem.ProblemType;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DecisionTargetsTest {

  private static final List<String> SUGGESTED = List.of("MASK", "TONER", "BALM");

  @Test
  void anAcceptNamesOneSuggestedSkuNotYetDecided() {
    assertThat(DecisionTargets.accepted("TONER", SUGGESTED, Set.of("MASK")))
        .containsExactly("TONER");
    assertRefused(
        () -> DecisionTargets.accepted("SOAP", SUGGESTED, Set.of()),
        ProblemType.CHECKOUT_INVALID_DECISION);
    assertRefused(
        () -> DecisionTargets.accepted("MASK", SUGGESTED, Set.of("MASK")),
        ProblemType.CHECKOUT_ALREADY_DECIDED);
  }

  @Test
  void anAcceptWithoutSkuNeedsAnAnswerOfOneSuggestion() {
    assertThat(DecisionTargets.accepted(null, List.of("MASK"), Set.of())).containsExactly("MASK");
    assertRefused(
        () -> DecisionTargets.accepted(" ", SUGGESTED, Set.of()),
        ProblemType.CHECKOUT_INVALID_DECISION);
    assertRefused(
        () -> DecisionTargets.accepted(null, List.of(), Set.of()),
        ProblemType.CHECKOUT_INVALID_DECISION);
    assertRefused(
        () -> DecisionTargets.accepted(null, List.of("MASK"), Set.of("MASK")),
        ProblemType.CHECKOUT_ALREADY_DECIDED);
  }

  @Test
  void aRejectWithoutSkuRejectsEverySuggestionNotYetDecided() {
    assertThat(DecisionTargets.rejected(null, SUGGESTED, Set.of("TONER")))
        .containsExactly("MASK", "BALM");
    assertThat(DecisionTargets.rejected("BALM", SUGGESTED, Set.of())).containsExactly("BALM");
    assertRefused(
        () -> DecisionTargets.rejected(null, SUGGESTED, Set.copyOf(SUGGESTED)),
        ProblemType.CHECKOUT_ALREADY_DECIDED);
    assertRefused(
        () -> DecisionTargets.rejected(null, List.of(), Set.of()),
        ProblemType.CHECKOUT_ALREADY_DECIDED);
  }

  @Test
  void anOverrideNamesAnAlertedSkuNotYetOverridden() {
    assertThat(DecisionTargets.overridden(null, List.of("SERUM"), Set.of())).isEqualTo("SERUM");
    assertThat(DecisionTargets.overridden("OIL", List.of("SERUM", "OIL"), Set.of("SERUM")))
        .isEqualTo("OIL");
    assertRefused(
        () -> DecisionTargets.overridden(null, List.of("SERUM", "OIL"), Set.of()),
        ProblemType.CHECKOUT_INVALID_DECISION);
    assertRefused(
        () -> DecisionTargets.overridden("MASK", List.of("SERUM"), Set.of()),
        ProblemType.CHECKOUT_INVALID_DECISION);
    assertRefused(
        () -> DecisionTargets.overridden("SERUM", List.of("SERUM"), Set.of("SERUM")),
        ProblemType.CHECKOUT_ALREADY_DECIDED);
  }

  private static void assertRefused(ThrowingCallable decision, ProblemType kind) {
    assertThatThrownBy(decision)
        .isInstanceOfSatisfying(Problem.class, e -> assertThat(e.type()).isEqualTo(kind));
  }
}
