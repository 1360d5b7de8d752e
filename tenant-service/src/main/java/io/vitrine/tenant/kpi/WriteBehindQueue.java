package io.vitrine.tenant.kpi;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Records written in batches off the request path. {@link #enqueue} completes as soon as the record
 * is queued; {@link #flush} (called periodically, and before anything that must read the records
 * back) writes what is queued and waits for the writes already under way. Nothing is dropped
 * silently: when the bounded queue is full, the caller's Uni writes its own record (back pressure);
 * a failed batch is queued again, up to {@link #ATTEMPTS} times, and then logged with its size.
 *
 * @param <T> a record to write
 */
public final class WriteBehindQueue<T> {

  static final int ATTEMPTS = 3;
  private static final Logger LOG = Logger.getLogger(WriteBehindQueue.class);

  private final String name;
  private final ArrayBlockingQueue<Pending<T>> queue;
  private final Function<List<T>, Uni<Void>> writer;
  private final int batchSize;
  private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();

  /**
   * @param writer writes a batch, in one statement
   */
  public WriteBehindQueue(
      String name, int capacity, int batchSize, Function<List<T>, Uni<Void>> writer) {
    this.name = name;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.batchSize = batchSize;
    this.writer = writer;
  }

  /**
   * Queues a record. The Uni completes at once when it was queued; when the queue is full, it
   * writes the record itself, so the caller must subscribe to it.
   */
  public Uni<Void> enqueue(T record) {
    if (queue.offer(new Pending<>(record, 1))) {
      return Uni.createFrom().voidItem();
    }
    return writer.apply(List.of(record));
  }

  /** Writes everything queued so far; completes when that and every earlier write is done. */
  public Uni<Void> flush() {
    var waits = new ArrayList<>(inFlight);
    var drained = new ArrayList<Pending<T>>();
    queue.drainTo(drained);
    for (int from = 0; from < drained.size(); from += batchSize) {
      waits.add(
          write(List.copyOf(drained.subList(from, Math.min(drained.size(), from + batchSize)))));
    }
    return Uni.createFrom()
        .completionStage(CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)));
  }

  public int queued() {
    return queue.size();
  }

  private CompletableFuture<Void> write(List<Pending<T>> batch) {
    CompletableFuture<Void> written =
        writer
            .apply(batch.stream().map(Pending::record).toList())
            .subscribeAsCompletionStage()
            .toCompletableFuture();
    inFlight.add(written);
    return written.handle(
        (ok, failure) -> {
          inFlight.remove(written);
          if (failure != null) {
            retry(batch, failure);
          }
          return null;
        });
  }

  private void retry(List<Pending<T>> batch, Throwable failure) {
    long lost =
        batch.stream()
            .filter(
                pending ->
                    pending.attempt >= ATTEMPTS
                        || !queue.offer(new Pending<>(pending.record, pending.attempt + 1)))
            .count();
    LOG.warnf(
        "%s: writing %d records failed (%s); %d given up after %d attempts",
        name, batch.size(), failure.getMessage(), lost, ATTEMPTS);
  }

  private record Pending<T>(T record, int attempt) {}
}
