package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.config.OperatorConfig;
import io.vitrine.operator.retailer.RetailerWorkflow;
import io.vitrine.operator.retailer.model.PlatformEndpoints;
import io.vitrine.operator.retailer.model.TenantConfig;
import io.vitrine.operator.retailer.model.TenantWorkload;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@KubernetesDependent(informer = @Informer(labelSelector = Selectors.WORKLOAD))
public class DeploymentDependent
    extends CRUDKubernetesDependentResource<Deployment, RetailerIntegration> {

  @Inject OperatorConfig config;

  @Override
  protected Deployment desired(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    List<Secret> secrets =
        List.of(
                RetailerWorkflow.POS_SECRET,
                RetailerWorkflow.AI_SECRET,
                RetailerWorkflow.PSEUDONYM_KEY,
                RetailerWorkflow.DATABASE_SECRET,
                RetailerWorkflow.KEYCLOAK_SECRET)
            .stream()
            .map(name -> context.getSecondaryResource(Secret.class, name))
            .flatMap(Optional::stream)
            .toList();
    return TenantWorkload.deployment(
        retailer,
        config.tenantService().image(),
        config.tenantService().port(),
        TenantConfig.desired(retailer, PlatformEndpoints.from(config)),
        secrets);
  }
}
