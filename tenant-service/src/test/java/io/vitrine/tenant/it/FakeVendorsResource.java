package io.vitrine.tenant.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts {@link FakeVendors} and points every vendor API URL of tenant-service at it; the worker
 * runs often and retries soon so that the ITs wait briefly, and the reconciliation poll runs only
 * when a test calls it.
 */
public class FakeVendorsResource implements QuarkusTestResourceLifecycleManager {

  private static volatile FakeVendors vendors;

  /** The running fake, for the test that configured it. */
  public static FakeVendors vendors() {
    return vendors;
  }

  @Override
  public Map<String, String> start() {
    try {
      vendors = new FakeVendors();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String url = vendors.url();
    return Map.of(
        "vitrine.pos.square.api-url",
        url,
        "vitrine.pos.clover.api-url",
        url,
        "vitrine.pos.shopify.api-url",
        url,
        "vitrine.pos.lightspeed-x.api-url",
        url,
        "vitrine.pos.lightspeed-r.api-url",
        url,
        "vitrine.pos.worker.interval",
        "1s",
        "vitrine.pos.worker.backoff",
        "200ms",
        "vitrine.pos.worker.max-backoff",
        "1s",
        "vitrine.pos.worker.lease",
        "5s",
        "vitrine.pos.reconciliation.interval",
        "off");
  }

  @Override
  public void stop() {
    if (vendors != null) {
      vendors.stop();
    }
  }
}
