package io.vitrine.tenant.messages;

import static io.vitrine.tenant.common.db.SqlRows.first;
import static io.vitrine.tenant.common.db.SqlRows.instant;
import static io.vitrine.tenant.common.db.SqlRows.map;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.ai.Generation;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Messages, their outbox and their audit records, in plain SQL. */
@ApplicationScoped
public class MessageRepository {

  /** What a post-purchase draft needs to know about a sale. */
  public record SaleContext(
      long saleId, Long storeId, String posLocationId, Long customerId, String consents) {}

  /** An outbox row claimed for one delivery attempt, with its message. */
  public record Claimed(
      long outboxId,
      int attempts,
      MessageKind kind,
      long saleId,
      Long storeId,
      ContactChannel channel,
      OutboundMessage message) {}

  private static final String VIEW_COLUMNS =
      "id, kind, sale_id, store_id, status, skip_reason, channel, subject, body, decided_by,"
          + " decided_at, decision_note, sent_at, created_at, generated_by, generation_id";

  private final Pool pool;

  public MessageRepository(Pool pool) {
    this.pool = pool;
  }

  public <T> Uni<T> inTransaction(Function<SqlClient, Uni<T>> work) {
    return pool.withTransaction(connection -> work.apply(connection));
  }

  public Uni<Optional<MessageView>> forSale(SqlClient sql, long saleId, MessageKind kind) {
    return sql.preparedQuery(
            "SELECT " + VIEW_COLUMNS + " FROM messages WHERE sale_id = $1 AND kind = $2")
        .execute(Tuple.of(saleId, kind.name()))
        .map(rows -> first(rows).map(MessageRepository::view));
  }

  public Uni<Optional<SaleContext>> saleContext(SqlClient sql, long saleId) {
    return sql.preparedQuery(
            "SELECT s.id, s.store_id, st.pos_location_id, s.customer_id, c.consents::text"
                + " FROM sales s LEFT JOIN stores st ON st.id = s.store_id"
                + " LEFT JOIN customers c ON c.id = s.customer_id WHERE s.id = $1")
        .execute(Tuple.of(saleId))
        .map(
            rows ->
                first(rows)
                    .map(
                        row ->
                            new SaleContext(
                                row.getLong(0),
                                row.getLong(1),
                                row.getString(2),
                                row.getLong(3),
                                row.getString(4))));
  }

  public Uni<List<PurchasedProduct>> purchased(SqlClient sql, long saleId) {
    return sql.preparedQuery(
            "SELECT p.name, p.brand, p.category, p.sku FROM sale_lines l"
                + " JOIN products p ON p.sku = l.sku"
                + " WHERE l.sale_id = $1 AND l.quantity > 0 ORDER BY l.line_number")
        .execute(Tuple.of(saleId))
        .map(
            rows ->
                map(
                    rows,
                    row ->
                        new PurchasedProduct(
                            row.getString(0),
                            row.getString(1),
                            row.getString(2),
                            row.getString(3))));
  }

  /** Queues a draft unless the sale has a message of this kind already. */
  public Uni<Optional<Long>> insertDraft(
      SqlClient sql,
      MessageKind kind,
      SaleContext sale,
      ContactConsent.Contact contact,
      RenderedMessage text,
      Generation generation) {
    return sql.preparedQuery(
            "INSERT INTO messages (kind, sale_id, store_id, customer_id, status, channel,"
                + " address_ref, subject, body, generated_by, generation_id)"
                + " VALUES ($1, $2, $3, $4, 'DRAFT', $5, $6, $7, $8, $9, $10)"
                + " ON CONFLICT (sale_id, kind) DO NOTHING RETURNING id")
        .execute(
            Tuple.from(
                new Object[] {
                  kind.name(),
                  sale.saleId(),
                  sale.storeId(),
                  sale.customerId(),
                  contact.channel().name(),
                  contact.addressRef(),
                  text.subject(),
                  text.body(),
                  generation.generatedBy().key(),
                  generation.id()
                }))
        .map(rows -> first(rows).map(row -> row.getLong(0)));
  }

  /** Records that the sale gets no message of this kind, and why. */
  public Uni<Optional<Long>> insertSkipped(
      SqlClient sql, MessageKind kind, SaleContext sale, SkipReason reason) {
    return sql.preparedQuery(
            "INSERT INTO messages (kind, sale_id, store_id, customer_id, status,"
                + " skip_reason) VALUES ($1, $2, $3, $4, 'SKIPPED', $5)"
                + " ON CONFLICT (sale_id, kind) DO NOTHING RETURNING id")
        .execute(
            Tuple.of(kind.name(), sale.saleId(), sale.storeId(), sale.customerId(), reason.name()))
        .map(rows -> first(rows).map(row -> row.getLong(0)));
  }

  public Uni<List<MessageView>> list(MessageStatus status, int limit) {
    return pool.preparedQuery(
            "SELECT "
                + VIEW_COLUMNS
                + " FROM messages WHERE status = $1 ORDER BY created_at, id LIMIT $2")
        .execute(Tuple.of(status.name(), limit))
        .map(rows -> map(rows, MessageRepository::view));
  }

