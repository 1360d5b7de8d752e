package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Deleter;
import io.javaoperatorsdk.operator.processing.ResourceIDMapper;
import io.javaoperatorsdk.operator.processing.dependent.Creator;
import io.javaoperatorsdk.operator.processing.dependent.Matcher;
import io.javaoperatorsdk.operator.processing.dependent.Updater;
import io.javaoperatorsdk.operator.processing.dependent.external.PerResourcePollingDependentResource;
import io.vitrine.operator.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.config.OperatorConfig;
import io.vitrine.operator.platform.postgres.PostgresTenants;
import io.vitrine.operator.platform.postgres.TenantDatabase;
import io.vitrine.operator.retailer.RetailerWorkflow;
import io.vitrine.operator.retailer.metrics.TenantMetrics;
import io.vitrine.operator.retailer.model.SecretNames;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.operator.retailer.model.TenantSecrets;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.Set;

/** The tenant's PostgreSQL schema and the login role that can reach only that schema. */
public class DatabaseDependent
    extends PerResourcePollingDependentResource<Observed.Database, RetailerIntegration, String>
    implements Creator<Observed.Database, RetailerIntegration>,
        Updater<Observed.Database, RetailerIntegration>,
        Deleter<RetailerIntegration> {

  @Inject PostgresTenants postgres;
  @Inject OperatorConfig config;
  @Inject ExternalPartLifecycle lifecycle;
  @Inject TenantMetrics metrics;

  public DatabaseDependent() {
    super(Observed.Database.class, ResourceIDMapper.singleResourceResourceIDMapper());
  }

  @PostConstruct
  void configurePolling() {
    setPollingPeriod(config.driftCheckInterval());
  }

  @Override
  public Set<Observed.Database> fetchResources(RetailerIntegration retailer) {
    metrics.externalCheck("database");
    var names = TenantNames.of(retailer);
    return Observed.observe(
        () -> postgres.find(names.databaseSchema(), names.databaseRole()), Observed.Database::new);
  }

  @Override
  protected Observed.Database desired(
      RetailerIntegration retailer, Context<RetailerIntegration> context) {
    var names = TenantNames.of(retailer);
    return new Observed.Database(
        new TenantDatabase(
            names.databaseSchema(),
            names.databaseRole(),
            PostgresTenants.fingerprint(names.databaseRole(), password(context))));
  }

  @Override
  public Observed.Database create(
      Observed.Database desired,
      RetailerIntegration retailer,
      Context<RetailerIntegration> context) {
    metrics.timeApply(
        "database",
        () -> postgres.apply(desired.state().schema(), desired.state().role(), password(context)));
    lifecycle.created(
        retailer, "DatabaseReady", "schema " + desired.state().schema() + " and its role");
    return desired;
  }

  @Override
  public Observed.Database update(
      Observed.Database actual,
      Observed.Database desired,
      RetailerIntegration retailer,
      Context<RetailerIntegration> context) {
    metrics.timeApply(
        "database",
        () -> postgres.apply(desired.state().schema(), desired.state().role(), password(context)));
    return desired;
  }

  @Override
  public Matcher.Result<Observed.Database> match(
      Observed.Database actual,
      RetailerIntegration retailer,
      Context<RetailerIntegration> context) {
    var desired = desired(retailer, context);
    return Matcher.Result.computed(desired.equals(actual), desired);
  }

  @Override
  public void delete(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    var names = TenantNames.of(retailer);
    lifecycle.deleteOrRetain(
        retailer,
        "schema " + names.databaseSchema() + " and role " + names.databaseRole(),
        () -> postgres.drop(names.databaseSchema(), names.databaseRole()));
  }

  private static String password(Context<RetailerIntegration> context) {
    Secret secret =
        context
            .getSecondaryResource(Secret.class, RetailerWorkflow.DATABASE_SECRET)
            .orElseThrow(() -> new IllegalStateException("the database Secret is not there yet"));
    return TenantSecrets.value(secret, SecretNames.DATABASE_PASSWORD)
        .orElseThrow(() -> new IllegalStateException("the database Secret has no password"));
  }
}
