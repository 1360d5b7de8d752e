package io.vitrine.bench.recommend;

import io.vitrine.testing.LocalStack;
import java.util.List;
import java.util.Map;

/**
 * A realm of the local Keycloak with one bench user, an associate who is also retailer-admin (the
 * copilot bench uploads the knowledge base with it), whose token the load generator sends.
 */
public final class BenchRealm {

  public static final String CLIENT = "vitrine-bench";
  private final LocalStack stack;
  private final BenchHttp http = new BenchHttp();
  public final String realm;
  private final String secret;
  private final String password;

  public BenchRealm(LocalStack stack, String realm, String secret, String password) {
    this.stack = stack;
    this.realm = realm;
    this.secret = secret;
    this.password = password;
  }

  public void create() {
    var representation =
        Map.of(
            "realm",
            realm,
            "enabled",
            true,
            "accessTokenLifespan",
            3600,
            "roles",
            Map.of("realm", List.of(Map.of("name", "associate"), Map.of("name", "retailer-admin"))),
            "clients",
            List.of(
                Map.of(
                    "clientId", CLIENT,
                    "enabled", true,
                    "publicClient", false,
                    "secret", secret,
                    "standardFlowEnabled", false,
                    "directAccessGrantsEnabled", true)),
            "users",
            List.of(
                Map.of(
                    "username",
                    "associate",
                    "enabled",
                    true,
                    "email",
                    "associate@example.test",
                    "emailVerified",
                    true,
                    "firstName",
                    "Bench",
                    "lastName",
                    "Associate",
                    "credentials",
                    List.of(Map.of("type", "password", "value", password, "temporary", false)),
                    "realmRoles",
                    List.of("associate", "retailer-admin"))));
    http.send(
        "POST",
        url() + "/admin/realms",
        "application/json",
        BenchHttp.write(representation),
        adminToken());
  }

  public void drop() {
    http.send("DELETE", url() + "/admin/realms/" + realm, null, null, adminToken());
  }

  public String associateToken() {
    return http.json(
            "POST",
            url() + "/realms/" + realm + "/protocol/openid-connect/token",
            "application/x-www-form-urlencoded",
            BenchHttp.form(
                Map.of(
                    "grant_type", "password",
                    "client_id", CLIENT,
                    "client_secret", secret,
                    "username", "associate",
                    "password", password)),
            null)
        .path("access_token")
        .asText();
  }

  private String adminToken() {
    return http.json(
            "POST",
            url() + "/realms/master/protocol/openid-connect/token",
            "application/x-www-form-urlencoded",
            BenchHttp.form(
                Map.of(
                    "grant_type",
                    "password",
                    "client_id",
                    "admin-cli",
                    "username",
                    stack.get("VITRINE_KEYCLOAK_ADMIN_USER"),
                    "password",
                    stack.get("VITRINE_KEYCLOAK_ADMIN_PASSWORD"))),
            null)
        .path("access_token")
        .asText();
  }

  /**
   * The bench client's secret; it also stands in for the service account tenant-service expects.
   */
  public String secret() {
    return secret;
  }

  public String url() {
    return stack.get("VITRINE_KEYCLOAK_URL");
  }
}
