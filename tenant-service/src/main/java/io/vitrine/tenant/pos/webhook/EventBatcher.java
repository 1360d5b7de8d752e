package io.vitrine.tenant.pos.webhook;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.webhook.WebhookEventRepository.NewEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Group commit for deliveries: concurrent deliveries wait in a queue while up to {@code
 * max-in-flight} statements run; each statement then takes up to {@code max-batch} of them into one
 * multi-row insert and one commit. A delivery is answered only after the commit that holds it, so
 * acknowledging stays durable. A lone delivery is written at once (a batch of one).
 */
@ApplicationScoped
public class EventBatcher {

  private record Pending(NewEvent event, UniEmitter<? super Boolean> emitter) {}

  private final WebhookEventRepository repository;
  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final int maxBatch;
  private final int maxInFlight;

  @Inject
  public EventBatcher(WebhookEventRepository repository, PosConfig pos) {
    this(repository, pos.ingest().maxBatch(), pos.ingest().maxInFlight());
  }

  EventBatcher(WebhookEventRepository repository, int maxBatch, int maxInFlight) {
    this.repository = repository;
    this.maxBatch = maxBatch;
    this.maxInFlight = maxInFlight;
  }

  /** Records the event; true when it was new, false when its dedup key was already recorded. */
  public Uni<Boolean> submit(NewEvent event) {
    return Uni.createFrom()
        .emitter(
            emitter -> {
              queue.add(new Pending(event, emitter));
              drain();
            });
  }

  private void drain() {
    while (!queue.isEmpty()) {
      int running = inFlight.get();
      if (running >= maxInFlight) {
        return;
      }
      if (!inFlight.compareAndSet(running, running + 1)) {
        continue;
      }
      List<Pending> batch = take();
      if (batch.isEmpty()) {
        inFlight.decrementAndGet();
        return;
      }
      write(batch);
    }
  }

  private List<Pending> take() {
    var batch = new ArrayList<Pending>();
    Pending next;
    while (batch.size() < maxBatch && (next = queue.poll()) != null) {
      batch.add(next);
    }
    return batch;
  }

  private void write(List<Pending> batch) {
    repository
        .insertIfNew(batch.stream().map(Pending::event).toList())
        .subscribe()
        .with(
            outcomes -> {
              finished();
              for (int i = 0; i < batch.size(); i++) {
                batch.get(i).emitter().complete(outcomes.get(i));
              }
            },
            failure -> {
              finished();
              batch.forEach(pending -> pending.emitter().fail(failure));
            });
  }

  private void finished() {
    inFlight.decrementAndGet();
    drain();
  }
}
