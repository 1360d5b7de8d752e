package io.vitrine.operator.platform.keycloak;

import io.vitrine.operator.platform.Sha256;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Keycloak realm a tenant should have. Its {@link #toString()} hides the client secrets, so a
 * spec can be logged.
 */
public record RealmSpec(
    String realm,
    String displayName,
    Duration accessTokenLifespan,
    Duration ssoSessionIdleTimeout,
    boolean bruteForceProtected,
    int failureFactor,
    Set<String> extraRoles,
    List<String> adminEmails,
    String adminApiClientSecret,
    String serviceClientSecret) {

  public static final List<String> STANDARD_ROLES =
      List.of("associate", "store-manager", "retailer-admin", "auditor");
  public static final String ADMIN_ROLE = "retailer-admin";

  /** Confidential client of the retailer's admin console and API (browser and password logins). */
  public static final String ADMIN_API_CLIENT = "vitrine-admin-api";

  /** Confidential service-account client tenant-service uses to manage associates. */
  public static final String SERVICE_CLIENT = "vitrine-tenant-service";

  public static final String REALM_MANAGEMENT_CLIENT = "realm-management";
  public static final Set<String> SERVICE_ACCOUNT_ROLES = Set.of("manage-users", "view-users");

  private static final Pattern REALM = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");

  public RealmSpec {
    requireValidRealm(realm);
    Objects.requireNonNull(displayName, "displayName");
    requireWholePositiveSeconds("accessTokenLifespan", accessTokenLifespan);
    requireWholePositiveSeconds("ssoSessionIdleTimeout", ssoSessionIdleTimeout);
    if (failureFactor < 1) {
      throw new IllegalArgumentException("failureFactor must be at least 1, was " + failureFactor);
    }
    extraRoles = Set.copyOf(extraRoles);
    adminEmails = List.copyOf(adminEmails);
    requireSecret("adminApiClientSecret", adminApiClientSecret);
    requireSecret("serviceClientSecret", serviceClientSecret);
  }

  /** The standard roles followed by the extra ones. */
  public Set<String> roles() {
    Set<String> roles = new LinkedHashSet<>(STANDARD_ROLES);
    extraRoles.stream().sorted().forEach(roles::add);
    return roles;
  }

  /** Keycloak stores usernames and emails in lower case. */
  public Set<String> normalizedAdminEmails() {
    return adminEmails.stream()
        .map(email -> email.toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public String clientSecretsFingerprint() {
    return clientSecretsFingerprint(adminApiClientSecret, serviceClientSecret);
  }

  /** SHA-256 (hex) of both client secrets: shows a rotation without storing the secrets. */
  public static String clientSecretsFingerprint(String adminApiSecret, String serviceSecret) {
    return Sha256.hex(
        ADMIN_API_CLIENT + ":" + adminApiSecret + "\n" + SERVICE_CLIENT + ":" + serviceSecret);
  }

  @Override
  public String toString() {
    return "RealmSpec[realm=%s, displayName=%s, accessTokenLifespan=%s, ssoSessionIdleTimeout=%s,"
            .formatted(realm, displayName, accessTokenLifespan, ssoSessionIdleTimeout)
        + " bruteForceProtected=%s, failureFactor=%d, extraRoles=%s, adminEmails=%s, secrets=***]"
            .formatted(bruteForceProtected, failureFactor, extraRoles, adminEmails);
  }

  /** Tenant realm names: lower case, never Keycloak's own master realm. */
  public static String requireValidRealm(String realm) {
    if (realm == null || !REALM.matcher(realm).matches() || realm.equals("master")) {
      throw new IllegalArgumentException(
          "realm '" + realm + "' must match " + REALM.pattern() + " and not be master");
    }
    return realm;
  }

  private static void requireWholePositiveSeconds(String name, Duration duration) {
    if (duration == null
        || duration.isNegative()
        || duration.isZero()
        || duration.getNano() != 0
        || duration.getSeconds() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " must be a positive whole number of seconds");
    }
  }

  private static void requireSecret(String name, String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
