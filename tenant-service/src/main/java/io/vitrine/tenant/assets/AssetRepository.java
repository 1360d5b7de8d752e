package io.vitrine.tenant.assets;

import static io.vitrine.tenant.common.db.SqlRows.first;
import static io.vitrine.tenant.common.db.SqlRows.instant;
import static io.vitrine.tenant.common.db.SqlRows.map;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.pos.LineTag;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code assets}, {@code asset_events}, {@code asset_tasks} and what capture reads of a sale. Every
 * method runs on the caller's {@link SqlClient}: the service owns the transaction.
 */
@ApplicationScoped
public class AssetRepository {

  /** A stored sale as capture needs it. */
  record SaleHeader(
      long saleId,
      String provider,
      String posSaleId,
      Long storeId,
      Long customerId,
      OffsetDateTime occurredAt) {
    String sourceTransaction() {
      return provider + ":" + posSaleId;
    }
  }

  /** A line of a serialized product. */
  record SoldLine(int lineNumber, String sku, int quantity, String gtin) {}

  /** An asset's row, locked for the transaction. */
  record LockedAsset(long id, String sku, String serial, boolean stolen) {}

  /** What the chain of custody says about who holds the asset. */
  record Holding(AssetEventKind lastOwnership, Long lastSaleId, boolean soldBefore) {}

  /** An event to append; {@code occurredAt} null means the transaction's time. */
  record NewEvent(
      OffsetDateTime occurredAt,
      long assetId,
      AssetEventKind kind,
      Long storeId,
      Long customerId,
      Long saleId,
      String sourceTransaction,
      String actor,
      boolean stolenFlag,
      Map<String, Object> details) {}

  record NewTask(
      AssetTaskKind kind,
      Long saleId,
      Integer lineNumber,
      Long assetId,
      Long eventId,
      String sku,
      Long storeId,
      Map<String, Object> details) {}

  private static final String ASSET_COLUMNS =
      "a.id, a.sku, a.serial, a.gtin, a.store_id, c.pseudonym, a.stolen";

  Uni<Optional<SaleHeader>> sale(SqlClient sql, long saleId) {
    return sql.preparedQuery(
            "SELECT id, pos_provider, pos_sale_id, store_id, customer_id, occurred_at FROM sales"
                + " WHERE id = $1")
        .execute(Tuple.of(saleId))
        .map(
            rows ->
                first(rows)
                    .map(
                        row ->
                            new SaleHeader(
                                row.getLong(0),
                                row.getString(1),
                                row.getString(2),
                                row.getLong(3),
                                row.getLong(4),
                                row.getOffsetDateTime(5))));
  }

  Uni<List<SoldLine>> serializedLines(SqlClient sql, long saleId) {
    return sql.preparedQuery(
            "SELECT l.line_number, l.sku, l.quantity, p.attributes ->> 'gtin' FROM sale_lines l"
                + " JOIN products p ON p.sku = l.sku"
                + " WHERE l.sale_id = $1 AND p.serialized ORDER BY l.line_number")
        .execute(Tuple.of(saleId))
        .map(
            rows ->
                map(
                    rows,
                    row ->
                        new SoldLine(
                            row.getInteger(0),
                            row.getString(1),
                            row.getBigDecimal(2).intValue(),
                            row.getString(3))));
  }

  Uni<List<LineTag>> tags(SqlClient sql, long saleId) {
    return sql.preparedQuery(
            "SELECT line_number, source, name, value FROM sale_line_tags WHERE sale_id = $1")
        .execute(Tuple.of(saleId))
        .map(
            rows ->
                map(
                    rows,
                    row ->
                        new LineTag(
                            row.getInteger(0),
                            LineTag.Source.valueOf(row.getString(1)),
                            row.getString(2),
                            row.getString(3))));
  }

