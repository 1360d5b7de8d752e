package io.vitrine.tenant.checkout.ranking;

/**
 * What associates did with earlier suggestions, as a multiplier on a candidate's score: above 1
 * when a suggestion was mostly accepted, below 1 when mostly rejected, 1 without feedback.
 */
@FunctionalInterface
public interface AcceptancePriors {

  double factor(String anchorSku, String candidateSku);

  static AcceptancePriors neutral() {
    return (anchor, candidate) -> 1.0;
  }
}
