package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vitrine.tenant.common.security.Roles;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The onboarding check of the POS credentials, against Square's API served locally. */
@QuarkusTest
@WithTestResource(
    value = TenantStackResource.class,
    initArgs = @ResourceArg(name = TenantStackResource.POS_PROVIDER, value = "square"))
@WithTestResource(FakeVendorsResource.class)
class PosConnectionIT {

  private static final String ENDPOINT = "/v1/admin/pos/connection-test";

  @Test
  void theConfiguredTokenIsAccepted() {
    FakeVendorsResource.vendors().expectToken(apiToken());

    test(Roles.RETAILER_ADMIN)
        .statusCode(200)
        .body("provider", equalTo("square"))
        .body("result", equalTo("CONNECTED"))
        .body("vendorStatus", equalTo(200));
  }

  @Test
  void aRefusedTokenIsReportedWithoutRevealingIt() {
    FakeVendorsResource.vendors().expectToken("another-" + apiToken());

    test(Roles.RETAILER_ADMIN)
        .statusCode(200)
        .body("result", equalTo("UNAUTHORIZED"))
        .body("vendorStatus", equalTo(401))
        .body("detail", containsString("/v2/locations"))
        .body("detail", not(containsString(apiToken())));
  }

  @Test
  void onlyRetailerAdminsMayTest() {
    test(Roles.STORE_MANAGER).statusCode(403);
    given().post(ENDPOINT).then().statusCode(401);
  }

  private static ValidatableResponse test(String role) {
    return given().auth().oauth2(Tokens.of(role)).post(ENDPOINT).then();
  }

  private static String apiToken() {
    return ConfigProvider.getConfig().getValue("vitrine.pos.api-token", String.class);
  }
}
