package io.vitrine.kubectl;

import java.util.Map;

/** A readable summary of a RetailerIntegration: readiness, the tenant's parts, conditions. */
final class RetailerSummary {

  private RetailerSummary() {}

  static String render(Map<String, Object> retailer) {
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
    out.append("Conditions:\n").append(ConditionsView.table(retailer));
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
