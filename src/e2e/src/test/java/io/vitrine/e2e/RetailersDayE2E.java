package io.vitrine.e2e;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.vitrine.api.v1alpha1.rollout.PhaseState;
import io.vitrine.api.v1alpha1.rollout.StoreRollout;
import io.vitrine.e2e.cluster.E2eCluster;
import io.vitrine.e2e.cluster.LocalScripts;
import io.vitrine.e2e.day.FakeShopifyAdmin;
import io.vitrine.e2e.day.PublishedLabels;
import io.vitrine.e2e.day.PublishedLabels.Label;
import io.vitrine.e2e.day.RealmUsers;
import io.vitrine.e2e.day.ShopifyPos;
import io.vitrine.e2e.day.ShopifyPos.Line;
import io.vitrine.e2e.day.TenantApi;
import io.vitrine.testing.LocalStack;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A beauty retailer's day on the whole platform, through public interfaces only: a
 * RetailerIntegration on Shopify becomes a tenant; its admin imports the catalog (real published
 * labels) and adds stores through the admin API; stock counts and a fortnight of sales arrive as
 * signed Shopify webhooks; a StoreRollout switches checkout recommendations on in a pilot store,
 * where a customer allergic to fragrance is offered in-stock, fragrance-free complements with
 * reasons; the associate accepts one, the sale with it is attributed, the KPIs show it and the
 * rollout's gate promotes the next phase. A second run, against an overloaded till that misses
 * every deadline, fails its error-rate gate and rolls back.
 *
 * <p>The tests run in order and share the tenant; each names one act of the day.
 */