  public Uni<Optional<MessageView>> find(SqlClient sql, long id) {
    return sql.preparedQuery("SELECT " + VIEW_COLUMNS + " FROM messages WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> first(rows).map(MessageRepository::view));
  }

  /** Moves a DRAFT to {@code decision}; empty when the message is not a draft (or absent). */
  public Uni<Optional<MessageView>> decide(
      SqlClient sql, long id, MessageStatus decision, String actor, String note) {
    return sql.preparedQuery(
            "UPDATE messages SET status = $2, decided_by = $3, decided_at = now(),"
                + " decision_note = $4, updated_at = now() WHERE id = $1 AND status = 'DRAFT'"
                + " RETURNING "
                + VIEW_COLUMNS)
        .execute(Tuple.of(id, decision.name(), actor, note))
        .map(rows -> first(rows).map(MessageRepository::view));
  }

  public Uni<Void> insertOutbox(SqlClient sql, long messageId, UUID idempotencyKey) {
    return sql.preparedQuery(
            "INSERT INTO message_outbox (message_id, idempotency_key) VALUES ($1, $2)")
        .execute(Tuple.of(messageId, idempotencyKey))
        .replaceWithVoid();
  }

  /**
   * Claims due outbox rows: counts the attempt and hides the rows for {@code lease}, so that
   * another dispatcher (or the next round) does not take them while they are being delivered.
   */
  public Uni<List<Claimed>> claimDue(int limit, Duration lease) {
    return pool.preparedQuery(
            "WITH due AS (SELECT id FROM message_outbox WHERE delivered_at IS NULL"
                + " AND abandoned_at IS NULL AND next_attempt_at <= now()"
                + " ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)"
                + " UPDATE message_outbox o SET attempts = o.attempts + 1,"
                + " next_attempt_at = now() + make_interval(secs => $2)"
                + " FROM due, messages m WHERE o.id = due.id AND m.id = o.message_id"
                + " RETURNING o.id, o.attempts, m.sale_id, m.store_id, m.channel, m.id,"
                + " o.idempotency_key, m.address_ref, m.subject, m.body, m.kind")
        .execute(Tuple.of(limit, seconds(lease)))
        .map(
            rows ->
                map(
                    rows,
                    row ->
                        new Claimed(
                            row.getLong(0),
                            row.getInteger(1),
                            MessageKind.valueOf(row.getString(10)),
                            row.getLong(2),
                            row.getLong(3),
                            ContactChannel.valueOf(row.getString(4)),
                            new OutboundMessage(
                                row.getLong(5),
                                row.getUUID(6),
                                row.getString(7),
                                row.getString(8),
                                row.getString(9)))));
  }

  public Uni<Void> markDelivered(SqlClient sql, Claimed claimed) {
    return sql.preparedQuery(
            "UPDATE message_outbox SET delivered_at = now(), last_error = NULL WHERE id = $1")
        .execute(Tuple.of(claimed.outboxId()))
        .flatMap(
            done ->
                sql.preparedQuery(
                        "UPDATE messages SET status = 'SENT', sent_at = now(),"
                            + " updated_at = now() WHERE id = $1")
                    .execute(Tuple.of(claimed.message().messageId())))
        .replaceWithVoid();
  }

  public Uni<Void> scheduleRetry(Claimed claimed, String error, Duration wait) {
    return pool.preparedQuery(
            "UPDATE message_outbox SET last_error = $2,"
                + " next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1")
        .execute(Tuple.of(claimed.outboxId(), error, seconds(wait)))
        .replaceWithVoid();
  }

  public Uni<Void> abandon(SqlClient sql, Claimed claimed, String error) {
    return sql.preparedQuery(
            "UPDATE message_outbox SET abandoned_at = now(), last_error = $2" + " WHERE id = $1")
        .execute(Tuple.of(claimed.outboxId(), error))
        .flatMap(
            done ->
                sql.preparedQuery(
                        "UPDATE messages SET status = 'FAILED', updated_at = now()"
                            + " WHERE id = $1")
                    .execute(Tuple.of(claimed.message().messageId())))
        .replaceWithVoid();
  }

  /** Appends to the tenant's audit log, in the caller's transaction. */
  public Uni<Void> audit(
      SqlClient sql, String actor, String action, long messageId, Map<String, Object> details) {
    return AuditRows.append(
        sql,
        new AuditRow(
            null,
            actor,
            action,
            "message",
            Long.toString(messageId),
            new JsonObject(details).encode()));
  }

  private static MessageView view(Row row) {
    return new MessageView(
        row.getLong("id"),
        MessageKind.valueOf(row.getString("kind")),
        row.getLong("sale_id"),
        row.getLong("store_id"),
        MessageStatus.valueOf(row.getString("status")),
        enumOrNull(SkipReason.class, row.getString("skip_reason")),
        enumOrNull(ContactChannel.class, row.getString("channel")),
        row.getString("subject"),
        row.getString("body"),
        row.getString("decided_by"),
        instant(row.getOffsetDateTime("decided_at")),
        row.getString("decision_note"),
        instant(row.getOffsetDateTime("sent_at")),
        instant(row.getOffsetDateTime("created_at")),
        row.getString("generated_by"),
        row.getUUID("generation_id"));
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
