package io.vitrine.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * When sales become visible to recommendations: tenant-service's counter of new sales taken into
 * its co-purchase counts ({@code vitrine.checkout.copurchase.sales}, read from {@code /q/metrics}
 * every {@link #EVERY}). The k-th sale counted in a phase is matched with the k-th delivery sent:
 * the worker leases the oldest events first, so this is the lag of each sale up to small
 * reorderings, and exact for the percentiles of a backlog.
 */
final class CoPurchaseVisibility implements AutoCloseable {

  static final Duration EVERY = Duration.ofMillis(100);
  private static final String COUNTER = "vitrine_checkout_copurchase_sales_total";

  /** A phase's figures: lags in milliseconds, sorted; seconds from first send to last visible. */
  record Phase(int sales, double seconds, long[] lagMillis) {

    double salesPerSecond() {
      return sales / seconds;
    }

    long lag(double percentile) {
      int index = (int) Math.ceil(percentile / 100 * lagMillis.length) - 1;
      return lagMillis[Math.max(0, Math.min(lagMillis.length - 1, index))];
    }
  }

  private record Sample(long nanos, long count) {}

  private final HttpClient http = HttpClient.newHttpClient();
  private final HttpRequest metrics;
  private final List<Sample> samples = new ArrayList<>();
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();

  CoPurchaseVisibility(int port) {
    metrics = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics")).build();
    poller.scheduleWithFixedDelay(this::sample, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Sales counted so far. */
  synchronized long counted() {
    return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).count();
  }

  /**
   * Waits until {@code sendNanos.length} sales more than {@code before} are counted, then matches
   * them with their sends.
   */
  Phase await(long before, long[] sendNanos, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int sales = sendNanos.length;
    while (counted() < before + sales) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "only " + (counted() - before) + " of " + sales + " sales visible after " + timeout);
      }
      Thread.sleep(EVERY.toMillis()); // polling the counter at its own pace
    }
    long[] sends = sendNanos.clone();
    Arrays.sort(sends);
    long[] visible = visibleAt(before, sales);
    long[] lags = new long[sales];
    for (int k = 0; k < sales; k++) {
      lags[k] = Math.max(0, (visible[k] - sends[k]) / 1_000_000);
    }
    Arrays.sort(lags);
    return new Phase(sales, (visible[sales - 1] - sends[0]) / 1e9, lags);
  }

  /** The first sample at which the k-th sale after {@code before} was counted. */
  private synchronized long[] visibleAt(long before, int sales) {
    long[] at = new long[sales];
    int k = 0;
    for (Sample sample : samples) {
      while (k < sales && sample.count() - before >= k + 1) {
        at[k++] = sample.nanos();
      }
    }
    return at;
  }

  private void sample() {
    try {
      String body = http.send(metrics, HttpResponse.BodyHandlers.ofString()).body();
      long nanos = System.nanoTime();
      long count =
          body.lines()
              .filter(line -> line.startsWith(COUNTER))
              .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' '))))
              .sum();
      synchronized (this) {
        samples.add(new Sample(nanos, count));
      }
    } catch (Exception e) {
      // A missed sample only coarsens the lags; the next one counts what it missed.
    }
  }

  @Override
  public void close() {
    poller.shutdownNow();
  }
}
