package io.vitrine.kubectl.it;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.vitrine.testing.LocalStack;
import java.util.UUID;

/** The local control plane, and the test data the plugin's ITs create in it. */
final class Cluster {

  static final ResourceDefinitionContext RETAILERS =
      new ResourceDefinitionContext.Builder()
          .withGroup("vitrine.io")
          .withVersion("v1alpha1")
          .withKind("RetailerIntegration")
          .withPlural("retailerintegrations")
          .withNamespaced(false)
          .build();

  static final ResourceDefinitionContext ROLLOUTS =
      new ResourceDefinitionContext.Builder()
          .withGroup("vitrine.io")
          .withVersion("v1alpha1")
          .withKind("StoreRollout")
          .withPlural("storerollouts")
          .withNamespaced(true)
          .build();

  private Cluster() {}

  static KubernetesClient client() {
    return new KubernetesClientBuilder()
        .withConfig(Config.fromKubeconfig(LocalStack.load().kubeconfig()))
        .build();
  }

  static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A resource from YAML with %s placeholders filled in. */
  static GenericKubernetesResource yaml(String template, Object... values) {
    return Serialization.unmarshal(template.formatted(values), GenericKubernetesResource.class);
  }
}
