package io.vitrine.operator.retailer.dependent;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Deleter;
import io.javaoperatorsdk.operator.processing.ResourceIDMapper;
import io.javaoperatorsdk.operator.processing.dependent.Creator;
import io.javaoperatorsdk.operator.processing.dependent.Matcher;
import io.javaoperatorsdk.operator.processing.dependent.Updater;
import io.javaoperatorsdk.operator.processing.dependent.external.PerResourcePollingDependentResource;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.config.OperatorConfig;
import io.vitrine.operator.platform.PlatformUnavailableException;
import io.vitrine.operator.retailer.metrics.TenantMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A part of the tenant outside the cluster (schema, index, realm): observed on a period so that
 * drift and outages are noticed, created or repaired with one idempotent apply, and deleted or
 * retained by the retailer's deletion policy.
 *
 * @param <T> what the platform client reports
 * @param <O> its {@link Observed} wrapper
 */
abstract class ExternalPartDependent<T, O extends Observed<T>>
    extends PerResourcePollingDependentResource<O, RetailerIntegration, String>
    implements Creator<O, RetailerIntegration>,
        Updater<O, RetailerIntegration>,
        Deleter<RetailerIntegration> {

  @Inject OperatorConfig config;
  @Inject ExternalPartLifecycle lifecycle;
  @Inject TenantMetrics metrics;

  private final String part;
  private final String condition;
  private final Function<T, O> wrap;

  ExternalPartDependent(Class<O> type, String part, String condition, Function<T, O> wrap) {
    super(type, ResourceIDMapper.singleResourceResourceIDMapper());
    this.part = part;
    this.condition = condition;
    this.wrap = wrap;
  }

  /** What the platform holds for this retailer, if anything. */
  abstract Optional<T> find(RetailerIntegration retailer);

  /** What the platform should report once {@link #apply} has run. */
  abstract T expected(RetailerIntegration retailer, Context<RetailerIntegration> context);

  /** Creates or repairs the part; idempotent. */
  abstract void apply(RetailerIntegration retailer, Context<RetailerIntegration> context);

  abstract void drop(RetailerIntegration retailer);

  /** The part in words, for Events. */
  abstract String describe(RetailerIntegration retailer);

  boolean matches(T actual, RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return actual.equals(expected(retailer, context));
  }

  @PostConstruct
  void configurePolling() {
    setPollingPeriod(config.driftCheckInterval());
  }

  @Override
  public Set<O> fetchResources(RetailerIntegration retailer) {
    metrics.externalCheck(part);
    Set<O> found = Observed.observe(() -> find(retailer), wrap);
    if (found.stream().anyMatch(Observed::reachable)) {
      lifecycle.present(retailer, condition);
    }
    return found;
  }

  @Override
  protected O desired(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return wrap.apply(expected(retailer, context));
  }

  @Override
  public O create(O desired, RetailerIntegration retailer, Context<RetailerIntegration> context) {
    metrics.timeApply(part, () -> apply(retailer, context));
    lifecycle.created(retailer, condition, describe(retailer));
    return desired;
  }

  @Override
  public O update(
      O actual, O desired, RetailerIntegration retailer, Context<RetailerIntegration> context) {
    // Last observed unreachable but missing now: this update recreates it, which is drift too.
    boolean missing = !actual.reachable() && missingNow(retailer);
    metrics.timeApply(part, () -> apply(retailer, context));
    if (missing) {
      lifecycle.created(retailer, condition, describe(retailer));
    }
    return desired;
  }

  private boolean missingNow(RetailerIntegration retailer) {
    try {
      return find(retailer).isEmpty();
    } catch (PlatformUnavailableException e) {
      return false;
    }
  }

  @Override
  public Matcher.Result<O> match(
      O actual, RetailerIntegration retailer, Context<RetailerIntegration> context) {
    boolean matching = actual.reachable() && matches(actual.state(), retailer, context);
    return Matcher.Result.computed(matching, desired(retailer, context));
  }

  @Override
  public void delete(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    lifecycle.deleteOrRetain(retailer, describe(retailer), () -> drop(retailer));
  }
}
