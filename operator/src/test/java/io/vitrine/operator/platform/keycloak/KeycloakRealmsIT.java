package io.vitrine.operator.platform.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.testing.LocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

class KeycloakRealmsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final LocalStack stack = LocalStack.load();
  private final String url = stack.get("VITRINE_KEYCLOAK_URL");
  private final String realmA = "it-realm-" + UUID.randomUUID().toString().substring(0, 8);
  private final String realmB = "it-realm-" + UUID.randomUUID().toString().substring(0, 8);
  private final KeycloakRealms realms =
      new KeycloakRealms(
          url,
          "master",
          "admin-cli",
          stack.get("VITRINE_KEYCLOAK_ADMIN_USER"),
          stack.get("VITRINE_KEYCLOAK_ADMIN_PASSWORD"));

  @AfterEach
  void dropRealms() {
    realms.drop(realmA);
    realms.drop(realmB);
    realms.close();
  }

  @Test
  void applyCreatesARealmThatMatchesItsSpec() {
    RealmSpec spec = spec(realmA);

    realms.apply(spec);

    TenantRealm found = realms.find(realmA).orElseThrow();
    assertThat(found.matches(spec)).isTrue();
    assertThat(found.clientSecretsFingerprint()).isEqualTo(spec.clientSecretsFingerprint());
    assertThat(found.accessTokenLifespan()).isEqualTo(Duration.ofMinutes(5));
    assertThat(found.ssoSessionIdleTimeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(found.bruteForceProtected()).isTrue();
    assertThat(found.failureFactor()).isEqualTo(5);
    assertThat(found.roles())
        .contains("associate", "store-manager", "retailer-admin", "auditor", "visual-merchandiser");
    assertThat(found.clientIds()).contains("vitrine-admin-api", "vitrine-tenant-service");
    assertThat(found.adminEmails())
        .containsExactlyInAnyOrder("owner@acme.example", "ops@acme.example");
    assertThat(found.serviceAccountRoles()).contains("manage-users", "view-users");
  }

  @Test
  void applyingTheSameSpecAgainChangesNothing() {
    RealmSpec spec = spec(realmA);
    realms.apply(spec);
    TenantRealm first = realms.find(realmA).orElseThrow();
    List<String> adminIds = userIds(realmA);

    realms.apply(spec);

    assertThat(realms.find(realmA)).contains(first);
    assertThat(userIds(realmA)).isEqualTo(adminIds);
  }

  @Test
  void findIsEmptyForAMissingRealm() {
    assertThat(realms.find(realmA)).isEmpty();
  }

  @Test
  void serviceClientGetsATokenOfItsOwnRealmOnly() throws Exception {
    RealmSpec a = spec(realmA);
    RealmSpec b = spec(realmB);
    realms.apply(a);
    realms.apply(b);

    String token = clientCredentialsToken(realmA, a.serviceClientSecret());

    assertThat(claims(token).get("iss").asText()).isEqualTo(url + "/realms/" + realmA);
    assertThat(claims(token).get("iss").asText()).isNotEqualTo(url + "/realms/" + realmB);
    // Client-credentials tokens have no user session (jti "trrtcc:"), so introspection calls them
    // inactive; the admin API shows whether a realm accepts the token.
    assertThat(adminGet(token, realmA + "/users").statusCode()).isEqualTo(200);
    assertThat(adminGet(token, realmB + "/users").statusCode()).isIn(401, 403);
    assertThat(tokenRequest(realmB, a.serviceClientSecret()).statusCode()).isEqualTo(401);
    assertThat(claims(clientCredentialsToken(realmB, b.serviceClientSecret())).get("iss").asText())
        .isEqualTo(url + "/realms/" + realmB);
  }

  @Test
  void initialAdminsMustSetAPasswordAndVerifyTheirEmail() {
    realms.apply(spec(realmA));

    try (Keycloak admin = adminClient()) {
      var users = admin.realm(realmA).users();
      UserRepresentation owner = users.searchByUsername("owner@acme.example", true).get(0);
      assertThat(owner.getEmail()).isEqualTo("owner@acme.example");
      assertThat(owner.isEnabled()).isTrue();
      assertThat(owner.getRequiredActions())
          .containsExactlyInAnyOrder("UPDATE_PASSWORD", "VERIFY_EMAIL");
      assertThat(users.get(owner.getId()).credentials()).isEmpty();
      assertThat(users.get(owner.getId()).roles().realmLevel().listAll())
          .extracting(RoleRepresentation::getName)
          .contains("retailer-admin");
    }
  }

  @Test
  void secretRotationIsDetectedAndApplied() throws Exception {
    RealmSpec before = spec(realmA);
    realms.apply(before);
    RealmSpec rotated = withServiceSecret(before, UUID.randomUUID().toString());

    assertThat(realms.find(realmA).orElseThrow().matches(rotated)).isFalse();
    realms.apply(rotated);

    assertThat(realms.find(realmA).orElseThrow().matches(rotated)).isTrue();
    assertThat(tokenRequest(realmA, before.serviceClientSecret()).statusCode()).isEqualTo(401);
    assertThat(clientCredentialsToken(realmA, rotated.serviceClientSecret())).isNotBlank();
  }

  @Test
  void applyBringsAChangedSpecInWithoutRecreatingAdmins() {
    RealmSpec before = spec(realmA);
    realms.apply(before);
    List<String> adminIds = userIds(realmA);
    RealmSpec changed =
        new RealmSpec(
            realmA,
            "Acme Beauty EU",
            Duration.ofMinutes(10),
            Duration.ofHours(1),
            false,
            10,
            Set.of("visual-merchandiser", "fragrance-expert"),
            List.of("owner@acme.example", "ops@acme.example", "new@acme.example"),
            before.adminApiClientSecret(),
            before.serviceClientSecret());

    assertThat(realms.find(realmA).orElseThrow().matches(changed)).isFalse();
    realms.apply(changed);

    TenantRealm found = realms.find(realmA).orElseThrow();
    assertThat(found.matches(changed)).isTrue();
    assertThat(found.displayName()).isEqualTo("Acme Beauty EU");
    assertThat(found.roles()).contains("fragrance-expert");
    assertThat(userIds(realmA)).containsAll(adminIds).hasSize(adminIds.size() + 1);
  }

  @Test
  void dropRemovesTheRealm() {
    realms.apply(spec(realmA));

    realms.drop(realmA);
    realms.drop(realmA);

    assertThat(realms.find(realmA)).isEmpty();
  }

  private RealmSpec spec(String realm) {
    return new RealmSpec(
        realm,
        "Acme Beauty",
        Duration.ofMinutes(5),
        Duration.ofMinutes(30),
        true,
        5,
        Set.of("visual-merchandiser"),
        List.of("Owner@Acme.example", "ops@acme.example"),
        UUID.randomUUID().toString(),
        UUID.randomUUID().toString());
  }

  private static RealmSpec withServiceSecret(RealmSpec spec, String secret) {
    return new RealmSpec(
        spec.realm(),
        spec.displayName(),
        spec.accessTokenLifespan(),
        spec.ssoSessionIdleTimeout(),
        spec.bruteForceProtected(),
        spec.failureFactor(),
        spec.extraRoles(),
        spec.adminEmails(),
        spec.adminApiClientSecret(),
        secret);
  }

  /** Ids of human users, in a stable order; service accounts excluded. */
  private List<String> userIds(String realm) {
    try (Keycloak admin = adminClient()) {
      return admin.realm(realm).users().list().stream()
          .filter(user -> user.getServiceAccountClientId() == null)
          .map(UserRepresentation::getId)
          .sorted()
          .toList();
    }
  }

  private Keycloak adminClient() {
    return Keycloak.getInstance(
        url,
        "master",
        stack.get("VITRINE_KEYCLOAK_ADMIN_USER"),
        stack.get("VITRINE_KEYCLOAK_ADMIN_PASSWORD"),
        "admin-cli");
  }

  private String clientCredentialsToken(String realm, String secret) throws Exception {
    HttpResponse<String> response = tokenRequest(realm, secret);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).get("access_token").asText();
  }

  private HttpResponse<String> tokenRequest(String realm, String secret) throws Exception {
    return post(
        realm + "/protocol/openid-connect/token",
        form(
            "grant_type",
            "client_credentials",
            "client_id",
            RealmSpec.SERVICE_CLIENT,
            "client_secret",
            secret));
  }

  private HttpResponse<String> post(String realmPath, String form) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url + "/realms/" + realmPath))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> adminGet(String token, String adminPath) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url + "/admin/realms/" + adminPath))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String form(String... keysAndValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static JsonNode claims(String jwt) throws IOException {
    return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }
}
