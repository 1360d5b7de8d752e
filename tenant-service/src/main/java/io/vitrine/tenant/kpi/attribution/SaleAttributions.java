package io.vitrine.tenant.kpi.attribution;

import static io.vitrine.tenant.common.db.SqlRows.first;
import static io.vitrine.tenant.common.db.SqlRows.instant;
import static io.vitrine.tenant.common.db.SqlRows.map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.flags.Feature;
import io.vitrine.tenant.kpi.attribution.AttributionRule.Acceptance;
import io.vitrine.tenant.kpi.attribution.AttributionRule.Attribution;
import io.vitrine.tenant.kpi.attribution.AttributionRule.Sale;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records in {@code sale_attributions} which feature assisted a completed sale, once per sale and
 * feature, by the {@link AttributionRule}. Only checkout recommendations are accepted by
 * associates, so they are the one feature attributed: their acceptances are the checkout's {@code
 * suggestion_decisions}, with the store, cart and customer of their {@code suggestions}.
 */
@ApplicationScoped
public class SaleAttributions {

  static final Feature FEATURE = Feature.CHECKOUT_RECOMMENDATIONS;

  private static final String SALE =
      "SELECT s.pos_sale_id, st.pos_location_id, c.pseudonym, s.occurred_at, s.store_id,"
          + " coalesce(array_agg(l.sku) FILTER (WHERE l.sku IS NOT NULL), '{}')"
          + " FROM sales s JOIN stores st ON st.id = s.store_id"
          + " LEFT JOIN customers c ON c.id = s.customer_id"
          + " LEFT JOIN sale_lines l ON l.sale_id = s.id"
          + " WHERE s.id = $1 GROUP BY s.id, st.pos_location_id, c.pseudonym";

  // Two branches, each served by its own index: the direct match by the store and cart of the
  // suggestion, the window by the accepted SKU and time.
  private static final String ACCEPTANCES =
      """
      SELECT s.id::text, s.pos_location_id, s.cart_id, d.sku, s.customer_pseudonym, d.decided_at
        FROM suggestions s JOIN suggestion_decisions d ON d.suggestion_id = s.id
       WHERE d.decision = 'ACCEPTED' AND s.pos_location_id = $1 AND s.cart_id = $3
         AND d.sku = any($2)
      UNION
      SELECT s.id::text, s.pos_location_id, s.cart_id, d.sku, s.customer_pseudonym, d.decided_at
        FROM suggestion_decisions d JOIN suggestions s ON s.id = d.suggestion_id
       WHERE d.decision = 'ACCEPTED' AND d.sku = any($2) AND d.decided_at BETWEEN $4 AND $5
         AND s.pos_location_id = $1
      """;

  private static final String INSERT =
      "INSERT INTO sale_attributions (sale_id, feature, suggestion_id, store_id, match,"
          + " accepted_at) VALUES ($1, $2, $3, $4, $5, $6)"
          + " ON CONFLICT (sale_id, feature) DO NOTHING";

  private final Pool pool;
  private final AttributionRule rule;

  public SaleAttributions(
      Pool pool,
      @ConfigProperty(name = "vitrine.kpi.attribution-window", defaultValue = "2h")
          Duration window) {
    this.pool = pool;
    this.rule = new AttributionRule(window);
  }

  /**
   * Records the rule's attribution of the sale unless one is recorded already (which is kept), and
   * answers the rule's decision. A sale without a store is never assisted. Acceptances recorded
   * after the sale arrived are not looked for again.
   */
  public Uni<Optional<Attribution>> onSale(long saleId) {
    return pool.preparedQuery(SALE)
        .execute(Tuple.of(saleId))
        .flatMap(
            rows ->
                first(rows)
                    .map(row -> attribute(saleId, row))
                    .orElseGet(() -> Uni.createFrom().item(Optional.empty())));
  }

  private Uni<Optional<Attribution>> attribute(long saleId, Row row) {
    var sale =
        new Sale(
            row.getString(0),
            row.getString(1),
            row.getString(2),
            instant(row.getOffsetDateTime(3)),
            Set.copyOf(Arrays.asList(row.getArrayOfStrings(5))));
    long storeId = row.getLong(4);
    return acceptances(sale)
        .map(found -> rule.attribute(sale, found))
        .call(attribution -> attribution.map(a -> record(saleId, storeId, a)).orElse(none()));
  }

  private Uni<List<Acceptance>> acceptances(Sale sale) {
    return pool.preparedQuery(ACCEPTANCES)
        .execute(
            Tuple.of(
                sale.posLocationId(),
                sale.skus().toArray(String[]::new),
                sale.posSaleId(),
                rule.windowStart(sale.occurredAt()).atOffset(ZoneOffset.UTC),
                sale.occurredAt().atOffset(ZoneOffset.UTC)))
        .map(
            rows ->
                map(
                    rows,
                    row ->
                        new Acceptance(
                            row.getString(0),
                            row.getString(1),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            instant(row.getOffsetDateTime(5)))));
  }

  private Uni<Void> record(long saleId, long storeId, Attribution attribution) {
    Acceptance acceptance = attribution.acceptance();
    return pool.preparedQuery(INSERT)
        .execute(
            Tuple.from(
                List.of(
                    saleId,
                    FEATURE.key(),
                    acceptance.suggestionId(),
                    storeId,
                    attribution.match().name(),
                    acceptance.acceptedAt().atOffset(ZoneOffset.UTC))))
        .replaceWithVoid();
  }

  private static Uni<Void> none() {
    return Uni.createFrom().voidItem();
  }
}
