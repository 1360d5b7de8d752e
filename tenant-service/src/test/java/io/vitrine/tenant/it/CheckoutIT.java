package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vitrine.api.flags.FlagsDocument;
import io.vitrine.tenant.checkout.catalog.CheckoutCatalog;
import io.vitrine.tenant.checkout.copurchase.CoPurchaseIndex;
import io.vitrine.tenant.checkout.recommend.AcceptanceFeedback;
import io.vitrine.tenant.flags.Feature;
import io.vitrine.tenant.flags.PublishedFeatureFlags;
import io.vitrine.testing.LocalStack;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checkout recommendations, screening and decisions against the real PostgreSQL, OpenSearch and
 * Keycloak of the local stack, on planted sales, stock and profiles.
 */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
@TestProfile(CheckoutIT.Profile.class)
class CheckoutIT {

  /** Every feature on unless a test publishes flags. */
  public static class Profile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "vitrine.features.ungoverned",
          "enabled",
          // A shared, busy 2-core machine: the till's 60 ms budget would make this flaky.
          "vitrine.checkout.content-timeout",
          "1s",
          // Likewise the till's whole-request deadline; CheckoutDeadlineIT covers missing it.
          "vitrine.checkout.deadline",
          "5s");
    }
  }

  @Inject AgroalDataSource dataSource;
  @Inject CoPurchaseIndex coPurchases;
  @Inject CheckoutCatalog catalog;
  @Inject PublishedFeatureFlags flags;
  @Inject AcceptanceFeedback priors;

  private CheckoutFixtures data;
  private String location;
  private long store;

  @BeforeEach
  void plantAStore() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> given().get("/q/health/ready").statusCode() == 200);
    data = new CheckoutFixtures(dataSource);
    location = "loc-" + data.suffix;
    store = data.store(location);
  }

  @Test
  void aCompletedCatalogImportIsWhatTheTillScreensWithAtOnce() {
    String sku = "IMPORTED-" + data.suffix;
    var product =
        Map.of(
            "sku", sku,
            "name", "Rose Cream",
            "brand", "Lumen",
            "price", 19.9,
            "currency", "EUR",
            "ingredients", "Aqua, Glycerin, Parfum, Linalool");
    String job =
        given()
            .auth()
            .oauth2(Tokens.of("retailer-admin"))
            .contentType(ContentType.JSON)
            .body(List.of(product))
            .post("/v1/admin/catalog/imports")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> given().auth().oauth2(Tokens.of("retailer-admin")).get(job).path("status"),
            status -> "COMPLETED".equals(status));

    var cart = new HashMap<>(cart(location, null, sku));
    cart.put("session_context", Map.of("allergies", List.of("fragrance")));
    screen(cart).statusCode(200).body("alerts.sku", contains(sku)).body("unscreened", empty());
  }

  @Test
  void aProductWrittenByATransactionThatCommitsAfterARefreshIsStillRead() throws Exception {
    String early = data.sku("EARLY");
    String late = data.sku("LATE");
    try (Connection slow = dataSource.getConnection()) {
      slow.setAutoCommit(false);
      try (var insert =
          slow.prepareStatement("insert into products (sku, name, inci) values (?, ?, ?)")) {
        insert.setString(1, early);
        insert.setString(2, "Reformulated balm");
        insert.setArray(3, slow.createArrayOf("text", new String[] {"AQUA", "PARFUM"}));
        insert.executeUpdate();
      }
      // Started first, so its updated_at is the older one; it commits after another writer's
      // product was read.
      data.product(late, "Quick balm", "Lumen", "balm", "AQUA");
      catalog.refresh();
      assertThat(catalog.snapshot().products()).containsKey(late).doesNotContainKey(early);
      slow.commit();
    }

    catalog.refresh();

    assertThat(catalog.snapshot().products())
        .hasEntrySatisfying(early, product -> assertThat(product.inci()).contains("PARFUM"));
  }

  @Test
  void whatIsBoughtTogetherMostComesFirstWithACoPurchaseReason() {
    var skus = plantCoPurchases(10, 2);
    coPurchases.rebuild();
    catalog.refresh();

    recommend(cart(location, null, skus.a()))
        .statusCode(200)
        .body("enabled", equalTo(true))
        .body("suggestion_id", not(empty()))
        .body("suggestions[0].sku", equalTo(skus.b()))
        .body("suggestions[0].reason", equalTo("bought together in 83% of sales of Anchor serum"))
        .body("suggestions[1].sku", equalTo(skus.c()));
  }

  @Test
  void salesArrivingOneByOneUpdateTheCountsIncrementally() {
    var skus = plantCoPurchases(0, 0);
    catalog.refresh();
    for (int i = 0; i < 3; i++) {
      coPurchases.onSale(data.sale(store, null, skus.a(), skus.c())).await().indefinitely();
    }
    recommend(cart(location, null, skus.a())).body("suggestions[0].sku", equalTo(skus.c()));

    for (int i = 0; i < 5; i++) {
      coPurchases.onSale(data.sale(store, null, skus.a(), skus.b())).await().indefinitely();
    }
    recommend(cart(location, null, skus.a())).body("suggestions[0].sku", equalTo(skus.b()));
  }

  @Test
  void whatIsOutOfStockInThisStoreIsNeverSuggested() {
    var skus = plantCoPurchases(10, 2);
    long otherStore = data.store("other-" + data.suffix);
    data.stock(otherStore, skus.b(), 4);
    data.stock(store, skus.b(), 0);
    coPurchases.rebuild();
    catalog.refresh();

    recommend(cart(location, null, skus.a()))
        .body("suggestions.sku", not(hasItem(skus.b())))
        .body("suggestions[0].sku", equalTo(skus.c()));
    recommend(cart("other-" + data.suffix, null, skus.a()))
        .body("suggestions[0].sku", equalTo(skus.b()));
  }

  @Test
  void nothingTheCustomerMustAvoidIsSuggestedAndTheCartIsScreened() {
    var skus = plantCoPurchases(10, 2);
    String safe = data.sku("SAFE-MASK");
    data.product(safe, "Calm mask", "Brand", "it-partner", "AQUA", "GLYCERIN");
    data.stock(store, safe, 5);
    data.customer("cust-" + data.suffix, "{\"allergies\": [\"fragrance\"]}");
    coPurchases.rebuild();
    catalog.refresh();

    recommend(cart(location, "cust-" + data.suffix, skus.a()))
        .body("suggestions.sku", not(hasItem(skus.b())))
        .body("suggestions[0].sku", equalTo(skus.c()));

    String screeningId =
        screen(cart(location, "cust-" + data.suffix, skus.b()))
            .statusCode(200)
            .body("alerts.sku", contains(skus.b()))
            .body("alerts[0].ingredients[0].ingredient", equalTo("LINALOOL"))
            .body("alerts[0].ingredients[0].avoided", equalTo("fragrance"))
            .body("alerts[0].alternatives.sku", hasItem(safe))
            .body("alerts[0].alternatives.sku", not(hasItem(skus.b())))
            .extract()
            .path("screening_id");

    decide(
            "/v1/pos/screenings/" + screeningId + "/override",
            Map.of("sku", skus.b(), "reason", "customer insists"))
        .statusCode(200)
        .body("action", equalTo("overridden"));
    decide("/v1/pos/screenings/" + screeningId + "/override", Map.of("sku", skus.b()))
        .statusCode(409)
        .contentType(startsWith("application/problem+json"));
    assertThat(data.audit(screeningId))
        .extracting(row -> row.get("action"))
        .containsExactly("checkout.screening.screened", "checkout.screening.overridden");
    await()
        .untilAsserted(
            () ->
                assertThat(
                        data.count(
                            "select count(*) from feature_events where suggestion_id = ?"
                                + " and kind in ('ALERT', 'OVERRIDDEN')",
                            screeningId))
                    .isEqualTo(2));
  }

  @Test
  void rejectionsMoveASuggestionDownAndAcceptancesAreAudited() {
    var skus = plantCoPurchases(6, 6);
    coPurchases.rebuild();
    catalog.refresh();
    recommend(cart(location, null, skus.a())).body("suggestions[0].sku", equalTo(skus.b()));

    for (int i = 0; i < 3; i++) {
      String id = recommend(cart(location, null, skus.a())).extract().path("suggestion_id");
      decide("/v1/pos/suggestions/" + id + "/reject", Map.of("sku", skus.b(), "reason", "owns it"))
          .statusCode(200)
          .body("skus", contains(skus.b()));
    }

    String id =
        recommend(cart(location, null, skus.a()))
            .body("suggestions[0].sku", equalTo(skus.c()))
            .extract()
            .path("suggestion_id");
    decide("/v1/pos/suggestions/" + id + "/accept", Map.of("sku", skus.c()))
        .statusCode(200)
        .body("action", equalTo("accepted"));
    decide("/v1/pos/suggestions/" + id + "/accept", Map.of("sku", skus.c())).statusCode(409);
    decide("/v1/pos/suggestions/" + id + "/accept", Map.of("sku", "NOT-SUGGESTED")).statusCode(422);
    decide("/v1/pos/suggestions/" + UUID.randomUUID() + "/accept", Map.of("sku", skus.c()))
        .statusCode(404);

    var rows = data.audit(id);
    assertThat(rows)
        .extracting(row -> row.get("action"))
        .containsExactly("checkout.suggestion.shown", "checkout.suggestion.accepted");
    // Subject ids, never user names: audit records name no one.
    assertThat(rows)
        .extracting(row -> row.get("actor"))
        .allSatisfy(actor -> assertThat(actor).matches("[0-9a-f-]{36}"));
    assertThat(json(rows.get(1).get("details")).path("anchor_sku").asText()).isEqualTo(skus.a());
  }

  @Test
  void everyAnswerHasItsAuditRecordAndShownEvent() {
    var skus = plantCoPurchases(10, 2);
    coPurchases.rebuild();
    catalog.refresh();
    var ids = new ArrayList<String>();
    for (int i = 0; i < 25; i++) {
      ids.add(recommend(cart(location, null, skus.a())).extract().path("suggestion_id").toString());
    }

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              for (String id : ids) {
                var rows = data.audit(id);
                assertThat(rows).hasSize(1);
                JsonNode details = json(rows.get(0).get("details"));
                assertThat(details.path("store_id").asText()).isEqualTo(location);
                assertThat(details.path("cart_id").asText()).isEqualTo("cart-" + data.suffix);
                assertThat(details.path("associate").asText()).matches("[0-9a-f-]{36}");
                assertThat(details.path("algorithm").asText()).isEqualTo("checkout-ranker/1");
                assertThat(details.at("/suggestions/0/evidence/0/kind").asText())
                    .isEqualTo("CO_PURCHASE");
              }
            });
    await()
        .untilAsserted(
            () ->
                assertThat(
                        data.count(
                            "select count(*) from feature_events where kind = 'SHOWN'"
                                + " and store_id = ? and latency_ms is not null",
                            location))
                    .isEqualTo(ids.size()));
  }

  @Test
  void answersAndDecisionsAreStoredInTheirOwnTables() {
    var skus = plantCoPurchases(10, 2);
    coPurchases.rebuild();
    catalog.refresh();
    String id =
        recommend(cart(location, null, skus.a()))
            .body("suggestions[0].sku", equalTo(skus.b()))
            .extract()
            .path("suggestion_id");
    decide("/v1/pos/suggestions/" + id + "/reject", Map.of("sku", skus.c(), "reason", "owns it"))
        .statusCode(200);

    assertThat(
            data.strings(
                "select pos_location_id || ' ' || cart_id || ' ' || array_to_string(cart_skus, ',')"
                    + " || ' ' || algorithm from suggestions where id = cast(? as uuid)",
                id))
        .containsExactly(location + " cart-" + data.suffix + " " + skus.a() + " checkout-ranker/1");
    assertThat(
            data.strings(
                "select rank || ' ' || sku || ' ' || anchor_sku || ' ' || reason_kind"
                    + " from suggestion_items where suggestion_id = cast(? as uuid) order by rank",
                id))
        .startsWith(
            "1 " + skus.b() + " " + skus.a() + " CO_PURCHASE",
            "2 " + skus.c() + " " + skus.a() + " CO_PURCHASE");
    assertThat(
            data.strings(
                "select sku || ' ' || decision || ' ' || reason || ' ' || associate"
                    + " from suggestion_decisions where suggestion_id = cast(? as uuid)",
                id))
        .singleElement()
        .asString()
        .matches(skus.c() + " REJECTED owns it [0-9a-f-]{36}");
  }

  @Test
  void twoAcceptsOfOneSuggestionAtOnceRecordOneAndThePriorsMatchTheStoredDecisions() {
    var skus = plantCoPurchases(10, 2);
    coPurchases.rebuild();
    catalog.refresh();
    String id = recommend(cart(location, null, skus.a())).extract().path("suggestion_id");
    String token = Tokens.of("associate");
    var accepts =
        List.of(
            CompletableFuture.supplyAsync(() -> accept(token, id, skus.b())),
            CompletableFuture.supplyAsync(() -> accept(token, id, skus.b())));

    assertThat(accepts.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(200, 409);
    assertThat(
            data.count(
                "select count(*) from suggestion_decisions where suggestion_id = cast(? as uuid)",
                id))
        .isEqualTo(1);
    assertThat(data.audit(id))
        .extracting(row -> row.get("action"))
        .containsExactly("checkout.suggestion.shown", "checkout.suggestion.accepted");

    double counted = priors.factor(skus.a(), skus.b());
    priors.load().await().atMost(Duration.ofSeconds(10));
    assertThat(counted).isGreaterThan(1.0);
    assertThat(priors.factor(skus.a(), skus.b())).isEqualTo(counted);
  }

  @Test
  void screeningsAndOverridesAreStoredInTheirOwnTables() {
    var skus = plantCoPurchases(0, 0);
    data.customer("cust-" + data.suffix, "{\"allergies\": [\"fragrance\"]}");
    catalog.refresh();
    String id =
        screen(cart(location, "cust-" + data.suffix, skus.b(), skus.c()))
            .body("alerts.sku", contains(skus.b()))
            .extract()
            .path("screening_id");
    decide("/v1/pos/screenings/" + id + "/override", Map.of("reason", "customer insists"))
        .statusCode(200)
        .body("skus", contains(skus.b()));

    assertThat(
            data.strings(
                "select cart_id || ' ' || customer_pseudonym || ' ' || array_to_string(cart_skus, ',')"
                    + " from screenings where id = cast(? as uuid)",
                id))
        .containsExactly(
            "cart-" + data.suffix + " cust-" + data.suffix + " " + skus.b() + "," + skus.c());
    assertThat(
            data.strings(
                "select sku || ' ' || (ingredients -> 0 ->> 'ingredient')"
                    + " from screening_alerts where screening_id = cast(? as uuid)",
                id))
        .containsExactly(skus.b() + " LINALOOL");
    assertThat(
            data.strings(
                "select sku || ' ' || reason from screening_overrides"
                    + " where screening_id = cast(? as uuid)",
                id))
        .containsExactly(skus.b() + " customer insists");
  }

  @Test
  void aFeatureOffForTheStoreAnswersSoAndRecordsNothing() {
    var skus = plantCoPurchases(10, 2);
    coPurchases.rebuild();
    catalog.refresh();
    String rollout = "it-rollout-" + data.suffix;
    String onlyStore = "elsewhere-" + data.suffix;
    var onlyThere = new FlagsDocument.FeatureStores(false, Set.of(onlyStore), Map.of());
    flags.publish(
        new FlagsDocument(
            rollout,
            1,
            Map.of(
                Feature.CHECKOUT_RECOMMENDATIONS.key(),
                onlyThere,
                Feature.ALLERGY_SCREENING.key(),
                onlyThere)));
    try {
      recommend(cart(location, null, skus.a()))
          .statusCode(200)
          .body("enabled", equalTo(false))
          .body("feature", equalTo("checkout-recommendations"))
          .body("suggestions", empty());
      screen(cart(location, null, skus.b()))
          .statusCode(200)
          .body("enabled", equalTo(false))
          .body("alerts", empty());
      assertThat(data.count("select count(*) from feature_events where store_id = ?", location))
          .isZero();
    } finally {
      flags.withdraw(rollout);
    }
    recommend(cart(location, null, skus.a())).body("enabled", equalTo(true));
  }

  @Test
  void aCartWithoutPurchaseHistoryGetsSimilarProductsFromTheCatalogIndex() throws Exception {
    String serum = data.sku("GLOW-SERUM");
    String refill = data.sku("GLOW-REFILL");
    String other = data.sku("HAMMER");
    data.product(serum, "Vitamin C glow serum", "Lumen", "it-serum-" + data.suffix);
    data.product(refill, "Vitamin C glow serum refill", "Lumen", "it-serum-" + data.suffix);
    data.product(other, "Garden hammer", "Tools", "it-tools-" + data.suffix);
    data.stock(store, refill, 3);
    data.stock(store, other, 3);
    catalog.refresh();
    // The tenant's catalog index, created by the test resource as the operator creates it.
    var index =
        new CatalogIndexFixture(
            LocalStack.load().get("VITRINE_OPENSEARCH_URL"),
            ConfigProvider.getConfig().getValue("vitrine.catalog.index-alias", String.class));
    index.put(serum, "Vitamin C glow serum", "Lumen", "serum");
    index.put(refill, "Vitamin C glow serum refill", "Lumen", "serum");
    index.put(other, "Garden hammer", "Tools", "tools");
    index.refresh();

    recommend(cart(location, null, serum))
        .body("suggestions[0].sku", equalTo(refill))
        .body("suggestions[0].reason", containsString("similar to what is in the cart"))
        .body("suggestions.sku", everyItem(not(equalTo(serum))));
  }

  @Test
  void onlyTillRolesMayCallAndBadInputIsAProblem() {
    given()
        .auth()
        .oauth2(Tokens.of("auditor"))
        .contentType(ContentType.JSON)
        .body(cart(location, null, "X"))
        .post("/v1/pos/recommend")
        .then()
        .statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(cart(location, null, "X"))
        .post("/v1/pos/recommend")
        .then()
        .statusCode(401);
    for (String role : List.of("store-manager", "retailer-admin")) {
      given()
          .auth()
          .oauth2(Tokens.of(role))
          .contentType(ContentType.JSON)
          .body(cart(location, null, "X"))
          .post("/v1/pos/recommend")
          .then()
          .statusCode(200);
    }
    var noLines = new HashMap<>(cart(location, null, "X"));
    noLines.put("line_items", List.of());
    recommend(noLines).statusCode(400).contentType(startsWith("application/problem+json"));
    recommend(cart("no-such-store-" + data.suffix, null, "X"))
        .statusCode(404)
        .body("type", equalTo("https://vitrine.io/problems/unknown-store"));
  }

  /** A is bought with B in {@code withB} sales and with C in {@code withC}; all in stock. */
  private Skus plantCoPurchases(int withB, int withC) {
    var skus = new Skus(data.sku("A"), data.sku("B"), data.sku("C"));
    data.product(skus.a(), "Anchor serum", "Lumen", "it-anchor");
    data.product(skus.b(), "Scented partner", "Lumen", "it-partner", "AQUA", "LINALOOL");
    data.product(skus.c(), "Plain partner", "Other", "it-partner", "AQUA");
    for (String sku : List.of(skus.a(), skus.b(), skus.c())) {
      data.stock(store, sku, 10);
    }
    for (int i = 0; i < withB; i++) {
      data.sale(store, null, skus.a(), skus.b());
    }
    for (int i = 0; i < withC; i++) {
      data.sale(store, null, skus.a(), skus.c());
    }
    return skus;
  }

  private record Skus(String a, String b, String c) {}

  private Map<String, Object> cart(String storeId, String customer, String... skus) {
    var body = new HashMap<String, Object>();
    body.put("cart_id", "cart-" + data.suffix);
    body.put("store_id", storeId);
    if (customer != null) {
      body.put("customer_id", customer);
    }
    body.put("line_items", List.of(skus).stream().map(sku -> Map.of("sku", sku)).toList());
    body.put("session_context", Map.of("loyalty_tier", "gold"));
    return body;
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ValidatableResponse recommend(Map<String, Object> cart) {
    return asAssociate().body(cart).post("/v1/pos/recommend").then();
  }

  private static ValidatableResponse screen(Map<String, Object> cart) {
    return asAssociate().body(cart).post("/v1/pos/screen").then();
  }

  private static int accept(String token, String suggestionId, String sku) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("sku", sku))
        .post("/v1/pos/suggestions/" + suggestionId + "/accept")
        .statusCode();
  }

  private static ValidatableResponse decide(String path, Map<String, Object> body) {
    return asAssociate().body(body).post(path).then();
  }

  private static io.restassured.specification.RequestSpecification asAssociate() {
    return given().auth().oauth2(Tokens.of("associate")).contentType(ContentType.JSON);
  }
}
