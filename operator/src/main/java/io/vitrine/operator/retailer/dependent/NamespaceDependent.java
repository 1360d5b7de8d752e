package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.Namespace;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.retailer.model.*;

@KubernetesDependent(informer = @Informer(labelSelector = Selectors.NAMESPACE))
public class NamespaceDependent
    extends CRUDKubernetesDependentResource<Namespace, RetailerIntegration> {

  @Override
  protected Namespace desired(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return TenantNamespace.desired(TenantNames.of(retailer));
  }
}
