package io.vitrine.operator.retailer.dependent;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.platform.keycloak.KeycloakRealms;
import io.vitrine.operator.platform.keycloak.TenantRealm;
import io.vitrine.operator.retailer.model.RealmModel;
import io.vitrine.operator.retailer.model.TenantNames;
import jakarta.inject.Inject;
import java.util.Optional;

/** The tenant's Keycloak realm: roles, the admin API and service clients, first admins. */
public class RealmDependent extends ExternalPartDependent<TenantRealm, Observed.Realm> {

  @Inject KeycloakRealms keycloak;

  public RealmDependent() {
    super(Observed.Realm.class, "realm", "RealmReady", Observed.Realm::new);
  }

  @Override
  Optional<TenantRealm> find(RetailerIntegration retailer) {
    return keycloak.find(TenantNames.of(retailer).realm());
  }

  @Override
  TenantRealm expected(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return TenantRealm.expectedFor(RealmModel.spec(retailer, context));
  }

  /** Keycloak adds default roles and clients of its own: the realm matches if ours are there. */
  @Override
  boolean matches(
      TenantRealm actual, RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return actual.matches(RealmModel.spec(retailer, context));
  }

  @Override
  void apply(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    keycloak.apply(RealmModel.spec(retailer, context));
  }

  @Override
  void drop(RetailerIntegration retailer) {
    keycloak.drop(TenantNames.of(retailer).realm());
  }

  @Override
  String describe(RetailerIntegration retailer) {
    return "realm " + TenantNames.of(retailer).realm();
  }
}
