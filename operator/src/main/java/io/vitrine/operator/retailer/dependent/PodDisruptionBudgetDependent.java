package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.retailer.model.*;

@KubernetesDependent(informer = @Informer(labelSelector = Selectors.POD_DISRUPTION_BUDGET))
public class PodDisruptionBudgetDependent
    extends CRUDKubernetesDependentResource<PodDisruptionBudget, RetailerIntegration> {

  @Override
  protected PodDisruptionBudget desired(
      RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return TenantWorkload.podDisruptionBudget(TenantNames.of(retailer));
  }
}
