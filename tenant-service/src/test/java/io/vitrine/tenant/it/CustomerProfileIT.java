package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vitrine.tenant.customers.CustomerProfileService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Customer profiles with consent, stored in the tenant's PostgreSQL. */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
class CustomerProfileIT {

  @Inject CustomerProfileService profiles;

  @Test
  void aProfileIsNormalisedAndUsedOnlyWithConsent() {
    String pseudonym = pseudonym();
    as("associate")
        .body(profile(true))
        .put(path(pseudonym))
        .then()
        .statusCode(200)
        .body("profile.skinType", equalTo("dry"))
        .body("profile.allergies", contains("FRAGRANCE_ALLERGENS", "EVERNIA PRUNASTRI EXTRACT"))
        .body("profile.avoid", contains("ALCOHOL DENAT", "PARFUM"))
        .body("usedForPersonalization", equalTo(true));

    as("store-manager")
        .body(profile(false))
        .put(path(pseudonym))
        .then()
        .statusCode(200)
        .body("personalizationConsent", equalTo(false))
        .body("usedForPersonalization", equalTo(false))
        .body("usage", containsString("not consented"));
    as("retailer-admin")
        .get(path(pseudonym))
        .then()
        .statusCode(200)
        .body("profile.skinType", equalTo("dry"))
        .body("usedForPersonalization", equalTo(false));
  }

  @Test
  void otherFeaturesGetNoProfileWithoutConsent() throws Throwable {
    String withConsent = pseudonym();
    String withoutConsent = pseudonym();
    as("associate").body(profile(true)).put(path(withConsent)).then().statusCode(200);
    as("associate").body(profile(false)).put(path(withoutConsent)).then().statusCode(200);

    assertThat(
            VertxContextSupport.subscribeAndAwait(() -> profiles.forPersonalization(withConsent)))
        .hasValueSatisfying(profile -> assertThat(profile.skinType()).isEqualTo("dry"));
    assertThat(
            VertxContextSupport.subscribeAndAwait(
                () -> profiles.forPersonalization(withoutConsent)))
        .isEmpty();
  }

  @Test
  void badInputAndUnknownCustomersAreProblems() {
    as("associate")
        .body(Map.of("skinType", "dry"))
        .put(path("short"))
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));
    as("associate")
        .get(path(pseudonym()))
        .then()
        .statusCode(404)
        .body("type", equalTo("https://vitrine.io/problems/customer-not-found"));
    as("auditor").get(path(pseudonym())).then().statusCode(403);
  }

  private static Map<String, Object> profile(boolean consent) {
    return Map.of(
        "skinType", "Dry",
        "concerns", List.of("Redness"),
        "allergies", List.of("fragrance allergens", "Oakmoss extract"),
        "avoid", List.of("Denatured alcohol", "Aroma"),
        "preferredBrands", List.of("Aster"),
        "consents", Map.of("personalization", consent));
  }

  private static String path(String pseudonym) {
    return "/v1/customers/" + pseudonym + "/profile";
  }

  private static String pseudonym() {
    return "c-" + UUID.randomUUID();
  }

  private static RequestSpecification as(String role) {
    return given().auth().oauth2(Tokens.of(role)).contentType(ContentType.JSON);
  }
}
