package io.vitrine.operator.retailer.model;

import io.fabric8.kubernetes.api.model.Secret;
import io.vitrine.api.v1alpha1.PosSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that a POS credentials Secret holds what its provider needs, naming keys, never values.
 */
public final class PosCredentials {

  private PosCredentials() {}

  public static void check(PosSpec pos, Secret source) {
    var reference = pos.getCredentialsSecretRef();
    String where = reference.getNamespace() + "/" + reference.getName();
    if (source == null) {
      throw new InvalidPosCredentialsException(
          "SecretNotFound", "Secret " + where + " does not exist");
    }
    List<String> missing = missingKeys(pos, Objects.requireNonNullElse(source.getData(), Map.of()));
    if (!missing.isEmpty()) {
      throw new InvalidPosCredentialsException(
          "MissingKeys", "Secret " + where + " lacks key(s) " + String.join(", ", missing));
    }
  }

  static List<String> missingKeys(PosSpec pos, Map<String, String> data) {
    var required = new ArrayList<String>();
    required.add(SecretNames.POS_API_TOKEN);
    if (pos.getProvider().sendsWebhooks()) {
      required.add(SecretNames.POS_WEBHOOK_SIGNING_KEY);
    }
    return required.stream()
        .filter(key -> data.get(key) == null || data.get(key).isBlank())
        .toList();
  }
}
