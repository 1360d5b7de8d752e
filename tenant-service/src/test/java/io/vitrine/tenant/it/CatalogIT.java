package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Catalog import, search and rebuild against the real PostgreSQL and OpenSearch index. */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
class CatalogIT {

  private static final String IMPORTS = "/v1/admin/catalog/imports";
  private static final String SEARCH = "/v1/catalog/products";
  private static final String PROBLEM = "application/problem+json";

  @Test
  void anImportWithBadRowsReportsEachAndKeepsEveryGoodOne() {
    String brand = unique("brand");
    var products = new ArrayList<Map<String, Object>>();
    for (int i = 1; i <= 1200; i++) {
      products.add(product(brand + "-" + i, "Serum " + i, brand, "Aqua, Glycerin"));
    }
    products.get(2).remove("name"); // row 3
    products.get(699).put("price", "cheap"); // row 700
    products.set(1099, Map.of("sku", brand + "-1")); // row 1100: a repeated SKU, and no name

    JsonPath job = importAndWait(as("retailer-admin").contentType(ContentType.JSON).body(products));

    assertThat(job.getString("status")).isEqualTo("COMPLETED");
    assertThat(job.getInt("rowsRead")).isEqualTo(1200);
    assertThat(job.getInt("imported")).isEqualTo(1197);
    assertThat(job.getInt("failed")).isEqualTo(3);
    assertThat(job.getList("errors.row", Integer.class)).containsExactly(3, 700, 1100);
    assertThat(job.getList("errors.field", String.class)).containsExactly("name", "price", "name");
    assertThat(search(Map.of("brand", brand, "size", "1")).getLong("total")).isEqualTo(1197);
  }

  @Test
  void aReimportUpdatesProductsInPlaceBySku() {
    String brand = unique("brand");
    String sku = brand + "-1";
    importAndWait(
        csv("sku,name,brand,price,currency\n" + sku + ",Old Rose Cream," + brand + ",10,EUR\n"));
    importAndWait(
        csv("sku,name,brand,price,currency\n" + sku + ",New Iris Cream," + brand + ",12.5,EUR\n"));

    JsonPath found = search(Map.of("brand", brand));
    assertThat(found.getLong("total")).isEqualTo(1);
    assertThat(found.getString("products[0].name")).isEqualTo("New Iris Cream");
    assertThat(found.getDouble("products[0].price")).isEqualTo(12.5);
  }

  @Test
  void searchFiltersByTextBrandCategoryAndSkinTypeAndNeverShowsAnExcludedIngredient() {
    String brand = unique("brand");
    var products =
        List.of(
            with(
                product(brand + "-a", "Velvet Night Cream", brand, "Aqua, Parfum (Fragrance)"),
                "category",
                "face",
                "skinTypes",
                "dry|sensitive"),
            with(
                product(brand + "-b", "Velvet Day Cream", brand, "Water, Glycerin"),
                "category",
                "face",
                "skinTypes",
                "oily"),
            with(
                product(brand + "-c", "Velvet Body Oil", brand, "Aqua, Linalool"),
                "category",
                "body",
                "skinTypes",
                "dry"),
            with(product(brand + "-d", "Velvet Balm", brand, null), "category", "face"));
    importAndWait(as("retailer-admin").contentType(ContentType.JSON).body(products));

    assertThat(skus(Map.of("brand", brand, "q", "night"))).containsExactly(brand + "-a");
    assertThat(skus(Map.of("brand", brand, "category", "body"))).containsExactly(brand + "-c");
    assertThat(skus(Map.of("brand", brand, "skinType", "Dry")))
        .containsExactlyInAnyOrder(brand + "-a", brand + "-c");
    assertThat(skus(Map.of("brand", brand, "excludeIngredients", "fragrance")))
        .containsExactlyInAnyOrder(brand + "-b", brand + "-c");
    assertThat(skus(Map.of("brand", brand, "excludeIngredients", "FRAGRANCE_ALLERGENS,glycerine")))
        .isEmpty();
    assertThat(skus(Map.of("brand", brand, "excludeIngredients", "AQUA")))
        .as("a product with no ingredient list cannot be shown free of anything")
        .isEmpty();
  }

