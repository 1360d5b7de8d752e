package io.vitrine.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vitrine.api.flags.FlagsConfigMapLayout;
import io.vitrine.api.v1alpha1.DeletionPolicy;
import io.vitrine.api.v1alpha1.rollout.Approval;
import io.vitrine.api.v1alpha1.rollout.Comparison;
import io.vitrine.api.v1alpha1.rollout.FeatureName;
import io.vitrine.api.v1alpha1.rollout.FeatureSpec;
import io.vitrine.api.v1alpha1.rollout.GateSpec;
import io.vitrine.api.v1alpha1.rollout.Metric;
import io.vitrine.api.v1alpha1.rollout.PhaseSpec;
import io.vitrine.api.v1alpha1.rollout.PhaseState;
import io.vitrine.api.v1alpha1.rollout.StoreRollout;
import io.vitrine.api.v1alpha1.rollout.StoreRolloutSpec;
import io.vitrine.api.v1alpha1.rollout.StoreSelection;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.operator.rollout.tenant.PlatformTokens;
import io.vitrine.testing.TenantServiceProcess;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * StoreRollouts on the real API server with a real tenant-service: 60 stores registered through the
 * admin API (even ones in region north), KPIs fed as feature_events rows, flags observed from
 * tenant-service itself. Durations are compressed to seconds.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackOperatorResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = RolloutSettingsResource.class, restrictToAnnotatedClass = true)
class StoreRolloutIT {

  private static final Duration WITHIN = Duration.ofSeconds(60);
  private static final int STORES = 60;
  private static final KubernetesClient client = LocalStackOperatorResource.admin();
  private static TenantFixture tenants;
  private static TenantServiceProcess service;
  private static RolloutTenant tenant;
  private static TenantNames names;
  private static List<String> stores;

  @Inject PlatformTokens tokens;

  @BeforeEach
  void tenantWithStores() throws Exception {
    if (service != null) {
      return;
    }
    tenants = new TenantFixture(client);
    var retailer = tenants.apply(tenants.newRetailer(DeletionPolicy.Delete));
    tenants.awaitReady(retailer);
    names = TenantNames.of(retailer);
    service = LocalTenantService.start(client, names.namespace());
    tenant =
        new RolloutTenant(
            names,
            service.url(),
            tenants.secretValue(names.namespace(), "keycloak-clients", "adminApiClientSecret"));
    tenant.createAdmin();
    stores = IntStream.range(0, STORES).mapToObj("store-%03d"::formatted).toList();
    for (int i = 0; i < STORES; i++) {
      tenant.registerStore(stores.get(i), Map.of("region", i % 2 == 0 ? "north" : "south"));
    }
  }

  @AfterAll
  static void cleanUp() {
    if (service != null) {
      service.close();
    }
    if (tenants != null) {
      tenants.deleteAll();
    }
  }

  @Test
  void aPipelinePromotesFromPilotToTheWholeChainAndTheFlagsFollowWithoutARestart()
      throws Exception {
    String feature = FeatureName.CHECKOUT_RECOMMENDATIONS.key();
    var rollout = rollout("chain-" + suffix(), FeatureName.CHECKOUT_RECOMMENDATIONS);
    rollout.getSpec().setTargetPhase("pilot");
    client.resource(rollout).create();

    awaitPhase(rollout, "pilot", PhaseState.Running);
    await().atMost(Duration.ofSeconds(5)).until(() -> flag(feature, "store-000"));
    tenant.use(feature, List.of("store-000"), 30, 12, 0);
    awaitPhase(rollout, "pilot", PhaseState.Succeeded);
    assertThat(condition(rollout, "Ready")).isEqualTo("True/AtTargetPhase");
    assertThat(flag(feature, "store-002")).as("cohort not yet promoted by Git").isFalse();

    patchSpec(rollout, "{\"targetPhase\": \"chain\"}");
    awaitPhase(rollout, "cohort", PhaseState.Running);
    long cohortRevision = get(rollout).getStatus().getFlagsRevision();
    Instant published = Instant.now();
    await()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> flag(feature, "store-002") && revision(feature) >= cohortRevision);
    Duration propagation = Duration.between(published, Instant.now());
    assertThat(flag(feature, "store-001")).as("south is not in the cohort").isFalse();
    assertThat(get(rollout).getStatus().getStoresEnabled()).isEqualTo(30);

