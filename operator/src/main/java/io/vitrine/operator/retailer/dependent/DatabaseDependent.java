package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.platform.postgres.PostgresTenants;
import io.vitrine.operator.platform.postgres.TenantDatabase;
import io.vitrine.operator.retailer.RetailerWorkflow;
import io.vitrine.operator.retailer.model.SecretNames;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.operator.retailer.model.TenantSecrets;
import jakarta.inject.Inject;
import java.util.Optional;

/** The tenant's PostgreSQL schema and the login role that can reach only that schema. */
public class DatabaseDependent extends ExternalPartDependent<TenantDatabase, Observed.Database> {

  @Inject PostgresTenants postgres;

  public DatabaseDependent() {
    super(Observed.Database.class, "database", "DatabaseReady", Observed.Database::new);
  }

  @Override
  Optional<TenantDatabase> find(RetailerIntegration retailer) {
    var names = TenantNames.of(retailer);
    return postgres.find(names.databaseSchema(), names.databaseRole());
  }

  @Override
  TenantDatabase expected(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    var names = TenantNames.of(retailer);
    return new TenantDatabase(
        names.databaseSchema(),
        names.databaseRole(),
        PostgresTenants.fingerprint(names.databaseRole(), password(context)));
  }

  @Override
  void apply(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    var names = TenantNames.of(retailer);
    postgres.apply(names.databaseSchema(), names.databaseRole(), password(context));
  }

  @Override
  void drop(RetailerIntegration retailer) {
    var names = TenantNames.of(retailer);
    postgres.drop(names.databaseSchema(), names.databaseRole());
  }

  @Override
  String describe(RetailerIntegration retailer) {
    var names = TenantNames.of(retailer);
    return "schema " + names.databaseSchema() + " and role " + names.databaseRole();
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
