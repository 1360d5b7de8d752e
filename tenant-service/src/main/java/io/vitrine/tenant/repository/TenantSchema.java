package io.vitrine.tenant.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The tenant's schema, for SQL run on the Vert.x pool (which has no default schema). */
@ApplicationScoped
public class TenantSchema {

  private final String quoted;

  public TenantSchema(@ConfigProperty(name = "vitrine.database.schema") String schema) {
    // The schema name is the operator's, from [a-z0-9_]; quoted all the same.
    this.quoted = "\"" + schema.replace("\"", "\"\"") + "\"";
  }

  /** The statement with every {@code {s}} replaced by the quoted schema name. */
  public String qualify(String sql) {
    return sql.replace("{s}", quoted);
  }
}
