package io.vitrine.operator.retailer.model;

import io.fabric8.kubernetes.api.model.Secret;
import io.vitrine.api.v1alpha1.AiSpec;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The model endpoint's API key ({@code spec.ai.apiKeySecretRef}), checked before it is copied into
 * the tenant's namespace: naming keys, never values.
 */
public final class AiCredentials {

  private AiCredentials() {}

  /** Whether the tenant's endpoint takes an API key from a Secret. */
  public static boolean referenced(AiSpec ai) {
    return ai != null && ai.getApiKeySecretRef() != null;
  }

  /** The source Secret, checked; empty when the endpoint takes no key. */
  public static Optional<Secret> check(AiSpec ai, Secret source) {
    if (!referenced(ai)) {
      return Optional.empty();
    }
    var reference = ai.getApiKeySecretRef();
    String where = reference.getNamespace() + "/" + reference.getName();
    if (source == null) {
      throw new InvalidCredentialsException(
          "AiSecretNotFound", "Secret " + where + " (spec.ai.apiKeySecretRef) does not exist");
    }
    String key =
        Objects.requireNonNullElse(source.getData(), Map.<String, String>of())
            .get(SecretNames.AI_API_KEY);
    if (key == null || key.isBlank()) {
      throw new InvalidCredentialsException(
          "AiSecretMissingKeys", "Secret " + where + " lacks key(s) " + SecretNames.AI_API_KEY);
    }
    return Optional.of(source);
  }
}
