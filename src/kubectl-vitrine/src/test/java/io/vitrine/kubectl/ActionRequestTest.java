package io.vitrine.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionRequestTest {

  @Test
  void writesTheAnnotationContractAndLeavesOutAbsentFields() {
    String json =
        new ActionRequest("id-1", "pause", null, "alice", "2026-11-22T10:00:00Z", null).toJson();

    assertThat(Serialization.unmarshal(json, Map.class))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("id", "id-1", "action", "pause", "by", "alice", "at", "2026-11-22T10:00:00Z"));
  }
}
