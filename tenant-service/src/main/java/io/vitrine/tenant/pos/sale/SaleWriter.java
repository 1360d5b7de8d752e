package io.vitrine.tenant.pos.sale;

import static io.vitrine.tenant.common.db.SqlRows.first;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.pos.SaleCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Applies a normalised sale in one transaction, by version: a new sale is inserted, a newer version
 * replaces the sale and its lines, an equal or older version changes nothing. The upsert locks the
 * sale's row, so two versions applied at once are serialised. The same transaction asks for what
 * follows the sale in other features ({@link FollowUp}, run by {@link SaleFollowUps}), so that a
 * stored sale never misses them.
 *
 * <p>An unknown POS location becomes a new store named after it, with no labels, so that no sale is
 * lost or left without its store; an admin labels it later.
 */
@ApplicationScoped
public class SaleWriter {

  private static final String UPSERT_SALE =
      "INSERT INTO sales (pos_provider, pos_sale_id, pos_version, store_id, customer_id, total,"
          + " currency, occurred_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
          + " ON CONFLICT (pos_provider, pos_sale_id) DO UPDATE SET"
          + " pos_version = EXCLUDED.pos_version, store_id = EXCLUDED.store_id,"
          + " customer_id = EXCLUDED.customer_id, total = EXCLUDED.total,"
          + " currency = EXCLUDED.currency, occurred_at = EXCLUDED.occurred_at, updated_at = now()"
          + " WHERE sales.pos_version < EXCLUDED.pos_version"
          + " RETURNING id, (xmax = 0) AS created";

  private final Database database;
  private final CustomerPseudonyms pseudonyms;
  private final SaleFollowUpRepository followUps;

  public SaleWriter(
      Database database, CustomerPseudonyms pseudonyms, SaleFollowUpRepository followUps) {
    this.database = database;
    this.pseudonyms = pseudonyms;
    this.followUps = followUps;
  }

  /** The applied sale, or empty when the stored version was already as new or newer. */
  public Uni<Optional<SaleCompleted>> apply(NormalizedSale sale) {
    Optional<String> pseudonym = pseudonyms.of(sale.provider(), sale.customerRef());
    return database.inTransaction(
        connection ->
            optionalId(connection, sale.locationId(), SaleWriter::storeId)
                .flatMap(
                    storeId ->
                        optionalId(connection, pseudonym.orElse(null), SaleWriter::customerId)
                            .flatMap(customerId -> upsert(connection, sale, storeId, customerId))));
  }

  private Uni<Optional<SaleCompleted>> upsert(
      SqlConnection connection, NormalizedSale sale, Long storeId, Long customerId) {
    return upsertSale(connection, sale, storeId, customerId)
        .call(
            applied ->
                applied
                    .map(
                        completed ->
                            followUps.enqueue(
                                connection,
                                completed.saleId(),
                                completed.posVersion(),
                                FollowUp.of(completed.created())))
                    .orElseGet(() -> Uni.createFrom().voidItem()));
  }

  private Uni<Optional<SaleCompleted>> upsertSale(
      SqlConnection connection, NormalizedSale sale, Long storeId, Long customerId) {
    Tuple values =
        Tuple.of(sale.provider().configName(), sale.posSaleId(), sale.posVersion(), storeId)
            .addValue(customerId)
            .addValue(sale.total())
            .addValue(sale.currency())
            .addValue(sale.occurredAt().atOffset(ZoneOffset.UTC));
    return connection
        .preparedQuery(UPSERT_SALE)
        .execute(values)
        .flatMap(
            rows -> {
              Optional<Row> row = first(rows);
              if (row.isEmpty()) {
                return Uni.createFrom().item(Optional.<SaleCompleted>empty());
              }
              long saleId = row.get().getLong(0);
              boolean created = row.get().getBoolean(1);
              return replaceLines(connection, saleId, sale)
                  .map(done -> Optional.of(completed(sale, saleId, created, storeId, customerId)));
            });
  }