    tenant.use(feature, northStores(), 30, 12, 0);
    awaitPhase(rollout, "chain", PhaseState.Running);
    tenant.use(feature, stores, 30, 12, 0);
    await().atMost(WITHIN).until(() -> "True/Completed".equals(condition(rollout, "Completed")));

    var done = get(rollout);
    assertThat(done.getStatus().getStoresEnabled()).isEqualTo(STORES);
    assertThat(done.getStatus().getStoresTargeted()).isEqualTo(STORES);
    assertThat(condition(rollout, "Ready")).isEqualTo("True/AtTargetPhase");
    assertThat(done.getStatus().getGates())
        .allSatisfy(g -> assertThat(g.getSampleSize()).isPositive());
    await().atMost(Duration.ofSeconds(5)).until(() -> flag(feature, "store-059"));
    assertThat(done.getStatus().getHistory())
        .extracting(t -> t.getToPhase())
        .containsSubsequence("pilot", "cohort", "chain");
    List<ConfigMap> revisions = flagsConfigMaps(rollout);
    assertThat(revisions).as("one object per revision, plus the pointer").hasSizeLessThan(12);
    System.out.printf("flags propagation to tenant-service: %d ms%n", propagation.toMillis());
  }

  @Test
  void aFailingGateRollsBackAndTheStoresFlagsFollow() throws Exception {
    String feature = FeatureName.ALLERGY_SCREENING.key();
    var rollout = rollout("gate-" + suffix(), FeatureName.ALLERGY_SCREENING);
    rollout.getSpec().setTargetPhase("cohort");
    client.resource(rollout).create();
    tenantUsesWhenRunning(rollout, "pilot", feature, List.of("store-000"), 30, 12, 0);

    awaitPhase(rollout, "cohort", PhaseState.Running);
    await().atMost(Duration.ofSeconds(5)).until(() -> flag(feature, "store-010"));
    tenant.use(feature, northStores(), 30, 1, 0);

    awaitPhase(rollout, "cohort", PhaseState.RolledBack);
    var rolledBack = get(rollout);
    assertThat(condition(rollout, "Degraded")).isEqualTo("True/GateFailed");
    assertThat(condition(rollout, "Stalled")).isEqualTo("True/GateFailed");
    assertThat(rolledBack.getStatus().getFailedGate().getMetric()).isEqualTo("attach-rate");
    assertThat(rolledBack.getStatus().getFailedGate().getObservedValue()).isLessThan(0.2);
    assertThat(rolledBack.getStatus().getFailedGate().getSampleSize()).isGreaterThanOrEqualTo(20);
    assertThat(rolledBack.getStatus().getStoresEnabled()).isEqualTo(1);
    await().atMost(Duration.ofSeconds(5)).until(() -> !flag(feature, "store-010"));
    assertThat(flag(feature, "store-000")).as("the pilot keeps the feature").isTrue();
    assertThat(events(rollout)).anyMatch(e -> e.getReason().equals("GateFailed"));

    patchSpec(rollout, "{\"progressDeadline\": \"11m\"}");
    awaitPhase(rollout, "cohort", PhaseState.Running);
    assertThat(condition(rollout, "Degraded")).startsWith("False");
  }

  @Test
  void aRequiredApprovalIsGivenFromTheCommandLineAndRecordedWithWho() throws Exception {
    String feature = FeatureName.LOYALTY_PERSONALIZATION.key();
    var rollout = rollout("approve-" + suffix(), FeatureName.LOYALTY_PERSONALIZATION);
    rollout.getSpec().setTargetPhase("cohort");
    rollout.getSpec().getPhases().get(1).setApproval(Approval.Required);
    client.resource(rollout).create();
    tenantUsesWhenRunning(rollout, "pilot", feature, List.of("store-000"), 30, 12, 0);

    awaitPhase(rollout, "cohort", PhaseState.AwaitingApproval);
    assertThat(condition(rollout, "Ready")).isEqualTo("True/AwaitingApproval");
    assertThat(flag(feature, "store-002")).isFalse();

    String id = act(rollout, "approve", "cohort", "jane@example.com");

    awaitPhase(rollout, "cohort", PhaseState.Running);
    var approved = get(rollout);
    assertThat(approved.getStatus().getLastHandledActionId()).isEqualTo(id);
    assertThat(approved.getStatus().getApprovals())
        .anySatisfy(a -> assertThat(a.getBy()).isEqualTo("jane@example.com"));
    assertThat(approved.getStatus().getActions())
        .anySatisfy(a -> assertThat(a.getResult()).isEqualTo("Applied"));
    await().atMost(Duration.ofSeconds(5)).until(() -> flag(feature, "store-002"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> events(rollout).stream().anyMatch(e -> e.getMessage().contains("jane@")));
  }

  @Test
  void pauseFromTheCommandLineHoldsTheRolloutAndResumeLetsItGoOn() throws Exception {
    String feature = FeatureName.CLIENTELING.key();
    var rollout = rollout("pause-" + suffix(), FeatureName.CLIENTELING);
    rollout.getSpec().setTargetPhase("cohort");
    client.resource(rollout).create();
    awaitPhase(rollout, "pilot", PhaseState.Running);

    act(rollout, "pause", null, "sam@example.com");
    await().atMost(WITHIN).until(() -> "True/PausedFromCli".equals(condition(rollout, "Paused")));
    tenant.use(feature, List.of("store-000"), 30, 12, 0);
    await()
        .during(Duration.ofSeconds(4))
        .atMost(Duration.ofSeconds(6))
        .until(() -> "pilot".equals(get(rollout).getStatus().getCurrentPhase().getName()));
    assertThat(condition(rollout, "Ready")).isEqualTo("True/Paused");

    act(rollout, "resume", null, "sam@example.com");

    awaitPhase(rollout, "cohort", PhaseState.Running);
    assertThat(condition(rollout, "Paused")).startsWith("False");
    assertThat(get(rollout).getStatus().getActions())
        .extracting(a -> a.getAction() + ":" + a.getResult())
        .containsExactly("pause:Applied", "resume:Applied");
  }

  @Test
  void resumeCannotLiftAPauseFromGit() throws Exception {
    var rollout = rollout("gitpause-" + suffix(), FeatureName.POST_PURCHASE_MESSAGES);
    rollout.getSpec().setPaused(true);
    client.resource(rollout).create();
    await().atMost(WITHIN).until(() -> "True/PausedInGit".equals(condition(rollout, "Paused")));

    act(rollout, "resume", null, "sam@example.com");

    await()
        .atMost(WITHIN)
        .until(
            () ->
                get(rollout).getStatus().getActions().stream()
                    .anyMatch(
                        a -> "Rejected".equals(a.getResult()) && a.getMessage().contains("Git")));
    assertThat(condition(rollout, "Paused")).isEqualTo("True/PausedInGit");
  }

  @Test
  void anInvalidRolloutIsRefusedByTheApiServerWithAClearMessage() {
    var unknownTarget = rollout("invalid-" + suffix(), FeatureName.COPILOT);
    unknownTarget.getSpec().setTargetPhase("everywhere");
    var twoSelections = rollout("invalid-" + suffix(), FeatureName.COPILOT);
    twoSelections.getSpec().getPhases().get(0).getStores().setAll(true);

    assertThatThrownBy(() -> client.resource(unknownTarget).create())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("targetPhase must name one of the phases");
    assertThatThrownBy(() -> client.resource(twoSelections).create())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("set exactly one of ids, selector, all: true");
  }

  // ---- helpers ----------------------------------------------------------------------------

  private StoreRollout rollout(String name, FeatureName featureName) {
    var rollout = new StoreRollout();
    rollout.setMetadata(
        new ObjectMetaBuilder().withName(name).withNamespace(names.namespace()).build());
    var spec = new StoreRolloutSpec();
    var feature = new FeatureSpec();
    feature.setName(featureName);
    spec.getFeatures().add(feature);
    spec.getPhases().add(phase("pilot", ids("store-000")));
    var north = new StoreSelection();
    north.setSelector(new LabelSelectorBuilder().addToMatchLabels("region", "north").build());
    spec.getPhases().add(phase("cohort", north));
    var all = new StoreSelection();
    all.setAll(true);
    spec.getPhases().add(phase("chain", all));
    spec.setTargetPhase("chain");
    spec.setProgressDeadline("10m");
    rollout.setSpec(spec);
    return rollout;
  }

  private static PhaseSpec phase(String name, StoreSelection stores) {
    var phase = new PhaseSpec();
    phase.setName(name);
    phase.setStores(stores);
    phase.setMinDuration("2s");
    var gate = new GateSpec();
    gate.setMetric(Metric.ATTACH_RATE);
    gate.setComparison(Comparison.GreaterThanOrEqual);
    gate.setThreshold(0.2);
    gate.setMinSampleSize(20);
    phase.getGates().add(gate);
    return phase;
  }

  private static StoreSelection ids(String... ids) {
    var selection = new StoreSelection();
    selection.setIds(List.of(ids));
    return selection;
  }

  private static List<String> northStores() {
    return IntStream.range(0, STORES).filter(i -> i % 2 == 0).mapToObj(stores::get).toList();
  }

  private void tenantUsesWhenRunning(
      StoreRollout rollout,
      String phase,
      String feature,
      List<String> where,
      int shown,
      int accepted,
      int errors)
      throws Exception {
    awaitPhase(rollout, phase, PhaseState.Running);
    tenant.use(feature, where, shown, accepted, errors);
  }

  private String act(StoreRollout rollout, String action, String phase, String by) {
    String id = UUID.randomUUID().toString();
    String json =
        "{\"id\":\"%s\",\"action\":\"%s\",%s\"by\":\"%s\",\"at\":\"%s\"}"
            .formatted(
                id, action, phase == null ? "" : "\"phase\":\"" + phase + "\",", by, Instant.now());
    client
        .resources(StoreRollout.class)
        .inNamespace(names.namespace())
        .withName(rollout.getMetadata().getName())
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"metadata\":{\"annotations\":{\"vitrine.io/action\":"
                + io.fabric8.kubernetes.client.utils.Serialization.asJson(json)
                + "}}}");
    return id;
  }

  private void patchSpec(StoreRollout rollout, String specJson) {
    client
        .resources(StoreRollout.class)
        .inNamespace(names.namespace())
        .withName(rollout.getMetadata().getName())
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\": " + specJson + "}");
  }

  private StoreRollout get(StoreRollout rollout) {
    return client
        .resources(StoreRollout.class)
        .inNamespace(names.namespace())
        .withName(rollout.getMetadata().getName())
        .get();
  }

  private void awaitPhase(StoreRollout rollout, String phase, PhaseState state) {
    await()
        .atMost(WITHIN)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              var current = get(rollout);
              return current.getStatus() != null
                  && current.getStatus().getCurrentPhase() != null
                  && phase.equals(current.getStatus().getCurrentPhase().getName())
                  && state == current.getStatus().getCurrentPhase().getState();
            });
  }

  private String condition(StoreRollout rollout, String type) {
    var status = get(rollout).getStatus();
    return status == null
        ? null
        : status.getConditions().stream()
            .filter(c -> c.getType().equals(type))
            .map(c -> c.getStatus() + "/" + c.getReason())
            .findFirst()
            .orElse(null);
  }

  private boolean flag(String feature, String store) throws Exception {
    return tenant.flag(tokens.token(names.realm()), feature, store).get("enabled").asBoolean();
  }

  private long revision(String feature) throws Exception {
    return tenant.flag(tokens.token(names.realm()), feature, "any").get("revision").asLong();
  }

  private List<ConfigMap> flagsConfigMaps(StoreRollout rollout) {
    return client
        .configMaps()
        .inNamespace(names.namespace())
        .withLabel(FlagsConfigMapLayout.ROLLOUT_LABEL, rollout.getMetadata().getName())
        .list()
        .getItems();
  }

  private List<Event> events(StoreRollout rollout) {
    return client.v1().events().inNamespace(names.namespace()).list().getItems().stream()
        .filter(e -> rollout.getMetadata().getName().equals(e.getInvolvedObject().getName()))
        .toList();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }
}