  /** The asset of this product and serial, created if new, locked until the transaction ends. */
  Uni<LockedAsset> lock(SqlClient sql, String sku, String serial, String gtin, Long storeId) {
    return sql.preparedQuery(
            "INSERT INTO assets (sku, serial, gtin, store_id) VALUES ($1, $2, $3, $4)"
                + " ON CONFLICT (sku, serial) DO NOTHING")
        .execute(Tuple.of(sku, serial, gtin, storeId))
        .flatMap(
            inserted ->
                sql.preparedQuery(
                        "SELECT id, sku, serial, stolen FROM assets WHERE sku = $1 AND serial = $2"
                            + " FOR UPDATE")
                    .execute(Tuple.of(sku, serial)))
        .map(rows -> first(rows).map(AssetRepository::locked).orElseThrow());
  }

  /** An existing asset by id, locked until the transaction ends. */
  Uni<Optional<LockedAsset>> lock(SqlClient sql, long assetId) {
    return sql.preparedQuery("SELECT id, sku, serial, stolen FROM assets WHERE id = $1 FOR UPDATE")
        .execute(Tuple.of(assetId))
        .map(rows -> first(rows).map(AssetRepository::locked));
  }

  private static LockedAsset locked(Row row) {
    return new LockedAsset(row.getLong(0), row.getString(1), row.getString(2), row.getBoolean(3));
  }

  Uni<Holding> holding(SqlClient sql, long assetId) {
    return sql.preparedQuery(
            "SELECT kind, sale_id, EXISTS (SELECT 1 FROM asset_events WHERE asset_id = $1"
                + " AND kind IN ('SOLD', 'RESOLD')) FROM asset_events WHERE asset_id = $1"
                + " AND kind IN ('RECEIVED', 'SOLD', 'RESOLD', 'RETURNED', 'TRANSFERRED')"
                + " ORDER BY id DESC LIMIT 1")
        .execute(Tuple.of(assetId))
        .map(
            rows ->
                first(rows)
                    .map(
                        row ->
                            new Holding(
                                AssetEventKind.valueOf(row.getString(0)),
                                row.getLong(1),
                                row.getBoolean(2)))
                    .orElse(new Holding(null, null, false)));
  }

  Uni<Boolean> saleRecorded(SqlClient sql, long assetId, long saleId) {
    return sql.preparedQuery(
            "SELECT EXISTS (SELECT 1 FROM asset_events WHERE asset_id = $1 AND sale_id = $2"
                + " AND kind IN ('SOLD', 'RESOLD'))")
        .execute(Tuple.of(assetId, saleId))
        .map(rows -> rows.iterator().next().getBoolean(0));
  }

