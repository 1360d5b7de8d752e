package io.vitrine.operator.platform.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantRealmTest {

  private final RealmSpec spec = RealmSpecTest.spec();

  @Test
  void matchesARealmBuiltFromTheSpecEvenWithKeycloakDefaultsAndExtras() {
    assertThat(found(spec.clientSecretsFingerprint(), Duration.ofMinutes(5)).matches(spec))
        .isTrue();
  }

  @Test
  void theExpectedRealmOfASpecMatchesIt() {
    assertThat(TenantRealm.expectedFor(spec).matches(spec)).isTrue();
    assertThat(TenantRealm.expectedFor(spec).adminEmails()).containsExactly("owner@acme.example");
  }

  @Test
  void detectsASettingChange() {
    assertThat(found(spec.clientSecretsFingerprint(), Duration.ofMinutes(10)).matches(spec))
        .isFalse();
  }

  @Test
  void detectsASecretRotation() {
    String other = RealmSpec.clientSecretsFingerprint("admin-api-secret-1", "rotated");
    assertThat(found(other, Duration.ofMinutes(5)).matches(spec)).isFalse();
    assertThat(found(null, Duration.ofMinutes(5)).matches(spec)).isFalse();
  }

  @Test
  void detectsAMissingRoleAdminOrServiceAccountRole() {
    TenantRealm complete = found(spec.clientSecretsFingerprint(), Duration.ofMinutes(5));

    assertThat(copy(complete, Set.of("associate"), complete.adminEmails(), Set.of("view-users")))
        .satisfies(realm -> assertThat(realm.matches(spec)).isFalse());
    assertThat(copy(complete, complete.roles(), Set.of(), complete.serviceAccountRoles()))
        .satisfies(realm -> assertThat(realm.matches(spec)).isFalse());
    assertThat(copy(complete, complete.roles(), complete.adminEmails(), Set.of("view-users")))
        .satisfies(realm -> assertThat(realm.matches(spec)).isFalse());
  }

  private TenantRealm found(String fingerprint, Duration accessTokenLifespan) {
    return new TenantRealm(
        "acme",
        "Acme Beauty",
        accessTokenLifespan,
        Duration.ofMinutes(30),
        true,
        5,
        Set.of(
            "associate",
            "store-manager",
            "retailer-admin",
            "auditor",
            "visual-merchandiser",
            "offline_access",
            "default-roles-acme"),
        Set.of("vitrine-admin-api", "vitrine-tenant-service", "account", "realm-management"),
        Set.of("owner@acme.example", "someone-added-later@acme.example"),
        Set.of("manage-users", "view-users"),
        fingerprint);
  }

  private static TenantRealm copy(
      TenantRealm realm, Set<String> roles, Set<String> admins, Set<String> serviceAccountRoles) {
    return new TenantRealm(
        realm.realm(),
        realm.displayName(),
        realm.accessTokenLifespan(),
        realm.ssoSessionIdleTimeout(),
        realm.bruteForceProtected(),
        realm.failureFactor(),
        roles,
        realm.clientIds(),
        admins,
        serviceAccountRoles,
        realm.clientSecretsFingerprint());
  }
}
