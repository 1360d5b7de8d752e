package io.vitrine.kubectl;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Map;

/** Finds the Vitrine resources a command names, with a clear error when they do not exist. */
final class Resources {

  private Resources() {}

  static Resource<GenericKubernetesResource> retailer(KubernetesClient client, String name) {
    return client.genericKubernetesResources(VitrineResources.RETAILER_INTEGRATIONS).withName(name);
  }

  static Resource<GenericKubernetesResource> rollout(
      KubernetesClient client, String namespace, String name) {
    return client
        .genericKubernetesResources(VitrineResources.STORE_ROLLOUTS)
        .inNamespace(namespace)
        .withName(name);
  }

  static GenericKubernetesResource require(
      Resource<GenericKubernetesResource> resource, String description) {
    GenericKubernetesResource found = resource.get();
    if (found == null) {
      throw new IllegalArgumentException(description + " not found");
    }
    return found;
  }

  /** The resource as nested maps and lists, as its JSON reads. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(GenericKubernetesResource resource) {
    return Serialization.jsonMapper().convertValue(resource, Map.class);
  }
}
