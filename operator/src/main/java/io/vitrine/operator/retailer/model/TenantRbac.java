package io.vitrine.operator.retailer.model;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;

/**
 * The identity of tenant-service and the least it may do: read its own configuration (feature flags
 * are published as ConfigMaps) and nothing else; Secrets reach it as environment variables.
 */
public final class TenantRbac {

  public static final String NAME = TenantNames.WORKLOAD;

  private TenantRbac() {}

  public static ServiceAccount serviceAccount(TenantNames names) {
    return new ServiceAccountBuilder().withMetadata(metadata(names, "service-account")).build();
  }

  public static Role role(TenantNames names) {
    return new RoleBuilder()
        .withMetadata(metadata(names, "role"))
        .withRules(
            new PolicyRuleBuilder()
                .withApiGroups("")
                .withResources("configmaps")
                .withVerbs("get", "list", "watch")
                .build())
        .build();
  }

  public static RoleBinding roleBinding(TenantNames names) {
    return new RoleBindingBuilder()
        .withMetadata(metadata(names, "role-binding"))
        .withNewRoleRef()
        .withApiGroup("rbac.authorization.k8s.io")
        .withKind("Role")
        .withName(NAME)
        .endRoleRef()
        .addNewSubject()
        .withKind("ServiceAccount")
        .withName(NAME)
        .withNamespace(names.namespace())
        .endSubject()
        .build();
  }

  private static ObjectMeta metadata(TenantNames names, String component) {
    return new ObjectMetaBuilder()
        .withName(NAME)
        .withNamespace(names.namespace())
        .withLabels(names.labels(component))
        .build();
  }
}
