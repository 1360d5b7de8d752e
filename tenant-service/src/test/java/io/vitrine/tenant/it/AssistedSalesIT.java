package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.vitrine.tenant.kpi.attribution.AttributionRule.Match;
import io.vitrine.tenant.kpi.attribution.SaleAttributions;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sales attributed to accepted checkout suggestions when they arrive, and the order values of
 * assisted and unassisted sales in the KPI report and the admin KPI endpoint, over planted sales
 * and suggestions with their decisions (as the checkout stores them) in two stores.
 */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
class AssistedSalesIT {

  private static final String FEATURE = "checkout-recommendations";

  static {
    RestAssured.config =
        RestAssured.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));
  }

  @Inject AgroalDataSource dataSource;
  @Inject SaleAttributions attributions;
  @Inject SaleFollowUpRequests followUps;

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String paris = "aov-paris-" + suffix;
  private final String lyon = "aov-lyon-" + suffix;
  private final Instant soldAt =
      Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
  private final Instant since = soldAt.minus(1, ChronoUnit.DAYS);
  // The planted sales' totals: all of them, and those of paris.
  private final List<BigDecimal> assisted = new ArrayList<>();
  private final List<BigDecimal> unassisted = new ArrayList<>();
  private final List<BigDecimal> parisUnassisted = new ArrayList<>();
  private long parisId;
  private long lyonId;
  private String alice;
  private String bob;
  private long aliceId;
  private long bobId;

  @BeforeEach
  void stores() {
    parisId =
        insert(
            "insert into stores (pos_location_id, name) values (?, ?) returning id", paris, paris);
    lyonId =
        insert("insert into stores (pos_location_id, name) values (?, ?) returning id", lyon, lyon);
    alice = "alice-" + suffix;
    bob = "bob-" + suffix;
    aliceId = insert("insert into customers (pseudonym) values (?) returning id", alice);
    bobId = insert("insert into customers (pseudonym) values (?) returning id", bob);
  }

  @Test
  void salesAreAttributedOncePerFeatureAndTheirOrderValuesCompared() {
    // Assisted within the window, for the same customer: arrives as a POS sale would.
    String serum = sku("serum");
    String inWindow = accepted(paris, "cart-" + suffix, alice, serum, soldAt.minusSeconds(1800));
    long windowSale = sale(paris, parisId, aliceId, "order-1-" + suffix, "150.00", serum, sku("x"));
    assisted.add(new BigDecimal("150.00"));
    followUps.newSale(windowSale);
    await().atMost(Duration.ofSeconds(20)).until(() -> attributedTo(windowSale), hasItem(inWindow));

    // A direct match: the recommend request's cart is the POS sale, a day earlier, another
    // customer.
    String mask = sku("mask");
    String cart = "order-5-" + suffix;
    String direct = accepted(paris, cart, bob, mask, soldAt.minus(1, ChronoUnit.DAYS));
    long cartSale = sale(paris, parisId, aliceId, cart, "300.00", mask);
    assisted.add(new BigDecimal("300.00"));
    assertThat(attributions.onSale(cartSale).await().indefinitely())
        .get()
        .extracting(a -> a.match())
        .isEqualTo(Match.CART);

    // Not assisted: accepted 3 h before, for another customer, in another store, only rejected.
    String toner = sku("toner");
    accepted(paris, "cart-2-" + suffix, alice, toner, soldAt.minus(3, ChronoUnit.HOURS));
    notAssisted(
        paris, sale(paris, parisId, aliceId, "order-2-" + suffix, "100.00", toner), "100.00");
    String balm = sku("balm");
    accepted(paris, "cart-3-" + suffix, alice, balm, soldAt.minusSeconds(600));
    notAssisted(paris, sale(paris, parisId, bobId, "order-3-" + suffix, "80.00", balm), "80.00");
    String oil = sku("oil");
    accepted(paris, "cart-4-" + suffix, null, oil, soldAt.minusSeconds(600));
    notAssisted(lyon, sale(lyon, lyonId, null, "order-4-" + suffix, "200.00", oil), "200.00");
    String mist = sku("mist");
    rejected(paris, "cart-6-" + suffix, alice, mist, soldAt.minusSeconds(600));
    notAssisted(paris, sale(paris, parisId, aliceId, "order-6-" + suffix, "60.00", mist), "60.00");

    // Redelivered (a newer version), with a later acceptance that would now match: nothing changes.
    accepted(paris, "cart-7-" + suffix, alice, serum, soldAt.minusSeconds(60));
    followUps.newerVersion(windowSale, 2);
    attributions.onSale(windowSale).await().indefinitely();
    assertThat(attributedTo(windowSale)).containsExactly(inWindow);
    assertThat(attributedTo(cartSale)).containsExactly(direct);

    assertTheKpiReport();
    assertTheAdminKpis();
  }

  @Test
  void theAdminKpisRefuseARangeThatEndsBeforeItStarts() {
    given()
        .auth()
        .oauth2(Tokens.of("retailer-admin"))
        .queryParam("feature", FEATURE)
        .queryParam("from", "2026-03-02T00:00:00Z")
        .queryParam("to", "2026-03-01T00:00:00Z")
        .get("/v1/admin/kpis")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("from"));
  }

  @Test
  void theAdminKpisRefuseAnUnknownFeatureAssociatesAndAnonymousCallers() {
    given()
        .auth()
        .oauth2(Tokens.of("store-manager"))
        .queryParam("feature", "mind-reading")
        .queryParam("from", "2026-03-01T00:00:00Z")
        .get("/v1/admin/kpis")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("feature"));
    given()
        .auth()
        .oauth2(Tokens.of("associate"))
        .queryParam("feature", FEATURE)
        .queryParam("from", "2026-03-01T00:00:00Z")
        .get("/v1/admin/kpis")
        .then()
        .statusCode(403);
    given().queryParam("feature", FEATURE).get("/v1/admin/kpis").then().statusCode(401);
  }

  @Test
  void theAdminKpisAreInTheOpenApiDocument() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("paths", org.hamcrest.Matchers.hasKey("/v1/admin/kpis"));
  }

  private void assertTheKpiReport() {
    // Both assisted sales are in paris; lyon has one unassisted sale of 200.
    given()
        .auth()
        .oauth2(Tokens.of("platform-operator"))
        .contentType(ContentType.JSON)
        .body(Map.of("feature", FEATURE, "since", since.toString(), "stores", List.of(paris, lyon)))
        .post("/v1/internal/kpis")
        .then()
        .statusCode(200)
        .body("metrics.assisted-sales.value", closeTo(assisted.size(), 1e-9))
        .body("metrics.assisted-sales.sampleSize", equalTo(assisted.size() + unassisted.size()))
        .body("metrics.unassisted-sales.value", closeTo(unassisted.size(), 1e-9))
        .body("metrics.assisted-aov.value", closeTo(average(assisted), 1e-6))
        .body("metrics.unassisted-aov.value", closeTo(average(unassisted), 1e-6))
        .body(
            "metrics.assisted-order-value-lift.value",
            closeTo(average(assisted) / average(unassisted) - 1, 1e-9))
        .body("metrics.assisted-order-value-lift.sampleSize", equalTo(assisted.size()))
        .body(
            "perStore." + paris + ".unassisted-aov.value", closeTo(average(parisUnassisted), 1e-6))
        .body(
            "perStore." + paris + ".assisted-order-value-lift.value",
            closeTo(average(assisted) / average(parisUnassisted) - 1, 1e-9))
        .body("perStore." + lyon + ".assisted-sales.value", closeTo(0, 1e-9))
        .body("perStore." + lyon + ".unassisted-aov.value", closeTo(200.0, 1e-6))
        .body("perStore." + lyon + ".assisted-order-value-lift.value", nullValue());
  }

  private void assertTheAdminKpis() {
    insertEvents(paris, "SHOWN", 5);
    insertEvents(paris, "ACCEPTED", 2);
    insertEvents(paris, "REJECTED", 1);
    insertEvents(lyon, "SHOWN", 3);
    given()
        .auth()
        .oauth2(Tokens.of("store-manager"))
        .queryParam("feature", FEATURE)
        .queryParam("from", since.toString())
        .queryParam("store", paris)
        .queryParam("store", lyon)
        .get("/v1/admin/kpis")
        .then()
        .statusCode(200)
        .body("total.shown", equalTo(8))
        .body("total.accepted", equalTo(2))
        .body("total.attachRate", closeTo(2.0 / 8, 1e-9))
        .body("total.assistedSales", equalTo(assisted.size()))
        .body("total.unassistedAov", closeTo(average(unassisted), 0.005))
        .body("total.currency", equalTo("EUR"))
        .body("stores." + paris + ".rejected", equalTo(1))
        .body("stores." + paris + ".assistedAov", closeTo(average(assisted), 0.005))
        .body("stores." + lyon + ".unassistedSales", equalTo(1))
        .body("stores." + lyon + ".assistedOrderValueLift", nullValue());
  }

  private void notAssisted(String store, long saleId, String total) {
    assertThat(attributions.onSale(saleId).await().indefinitely()).isEmpty();
    assertThat(attributedTo(saleId)).isEmpty();
    unassisted.add(new BigDecimal(total));
    if (store.equals(paris)) {
      parisUnassisted.add(new BigDecimal(total));
    }
  }

  private static double average(List<BigDecimal> totals) {
    return totals.stream().mapToDouble(BigDecimal::doubleValue).average().orElseThrow();
  }

  private String sku(String name) {
    return name.toUpperCase() + "-" + suffix;
  }

  private long sale(
      String store, long storeId, Long customerId, String posSaleId, String total, String... skus) {
    long id =
        insert(
            "insert into sales (pos_provider, pos_sale_id, store_id, customer_id, total, currency,"
                + " occurred_at) values ('it', ?, ?, ?, ?, 'EUR', ?) returning id",
            posSaleId,
            storeId,
            customerId,
            new BigDecimal(total),
            Timestamp.from(soldAt));
    for (int line = 0; line < skus.length; line++) {
      insert(
          "insert into sale_lines (sale_id, line_number, sku, quantity, unit_price, total)"
              + " values (?, ?, ?, 1, 1, 1) returning sale_id",
          id,
          line + 1,
          skus[line]);
    }
    return id;
  }

  /** A suggestion shown and its SKU accepted, as the checkout stores them; returns its id. */
  private String accepted(String store, String cart, String customer, String sku, Instant at) {
    return decided("ACCEPTED", store, cart, customer, sku, at);
  }

  private String rejected(String store, String cart, String customer, String sku, Instant at) {
    return decided("REJECTED", store, cart, customer, sku, at);
  }

  private String decided(
      String decision, String store, String cart, String customer, String sku, Instant at) {
    UUID suggestionId = UUID.randomUUID();
    insert(
        "insert into suggestions (id, pos_location_id, cart_id, customer_pseudonym, associate,"
            + " cart_skus, algorithm, flags_revision, created_at)"
            + " values (?, ?, ?, ?, 'associate', '{}', 'checkout-ranker/1', 0, ?) returning 1",
        suggestionId,
        store,
        cart,
        customer,
        Timestamp.from(at.minusSeconds(30)));
    insert(
        "insert into suggestion_items (suggestion_id, rank, sku, score) values (?, 1, ?, 1)"
            + " returning 1",
        suggestionId,
        sku);
    insert(
        "insert into suggestion_decisions (suggestion_id, sku, decision, associate, decided_at)"
            + " values (?, ?, ?, 'associate', ?) returning 1",
        suggestionId,
        sku,
        decision,
        Timestamp.from(at));
    return suggestionId.toString();
  }

  private void insertEvents(String store, String kind, int times) {
    insert(
        "insert into feature_events (store_id, feature, kind, occurred_at)"
            + " select ?, ?, ?, ? from generate_series(1, ?) returning id",
        store,
        FEATURE,
        kind,
        Timestamp.from(soldAt),
        times);
  }

  private List<String> attributedTo(long saleId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select suggestion_id from sale_attributions where sale_id = ? and feature = ?")) {
      statement.setLong(1, saleId);
      statement.setString(2, FEATURE);
      try (ResultSet rows = statement.executeQuery()) {
        var found = new ArrayList<String>();
        while (rows.next()) {
          found.add(rows.getString(1));
        }
        return found;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long insert(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
