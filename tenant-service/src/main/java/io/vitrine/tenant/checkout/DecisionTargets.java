package io.vitrine.tenant.checkout;

import static io.vitrine.tenant.common.problem.ProblemType.CHECKOUT_ALREADY_DECIDED;
import static io.vitrine.tenant.common.problem.ProblemType.CHECKOUT_INVALID_DECISION;

import io.vitrine.tenant.common.problem.Problem;
import java.util.List;
import java.util.Set;

/**
 * Which SKUs of an answer an associate's decision applies to, or why it cannot apply: a SKU the
 * answer did not hold is invalid (422), one already decided is a conflict (409).
 */
public final class DecisionTargets {

  private DecisionTargets() {}

  /**
   * @param sku the accepted SKU; may be absent when the answer held a single suggestion
   * @param suggested the answer's suggested SKUs
   * @param decided those already accepted or rejected
   */
  public static List<String> accepted(String sku, List<String> suggested, Set<String> decided) {
    if (absent(sku) && suggested.size() != 1) {
      throw Problem.of(
          CHECKOUT_INVALID_DECISION,
          "Name the accepted sku: the answer held " + suggested.size() + " suggestions.");
    }
    return decidable(sku, suggested, decided);
  }

  /**
   * @param sku the rejected SKU; absent rejects every suggestion of the answer not yet decided
   */
  public static List<String> rejected(String sku, List<String> suggested, Set<String> decided) {
    return decidable(sku, suggested, decided);
  }

  /**
   * @param sku the overridden SKU; may be absent when the screening raised a single alert
   * @param alerted the SKUs the screening raised an alert for
   */
  public static String overridden(String sku, List<String> alerted, Set<String> overridden) {
    if (absent(sku)) {
      if (alerted.size() != 1) {
        throw Problem.of(
            CHECKOUT_INVALID_DECISION,
            "Name the overridden sku: the screening raised " + alerted.size() + " alerts.");
      }
      sku = alerted.get(0);
    }
    if (!alerted.contains(sku)) {
      throw Problem.of(
          CHECKOUT_INVALID_DECISION, "The screening raised no alert for the sku '" + sku + "'.");
    }
    if (overridden.contains(sku)) {
      throw Problem.of(
          CHECKOUT_ALREADY_DECIDED, "The alert for '" + sku + "' is already overridden.");
    }
    return sku;
  }

  private static List<String> decidable(String sku, List<String> suggested, Set<String> decided) {
    if (absent(sku)) {
      List<String> open = suggested.stream().filter(s -> !decided.contains(s)).toList();
      if (open.isEmpty()) {
        throw Problem.of(
            CHECKOUT_ALREADY_DECIDED, "Every suggestion of this answer is already decided.");
      }
      return open;
    }
    if (!suggested.contains(sku)) {
      throw Problem.of(
          CHECKOUT_INVALID_DECISION, "The sku '" + sku + "' was not suggested in this answer.");
    }
    if (decided.contains(sku)) {
      throw Problem.of(
          CHECKOUT_ALREADY_DECIDED, "The suggestion of '" + sku + "' is already decided.");
    }
    return List.of(sku);
  }

  private static boolean absent(String sku) {
    return sku == null || sku.isBlank();
  }
}
