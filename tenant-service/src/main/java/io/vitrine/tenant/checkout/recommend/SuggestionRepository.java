package io.vitrine.tenant.checkout.recommend;

import static io.vitrine.tenant.common.db.SqlRows.map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.checkout.SqlArrays;
import io.vitrine.tenant.common.db.ChangeCursor;
import io.vitrine.tenant.common.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Recommend answers, their suggested SKUs and the associates' decisions on them ({@code
 * suggestions}, {@code suggestion_items}, {@code suggestion_decisions}). Writes take the caller's
 * client, so that they commit with the audit rows written beside them.
 */
@ApplicationScoped
public class SuggestionRepository {

  private static final String INSERT_SUGGESTIONS =
      """
      insert into suggestions (id, pos_location_id, cart_id, customer_pseudonym, associate,
                               cart_skus, algorithm, flags_revision, created_at)
      select id, store, cart, customer, associate,
             array(select jsonb_array_elements_text(skus::jsonb)), algorithm, revision, at
        from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                    $7::text[], $8::bigint[], $9::timestamptz[])
          as r(id, store, cart, customer, associate, skus, algorithm, revision, at)
      """;

  private static final String INSERT_ITEMS =
      "insert into suggestion_items (suggestion_id, rank, sku, anchor_sku, score, reason_kind)"
          + " select * from unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::float8[],"
          + " $6::text[])";

  private static final String FIND =
      """
      select s.pos_location_id, s.cart_id, s.algorithm, i.sku, i.anchor_sku,
             d.sku is not null as decided
        from suggestions s
        left join suggestion_items i on i.suggestion_id = s.id
        left join suggestion_decisions d on d.suggestion_id = i.suggestion_id and d.sku = i.sku
       where s.id = $1
       order by i.rank
      """;

  // A SKU decided meanwhile is left alone; the caller sees it in the row count.
  private static final String DECIDE =
      "insert into suggestion_decisions (suggestion_id, sku, decision, reason, associate)"
          + " select $1, sku, $3, $4, $5 from unnest($2::text[]) as sku on conflict do nothing";

  private static final String FEEDBACK =
      """
      select i.anchor_sku, d.sku,
             count(*) filter (where d.decision = 'ACCEPTED'),
             count(*) filter (where d.decision = 'REJECTED')
        from suggestion_decisions d
        join suggestion_items i on i.suggestion_id = d.suggestion_id and i.sku = d.sku
       group by i.anchor_sku, d.sku
      """;

  private static final String DECIDED_SINCE =
      """
      select d.suggestion_id::text, d.sku, i.anchor_sku, d.decision = 'ACCEPTED',
             d.decided_xid::text::bigint
        from suggestion_decisions d
        join suggestion_items i on i.suggestion_id = d.suggestion_id and i.sku = d.sku
       where d.decided_xid >= $1::text::xid8
      """;

  private final Database database;

  public SuggestionRepository(Database database) {
    this.database = database;
  }

