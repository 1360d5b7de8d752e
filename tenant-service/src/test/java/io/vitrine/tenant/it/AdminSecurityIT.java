package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, endpoint by endpoint, with tokens of the real tenant realm; refusals are
 * problem+json.
 */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
class AdminSecurityIT {

  private static final String PROBLEM = "application/problem+json";
  private static final List<String> ROLES =
      List.of("associate", "store-manager", "retailer-admin", "auditor");

  /** A read-only request per endpoint and the roles allowed to make it. */
  private record Endpoint(String method, String path, Set<String> allowed) {}

  private static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint(
              "GET",
              "/v1/admin/stores",
              Set.of("associate", "store-manager", "retailer-admin", "auditor")),
          new Endpoint(
              "GET",
              "/v1/catalog/products",
              Set.of("associate", "store-manager", "retailer-admin")),
          new Endpoint(
              "GET",
              "/v1/admin/catalog/imports/00000000-0000-0000-0000-000000000000",
              Set.of("retailer-admin")),
          new Endpoint("GET", "/v1/admin/associates", Set.of("store-manager", "retailer-admin")),
          new Endpoint(
              "GET", "/v1/stock/ANY-SKU", Set.of("associate", "store-manager", "retailer-admin")),
          new Endpoint("GET", "/v1/admin/audit", Set.of("auditor")),
          new Endpoint(
              "GET",
              "/v1/admin/generations/00000000-0000-0000-0000-000000000000",
              Set.of("auditor")),
          new Endpoint("GET", "/v1/admin/generations?source=sale:1", Set.of("auditor")),
          new Endpoint(
              "GET",
              "/v1/customers/pseudo-000000/profile",
              Set.of("associate", "store-manager", "retailer-admin")));

  @Test
  void eachRoleReachesOnlyTheEndpointsItMay() {
    for (String role : ROLES) {
      String token = Tokens.of(role);
      for (Endpoint endpoint : ENDPOINTS) {
        var response =
            given().auth().oauth2(token).request(endpoint.method(), endpoint.path()).then();
        if (endpoint.allowed().contains(role)) {
          // Allowed: anything but 401 and 403 (an unknown id is a 404 problem).
          response.statusCode(org.hamcrest.Matchers.not(org.hamcrest.Matchers.oneOf(401, 403)));
        } else {
          response
              .statusCode(403)
              .contentType(startsWith(PROBLEM))
              .body("type", equalTo("https://vitrine.io/problems/forbidden"))
              .body("status", equalTo(403));
        }
      }
    }
  }

  @Test
  void withoutATokenEveryAdminEndpointAnswersAnUnauthorizedProblem() {
    for (Endpoint endpoint : ENDPOINTS) {
      given()
          .request(endpoint.method(), endpoint.path())
          .then()
          .statusCode(401)
          .header("WWW-Authenticate", startsWith("Bearer"))
          .contentType(startsWith(PROBLEM))
          .body("type", equalTo("https://vitrine.io/problems/unauthenticated"))
          .body("status", equalTo(401));
    }
  }

  @Test
  void aTokenFromAnotherRealmIsRefusedEverywhere() {
    String foreign = Tokens.fromOtherRealm("retailer-admin");
    for (Endpoint endpoint : ENDPOINTS) {
      given()
          .auth()
          .oauth2(foreign)
          .request(endpoint.method(), endpoint.path())
          .then()
          .statusCode(401)
          .contentType(startsWith(PROBLEM));
    }
  }

  @Test
  void aTamperedTokenIsRefused() {
    String token = Tokens.of("retailer-admin");
    String tampered = token.substring(0, token.length() - 4) + "AAAA";
    given().auth().oauth2(tampered).get("/v1/admin/stores").then().statusCode(401);
  }

  @Test
  void readinessCoversPostgresqlAndTheOpenSearchCatalog() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("OpenSearch catalog index"))
        .body("checks.name", hasItem("Reactive PostgreSQL connections health check"));
  }

  @Test
  void theOpenApiDocumentAndSwaggerUiAreServed() {
    given()
        .accept(ContentType.JSON)
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths", org.hamcrest.Matchers.hasKey("/v1/admin/catalog/imports"))
        .body("paths", org.hamcrest.Matchers.hasKey("/v1/catalog/products"))
        .body("paths", org.hamcrest.Matchers.hasKey("/v1/admin/associates"))
        .body("paths", org.hamcrest.Matchers.hasKey("/v1/admin/audit"))
        .body("paths", org.hamcrest.Matchers.hasKey("/v1/customers/{pseudonym}/profile"));
    given().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void theAuditLogRecordsAdminActionsForAuditorsOnly() {
    given()
        .auth()
        .oauth2(Tokens.of("retailer-admin"))
        .contentType(ContentType.JSON)
        .body(Map.of("consents", Map.of("personalization", true), "skinType", "dry"))
        .put("/v1/customers/audit-check-01/profile")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.of("auditor"))
        .queryParam("action", "customer.profile.replaced")
        .queryParam("target", "customer:audit-check-01")
        .get("/v1/admin/audit")
        .then()
        .statusCode(200)
        .body("entries.size()", equalTo(1))
        .body("entries[0].targetId", equalTo("audit-check-01"))
        .body("entries[0].details.personalizationConsent", equalTo(true));
    given()
        .auth()
        .oauth2(Tokens.of("auditor"))
        .queryParam("from", "yesterday")
        .get("/v1/admin/audit")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors[0].field", equalTo("from"));
  }
}
