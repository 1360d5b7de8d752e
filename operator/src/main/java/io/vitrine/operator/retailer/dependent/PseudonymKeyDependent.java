package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.retailer.RetailerWorkflow;
import io.vitrine.operator.retailer.model.PseudonymKeys;
import io.vitrine.operator.retailer.model.TenantNames;

/** The copy of the tenant's kept pseudonym key in its namespace, which its pods read. */
@KubernetesDependent(informer = @Informer(labelSelector = Selectors.PSEUDONYM_KEY))
public class PseudonymKeyDependent
    extends CRUDKubernetesDependentResource<Secret, RetailerIntegration> {

  @Override
  protected Secret desired(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    Secret kept =
        context
            .getSecondaryResource(Secret.class, RetailerWorkflow.KEPT_PSEUDONYM_KEY)
            .orElseThrow(
                () -> new IllegalStateException("the kept pseudonym key is not there yet"));
    return PseudonymKeys.copy(TenantNames.of(retailer), kept);
  }
}
