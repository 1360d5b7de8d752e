package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.Service;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.config.OperatorConfig;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.operator.retailer.model.TenantWorkload;
import jakarta.inject.Inject;

@KubernetesDependent(informer = @Informer(labelSelector = Selectors.SERVICE))
public class ServiceDependent
    extends CRUDKubernetesDependentResource<Service, RetailerIntegration> {

  @Inject OperatorConfig config;

  @Override
  protected Service desired(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return TenantWorkload.service(TenantNames.of(retailer), config.tenantService().port());
  }
}
