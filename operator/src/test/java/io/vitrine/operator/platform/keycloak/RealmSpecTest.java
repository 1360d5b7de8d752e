package io.vitrine.operator.platform.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RealmSpecTest {

  static RealmSpec spec() {
    return new RealmSpec(
        "acme",
        "Acme Beauty",
        Duration.ofMinutes(5),
        Duration.ofMinutes(30),
        true,
        5,
        Set.of("visual-merchandiser"),
        List.of("Owner@Acme.example"),
        "admin-api-secret-1",
        "service-secret-1");
  }

  @Test
  void rolesAreTheStandardOnesThenTheExtraOnes() {
    assertThat(spec().roles())
        .containsExactly(
            "associate", "store-manager", "retailer-admin", "auditor", "visual-merchandiser");
  }

  @Test
  void adminEmailsAreComparedInLowerCase() {
    assertThat(spec().normalizedAdminEmails()).containsExactly("owner@acme.example");
  }

  @Test
  void toStringHidesTheSecrets() {
    assertThat(spec().toString())
        .contains("acme", "Owner@Acme.example")
        .doesNotContain("admin-api-secret-1", "service-secret-1");
  }

  @Test
  void fingerprintChangesWhenEitherSecretRotates() {
    String fingerprint = RealmSpec.clientSecretsFingerprint("a", "b");

    assertThat(fingerprint).hasSize(64).isEqualTo(RealmSpec.clientSecretsFingerprint("a", "b"));
    assertThat(RealmSpec.clientSecretsFingerprint("a2", "b")).isNotEqualTo(fingerprint);
    assertThat(RealmSpec.clientSecretsFingerprint("a", "b2")).isNotEqualTo(fingerprint);
    assertThat(RealmSpec.clientSecretsFingerprint("b", "a")).isNotEqualTo(fingerprint);
  }

  @Test
  void rejectsInvalidRealmsDurationsAndSecrets() {
    assertThatIllegalArgumentException().isThrownBy(() -> RealmSpec.requireValidRealm("master"));
    assertThatIllegalArgumentException().isThrownBy(() -> RealmSpec.requireValidRealm("Acme"));
    assertThatIllegalArgumentException().isThrownBy(() -> RealmSpec.requireValidRealm("a/b"));
    assertThatIllegalArgumentException().isThrownBy(() -> withLifespan(Duration.ofMillis(1500)));
    assertThatIllegalArgumentException().isThrownBy(() -> withLifespan(Duration.ZERO));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new RealmSpec(
                    "acme",
                    "Acme",
                    Duration.ofMinutes(5),
                    Duration.ofMinutes(30),
                    true,
                    5,
                    Set.of(),
                    List.of(),
                    " ",
                    "service-secret"));
  }

  private static RealmSpec withLifespan(Duration lifespan) {
    return new RealmSpec(
        "acme", "Acme", lifespan, Duration.ofMinutes(30), true, 5, Set.of(), List.of(), "a", "b");
  }
}
