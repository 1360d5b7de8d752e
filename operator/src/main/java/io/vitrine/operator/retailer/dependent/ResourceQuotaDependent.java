package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.retailer.model.*;

@KubernetesDependent(informer = @Informer(labelSelector = Selectors.RESOURCE_QUOTA))
public class ResourceQuotaDependent
    extends CRUDKubernetesDependentResource<ResourceQuota, RetailerIntegration> {

  @Override
  protected ResourceQuota desired(
      RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return TenantLimits.quota(TenantNames.of(retailer));
  }
}
