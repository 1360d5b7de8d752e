package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.retailer.model.PosCredentials;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.operator.retailer.model.TenantSecrets;

/**
 * Copies the retailer's POS credentials into the tenant's namespace, after checking that they hold
 * what the provider needs. The source is read on every reconcile, so a rotation reaches the tenant
 * at the next periodic check at the latest.
 */
@KubernetesDependent(informer = @Informer(labelSelector = Selectors.POS_SECRET))
public class PosCredentialsSecretDependent
    extends CRUDKubernetesDependentResource<Secret, RetailerIntegration> {

  @Override
  protected Secret desired(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    var pos = retailer.getSpec().getPos();
    var reference = pos.getCredentialsSecretRef();
    Secret source =
        context
            .getClient()
            .secrets()
            .inNamespace(reference.getNamespace())
            .withName(reference.getName())
            .get();
    PosCredentials.check(pos, source);
    return TenantSecrets.posCredentials(TenantNames.of(retailer), source);
  }
}
