package io.vitrine.operator.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionsTest {

  private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
  private static final Instant T1 = Instant.parse("2026-11-22T08:05:00Z");

  @Test
  void aConditionKeepsItsTransitionTimeWhileItsStatusStaysTheSame() {
    var before = new Conditions(List.of(), 1, T0).set("Ready", false, "Progressing", "").build();

    var after = new Conditions(before, 2, T1).set("Ready", false, "Other", "changed").build();

    assertThat(after.get(0).getLastTransitionTime()).isEqualTo(T0.toString());
    assertThat(after.get(0).getReason()).isEqualTo("Other");
    assertThat(after.get(0).getObservedGeneration()).isEqualTo(2L);
  }

  @Test
  void aConditionThatFlipsTakesTheNewTime() {
    var before = new Conditions(List.of(), 1, T0).set("Ready", false, "Progressing", "").build();

    var after = new Conditions(before, 1, T1).set("Ready", true, "Ready", "").build();

    assertThat(after.get(0).getLastTransitionTime()).isEqualTo(T1.toString());
    assertThat(Conditions.isTrue(after, "Ready")).isTrue();
  }

  @Test
  void recomputingAnUnchangedConditionGivesAnEqualOne() {
    var before = new Conditions(List.of(), 1, T0).set("Stalled", false, "NotStalled", "").build();

    var after = new Conditions(before, 1, T1).set("Stalled", false, "NotStalled", "").build();

    assertThat(after).isEqualTo(before);
  }

  @Test
  void keepCarriesAPreviousConditionOverAndSkipsAnAbsentOne() {
    var before =
        new Conditions(List.of(), 1, T0).set("Degraded", true, "GateFailed", "gate x").build();

    List<Condition> after = new Conditions(before, 2, T1).keep("Degraded").keep("Paused").build();

    assertThat(after)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getType()).isEqualTo("Degraded");
              assertThat(c.getStatus()).isEqualTo("True");
              assertThat(c.getReason()).isEqualTo("GateFailed");
              assertThat(c.getMessage()).isEqualTo("gate x");
              assertThat(c.getLastTransitionTime()).isEqualTo(T0.toString());
              assertThat(c.getObservedGeneration()).isEqualTo(2L);
            });
  }
}
