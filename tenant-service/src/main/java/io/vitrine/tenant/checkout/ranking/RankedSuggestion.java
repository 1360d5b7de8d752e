package io.vitrine.tenant.checkout.ranking;

import java.util.List;

/** A suggestion as ranked, with the evidence behind its score and reason. */
public record RankedSuggestion(
    String sku,
    String name,
    double score,
    String reason,
    boolean discountEligible,
    List<Evidence> evidence) {

  public RankedSuggestion {
    evidence = List.copyOf(evidence);
  }
}
