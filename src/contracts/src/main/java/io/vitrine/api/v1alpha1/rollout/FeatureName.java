package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The AI features a rollout can govern, named as tenant-service's {@code Feature.key()}. */
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
}
