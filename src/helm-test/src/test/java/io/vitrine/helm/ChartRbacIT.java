package io.vitrine.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The chart grants exactly the privileges of deploy/operator/rbac.yaml, the RBAC the operator's
 * integration tests run with: same objects, same rules, same bindings. Installed as release
 * "vitrine-operator" in "vitrine-system", the chart's RBAC objects are named as in that file.
 */
class ChartRbacIT {

  private static final Set<String> RBAC_KINDS =
      Set.of("ServiceAccount", "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding");

  @Test
  void chartRbacEqualsTheRbacTheOperatorIsTestedWith() throws IOException {
    Map<String, Map<String, Object>> tested =
        essentials(Helm.parse(Files.readString(Helm.REPO.resolve("deploy/operator/rbac.yaml"))));
    Map<String, Map<String, Object>> chart = essentials(Helm.build().render());

    assertThat(tested).hasSize(7);
    assertThat(chart).isEqualTo(tested);
  }

  /** Each RBAC object by kind/namespace/name, without the chart's labels and annotations. */
  private static Map<String, Map<String, Object>> essentials(
      List<GenericKubernetesResource> objects) {
    return objects.stream()
        .filter(o -> RBAC_KINDS.contains(o.getKind()))
        .collect(Collectors.toMap(ChartRbacIT::key, ChartRbacIT::withoutMetadata));
  }

  private static String key(GenericKubernetesResource object) {
    return object.getKind()
        + "/"
        + object.getMetadata().getNamespace()
        + "/"
        + object.getMetadata().getName();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withoutMetadata(GenericKubernetesResource object) {
    Map<String, Object> map = Serialization.jsonMapper().convertValue(object, Map.class);
    map.remove("metadata");
    return map;
  }
}
