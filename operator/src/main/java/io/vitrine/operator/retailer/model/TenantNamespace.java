package io.vitrine.operator.retailer.model;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.util.HashMap;

/** The tenant's namespace, restricted by Pod Security admission. */
public final class TenantNamespace {

  private TenantNamespace() {}

  public static Namespace desired(TenantNames names) {
    var labels = new HashMap<>(names.labels("namespace"));
    labels.put("pod-security.kubernetes.io/enforce", "restricted");
    labels.put("pod-security.kubernetes.io/enforce-version", "latest");
    return new NamespaceBuilder()
        .withNewMetadata()
        .withName(names.namespace())
        .withLabels(labels)
        .endMetadata()
        .build();
  }
}
