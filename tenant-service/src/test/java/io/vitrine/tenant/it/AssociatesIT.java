package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Associates created and disabled in the real tenant realm through its service account. */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
class AssociatesIT {

  private static final String ASSOCIATES = "/v1/admin/associates";
  private static final String PROBLEM = "application/problem+json";

  @Test
  void aRetailerAdminCreatesAStoreManagerWhoMustSetAPasswordAndVerifyTheEmail() {
    String email = uniqueEmail();
    String id =
        as("retailer-admin")
            .body(associate(email, "store-manager"))
            .post(ASSOCIATES)
            .then()
            .statusCode(201)
            .body("email", equalTo(email))
            .body("role", equalTo("store-manager"))
            .body("enabled", equalTo(true))
            .body("pendingActions", containsInAnyOrder("UPDATE_PASSWORD", "VERIFY_EMAIL"))
            .extract()
            .path("id");

    as("retailer-admin").get(ASSOCIATES).then().statusCode(200).body("id", hasItem(id));
    // No password was set: the user cannot log in until they complete the required actions.
    given()
        .formParam("grant_type", "password")
        .formParam("client_id", TenantRealms.CLIENT_ID)
        .formParam(
            "client_secret",
            org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue(TenantStackResource.CLIENT_SECRET, String.class))
        .formParam("username", email)
        .formParam("password", "anything")
        .post(
            org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getValue("vitrine.keycloak.url", String.class)
                + "/realms/"
                + org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getValue("vitrine.keycloak.realm", String.class)
                + "/protocol/openid-connect/token")
        .then()
        .statusCode(not(equalTo(200)));
  }

  @Test
  void aStoreManagerOnboardsAndOffboardsAssociatesButNotOtherManagers() {
    String id =
        as("store-manager")
            .body(associate(uniqueEmail(), "associate"))
            .post(ASSOCIATES)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("store-manager")
        .body(associate(uniqueEmail(), "store-manager"))
        .post(ASSOCIATES)
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM))
        .body("type", equalTo("https://vitrine.io/problems/role-not-grantable"));

    as("store-manager")
        .post(ASSOCIATES + "/" + id + "/disable")
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false));
    as("retailer-admin")
        .get(ASSOCIATES)
        .then()
        .statusCode(200)
        .body("find { it.id == '" + id + "' }.enabled", equalTo(false));

    String manager =
        as("retailer-admin")
            .body(associate(uniqueEmail(), "store-manager"))
            .post(ASSOCIATES)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("store-manager").post(ASSOCIATES + "/" + manager + "/disable").then().statusCode(403);
  }

  @Test
  void aSecondAccountForTheSameEmailIsAConflictAndBadInputIsNamed() {
    String email = uniqueEmail();
    as("retailer-admin")
        .body(associate(email, "associate"))
        .post(ASSOCIATES)
        .then()
        .statusCode(201);
    as("retailer-admin")
        .body(associate(email.toUpperCase(), "associate"))
        .post(ASSOCIATES)
        .then()
        .statusCode(409)
        .contentType(startsWith(PROBLEM));
    as("retailer-admin")
        .body(Map.of("email", "not-an-email", "firstName", "A", "lastName", "B", "role", "auditor"))
        .post(ASSOCIATES)
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("email", "role"));
  }

  @Test
  void associatesAndAuditorsCannotManageAccountsAndUnknownIdsAreNotFound() {
    as("associate")
        .body(associate(uniqueEmail(), "associate"))
        .post(ASSOCIATES)
        .then()
        .statusCode(403);
    as("auditor").get(ASSOCIATES).then().statusCode(403);
    as("retailer-admin")
        .post(ASSOCIATES + "/" + UUID.randomUUID() + "/disable")
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM));
  }

  @Test
  void retailerAdminsAndAuditorsAreNotManagedHere() {
    for (String role : java.util.List.of("retailer-admin", "auditor")) {
      as("retailer-admin")
          .post(ASSOCIATES + "/" + subjectOf(Tokens.of(role)) + "/disable")
          .then()
          .statusCode(404)
          .contentType(startsWith(PROBLEM));
    }
  }

  private static String subjectOf(String token) {
    String payload =
        new String(
            java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
            java.nio.charset.StandardCharsets.UTF_8);
    return io.restassured.path.json.JsonPath.from(payload).getString("sub");
  }

  private static Map<String, String> associate(String email, String role) {
    return Map.of("email", email, "firstName", "Ada", "lastName", "Test", "role", role);
  }

  private static String uniqueEmail() {
    return "associate-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }

  private static RequestSpecification as(String role) {
    return given().auth().oauth2(Tokens.of(role)).contentType(ContentType.JSON);
  }
}
