package io.vitrine.operator.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.vitrine.testing.LocalStack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The retailer overlays build with kustomize (kubectl's) as Argo CD and Flux would, promote the
 * rollout to the phase their promotion component names, and are accepted by the API server's
 * validation of our CRDs (server-side dry run, nothing is stored).
 */
class GitOpsOverlaysIT {

  private static final Path RETAILERS = Path.of("..", "deploy", "gitops", "retailers");

  @Test
  void maisonAsterOverlayPromotesItsRolloutToFlagshipsInItsNamespace() throws Exception {
    List<GenericKubernetesResource> objects = build(RETAILERS.resolve("overlays/maison-aster"));
    GenericKubernetesResource rollout = only(objects, "StoreRollout");
    GenericKubernetesResource retailer = only(objects, "RetailerIntegration");

    assertThat(rollout.getMetadata().getNamespace()).isEqualTo("vitrine-maison-aster");
    assertThat(spec(rollout)).containsEntry("targetPhase", "flagships");
    assertThat(retailer.getMetadata().getName()).isEqualTo("maison-aster");
    assertThat(retailer.getMetadata().getNamespace()).isNull();
  }

  @Test
  void everyPromotionComponentNamesAPhaseOfTheBaseRollout() throws Exception {
    GenericKubernetesResource rollout = only(build(RETAILERS.resolve("base")), "StoreRollout");
    @SuppressWarnings("unchecked")
    List<Object> phases =
        ((List<Map<String, Object>>) spec(rollout).get("phases"))
            .stream().map(phase -> phase.get("name")).map(Object.class::cast).toList();

    try (Stream<Path> promotions = java.nio.file.Files.list(RETAILERS.resolve("promotions"))) {
      assertThat(promotions.map(p -> p.getFileName().toString()).sorted())
          .containsExactlyInAnyOrderElementsOf(phases.stream().map(String::valueOf).toList());
    }
  }

  @Test
  void theApiServerAcceptsTheOverlay() throws Exception {
    LocalStack stack = LocalStack.load();
    try (KubernetesClient client =
        new KubernetesClientBuilder()
            .withConfig(Config.fromKubeconfig(stack.kubeconfig()))
            .build()) {
      assumeThat(
              client
                  .apiextensions()
                  .v1()
                  .customResourceDefinitions()
                  .withName("storerollouts.vitrine.io")
                  .get())
          .as("the StoreRollout CRD is installed")
          .isNotNull();
      Path overlay = RETAILERS.resolve("overlays/maison-aster");
      String namespace = only(build(overlay), "StoreRollout").getMetadata().getNamespace();
      // The tenant's namespace exists once the operator made the tenant ("make run"); a server
      // dry run of a namespaced object needs it, so a clean cluster gets it for the test only.
      boolean made = client.namespaces().withName(namespace).get() == null;
      if (made) {
        client
            .resource(
                new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
            .create();
      }
      try {
        String applied =
            kubectlWithInput(
                kubectl("kustomize", overlay.toString()), "apply", "--dry-run=server", "-f", "-");
        assertThat(applied)
            .contains("retailerintegration.vitrine.io/maison-aster")
            .contains("storerollout.vitrine.io/checkout-recommendations");
      } finally {
        if (made) {
          client.namespaces().withName(namespace).delete();
        }
      }
    }
  }

  private static List<GenericKubernetesResource> build(Path kustomization) throws Exception {
    String manifests = kubectl("kustomize", kustomization.toString());
    return Stream.of(manifests.split("(?m)^---\\s*$"))
        .filter(doc -> !doc.isBlank())
        .map(doc -> Serialization.unmarshal(doc, GenericKubernetesResource.class))
        .toList();
  }

  private static GenericKubernetesResource only(
      List<GenericKubernetesResource> objects, String kind) {
    List<GenericKubernetesResource> matches =
        objects.stream().filter(o -> kind.equals(o.getKind())).toList();
    assertThat(matches).hasSize(1);
    return matches.get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(GenericKubernetesResource resource) {
    return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
  }

  private static String kubectl(String... args) throws IOException, InterruptedException {
    return kubectlWithInput(null, args);
  }

  private static String kubectlWithInput(String stdin, String... args)
      throws IOException, InterruptedException {
    LocalStack stack = LocalStack.load();
    List<String> command =
        Stream.concat(
                Stream.of(
                    Path.of(stack.get("VITRINE_KUBE_BIN"), "kubectl").toString(),
                    "--kubeconfig",
                    stack.get("VITRINE_KUBECONFIG")),
                Stream.of(args))
            .toList();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (stdin != null) {
      try (var in = process.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
