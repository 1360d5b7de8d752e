package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.retailer.model.TenantNames;
import java.util.Optional;

/**
 * A Secret whose values are generated once and then kept. Its desired state depends on its actual
 * state, so the Secret is located by name: the default lookup computes the desired state, which
 * would ask for the actual one again.
 */
abstract class GeneratedSecretDependent
    extends CRUDKubernetesDependentResource<Secret, RetailerIntegration> {

  private final String secretName;

  GeneratedSecretDependent(String secretName) {
    this.secretName = secretName;
  }

  @Override
  protected ResourceID targetSecondaryResourceID(
      RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return new ResourceID(secretName, TenantNames.of(retailer).namespace());
  }

  @Override
  protected Secret desired(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return generate(TenantNames.of(retailer), getSecondaryResource(retailer, context));
  }

  abstract Secret generate(TenantNames names, Optional<Secret> existing);
}
