package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.vitrine.testing.LocalStack;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The internal KPI endpoint StoreRollout gates read, over real feature_events rows. */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
class KpiEndpointIT {

  private static final String KPIS = "/v1/internal/kpis";

  static {
    // Rates as doubles, not floats, so that closeTo compares them exactly.
    RestAssured.config =
        RestAssured.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));
  }

  @Test
  void answersEveryMetricInTotalAndPerStoreSinceTheInstantAskedFor() throws Exception {
    String a = "kpi-a-" + UUID.randomUUID();
    String b = "kpi-b-" + UUID.randomUUID();
    String outside = "kpi-x-" + UUID.randomUUID();
    Instant since = Instant.now().minusSeconds(60);
    // a: 10 shown (latency 100..1000 ms), 4 accepted, 1 rejected, 1 error
    for (int i = 1; i <= 10; i++) {
      insert(a, "checkout-recommendations", "SHOWN", i * 100, "now()");
    }
    insert(a, "checkout-recommendations", "ACCEPTED", null, "now()", 4);
    insert(a, "checkout-recommendations", "REJECTED", null, "now()");
    insert(a, "checkout-recommendations", "ERROR", 50, "now()");
    // b: 10 shown, 1 accepted; 2 alerts, 1 overridden
    insert(b, "checkout-recommendations", "SHOWN", 200, "now()", 10);
    insert(b, "checkout-recommendations", "ACCEPTED", null, "now()");
    insert(b, "checkout-recommendations", "ALERT", null, "now()", 2);
    insert(b, "checkout-recommendations", "OVERRIDDEN", null, "now()");
    // not counted: before since, another feature, a store not asked for
    insert(a, "checkout-recommendations", "SHOWN", 100, "now() - interval '1 hour'", 5);
    insert(a, "copilot", "SHOWN", 100, "now()", 5);
    insert(outside, "checkout-recommendations", "SHOWN", 100, "now()", 5);

    given()
        .auth()
        .oauth2(Tokens.of("platform-operator"))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "feature",
                "checkout-recommendations",
                "since",
                since.toString(),
                "stores",
                List.of(a, b)))
        .post(KPIS)
        .then()
        .statusCode(200)
        .body("feature", equalTo("checkout-recommendations"))
        .body("metrics.attach-rate.value", closeTo(5.0 / 20, 1e-9))
        .body("metrics.attach-rate.sampleSize", equalTo(20))
        .body("metrics.reject-rate.value", closeTo(1.0 / 20, 1e-9))
        .body("metrics.error-rate.value", closeTo(1.0 / 21, 1e-9))
        .body("metrics.error-rate.sampleSize", equalTo(21))
        .body("metrics.override-rate.value", closeTo(0.5, 1e-9))
        .body("metrics.override-rate.sampleSize", equalTo(2))
        .body("metrics.screening-alerts.value", closeTo(2.0, 1e-9))
        .body("metrics.p95-latency-ms.sampleSize", equalTo(20))
        .body("perStore." + a + ".attach-rate.value", closeTo(0.4, 1e-9))
        .body("perStore." + a + ".p95-latency-ms.value", closeTo(955.0, 1e-6))
        .body("perStore." + b + ".override-rate.value", closeTo(0.5, 1e-9))
        .body("perStore." + a + ".override-rate.value", nullValue())
        .body("perStore", not(hasKey(outside)));
  }

  @Test
  void onlyThePlatformOperatorMayReadKpis() {
    given()
        .auth()
        .oauth2(Tokens.of("retailer-admin"))
        .contentType(ContentType.JSON)
        .body(Map.of("feature", "copilot", "since", Instant.now().toString(), "stores", List.of()))
        .post(KPIS)
        .then()
        .statusCode(403);
  }

  @Test
  void anUnknownFeatureIsAProblem() {
    given()
        .auth()
        .oauth2(Tokens.of("platform-operator"))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "feature",
                "mind-reading",
                "since",
                Instant.now().toString(),
                "stores",
                List.of("x")))
        .post(KPIS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void theEndpointIsInTheOpenApiDocument() {
    given().get("/q/openapi?format=json").then().statusCode(200).body("paths", hasKey(KPIS));
  }

  private static void insert(String store, String feature, String kind, Integer latency, String at)
      throws Exception {
    insert(store, feature, kind, latency, at, 1);
  }

  private static void insert(
      String store, String feature, String kind, Integer latency, String at, int times)
      throws Exception {
    String schema = ConfigProvider.getConfig().getValue("vitrine.database.schema", String.class);
    try (Connection admin = TenantDatabase.asAdmin(LocalStack.load());
        PreparedStatement insert =
            admin.prepareStatement(
                "insert into "
                    + schema
                    + ".feature_events (store_id, feature, kind, latency_ms, occurred_at)"
                    + " select ?, ?, ?, ?, "
                    + at
                    + " from generate_series(1, ?)")) {
      insert.setString(1, store);
      insert.setString(2, feature);
      insert.setString(3, kind);
      insert.setObject(4, latency, java.sql.Types.INTEGER);
      insert.setInt(5, times);
      insert.executeUpdate();
    }
  }
}
