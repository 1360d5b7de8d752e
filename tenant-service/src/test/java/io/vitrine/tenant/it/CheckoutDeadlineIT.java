package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The till's deadline, missed on purpose: with a budget of one nanosecond no request can make it,
 * so recommend answers without suggestions and screen refuses with 503, never "no conflict". Both
 * are counted and recorded as ERROR feature events.
 */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
@TestProfile(CheckoutDeadlineIT.Profile.class)
class CheckoutDeadlineIT {

  /** Every feature on, and a deadline nothing can meet. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "vitrine.features.ungoverned", "enabled", "vitrine.checkout.deadline", "PT0.000000001S");
    }
  }

  private static final String COUNTER = "vitrine.checkout.deadline.exceeded";

  @Inject AgroalDataSource dataSource;
  @Inject MeterRegistry registry;

  private CheckoutFixtures data;
  private String location;
  private String sku;

  @BeforeEach
  void plantAStore() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> given().get("/q/health/ready").statusCode() == 200);
    data = new CheckoutFixtures(dataSource);
    location = "deadline-" + data.suffix;
    long store = data.store(location);
    sku = data.sku("LATE");
    data.product(sku, "Late serum", "Lumen", "it-anchor", "AQUA", "LINALOOL");
    data.stock(store, sku, 3);
  }

  @Test
  void aRecommendationPastTheDeadlineHasNoSuggestionsAndIsRecordedAsAnError() {
    double before = exceeded("recommend");

    post("/v1/pos/recommend")
        .statusCode(200)
        .body("enabled", equalTo(true))
        .body("suggestions", empty())
        .body("suggestion_id", nullValue());

    assertThat(exceeded("recommend")).isEqualTo(before + 1);
    awaitErrorEvents("checkout-recommendations", 1);
  }

  @Test
  void aScreeningPastTheDeadlineIsRefusedWith503AndNeverReadsAsNoConflict() {
    double before = exceeded("screen");

    post("/v1/pos/screen")
        .statusCode(503)
        .contentType(startsWith("application/problem+json"))
        .header("Retry-After", "1")
        .body("type", equalTo("https://vitrine.io/problems/checkout-deadline-exceeded"))
        .body("status", equalTo(503))
        .body("alerts", nullValue());

    assertThat(exceeded("screen")).isEqualTo(before + 1);
    awaitErrorEvents("allergy-screening", 1);
  }

  private ValidatableResponse post(String path) {
    return given()
        .auth()
        .oauth2(Tokens.of("associate"))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "cart_id",
                "cart-" + data.suffix,
                "store_id",
                location,
                "line_items",
                List.of(Map.of("sku", sku))))
        .post(path)
        .then();
  }

  private double exceeded(String endpoint) {
    Counter counter = registry.find(COUNTER).tag("endpoint", endpoint).counter();
    return counter == null ? 0 : counter.count();
  }

  private void awaitErrorEvents(String feature, long expected) {
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        data.count(
                            "select count(*) from feature_events where store_id = ?"
                                + " and feature = ? and kind = 'ERROR'",
                            location,
                            feature))
                    .isEqualTo(expected));
  }
}
