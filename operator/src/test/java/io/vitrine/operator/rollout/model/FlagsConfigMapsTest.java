package io.vitrine.operator.rollout.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.vitrine.api.flags.FlagsConfigMapLayout;
import io.vitrine.api.flags.FlagsDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FlagsConfigMapsTest {

  private final RolloutFixture f = new RolloutFixture();

  @Test
  void fiveHundredStoresPublishAsOneDocumentInOneConfigMap() throws Exception {
    var ids = IntStream.range(0, 500).mapToObj(i -> "loc-%03d".formatted(i)).toList();
    f.spec().getPhases().get(0).setStores(RolloutFixture.ids(ids.toArray(String[]::new)));
    f.step();

    ConfigMap revision = FlagsConfigMaps.revision(f.rollout, 7, f.last.flags());

    assertThat(revision.getMetadata().getName()).isEqualTo("ai-flags-r7");
    assertThat(revision.getImmutable()).isTrue();
    assertThat(revision.getMetadata().getLabels())
        .containsEntry("vitrine.io/rollout", "ai")
        .containsEntry("vitrine.io/flags-revision", "7");
    assertThat(revision.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(owner -> assertThat(owner.getUid()).isEqualTo("uid-1"));
    var document = new ObjectMapper().readTree(revision.getData().get("flags.json"));
    assertThat(document.get("rollout").asText()).isEqualTo("ai");
    assertThat(document.get("revision").asLong()).isEqualTo(7);
    var feature = document.get("features").get("checkout-recommendations");
    assertThat(feature.get("allStores").asBoolean()).isFalse();
    assertThat(feature.get("stores")).hasSize(500);
    assertThat(feature.get("settings").get("maxSuggestions").asText()).isEqualTo("3");
    assertThat(revision.getData().get("flags.json").length())
        .as("far below the 1 MiB object limit")
        .isLessThan(16_000);
  }

  @Test
  void tenantServiceReadsTheRevisionAsTheOperatorMeantIt() {
    f.spec().getPhases().get(0).setStores(RolloutFixture.ids("loc-07", "loc-03"));
    f.step();

    ConfigMap revision = FlagsConfigMaps.revision(f.rollout, 4, f.last.flags());
    var read =
        FlagsDocument.parse(revision.getData().get(FlagsConfigMapLayout.FLAGS_KEY)).orElseThrow();

    assertThat(read).isEqualTo(f.last.flags().document("ai", 4));
    var checkout = read.features().get("checkout-recommendations");
    assertThat(checkout.includes("loc-07")).isTrue();
    assertThat(checkout.includes("loc-03")).isTrue();
    assertThat(checkout.includes("loc-01")).isFalse();
    assertThat(checkout.settings()).containsEntry("maxSuggestions", "3");
  }

  @Test
  void theWholeChainIsAllStoresNotAList() throws Exception {
    f.spec().getPhases().get(0).setStores(RolloutFixture.all());
    f.step();

    var json = FlagsConfigMaps.document("ai", 1, f.last.flags());
    var feature = new ObjectMapper().readTree(json).get("features").get("checkout-recommendations");

    assertThat(feature.get("allStores").asBoolean()).isTrue();
    assertThat(feature.get("stores")).isEmpty();
  }

  @Test
  void contentReadsBackEqualSoAnUnchangedPhasePublishesNothing() {
    f.goodKpis().step();
    FlagsContent first = f.last.flags();
    f.after(Duration.ofSeconds(1)).step();

    var revision = FlagsConfigMaps.revision(f.rollout, 3, first);

    assertThat(FlagsConfigMaps.content(revision)).contains(f.last.flags());
  }

  @Test
  void thePointerNamesTheRevisionInForce() {
    f.step();
    ConfigMap pointer = FlagsConfigMaps.pointer(f.rollout, 12);

    assertThat(pointer.getMetadata().getName()).isEqualTo("ai-flags");
    assertThat(pointer.getMetadata().getLabels())
        .containsEntry("vitrine.io/rollout", "ai")
        .containsEntry("vitrine.io/flags-pointer", "true");
    assertThat(FlagsConfigMapLayout.pointedRevision(pointer)).isEqualTo(12);
  }

  @Test
  void keepsTheLastTenRevisionsAndTheOneInForce() {
    f.step();
    List<ConfigMap> revisions = new ArrayList<>();
    LongStream.rangeClosed(1, 15)
        .forEach(r -> revisions.add(FlagsConfigMaps.revision(f.rollout, r, f.last.flags())));

    var expired = FlagsConfigMaps.expired(revisions, 2);

    assertThat(expired)
        .extracting(FlagsConfigMaps::revisionOf)
        .containsExactlyInAnyOrder(1L, 3L, 4L, 5L);
  }

  @Test
  void unreadableRevisionHasNoContent() {
    var broken =
        FlagsConfigMaps.revision(
            f.rolloutStarted(), 1, new FlagsContent(new java.util.TreeMap<>()));
    broken.setData(Map.of("flags.json", "{"));

    assertThat(FlagsConfigMaps.content(broken)).isEmpty();
  }
}
