package io.vitrine.helm;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import java.util.Optional;

/** Finds rendered objects by kind and name and reads them as fabric8's typed model. */
record Rendered(List<GenericKubernetesResource> objects) {

  <T> T one(String kind, Class<T> type) {
    List<GenericKubernetesResource> matches =
        objects.stream().filter(o -> kind.equals(o.getKind())).toList();
    if (matches.size() != 1) {
      throw new AssertionError("expected one " + kind + ", found " + matches.size());
    }
    return Serialization.jsonMapper().convertValue(matches.get(0), type);
  }

  <T> Optional<T> named(String kind, String name, Class<T> type) {
    return objects.stream()
        .filter(o -> kind.equals(o.getKind()) && name.equals(o.getMetadata().getName()))
        .findFirst()
        .map(o -> Serialization.jsonMapper().convertValue(o, type));
  }

  boolean has(String kind) {
    return objects.stream().anyMatch(o -> kind.equals(o.getKind()));
  }
}
