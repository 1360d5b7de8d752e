package io.vitrine.tenant.pos.sale;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.pos.LineTag;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Applies many normalised sales on the caller's transaction with a few multi-row statements, with
 * the same outcome as {@link SaleWriter} applying them one after the other: by version (an equal or
 * older version than the stored one changes nothing), unknown POS locations become stores, a newer
 * version replaces the lines and their tags ({@code sale_line_tags}), and each applied sale asks
 * for its follow-ups ({@link FollowUp#of}). Of several versions of one sale in the batch only the
 * newest is applied; the others are superseded. Rows are written in key order, so that replicas
 * applying overlapping batches wait for each other instead of deadlocking.
 */
@ApplicationScoped
public class SaleBatchWriter {

  private static final String INSERT_STORES =
      "INSERT INTO stores (pos_location_id, name)"
          + " SELECT l, 'POS location ' || l FROM unnest($1::text[]) AS l ORDER BY l"
          + " ON CONFLICT (pos_location_id) DO NOTHING";

  private static final String STORE_IDS =
      "SELECT pos_location_id, id FROM stores WHERE pos_location_id = ANY($1::text[])";

  private static final String INSERT_CUSTOMERS =
      "INSERT INTO customers (pseudonym) SELECT p FROM unnest($1::text[]) AS p ORDER BY p"
          + " ON CONFLICT (pseudonym) DO NOTHING";

  private static final String CUSTOMER_IDS =
      "SELECT pseudonym, id FROM customers WHERE pseudonym = ANY($1::text[])";

  private static final String UPSERT_SALES =
      "INSERT INTO sales (pos_provider, pos_sale_id, pos_version, store_id, customer_id, total,"
          + " currency, occurred_at)"
          + " SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[],"
          + " $5::bigint[], $6::text[]::numeric[], $7::text[], $8::timestamptz[])"
          + " AS s(provider, sale, version, store, customer, total, currency, occurred)"
          + " ORDER BY provider, sale"
          + " ON CONFLICT (pos_provider, pos_sale_id) DO UPDATE SET"
          + " pos_version = EXCLUDED.pos_version, store_id = EXCLUDED.store_id,"
          + " customer_id = EXCLUDED.customer_id, total = EXCLUDED.total,"
          + " currency = EXCLUDED.currency, occurred_at = EXCLUDED.occurred_at, updated_at = now()"
          + " WHERE sales.pos_version < EXCLUDED.pos_version"
          + " RETURNING pos_provider, pos_sale_id, id, (xmax = 0) AS created";

  private static final String DELETE_LINES = "DELETE FROM sale_lines WHERE sale_id = ANY($1)";

  private static final String DELETE_TAGS = "DELETE FROM sale_line_tags WHERE sale_id = ANY($1)";

  private static final String INSERT_TAGS =
      "INSERT INTO sale_line_tags (sale_id, line_number, source, name, value)"
          + " SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::text[])";

  private static final String INSERT_LINES =
      "INSERT INTO sale_lines (sale_id, line_number, sku, quantity, unit_price, total)"
          + " SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[]::numeric[],"
          + " $5::text[]::numeric[], $6::text[]::numeric[])";

  private final CustomerPseudonyms pseudonyms;
  private final SaleFollowUpRepository followUps;

  public SaleBatchWriter(CustomerPseudonyms pseudonyms, SaleFollowUpRepository followUps) {
    this.pseudonyms = pseudonyms;
    this.followUps = followUps;
  }

  /** A sale of the batch that was applied: its row and whether it is new. */
  private record Applied(NormalizedSale sale, long saleId, boolean created) {}

  /**
   * Applies the sales on {@code connection}'s transaction.
   *
   * @return for each sale, in order, whether it was applied (false: the stored version was as new
   *     or newer, or a newer version in the same batch superseded it)
   */
  public Uni<List<Boolean>> apply(SqlConnection connection, List<NormalizedSale> sales) {
    Map<String, NormalizedSale> newest = newestByKey(sales);
    List<NormalizedSale> candidates = List.copyOf(newest.values());
    Map<NormalizedSale, String> pseudonymOf = new HashMap<>();
    candidates.forEach(
        sale ->
            pseudonyms
                .of(sale.provider(), sale.customerRef())
                .ifPresent(pseudonym -> pseudonymOf.put(sale, pseudonym)));
    // Statements that do not need each other's results are sent together: the connection runs
    // them in the order sent, and the round trips, not the rows, are what a batch costs.
    Uni<Map<String, Long>> storeIds =
        ids(connection, INSERT_STORES, STORE_IDS, keys(candidates, NormalizedSale::locationId));
    Uni<Map<String, Long>> customerIds =
        ids(connection, INSERT_CUSTOMERS, CUSTOMER_IDS, pseudonymOf.values());
    return Uni.combine()
        .all()
        .unis(storeIds, customerIds)
        .asTuple()
        .flatMap(ids -> upsert(connection, candidates, ids.getItem1(), ids.getItem2(), pseudonymOf))
        .call(
            applied ->
                Uni.combine()
                    .all()
                    .unis(replaceLines(connection, applied), askFollowUps(connection, applied))
                    .discardItems())
        .map(
            applied -> {
              var appliedSales = new IdentityHashMap<NormalizedSale, Boolean>();
              applied.forEach(each -> appliedSales.put(each.sale(), true));
              return sales.stream().map(appliedSales::containsKey).toList();
            });
  }

  private static String key(NormalizedSale sale) {
    return sale.provider().configName() + "\u0000" + sale.posSaleId();
  }

  /** The newest version of each sale in the batch (the first of equal versions). */
  private static Map<String, NormalizedSale> newestByKey(List<NormalizedSale> sales) {
    var newest = new LinkedHashMap<String, NormalizedSale>();
    for (NormalizedSale sale : sales) {
      newest.merge(
          key(sale), sale, (kept, other) -> other.posVersion() > kept.posVersion() ? other : kept);
    }
    return newest;
  }

  private static Collection<String> keys(
      List<NormalizedSale> sales, Function<NormalizedSale, String> key) {
    return sales.stream().map(key).filter(Objects::nonNull).toList();
  }

  /** Creates the rows missing for these natural keys, then reads the id of each, by key. */
  private static Uni<Map<String, Long>> ids(
      SqlConnection connection, String insert, String select, Collection<String> keys) {
    if (keys.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    String[] sorted = new TreeSet<>(keys).toArray(String[]::new);
    return Uni.combine()
        .all()
        .unis(
            connection.preparedQuery(insert).execute(Tuple.of(sorted)),
            connection.preparedQuery(select).execute(Tuple.of(sorted)))
        .asTuple()
        .map(
            inserted -> {
              RowSet<Row> rows = inserted.getItem2();
              var ids = new HashMap<String, Long>();
              rows.forEach(row -> ids.put(row.getString(0), row.getLong(1)));
              if (ids.size() != sorted.length) {
                throw new IllegalStateException("a row vanished while the sales were applied");
              }
              return ids;
            });
  }

  private static Uni<List<Applied>> upsert(
      SqlConnection connection,
      List<NormalizedSale> sales,
      Map<String, Long> stores,
      Map<String, Long> customers,
      Map<NormalizedSale, String> pseudonymOf) {
    int size = sales.size();
    var providers = new String[size];
    var saleIds = new String[size];
    var versions = new Long[size];
    var storeIds = new Long[size];
    var customerIds = new Long[size];
    var totals = new String[size];
    var currencies = new String[size];
    var occurred = new OffsetDateTime[size];
    for (int i = 0; i < size; i++) {
      NormalizedSale sale = sales.get(i);
      providers[i] = sale.provider().configName();
      saleIds[i] = sale.posSaleId();
      versions[i] = sale.posVersion();
      storeIds[i] = sale.locationId() == null ? null : stores.get(sale.locationId());
      customerIds[i] = Optional.ofNullable(pseudonymOf.get(sale)).map(customers::get).orElse(null);
      totals[i] = sale.total().toPlainString();
      currencies[i] = sale.currency();
      occurred[i] = sale.occurredAt().atOffset(ZoneOffset.UTC);
    }
    Tuple values =
        Tuple.of(providers, saleIds, versions, storeIds)
            .addValue(customerIds)
            .addValue(totals)
            .addValue(currencies)
            .addValue(occurred);
    return connection.preparedQuery(UPSERT_SALES).execute(values).map(rows -> applied(rows, sales));
  }

  private static List<Applied> applied(RowSet<Row> rows, List<NormalizedSale> sales) {
    var byKey = new HashMap<String, NormalizedSale>();
    sales.forEach(sale -> byKey.put(key(sale), sale));
    var applied = new ArrayList<Applied>();
    for (Row row : rows) {
      NormalizedSale sale = byKey.get(row.getString(0) + "\u0000" + row.getString(1));
      applied.add(new Applied(sale, row.getLong(2), row.getBoolean(3)));
    }
    return applied;
  }

  /** The lines and the tags of each applied sale; a newer version's replace the stored ones. */
  private static Uni<Void> replaceLines(SqlConnection connection, List<Applied> applied) {
    if (applied.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    Long[] changed =
        applied.stream().filter(each -> !each.created()).map(Applied::saleId).toArray(Long[]::new);
    if (changed.length == 0) {
      return Uni.combine()
          .all()
          .unis(insertLines(connection, applied), insertTags(connection, applied))
          .discardItems();
    }
    return Uni.combine()
        .all()
        .unis(
            connection.preparedQuery(DELETE_LINES).execute(Tuple.of(changed)),
            connection.preparedQuery(DELETE_TAGS).execute(Tuple.of(changed)),
            insertLines(connection, applied),
            insertTags(connection, applied))
        .discardItems();
  }

  private static Uni<Void> insertTags(SqlConnection connection, List<Applied> applied) {
    int size = applied.stream().mapToInt(each -> each.sale().tags().size()).sum();
    if (size == 0) {
      return Uni.createFrom().voidItem();
    }
    var saleIds = new Long[size];
    var numbers = new Integer[size];
    var sources = new String[size];
    var names = new String[size];
    var values = new String[size];
    int at = 0;
    for (Applied each : applied) {
      for (LineTag tag : each.sale().tags()) {
        saleIds[at] = each.saleId();
        numbers[at] = tag.lineNumber();
        sources[at] = tag.source().name();
        names[at] = tag.name();
        values[at] = tag.value();
        at++;
      }
    }
    return connection
        .preparedQuery(INSERT_TAGS)
        .execute(Tuple.of(saleIds, numbers, sources, names).addValue(values))
        .replaceWithVoid();
  }

  private static Uni<Void> insertLines(SqlConnection connection, List<Applied> applied) {
    int size = applied.stream().mapToInt(each -> each.sale().lines().size()).sum();
    if (size == 0) {
      return Uni.createFrom().voidItem();
    }
    var saleIds = new Long[size];
    var numbers = new Integer[size];
    var skus = new String[size];
    var quantities = new String[size];
    var prices = new String[size];
    var totals = new String[size];
    int at = 0;
    for (Applied each : applied) {
      for (var line : each.sale().lines()) {
        saleIds[at] = each.saleId();
        numbers[at] = line.lineNumber();
        skus[at] = line.sku();
        quantities[at] = line.quantity().toPlainString();
        prices[at] = line.unitPrice().toPlainString();
        totals[at] = line.total().toPlainString();
        at++;
      }
    }
    return connection
        .preparedQuery(INSERT_LINES)
        .execute(Tuple.of(saleIds, numbers, skus, quantities).addValue(prices).addValue(totals))
        .replaceWithVoid();
  }

  private Uni<Void> askFollowUps(SqlConnection connection, List<Applied> applied) {
    var asked = new ArrayList<SaleFollowUpRepository.Asked>();
    for (Applied each : applied) {
      asked.add(
          new SaleFollowUpRepository.Asked(
              each.saleId(), each.sale().posVersion(), FollowUp.of(each.created())));
    }
    return followUps.enqueueAll(connection, asked);
  }
}
