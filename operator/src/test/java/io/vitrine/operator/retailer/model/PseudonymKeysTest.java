package io.vitrine.operator.retailer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PseudonymKeysTest {

  private static final String OPERATOR_NAMESPACE = "vitrine-system";

  private final TenantNames names = new TenantNames("aster");

  @Test
  void aNewTenantGetsARandomKeyThatIsThenKeptForGood() {
    var first =
        PseudonymKeys.kept(
            names, OPERATOR_NAMESPACE, Optional.empty(), Optional.empty(), Optional.empty());
    var again =
        PseudonymKeys.kept(
            names,
            OPERATOR_NAMESPACE,
            Optional.of(first),
            Optional.empty(),
            Optional.of(credentials("s", "t")));
    var other =
        PseudonymKeys.kept(
            names, OPERATOR_NAMESPACE, Optional.empty(), Optional.empty(), Optional.empty());

    assertThat(again.getData()).isEqualTo(first.getData());
    assertThat(other.getData()).isNotEqualTo(first.getData());
    assertThat(key(first)).hasSizeGreaterThanOrEqualTo(43);
    assertThat(PseudonymKeys.origin(first)).isEqualTo(PseudonymKeys.GENERATED);
    assertThat(PseudonymKeys.origin(again)).isEqualTo(PseudonymKeys.GENERATED);
  }

  @Test
  void anExistingTenantKeepsThePseudonymsItsSigningKeyMade() {
    var seeded =
        PseudonymKeys.kept(
            names,
            OPERATOR_NAMESPACE,
            Optional.empty(),
            Optional.empty(),
            Optional.of(credentials("signing-key-1", "token-1")));

    assertThat(key(seeded)).isEqualTo("signing-key-1");
    assertThat(PseudonymKeys.origin(seeded)).isEqualTo(SecretNames.POS_WEBHOOK_SIGNING_KEY);
  }

  @Test
  void withoutASigningKeyTheApiTokenItHashedWithIsTheSeed() {
    var seeded =
        PseudonymKeys.kept(
            names,
            OPERATOR_NAMESPACE,
            Optional.empty(),
            Optional.empty(),
            Optional.of(credentials(null, "token-1")));

    assertThat(key(seeded)).isEqualTo("token-1");
    assertThat(PseudonymKeys.origin(seeded)).isEqualTo(SecretNames.POS_API_TOKEN);
  }

  @Test
  void rotatingThePosCredentialsAfterwardsChangesNoKey() {
    var seeded =
        PseudonymKeys.kept(
            names,
            OPERATOR_NAMESPACE,
            Optional.empty(),
            Optional.empty(),
            Optional.of(credentials("signing-key-1", "token-1")));

    var afterRotation =
        PseudonymKeys.kept(
            names,
            OPERATOR_NAMESPACE,
            Optional.of(seeded),
            Optional.empty(),
            Optional.of(credentials("signing-key-2", "token-2")));

    assertThat(key(afterRotation)).isEqualTo("signing-key-1");
    assertThat(PseudonymKeys.copy(names, afterRotation).getData())
        .isEqualTo(PseudonymKeys.copy(names, seeded).getData());
  }

  @Test
  void theKeyIsCopiedByteForByte() {
    byte[] notUtf8 = {(byte) 0xff, (byte) 0xfe, 'k'};
    var credentials =
        new SecretBuilder()
            .withData(Map.of(SecretNames.POS_WEBHOOK_SIGNING_KEY, encode(notUtf8)))
            .build();

    var seeded =
        PseudonymKeys.kept(
            names,
            OPERATOR_NAMESPACE,
            Optional.empty(),
            Optional.empty(),
            Optional.of(credentials));

    assertThat(PseudonymKeys.copy(names, seeded).getData())
        .containsEntry(SecretNames.PSEUDONYM_KEY_VALUE, encode(notUtf8));
  }

  @Test
  void aKeptSecretDeletedByMistakeComesBackFromTheCopyThePodsRead() {
    var seeded =
        PseudonymKeys.kept(
            names,
            OPERATOR_NAMESPACE,
            Optional.empty(),
            Optional.empty(),
            Optional.of(credentials("signing-key-1", "token-1")));
    var copy = PseudonymKeys.copy(names, seeded);

    var restored =
        PseudonymKeys.kept(
            names,
            OPERATOR_NAMESPACE,
            Optional.empty(),
            Optional.of(copy),
            Optional.of(credentials("signing-key-2", "token-2")));

    assertThat(restored.getData()).isEqualTo(seeded.getData());
    assertThat(PseudonymKeys.origin(restored)).isEqualTo(SecretNames.POS_WEBHOOK_SIGNING_KEY);
  }

  @Test
  void aKeyRestoredByHandIsKeptAndSaysSo() {
    var restored =
        new SecretBuilder()
            .withNewMetadata()
            .withName(names.keptPseudonymKey())
            .withNamespace(OPERATOR_NAMESPACE)
            .endMetadata()
            .withData(Map.of(SecretNames.PSEUDONYM_KEY_VALUE, encode("old-key".getBytes())))
            .build();

    var kept =
        PseudonymKeys.kept(
            names, OPERATOR_NAMESPACE, Optional.of(restored), Optional.empty(), Optional.empty());

    assertThat(key(kept)).isEqualTo("old-key");
    assertThat(PseudonymKeys.origin(kept)).isEqualTo(PseudonymKeys.PROVIDED);
    assertThat(kept.getMetadata().getLabels())
        .containsEntry(TenantNames.MANAGED_BY, TenantNames.OPERATOR);
  }

  @Test
  void aKeptSecretWithoutAKeyIsRefusedByNameNeverReplaced() {
    var empty =
        new SecretBuilder()
            .withNewMetadata()
            .withName(names.keptPseudonymKey())
            .withNamespace(OPERATOR_NAMESPACE)
            .endMetadata()
            .withData(Map.of("other", encode("x".getBytes())))
            .build();

    assertThatThrownBy(
            () ->
                PseudonymKeys.kept(
                    names,
                    OPERATOR_NAMESPACE,
                    Optional.of(empty),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Secret vitrine-system/vitrine-aster-pseudonym-key has no key 'key'");
  }

  @Test
  void theKeyIsKeptOutsideTheTenantNamespaceAndCopiedIntoIt() {
    var kept =
        PseudonymKeys.kept(
            names, OPERATOR_NAMESPACE, Optional.empty(), Optional.empty(), Optional.empty());
    var copy = PseudonymKeys.copy(names, kept);

    assertThat(kept.getMetadata().getNamespace()).isEqualTo(OPERATOR_NAMESPACE);
    assertThat(kept.getMetadata().getName()).isEqualTo("vitrine-aster-pseudonym-key");
    assertThat(kept.getMetadata().getOwnerReferences()).isNullOrEmpty();
    assertThat(kept.getMetadata().getAnnotations()).containsOnlyKeys(PseudonymKeys.ORIGIN);
    assertThat(copy.getMetadata().getAnnotations()).isEqualTo(kept.getMetadata().getAnnotations());
    assertThat(copy.getMetadata().getNamespace()).isEqualTo("vitrine-aster");
    assertThat(copy.getMetadata().getName()).isEqualTo(SecretNames.PSEUDONYM_KEY);
    assertThat(copy.getData()).isEqualTo(kept.getData());
  }

  private static Secret credentials(String signingKey, String apiToken) {
    var data = new java.util.HashMap<String, String>();
    if (signingKey != null) {
      data.put(SecretNames.POS_WEBHOOK_SIGNING_KEY, encode(signingKey.getBytes()));
    }
    data.put(SecretNames.POS_API_TOKEN, encode(apiToken.getBytes()));
    return new SecretBuilder().withData(data).build();
  }

  private static String key(Secret secret) {
    return TenantSecrets.value(secret, SecretNames.PSEUDONYM_KEY_VALUE).orElseThrow();
  }

  private static String encode(byte[] value) {
    return Base64.getEncoder().encodeToString(value);
  }
}
