package io.vitrine.operator.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.testing.LocalStack;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * What a retailer and its associates do around a rollout: register stores through the admin API (as
 * a retailer admin of the tenant's realm) and use AI features, which tenant-service records as
 * feature_events rows (written here with SQL: the real KPI source).
 */
final class RolloutTenant {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TenantNames names;
  private final String serviceUrl;
  private final String adminApiSecret;
  private final String password = UUID.randomUUID().toString();
  private final String username = "it-admin-" + UUID.randomUUID().toString().substring(0, 8);
  private final HttpClient http = HttpClient.newHttpClient();
  private final LocalStack stack = LocalStack.load();
  private String adminToken;

  RolloutTenant(TenantNames names, String serviceUrl, String adminApiSecret) {
    this.names = names;
    this.serviceUrl = serviceUrl;
    this.adminApiSecret = adminApiSecret;
  }

  /** A retailer admin of the realm with a password, for the admin API. */
  void createAdmin() {
    try (Keycloak keycloak =
        KeycloakBuilder.builder()
            .serverUrl(stack.get("VITRINE_KEYCLOAK_URL"))
            .realm("master")
            .clientId("admin-cli")
            .grantType(OAuth2Constants.PASSWORD)
            .username(stack.get("VITRINE_KEYCLOAK_ADMIN_USER"))
            .password(stack.get("VITRINE_KEYCLOAK_ADMIN_PASSWORD"))
            .build()) {
      var realm = keycloak.realm(names.realm());
      var user = new UserRepresentation();
      user.setUsername(username);
      user.setEmail(username + "@example.test");
      user.setFirstName("IT");
      user.setLastName("Admin");
      user.setEmailVerified(true);
      user.setEnabled(true);
      var credential = new CredentialRepresentation();
      credential.setType(CredentialRepresentation.PASSWORD);
      credential.setValue(password);
      credential.setTemporary(false);
      user.setCredentials(List.of(credential));
      try (var response = realm.users().create(user)) {
        if (response.getStatus() != 201) {
          throw new IllegalStateException("cannot create the admin user: " + response.getStatus());
        }
      }
      String id = realm.users().searchByUsername(username, true).get(0).getId();
      realm
          .users()
          .get(id)
          .roles()
          .realmLevel()
          .add(List.of(realm.roles().get("retailer-admin").toRepresentation()));
    }
  }

  void registerStore(String posLocationId, Map<String, String> labels) throws Exception {
    var body =
        JSON.writeValueAsString(
            Map.of(
                "posLocationId",
                posLocationId,
                "name",
                "Store " + posLocationId,
                "labels",
                labels));
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(serviceUrl + "/v1/admin/stores"))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("store not created: " + response.body());
    }
  }

  /** A feature's flag for a store as tenant-service obeys it now. */
  JsonNode flag(String token, String feature, String store) throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(serviceUrl + "/v1/internal/flags/" + feature + "/stores/" + store))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("flags: " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** A path of the tenant's API as the retailer admin sees it; fails unless it answers 200. */
  JsonNode get(String path) throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(serviceUrl + path))
                .header("Authorization", "Bearer " + adminToken())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** PUTs a JSON body as the retailer admin; fails unless it answers 200. */
  void put(String path, Object body) throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(serviceUrl + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
    }
  }

  /** Associates use a feature in some stores: shown suggestions, of which some are accepted. */
  void use(String feature, List<String> stores, int shown, int accepted, int errors)
      throws Exception {
    try (Connection admin =
            DriverManager.getConnection(
                stack.jdbcUrl(),
                stack.get("VITRINE_PG_ADMIN_USER"),
                stack.get("VITRINE_PG_ADMIN_PASSWORD"));
        PreparedStatement insert =
            admin.prepareStatement(
                "insert into "
                    + names.databaseSchema()
                    + ".feature_events (store_id, feature, kind, latency_ms)"
                    + " select s, ?, k, case when k = 'SHOWN' then 120 end"
                    + " from unnest(?::text[]) s,"
                    + " lateral (select 'SHOWN' k from generate_series(1, ?)"
                    + " union all select 'ACCEPTED' from generate_series(1, ?)"
                    + " union all select 'ERROR' from generate_series(1, ?)) kinds")) {
      insert.setString(1, feature);
      insert.setArray(2, admin.createArrayOf("text", stores.toArray()));
      insert.setInt(3, shown);
      insert.setInt(4, accepted);
      insert.setInt(5, errors);
      insert.executeUpdate();
    }
  }

  private String adminToken() throws Exception {
    if (adminToken == null) {
      adminToken = requestAdminToken();
    }
    return adminToken;
  }

  private String requestAdminToken() throws Exception {
    String form =
        "grant_type=password&client_id=vitrine-admin-api&client_secret=%s&username=%s&password=%s"
            .formatted(encode(adminApiSecret), encode(username), encode(password));
    var response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        stack.get("VITRINE_KEYCLOAK_URL")
                            + "/realms/"
                            + names.realm()
                            + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("no admin token: " + response.statusCode());
    }
    return JSON.readTree(response.body()).get("access_token").asText();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
