package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.config.OperatorConfig;
import io.vitrine.operator.retailer.model.PlatformEndpoints;
import io.vitrine.operator.retailer.model.TenantConfig;
import jakarta.inject.Inject;

@KubernetesDependent(informer = @Informer(labelSelector = Selectors.CONFIG))
public class ConfigMapDependent
    extends CRUDKubernetesDependentResource<ConfigMap, RetailerIntegration> {

  @Inject OperatorConfig config;

  @Override
  protected ConfigMap desired(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return TenantConfig.desired(retailer, PlatformEndpoints.from(config));
  }
}
