package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vitrine.testing.LocalStack;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Square notifications against the tenant's real PostgreSQL, signed as Square signs them: over the
 * notification URL as registered, then the raw body.
 */
@QuarkusTest
@WithTestResource(
    value = TenantStackResource.class,
    initArgs = @ResourceArg(name = TenantStackResource.POS_PROVIDER, value = "square"))
class SquareWebhookIT {

  private static final String ENDPOINT = "/v1/webhooks/square";
  private static final String PROBLEM = "application/problem+json";
  private static final byte[] URL =
      TenantStackResource.SQUARE_NOTIFICATION_URL.getBytes(StandardCharsets.UTF_8);

  @ConfigProperty(name = "quarkus.datasource.username")
  String role;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  @Test
  void aValidNotificationIsStoredOnceAsReceived() throws Exception {
    String eventId = UUID.randomUUID().toString();
    byte[] body = notification(eventId, merchant(), 3);

    deliver(body, sign(body)).then().statusCode(200);

    var rows = stored(eventId);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).rawBody()).isEqualTo(body);
    assertThat(rows.get(0).topic()).isEqualTo("order.updated");
    assertThat(rows.get(0).status()).isEqualTo("RECEIVED");
  }

  @Test
  void theSameNotificationTwiceYieldsOneRow() throws Exception {
    String eventId = UUID.randomUUID().toString();
    byte[] body = notification(eventId, merchant(), 3);

    deliver(body, sign(body)).then().statusCode(200);
    deliver(body, sign(body)).then().statusCode(200);

    assertThat(stored(eventId)).hasSize(1);
  }

  @Test
  void aForgedOrMissingSignatureIsUnauthorizedAndStoresNothing() throws Exception {
    String eventId = UUID.randomUUID().toString();
    byte[] body = notification(eventId, merchant(), 3);

    deliver(body, WebhookEvents.sign("not-the-key", URL, body))
        .then()
        .statusCode(401)
        .contentType(startsWith(PROBLEM))
        .body("type", equalTo("https://vitrine.io/problems/webhook-signature"));
    deliver(body, WebhookEvents.sign(key(), body)).then().statusCode(401); // signed without the URL
    deliver(body, null).then().statusCode(401);

    assertThat(stored(eventId)).isEmpty();
  }

  @Test
  void aTruncatedBodyIsUnauthorizedAndStoresNothing() throws Exception {
    String eventId = UUID.randomUUID().toString();
    byte[] body = notification(eventId, merchant(), 3);

    deliver(Arrays.copyOf(body, body.length - 2), sign(body)).then().statusCode(401);

    assertThat(stored(eventId)).isEmpty();
  }

  @Test
  void aReplayWithAnotherBodyUnderTheSameSignatureIsUnauthorizedAndChangesNothing()
      throws Exception {
    String eventId = UUID.randomUUID().toString();
    byte[] body = notification(eventId, merchant(), 3);
    String signature = sign(body);
    deliver(body, signature).then().statusCode(200);

    deliver(notification(eventId, merchant(), 4), signature).then().statusCode(401);
    String otherId = UUID.randomUUID().toString();
    deliver(notification(otherId, merchant(), 3), signature).then().statusCode(401);

    assertThat(stored(eventId))
        .singleElement()
        .satisfies(row -> assertThat(row.rawBody()).isEqualTo(body));
    assertThat(stored(otherId)).isEmpty();
  }

  @Test
  void aNotificationForAnotherMerchantIsForbidden() throws Exception {
    String eventId = UUID.randomUUID().toString();
    byte[] body = notification(eventId, "ANOTHERMERCHANT", 3);

    deliver(body, sign(body))
        .then()
        .statusCode(403)
        .body("type", equalTo("https://vitrine.io/problems/webhook-wrong-account"));

    assertThat(stored(eventId)).isEmpty();
  }

  @Test
  void aSignedNotificationWithoutEventIdIsABadRequest() throws Exception {
    byte[] body =
        ("{\"merchant_id\":\"" + merchant() + "\",\"type\":\"order.updated\",\"data\":{}}")
            .getBytes(StandardCharsets.UTF_8);
    deliver(body, sign(body))
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("detail", containsString("event_id"));

    byte[] notJson = "event_id=1".getBytes(StandardCharsets.UTF_8);
    deliver(notJson, sign(notJson)).then().statusCode(400);
  }

  @Test
  void whileTheDatabaseRefusesTheTenantTheAnswerIsRetryableAndTheRetryIsStored() throws Exception {
    String eventId = UUID.randomUUID().toString();
    byte[] body = notification(eventId, merchant(), 3);
    try (Connection admin = TenantDatabase.asAdmin(LocalStack.load());
        Statement statement = admin.createStatement()) {
      try {
        statement.execute("ALTER ROLE " + role + " CONNECTION LIMIT 0");
        statement.execute(
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE usename = '"
                + role
                + "'");

        deliver(body, sign(body))
            .then()
            .statusCode(503)
            .header("Retry-After", notNullValue())
            .contentType(startsWith(PROBLEM));
      } finally {
        statement.execute("ALTER ROLE " + role + " CONNECTION LIMIT -1");
      }
    }

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> deliver(body, sign(body)).statusCode() == 200);
    assertThat(stored(eventId)).hasSize(1);
  }

  private String sign(byte[] body) throws Exception {
    return WebhookEvents.sign(key(), URL, body);
  }

  private Response deliver(byte[] body, String signature) {
    var request = given().contentType("application/json");
    if (signature != null) {
      request.header("x-square-hmacsha256-signature", signature);
    }
    return request.body(body).post(ENDPOINT);
  }

  private List<WebhookEvents.Row> stored(String eventId) throws Exception {
    return WebhookEvents.find(role, password, "square", eventId);
  }

  private static byte[] notification(String eventId, String merchantId, int version) {
    return ("{\"merchant_id\":\""
            + merchantId
            + "\",\"type\":\"order.updated\",\"event_id\":\""
            + eventId
            + "\",\"created_at\":\"2026-03-01T10:15:30Z\",\"data\":{\"type\":"
            + "\"order_updated\",\"id\":\"ORD-1\",\"object\":{\"order_updated\":{\"order_id\":"
            + "\"ORD-1\",\"version\":"
            + version
            + ",\"state\":\"OPEN\"}}}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String key() {
    return pos("webhook-signing-key");
  }

  private static String merchant() {
    return pos("merchant-id");
  }

  /** Read, not injected: the ITs without a POS share the application, where these are unset. */
  private static String pos(String name) {
    return ConfigProvider.getConfig().getValue("vitrine.pos." + name, String.class);
  }
}
