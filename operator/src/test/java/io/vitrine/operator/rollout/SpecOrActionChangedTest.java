package io.vitrine.operator.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.vitrine.api.v1alpha1.rollout.StoreRollout;
import io.vitrine.api.v1alpha1.rollout.StoreRolloutStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecOrActionChangedTest {

  private final SpecOrActionChanged filter = new SpecOrActionChanged();

  @Test
  void aNewGenerationOfTheSpecIsReconciled() {
    assertThat(filter.accept(rollout(2, Map.of()), rollout(1, Map.of()))).isTrue();
  }

  @Test
  void aNewActionIsReconciledThoughTheGenerationStays() {
    var asked = rollout(1, Map.of(StoreRollout.ACTION_ANNOTATION, "{\"id\":\"a\"}"));

    assertThat(filter.accept(asked, rollout(1, Map.of()))).isTrue();
  }

  @Test
  void theOperatorsOwnStatusWriteIsNot() {
    var before = rollout(1, Map.of(StoreRollout.ACTION_ANNOTATION, "{\"id\":\"a\"}"));
    var after = rollout(1, Map.of(StoreRollout.ACTION_ANNOTATION, "{\"id\":\"a\"}"));
    after.setStatus(new StoreRolloutStatus());
    after.getStatus().setPausedBy("jane");

    assertThat(filter.accept(after, before)).isFalse();
  }

  @Test
  void otherAnnotationsAreNot() {
    assertThat(filter.accept(rollout(1, Map.of("note", "x")), rollout(1, Map.of()))).isFalse();
  }

  private static StoreRollout rollout(long generation, Map<String, String> annotations) {
    var rollout = new StoreRollout();
    rollout.setMetadata(
        new ObjectMetaBuilder()
            .withName("ai")
            .withNamespace("vitrine-acme")
            .withGeneration(generation)
            .withAnnotations(annotations)
            .build());
    return rollout;
  }
}
