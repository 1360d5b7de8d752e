package io.vitrine.tenant.stock;

import static io.vitrine.tenant.common.db.SqlRows.instant;
import static io.vitrine.tenant.common.db.SqlRows.map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.stores.Coordinates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * {@code inventory}, on the caller's client. A batch of counts is one statement; a count replaces
 * the stored one only when it is newer (see V11 and {@link StockCount#replaces}), so a repeated or
 * late count changes nothing.
 */
@ApplicationScoped
public class StockRepository {

  private static final String UPSERT =
      """
      insert into inventory (store_id, sku, quantity, source, version, counted_at)
      select * from unnest($1::bigint[], $2::text[], $3::int[], $4::text[], $5::bigint[],
                           $6::timestamptz[])
      on conflict (store_id, sku) do update set quantity = excluded.quantity,
          source = excluded.source, version = excluded.version, counted_at = excluded.counted_at,
          updated_at = now()
      where case when inventory.source = excluded.source
                 then inventory.version < excluded.version
                 else inventory.counted_at < excluded.counted_at end
      """;

  private static final String BY_SKU =
      """
      select s.id, s.pos_location_id, s.name, s.latitude, s.longitude,
             i.quantity, i.source, i.counted_at
      from inventory i join stores s on s.id = i.store_id
      where i.sku = $1
      """;

  /**
   * Applies the counts, at most one per store and SKU, whose location is in {@code storeIds}.
   *
   * @return how many were applied (new or newer than the stored count)
   */
  public Uni<Integer> upsert(SqlClient sql, List<StockCount> counts, Map<String, Long> storeIds) {
    if (counts.isEmpty()) {
      return Uni.createFrom().item(0);
    }
    int size = counts.size();
    var stores = new Long[size];
    var skus = new String[size];
    var quantities = new Integer[size];
    var sources = new String[size];
    var versions = new Long[size];
    var countedAt = new OffsetDateTime[size];
    for (int i = 0; i < size; i++) {
      StockCount count = counts.get(i);
      stores[i] = storeIds.get(count.locationId());
      skus[i] = count.sku();
      quantities[i] = count.quantity();
      sources[i] = count.source();
      versions[i] = count.version();
      countedAt[i] = count.countedAt().atOffset(ZoneOffset.UTC);
    }
    return sql.preparedQuery(UPSERT)
        .execute(Tuple.of(stores, skus, quantities, sources).addValue(versions).addValue(countedAt))
        .map(rows -> rows.rowCount());
  }

  /** Every store's count of the SKU. */
  public Uni<List<StockAtStore>> bySku(SqlClient sql, String sku) {
    return sql.preparedQuery(BY_SKU)
        .execute(Tuple.of(sku))
        .map(rows -> map(rows, StockRepository::stockAtStore));
  }

  private static StockAtStore stockAtStore(Row row) {
    return new StockAtStore(
        row.getLong(0),
        row.getString(1),
        row.getString(2),
        Coordinates.ofNullable(row.getDouble(3), row.getDouble(4)),
        row.getInteger(5),
        row.getString(6),
        instant(row.getOffsetDateTime(7)));
  }
}
