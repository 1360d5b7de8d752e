package io.vitrine.operator.retailer.model;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The tenant's pseudonym key: tenant-service turns POS customer ids into pseudonyms with it. It is
 * made once and then kept for good, since another key changes every pseudonym and cuts customers
 * off their history, loyalty and profile. The kept Secret lives in the operator's namespace, so
 * that it outlives the tenant's namespace when {@code deletionPolicy: Retain} keeps the schema that
 * holds the pseudonyms; the tenant's pods read a copy in their namespace.
 *
 * <p>Tenants from before this key hashed with their POS webhook signing key, or their API token
 * where they had none. The first key of such a tenant is that credential, so that its pseudonyms
 * stay as they are; rotating the POS credentials changes nothing from then on. A new tenant gets a
 * random key.
 */
public final class PseudonymKeys {

  /** Annotation of the kept Secret: where its key came from (never the key itself). */
  public static final String ORIGIN = "vitrine.io/pseudonym-key-origin";

  public static final String GENERATED = "generated";

  /** A kept Secret that someone made by hand, for instance to restore an earlier key. */
  public static final String PROVIDED = "provided";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int KEY_BYTES = 32;

  private PseudonymKeys() {}

  /**
   * The kept Secret: as it is; else restored from the copy the pods read (the kept one was deleted
   * by hand); else, for a tenant from before the key, the POS credential its pseudonyms were made
   * with; else a random key.
   *
   * @param namespace the operator's namespace
   * @param existing the kept Secret as it is, if any
   * @param copy the copy in the tenant's namespace, if any
   * @param earlierCredentials the POS credentials a tenant-service from before the key hashed with:
   *     present only for a tenant whose schema was there before its key
   */
  public static Secret kept(
      TenantNames names,
      String namespace,
      Optional<Secret> existing,
      Optional<Secret> copy,
      Optional<Secret> earlierCredentials) {
    return existing
        .or(() -> copy)
        .map(found -> keep(names, namespace, found))
        .or(
            () ->
                earlierCredentials
                    .flatMap(PseudonymKeys::earlierKey)
                    .map(earlier -> kept(names, namespace, earlier.encoded(), earlier.origin())))
        .orElseGet(() -> kept(names, namespace, encoded(generate()), GENERATED));
  }

  /** The copy of the kept key in the tenant's namespace, which the Deployment reads. */
  public static Secret copy(TenantNames names, Secret kept) {
    return new SecretBuilder()
        .withNewMetadata()
        .withName(SecretNames.PSEUDONYM_KEY)
        .withNamespace(names.namespace())
        .withLabels(names.labels("pseudonym-key"))
        .withAnnotations(Map.of(ORIGIN, origin(kept)))
        .endMetadata()
        .withType("Opaque")
        .withData(Map.of(SecretNames.PSEUDONYM_KEY_VALUE, encodedKey(kept)))
        .build();
  }

  /**
   * The key a Secret holds, base64-encoded as in its data: copied byte for byte, so that the key
   * tenant-service reads is exactly the one that made the pseudonyms. A kept Secret without one
   * cannot be used.
   */
  static String encodedKey(Secret secret) {
    return Optional.ofNullable(secret.getData())
        .map(data -> data.get(SecretNames.PSEUDONYM_KEY_VALUE))
        .filter(key -> !key.isBlank())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Secret "
                        + secret.getMetadata().getNamespace()
                        + "/"
                        + secret.getMetadata().getName()
                        + " has no key '"
                        + SecretNames.PSEUDONYM_KEY_VALUE
                        + "'"));
  }

  /** Where a pseudonym key Secret's key came from. */
  public static String origin(Secret kept) {
    return Optional.ofNullable(kept.getMetadata().getAnnotations())
        .map(annotations -> annotations.get(ORIGIN))
        .orElse(PROVIDED);
  }

  private static Secret keep(TenantNames names, String namespace, Secret existing) {
    return kept(names, namespace, encodedKey(existing), origin(existing));
  }

  /** A POS credential, base64-encoded as in its Secret, and which one it is. */
  private record EarlierKey(String encoded, String origin) {}

  /** What tenant-service hashed with before: the signing key, else the API token. */
  private static Optional<EarlierKey> earlierKey(Secret credentials) {
    Map<String, String> data = Optional.ofNullable(credentials.getData()).orElse(Map.of());
    return Stream.of(SecretNames.POS_WEBHOOK_SIGNING_KEY, SecretNames.POS_API_TOKEN)
        .filter(key -> TenantSecrets.value(credentials, key).filter(v -> !v.isBlank()).isPresent())
        .map(key -> new EarlierKey(data.get(key), key))
        .findFirst();
  }

  private static Secret kept(
      TenantNames names, String namespace, String encodedKey, String origin) {
    return new SecretBuilder()
        .withNewMetadata()
        .withName(names.keptPseudonymKey())
        .withNamespace(namespace)
        .withLabels(names.labels("kept-pseudonym-key"))
        .withAnnotations(Map.of(ORIGIN, origin))
        .endMetadata()
        .withType("Opaque")
        .withData(Map.of(SecretNames.PSEUDONYM_KEY_VALUE, encodedKey))
        .build();
  }

  private static String generate() {
    byte[] bytes = new byte[KEY_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String encoded(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
