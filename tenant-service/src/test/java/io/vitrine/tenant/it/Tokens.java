package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Access tokens for the test users, by direct access grant against a realm of the local Keycloak.
 */
final class Tokens {

  private Tokens() {}

  /** A token of the user named after {@code role} in the tenant's realm. */
  static String of(String role) {
    return from(config("vitrine.keycloak.realm"), role);
  }

  /** A token of the same user name and role, issued by the other realm. */
  static String fromOtherRealm(String role) {
    return from(config(TenantStackResource.OTHER_REALM), role);
  }

  /** A token of the user named after {@code role}, for a tenant outside this JVM. */
  static String of(Map<String, String> tenant, String role) {
    return from(tenant::get, tenant.get("vitrine.keycloak.realm"), role);
  }

  private static String from(String realm, String role) {
    return from(Tokens::config, realm, role);
  }

  private static String from(UnaryOperator<String> config, String realm, String role) {
    return given()
        .formParam("grant_type", "password")
        .formParam("client_id", TenantRealms.CLIENT_ID)
        .formParam("client_secret", config.apply(TenantStackResource.CLIENT_SECRET))
        .formParam("username", role)
        .formParam("password", config.apply(TenantStackResource.USER_PASSWORD))
        .post(
            config.apply("vitrine.keycloak.url")
                + "/realms/"
                + realm
                + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  private static String config(String key) {
    return ConfigProvider.getConfig().getValue(key, String.class);
  }
}
