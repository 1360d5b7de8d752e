package io.vitrine.tenant.checkout.screening;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.checkout.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Screening answers, their alerts and the associates' overrides ({@code screenings}, {@code
 * screening_alerts}, {@code screening_overrides}). Writes take the caller's client, so that they
 * commit with the audit rows written beside them.
 */
@ApplicationScoped
public class ScreeningRepository {

  private static final String INSERT_SCREENINGS =
      """
      insert into screenings (id, pos_location_id, cart_id, customer_pseudonym, associate,
                              cart_skus, algorithm, flags_revision, created_at)
      select id, store, cart, customer, associate,
             array(select jsonb_array_elements_text(skus::jsonb)), algorithm, revision, at
        from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                    $7::text[], $8::bigint[], $9::timestamptz[])
          as r(id, store, cart, customer, associate, skus, algorithm, revision, at)
      """;

  private static final String INSERT_ALERTS =
      "insert into screening_alerts (screening_id, sku, ingredients)"
          + " select id, sku, ingredients::jsonb"
          + " from unnest($1::uuid[], $2::text[], $3::text[]) as r(id, sku, ingredients)";

  private static final String FIND =
      """
      select s.pos_location_id, s.cart_id, s.algorithm, a.sku, o.sku is not null as overridden
        from screenings s
        left join screening_alerts a on a.screening_id = s.id
        left join screening_overrides o on o.screening_id = a.screening_id and o.sku = a.sku
       where s.id = $1
       order by a.sku
      """;

  // An alert overridden meanwhile is left alone; the caller sees it in the row count.
  private static final String OVERRIDE =
      "insert into screening_overrides (screening_id, sku, reason, associate)"
          + " values ($1, $2, $3, $4) on conflict do nothing";

  private final Pool pool;

  public ScreeningRepository(Pool pool) {
    this.pool = pool;
  }

  /** Stores the screenings and their alerts: one statement for each table. */
  public Uni<Void> insert(SqlClient sql, List<Screening> screenings) {
    if (screenings.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return sql.preparedQuery(INSERT_SCREENINGS)
        .execute(answers(screenings))
        .chain(() -> sql.preparedQuery(INSERT_ALERTS).execute(alerts(screenings)))
        .replaceWithVoid();
  }

  public Uni<Optional<OverridableScreening>> find(UUID id) {
    return pool.preparedQuery(FIND).execute(Tuple.of(id)).map(ScreeningRepository::overridable);
  }

  /**
   * Records the override of one alert.
   *
   * @return false when it was overridden meanwhile (that override is kept)
   */
  public Uni<Boolean> override(
      SqlClient sql, UUID id, String sku, String reason, String associate) {
    return sql.preparedQuery(OVERRIDE)
        .execute(Tuple.of(id, sku, reason, associate))
        .map(rows -> rows.rowCount() == 1);
  }

  private static Optional<OverridableScreening> overridable(RowSet<Row> rows) {
    if (rows.rowCount() == 0) {
      return Optional.empty();
    }
    var alerted = new ArrayList<String>();
    var overridden = new HashSet<String>();
    Row first = rows.iterator().next();
    for (Row row : rows) {
      String sku = row.getString("sku");
      if (sku != null) {
        alerted.add(sku);
        if (row.getBoolean("overridden")) {
          overridden.add(sku);
        }
      }
    }
    return Optional.of(
        new OverridableScreening(
            first.getString("pos_location_id"),
            first.getString("cart_id"),
            first.getString("algorithm"),
            alerted,
            overridden));
  }

  private static Tuple answers(List<Screening> screenings) {
    return Tuple.from(
        List.of(
            screenings.stream().map(Screening::id).toArray(UUID[]::new),
            SqlArrays.texts(screenings, Screening::posLocationId),
            SqlArrays.texts(screenings, Screening::cartId),
            SqlArrays.texts(screenings, Screening::customerPseudonym),
            SqlArrays.texts(screenings, Screening::associate),
            SqlArrays.jsonTexts(screenings, Screening::cartSkus),
            SqlArrays.texts(screenings, Screening::algorithm),
            screenings.stream().map(Screening::flagsRevision).toArray(Long[]::new),
            screenings.stream().map(Screening::createdAt).toArray(OffsetDateTime[]::new)));
  }

  private static Tuple alerts(List<Screening> screenings) {
    List<Alerted> alerted =
        screenings.stream()
            .flatMap(s -> s.alerts().stream().map(alert -> new Alerted(s.id(), alert)))
            .toList();
    return Tuple.of(
        alerted.stream().map(Alerted::screeningId).toArray(UUID[]::new),
        SqlArrays.texts(alerted, a -> a.alert().sku()),
        SqlArrays.jsonTexts(alerted, a -> a.alert().ingredients()));
  }

  /** An alert with its screening: one row of screening_alerts. */
  private record Alerted(UUID screeningId, ScreeningAlert alert) {}
}
