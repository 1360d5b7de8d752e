package io.vitrine.tenant.messages;

import static io.vitrine.tenant.common.problem.ProblemType.MESSAGE_NOT_DRAFT;
import static io.vitrine.tenant.common.problem.ProblemType.MESSAGE_NOT_FOUND;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * People's decisions on drafts. Approving writes the outbox row in the same transaction as the
 * decision and its audit record, so an approved message is sent exactly when the approval commits.
 */
@ApplicationScoped
public class MessageReviewService {

  private final MessageRepository repository;

  public MessageReviewService(MessageRepository repository) {
    this.repository = repository;
  }

  public Uni<List<MessageView>> list(MessageStatus status, int limit) {
    return repository.list(status, limit);
  }

  public Uni<MessageView> approve(long id, String actor) {
    return repository.inTransaction(
        sql ->
            decide(sql, id, MessageStatus.APPROVED, actor, null)
                .call(message -> repository.insertOutbox(sql, message.id(), UUID.randomUUID()))
                .call(message -> audit(sql, message, "message.approved", actor)));
  }

  public Uni<MessageView> reject(long id, String actor, String reason) {
    return repository.inTransaction(
        sql ->
            decide(sql, id, MessageStatus.REJECTED, actor, reason)
                .call(message -> audit(sql, message, "message.rejected", actor)));
  }

  private Uni<MessageView> decide(
      SqlClient sql, long id, MessageStatus decision, String actor, String note) {
    return repository
        .decide(sql, id, decision, actor, note)
        .flatMap(
            decided ->
                decided
                    .map(message -> Uni.createFrom().item(message))
                    .orElseGet(() -> whyNot(sql, id)));
  }

  private Uni<MessageView> whyNot(SqlClient sql, long id) {
    return repository
        .find(sql, id)
        .flatMap(
            (Optional<MessageView> found) ->
                Uni.createFrom()
                    .failure(
                        found
                            .map(message -> Problem.of(MESSAGE_NOT_DRAFT, id, message.status()))
                            .orElseGet(() -> Problem.of(MESSAGE_NOT_FOUND, id))));
  }

  private Uni<Void> audit(SqlClient sql, MessageView message, String action, String actor) {
    return repository.audit(sql, actor, action, message.id(), details(message));
  }

  static Map<String, Object> details(MessageView message) {
    var details = new HashMap<String, Object>();
    details.put("kind", message.kind().name());
    details.put("sale_id", message.saleId());
    details.put("store_id", message.storeId());
    details.put("channel", message.channel() == null ? null : message.channel().name());
    return details;
  }
}
