package io.vitrine.kubectl;

import static io.vitrine.kubectl.RetailerSummary.line;

import java.util.List;
import java.util.Map;

/**
 * A readable summary of a StoreRollout: current and target phase, stores, gates with their values,
 * a pending approval, and the last actions taken from the command line.
 */
final class RolloutSummary {

  private static final int LAST_ACTIONS = 5;

  private RolloutSummary() {}

  static String render(Map<String, Object> rollout) {
    StringBuilder out = new StringBuilder();
    String name = Fields.text(rollout, "metadata", "name");
    String namespace = Fields.text(rollout, "metadata", "namespace");
    out.append("StoreRollout ").append(name).append(" in ").append(namespace).append('\n');
    line(out, "Ready", ConditionsView.ready(rollout));
    line(out, "Generation", ConditionsView.generation(rollout));
    line(out, "Phase", phase(rollout));
    line(out, "Target phase", Fields.textOr(rollout, "-", "spec", "targetPhase"));
    line(out, "Stores", stores(rollout));
    line(out, "Paused", paused(rollout));
    line(out, "Approval", pendingApproval(rollout, name, namespace));
    line(out, "Failed gate", failedGate(rollout));
    line(out, "Flags", revision(rollout));
    section(out, "Phases", phases(rollout));
    section(out, "Gates", gates(rollout));
    section(out, "Approvals", approvals(rollout));
    section(out, "Last actions", lastActions(rollout));
    out.append("Conditions:\n").append(ConditionsView.table(rollout));
    return out.toString();
  }

  private static String phase(Map<String, Object> rollout) {
    String current = Fields.text(rollout, "status", "currentPhase", "name");
    if (current.isEmpty()) {
      return "-";
    }
    String state = Fields.text(rollout, "status", "currentPhase", "state");
    String since = Fields.text(rollout, "status", "currentPhase", "startedAt");
    return current
        + (state.isEmpty() ? "" : " (" + state + ")")
        + (since.isEmpty() ? "" : " since " + since);
  }

  private static String stores(Map<String, Object> rollout) {
    return Fields.textOr(rollout, "0", "status", "storesEnabled")
        + " enabled / "
        + Fields.textOr(rollout, "0", "status", "storesTargeted")
        + " targeted";
  }

  private static String paused(Map<String, Object> rollout) {
    String by = Fields.text(rollout, "status", "pausedBy");
    if (!by.isEmpty()) {
      return "yes, by " + by + " (resume with: kubectl vitrine resume)";
    }
    return "true".equals(Fields.text(rollout, "spec", "paused"))
        ? "yes, by spec.paused in Git"
        : "";
  }

  private static String pendingApproval(
      Map<String, Object> rollout, String name, String namespace) {
    if (!"AwaitingApproval".equals(Fields.text(rollout, "status", "currentPhase", "state"))) {
      return "";
    }
    String phase = Fields.text(rollout, "status", "currentPhase", "name");
    return "phase %s waits for approval: kubectl vitrine approve %s -n %s --phase %s"
        .formatted(phase, name, namespace, phase);
  }

  private static String failedGate(Map<String, Object> rollout) {
    return Fields.at(rollout, "status", "failedGate")
        .map(
            gate ->
                "%s %s in %s: observed %s, wants %s %s (rolled back)"
                    .formatted(
                        Fields.text(gate, "feature"),
                        Fields.text(gate, "metric"),
                        Fields.text(gate, "phase"),
                        Fields.textOr(gate, "-", "observedValue"),
                        Fields.text(gate, "comparison"),
                        Fields.text(gate, "threshold")))
        .orElse("");
  }

  private static String revision(Map<String, Object> rollout) {
    String revision = Fields.text(rollout, "status", "flagsRevision");
    return revision.isEmpty()
        ? ""
        : "revision "
            + revision
            + " (ConfigMap "
            + Fields.text(rollout, "metadata", "name")
            + "-flags-r"
            + revision
            + ")";
  }

  private static Table phases(Map<String, Object> rollout) {
    Table table = new Table("PHASE", "TARGETED", "ENABLED", "FAILING", "FAILING STORES");
    for (Map<String, Object> p : Fields.list(rollout, "status", "phases")) {
      Object failingStores = p.get("failingStores");
      String failing =
          failingStores instanceof List<?> ids && !ids.isEmpty()
              ? String.join(",", strings(ids))
              : "";
      table.row(p.get("name"), p.get("targeted"), p.get("enabled"), p.get("failing"), failing);
    }
    return table;
  }

  private static Table gates(Map<String, Object> rollout) {
    Table table = new Table("PHASE", "FEATURE", "METRIC", "WANTS", "OBSERVED", "SAMPLE", "RESULT");
    for (Map<String, Object> g : Fields.list(rollout, "status", "gates")) {
      table.row(
          g.get("phase"),
          g.get("feature"),
          g.get("metric"),
          g.get("comparison") + " " + g.get("threshold"),
          g.get("observedValue") == null ? "-" : g.get("observedValue"),
          g.get("sampleSize") + "/" + g.get("minSampleSize"),
          g.get("result"));
    }
    return table;
  }

  private static Table approvals(Map<String, Object> rollout) {
    Table table = new Table("PHASE", "BY", "AT", "FROM");
    for (Map<String, Object> a : Fields.list(rollout, "status", "approvals")) {
      table.row(a.get("phase"), a.get("by"), a.get("at"), a.get("source"));
    }
    return table;
  }

  private static Table lastActions(Map<String, Object> rollout) {
    Table table = new Table("AT", "ACTION", "PHASE", "BY", "RESULT", "MESSAGE");
    List<Map<String, Object>> actions = Fields.list(rollout, "status", "actions");
    for (Map<String, Object> a :
        actions.subList(Math.max(0, actions.size() - LAST_ACTIONS), actions.size())) {
      table.row(
          a.get("at"),
          a.get("action"),
          a.get("phase"),
          a.get("by"),
          a.get("result"),
          a.get("message"));
    }
    return table;
  }

  private static void section(StringBuilder out, String title, Table table) {
    if (!table.isEmpty()) {
      out.append(title).append(":\n").append(table.render("  "));
    }
  }

  private static List<String> strings(List<?> values) {
    return values.stream().map(String::valueOf).toList();
  }
}
