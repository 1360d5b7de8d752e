package io.vitrine.e2e.day;

import io.vitrine.testing.LocalStack;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Users of a tenant's realm, made as the retailer's identity administrator would through Keycloak's
 * admin API: enabled, verified, with a password and realm roles.
 */
public final class RealmUsers {

  private final LocalStack stack;
  private final String realm;
  private final String clientSecret;

  public RealmUsers(LocalStack stack, String realm, String clientSecret) {
    this.stack = stack;
    this.realm = realm;
    this.clientSecret = clientSecret;
  }

  /**
   * A new user with the realm roles; what {@link TenantApi} logs in with (the realm's admin API
   * client, password grant).
   */
  public Map<String, String> create(String username, List<String> roles) {
    String password = UUID.randomUUID().toString();
    try (Keycloak admin =
        Keycloak.getInstance(
            stack.get("VITRINE_KEYCLOAK_URL"),
            "master",
            stack.get("VITRINE_KEYCLOAK_ADMIN_USER"),
            stack.get("VITRINE_KEYCLOAK_ADMIN_PASSWORD"),
            "admin-cli")) {
      var users = admin.realm(realm).users();
      try (Response created = users.create(user(username, password))) {
        if (created.getStatus() != 201) {
          throw new IllegalStateException(username + ": Keycloak answered " + created.getStatus());
        }
      }
      String id = users.searchByUsername(username, true).get(0).getId();
      users
          .get(id)
          .roles()
          .realmLevel()
          .add(
              roles.stream()
                  .map(role -> admin.realm(realm).roles().get(role).toRepresentation())
                  .toList());
    }
    return Map.of(
        "client_id", "vitrine-admin-api",
        "client_secret", clientSecret,
        "username", username,
        "password", password);
  }

  private static UserRepresentation user(String username, String password) {
    var credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(password);
    credential.setTemporary(false);
    var user = new UserRepresentation();
    user.setUsername(username);
    user.setEmail(username + "@e2e.example");
    user.setFirstName("E2E");
    user.setLastName(username);
    user.setEmailVerified(true);
    user.setEnabled(true);
    user.setCredentials(List.of(credential));
    return user;
  }
}
