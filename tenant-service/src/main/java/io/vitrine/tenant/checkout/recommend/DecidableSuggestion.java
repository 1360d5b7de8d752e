package io.vitrine.tenant.checkout.recommend;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A stored recommend answer as a decision on it needs it.
 *
 * @param anchors the suggested SKUs, best first, each with the cart item it was suggested for (null
 *     when none)
 * @param decided the suggested SKUs already accepted or rejected
 */
public record DecidableSuggestion(
    String posLocationId,
    String cartId,
    String algorithm,
    Map<String, String> anchors,
    Set<String> decided) {

  public DecidableSuggestion {
    anchors = Collections.unmodifiableMap(new LinkedHashMap<>(anchors));
    decided = Set.copyOf(decided);
  }
}
