package io.vitrine.operator.retailer.status;

import io.vitrine.operator.retailer.RetailerWorkflow;
import java.util.HashMap;
import java.util.Map;

/** Workflow outcomes for tests of status and of what reads it. */
public final class TestOutcomes {

  private TestOutcomes() {}

  /** Every dependent ready; tests then put the failure they are about. */
  public static Map<String, Outcome> allReady() {
    var outcomes = new HashMap<String, Outcome>();
    RetailerWorkflow.PARTS
        .values()
        .forEach(names -> names.forEach(n -> outcomes.put(n, Outcome.ready())));
    return outcomes;
  }
}
