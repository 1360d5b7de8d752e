package io.vitrine.tenant.pos.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.pos.webhook.WebhookEventRepository.NewEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Group commit: what arrives while a statement runs shares the next statement. */
class EventBatcherTest {

  /**
   * A store whose statements complete when the test says so, keeping keys like the unique index.
   */
  private static final class SlowStore extends WebhookEventRepository {

    final List<List<NewEvent>> statements = new CopyOnWriteArrayList<>();
    final List<CompletableFuture<Void>> commits = new CopyOnWriteArrayList<>();
    private final Set<String> keys = new HashSet<>();

    SlowStore() {
      super(null, "tenant");
    }

    @Override
    public Uni<List<Boolean>> insertIfNew(List<NewEvent> events) {
      statements.add(events);
      var commit = new CompletableFuture<Void>();
      commits.add(commit);
      return Uni.createFrom()
          .completionStage(commit)
          .map(
              done -> {
                var outcomes = new ArrayList<Boolean>();
                events.forEach(event -> outcomes.add(keys.add(event.dedupKey())));
                return outcomes;
              });
    }
  }

  @Test
  void deliveriesArrivingDuringAStatementShareTheNextOneAndEachGetsItsOwnOutcome() {
    var store = new SlowStore();
    var batcher = new EventBatcher(store, 256, 1);

    var first = subscribe(batcher, "a");
    var second = subscribe(batcher, "b");
    var third = subscribe(batcher, "b");
    var fourth = subscribe(batcher, "c");
    assertThat(store.statements).hasSize(1);
    first.assertNotTerminated();

    store.commits.get(0).complete(null);
    first.assertCompleted().assertItem(true);
    assertThat(store.statements).hasSize(2);
    assertThat(store.statements.get(1)).hasSize(3);
    second.assertNotTerminated();

    store.commits.get(1).complete(null);
    second.assertItem(true);
    third.assertItem(false);
    fourth.assertItem(true);
  }

  @Test
  void aFailedStatementFailsEveryDeliveryInItSoThatTheVendorsRetry() {
    var store = new SlowStore();
    var batcher = new EventBatcher(store, 2, 1);
    var first = subscribe(batcher, "a");
    var second = subscribe(batcher, "b");
    var third = subscribe(batcher, "c");
    var fourth = subscribe(batcher, "d");

    store.commits.get(0).completeExceptionally(new IllegalStateException("connection lost"));
    first.assertFailedWith(IllegalStateException.class);
    assertThat(store.statements.get(1)).hasSize(2);
    store.commits.get(1).completeExceptionally(new IllegalStateException("connection lost"));

    second.assertFailedWith(IllegalStateException.class);
    third.assertFailedWith(IllegalStateException.class);
    assertThat(store.statements).hasSize(3);
    fourth.assertNotTerminated();
  }

  private static UniAssertSubscriber<Boolean> subscribe(EventBatcher batcher, String key) {
    return batcher
        .submit(new NewEvent(PosProvider.SHOPIFY, key, "orders/create", new byte[] {'{', '}'}))
        .subscribe()
        .withSubscriber(UniAssertSubscriber.create());
  }
}
