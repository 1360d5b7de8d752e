package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Optional;

/**
 * The AI features a rollout can govern, by the key used in StoreRollout specs, in the flags
 * document ({@code io.vitrine.api.flags.FlagsDocument}) and in the KPI endpoint's requests.
 */
public enum FeatureName {
  @JsonProperty("checkout-recommendations")
  CHECKOUT_RECOMMENDATIONS("checkout-recommendations"),
  @JsonProperty("allergy-screening")
  ALLERGY_SCREENING("allergy-screening"),
  @JsonProperty("loyalty-personalization")
  LOYALTY_PERSONALIZATION("loyalty-personalization"),
  @JsonProperty("clienteling")
  CLIENTELING("clienteling"),
  @JsonProperty("post-purchase-messages")
  POST_PURCHASE_MESSAGES("post-purchase-messages"),
  @JsonProperty("copilot")
  COPILOT("copilot");

  private final String key;

  FeatureName(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<FeatureName> fromKey(String key) {
    return Arrays.stream(values()).filter(feature -> feature.key.equals(key)).findFirst();
  }
}
