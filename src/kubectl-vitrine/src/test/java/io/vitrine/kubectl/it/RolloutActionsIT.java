package io.vitrine.kubectl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.vitrine.testing.LocalStack;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rollout actions against the real StoreRollout CRD on the local control plane. No operator
 * runs here: where a command waits for the operator, the test plays the operator's side of the
 * contract (reads the vitrine.io/action annotation, records the outcome in status.actions and
 * status.lastHandledActionId through the status subresource).
 */
class RolloutActionsIT {

  private static final String CRD_NAME = "storerollouts.vitrine.io";
  private static final Path CRD_FILE =
      Path.of(
          System.getProperty(
              "storerollout.crd",
              Path.of(System.getProperty("kubectl.vitrine.home", "."))
                  .resolve("../../crds/storerollouts.vitrine.io-v1.yml")
                  .toString()));

  private static final String ROLLOUT =
      """
      apiVersion: vitrine.io/v1alpha1
      kind: StoreRollout
      metadata:
        name: spring-launch
        namespace: %s
      spec:
        features:
          - name: checkout-recommendations
        phases:
          - name: pilot
            stores: {ids: ["store-1", "store-2"]}
            approval: Required
          - name: chain
            stores: {all: true}
        targetPhase: pilot
      """;

  private KubernetesClient client;
  private String namespace;
  private Resource<GenericKubernetesResource> rollout;

  @BeforeAll
  static void installCrd() throws Exception {
    try (KubernetesClient client = Cluster.client()) {
      var crds = client.apiextensions().v1().customResourceDefinitions();
      if (crds.withName(CRD_NAME).get() == null) {
        assumeThat(Files.exists(CRD_FILE)).as("the StoreRollout CRD is not in crds/ yet").isTrue();
        crds.resource(
                Serialization.unmarshal(Files.readString(CRD_FILE), CustomResourceDefinition.class))
            .serverSideApply();
        crds.withName(CRD_NAME)
            .waitUntilCondition(
                crd ->
                    crd != null
                        && crd.getStatus() != null
                        && crd.getStatus().getConditions().stream()
                            .anyMatch(
                                c ->
                                    c.getType().equals("Established")
                                        && c.getStatus().equals("True")),
                30,
                TimeUnit.SECONDS);
      }
    }
  }

  @BeforeEach
  void createRollout() {
    client = Cluster.client();
    namespace = Cluster.uniqueName("it-rollout");
    client
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
        .create();
    rollout =
        client
            .genericKubernetesResources(Cluster.ROLLOUTS)
            .inNamespace(namespace)
            .withName("spring-launch");
    rollout.create(Cluster.yaml(ROLLOUT, namespace));
    GenericKubernetesResource created = rollout.get();
    created.setAdditionalProperty(
        "status",
        Map.of(
            "observedGeneration", created.getMetadata().getGeneration(),
            "currentPhase", Map.of("name", "pilot", "state", "AwaitingApproval"),
            "storesEnabled", 0,
            "storesTargeted", 2,
            "conditions",
                List.of(
                    Map.of(
                        "type",
                        "Ready",
                        "status",
                        "True",
                        "reason",
                        "AwaitingApproval",
                        "message",
                        "pilot waits for approval",
                        "lastTransitionTime",
                        "2026-11-22T10:00:00Z"))));
    rollout.updateStatus(created);
  }

  @AfterEach
  void deleteNamespace() {
    client.namespaces().withName(namespace).delete();
    client.close();
  }

  @Test
  void approveRecordsWhoAskedAndPrintsTheOperatorsOutcome() throws Exception {
    Cli cli = new Cli(client);
    CompletableFuture<Cli.Run> approving =
        CompletableFuture.supplyAsync(() -> cli.run("approve", "spring-launch", "-n", namespace));

    Map<String, Object> request = awaitRequest();
    recordOutcome(request, "Applied", "phase pilot approved");
    Cli.Run run = approving.orTimeout(30, TimeUnit.SECONDS).join();

    assertThat(request)
        .containsEntry("action", "approve")
        .containsEntry("phase", "pilot")
        .containsEntry("by", testUser())
        .containsKeys("id", "at");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("asked to approve phase pilot as " + testUser())
        .endsWith("Applied: phase pilot approved\n");
  }

