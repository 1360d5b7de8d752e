package io.vitrine.operator.it;

import static io.vitrine.operator.it.TenantFixture.READY_WITHIN;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vitrine.api.v1alpha1.DeletionPolicy;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.platform.postgres.PostgresTenants;
import io.vitrine.operator.retailer.model.PseudonymKeys;
import io.vitrine.operator.retailer.model.SecretNames;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.testing.LocalStack;
import io.vitrine.testing.TenantServiceProcess;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tenant's pseudonym key: a customer keeps their history, loyalty and profile across a rotation
 * of the POS credentials, with tenant-service running on what the operator created; a tenant from
 * before the key keeps the pseudonyms its signing key made.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackOperatorResource.class)
class PseudonymKeyIT {

  private static final Duration SALE_WITHIN = Duration.ofSeconds(60);

  private final KubernetesClient client = LocalStackOperatorResource.admin();
  @Inject PostgresTenants postgres;
  private final HttpClient http = HttpClient.newHttpClient();
  private TenantFixture tenants;
  private TenantServiceProcess service;

  @BeforeEach
  void fixture() {
    tenants = new TenantFixture(client);
  }

  @Test
  void rotatingThePosCredentialsKeepsTheCustomersHistoryLoyaltyAndProfile() throws Exception {
    var retailer = tenants.awaitReady(tenants.apply(tenants.newRetailer(DeletionPolicy.Delete)));
    var names = TenantNames.of(retailer);
    Secret keptBefore = keptKey(names);
    service = LocalTenantService.start(client, names.namespace());
    var api = adminApi(names, service);
    String customer = Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));

    String firstSale = sale(retailer, service, customer, "key", "118.00");
    String pseudonym = awaitPseudonymOf(names, firstSale);
    api.put(
        "/v1/customers/" + pseudonym + "/profile",
        Map.of("skinType", "Dry", "consents", Map.of("personalization", true)));
    long pointsBefore = awaitLedger(api, pseudonym, 1).get("points").asLong();

    rotate(retailer, names, "token-" + UUID.randomUUID(), "rotated-" + UUID.randomUUID());
    String rotatedKey =
        tenants.secretValue(names.namespace(), "pos-credentials", "webhookSigningKey");
    service.close();
    service = LocalTenantService.start(client, names.namespace());
    api = adminApi(names, service);
    assertThat(deliver(retailer, service, order(customer, "59.00"), "key"))
        .as("a delivery signed with the old key")
        .isEqualTo(401);
    String secondSale = sale(retailer, service, customer, rotatedKey, "59.00");

    assertThat(awaitPseudonymOf(names, secondSale)).isEqualTo(pseudonym);
    JsonNode loyalty = awaitLedger(api, pseudonym, 2);
    assertThat(loyalty.get("points").asLong()).isGreaterThan(pointsBefore);
    assertThat(saleIds(loyalty))
        .containsExactlyInAnyOrder(saleId(names, firstSale), saleId(names, secondSale));
    assertThat(api.get("/v1/customers/" + pseudonym + "/profile").at("/profile/skinType").asText())
        .isEqualTo("dry");
    assertThat(keptKey(names).getData()).isEqualTo(keptBefore.getData());
    assertThat(PseudonymKeys.origin(keptBefore)).isEqualTo(PseudonymKeys.GENERATED);
  }

  @Test
  void aTenantFromBeforeTheKeyKeepsThePseudonymsItsSigningKeyMade() {
    var retailer = tenants.newRetailer(DeletionPolicy.Delete);
    var names = TenantNames.of(retailer);
    // A schema from before the key (retained, or of a tenant upgraded in place): its pseudonyms
    // were made with the POS signing key.
    postgres.apply(names.databaseSchema(), names.databaseRole(), "earlier-" + UUID.randomUUID());

    tenants.awaitReady(tenants.apply(retailer));

    Secret kept = keptKey(names);
    assertThat(PseudonymKeys.origin(kept)).isEqualTo(SecretNames.POS_WEBHOOK_SIGNING_KEY);
    assertThat(keyIn(kept)).isEqualTo("key");
    assertThat(
            tenants.secretValue(
                names.namespace(), SecretNames.PSEUDONYM_KEY, SecretNames.PSEUDONYM_KEY_VALUE))
        .isEqualTo("key");
  }

  @Test
  void aKeptKeyDeletedByMistakeComesBackFromTheCopyThePodsRead() {
    var retailer = tenants.awaitReady(tenants.apply(tenants.newRetailer(DeletionPolicy.Delete)));
    var names = TenantNames.of(retailer);
    Secret before = keptKey(names);
    tenants.writePosSecret(retailer, "token-" + UUID.randomUUID(), "rotated");

    client
        .secrets()
        .inNamespace(LocalStackOperatorResource.OPERATOR_NAMESPACE)
        .withName(names.keptPseudonymKey())
        .delete();

    await()
        .atMost(READY_WITHIN)
        .until(() -> keptKeyIfAny(names).filter(kept -> !kept.equals(before)).isPresent());
    assertThat(keptKey(names).getData()).isEqualTo(before.getData());
    assertThat(PseudonymKeys.origin(keptKey(names))).isEqualTo(PseudonymKeys.GENERATED);
  }

  @AfterEach
  void cleanUp() {
    if (service != null) {
      service.close();
    }
    tenants.deleteAll();
  }

  /** New POS credentials, as a platform team rotates them; the tenant picks them up. */
  private void rotate(RetailerIntegration retailer, TenantNames names, String token, String key) {
    tenants.writePosSecret(retailer, token, key);
    // The source Secret is read at the next reconcile: any change of the tenant brings it sooner.
    tenants.patchSpec(
        retailer.getMetadata().getName(), "{\"displayName\": \"Rotated " + key + "\"}");
    await()
        .atMost(READY_WITHIN)
        .until(
            () ->
                key.equals(
                    tenants.secretValue(
                        names.namespace(), "pos-credentials", "webhookSigningKey")));
    tenants.awaitReady(retailer);
  }

  /** A POS sale of this customer delivered by webhook; returns its order id once accepted. */
  private String sale(
      RetailerIntegration retailer,
      TenantServiceProcess to,
      String customer,
      String signingKey,
      String total)
      throws Exception {
    byte[] order = order(customer, total);
    assertThat(deliver(retailer, to, order, signingKey)).isEqualTo(200);
    return orderId(order);
  }

  private int deliver(
      RetailerIntegration retailer, TenantServiceProcess to, byte[] body, String signingKey)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(to.url() + "/v1/webhooks/shopify"))
            .header("Content-Type", "application/json")
            .header("X-Shopify-Topic", "orders/create")
            .header("X-Shopify-Hmac-Sha256", sign(signingKey, body))
            .header("X-Shopify-Webhook-Id", UUID.randomUUID().toString())
            .header("X-Shopify-Shop-Domain", retailer.getSpec().getPos().getShopDomain())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static byte[] order(String customer, String total) {
    String id = Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    return ("{\"id\":"
            + id
            + ",\"source_name\":\"pos\",\"location_id\":655441491,\"currency\":\"EUR\","
            + "\"total_price\":\""
            + total
            + "\",\"created_at\":\"2026-03-01T09:59:00Z\",\"updated_at\":\"2026-03-01T10:00:00Z\","
            + "\"customer\":{\"id\":"
            + customer
            + "},\"line_items\":[{\"id\":1,\"sku\":\"SERUM-1\",\"quantity\":1,\"price\":\""
            + total
            + "\"}]}")
        .getBytes(UTF_8);
  }

  private static String orderId(byte[] order) {
    String json = new String(order, UTF_8);
    return json.substring("{\"id\":".length(), json.indexOf(','));
  }

  private static String sign(String key, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body));
  }

  /** The pseudonym tenant-service stored for the customer of this order, once it is a sale. */
  private String awaitPseudonymOf(TenantNames names, String orderId) {
    return await()
        .atMost(SALE_WITHIN)
        .until(
            () ->
                tenantQuery(
                    names,
                    "select c.pseudonym from sales s join customers c on c.id = s.customer_id"
                        + " where s.pos_sale_id = ?",
                    orderId),
            found -> !found.isEmpty())
        .get(0);
  }

  private long saleId(TenantNames names, String orderId) throws Exception {
    return Long.parseLong(
        tenantQuery(names, "select id::text from sales where pos_sale_id = ?", orderId).get(0));
  }

  /** The member's loyalty summary once its ledger holds this many sales. */
  private static JsonNode awaitLedger(RolloutTenant api, String pseudonym, int sales) {
    return await()
        .atMost(SALE_WITHIN)
        .ignoreExceptions()
        .until(
            () -> api.get("/v1/loyalty/" + pseudonym), loyalty -> saleIds(loyalty).size() == sales);
  }

  private static List<Long> saleIds(JsonNode loyalty) {
    var ids = new ArrayList<Long>();
    loyalty.get("recent").forEach(entry -> ids.add(entry.get("saleId").asLong()));
    return ids.stream().distinct().toList();
  }

  private List<String> tenantQuery(TenantNames names, String sql, String parameter)
      throws Exception {
    String password =
        tenants.secretValue(names.namespace(), SecretNames.DATABASE, SecretNames.DATABASE_PASSWORD);
    try (var connection =
            DriverManager.getConnection(
                LocalStack.load().jdbcUrl(), names.databaseRole(), password);
        var statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      var rows = statement.executeQuery();
      var values = new ArrayList<String>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  private RolloutTenant adminApi(TenantNames names, TenantServiceProcess on) {
    var api =
        new RolloutTenant(
            names,
            on.url(),
            tenants.secretValue(names.namespace(), "keycloak-clients", "adminApiClientSecret"));
    api.createAdmin();
    return api;
  }

  private Secret keptKey(TenantNames names) {
    return keptKeyIfAny(names).orElseThrow();
  }

  private java.util.Optional<Secret> keptKeyIfAny(TenantNames names) {
    return java.util.Optional.ofNullable(
        client
            .secrets()
            .inNamespace(LocalStackOperatorResource.OPERATOR_NAMESPACE)
            .withName(names.keptPseudonymKey())
            .get());
  }

  private static String keyIn(Secret secret) {
    return new String(
        Base64.getDecoder().decode(secret.getData().get(SecretNames.PSEUDONYM_KEY_VALUE)), UTF_8);
  }
}
