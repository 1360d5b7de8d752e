package io.vitrine.operator.retailer.model;

import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.vitrine.api.v1alpha1.IdentitySpec;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.platform.keycloak.RealmSpec;
import io.vitrine.operator.retailer.RetailerWorkflow;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The realm a retailer should have, from its spec and its generated client secrets. */
public final class RealmModel {

  private RealmModel() {}

  public static RealmSpec spec(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    Secret clients =
        context
            .getSecondaryResource(Secret.class, RetailerWorkflow.KEYCLOAK_SECRET)
            .orElseThrow(
                () -> new IllegalStateException("the Keycloak clients Secret is not there yet"));
    return spec(
        retailer,
        TenantSecrets.value(clients, SecretNames.ADMIN_API_CLIENT_SECRET).orElseThrow(),
        TenantSecrets.value(clients, SecretNames.SERVICE_CLIENT_SECRET).orElseThrow());
  }

  public static RealmSpec spec(
      RetailerIntegration retailer, String adminApiSecret, String serviceSecret) {
    IdentitySpec identity = retailer.getSpec().getIdentity();
    return new RealmSpec(
        TenantNames.of(retailer).realm(),
        retailer.getSpec().getDisplayName(),
        Duration.ofSeconds(identity.getAccessTokenLifespanSeconds()),
        Duration.ofSeconds(identity.getSsoSessionIdleTimeoutSeconds()),
        identity.isBruteForceProtection(),
        identity.getFailureFactor(),
        Set.copyOf(identity.getExtraRoles()),
        List.copyOf(identity.getAdmins()),
        adminApiSecret,
        serviceSecret);
  }
}