@ExtendWith(E2eCluster.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetailersDayE2E {

  private static final ResourceDefinitionContext RETAILERS =
      new ResourceDefinitionContext.Builder()
          .withGroup("vitrine.io")
          .withVersion("v1alpha1")
          .withKind("RetailerIntegration")
          .withPlural("retailerintegrations")
          .withNamespaced(false)
          .build();
  private static final String FEATURE = "checkout-recommendations";
  private static final String PILOT = "81234560001";
  private static final String COHORT = "81234560002";
  private static final int DAYS_OF_SALES = 14;
  private static final Duration AWAIT = Duration.ofSeconds(90);

  private final String retailer = "day-" + UUID.randomUUID().toString().substring(0, 8);
  private final String namespace = "vitrine-" + retailer;
  private final String shop = retailer + ".myshopify.com";
  private final String apiToken = UUID.randomUUID().toString();
  private final String signingKey = UUID.randomUUID().toString();
  private final String customer = "allergic-" + retailer;
  private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private final Map<String, Label> labelBySku = new LinkedHashMap<>();
  private final Map<String, Long> inventoryItemBySku = new HashMap<>();

  private LocalStack stack;
  private KubernetesClient kube;
  private FakeShopifyAdmin shopifyAdmin;
  private TenantApi admin;
  private TenantApi associate;
  private ShopifyPos pos;
  private String realm;

  // The regimen the sales hold: a serum bought with two fragrance-free partners (half its sales),
  // with a fragranced moisturizer and with a fragrance-free one sold out in the pilot.
  private String serum;
  private String moisturizer;
  private String sunscreen;
  private String fragrancedMoisturizer;
  private String soldOutMoisturizer;
  private final List<String> stocked = new ArrayList<>();
  private int ordersSent;
  private long nextOrderId = 5_900_000_000_000L;

  @BeforeAll
  void aRetailerIntegrationBecomesATenant() throws Exception {
    stack = LocalStack.load();
    kube = E2eCluster.client();
    LocalScripts.run("operator.sh", "up");
    shopifyAdmin = FakeShopifyAdmin.start(apiToken);
    createPosSecret();
    kube.genericKubernetesResources(RETAILERS).resource(retailerIntegration()).create();
    var ready =
        kube.genericKubernetesResources(RETAILERS)
            .withName(retailer)
            .waitUntilCondition(RetailersDayE2E::ready, 120, SECONDS);
    realm = (String) ((Map<?, ?>) ready.getAdditionalProperties().get("status")).get("realm");
    startTenantService(Map.of());
    var users = new RealmUsers(stack, realm, adminApiClientSecret());
    var adminLogin = users.create("day-admin", List.of("retailer-admin", "store-manager"));
    var associateLogin = users.create("day-associate", List.of("associate"));
    admin = api(adminLogin);
    associate = api(associateLogin);
  }

  @Test
  @Order(1)
  void theAdminImportsTheCatalogOfRealLabelsAndAddsStores() throws Exception {
    var products = new ArrayList<Map<String, Object>>();
    List<Label> labels = PublishedLabels.all();
    for (int i = 0; i < labels.size(); i++) {
      Label label = labels.get(i);
      String sku = "DAY-%03d".formatted(i);
      labelBySku.put(sku, label);
      products.add(
          Map.of(
              "sku", sku,
              "name", label.product(),
              "brand", label.brand(),
              "category", label.catalogCategory(),
              "price", "%d.00".formatted(20 + i % 60),
              "currency", "EUR",
              "ingredients", label.text()));
    }
    String location = admin.post("/v1/admin/catalog/imports", products).body().path("id").asText();
    JsonNode job =
        await()
            .atMost(AWAIT)
            .until(
                () -> admin.got("/v1/admin/catalog/imports/" + location),
                each -> List.of("COMPLETED", "FAILED").contains(each.path("status").asText()));
    assertThat(job.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(job.path("imported").asInt()).isEqualTo(labels.size());

    admin.posted("/v1/admin/stores", store(PILOT, "Pilot boutique", "false", 48.8719, 2.3316), 201);
    admin.posted(
        "/v1/admin/stores", store(COHORT, "Cohort flagship", "true", 48.8575, 2.3623), 201);
    assertThat(admin.got("/v1/admin/stores?label=flagship:true").findValuesAsText("posLocationId"))
        .containsExactly(COHORT);
    chooseTheRegimen();
  }

  @Test
  @Order(2)
  void stockCountsArriveAsSignedShopifyWebhooks() throws Exception {
    long item = 48_000_000_000_000L;
    for (String sku : stocked) {
      inventoryItemBySku.put(sku, ++item);
      shopifyAdmin.item(item, sku);
    }
    Instant counted = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
    for (String sku : stocked) {
      for (String store : List.of(PILOT, COHORT)) {
        int available = sku.equals(soldOutMoisturizer) && store.equals(PILOT) ? 0 : 12;
        assertThat(pos.inventoryLevel(inventoryItemBySku.get(sku), store, available, counted))
            .isEqualTo(200);
      }
    }
    assertThat(
            pos.inventoryLevelSignedWith(
                "not-the-shop's-key", inventoryItemBySku.get(serum), PILOT, 999, Instant.now()))
        .as("a delivery the shop did not sign")
        .isEqualTo(401);

    await().atMost(AWAIT).until(() -> quantityAt(PILOT, soldOutMoisturizer).isPresent());
    for (String sku : stocked) {
      await().atMost(AWAIT).until(() -> quantityAt(COHORT, sku).isPresent());
    }
    assertThat(quantityAt(PILOT, serum)).contains(12);
    assertThat(quantityAt(PILOT, soldOutMoisturizer)).contains(0);
    assertThat(shopifyAdmin.itemLookups()).as("SKUs looked up at Shopify").isPositive();
  }

  @Test
  @Order(3)
  void aFortnightOfSalesArrivesAsSignedShopifyWebhooks() throws Exception {
    for (int day = DAYS_OF_SALES; day >= 1; day--) {
      Instant morning = start.minus(day, ChronoUnit.DAYS);
      for (String store : List.of(PILOT, COHORT)) {
        sell(store, morning, serum, fragrancedMoisturizer);
        sell(store, morning.plusSeconds(600), serum, fragrancedMoisturizer);
        sell(store, morning.plusSeconds(1200), serum, moisturizer, sunscreen);
        sell(store, morning.plusSeconds(1800), serum, moisturizer, sunscreen);
        sell(store, morning.plusSeconds(2400), serum, moisturizer, sunscreen);
        sell(store, morning.plusSeconds(3000), serum, soldOutMoisturizer);
        sell(store, morning.plusSeconds(3600), stocked.get(day % stocked.size()));
      }
    }
    await()
        .atMost(AWAIT)
        .until(() -> kpis(start.minus(DAYS_OF_SALES + 1, ChronoUnit.DAYS), null), this::allSold);
    customerWithAFragranceAllergy();
  }

  @Test
  @Order(4)
  void thePilotOffersInStockAllergenSafeComplementsWithReasons() throws Exception {
    applyRollout(firstRun());
    JsonNode answer = recommendWhenEnabled(PILOT, "cart-1", serum);

    List<JsonNode> suggestions = new ArrayList<>();
    answer.path("suggestions").forEach(suggestions::add);
    assertThat(suggestions).as(answer.toString()).isNotEmpty();
    for (JsonNode suggestion : suggestions) {
      String sku = suggestion.path("sku").asText();
      Label label = labelBySku.get(sku);
      assertThat(suggestion.path("reason").asText()).as(sku).isNotBlank();
      assertThat(label.fragrance() || !label.readable())
          .as("%s is offered to a customer allergic to fragrance: %s", sku, label.product())
          .isFalse();
      assertThat(quantityAt(PILOT, sku))
          .as("%s in stock in the pilot", sku)
          .hasValueSatisfying(quantity -> assertThat(quantity).isPositive());
    }
    assertThat(suggestions)
        .extracting(s -> s.path("sku").asText())
        .doesNotContain(fragrancedMoisturizer, soldOutMoisturizer, serum)
        .contains(moisturizer, sunscreen);
    assertThat(suggestions)
        .extracting(s -> s.path("reason").asText())
        .as("the sales that came as webhooks are what the till ranks with")
        .anyMatch(reason -> reason.startsWith("bought together in"));
    acceptFirst(answer);
  }

  @Test
  @Order(5)
  void theSaleWithTheAcceptedSkuIsAttributedAndCountedInTheKpis() throws Exception {
    long orderId = nextOrderId + 1;
    JsonNode answer = recommendWhenEnabled(PILOT, Long.toString(orderId), serum);
    String accepted = acceptFirst(answer);
    sell(PILOT, Instant.now(), serum, accepted);

    JsonNode pilot =
        await()
            .atMost(AWAIT)
            .until(
                () -> kpis(start, PILOT).path("stores").path(PILOT),
                store -> store.path("assistedSales").asLong() == 1);
    assertThat(pilot.path("accepted").asLong()).isEqualTo(2);
    assertThat(pilot.path("shown").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(pilot.path("attachRate").asDouble()).isPositive();
    assertThat(pilot.path("assistedAov").decimalValue()).isPositive();
    assertThat(pilot.path("currency").asText()).isEqualTo("EUR");
  }

  @Test
  @Order(6)
  void theRolloutGatePromotesTheNextPhase() throws Exception {
    acceptFirst(recommendWhenEnabled(PILOT, "cart-3", serum));

    StoreRollout promoted =
        await()
            .atMost(AWAIT)
            .until(
                () -> rollout("day-one"),
                r ->
                    r.getStatus() != null
                        && r.getStatus().getCurrentPhase() != null
                        && "cohort".equals(r.getStatus().getCurrentPhase().getName()));
    assertThat(promoted.getStatus().getCurrentPhase().getState())
        .isIn(PhaseState.Running, PhaseState.Succeeded);
    assertThat(recommendWhenEnabled(COHORT, "cart-4", serum).path("enabled").asBoolean()).isTrue();
  }

  @Test
  @Order(7)
  void aSecondRunWhoseErrorRateGateFailsRollsBack() throws Exception {
    kube.resources(StoreRollout.class).inNamespace(namespace).withName("day-one").delete();
    await().atMost(AWAIT).until(() -> rollout("day-one") == null);
    // The till is overloaded: every recommendation misses its deadline and counts as an error.
    LocalScripts.run("tenants.sh", "forget", retailer);
    startTenantService(Map.of("VITRINE_CHECKOUT_DEADLINE", "PT0.001S"));
    admin = admin.at(tenantUrl);
    associate = associate.at(tenantUrl);

    applyRollout(secondRun());
    await()
        .atMost(AWAIT)
        .until(
            () -> rollout("day-two"),
            r ->
                r.getStatus() != null
                    && r.getStatus().getCurrentPhase() != null
                    && "cohort".equals(r.getStatus().getCurrentPhase().getName()));
    StoreRollout rolledBack =
        await()
            .atMost(AWAIT)
            .until(
                () -> {
                  associate.post("/v1/pos/recommend", cart(COHORT, "busy-cart", serum));
                  return rollout("day-two");
                },
                r -> r.getStatus().getCurrentPhase().getState() == PhaseState.RolledBack);

    assertThat(rolledBack.getStatus().getFailedGate().getMetric()).isEqualTo("error-rate");
    assertThat(rolledBack.getStatus().getFailedGate().getObservedValue()).isGreaterThan(0.05);
    assertThat(condition(rolledBack, "Degraded")).isEqualTo("True/GateFailed");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> associate.post("/v1/pos/recommend", cart(COHORT, "after", serum)).body(),
            body -> !body.path("enabled").asBoolean());
  }

  // --- the acts' parts ------------------------------------------------------------------------

  private void chooseTheRegimen() {
    serum = sku("serum", "Mermaid Skin™ Hyaluronic H2O Serum");
    moisturizer = sku("moisturizer", "Smart Night Custom-Repair Moisturizer - Very Dry to Dry");
    sunscreen = sku("sunscreen", "City Block Sheer Oil-Free Daily Face Protector SPF 25");
    soldOutMoisturizer = sku("moisturizer", "Grape Water");
    fragrancedMoisturizer =
        labelBySku.entrySet().stream()
            .filter(e -> e.getValue().catalogCategory().equals("moisturizer"))
            .filter(e -> e.getValue().groups().equals(java.util.Set.of("fragrance")))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    stocked.addAll(List.of(serum, moisturizer, sunscreen, soldOutMoisturizer));
    stocked.add(fragrancedMoisturizer);
    // A dozen more of each category, fragranced or not, so that stock and allergy both matter.
    var perCategory = new HashMap<String, Integer>();
    labelBySku.forEach(
        (sku, label) -> {
          if (label.readable()
              && !stocked.contains(sku)
              && perCategory.merge(label.catalogCategory(), 1, Integer::sum) <= 12) {
            stocked.add(sku);
          }
        });
  }

  private String sku(String category, String product) {
    return labelBySku.entrySet().stream()
        .filter(e -> e.getValue().catalogCategory().equals(category))
        .filter(e -> e.getValue().product().equals(product))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new AssertionError(product + " is not in the corpus"));
  }

  private void sell(String store, Instant at, String... skus) throws Exception {
    var lines = new ArrayList<Line>();
    for (String sku : skus) {
      lines.add(new Line(sku, "%d.00".formatted(20 + Integer.parseInt(sku.substring(4)) % 60)));
    }
    assertThat(pos.order(++nextOrderId, store, at, lines)).isEqualTo(200);
    ordersSent++;
  }

  private boolean allSold(JsonNode kpis) {
    JsonNode total = kpis.path("total");
    return total.path("assistedSales").asLong() + total.path("unassistedSales").asLong()
        == ordersSent;
  }

  private void customerWithAFragranceAllergy() throws Exception {
    var answer =
        associate.put(
            "/v1/customers/" + customer + "/profile",
            Map.of(
                "skinType", "dry",
                "allergies", List.of("fragrance"),
                "consents", Map.of("personalization", true)));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
  }

  private JsonNode recommendWhenEnabled(String store, String cartId, String sku) {
    return await()
        .atMost(AWAIT)
        .until(
            () -> associate.posted("/v1/pos/recommend", cart(store, cartId, sku), 200),
            body -> body.path("enabled").asBoolean());
  }

  private String acceptFirst(JsonNode answer) throws Exception {
    String sku = answer.path("suggestions").path(0).path("sku").asText();
    assertThat(sku).as(answer.toString()).isNotBlank();
    associate.posted(
        "/v1/pos/suggestions/" + answer.path("suggestion_id").asText() + "/accept",
        Map.of("sku", sku),
        200);
    return sku;
  }

  private Map<String, Object> cart(String store, String cartId, String sku) {
    return Map.of(
        "cart_id",
        cartId,
        "store_id",
        store,
        "customer_id",
        customer,
        "line_items",
        List.of(Map.of("sku", sku)));
  }

  private Optional<Integer> quantityAt(String store, String sku) throws Exception {
    for (JsonNode each : associate.got("/v1/stock/" + sku).path("stores")) {
      if (store.equals(each.path("posLocationId").asText())) {
        return Optional.of(each.path("quantity").asInt());
      }
    }
    return Optional.empty();
  }

  private JsonNode kpis(Instant from, String store) throws Exception {
    return admin.got(
        "/v1/admin/kpis?feature="
            + FEATURE
            + "&from="
            + from
            + (store == null ? "" : "&store=" + store));
  }

  // --- the rollouts -----------------------------------------------------------------------------

  /** Pilot, then the cohort once the pilot's attach rate holds over a few answers. */
  private String firstRun() {
    return rolloutYaml(
        "day-one",
        """
            gates:
              - metric: attach-rate
                comparison: GreaterThanOrEqual
                threshold: 0.2
                minSampleSize: 3
        """,
        "");
  }

  /** Pilot, then the cohort, whose error rate must stay low. */
  private String secondRun() {
    return rolloutYaml(
        "day-two",
        "",
        """
            gates:
              - metric: error-rate
                comparison: LessThanOrEqual
                threshold: 0.05
                minSampleSize: 3
        """);
  }

  private String rolloutYaml(String name, String pilotGates, String cohortGates) {
    return """
        apiVersion: vitrine.io/v1alpha1
        kind: StoreRollout
        metadata:
          name: %s
          namespace: %s
        spec:
          features:
            - name: %s
          targetPhase: cohort
          progressDeadline: 10m
          rollback:
            onGateFailure: PreviousPhase
          phases:
            - name: pilot
              stores:
                ids: ["%s"]
              minDuration: 5s
        %s
            - name: cohort
              stores:
                selector:
                  matchLabels:
                    flagship: "true"
              minDuration: 10m
        %s
        """
        .formatted(name, namespace, FEATURE, PILOT, indent(pilotGates), indent(cohortGates));
  }

  private static String indent(String gates) {
    return gates.isEmpty() ? "" : gates.stripTrailing().indent(2).stripTrailing();
  }

  private void applyRollout(String yaml) {
    kube.resources(StoreRollout.class)
        .load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))
        .create();
  }

  private StoreRollout rollout(String name) {
    return kube.resources(StoreRollout.class).inNamespace(namespace).withName(name).get();
  }

  private static String condition(StoreRollout rollout, String type) {
    return rollout.getStatus().getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .map(c -> c.getStatus() + "/" + c.getReason())
        .findFirst()
        .orElse("absent");
  }

  // --- the tenant
  // ---------------------------------------------------------------------------------

  private String tenantUrl;

  /**
   * tenants.sh, as make run starts a tenant, with Shopify's Admin API here and any extra setting.
   */
  private void startTenantService(Map<String, String> settings) throws Exception {
    var environment = new HashMap<>(settings);
    environment.put("VITRINE_POS_SHOPIFY_API_URL", shopifyAdmin.url());
    String started = LocalScripts.run(environment, "tenants.sh", "up", retailer);
    var url = Pattern.compile("http://127\\.0\\.0\\.1:\\d+").matcher(started);
    assertThat(url.find()).as(started).isTrue();
    tenantUrl = url.group();
    pos = new ShopifyPos(tenantUrl, shop, signingKey);
  }

  private TenantApi api(Map<String, String> login) {
    return new TenantApi(tenantUrl, stack.get("VITRINE_KEYCLOAK_URL"), realm, login);
  }

  private String adminApiClientSecret() {
    var secret = kube.secrets().inNamespace(namespace).withName("keycloak-clients").get();
    return new String(
        Base64.getDecoder().decode(secret.getData().get("adminApiClientSecret")),
        StandardCharsets.UTF_8);
  }

  private static Map<String, Object> store(
      String location, String name, String flagship, double latitude, double longitude) {
    return Map.of(
        "posLocationId", location,
        "name", name,
        "labels", Map.of("flagship", flagship),
        "latitude", latitude,
        "longitude", longitude);
  }

  private void createPosSecret() {
    kube.resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(retailer + "-pos")
                .withNamespace("vitrine-system")
                .endMetadata()
                .withStringData(Map.of("apiToken", apiToken, "webhookSigningKey", signingKey))
                .build())
        .serverSideApply();
  }

  private GenericKubernetesResource retailerIntegration() {
    var resource = new GenericKubernetesResource();
    resource.setApiVersion("vitrine.io/v1alpha1");
    resource.setKind("RetailerIntegration");
    resource.setMetadata(new ObjectMetaBuilder().withName(retailer).build());
    resource.setAdditionalProperty(
        "spec",
        Map.of(
            "retailerId",
            retailer,
            "displayName",
            "A retailer's day",
            "segment",
            "beauty",
            "deletionPolicy",
            "Delete",
            "pos",
            Map.of(
                "provider",
                "shopify",
                "shopDomain",
                shop,
                "credentialsSecretRef",
                Map.of("namespace", "vitrine-system", "name", retailer + "-pos")),
            "tenantService",
            Map.of(
                "replicas",
                1,
                "featureDefaults",
                Map.of(FEATURE, false, "allergy-screening", true))));
    return resource;
  }

  @SuppressWarnings("unchecked")
  private static boolean ready(GenericKubernetesResource resource) {
    if (resource == null
        || !(resource.getAdditionalProperties().get("status") instanceof Map<?, ?> status)) {
      return false;
    }
    var conditions = (List<Map<String, Object>>) status.get("conditions");
    return conditions != null
        && conditions.stream()
            .anyMatch(c -> "Ready".equals(c.get("type")) && "True".equals(c.get("status")));
  }

  @AfterAll
  void cleanUp() throws Exception {
    try {
      LocalScripts.run("tenants.sh", "forget", retailer);
      kube.genericKubernetesResources(RETAILERS).withName(retailer).delete();
      kube.genericKubernetesResources(RETAILERS)
          .withName(retailer)
          .waitUntilCondition(r -> r == null, 90, SECONDS);
      kube.secrets().inNamespace("vitrine-system").withName(retailer + "-pos").delete();
    } finally {
      LocalScripts.run("operator.sh", "down");
      if (shopifyAdmin != null) {
        shopifyAdmin.close();
      }
      kube.close();
    }
  }
}
