package io.vitrine.operator.platform.keycloak;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant's realm as found in Keycloak: what {@link #matches(RealmSpec)} needs to tell whether
 * {@link KeycloakRealms#apply} would change anything.
 *
 * @param roles every realm role, Keycloak's default ones included
 * @param clientIds every client, Keycloak's built-in ones included
 * @param adminEmails lower-case usernames of the users holding {@link RealmSpec#ADMIN_ROLE}
 * @param serviceAccountRoles realm-management roles of the tenant-service service account
 * @param clientSecretsFingerprint {@link RealmSpec#clientSecretsFingerprint(String, String)} of the
 *     current secrets ({@code null} for a missing client)
 */
public record TenantRealm(
    String realm,
    String displayName,
    Duration accessTokenLifespan,
    Duration ssoSessionIdleTimeout,
    boolean bruteForceProtected,
    int failureFactor,
    Set<String> roles,
    Set<String> clientIds,
    Set<String> adminEmails,
    Set<String> serviceAccountRoles,
    String clientSecretsFingerprint) {

  public TenantRealm {
    roles = Set.copyOf(roles);
    clientIds = Set.copyOf(clientIds);
    adminEmails = Set.copyOf(adminEmails);
    serviceAccountRoles = Set.copyOf(serviceAccountRoles);
  }

  /**
   * The realm as {@link KeycloakRealms#apply} leaves it, without Keycloak's own roles and clients:
   * a desired state for reconcilers, which compare with {@link #matches(RealmSpec)}.
   */
  public static TenantRealm expectedFor(RealmSpec spec) {
    return new TenantRealm(
        spec.realm(),
        spec.displayName(),
        spec.accessTokenLifespan(),
        spec.ssoSessionIdleTimeout(),
        spec.bruteForceProtected(),
        spec.failureFactor(),
        spec.roles(),
        Set.of(RealmSpec.ADMIN_API_CLIENT, RealmSpec.SERVICE_CLIENT),
        spec.normalizedAdminEmails(),
        RealmSpec.SERVICE_ACCOUNT_ROLES,
        spec.clientSecretsFingerprint());
  }

  /**
   * Whether applying {@code spec} would change nothing. Apply only adds roles and admins, so extra
   * ones here still match.
   */
  public boolean matches(RealmSpec spec) {
    return realm.equals(spec.realm())
        && Objects.equals(displayName, spec.displayName())
        && accessTokenLifespan.equals(spec.accessTokenLifespan())
        && ssoSessionIdleTimeout.equals(spec.ssoSessionIdleTimeout())
        && bruteForceProtected == spec.bruteForceProtected()
        && failureFactor == spec.failureFactor()
        && roles.containsAll(spec.roles())
        && clientIds.containsAll(expectedFor(spec).clientIds())
        && adminEmails.containsAll(spec.normalizedAdminEmails())
        && serviceAccountRoles.containsAll(RealmSpec.SERVICE_ACCOUNT_ROLES)
        && spec.clientSecretsFingerprint().equals(clientSecretsFingerprint);
  }
}
