package io.vitrine.tenant.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.testing.TenantServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of one tenant's tenant-service, two JVMs on one database: what associates decide and
 * what the POS sells through one of them shows in the other's ranking within seconds.
 */
class TwoReplicasIT {

  private static final Duration WITHIN_SECONDS = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
  private static final String STORE = "loc-" + SUFFIX;
  private static final String SERUM = "SERUM-" + SUFFIX;
  private static final String MASK = "MASK-" + SUFFIX;
  private static final String TONER = "TONER-" + SUFFIX;
  private static final String BALM = "BALM-" + SUFFIX;
  private static final String OIL = "OIL-" + SUFFIX;

  private static TenantReplicas replicas;
  private static TenantServiceProcess one;
  private static TenantServiceProcess two;
  private static String associate;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void twoReplicasOfOneTenant() throws Exception {
    replicas = new TenantReplicas("shopify");
    plantCatalogAndSales();
    // As CheckoutIT: every feature on, and budgets a shared 2-core machine keeps.
    var checkout =
        Map.of(
            "VITRINE_FEATURES_UNGOVERNED", "enabled",
            "VITRINE_CHECKOUT_CONTENT_TIMEOUT", "1s",
            "VITRINE_CHECKOUT_DEADLINE", "5s");
    one = replicas.start("one", checkout);
    two = replicas.start("two", checkout);
    associate = replicas.token("associate");
  }

  @AfterAll
  static void dropTenant() {
    if (replicas != null) {
      replicas.close();
    }
  }

  @Test
  void rejectionsOnOneReplicaReorderTheOthersSuggestionsWithinSeconds() throws Exception {
    assertThat(skus(recommend(two, SERUM))).startsWith(MASK, TONER);

    for (int i = 0; i < 4; i++) {
      String suggestionId = recommend(one, SERUM).get("suggestion_id").asText();
      assertThat(reject(one, suggestionId, MASK)).isEqualTo(200);
    }

    await()
        .atMost(WITHIN_SECONDS)
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(() -> assertThat(skus(recommend(two, SERUM))).startsWith(TONER, MASK));
  }

  @Test
  void aSaleThroughOneReplicaReachesTheOthersCoPurchasesWithinSeconds() throws Exception {
    assertThat(reasons(recommend(two, BALM))).noneMatch(reason -> reason.startsWith("bought"));

    assertThat(deliverSale(one, BALM, OIL)).isEqualTo(200);

    await()
        .atMost(WITHIN_SECONDS)
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () ->
                assertThat(recommend(two, BALM).get("suggestions"))
                    .anySatisfy(
                        suggestion -> {
                          assertThat(suggestion.get("sku").asText()).isEqualTo(OIL);
                          assertThat(suggestion.get("reason").asText())
                              .startsWith("bought together");
                        }));
  }

  /**
   * The serum is bought with the mask more often than with the toner; balm and oil once together:
   * one sale short of co-purchase evidence.
   */
  private static void plantCatalogAndSales() throws Exception {
    long store =
        Long.parseLong(
            replicas
                .query(
                    "insert into stores (pos_location_id, name) values (?, ?) returning id",
                    STORE,
                    STORE)
                .get(0));
    product(store, SERUM, "Anchor serum", "it-anchor");
    product(store, MASK, "Sheet mask", "it-partner");
    product(store, TONER, "Toner", "it-partner");
    product(store, BALM, "Lip balm", "it-balm");
    product(store, OIL, "Face oil", "it-oil");
    for (int i = 0; i < 4; i++) {
      sale(store, SERUM, MASK);
    }
    for (int i = 0; i < 3; i++) {
      sale(store, SERUM, TONER);
    }
    sale(store, BALM, OIL);
  }

  private static void product(long store, String sku, String name, String category)
      throws Exception {
    replicas.query(
        "insert into products (sku, name, brand, category) values (?, ?, 'Lumen', ?)",
        sku,
        name,
        category);
    replicas.query("insert into inventory (store_id, sku, quantity) values (?, ?, 10)", store, sku);
  }

  private static void sale(long store, String... skus) throws Exception {
    long id =
        Long.parseLong(
            replicas
                .query(
                    "insert into sales (pos_provider, pos_sale_id, store_id, total, occurred_at)"
                        + " values ('it', ?, ?, 10, now()) returning id",
                    UUID.randomUUID().toString(),
                    store)
                .get(0));
    for (int line = 0; line < skus.length; line++) {
      replicas.query(
          "insert into sale_lines (sale_id, line_number, sku, quantity, unit_price, total)"
              + " values (?, ?, ?, 1, 10, 10)",
          id,
          line + 1,
          skus[line]);
    }
  }

  private JsonNode recommend(TenantServiceProcess replica, String sku) throws Exception {
    var cart =
        Map.of(
            "cart_id",
            "cart-" + UUID.randomUUID(),
            "store_id",
            STORE,
            "line_items",
            List.of(Map.of("sku", sku)));
    var response = post(replica, "/v1/pos/recommend", cart);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private int reject(TenantServiceProcess replica, String suggestionId, String sku)
      throws Exception {
    return post(
            replica,
            "/v1/pos/suggestions/" + suggestionId + "/reject",
            Map.of("sku", sku, "reason", "not for this client"))
        .statusCode();
  }

  private HttpResponse<String> post(TenantServiceProcess replica, String path, Object body)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(replica.url() + path))
            .header("Authorization", "Bearer " + associate)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A POS sale of these SKUs, by Shopify webhook to this replica. */
  private int deliverSale(TenantServiceProcess replica, String... skus) throws Exception {
    String id = Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    var items = new ArrayList<String>();
    for (String sku : skus) {
      items.add("{\"id\":1,\"sku\":\"" + sku + "\",\"quantity\":1,\"price\":\"10.00\"}");
    }
    byte[] body =
        ("{\"id\":"
                + id
                + ",\"source_name\":\"pos\",\"location_id\":655441491,\"currency\":\"EUR\","
                + "\"total_price\":\"20.00\",\"created_at\":\"2026-03-01T09:59:00Z\","
                + "\"updated_at\":\"2026-03-01T10:00:00Z\",\"line_items\":["
                + String.join(",", items)
                + "]}")
            .getBytes(UTF_8);
    var request =
        HttpRequest.newBuilder(URI.create(replica.url() + "/v1/webhooks/shopify"))
            .header("Content-Type", "application/json")
            .header("X-Shopify-Topic", "orders/create")
            .header(
                "X-Shopify-Hmac-Sha256",
                WebhookEvents.sign(replicas.setting("vitrine.pos.webhook-signing-key"), body))
            .header("X-Shopify-Webhook-Id", UUID.randomUUID().toString())
            .header("X-Shopify-Shop-Domain", replicas.setting("vitrine.pos.shop-domain"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static List<String> skus(JsonNode answer) {
    var skus = new ArrayList<String>();
    answer.get("suggestions").forEach(suggestion -> skus.add(suggestion.get("sku").asText()));
    return skus;
  }

  private static List<String> reasons(JsonNode answer) {
    var reasons = new ArrayList<String>();
    answer.get("suggestions").forEach(suggestion -> reasons.add(suggestion.get("reason").asText()));
    return reasons;
  }
}
