package io.vitrine.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Signed Shopify deliveries from CONCURRENCY clients, each sending its next delivery once the last
 * one is answered (closed loop), over kept-alive connections. Netty's event loop keeps the load
 * generator's own CPU small: on a 2-core machine it shares the cores with the service it measures.
 */
final class WebhookLoad implements AutoCloseable {

  /** One delivery's body and its X-Shopify-Hmac-Sha256. */
  record Delivery(byte[] body, String signature) {}

  private final Vertx vertx = Vertx.vertx();
  private final HttpClient client;
  private final String shop;

  WebhookLoad(int port, String shop, int concurrency) {
    this.shop = shop;
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port),
            new PoolOptions().setHttp1MaxSize(concurrency));
  }

  /** Sends COUNT deliveries; returns how many were answered 200. */
  int deliver(int count, int concurrency, IntFunction<Delivery> delivery)
      throws InterruptedException {
    var next = new AtomicInteger();
    var accepted = new AtomicInteger();
    var clientsDone = new CountDownLatch(concurrency);
    for (int c = 0; c < concurrency; c++) {
      sendNext(count, next, accepted, clientsDone, delivery);
    }
    if (!clientsDone.await(10, TimeUnit.MINUTES)) {
      throw new IllegalStateException("deliveries still unanswered after 10 minutes");
    }
    return accepted.get();
  }

  private void sendNext(
      int count,
      AtomicInteger next,
      AtomicInteger accepted,
      CountDownLatch clientsDone,
      IntFunction<Delivery> deliveries) {
    int i = next.getAndIncrement();
    if (i >= count) {
      clientsDone.countDown();
      return;
    }
    Delivery delivery = deliveries.apply(i);
    send(delivery)
        .onComplete(
            status -> {
              if (status.succeeded() && status.result() == 200) {
                accepted.incrementAndGet();
              }
              sendNext(count, next, accepted, clientsDone, deliveries);
            });
  }

  /** One delivery, with a new webhook id; completes with the answer's status. */
  Future<Integer> send(Delivery delivery) {
    var options =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setURI("/v1/webhooks/shopify")
            .setTimeout(30_000)
            .putHeader("Content-Type", "application/json")
            .putHeader("X-Shopify-Topic", "orders/create")
            .putHeader("X-Shopify-Shop-Domain", shop)
            .putHeader("X-Shopify-Webhook-Id", UUID.randomUUID().toString())
            .putHeader("X-Shopify-Hmac-Sha256", delivery.signature());
    return client
        .request(options)
        .compose(request -> request.send(Buffer.buffer(delivery.body())))
        .compose(response -> response.body().map(ignored -> response.statusCode()));
  }

  @Override
  public void close() {
    client.close().toCompletionStage().toCompletableFuture().join();
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }
}