  private static SaleCompleted completed(
      NormalizedSale sale, long saleId, boolean created, Long storeId, Long customerId) {
    return new SaleCompleted(
        saleId,
        storeId,
        customerId,
        sale.provider().configName(),
        sale.posSaleId(),
        sale.posVersion(),
        created,
        sale.total(),
        sale.currency(),
        sale.occurredAt(),
        sale.lines());
  }

  private static Uni<Void> replaceLines(
      SqlConnection connection, long saleId, NormalizedSale sale) {
    return replaceSaleLines(connection, saleId, sale)
        .flatMap(done -> replaceTags(connection, saleId, sale));
  }

  private static Uni<Void> replaceTags(SqlConnection connection, long saleId, NormalizedSale sale) {
    Uni<Void> deleted =
        connection
            .preparedQuery("DELETE FROM sale_line_tags WHERE sale_id = $1")
            .execute(Tuple.of(saleId))
            .replaceWithVoid();
    if (sale.tags().isEmpty()) {
      return deleted;
    }
    List<Tuple> tags =
        sale.tags().stream()
            .map(
                tag ->
                    Tuple.of(saleId, tag.lineNumber(), tag.source().name(), tag.name())
                        .addValue(tag.value()))
            .toList();
    return deleted.flatMap(
        done ->
            connection
                .preparedQuery(
                    "INSERT INTO sale_line_tags (sale_id, line_number, source, name, value)"
                        + " VALUES ($1, $2, $3, $4, $5)")
                .executeBatch(tags)
                .replaceWithVoid());
  }

  private static Uni<Void> replaceSaleLines(
      SqlConnection connection, long saleId, NormalizedSale sale) {
    Uni<Void> deleted =
        connection
            .preparedQuery("DELETE FROM sale_lines WHERE sale_id = $1")
            .execute(Tuple.of(saleId))
            .replaceWithVoid();
    if (sale.lines().isEmpty()) {
      return deleted;
    }
    List<Tuple> lines =
        sale.lines().stream()
            .map(
                line ->
                    Tuple.of(
                        saleId,
                        line.lineNumber(),
                        line.sku(),
                        line.quantity(),
                        line.unitPrice(),
                        line.total()))
            .toList();
    return deleted.flatMap(
        done ->
            connection
                .preparedQuery(
                    "INSERT INTO sale_lines (sale_id, line_number, sku, quantity, unit_price,"
                        + " total) VALUES ($1, $2, $3, $4, $5, $6)")
                .executeBatch(lines)
                .replaceWithVoid());
  }

  /** How to find or create the row a sale refers to by a natural key. */
  private interface IdLookup {
    Uni<Long> idOf(SqlConnection connection, String key);
  }

  /** The id of the row with {@code key}, or null (as the sale's column) when there is no key. */
  private static Uni<Long> optionalId(SqlConnection connection, String key, IdLookup lookup) {
    return key == null ? Uni.createFrom().nullItem() : lookup.idOf(connection, key);
  }

  private static Uni<Long> storeId(SqlConnection connection, String locationId) {
    return connection
        .preparedQuery(
            "INSERT INTO stores (pos_location_id, name) VALUES ($1, $2)"
                + " ON CONFLICT (pos_location_id) DO NOTHING")
        .execute(Tuple.of(locationId, "POS location " + locationId))
        .flatMap(
            inserted ->
                idOf(connection, "SELECT id FROM stores WHERE pos_location_id = $1", locationId));
  }

  private static Uni<Long> customerId(SqlConnection connection, String pseudonym) {
    return connection
        .preparedQuery(
            "INSERT INTO customers (pseudonym) VALUES ($1) ON CONFLICT (pseudonym) DO NOTHING")
        .execute(Tuple.of(pseudonym))
        .flatMap(
            inserted ->
                idOf(connection, "SELECT id FROM customers WHERE pseudonym = $1", pseudonym));
  }

  private static Uni<Long> idOf(SqlConnection connection, String query, String value) {
    return connection
        .preparedQuery(query)
        .execute(Tuple.of(value))
        .map(
            rows ->
                first(rows)
                    .map(row -> row.getLong(0))
                    .orElseThrow(
                        () ->
                            new IllegalStateException("row vanished while the sale was applied")));
  }
}
