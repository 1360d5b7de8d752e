package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.retailer.model.*;

@KubernetesDependent(informer = @Informer(labelSelector = Selectors.ROLE_BINDING))
public class RoleBindingDependent
    extends CRUDKubernetesDependentResource<RoleBinding, RetailerIntegration> {

  @Override
  protected RoleBinding desired(
      RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return TenantRbac.roleBinding(TenantNames.of(retailer));
  }
}
