package io.vitrine.operator.it;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.vitrine.operator.rollout.tenant.TenantServices;
import io.vitrine.testing.LocalStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
final class TenantServiceProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private TenantServiceProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static TenantServiceProcess start(KubernetesClient admin, String namespace) throws Exception {
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    Path jar = root.resolve("tenant-service/target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          jar + " is missing: ./mvnw -q -B -ntp package -DskipTests -pl tenant-service -am");
    }
    var stack = LocalStack.load();
    Path work = Files.createTempDirectory("tenant-service-it");
    Path env =
        Files.createFile(
            work.resolve("env"),
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
                "tenant-service")
            .redirectOutput(env.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    if (podEnv.waitFor() != 0) {
      throw new IllegalStateException("pod_env.py failed for " + namespace);
    }
    int port = freePort();
    Path log = work.resolve("tenant-service.log");
    var builder =
        new ProcessBuilder(
                "bash",
                "-c",
                "set -a; . \"$1\"; set +a; exec java -Xmx256m -jar \"$2\"",
                "_",
                env.toString(),
                jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    environment.put(
        "QUARKUS_KUBERNETES_CLIENT_API_SERVER_URL", admin.getConfiguration().getMasterUrl());
    environment.put(
        "QUARKUS_KUBERNETES_CLIENT_CA_CERT_DATA", admin.getConfiguration().getCaCertData());
    environment.put("QUARKUS_KUBERNETES_CLIENT_TOKEN", serviceAccountToken(admin, namespace));
    var started = new TenantServiceProcess(builder.start(), port, log);
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(500))
          .until(started::ready);
    } catch (RuntimeException e) {
      started.close();
      throw new IllegalStateException(
          "tenant-service did not become ready; log:\n" + Files.readString(log), e);
    }
    admin
        .namespaces()
        .withName(namespace)
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"metadata\":{\"annotations\":{\"%s\":\"%s\"}}}"
                .formatted(TenantServices.SERVICE_URL_ANNOTATION, started.url()));
    return started;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long pid() {
    return process.pid();
  }

  private boolean ready() {
    if (!process.isAlive()) {
      throw new IllegalStateException("tenant-service exited: " + log());
    }
    try {
      var response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).build(),
                  HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
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

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
