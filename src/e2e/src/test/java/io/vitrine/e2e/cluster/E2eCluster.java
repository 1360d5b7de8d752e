package io.vitrine.e2e.cluster;

import com.dajudge.kindcontainer.KindContainer;
import com.dajudge.kindcontainer.KindContainerVersion;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.vitrine.testing.LocalStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * The Kubernetes cluster the whole-platform tests run against. By default the local stack's API
 * server ({@code make stack-up}). Under the {@code kind-testcontainers} profile (system property
 * {@code vitrine.e2e.cluster=kind}) a kind node (Kubernetes v1.34) started once per JVM through
 * Testcontainers, where Docker exists; where it does not, every test class this extension is on is
 * skipped, with the reason in the report (never a silent pass).
 *
 * <p>The platform services (PostgreSQL, OpenSearch, Keycloak) stay the local stack's in both cases;
 * the {@code src/local} scripts reach the chosen cluster through {@link #scriptEnvironment}.
 */
public final class E2eCluster implements ExecutionCondition {

  static final String PROPERTY = "vitrine.e2e.cluster";
  private static Path kindKubeconfig;

  /** Whether the tests were asked to run on kind. */
  public static boolean onKind() {
    return "kind".equals(System.getProperty(PROPERTY));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!onKind()) {
      return ConditionEvaluationResult.enabled("on the local stack's API server");
    }
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      String reason =
          "kind-testcontainers: skipped, no Docker environment here (Testcontainers found no"
              + " Docker daemon), so no kind cluster could start; these E2E classes did not run."
              + " Run them with Docker, or on the local stack with -Pit";
      System.err.println("WARNING " + context.getDisplayName() + ": " + reason);
      return ConditionEvaluationResult.disabled(reason);
    }
    startKindOnce();
    return ConditionEvaluationResult.enabled("on kind through Testcontainers");
  }

  /** A client of the cluster, as its administrator. */
  public static KubernetesClient client() {
    return new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(kubeconfig())).build();
  }

  /** Environment for the {@code src/local} scripts, so that they use the same cluster. */
  public static Map<String, String> scriptEnvironment() {
    return onKind() ? Map.of("VITRINE_KUBECONFIG_FILE", kindKubeconfig.toString()) : Map.of();
  }

  private static String kubeconfig() {
    if (!onKind()) {
      return LocalStack.load().kubeconfig();
    }
    try {
      return Files.readString(kindKubeconfig);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized void startKindOnce() {
    if (kindKubeconfig != null) {
      return;
    }
    var kind = new KindContainer<>(KindContainerVersion.VERSION_1_34_0);
    kind.start();
    Runtime.getRuntime().addShutdownHook(new Thread(kind::stop));
    try {
      Path file =
          Files.createTempFile(
              "kind-",
              ".kubeconfig",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, kind.getKubeconfig());
      kindKubeconfig = file;
    } catch (IOException e) {
      kind.stop();
      throw new UncheckedIOException(e);
    }
  }
}
