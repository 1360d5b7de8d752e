package io.vitrine.tenant.copilot;

import java.util.ArrayList;
import java.util.List;

/**
 * What the tools established for one question; null where a tool was not needed.
 *
 * @param stock the stores that have each product in question, the asking store first
 */
record CopilotFacts(List<StoreStock> stock, ScreeningFact screening, LoyaltyFact loyalty) {

  static final CopilotFacts NONE = new CopilotFacts(null, null, null);

  boolean any() {
    return stock != null || screening != null || loyalty != null;
  }

  /** The tools used, by name, for the audit record. */
  List<String> tools() {
    var tools = new ArrayList<String>();
    if (stock != null) {
      tools.add("stock");
    }
    if (screening != null) {
      tools.add("screening");
    }
    if (loyalty != null) {
      tools.add("loyalty");
    }
    return tools;
  }
}
