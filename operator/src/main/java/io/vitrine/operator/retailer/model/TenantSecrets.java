package io.vitrine.operator.retailer.model;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Secrets in the tenant's namespace: the POS credentials' copy and the generated passwords. */
public final class TenantSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TenantSecrets() {}

  /** A copy of the retailer's POS credentials Secret, with only the keys tenant-service reads. */
  public static Secret posCredentials(TenantNames names, Secret source) {
    var encoded = new TreeMap<String, String>();
    var sourceData = Optional.ofNullable(source.getData()).orElse(Map.of());
    for (String key :
        new String[] {SecretNames.POS_API_TOKEN, SecretNames.POS_WEBHOOK_SIGNING_KEY}) {
      Optional.ofNullable(sourceData.get(key)).ifPresent(value -> encoded.put(key, value));
    }
    return encodedSecret(names, SecretNames.POS_CREDENTIALS, "pos-credentials", encoded);
  }

  /**
   * The tenant's copy of the model endpoint's API key: key {@code apiKey}, or no data when the
   * endpoint takes no key (tenant-service reads it as optional).
   */
  public static Secret aiCredentials(TenantNames names, Optional<Secret> source) {
    var encoded = new TreeMap<String, String>();
    source
        .flatMap(secret -> Optional.ofNullable(secret.getData()))
        .map(data -> data.get(SecretNames.AI_API_KEY))
        .ifPresent(value -> encoded.put(SecretNames.AI_API_KEY, value));
    return encodedSecret(names, SecretNames.AI_CREDENTIALS, "ai-credentials", encoded);
  }

  /** The database role's password: generated once, then kept as long as the Secret exists. */
  public static Secret database(TenantNames names, Optional<Secret> existing) {
    return secret(
        names,
        SecretNames.DATABASE,
        "database-credentials",
        Map.of(SecretNames.DATABASE_PASSWORD, keep(existing, SecretNames.DATABASE_PASSWORD)));
  }

  /** The realm's client secrets: generated once, then kept as long as the Secret exists. */
  public static Secret keycloakClients(TenantNames names, Optional<Secret> existing) {
    return secret(
        names,
        SecretNames.KEYCLOAK_CLIENTS,
        "keycloak-clients",
        Map.of(
            SecretNames.ADMIN_API_CLIENT_SECRET,
                keep(existing, SecretNames.ADMIN_API_CLIENT_SECRET),
            SecretNames.SERVICE_CLIENT_SECRET, keep(existing, SecretNames.SERVICE_CLIENT_SECRET)));
  }

  /** Decoded value of a key of a Secret, if present. */
  public static Optional<String> value(Secret secret, String key) {
    return Optional.ofNullable(secret.getData())
        .map(data -> data.get(key))
        .map(encoded -> new String(Base64.getDecoder().decode(encoded)));
  }

  private static String keep(Optional<Secret> existing, String key) {
    return existing.flatMap(secret -> value(secret, key)).orElseGet(TenantSecrets::generate);
  }

  static String generate() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static Secret secret(
      TenantNames names, String name, String component, Map<String, String> data) {
    var encoded = new TreeMap<String, String>();
    data.forEach(
        (key, value) -> encoded.put(key, Base64.getEncoder().encodeToString(value.getBytes())));
    return encodedSecret(names, name, component, encoded);
  }

  private static Secret encodedSecret(
      TenantNames names, String name, String component, Map<String, String> encoded) {
    return new SecretBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(names.namespace())
        .withLabels(names.labels(component))
        .endMetadata()
        .withType("Opaque")
        .withData(encoded)
        .build();
  }
}
