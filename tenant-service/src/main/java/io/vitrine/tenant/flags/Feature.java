package io.vitrine.tenant.flags;

import io.vitrine.api.v1alpha1.rollout.FeatureName;
import java.util.Optional;

/**
 * The AI capabilities a StoreRollout governs, as tenant-service serves them: one per {@link
 * FeatureName} of the StoreRollout API, whose key names it in StoreRollout specs and in the
 * published flags.
 */
public enum Feature {
  CHECKOUT_RECOMMENDATIONS(FeatureName.CHECKOUT_RECOMMENDATIONS),
  ALLERGY_SCREENING(FeatureName.ALLERGY_SCREENING),
  LOYALTY_PERSONALIZATION(FeatureName.LOYALTY_PERSONALIZATION),
  CLIENTELING(FeatureName.CLIENTELING),
  POST_PURCHASE_MESSAGES(FeatureName.POST_PURCHASE_MESSAGES),
  COPILOT(FeatureName.COPILOT);

  private final FeatureName contract;

  Feature(FeatureName contract) {
    this.contract = contract;
  }

  /** The name in StoreRollout specs and flags documents, e.g. {@code checkout-recommendations}. */
  public String key() {
    return contract.key();
  }

  public static Optional<Feature> fromKey(String key) {
    return FeatureName.fromKey(key).map(Feature::of);
  }

  /**
   * Exhaustive on purpose: a feature added to the StoreRollout API does not compile here until
   * tenant-service serves it.
   */
  static Feature of(FeatureName name) {
    return switch (name) {
      case CHECKOUT_RECOMMENDATIONS -> CHECKOUT_RECOMMENDATIONS;
      case ALLERGY_SCREENING -> ALLERGY_SCREENING;
      case LOYALTY_PERSONALIZATION -> LOYALTY_PERSONALIZATION;
      case CLIENTELING -> CLIENTELING;
      case POST_PURCHASE_MESSAGES -> POST_PURCHASE_MESSAGES;
      case COPILOT -> COPILOT;
    };
  }
}
