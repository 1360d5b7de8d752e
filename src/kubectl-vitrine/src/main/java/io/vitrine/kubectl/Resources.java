package io.vitrine.kubectl;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.api.v1alpha1.rollout.StoreRollout;
import java.util.List;
import java.util.Map;

/**
 * Finds the Vitrine resources a command names, with a clear error when they do not exist. They are
 * read as generic resources (nested maps), addressed by the kinds, group and version of the
 * contracts' model.
 */
final class Resources {

  static final ResourceDefinitionContext RETAILER_INTEGRATIONS =
      ResourceDefinitionContext.fromResourceType(RetailerIntegration.class);

  static final ResourceDefinitionContext STORE_ROLLOUTS =
      ResourceDefinitionContext.fromResourceType(StoreRollout.class);

  private Resources() {}

  static Resource<GenericKubernetesResource> retailer(KubernetesClient client, String name) {
    return client.genericKubernetesResources(RETAILER_INTEGRATIONS).withName(name);
  }

  static Resource<GenericKubernetesResource> rollout(
      KubernetesClient client, String namespace, String name) {
    return client.genericKubernetesResources(STORE_ROLLOUTS).inNamespace(namespace).withName(name);
  }

  /**
   * The namespace of the named rollout: the one given, or else the only namespace that holds a
   * rollout of that name (rollouts live in their retailer's namespace, vitrine-<retailerId>).
   */
  static String rolloutNamespace(KubernetesClient client, String namespace, String name) {
    if (namespace != null && !namespace.isBlank()) {
      return namespace;
    }
    List<String> namespaces =
        client
            .genericKubernetesResources(STORE_ROLLOUTS)
            .inAnyNamespace()
            .withField("metadata.name", name)
            .list()
            .getItems()
            .stream()
            .map(rollout -> rollout.getMetadata().getNamespace())
            .sorted()
            .toList();
    if (namespaces.isEmpty()) {
      throw new IllegalArgumentException("storerollout " + name + " not found in any namespace");
    }
    if (namespaces.size() > 1) {
      throw new IllegalArgumentException(
          "storerollout %s exists in namespaces %s: give one with -n"
              .formatted(name, String.join(", ", namespaces)));
    }
    return namespaces.get(0);
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
