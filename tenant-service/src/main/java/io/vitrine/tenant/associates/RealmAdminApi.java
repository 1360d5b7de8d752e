package io.vitrine.tenant.associates;

import static io.vitrine.tenant.common.problem.ProblemType.IDENTITY_UNAVAILABLE;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The few Keycloak admin REST calls associates need, on the tenant's own realm, logged in as the
 * realm's {@code vitrine-tenant-service} client (client credentials; its service account holds
 * realm-management manage-users and view-users, nothing more).
 */
@ApplicationScoped
public class RealmAdminApi {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final TypeReference<List<UserRepresentation>> USERS = new TypeReference<>() {};
  private static final TypeReference<List<RoleRepresentation>> ROLES = new TypeReference<>() {};

  private final KeycloakConfig config;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private volatile AccessToken token;

  public RealmAdminApi(KeycloakConfig config) {
    this.config = config;
  }

  /** Creates the user; answers its id, or empty when the username or e-mail is taken. */
  public Optional<String> createUser(UserRepresentation user) {
    HttpResponse<String> response = send("POST", "/users", user, 201, 409);
    if (response.statusCode() == 409) {
      return Optional.empty();
    }
    String location = response.headers().firstValue("Location").orElseThrow();
    return Optional.of(location.substring(location.lastIndexOf('/') + 1));
  }

  public Optional<UserRepresentation> user(String id) {
    HttpResponse<String> response = send("GET", "/users/" + id, null, 200, 404);
    return response.statusCode() == 404
        ? Optional.empty()
        : Optional.of(read(response, UserRepresentation.class));
  }

  public void updateUser(String id, UserRepresentation user) {
    send("PUT", "/users/" + id, user, 204);
  }

  /** Ends every session of the user. */
  public void logout(String id) {
    send("POST", "/users/" + id + "/logout", null, 204);
  }

  /** The realm roles this service account may give the user (needs view-users only). */
  public List<RoleRepresentation> availableRealmRoles(String userId) {
    return read(
        send("GET", "/users/" + userId + "/role-mappings/realm/available", null, 200), ROLES);
  }

  public List<RoleRepresentation> realmRoles(String userId) {
    return read(send("GET", "/users/" + userId + "/role-mappings/realm", null, 200), ROLES);
  }

  public void addRealmRoles(String userId, List<RoleRepresentation> roles) {
    send("POST", "/users/" + userId + "/role-mappings/realm", roles, 204);
  }

  /**
   * The realm's users, {@code max} at most. (Listing a role's members would need view-realm, which
   * the service account does not hold.)
   */
  public List<UserRepresentation> users(int max) {
    return read(
        send("GET", "/users?briefRepresentation=false&first=0&max=" + max, null, 200), USERS);
  }

  private HttpResponse<String> send(String method, String path, Object body, int... expected) {
    var request =
        HttpRequest.newBuilder(
                URI.create(config.url() + "/admin/realms/" + encode(config.realm()) + path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token())
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
    }
    HttpResponse<String> response = exchange(request.build());
    for (int status : expected) {
      if (response.statusCode() == status) {
        return response;
      }
    }
    // The body may echo user data: only the status is kept.
    throw Problem.of(IDENTITY_UNAVAILABLE)
        .causedBy(new IOException("Keycloak answered " + response.statusCode() + " to " + method));
  }

  private String token() {
    AccessToken current = token;
    if (current == null || current.expiresSoon()) {
      current = fetchToken();
      token = current;
    }
    return current.value();
  }

  private AccessToken fetchToken() {
    String form =
        "grant_type=client_credentials&client_id="
            + encode(config.serviceClientId())
            + "&client_secret="
            + encode(config.serviceClientSecret());
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    config.url()
                        + "/realms/"
                        + encode(config.realm())
                        + "/protocol/openid-connect/token"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = exchange(request);
    if (response.statusCode() != 200) {
      throw Problem.of(IDENTITY_UNAVAILABLE)
          .causedBy(new IOException("the service account login answered " + response.statusCode()));
    }
    var answer = read(response, TokenResponse.class);
    return new AccessToken(
        answer.access_token(), Instant.now().plusSeconds(Math.max(0, answer.expires_in())));
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw Problem.of(IDENTITY_UNAVAILABLE).causedBy(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Problem.of(IDENTITY_UNAVAILABLE).causedBy(e);
    }
  }

  private <T> T read(HttpResponse<String> response, Class<T> type) {
    try {
      return json.readValue(response.body(), type);
    } catch (IOException e) {
      throw Problem.of(IDENTITY_UNAVAILABLE).causedBy(e);
    }
  }

  private <T> T read(HttpResponse<String> response, TypeReference<T> type) {
    try {
      return json.readValue(response.body(), type);
    } catch (IOException e) {
      throw Problem.of(IDENTITY_UNAVAILABLE).causedBy(e);
    }
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write a Keycloak request", e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private record AccessToken(String value, Instant expiresAt) {
    boolean expiresSoon() {
      return Instant.now().plusSeconds(30).isAfter(expiresAt);
    }
  }

  /** The token endpoint's answer, in its own field names. */
  private record TokenResponse(String access_token, long expires_in) {}
}
