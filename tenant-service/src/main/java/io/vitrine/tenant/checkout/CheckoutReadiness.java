package io.vitrine.tenant.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the checkout's catalog and co-purchase counts are loaded. */
@Readiness
@ApplicationScoped
public class CheckoutReadiness implements HealthCheck {

  private final CheckoutWarmup warmup;

  public CheckoutReadiness(CheckoutWarmup warmup) {
    this.warmup = warmup;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("checkout-data").status(warmup.loaded()).build();
  }
}
