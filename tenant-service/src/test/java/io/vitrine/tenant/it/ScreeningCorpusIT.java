package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vitrine.tenant.checkout.catalog.CheckoutCatalog;
import io.vitrine.tenant.checkout.copurchase.CoPurchaseIndex;
import io.vitrine.tenant.checkout.screening.LabelCorpus;
import io.vitrine.tenant.checkout.screening.LabelCorpus.Label;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The real-label corpus through the catalog import and the till: 353 published labels imported as a
 * retailer would, stocked a few to a store (inventory planted with SQL, as the other ITs do), and
 * every store asked for suggestions and screenings for customers allergic to fragrance, to nuts and
 * to both. No suggestion may conflict with what a person reading the label found, and every label a
 * person found the allergy in is alerted on.
 */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
@TestProfile(ScreeningCorpusIT.Profile.class)
class ScreeningCorpusIT {

  /** Every feature on, and the till's budgets of CheckoutIT for a busy 2-core machine. */
  public static class Profile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "vitrine.features.ungoverned", "enabled",
          "vitrine.checkout.content-timeout", "1s",
          "vitrine.checkout.deadline", "5s");
    }
  }

  private static final int PRODUCTS_PER_STORE = 4;

  @Inject AgroalDataSource dataSource;
  @Inject CheckoutCatalog catalog;
  @Inject CoPurchaseIndex coPurchases;

  private CheckoutFixtures data;
  private final List<Label> corpus = LabelCorpus.labels();
  private final Map<String, Label> labelBySku = new LinkedHashMap<>();
  private final Map<String, Predicate<Label>> forbiddenByCustomer = new LinkedHashMap<>();
  private final Map<String, String> anchorByStore = new LinkedHashMap<>();

  @BeforeEach
  void importAndStockTheCorpus() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> given().get("/q/health/ready").statusCode() == 200);
    data = new CheckoutFixtures(dataSource);
    importCorpus();
    customer("fragrance", "[\"fragrance\"]", label -> label.fragrance() || label.noList());
    customer("nuts", "[\"tree nuts\"]", label -> label.nuts(true) || label.noList());
    customer(
        "both",
        "[\"FRAGRANCE_ALLERGENS\", \"nuts\"]",
        label -> label.fragrance() || label.nuts(true) || label.noList());
    stockStores();
    coPurchases.rebuild();
    catalog.refresh();
  }

  @Test
  void noAllergicCustomerIsOfferedAProductTheirAllergyForbidsOrThatCouldNotBeScreened(
      TestReporter figures) {
    var conflicting = new ArrayList<String>();
    int suggested = 0;
    for (String store : anchorByStore.keySet()) {
      for (var customer : forbiddenByCustomer.entrySet()) {
        for (String sku : suggestions(store, customer.getKey())) {
          suggested++;
          Label label = labelBySku.get(sku);
          if (label != null && customer.getValue().test(label)) {
            conflicting.add(customer.getKey() + ": " + label.id());
          }
        }
      }
    }

    assertThat(conflicting).as("conflicting suggestions out of %d", suggested).isEmpty();
    assertThat(suggested).as("suggestions to allergic customers").isGreaterThan(100);
    int unrestricted = 0;
    for (String store : anchorByStore.keySet()) {
      unrestricted += suggestions(store, null).size();
    }
    figures.publishEntry(
        "suggestions",
        "%d to allergic customers, %d conflicting, %d to a customer who avoids nothing"
            .formatted(suggested, conflicting.size(), unrestricted));
    assertThat(unrestricted)
        .as("a customer who avoids nothing is offered what allergic customers are not")
        .isGreaterThan(suggested / forbiddenByCustomer.size());
  }

  @Test
  void screeningAlertsOnEveryLabelAReaderFoundTheAllergyInAndNeverPassesAnUnreadableOne() {
    var skus = new ArrayList<>(labelBySku.keySet());
    for (var customer : forbiddenByCustomer.entrySet()) {
      var alerted = new ArrayList<String>();
      var unscreened = new ArrayList<String>();
      for (int from = 0; from < skus.size(); from += 20) {
        JsonPath answer = screen(skus.subList(from, Math.min(skus.size(), from + 20)), customer);
        alerted.addAll(answer.getList("alerts.sku", String.class));
        unscreened.addAll(answer.getList("unscreened_reasons.sku", String.class));
        assertThat(answer.getList("unscreened", String.class))
            .containsExactlyElementsOf(answer.getList("unscreened_reasons.sku", String.class));
      }
      labelBySku.forEach(
          (sku, label) -> {
            if (customer.getValue().test(label) && !label.noList()) {
              assertThat(alerted).as("%s: %s", customer.getKey(), label.id()).contains(sku);
            }
            if (label.noList()) {
              assertThat(alerted.contains(sku) || unscreened.contains(sku))
                  .as("%s: %s is no ingredient list", customer.getKey(), label.id())
                  .isTrue();
            }
          });
    }
  }

  private void importCorpus() {
    var products = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < corpus.size(); i++) {
      Label label = corpus.get(i);
      String sku = data.sku("CORPUS-" + i);
      labelBySku.put(sku, label);
      var product = new HashMap<String, Object>();
      product.put("sku", sku);
      product.put("name", label.product());
      product.put("brand", label.brand());
      product.put("category", "moisturizer");
      product.put("ingredients", label.text());
      products.add(product);
    }
    JsonPath job =
        importAndWait(
            given()
                .auth()
                .oauth2(Tokens.of("retailer-admin"))
                .contentType(ContentType.JSON)
                .body(products));
    assertThat(job.getString("status")).isEqualTo("COMPLETED");
    assertThat(job.getInt("imported")).isEqualTo(corpus.size());
  }

  private void customer(String name, String allergies, Predicate<Label> forbidden) {
    data.customer(pseudonym(name), "{\"allergies\": " + allergies + "}");
    forbiddenByCustomer.put(name, forbidden);
  }

  /** A store per few products, each with its own anchor, bought twice with each of them. */
  private void stockStores() {
    var skus = new ArrayList<>(labelBySku.keySet());
    for (int from = 0; from < skus.size(); from += PRODUCTS_PER_STORE) {
      String location = "corpus-" + data.suffix + "-" + from;
      long store = data.store(location);
      String anchor = data.sku("CORPUS-ANCHOR-" + from);
      data.product(anchor, "Corpus anchor serum", "Lumen", "serum", "AQUA", "GLYCERIN");
      data.stock(store, anchor, 10);
      for (String sku : skus.subList(from, Math.min(skus.size(), from + PRODUCTS_PER_STORE))) {
        data.stock(store, sku, 10);
        data.sale(store, null, anchor, sku);
        data.sale(store, null, anchor, sku);
      }
      anchorByStore.put(location, anchor);
    }
  }

  private List<String> suggestions(String store, String customer) {
    return given()
        .auth()
        .oauth2(Tokens.of("associate"))
        .contentType(ContentType.JSON)
        .body(
            cart(
                store,
                customer == null ? null : pseudonym(customer),
                List.of(anchorByStore.get(store))))
        .post("/v1/pos/recommend")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("suggestions.sku", String.class);
  }

  private JsonPath screen(List<String> skus, Map.Entry<String, Predicate<Label>> customer) {
    return given()
        .auth()
        .oauth2(Tokens.of("associate"))
        .contentType(ContentType.JSON)
        .body(cart(anchorByStore.keySet().iterator().next(), pseudonym(customer.getKey()), skus))
        .post("/v1/pos/screen")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private Map<String, Object> cart(String store, String customer, List<String> skus) {
    var body = new HashMap<String, Object>();
    body.put("cart_id", "cart-" + data.suffix);
    body.put("store_id", store);
    if (customer != null) {
      body.put("customer_id", customer);
    }
    body.put("line_items", skus.stream().map(sku -> Map.of("sku", sku)).toList());
    return body;
  }

  private String pseudonym(String customer) {
    return "corpus-" + customer + "-" + data.suffix;
  }

  private static JsonPath importAndWait(io.restassured.specification.RequestSpecification request) {
    String location =
        request
            .post("/v1/admin/catalog/imports")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    String token = Tokens.of("retailer-admin");
    return await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () -> given().auth().oauth2(token).get(location).then().extract().jsonPath(),
            job -> List.of("COMPLETED", "FAILED").contains(job.getString("status")));
  }
}
