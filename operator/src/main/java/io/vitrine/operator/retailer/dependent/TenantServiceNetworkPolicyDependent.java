package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.config.OperatorConfig;
import io.vitrine.operator.retailer.model.AiEndpoint;
import io.vitrine.operator.retailer.model.PlatformEndpoints;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.operator.retailer.model.TenantNetworkPolicies;
import jakarta.inject.Inject;
import java.util.ArrayList;

@KubernetesDependent(informer = @Informer(labelSelector = Selectors.NETWORK_POLICY_TENANT_SERVICE))
public class TenantServiceNetworkPolicyDependent
    extends CRUDKubernetesDependentResource<NetworkPolicy, RetailerIntegration> {

  @Inject OperatorConfig config;

  @Override
  protected NetworkPolicy desired(
      RetailerIntegration retailer, Context<RetailerIntegration> context) {
    var ports = new ArrayList<>(PlatformEndpoints.from(config).ports());
    AiEndpoint.egressPort(retailer.getSpec().getAi()).ifPresent(ports::add);
    return TenantNetworkPolicies.tenantService(
        TenantNames.of(retailer), config.tenantService().port(), ports);
  }
}
