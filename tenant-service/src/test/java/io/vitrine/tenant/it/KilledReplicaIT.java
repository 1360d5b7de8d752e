package io.vitrine.tenant.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A tenant-service killed with SIGKILL right after a POS sale was stored, before anything that
 * follows the sale ran, loses none of it: the next replica to start gives the customer the sale's
 * points, decides its post-purchase message and attributes it, each exactly once.
 */
class KilledReplicaIT {

  private static final Duration WITHIN = Duration.ofSeconds(60);
  private static final String LOCATION = "655441491";

  private static TenantReplicas replicas;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void tenant() throws Exception {
    replicas = new TenantReplicas("shopify");
  }

  @AfterAll
  static void dropTenant() {
    if (replicas != null) {
      replicas.close();
    }
  }

  @Test
  void aSaleStoredJustBeforeAKillGetsItsFollowUpsOnceFromTheNextReplica() throws Exception {
    String orderId = Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    String serum = "SERUM-" + UUID.randomUUID();
    acceptedSuggestion(orderId, serum);
    // Follow-ups off: the sale is stored (webhook, then the POS worker), nothing that follows runs.
    var first = replicas.start("first", Map.of("VITRINE_POS_FOLLOW_UPS_INTERVAL", "off"));

    assertThat(deliver(first.url(), order(orderId, serum))).isEqualTo(200);
    long saleId = await().atMost(WITHIN).until(() -> saleId(orderId), id -> id > 0);
    assertThat(replicas.query("select status from sale_follow_ups where sale_id = ?", saleId))
        .containsExactly("PENDING", "PENDING", "PENDING", "PENDING");
    assertThat(followedUp(saleId)).containsExactly(0L, 0L, 0L);
    first.kill();

    replicas.start("second", Map.of());

    await()
        .atMost(WITHIN)
        .untilAsserted(
            () ->
                assertThat(
                        replicas.query(
                            "select status from sale_follow_ups where sale_id = ?", saleId))
                    .containsExactly("DONE", "DONE", "DONE", "DONE"));
    assertThat(replicas.query("select attempts from sale_follow_ups where sale_id = ?", saleId))
        .as("each follow-up ran once")
        .containsExactly("1", "1", "1", "1");
    assertThat(followedUp(saleId))
        .as("ledger rows, message decisions, attributions")
        .satisfies(counts -> assertThat(counts.get(0)).isPositive())
        .endsWith(1L, 1L);
    assertThat(
            replicas.count(
                "select a.points - (select sum(points) from loyalty_ledger where account_id = a.id)"
                    + " from loyalty_accounts a join sales s on s.customer_id = a.customer_id"
                    + " where s.id = ?",
                saleId))
        .as("the account holds exactly its ledger")
        .isZero();
    assertThat(replicas.query("select match from sale_attributions where sale_id = ?", saleId))
        .containsExactly("CART");
  }

  /** The sale's loyalty ledger rows, message rows and attributions. */
  private static List<Long> followedUp(long saleId) throws Exception {
    return List.of(
        replicas.count("select count(*) from loyalty_ledger where sale_id = ?", saleId),
        replicas.count("select count(*) from messages where sale_id = ?", saleId),
        replicas.count("select count(*) from sale_attributions where sale_id = ?", saleId));
  }

  private static long saleId(String orderId) throws Exception {
    return replicas.count(
        "select coalesce(max(id), 0) from sales where pos_provider = 'shopify' and pos_sale_id = ?",
        orderId);
  }

  /** An associate accepted the SKU for the cart that the POS then sold as this order. */
  private static void acceptedSuggestion(String cartId, String sku) throws Exception {
    String id = UUID.randomUUID().toString();
    replicas.query(
        "insert into suggestions (id, pos_location_id, cart_id, associate, cart_skus, algorithm,"
            + " flags_revision, created_at) values (?::uuid, ?, ?, 'it', '{}', 'it', 0, now())",
        id,
        LOCATION,
        cartId);
    replicas.query(
        "insert into suggestion_items (suggestion_id, rank, sku, score)"
            + " values (?::uuid, 1, ?, 1)",
        id,
        sku);
    replicas.query(
        "insert into suggestion_decisions (suggestion_id, sku, decision, associate)"
            + " values (?::uuid, ?, 'ACCEPTED', 'it')",
        id,
        sku);
  }

  private int deliver(String url, byte[] body) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(url + "/v1/webhooks/shopify"))
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

  private static byte[] order(String id, String sku) {
    return ("{\"id\":"
            + id
            + ",\"source_name\":\"pos\",\"location_id\":"
            + LOCATION
            + ",\"currency\":\"EUR\",\"total_price\":\"118.00\","
            + "\"created_at\":\"2026-03-01T09:59:00Z\",\"updated_at\":\"2026-03-01T10:00:00Z\","
            + "\"customer\":{\"id\":"
            + id
            + "},\"line_items\":[{\"id\":1,\"sku\":\""
            + sku
            + "\",\"quantity\":1,\"price\":\"118.00\"}]}")
        .getBytes(UTF_8);
  }
}
