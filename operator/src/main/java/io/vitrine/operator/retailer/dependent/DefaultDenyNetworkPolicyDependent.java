package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.retailer.model.*;

@KubernetesDependent(informer = @Informer(labelSelector = Selectors.NETWORK_POLICY_DEFAULT_DENY))
public class DefaultDenyNetworkPolicyDependent
    extends CRUDKubernetesDependentResource<NetworkPolicy, RetailerIntegration> {

  @Override
  protected NetworkPolicy desired(
      RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return TenantNetworkPolicies.defaultDeny(TenantNames.of(retailer));
  }
}
