package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Shopify deliveries against the tenant's real PostgreSQL, signed as Shopify signs them. */
@QuarkusTest
@WithTestResource(
    value = TenantStackResource.class,
    initArgs = @ResourceArg(name = TenantStackResource.POS_PROVIDER, value = "shopify"))
class ShopifyWebhookIT {

  private static final String ENDPOINT = "/v1/webhooks/shopify";
  private static final String PROBLEM = "application/problem+json";

  @ConfigProperty(name = "quarkus.datasource.username")
  String role;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  @Test
  void aValidDeliveryIsStoredOnceAsReceived() throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] body = order(id);

    deliver(body, WebhookEvents.sign(secret(), body), id, shop()).then().statusCode(200);

    var rows = stored(id);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).rawBody()).isEqualTo(body);
    assertThat(rows.get(0).topic()).isEqualTo("orders/create");
    assertThat(rows.get(0).status()).isEqualTo("RECEIVED");
  }

  @Test
  void theSameDeliveryTwiceYieldsOneRow() throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] body = order(id);
    String signature = WebhookEvents.sign(secret(), body);

    deliver(body, signature, id, shop()).then().statusCode(200);
    deliver(body, signature, id, shop()).then().statusCode(200);

    assertThat(stored(id)).hasSize(1);
  }

  @Test
  void aForgedOrMissingSignatureIsUnauthorizedAndStoresNothing() throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] body = order(id);

    deliver(body, WebhookEvents.sign("not-the-secret", body), id, shop())
        .then()
        .statusCode(401)
        .contentType(startsWith(PROBLEM))
        .body("status", equalTo(401))
        .body("type", equalTo("https://vitrine.io/problems/webhook-signature"));
    deliver(body, null, id, shop()).then().statusCode(401);

    assertThat(stored(id)).isEmpty();
  }

  @Test
  void aTruncatedBodyIsUnauthorizedAndStoresNothing() throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] body = order(id);

    deliver(Arrays.copyOf(body, body.length - 3), WebhookEvents.sign(secret(), body), id, shop())
        .then()
        .statusCode(401);

    assertThat(stored(id)).isEmpty();
  }

  @Test
  void aReplayWithAnotherBodyUnderTheSameSignatureIsUnauthorizedAndChangesNothing()
      throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] body = order(id);
    String signature = WebhookEvents.sign(secret(), body);
    deliver(body, signature, id, shop()).then().statusCode(200);

    byte[] tampered =
        new String(body, StandardCharsets.UTF_8)
            .replace("\"59.00\"", "\"0.01\"")
            .getBytes(StandardCharsets.UTF_8);
    deliver(tampered, signature, id, shop()).then().statusCode(401);
    String otherId = UUID.randomUUID().toString();
    deliver(tampered, signature, otherId, shop()).then().statusCode(401);

    assertThat(stored(id))
        .singleElement()
        .satisfies(row -> assertThat(row.rawBody()).isEqualTo(body));
    assertThat(stored(otherId)).isEmpty();
  }

  @Test
  void aDeliveryForAnotherShopIsForbiddenAndStoresNothing() throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] body = order(id);

    deliver(body, WebhookEvents.sign(secret(), body), id, "another-shop.myshopify.com")
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM))
        .body("type", equalTo("https://vitrine.io/problems/webhook-wrong-account"));
    deliver(body, WebhookEvents.sign(secret(), body), id, null).then().statusCode(403);

    assertThat(stored(id)).isEmpty();
  }

  @Test
  void aSignedButMalformedDeliveryIsABadRequest() throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] notJson = "orders/create but not JSON".getBytes(StandardCharsets.UTF_8);
    deliver(notJson, WebhookEvents.sign(secret(), notJson), id, shop())
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("type", equalTo("https://vitrine.io/problems/webhook-malformed"));
    assertThat(stored(id)).isEmpty();

    byte[] body = order(id);
    deliver(body, WebhookEvents.sign(secret(), body), null, shop())
        .then()
        .statusCode(400)
        .body("detail", containsString("X-Shopify-Webhook-Id"));
  }

  @Test
  void theSquareEndpointTakesNothingOnAShopifyTenant() throws Exception {
    byte[] body = order(UUID.randomUUID().toString());
    given()
        .contentType("application/json")
        .header("x-square-hmacsha256-signature", WebhookEvents.sign(secret(), body))
        .body(body)
        .post("/v1/webhooks/square")
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM));
  }

  @Test
  void countersArePublishedPerProvider() throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] body = order(id);
    deliver(body, WebhookEvents.sign(secret(), body), id, shop()).then().statusCode(200);
    deliver(body, WebhookEvents.sign(secret(), body), id, shop()).then().statusCode(200);
    deliver(body, "forged", id, shop()).then().statusCode(401);

    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics)
        .contains("vitrine_webhooks_received_total{provider=\"shopify\"}")
        .contains("vitrine_webhooks_duplicates_total{provider=\"shopify\"}")
        .contains("vitrine_webhooks_rejected_total{provider=\"shopify\",reason=\"signature\"}")
        .doesNotContain(secret());
  }

  private Response deliver(byte[] body, String signature, String webhookId, String shopDomain) {
    var request =
        given().contentType("application/json").header("X-Shopify-Topic", "orders/create");
    if (signature != null) {
      request.header("X-Shopify-Hmac-Sha256", signature);
    }
    if (webhookId != null) {
      request.header("X-Shopify-Webhook-Id", webhookId);
    }
    if (shopDomain != null) {
      request.header("X-Shopify-Shop-Domain", shopDomain);
    }
    return request.body(body).post(ENDPOINT);
  }

  private List<WebhookEvents.Row> stored(String webhookId) throws Exception {
    return WebhookEvents.find(role, password, "shopify", webhookId);
  }

  private static byte[] order(String id) {
    return ("{\"id\":820982911946154508,\"admin_graphql_api_id\":\"gid://shopify/Order/"
            + id
            + "\",\"source_name\":\"pos\",\"location_id\":655441491,\"line_items\":"
            + "[{\"sku\":\"AST-SERUM-30\",\"quantity\":1,\"price\":\"59.00\"}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String secret() {
    return pos("webhook-signing-key");
  }

  private static String shop() {
    return pos("shop-domain");
  }

  /** Read, not injected: the ITs without a POS share the application, where these are unset. */
  private static String pos(String name) {
    return ConfigProvider.getConfig().getValue("vitrine.pos." + name, String.class);
  }
}