  /** Stores the answers and their suggested SKUs: one statement for each table. */
  public Uni<Void> insert(SqlClient sql, List<Suggestion> suggestions) {
    if (suggestions.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return sql.preparedQuery(INSERT_SUGGESTIONS)
        .execute(answers(suggestions))
        .chain(() -> sql.preparedQuery(INSERT_ITEMS).execute(items(suggestions)))
        .replaceWithVoid();
  }

  public Uni<Optional<DecidableSuggestion>> find(UUID id) {
    return database
        .client()
        .preparedQuery(FIND)
        .execute(Tuple.of(id))
        .map(SuggestionRepository::decidable);
  }

  /**
   * Records one decision per SKU.
   *
   * @return false when one of the SKUs was decided meanwhile (its decision is kept)
   */
  public Uni<Boolean> decide(
      SqlClient sql,
      UUID id,
      List<String> skus,
      Decision decision,
      String reason,
      String associate) {
    return sql.preparedQuery(DECIDE)
        .execute(Tuple.of(id, skus.toArray(String[]::new), decision.name(), reason, associate))
        .map(rows -> rows.rowCount() == skus.size());
  }

  /**
   * Every decision so far, counted per cart item and suggested SKU, with the recent ones a reader
   * of new decisions may see again: one snapshot for all of it.
   */
  public Uni<FeedbackSnapshot> feedback() {
    return database.inRepeatableRead(
        sql ->
            ChangeCursor.oldestRunning(sql)
                .flatMap(
                    oldestRunning ->
                        tallies(sql)
                            .flatMap(
                                tallies ->
                                    decidedSince(sql, Long.toString(oldestRunning))
                                        .map(
                                            recent ->
                                                new FeedbackSnapshot(
                                                    tallies, oldestRunning, recent)))));
  }

  /** Where the read of new decisions after this call starts ({@link ChangeCursor}). */
  public Uni<Long> oldestRunning() {
    return ChangeCursor.oldestRunning(database.client());
  }

  /** The decisions stored by transaction {@code xid} or later, which may include earlier reads. */
  public Uni<List<Decided>> decidedSince(String xid) {
    return decidedSince(database.client(), xid);
  }

  private static Uni<List<FeedbackTally>> tallies(SqlClient sql) {
    return sql.query(FEEDBACK)
        .execute()
        .map(
            rows ->
                map(
                    rows,
                    row ->
                        new FeedbackTally(
                            row.getString(0), row.getString(1), row.getLong(2), row.getLong(3))));
  }

  private static Uni<List<Decided>> decidedSince(SqlClient sql, String xid) {
    return sql.preparedQuery(DECIDED_SINCE)
        .execute(Tuple.of(xid))
        .map(
            rows ->
                map(
                    rows,
                    row ->
                        new Decided(
                            row.getString(0),
                            row.getString(1),
                            row.getString(2),
                            row.getBoolean(3),
                            row.getLong(4))));
  }

  private static Optional<DecidableSuggestion> decidable(RowSet<Row> rows) {
    if (rows.rowCount() == 0) {
      return Optional.empty();
    }
    var anchors = new LinkedHashMap<String, String>();
    var decided = new HashSet<String>();
    Row first = rows.iterator().next();
    for (Row row : rows) {
      String sku = row.getString("sku");
      if (sku != null) {
        anchors.put(sku, row.getString("anchor_sku"));
        if (row.getBoolean("decided")) {
          decided.add(sku);
        }
      }
    }
    return Optional.of(
        new DecidableSuggestion(
            first.getString("pos_location_id"),
            first.getString("cart_id"),
            first.getString("algorithm"),
            anchors,
            decided));
  }

  private static Tuple answers(List<Suggestion> suggestions) {
    return Tuple.from(
        List.of(
            suggestions.stream().map(Suggestion::id).toArray(UUID[]::new),
            SqlArrays.texts(suggestions, Suggestion::posLocationId),
            SqlArrays.texts(suggestions, Suggestion::cartId),
            SqlArrays.texts(suggestions, Suggestion::customerPseudonym),
            SqlArrays.texts(suggestions, Suggestion::associate),
            SqlArrays.jsonTexts(suggestions, Suggestion::cartSkus),
            SqlArrays.texts(suggestions, Suggestion::algorithm),
            suggestions.stream().map(Suggestion::flagsRevision).toArray(Long[]::new),
            suggestions.stream().map(Suggestion::createdAt).toArray(OffsetDateTime[]::new)));
  }

  private static Tuple items(List<Suggestion> suggestions) {
    List<RankedSku> ranked =
        suggestions.stream()
            .flatMap(
                suggestion ->
                    IntStream.range(0, suggestion.items().size())
                        .mapToObj(
                            i -> new RankedSku(suggestion.id(), i + 1, suggestion.items().get(i))))
            .toList();
    return Tuple.from(
        List.of(
            ranked.stream().map(RankedSku::suggestionId).toArray(UUID[]::new),
            ranked.stream().map(RankedSku::rank).toArray(Integer[]::new),
            SqlArrays.texts(ranked, r -> r.item().sku()),
            SqlArrays.texts(ranked, r -> r.item().anchorSku()),
            ranked.stream().map(r -> r.item().score()).toArray(Double[]::new),
            SqlArrays.texts(ranked, r -> r.item().reasonKind())));
  }

  /** A suggested SKU with its answer and its place in it: one row of suggestion_items. */
  private record RankedSku(UUID suggestionId, int rank, SuggestedSku item) {}
}
