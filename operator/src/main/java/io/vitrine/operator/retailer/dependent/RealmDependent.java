package io.vitrine.operator.retailer.dependent;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Deleter;
import io.javaoperatorsdk.operator.processing.ResourceIDMapper;
import io.javaoperatorsdk.operator.processing.dependent.Creator;
import io.javaoperatorsdk.operator.processing.dependent.Matcher;
import io.javaoperatorsdk.operator.processing.dependent.Updater;
import io.javaoperatorsdk.operator.processing.dependent.external.PerResourcePollingDependentResource;
import io.vitrine.operator.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.config.OperatorConfig;
import io.vitrine.operator.platform.keycloak.KeycloakRealms;
import io.vitrine.operator.platform.keycloak.RealmSpec;
import io.vitrine.operator.platform.keycloak.TenantRealm;
import io.vitrine.operator.retailer.metrics.TenantMetrics;
import io.vitrine.operator.retailer.model.RealmModel;
import io.vitrine.operator.retailer.model.TenantNames;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.Set;

/** The tenant's Keycloak realm: roles, the admin API and service clients, first admins. */
public class RealmDependent
    extends PerResourcePollingDependentResource<Observed.Realm, RetailerIntegration, String>
    implements Creator<Observed.Realm, RetailerIntegration>,
        Updater<Observed.Realm, RetailerIntegration>,
        Deleter<RetailerIntegration> {

  @Inject KeycloakRealms keycloak;
  @Inject OperatorConfig config;
  @Inject ExternalPartLifecycle lifecycle;
  @Inject TenantMetrics metrics;

  public RealmDependent() {
    super(Observed.Realm.class, ResourceIDMapper.singleResourceResourceIDMapper());
  }

  @PostConstruct
  void configurePolling() {
    setPollingPeriod(config.driftCheckInterval());
  }

  @Override
  public Set<Observed.Realm> fetchResources(RetailerIntegration retailer) {
    metrics.externalCheck("realm");
    String realm = TenantNames.of(retailer).realm();
    return Observed.observe(() -> keycloak.find(realm), Observed.Realm::new);
  }

  @Override
  protected Observed.Realm desired(
      RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return new Observed.Realm(TenantRealm.expectedFor(RealmModel.spec(retailer, context)));
  }

  @Override
  public Observed.Realm create(
      Observed.Realm desired, RetailerIntegration retailer, Context<RetailerIntegration> context) {
    metrics.timeApply("realm", () -> keycloak.apply(RealmModel.spec(retailer, context)));
    lifecycle.created(retailer, "RealmReady", "realm " + desired.state().realm());
    return desired;
  }

  @Override
  public Observed.Realm update(
      Observed.Realm actual,
      Observed.Realm desired,
      RetailerIntegration retailer,
      Context<RetailerIntegration> context) {
    metrics.timeApply("realm", () -> keycloak.apply(RealmModel.spec(retailer, context)));
    return desired;
  }

  @Override
  public Matcher.Result<Observed.Realm> match(
      Observed.Realm actual, RetailerIntegration retailer, Context<RetailerIntegration> context) {
    RealmSpec spec = RealmModel.spec(retailer, context);
    return Matcher.Result.computed(
        actual.reachable() && actual.state().matches(spec),
        new Observed.Realm(TenantRealm.expectedFor(spec)));
  }

  @Override
  public void delete(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    String realm = TenantNames.of(retailer).realm();
    lifecycle.deleteOrRetain(retailer, "realm " + realm, () -> keycloak.drop(realm));
  }
}
