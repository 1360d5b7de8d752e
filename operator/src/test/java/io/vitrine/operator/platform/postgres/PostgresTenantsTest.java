package io.vitrine.operator.platform.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresTenantsTest {

  // Never contacted: names are validated before any connection is opened.
  private final PostgresTenants tenants =
      new PostgresTenants("jdbc:postgresql://127.0.0.1:1/none", "admin", "unused");

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Acme",
        "1acme",
        "_acme",
        "acme-eu",
        "acme eu",
        "acme\"; DROP SCHEMA public; --",
        "tenant_0123456789_0123456789_0123456789_0123456789_0123456789_ab"
      })
  void rejectsNamesOutsideTheAllowedPattern(String name) {
    assertThatIllegalArgumentException().isThrownBy(() -> tenants.find(name, "acme"));
    assertThatIllegalArgumentException().isThrownBy(() -> tenants.apply("acme", name, "pw"));
    assertThatIllegalArgumentException().isThrownBy(() -> tenants.drop(name, "acme"));
  }

  @Test
  void acceptsLowercaseNamesOfUpTo63Characters() {
    String longest = "t" + "0123456789_".repeat(5) + "0123456";
    assertThat(longest).hasSize(63);
    assertThat(PostgresIdentifiers.requireValid("schema", longest)).isEqualTo(longest);
    assertThat(PostgresIdentifiers.requireValid("role", "a")).isEqualTo("a");
  }

  @Test
  void rejectsAnEmptyPassword() {
    assertThatIllegalArgumentException().isThrownBy(() -> tenants.apply("acme", "acme", ""));
  }

  @Test
  void quotesIdentifiersByDoublingQuotes() {
    assertThat(PostgresIdentifiers.quote("user")).isEqualTo("\"user\"");
    assertThat(PostgresIdentifiers.quote("a\"b")).isEqualTo("\"a\"\"b\"");
  }

  @Test
  void fingerprintIsTheSha256OfRoleColonPassword() {
    assertThat(PostgresTenants.fingerprint("tenant_a", "s3cret"))
        .isEqualTo("50533ec1942bc04d29ee73a68d95594072841f03c9460532812e1a93dc7c3209");
  }

  @Test
  void fingerprintChangesWithThePasswordAndTheRole() {
    String fingerprint = PostgresTenants.fingerprint("tenant_a", "s3cret");
    assertThat(PostgresTenants.fingerprint("tenant_a", "s3cret!")).isNotEqualTo(fingerprint);
    assertThat(PostgresTenants.fingerprint("tenant_b", "s3cret")).isNotEqualTo(fingerprint);
    assertThat(fingerprint).hasSize(64).doesNotContain("s3cret");
  }

  @Test
  void readsTheFingerprintOnlyFromAVitrineComment() {
    assertThat(PostgresTenants.fingerprintIn("vitrine:password-sha256=abc")).isEqualTo("abc");
    assertThat(PostgresTenants.fingerprintIn("created by hand")).isNull();
    assertThat(PostgresTenants.fingerprintIn(null)).isNull();
  }
}
