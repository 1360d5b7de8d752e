package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.rbac.Role;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.retailer.model.*;

@KubernetesDependent(informer = @Informer(labelSelector = Selectors.ROLE))
public class RoleDependent extends CRUDKubernetesDependentResource<Role, RetailerIntegration> {

  @Override
  protected Role desired(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return TenantRbac.role(TenantNames.of(retailer));
  }
}
