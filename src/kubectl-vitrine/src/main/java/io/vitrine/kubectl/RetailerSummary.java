package io.vitrine.kubectl;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A readable summary of a RetailerIntegration: readiness, the tenant's parts, conditions. */
final class RetailerSummary {

  private RetailerSummary() {}

  static String render(Instant now, Map<String, Object> retailer) {
    return render(now, retailer, List.of());
  }

  /** The summary, with the StoreRollouts found in the tenant's namespace. */
  static String render(
      Instant now, Map<String, Object> retailer, List<Map<String, Object>> rollouts) {
    StringBuilder out = new StringBuilder();
    out.append("RetailerIntegration ")
        .append(Fields.text(retailer, "metadata", "name"))
        .append('\n');
    line(out, "Retailer", Fields.text(retailer, "spec", "retailerId"));
    line(out, "Display name", Fields.text(retailer, "spec", "displayName"));
    line(out, "Segment", Fields.text(retailer, "spec", "segment"));
    line(out, "POS", Fields.text(retailer, "spec", "pos", "provider"));
    line(out, "Ready", ConditionsView.ready(retailer));
    line(out, "Generation", ConditionsView.generation(retailer));
    line(out, "Deletion", deletion(retailer));
    out.append("Tenant:\n");
    Table parts = new Table("PART", "NAME");
    parts.row("Namespace", Fields.textOr(retailer, "-", "status", "namespace"));
    parts.row("Keycloak realm", Fields.textOr(retailer, "-", "status", "realm"));
    parts.row("OpenSearch alias", Fields.textOr(retailer, "-", "status", "indexAlias"));
    parts.row("PostgreSQL schema", Fields.textOr(retailer, "-", "status", "databaseSchema"));
    parts.row("tenant-service", Fields.textOr(retailer, "-", "status", "serviceUrl"));
    out.append(parts.render("  "));
    if (!rollouts.isEmpty()) {
      Table table = new Table("ROLLOUT", "READY", "PHASE", "TARGET", "STORES");
      for (Map<String, Object> rollout : rollouts) {
        table.row(
            Fields.text(rollout, "metadata", "name"),
            Fields.find(rollout, "type", "Ready", "status", "conditions")
                .map(c -> c.get("status") + " (" + c.get("reason") + ")")
                .orElse("Unknown"),
            Fields.textOr(rollout, "-", "status", "currentPhase", "name"),
            Fields.textOr(rollout, "-", "spec", "targetPhase"),
            Fields.textOr(rollout, "0", "status", "storesEnabled")
                + "/"
                + Fields.textOr(rollout, "0", "status", "storesTargeted"));
      }
      out.append("Rollouts:\n").append(table.render("  "));
    }
    out.append("Conditions:\n").append(ConditionsView.table(retailer, now));
    return out.toString();
  }

  private static String deletion(Map<String, Object> retailer) {
    String policy = Fields.textOr(retailer, "Retain", "spec", "deletionPolicy");
    boolean prevented = "true".equals(Fields.text(retailer, "spec", "preventDeletion"));
    return "policy " + policy + (prevented ? ", deletion prevented (spec.preventDeletion)" : "");
  }

  static void line(StringBuilder out, String label, String value) {
    if (!value.isEmpty()) {
      out.append(String.format("%-14s%s%n", label + ":", value));
    }
  }
}
