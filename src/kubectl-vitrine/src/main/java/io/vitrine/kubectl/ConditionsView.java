package io.vitrine.kubectl;

import java.util.Map;
import java.util.Optional;

/** The kstatus conditions of a resource: the Ready headline and the full table. */
final class ConditionsView {

  private ConditionsView() {}

  /** "True (Reason): message" for the Ready condition, or a note that there is no status yet. */
  static String ready(Map<String, Object> resource) {
    Optional<Map<String, Object>> ready =
        Fields.find(resource, "type", "Ready", "status", "conditions");
    return ready
        .map(c -> headline(c.get("status"), c.get("reason"), c.get("message")))
        .orElse("Unknown (the operator has not reported a status yet)");
  }

  /** Whether the operator has seen the latest spec. */
  static String generation(Map<String, Object> resource) {
    String generation = Fields.textOr(resource, "?", "metadata", "generation");
    String observed = Fields.textOr(resource, "none", "status", "observedGeneration");
    String note = generation.equals(observed) ? "" : " (the operator has not caught up yet)";
    return generation + ", observed " + observed + note;
  }

  static String table(Map<String, Object> resource) {
    Table table = new Table("TYPE", "STATUS", "REASON", "SINCE", "MESSAGE");
    for (Map<String, Object> c : Fields.list(resource, "status", "conditions")) {
      table.row(
          c.get("type"),
          c.get("status"),
          c.get("reason"),
          c.get("lastTransitionTime"),
          c.get("message"));
    }
    return table.isEmpty() ? "  (none)\n" : table.render("  ");
  }

  private static String headline(Object status, Object reason, Object message) {
    String text = String.valueOf(status);
    if (reason != null) {
      text += " (" + reason + ")";
    }
    if (message != null && !String.valueOf(message).isBlank()) {
      text += ": " + message;
    }
    return text;
  }
}
