package io.vitrine.tenant.flags;

import java.util.Arrays;
import java.util.Optional;

/**
 * The AI capabilities a StoreRollout governs, by the name used in the StoreRollout spec and in the
 * published flags.
 */
public enum Feature {
  CHECKOUT_RECOMMENDATIONS("checkout-recommendations"),
  ALLERGY_SCREENING("allergy-screening"),
  LOYALTY_PERSONALIZATION("loyalty-personalization"),
  CLIENTELING("clienteling"),
  POST_PURCHASE_MESSAGES("post-purchase-messages"),
  COPILOT("copilot");

  private final String key;

  Feature(String key) {
    this.key = key;
  }

  /** The name in StoreRollout specs and flags documents, e.g. {@code checkout-recommendations}. */
  public String key() {
    return key;
  }

  public static Optional<Feature> fromKey(String key) {
    return Arrays.stream(values()).filter(feature -> feature.key.equals(key)).findFirst();
  }
}
