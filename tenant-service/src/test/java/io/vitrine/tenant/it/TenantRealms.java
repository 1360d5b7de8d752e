package io.vitrine.tenant.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.testing.LocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Tenant realms on the local Keycloak, through its admin REST API: the four Vitrine realm roles, a
 * confidential client with direct access grants, and one user per role.
 */
final class TenantRealms {

  static final String CLIENT_ID = "vitrine-admin-api";

  /** The service-account client tenant-service manages users with, as the operator makes it. */
  static final String SERVICE_CLIENT_ID = "vitrine-tenant-service";

  static final List<String> ROLES =
      List.of("associate", "store-manager", "retailer-admin", "auditor", "platform-operator");

  private final LocalStack stack;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  TenantRealms(LocalStack stack) {
    this.stack = stack;
  }

  /** Creates the realm; each role's user is named after the role and has {@code password}. */
  void create(String realm, String clientSecret, String password) {
    var representation =
        Map.of(
            "realm", realm,
            "enabled", true,
            "roles", Map.of("realm", ROLES.stream().map(role -> Map.of("name", role)).toList()),
            "clients",
                List.of(
                    Map.of(
                        "clientId", CLIENT_ID,
                        "enabled", true,
                        "publicClient", false,
                        "secret", clientSecret,
                        "standardFlowEnabled", false,
                        "directAccessGrantsEnabled", true),
                    Map.of(
                        "clientId", SERVICE_CLIENT_ID,
                        "enabled", true,
                        "publicClient", false,
                        "secret", clientSecret,
                        "standardFlowEnabled", false,
                        "directAccessGrantsEnabled", false,
                        "serviceAccountsEnabled", true)),
            "users", users(password));
    send(admin("POST", "/admin/realms", representation), 201);
  }

  private static List<Map<String, Object>> users(String password) {
    var users = new java.util.ArrayList<Map<String, Object>>();
    ROLES.forEach(role -> users.add(user(role, password)));
    users.add(
        Map.of(
            "username",
            "service-account-" + SERVICE_CLIENT_ID,
            "enabled",
            true,
            "serviceAccountClientId",
            SERVICE_CLIENT_ID,
            "clientRoles",
            Map.of("realm-management", List.of("manage-users", "view-users"))));
    return users;
  }

  void delete(String realm) {
    send(admin("DELETE", "/admin/realms/" + realm, null), 204, 404);
  }

  private static Map<String, Object> user(String role, String password) {
    return Map.of(
        "username",
        role,
        "enabled",
        true,
        "email",
        role + "@example.test",
        "emailVerified",
        true,
        "firstName",
        "Test",
        "lastName",
        role,
        "credentials",
        List.of(Map.of("type", "password", "value", password, "temporary", false)),
        "realmRoles",
        List.of(role));
  }

  private HttpRequest admin(String method, String path, Object body) {
    var builder =
        HttpRequest.newBuilder(URI.create(stack.get("VITRINE_KEYCLOAK_URL") + path))
            .header("Authorization", "Bearer " + adminToken());
    if (body == null) {
      return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return builder
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(write(body)))
        .build();
  }

  private String adminToken() {
    var form =
        Map.of(
            "grant_type",
            "password",
            "client_id",
            "admin-cli",
            "username",
            stack.get("VITRINE_KEYCLOAK_ADMIN_USER"),
            "password",
            stack.get("VITRINE_KEYCLOAK_ADMIN_PASSWORD"));
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    stack.get("VITRINE_KEYCLOAK_URL")
                        + "/realms/master/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form)))
            .build();
    try {
      return json.readTree(send(request, 200).body()).path("access_token").asText();
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak admin token: " + e.getMessage(), e);
    }
  }

  static String formEncoded(Map<String, String> form) {
    return String.join(
        "&",
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .toList());
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private HttpResponse<String> send(HttpRequest request, int... expected) {
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      for (int status : expected) {
        if (response.statusCode() == status) {
          return response;
        }
      }
      throw new IllegalStateException(
          request.method()
              + " "
              + request.uri().getPath()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
