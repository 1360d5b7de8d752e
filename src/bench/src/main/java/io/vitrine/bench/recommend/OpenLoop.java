package io.vitrine.bench.recommend;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load generator: requests start at a constant arrival rate whatever the answers do,
 * and each latency is measured from the request's intended start, so that a stall shows in the
 * percentiles instead of silently lowering the rate (coordinated omission).
 */
final class OpenLoop {

  /** What a run measured; latencies in microseconds. */
  record Result(String name, Histogram latency, long requests, long errors, double seconds) {

    double throughput() {
      return requests / seconds;
    }

    double millis(double percentile) {
      return latency.getValueAtPercentile(percentile) / 1000.0;
    }

    String line() {
      return "%-34s %7.1f req/s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %8.2f ms  errors %d"
          .formatted(
              name,
              throughput(),
              millis(50),
              millis(95),
              millis(99),
              latency.getMaxValue() / 1000.0,
              errors);
    }
  }

  private OpenLoop() {}

  /**
   * @param call starts request number i; completes with true when it succeeded
   */
  static Result run(
      String name,
      int ratePerSecond,
      Duration duration,
      LongFunction<CompletableFuture<Boolean>> call)
      throws InterruptedException {
    long count = ratePerSecond * duration.toSeconds();
    long interval = 1_000_000_000L / ratePerSecond;
    var latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);
    var errors = new AtomicLong();
    var done = new CountDownLatch((int) count);
    long start = System.nanoTime();
    for (long i = 0; i < count; i++) {
      long intended = start + i * interval;
      long wait = intended - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      CompletableFuture<Boolean> answer;
      try {
        answer = call.apply(i);
      } catch (RuntimeException e) {
        answer = CompletableFuture.failedFuture(e);
      }
      answer.whenComplete(
          (ok, failure) -> {
            latency.recordValue(Math.max(0, (System.nanoTime() - intended) / 1000));
            if (failure != null || !Boolean.TRUE.equals(ok)) {
              errors.incrementAndGet();
            }
            done.countDown();
          });
    }
    done.await(2, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(name, latency, count, errors.get(), seconds);
  }
}
