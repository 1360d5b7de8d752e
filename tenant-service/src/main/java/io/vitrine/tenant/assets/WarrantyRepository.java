package io.vitrine.tenant.assets;

import static io.vitrine.tenant.common.db.SqlRows.first;
import static io.vitrine.tenant.common.db.SqlRows.map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** {@code warranty_rules} and {@code warranty_extensions}. */
@ApplicationScoped
public class WarrantyRepository {

  /** The retailer's rule for the product, else one from its catalog {@code warranty_months}. */
  Uni<Optional<WarrantyRule>> ruleFor(SqlClient sql, String sku) {
    return sql.preparedQuery(
            "SELECT r.sku, r.months, r.start_basis, r.transferable, r.repair_policy,"
                + " r.repair_extension_months, p.attributes ->> 'warranty_months'"
                + " FROM (SELECT $1::text AS sku) k LEFT JOIN warranty_rules r ON r.sku = k.sku"
                + " LEFT JOIN products p ON p.sku = k.sku")
        .execute(Tuple.of(sku))
        .map(rows -> first(rows).flatMap(row -> rule(sku, row)));
  }

  private static Optional<WarrantyRule> rule(String sku, Row row) {
    if (row.getString(0) != null) {
      return Optional.of(stored(row));
    }
    String catalogMonths = row.getString(6);
    if (catalogMonths == null || !catalogMonths.trim().matches("\\d{1,3}")) {
      return Optional.empty();
    }
    return Optional.of(WarrantyRule.fromCatalog(sku, Integer.parseInt(catalogMonths.trim())));
  }

  private static WarrantyRule stored(Row row) {
    return new WarrantyRule(
        row.getString(0),
        row.getInteger(1),
        WarrantyRule.StartBasis.valueOf(row.getString(2)),
        row.getBoolean(3),
        WarrantyRule.RepairPolicy.valueOf(row.getString(4)),
        row.getInteger(5));
  }

  Uni<List<WarrantyRule>> rules(SqlClient sql) {
    return sql.preparedQuery(
            "SELECT sku, months, start_basis, transferable, repair_policy,"
                + " repair_extension_months FROM warranty_rules ORDER BY sku")
        .execute()
        .map(rows -> map(rows, WarrantyRepository::stored));
  }

  Uni<Void> put(SqlClient sql, WarrantyRule rule) {
    return sql.preparedQuery(
            "INSERT INTO warranty_rules (sku, months, start_basis, transferable, repair_policy,"
                + " repair_extension_months) VALUES ($1, $2, $3, $4, $5, $6)"
                + " ON CONFLICT (sku) DO UPDATE SET months = EXCLUDED.months,"
                + " start_basis = EXCLUDED.start_basis, transferable = EXCLUDED.transferable,"
                + " repair_policy = EXCLUDED.repair_policy,"
                + " repair_extension_months = EXCLUDED.repair_extension_months, updated_at = now()")
        .execute(
            Tuple.of(rule.sku(), rule.months(), rule.startBasis().name(), rule.transferable())
                .addValue(rule.repairPolicy().name())
                .addValue(rule.repairExtensionMonths()))
        .replaceWithVoid();
  }

  Uni<Integer> extensionMonths(SqlClient sql, long assetId) {
    return sql.preparedQuery(
            "SELECT coalesce(sum(months), 0)::int FROM warranty_extensions WHERE asset_id = $1")
        .execute(Tuple.of(assetId))
        .map(rows -> rows.iterator().next().getInteger(0));
  }

  /** False when this source transaction already extended the asset (a retried request). */
  Uni<Boolean> extend(
      SqlClient sql,
      long assetId,
      int months,
      String reason,
      String sourceTransaction,
      String actor) {
    return sql.preparedQuery(
            "INSERT INTO warranty_extensions (asset_id, months, reason, source_transaction, actor)"
                + " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (asset_id, source_transaction)"
                + " DO NOTHING")
        .execute(Tuple.of(assetId, months, reason, sourceTransaction).addValue(actor))
        .map(rows -> rows.rowCount() == 1);
  }
}
