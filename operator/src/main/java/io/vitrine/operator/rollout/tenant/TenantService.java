package io.vitrine.operator.rollout.tenant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vitrine.api.kpi.KpiReport;
import io.vitrine.api.kpi.KpiRequest;
import io.vitrine.api.v1alpha1.rollout.FeatureName;
import io.vitrine.operator.rollout.model.KpiSource;
import io.vitrine.operator.rollout.model.Store;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One tenant's tenant-service as the operator calls it: the store registry ({@code GET
 * /v1/admin/stores}) and the KPIs of a phase ({@code POST /v1/internal/kpis}, one query per call),
 * authenticated with a {@link PlatformTokens} token.
 */
public final class TenantService implements KpiSource {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private final HttpClient http;
  private final URI baseUrl;
  private final String realm;
  private final PlatformTokens tokens;
  private final Duration timeout;

  TenantService(
      HttpClient http, URI baseUrl, String realm, PlatformTokens tokens, Duration timeout) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.realm = realm;
    this.tokens = tokens;
    this.timeout = timeout;
  }

  public URI baseUrl() {
    return baseUrl;
  }

  /** Every store of the registry, by POS location id. */
  public List<Store> stores() {
    JsonNode body = call(request("/v1/admin/stores").GET());
    List<Store> stores = new ArrayList<>();
    for (JsonNode store : body) {
      Map<String, String> labels = new HashMap<>();
      store
          .path("labels")
          .fields()
          .forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
      stores.add(new Store(store.path("posLocationId").asText(), labels));
    }
    return stores;
  }

  @Override
  public KpiReport read(FeatureName feature, Instant since, List<String> stores) {
    var query = new KpiRequest(feature.key(), since.atOffset(ZoneOffset.UTC), stores);
    HttpRequest.Builder request;
    try {
      request =
          request("/v1/internal/kpis")
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(query)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    JsonNode body = call(request);
    try {
      return JSON.treeToValue(body, KpiReport.class);
    } catch (JsonProcessingException e) {
      throw new TenantServiceErrorException(
          "tenant-service at %s answered POST /v1/internal/kpis with a body that is not a KPI report: %s"
              .formatted(baseUrl, e.getOriginalMessage()),
          e);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(baseUrl.resolve(path.substring(1)))
        .timeout(timeout)
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + tokens.token(realm));
  }

  private JsonNode call(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    HttpResponse<String> response = send(built);
    if (response.statusCode() == 401) {
      tokens.forget(realm);
    }
    if (response.statusCode() / 100 != 2) {
      throw new TenantServiceErrorException(
          "tenant-service at %s answered %d to %s %s: %s"
              .formatted(
                  baseUrl,
                  response.statusCode(),
                  built.method(),
                  built.uri().getPath(),
                  title(response.body())));
    }
    try {
      return JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new TenantServiceErrorException(
          "tenant-service at %s answered %s %s with a body that is not JSON"
              .formatted(baseUrl, built.method(), built.uri().getPath()),
          e);
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new TenantServiceUnavailableException(
          "tenant-service at %s is unreachable: %s"
              .formatted(
                  baseUrl, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TenantServiceUnavailableException("interrupted calling tenant-service", e);
    }
  }

  /** The problem+json title and detail, never the whole body. */
  private static String title(String body) {
    try {
      JsonNode problem = JSON.readTree(body);
      return (problem.path("title").asText("") + " " + problem.path("detail").asText("")).trim();
    } catch (IOException | RuntimeException e) {
      return "(no problem details)";
    }
  }
}