  @Test
  void aRejectedActionExitsWithOneAndSaysWhy() {
    Cli cli = new Cli(client);
    CompletableFuture<Cli.Run> resuming =
        CompletableFuture.supplyAsync(() -> cli.run("resume", "spring-launch", "-n", namespace));

    recordOutcome(awaitRequest(), "Rejected", "the rollout is not paused");
    Cli.Run run = resuming.orTimeout(30, TimeUnit.SECONDS).join();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).endsWith("Rejected: the rollout is not paused\n");
  }

  @Test
  void abortCarriesTheReasonAndNoWaitReturnsAtOnce() {
    Cli.Run run =
        new Cli(client)
            .run(
                "abort",
                "spring-launch",
                "-n",
                namespace,
                "--reason",
                "allergy alerts in store-2",
                "--no-wait");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(awaitRequest())
        .containsEntry("action", "abort")
        .containsEntry("reason", "allergy alerts in store-2")
        .doesNotContainKey("phase");
  }

  @Test
  void anOperatorThatDoesNotAnswerIsReportedAfterTheTimeout() {
    Cli.Run run = new Cli(client).run("retry", "spring-launch", "-n", namespace, "--timeout", "2s");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("the operator did not handle action").contains("within 2s");
  }

  @Test
  void promoteMovesTheTargetPhaseRecordsWhoAndWarnsThatGitRules() {
    Cli.Run run = new Cli(client).run("promote", "spring-launch", "-n", namespace, "--to", "chain");
    Cli.Run wrong =
        new Cli(client).run("promote", "spring-launch", "-n", namespace, "--to", "everywhere");

    GenericKubernetesResource promoted = rollout.get();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("Git is the source of truth");
    assertThat(
            Serialization.jsonMapper()
                .convertValue(promoted.getAdditionalProperties().get("spec"), Map.class))
        .containsEntry("targetPhase", "chain");
    assertThat(
            Serialization.unmarshal(
                promoted.getMetadata().getAnnotations().get("vitrine.io/promoted-by"), Map.class))
        .containsEntry("by", testUser())
        .containsEntry("from", "pilot")
        .containsEntry("to", "chain");
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.err()).contains("'everywhere' is not a phase").contains("pilot, chain");
  }

  @Test
  void statusShowsThePendingApproval() {
    Cli.Run run = new Cli(client).run("status", "rollout", "spring-launch", "-n", namespace);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Phase:        pilot (AwaitingApproval)")
        .contains("Stores:       0 enabled / 2 targeted")
        .contains("kubectl vitrine approve spring-launch -n " + namespace + " --phase pilot");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> awaitRequest() {
    String json =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> rollout.get().getMetadata().getAnnotations(),
                a -> a != null && a.containsKey("vitrine.io/action"))
            .get("vitrine.io/action");
    return Serialization.unmarshal(json, Map.class);
  }

  /** What the operator does with an action: one record in status.actions, and the id handled. */
  @SuppressWarnings("unchecked")
  private void recordOutcome(Map<String, Object> request, String result, String message) {
    GenericKubernetesResource current = rollout.get();
    Map<String, Object> status =
        (Map<String, Object>) current.getAdditionalProperties().get("status");
    List<Object> actions =
        new ArrayList<>((List<Object>) status.getOrDefault("actions", List.of()));
    Map<String, Object> record = new java.util.LinkedHashMap<>(request);
    record.remove("reason");
    record.put("result", result);
    record.put("message", message);
    actions.add(record);
    status.put("actions", actions);
    status.put("lastHandledActionId", request.get("id"));
    rollout.updateStatus(current);
  }

  /** The test's Kubernetes user: the common name of the kubeconfig's client certificate. */
  private static String testUser() {
    try {
      Matcher data =
          Pattern.compile("client-certificate-data: (\\S+)")
              .matcher(LocalStack.load().kubeconfig());
      assertThat(data.find())
          .as("the local kubeconfig authenticates with a client certificate")
          .isTrue();
      X509Certificate certificate =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(
                      new ByteArrayInputStream(Base64.getDecoder().decode(data.group(1))));
      Matcher cn =
          Pattern.compile("CN=([^,]+)").matcher(certificate.getSubjectX500Principal().getName());
      assertThat(cn.find()).isTrue();
      return cn.group(1);
    } catch (java.security.cert.CertificateException e) {
      throw new IllegalStateException(e);
    }
  }
}
