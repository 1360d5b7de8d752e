package io.vitrine.tenant.messages;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Delivers approved messages from the outbox through their channel, retrying with backoff. Logs
 * carry message ids, channels and HTTP statuses only: never an address or a message text.
 */
@ApplicationScoped
public class OutboxDispatcher {

  static final String ACTOR = "system:message-dispatcher";
  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

  private final MessageRepository repository;
  private final Map<ContactChannel, MessageChannel> channels = new EnumMap<>(ContactChannel.class);
  private final MessagesConfig config;
  private final Backoff backoff;

  public OutboxDispatcher(
      MessageRepository repository, Instance<MessageChannel> channels, MessagesConfig config) {
    this.repository = repository;
    this.config = config;
    this.backoff = new Backoff(config.backoffInitial(), config.backoffMax());
    channels.forEach(channel -> this.channels.put(channel.channel(), channel));
  }

  @Scheduled(
      identity = "message-outbox",
      every = "${vitrine.messages.dispatch-every:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> scheduled() {
    return dispatchDue()
        .onFailure()
        .invoke(failure -> LOG.warnf("Outbox round failed: %s", failure.toString()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /** One round: claims the due rows and delivers them one after the other; returns how many. */
  public Uni<Integer> dispatchDue() {
    return repository
        .claimDue(config.batchSize(), config.lease())
        .onItem()
        .transformToMulti(claimed -> Multi.createFrom().iterable(claimed))
        .onItem()
        .transformToUniAndConcatenate(this::deliver)
        .collect()
        .asList()
        .map(List::size);
  }

  private Uni<Void> deliver(MessageRepository.Claimed claimed) {
    MessageChannel channel = channels.get(claimed.channel());
    Uni<Void> attempt =
        channel == null
            ? Uni.createFrom()
                .failure(new DeliveryFailedException("no channel for " + claimed.channel(), true))
            : channel.deliver(claimed.message());
    return attempt
        .flatMap(done -> delivered(claimed))
        .onFailure(DeliveryFailedException.class)
        .recoverWithUni(failure -> failed(claimed, (DeliveryFailedException) failure));
  }

  private Uni<Void> delivered(MessageRepository.Claimed claimed) {
    LOG.infof(
        "Message %d sent by %s (attempt %d)",
        claimed.message().messageId(), claimed.channel(), claimed.attempts());
    var details = details(claimed);
    return repository.inTransaction(
        sql ->
            repository
                .markDelivered(sql, claimed)
                .flatMap(
                    done ->
                        repository.audit(
                            sql, ACTOR, "message.sent", claimed.message().messageId(), details)));
  }

  private Uni<Void> failed(MessageRepository.Claimed claimed, DeliveryFailedException failure) {
    long id = claimed.message().messageId();
    if (failure.retryable() && claimed.attempts() < config.maxAttempts()) {
      var wait = backoff.after(claimed.attempts());
      LOG.infof(
          "Message %d not delivered by %s (attempt %d: %s); retry in %s",
          id, claimed.channel(), claimed.attempts(), failure.getMessage(), wait);
      return repository.scheduleRetry(claimed, failure.getMessage(), wait);
    }
    LOG.warnf(
        "Message %d given up after %d attempts by %s: %s",
        id, claimed.attempts(), claimed.channel(), failure.getMessage());
    var details = details(claimed);
    details.put("error", failure.getMessage());
    return repository.inTransaction(
        sql ->
            repository
                .abandon(sql, claimed, failure.getMessage())
                .flatMap(done -> repository.audit(sql, ACTOR, "message.failed", id, details)));
  }

  private static Map<String, Object> details(MessageRepository.Claimed claimed) {
    var details = new HashMap<String, Object>();
    details.put("kind", MessageKind.POST_PURCHASE_REGIMEN.name());
    details.put("sale_id", claimed.saleId());
    details.put("store_id", claimed.storeId());
    details.put("channel", claimed.channel().name());
    details.put("attempts", claimed.attempts());
    return details;
  }
}
