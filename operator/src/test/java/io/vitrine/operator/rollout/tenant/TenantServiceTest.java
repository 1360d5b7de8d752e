package io.vitrine.operator.rollout.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.vitrine.api.kpi.KpiReport.MetricValue;
import io.vitrine.api.v1alpha1.rollout.FeatureName;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a call to tenant-service fails, against a local HTTP server standing in for it. */
class TenantServiceTest {

  private final List<String> forgotten = new ArrayList<>();
  private final PlatformTokens tokens =
      new PlatformTokens(null) {
        @Override
        public String token(String realm) {
          return "token";
        }

        @Override
        public void forget(String realm) {
          forgotten.add(realm);
        }
      };
  private final List<String> requests = new ArrayList<>();
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void theRegistryIsReadByPosLocationId() throws IOException {
    answer(200, "[{\"posLocationId\":\"s1\",\"labels\":{\"region\":\"north\"}}]");

    var stores = service(url()).stores();

    assertThat(stores).singleElement().satisfies(s -> assertThat(s.id()).isEqualTo("s1"));
  }

  @Test
  void aPhaseAsksForAFeatureSinceItStartedAndReadsTheReport() throws IOException {
    answer(
        200,
        """
        {"feature":"checkout-recommendations","since":"2026-01-01T10:00:00Z",
         "metrics":{"attach-rate":{"value":0.25,"sampleSize":40},
                    "p95-latency-ms":{"value":null,"sampleSize":0}},
         "perStore":{"s1":{"attach-rate":{"value":0.5,"sampleSize":10}}},
         "addedLater":true}
        """);

    var report =
        service(url())
            .read(
                FeatureName.CHECKOUT_RECOMMENDATIONS,
                Instant.parse("2026-01-01T10:00:00Z"),
                List.of("s1", "s2"));

    assertThat(report.metrics())
        .containsEntry("attach-rate", new MetricValue(0.25, 40))
        .containsEntry("p95-latency-ms", new MetricValue(null, 0));
    assertThat(report.perStore().get("s1")).containsEntry("attach-rate", new MetricValue(0.5, 10));
    assertThat(requests)
        .containsExactly(
            "/v1/internal/kpis {\"feature\":\"checkout-recommendations\","
                + "\"since\":\"2026-01-01T10:00:00Z\",\"stores\":[\"s1\",\"s2\"]}");
  }

  @Test
  void aBodyThatIsNotAKpiReportIsATenantServiceError() throws IOException {
    answer(200, "{\"metrics\":[1,2]}");

    assertThatThrownBy(
            () ->
                service(url())
                    .read(FeatureName.COPILOT, Instant.parse("2026-01-01T10:00:00Z"), List.of()))
        .isInstanceOf(TenantServiceErrorException.class)
        .hasMessageContaining("not a KPI report");
  }

  @Test
  void anErrorAnswerIsATenantServiceErrorWithTheProblemTitle() throws IOException {
    answer(503, "{\"title\":\"Service Unavailable\",\"detail\":\"database down\"}");

    assertThatThrownBy(() -> service(url()).stores())
        .isInstanceOf(TenantServiceErrorException.class)
        .hasMessageContaining("answered 503 to GET /v1/admin/stores")
        .hasMessageContaining("Service Unavailable database down");
  }

  @Test
  void aRefusedTokenDropsTheCachedClient() throws IOException {
    answer(401, "");

    assertThatThrownBy(() -> service(url()).stores())
        .isInstanceOf(TenantServiceErrorException.class);
    assertThat(forgotten).containsExactly("vitrine-acme");
  }

  @Test
  void aBodyThatIsNotJsonIsATenantServiceError() throws IOException {
    answer(200, "<html>proxy</html>");

    assertThatThrownBy(() -> service(url()).stores())
        .isInstanceOf(TenantServiceErrorException.class)
        .hasMessageContaining("not JSON");
  }

  @Test
  void noServerListeningIsTenantServiceUnavailable() throws IOException {
    answer(200, "[]");
    URI gone = url();
    server.stop(0);
    server = null;

    assertThatThrownBy(() -> service(gone).stores())
        .isInstanceOf(TenantServiceUnavailableException.class)
        .hasMessageContaining("is unreachable");
  }

  private void answer(int status, String body) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.add(
              exchange.getRequestURI().getPath()
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
          if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
          }
          exchange.close();
        });
    server.start();
  }

  private URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private TenantService service(URI url) {
    return new TenantService(
        HttpClient.newHttpClient(), url, "vitrine-acme", tokens, Duration.ofSeconds(5));
  }
}
