package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.retailer.model.*;

@KubernetesDependent(informer = @Informer(labelSelector = Selectors.SERVICE_ACCOUNT))
public class ServiceAccountDependent
    extends CRUDKubernetesDependentResource<ServiceAccount, RetailerIntegration> {

  @Override
  protected ServiceAccount desired(
      RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return TenantRbac.serviceAccount(TenantNames.of(retailer));
  }
}
