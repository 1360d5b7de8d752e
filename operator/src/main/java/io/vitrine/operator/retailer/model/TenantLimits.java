package io.vitrine.operator.retailer.model;

import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.LimitRangeBuilder;
import io.fabric8.kubernetes.api.model.LimitRangeItemBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import java.util.Map;

/** What one tenant may consume, so that a noisy retailer cannot starve the others. */
public final class TenantLimits {

  public static final String NAME = "tenant-limits";

  private TenantLimits() {}

  public static ResourceQuota quota(TenantNames names) {
    return new ResourceQuotaBuilder()
        .withNewMetadata()
        .withName(NAME)
        .withNamespace(names.namespace())
        .withLabels(names.labels("resource-quota"))
        .endMetadata()
        .withNewSpec()
        .withHard(
            Map.of(
                "requests.cpu", new Quantity("8"),
                "requests.memory", new Quantity("16Gi"),
                "limits.cpu", new Quantity("16"),
                "limits.memory", new Quantity("32Gi"),
                "pods", new Quantity("50"),
                "services", new Quantity("10"),
                "secrets", new Quantity("30"),
                "configmaps", new Quantity("100"),
                "persistentvolumeclaims", new Quantity("0")))
        .endSpec()
        .build();
  }

  public static LimitRange limitRange(TenantNames names) {
    return new LimitRangeBuilder()
        .withNewMetadata()
        .withName(NAME)
        .withNamespace(names.namespace())
        .withLabels(names.labels("limit-range"))
        .endMetadata()
        .withNewSpec()
        .withLimits(
            new LimitRangeItemBuilder()
                .withType("Container")
                .withDefaultRequest(
                    Map.of("cpu", new Quantity("100m"), "memory", new Quantity("256Mi")))
                .withDefault(Map.of("cpu", new Quantity("1"), "memory", new Quantity("512Mi")))
                .withMax(Map.of("cpu", new Quantity("4"), "memory", new Quantity("4Gi")))
                .build())
        .endSpec()
        .build();
  }
}
