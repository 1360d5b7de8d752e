package io.vitrine.api.v1alpha1.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RolloutActionTest {

  @Test
  void writesTheAnnotationContractAndLeavesOutAbsentFields() {
    String json =
        new RolloutAction("id-1", "pause", null, "alice", "2026-11-22T10:00:00Z", null).toJson();

    assertThat(Serialization.unmarshal(json, Map.class))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("id", "id-1", "action", "pause", "by", "alice", "at", "2026-11-22T10:00:00Z"));
  }

  @Test
  void whatTheCommandLineWritesIsWhatTheOperatorReads() {
    for (RolloutAction.Kind kind : RolloutAction.Kind.values()) {
      String json = new RolloutAction("id-1", kind.value(), null, "alice", null, null).toJson();

      assertThat(RolloutAction.parse(json).flatMap(RolloutAction::kind)).contains(kind);
    }
  }
}
