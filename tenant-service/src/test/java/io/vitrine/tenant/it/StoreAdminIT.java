package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The stores admin API against the real PostgreSQL and Keycloak of the local stack. */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
class StoreAdminIT {

  private static final String STORES = "/v1/admin/stores";
  private static final String PROBLEM = "application/problem+json";

  @Test
  void aRetailerAdminCreatesReadsRelabelsAndDeletesAStore() {
    String location = uniqueLocation();
    int id =
        as("retailer-admin")
            .body(store(location, Map.of("region", "north", "format", "flagship")))
            .post(STORES)
            .then()
            .statusCode(201)
            .header("Location", containsString(STORES + "/"))
            .body("posLocationId", equalTo(location))
            .body("labels.region", equalTo("north"))
            .extract()
            .path("id");
    as("retailer-admin")
        .body(store(uniqueLocation(), Map.of("region", "south")))
        .post(STORES)
        .then()
        .statusCode(201);

    as("retailer-admin")
        .get(STORES + "/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Store " + location));
    as("retailer-admin")
        .queryParam("label", "region:north")
        .queryParam("label", "format:flagship")
        .get(STORES)
        .then()
        .statusCode(200)
        .body("id", contains(id));

    as("retailer-admin")
        .body(Map.of("labels", Map.of("region", "west")))
        .put(STORES + "/" + id + "/labels")
        .then()
        .statusCode(200)
        .body("labels", equalTo(Map.of("region", "west")));
    as("retailer-admin")
        .queryParam("label", "region:north")
        .get(STORES)
        .then()
        .statusCode(200)
        .body("id", not(hasItem(id)));

    as("retailer-admin").delete(STORES + "/" + id).then().statusCode(204);
    as("retailer-admin")
        .get(STORES + "/" + id)
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM))
        .body("status", equalTo(404))
        .body("type", equalTo("https://vitrine.io/problems/store-not-found"))
        .body("title", equalTo("Store not found"));
  }

  @Test
  void anAssociateReadsButCannotChangeStores() {
    int id = createAs("store-manager", uniqueLocation());

    as("associate").get(STORES).then().statusCode(200).body("id", hasItem(id));
    as("associate").get(STORES + "/" + id).then().statusCode(200);
    as("auditor").get(STORES + "/" + id).then().statusCode(200);

    as("associate").body(store(uniqueLocation(), Map.of())).post(STORES).then().statusCode(403);
    as("associate")
        .body(Map.of("labels", Map.of("region", "east")))
        .put(STORES + "/" + id + "/labels")
        .then()
        .statusCode(403);
    as("associate").delete(STORES + "/" + id).then().statusCode(403);
    as("auditor").delete(STORES + "/" + id).then().statusCode(403);
  }

  @Test
  void withoutATokenEverythingIsUnauthorized() {
    given().get(STORES).then().statusCode(401);
    given()
        .contentType(ContentType.JSON)
        .body(store(uniqueLocation(), Map.of()))
        .post(STORES)
        .then()
        .statusCode(401);
  }

  @Test
  void aTokenFromAnotherRealmIsRefused() {
    given()
        .auth()
        .oauth2(Tokens.fromOtherRealm("retailer-admin"))
        .get(STORES)
        .then()
        .statusCode(401);
  }

  @Test
  void aSecondStoreAtTheSamePosLocationIsAConflict() {
    String location = uniqueLocation();
    createAs("retailer-admin", location);

    as("retailer-admin")
        .body(store(location, Map.of()))
        .post(STORES)
        .then()
        .statusCode(409)
        .contentType(startsWith(PROBLEM))
        .body("type", equalTo("https://vitrine.io/problems/pos-location-taken"))
        .body("title", equalTo("POS location already used"))
        .body("status", equalTo(409))
        .body("detail", containsString(location));
  }

  @Test
  void concurrentCreationsAtOnePosLocationMakeOneStoreAndConflicts() throws Exception {
    String location = uniqueLocation();
    String token = Tokens.of("retailer-admin");
    var pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        statuses.add(pool.submit(() -> postAs(token, location)));
      }
      var counted = new ArrayList<Integer>();
      for (var status : statuses) {
        counted.add(status.get());
      }
      assertThat(counted).containsOnly(201, 409).containsOnlyOnce(201);
    } finally {
      pool.shutdownNow();
    }
  }

  private static int postAs(String token, String location) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(store(location, Map.of()))
        .post(STORES)
        .statusCode();
  }

  @Test
  void anInvalidBodyIsABadRequestNamingEachField() {
    as("retailer-admin")
        .body(Map.of("posLocationId", "bad location!", "name", ""))
        .post(STORES)
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("type", equalTo("https://vitrine.io/problems/validation"))
        .body("title", equalTo("Invalid request"))
        .body("status", equalTo(400))
        .body("detail", equalTo("2 fields are invalid."))
        .body("errors.field", equalTo(List.of("name", "posLocationId")));
  }

  @Test
  void aStoresCoordinatesAreSetTogetherChangedAndCleared() {
    JsonPath created =
        as("store-manager")
            .body(
                Map.of(
                    "posLocationId",
                    uniqueLocation(),
                    "name",
                    "Opéra",
                    "latitude",
                    48.872,
                    "longitude",
                    2.3316))
            .post(STORES)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    // Read as doubles whatever number type another test configured RestAssured with.
    assertThat(created.getDouble("latitude")).isEqualTo(48.872);
    assertThat(created.getDouble("longitude")).isEqualTo(2.3316);
    int id = created.getInt("id");

    double latitude =
        as("store-manager")
            .body(Map.of("latitude", 45.764, "longitude", 4.8357))
            .put(STORES + "/" + id + "/coordinates")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getDouble("latitude");
    assertThat(latitude).isEqualTo(45.764);
    as("associate")
        .body(Map.of("latitude", 1, "longitude", 1))
        .put(STORES + "/" + id + "/coordinates")
        .then()
        .statusCode(403);
    as("retailer-admin").delete(STORES + "/" + id + "/coordinates").then().statusCode(200);
    as("retailer-admin")
        .get(STORES + "/" + id)
        .then()
        .body("latitude", equalTo(null))
        .body("longitude", equalTo(null));

    as("retailer-admin")
        .body(Map.of("posLocationId", uniqueLocation(), "name", "Half", "latitude", 48.8))
        .post(STORES)
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("longitude")));
    as("retailer-admin")
        .body(Map.of("latitude", 91, "longitude", 0))
        .put(STORES + "/" + id + "/coordinates")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("latitude")));
  }

  private static int createAs(String role, String location) {
    return as(role)
        .body(store(location, Map.of("region", "north")))
        .post(STORES)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static RequestSpecification as(String role) {
    return given().auth().oauth2(Tokens.of(role)).contentType(ContentType.JSON);
  }

  private static Map<String, Object> store(String location, Map<String, String> labels) {
    return Map.of("posLocationId", location, "name", "Store " + location, "labels", labels);
  }

  private static String uniqueLocation() {
    return "loc-" + UUID.randomUUID();
  }
}
