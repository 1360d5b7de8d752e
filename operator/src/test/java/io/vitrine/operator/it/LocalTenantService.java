package io.vitrine.operator.it;

import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.operator.retailer.model.TenantWorkload;
import io.vitrine.operator.rollout.tenant.TenantServices;
import io.vitrine.testing.LocalStack;
import io.vitrine.testing.TenantServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

/**
 * A tenant's tenant-service as a local JVM (kwok runs no pods), configured as src/local/tenants.sh
 * does: the Deployment's environment resolved by pod_env.py from the operator's ConfigMap and
 * Secrets, plus the API server reached as the tenant's own tenant-service ServiceAccount. The
 * namespace is annotated with its URL for the operator.
 */
final class LocalTenantService {

  private LocalTenantService() {}

  static TenantServiceProcess start(KubernetesClient admin, String namespace) throws Exception {
    Path work = Files.createTempDirectory("tenant-service-it");
    var apiAccess =
        Map.of(
            "QUARKUS_KUBERNETES_CLIENT_API_SERVER_URL",
            admin.getConfiguration().getMasterUrl(),
            "QUARKUS_KUBERNETES_CLIENT_CA_CERT_DATA",
            admin.getConfiguration().getCaCertData(),
            "QUARKUS_KUBERNETES_CLIENT_TOKEN",
            serviceAccountToken(admin, namespace));
    // The pod's init container first: it migrates the schema, which the service does not.
    container(work, namespace, TenantWorkload.MIGRATION, apiAccess).runToCompletion();
    var service = container(work, namespace, TenantNames.WORKLOAD, apiAccess).start();
    admin
        .namespaces()
        .withName(namespace)
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"metadata\":{\"annotations\":{\"%s\":\"%s\"}}}"
                .formatted(TenantServices.SERVICE_URL_ANNOTATION, service.url()));
    return service;
  }

  /** One of the pod's containers as a local JVM, with its environment and its own log. */
  private static TenantServiceProcess.Launch container(
      Path work, String namespace, String container, Map<String, String> apiAccess)
      throws IOException, InterruptedException {
    return TenantServiceProcess.launch()
        .jvmOptions("-Xmx256m")
        .environmentFile(podEnvironment(work, namespace, container))
        .environment(apiAccess)
        .log(work.resolve(container + ".log"))
        .readyWithin(Duration.ofSeconds(90));
  }

  /** A container's environment as shell assignments, in a file only this user can read. */
  private static Path podEnvironment(Path work, String namespace, String container)
      throws IOException, InterruptedException {
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    var stack = LocalStack.load();
    Path env =
        Files.createFile(
            work.resolve(container + ".env"),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    String kubectl =
        Path.of(stack.get("VITRINE_KUBECONFIG")).getParent().resolve("kubectl")
            + " --kubeconfig "
            + stack.get("VITRINE_KUBECONFIG");
    Process podEnv =
        new ProcessBuilder(
                "python3",
                root.resolve("src/local/pod_env.py").toString(),
                kubectl,
                namespace,
                TenantNames.WORKLOAD,
                container)
            .redirectOutput(env.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    if (podEnv.waitFor() != 0) {
      throw new IllegalStateException("pod_env.py failed for " + namespace);
    }
    return env;
  }

  private static String serviceAccountToken(KubernetesClient admin, String namespace) {
    return admin
        .serviceAccounts()
        .inNamespace(namespace)
        .withName("tenant-service")
        .tokenRequest(
            new TokenRequestBuilder().withNewSpec().withExpirationSeconds(3600L).endSpec().build())
        .getStatus()
        .getToken();
  }
}
