package io.vitrine.operator.platform.keycloak;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Builds the Keycloak representations of a tenant's realm from its spec, with no client calls. */
final class RealmRepresentations {

  static final List<String> ADMIN_REQUIRED_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

  private RealmRepresentations() {}

  /** The whole realm, imported in one call: settings, roles, clients and initial admins. */
  static RealmRepresentation newRealm(RealmSpec spec) {
    RealmRepresentation realm = settings(spec);
    realm.setEnabled(true);
    var roles = new RolesRepresentation();
    roles.setRealm(spec.roles().stream().map(RealmRepresentations::role).toList());
    realm.setRoles(roles);
    realm.setClients(clients(spec));
    realm.setUsers(
        spec.normalizedAdminEmails().stream()
            .map(
                email -> {
                  UserRepresentation admin = admin(email);
                  admin.setRealmRoles(List.of(RealmSpec.ADMIN_ROLE));
                  return admin;
                })
            .toList());
    return realm;
  }

  /** The settings to update, or empty when {@code current} already has them. */
  static Optional<RealmRepresentation> settingsChanges(
      RealmRepresentation current, RealmSpec spec) {
    RealmRepresentation wanted = settings(spec);
    boolean same =
        Objects.equals(current.getDisplayName(), wanted.getDisplayName())
            && Objects.equals(current.getAccessTokenLifespan(), wanted.getAccessTokenLifespan())
            && Objects.equals(current.getSsoSessionIdleTimeout(), wanted.getSsoSessionIdleTimeout())
            && Objects.equals(current.isBruteForceProtected(), wanted.isBruteForceProtected())
            && Objects.equals(current.getFailureFactor(), wanted.getFailureFactor());
    return same ? Optional.empty() : Optional.of(wanted);
  }

  static List<ClientRepresentation> clients(RealmSpec spec) {
    return List.of(
        adminApiClient(spec.adminApiClientSecret()), serviceClient(spec.serviceClientSecret()));
  }

  static RoleRepresentation role(String name) {
    return new RoleRepresentation(name, null, false);
  }

  /** An initial admin: no credentials, so they must set a password and verify the email. */
  static UserRepresentation admin(String email) {
    var user = new UserRepresentation();
    user.setUsername(email);
    user.setEmail(email);
    user.setEnabled(true);
    user.setRequiredActions(ADMIN_REQUIRED_ACTIONS);
    return user;
  }

  private static RealmRepresentation settings(RealmSpec spec) {
    var realm = new RealmRepresentation();
    realm.setRealm(spec.realm());
    realm.setDisplayName(spec.displayName());
    realm.setAccessTokenLifespan((int) spec.accessTokenLifespan().toSeconds());
    realm.setSsoSessionIdleTimeout((int) spec.ssoSessionIdleTimeout().toSeconds());
    realm.setBruteForceProtected(spec.bruteForceProtected());
    realm.setFailureFactor(spec.failureFactor());
    return realm;
  }

  private static ClientRepresentation adminApiClient(String secret) {
    ClientRepresentation client = confidentialClient(RealmSpec.ADMIN_API_CLIENT, secret);
    client.setStandardFlowEnabled(true);
    client.setDirectAccessGrantsEnabled(true);
    client.setServiceAccountsEnabled(false);
    return client;
  }

  private static ClientRepresentation serviceClient(String secret) {
    ClientRepresentation client = confidentialClient(RealmSpec.SERVICE_CLIENT, secret);
    client.setStandardFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setServiceAccountsEnabled(true);
    return client;
  }

  private static ClientRepresentation confidentialClient(String clientId, String secret) {
    var client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setProtocol("openid-connect");
    client.setEnabled(true);
    client.setPublicClient(false);
    client.setClientAuthenticatorType("client-secret");
    client.setSecret(secret);
    client.setImplicitFlowEnabled(false);
    return client;
  }
}
