package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.retailer.model.AiCredentials;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.operator.retailer.model.TenantSecrets;

/**
 * Copies the model endpoint's API key ({@code spec.ai.apiKeySecretRef}) into the tenant's
 * namespace; without a reference the copy is empty, so the pods' optional key stays unset. The
 * source is read on every reconcile, so a rotation reaches the tenant at the next periodic check.
 */
@KubernetesDependent(informer = @Informer(labelSelector = Selectors.AI_SECRET))
public class AiCredentialsSecretDependent
    extends CRUDKubernetesDependentResource<Secret, RetailerIntegration> {

  @Override
  protected Secret desired(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    var ai = retailer.getSpec().getAi();
    Secret source = null;
    if (AiCredentials.referenced(ai)) {
      var reference = ai.getApiKeySecretRef();
      source =
          context
              .getClient()
              .secrets()
              .inNamespace(reference.getNamespace())
              .withName(reference.getName())
              .get();
    }
    return TenantSecrets.aiCredentials(TenantNames.of(retailer), AiCredentials.check(ai, source));
  }
}