  @Test
  void aRebuildSwapsTheAliasWhileSearchKeepsAnswering() throws Exception {
    String brand = unique("brand");
    var products = new ArrayList<Map<String, Object>>();
    for (int i = 1; i <= 300; i++) {
      products.add(product(brand + "-" + i, "Lotion " + i, brand, "Aqua"));
    }
    importAndWait(as("retailer-admin").contentType(ContentType.JSON).body(products));
    String token = Tokens.of("associate");
    var searching = new AtomicBoolean(true);
    var totals = new ArrayList<Long>();
    var pool = Executors.newSingleThreadExecutor();
    try {
      var searches =
          pool.submit(
              () -> {
                while (searching.get()) {
                  totals.add(
                      given()
                          .auth()
                          .oauth2(token)
                          .queryParam("brand", brand)
                          .get(SEARCH)
                          .then()
                          .statusCode(200)
                          .extract()
                          .jsonPath()
                          .getLong("total"));
                }
                return null;
              });
      await().atMost(Duration.ofSeconds(10)).until(() -> totals.size() >= 2);
      as("retailer-admin")
          .post("/v1/admin/catalog/reindex")
          .then()
          .statusCode(200)
          .body("index", containsString("-rebuild-"))
          .body("documents", org.hamcrest.Matchers.greaterThanOrEqualTo(300));
      int afterSwap = totals.size();
      await().atMost(Duration.ofSeconds(10)).until(() -> totals.size() >= afterSwap + 2);
      searching.set(false);
      searches.get();
    } finally {
      pool.shutdownNow();
    }
    assertThat(totals).isNotEmpty().containsOnly(300L);
    as("retailer-admin").post("/v1/admin/catalog/reindex").then().statusCode(200);
    assertThat(search(Map.of("brand", brand)).getLong("total")).isEqualTo(300);
  }

  @Test
  void aFileThatCannotBeReadIsRefusedWholeAsAProblem() {
    as("retailer-admin")
        .contentType("text/csv")
        .body("name,brand\nRose,Aster\n")
        .post(IMPORTS)
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors[0].field", equalTo("body"))
        .body("errors[0].message", containsString("sku"));
    as("retailer-admin")
        .contentType(ContentType.JSON)
        .body(Map.of("sku", "not-an-array"))
        .post(IMPORTS)
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM));
    as("retailer-admin")
        .get(IMPORTS + "/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM))
        .body("type", equalTo("https://vitrine.io/problems/import-not-found"));
  }

  @Test
  void onlyRetailerAdminsImportAndAssociatesAndAboveSearch() {
    for (String role : List.of("associate", "store-manager", "auditor")) {
      as(role)
          .contentType("text/csv")
          .body("sku,name\nX,Y\n")
          .post(IMPORTS)
          .then()
          .statusCode(403)
          .contentType(startsWith(PROBLEM));
      as(role).post("/v1/admin/catalog/reindex").then().statusCode(403);
    }
    for (String role : List.of("associate", "store-manager", "retailer-admin")) {
      as(role).get(SEARCH).then().statusCode(200);
    }
    as("auditor").get(SEARCH).then().statusCode(403).contentType(startsWith(PROBLEM));
  }

  private static JsonPath importAndWait(RequestSpecification request) {
    String location =
        request
            .post(IMPORTS)
            .then()
            .statusCode(202)
            .contentType(ContentType.JSON)
            .body("status", equalTo("QUEUED"))
            .extract()
            .header("Location");
    String token = Tokens.of("retailer-admin");
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                given()
                    .auth()
                    .oauth2(token)
                    .get(location)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath(),
            job -> List.of("COMPLETED", "FAILED").contains(job.getString("status")));
  }

  private static RequestSpecification csv(String body) {
    return as("retailer-admin").contentType("text/csv").body(body);
  }

  private static JsonPath search(Map<String, String> query) {
    return as("associate")
        .queryParams(query)
        .get(SEARCH)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static List<String> skus(Map<String, String> query) {
    return search(query).getList("products.sku", String.class);
  }

  private static Map<String, Object> product(
      String sku, String name, String brand, String ingredients) {
    var product = new HashMap<String, Object>();
    product.put("sku", sku);
    product.put("name", name);
    product.put("brand", brand);
    product.put("price", 19.9);
    product.put("currency", "EUR");
    if (ingredients != null) {
      product.put("ingredients", ingredients);
    }
    return product;
  }

  private static Map<String, Object> with(Map<String, Object> product, String... fields) {
    for (int i = 0; i < fields.length; i += 2) {
      product.put(fields[i], fields[i + 1]);
    }
    return product;
  }

  private static RequestSpecification as(String role) {
    return given().auth().oauth2(Tokens.of(role));
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }
}