  Uni<Long> append(SqlClient sql, NewEvent event) {
    return sql.preparedQuery(
            "INSERT INTO asset_events (asset_id, kind, store_id, customer_id, sale_id,"
                + " source_transaction, actor, stolen_flag, details, occurred_at)"
                + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, coalesce($10, now())) RETURNING id")
        .execute(
            Tuple.of(event.assetId(), event.kind().name(), event.storeId(), event.customerId())
                .addValue(event.saleId())
                .addValue(event.sourceTransaction())
                .addValue(event.actor())
                .addValue(event.stolenFlag())
                .addValue(new JsonObject(Map.copyOf(event.details())))
                .addValue(event.occurredAt()))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  /** After an event: where the asset is, whose it is, and whether it is reported stolen. */
  Uni<Void> update(SqlClient sql, long assetId, Long storeId, Long ownerId, boolean stolen) {
    return sql.preparedQuery(
            "UPDATE assets SET store_id = coalesce($2, store_id), owner_customer_id = $3,"
                + " stolen = $4, updated_at = now() WHERE id = $1")
        .execute(Tuple.of(assetId, storeId, ownerId, stolen))
        .replaceWithVoid();
  }

  Uni<Void> updateStore(SqlClient sql, long assetId, Long storeId, boolean stolen) {
    return sql.preparedQuery(
            "UPDATE assets SET store_id = coalesce($2, store_id), stolen = $3, updated_at = now()"
                + " WHERE id = $1")
        .execute(Tuple.of(assetId, storeId, stolen))
        .replaceWithVoid();
  }

  Uni<Void> task(SqlClient sql, NewTask task) {
    return sql.preparedQuery(
            "INSERT INTO asset_tasks (kind, sale_id, line_number, asset_id, event_id, sku,"
                + " store_id, details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
                + " ON CONFLICT DO NOTHING")
        .execute(
            Tuple.of(task.kind().name(), task.saleId(), task.lineNumber(), task.assetId())
                .addValue(task.eventId())
                .addValue(task.sku())
                .addValue(task.storeId())
                .addValue(new JsonObject(Map.copyOf(task.details()))))
        .replaceWithVoid();
  }

  /** The missing-serial task of a line that now has all its serials is done. */
  Uni<Void> resolveMissingSerial(SqlClient sql, long saleId, int lineNumber, String actor) {
    return sql.preparedQuery(
            "UPDATE asset_tasks SET status = 'RESOLVED', resolved_at = now(), resolved_by = $3"
                + " WHERE kind = 'MISSING_SERIAL' AND sale_id = $1 AND line_number = $2"
                + " AND status = 'OPEN'")
        .execute(Tuple.of(saleId, lineNumber, actor))
        .replaceWithVoid();
  }

  Uni<Optional<String>> posSaleId(SqlClient sql, Long saleId) {
    if (saleId == null) {
      return Uni.createFrom().item(Optional.empty());
    }
    return sql.preparedQuery("SELECT pos_provider || ':' || pos_sale_id FROM sales WHERE id = $1")
        .execute(Tuple.of(saleId))
        .map(rows -> first(rows).map(row -> row.getString(0)));
  }

  Uni<Optional<Long>> customerId(SqlClient sql, String pseudonym) {
    if (pseudonym == null) {
      return Uni.createFrom().item(Optional.empty());
    }
    return sql.preparedQuery("SELECT id FROM customers WHERE pseudonym = $1")
        .execute(Tuple.of(pseudonym))
        .map(rows -> first(rows).map(row -> row.getLong(0)));
  }

  Uni<Boolean> storeExists(SqlClient sql, long storeId) {
    return sql.preparedQuery("SELECT EXISTS (SELECT 1 FROM stores WHERE id = $1)")
        .execute(Tuple.of(storeId))
        .map(rows -> rows.iterator().next().getBoolean(0));
  }

  /** The product's GTIN ({@code gtin} attribute, empty when none), if the product exists. */
  Uni<Optional<String>> gtinOf(SqlClient sql, String sku) {
    return sql.preparedQuery(
            "SELECT coalesce(attributes ->> 'gtin', '') FROM products WHERE sku = $1")
        .execute(Tuple.of(sku))
        .map(rows -> first(rows).map(row -> row.getString(0)));
  }

  // Reads for the till.

  Uni<Optional<AssetView.Summary>> find(SqlClient sql, long assetId) {
    return sql.preparedQuery(
            "SELECT "
                + ASSET_COLUMNS
                + " FROM assets a"
                + " LEFT JOIN customers c ON c.id = a.owner_customer_id WHERE a.id = $1")
        .execute(Tuple.of(assetId))
        .map(rows -> first(rows).map(AssetRepository::summary));
  }

  Uni<List<AssetView.Summary>> bySerial(SqlClient sql, String serial) {
    return sql.preparedQuery(
            "SELECT "
                + ASSET_COLUMNS
                + " FROM assets a"
                + " LEFT JOIN customers c ON c.id = a.owner_customer_id WHERE a.serial = $1"
                + " ORDER BY a.id")
        .execute(Tuple.of(serial))
        .map(rows -> map(rows, AssetRepository::summary));
  }

  Uni<List<AssetView.Summary>> byOwner(SqlClient sql, String pseudonym) {
    return sql.preparedQuery(
            "SELECT "
                + ASSET_COLUMNS
                + " FROM assets a"
                + " JOIN customers c ON c.id = a.owner_customer_id WHERE c.pseudonym = $1"
                + " ORDER BY a.id")
        .execute(Tuple.of(pseudonym))
        .map(rows -> map(rows, AssetRepository::summary));
  }

  private static AssetView.Summary summary(Row row) {
    return new AssetView.Summary(
        row.getLong(0),
        row.getString(1),
        row.getString(2),
        row.getString(3),
        row.getLong(4),
        row.getString(5),
        row.getBoolean(6));
  }

  /** The chain of custody of every asset with this serial (of one product, if given), in order. */
  Uni<List<CustodyEvent>> custody(SqlClient sql, String serial, String sku, Long assetId) {
    return sql.preparedQuery(
            "SELECT e.id, e.asset_id, a.sku, a.serial, e.kind, e.occurred_at, e.store_id,"
                + " c.pseudonym, e.sale_id, e.source_transaction, e.actor, e.stolen_flag,"
                + " e.details FROM asset_events e JOIN assets a ON a.id = e.asset_id"
                + " LEFT JOIN customers c ON c.id = e.customer_id"
                + " WHERE ($1::text IS NULL OR a.serial = $1) AND ($2::text IS NULL OR a.sku = $2)"
                + " AND ($3::bigint IS NULL OR a.id = $3) ORDER BY e.asset_id, e.id")
        .execute(Tuple.of(serial, sku, assetId))
        .map(rows -> map(rows, AssetRepository::custodyEvent));
  }

  private static CustodyEvent custodyEvent(Row row) {
    JsonObject details = row.getJsonObject(12);
    return new CustodyEvent(
        row.getLong(0),
        row.getLong(1),
        row.getString(2),
        row.getString(3),
        AssetEventKind.valueOf(row.getString(4)),
        instant(row.getOffsetDateTime(5)),
        row.getLong(6),
        row.getString(7),
        row.getLong(8),
        row.getString(9),
        row.getString(10),
        row.getBoolean(11),
        details == null ? Map.of() : details.getMap());
  }

  /** The sale that sold the asset last, if the retailer sold it. */
  Uni<Optional<AssetView.SaleRef>> lastSale(SqlClient sql, long assetId) {
    return sql.preparedQuery(
            "SELECT s.id, s.pos_provider, s.pos_sale_id, s.store_id, s.occurred_at"
                + " FROM asset_events e JOIN sales s ON s.id = e.sale_id"
                + " WHERE e.asset_id = $1 AND e.kind IN ('SOLD', 'RESOLD')"
                + " ORDER BY e.id DESC LIMIT 1")
        .execute(Tuple.of(assetId))
        .map(
            rows ->
                first(rows)
                    .map(
                        row ->
                            new AssetView.SaleRef(
                                row.getLong(0),
                                row.getString(1),
                                row.getString(2),
                                row.getLong(3),
                                instant(row.getOffsetDateTime(4)))));
  }

  Uni<List<AssetTask>> openTasks(SqlClient sql, Long assetId, Long storeId, int limit) {
    return sql.preparedQuery(
            "SELECT id, kind, status, sale_id, line_number, asset_id, sku, store_id, details,"
                + " created_at FROM asset_tasks WHERE status = 'OPEN'"
                + " AND ($1::bigint IS NULL OR asset_id = $1)"
                + " AND ($2::bigint IS NULL OR store_id = $2) ORDER BY id LIMIT $3")
        .execute(Tuple.of(assetId, storeId, limit))
        .map(
            rows ->
                map(
                    rows,
                    row ->
                        new AssetTask(
                            row.getLong(0),
                            AssetTaskKind.valueOf(row.getString(1)),
                            row.getString(2),
                            row.getLong(3),
                            row.getInteger(4),
                            row.getLong(5),
                            row.getString(6),
                            row.getLong(7),
                            row.getJsonObject(8).getMap(),
                            instant(row.getOffsetDateTime(9)))));
  }

  Uni<Boolean> resolveTask(SqlClient sql, long taskId, String actor) {
    return sql.preparedQuery(
            "UPDATE asset_tasks SET status = 'RESOLVED', resolved_at = now(), resolved_by = $2"
                + " WHERE id = $1 AND status = 'OPEN'")
        .execute(Tuple.of(taskId, actor))
        .map(rows -> rows.rowCount() == 1);
  }
}
