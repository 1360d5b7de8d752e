package io.vitrine.operator.retailer.model;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import java.util.List;
import java.util.Map;

/**
 * Deny by default, then allow only what tenant-service needs: calls to its HTTP port from inside
 * the namespace, from the ingress namespace and from the operator's (StoreRollouts), and calls out
 * to DNS, the platform services and the POS vendors' HTTPS APIs.
 */
public final class TenantNetworkPolicies {

  public static final String DEFAULT_DENY = "default-deny";
  public static final String TENANT_SERVICE = "tenant-service";
  public static final String INGRESS_NAMESPACE_LABEL = "vitrine.io/ingress";

  /** The operator reads stores and KPIs from tenant-service for StoreRollouts. */
  public static final String OPERATOR_NAMESPACE = "vitrine-system";

  private TenantNetworkPolicies() {}

  public static NetworkPolicy defaultDeny(TenantNames names) {
    return new NetworkPolicyBuilder()
        .withNewMetadata()
        .withName(DEFAULT_DENY)
        .withNamespace(names.namespace())
        .withLabels(names.labels("network-policy-default-deny"))
        .endMetadata()
        .withNewSpec()
        .withNewPodSelector()
        .endPodSelector()
        .withPolicyTypes("Ingress", "Egress")
        .endSpec()
        .build();
  }

  public static NetworkPolicy tenantService(
      TenantNames names, int httpPort, List<Integer> platformPorts) {
    return new NetworkPolicyBuilder()
        .withNewMetadata()
        .withName(TENANT_SERVICE)
        .withNamespace(names.namespace())
        .withLabels(names.labels("network-policy-tenant-service"))
        .endMetadata()
        .withNewSpec()
        .withNewPodSelector()
        .withMatchLabels(names.workloadSelector())
        .endPodSelector()
        .withPolicyTypes("Ingress", "Egress")
        .addNewIngress()
        .addNewFrom()
        .withNewPodSelector()
        .endPodSelector()
        .endFrom()
        .addNewFrom()
        .withNewNamespaceSelector()
        .withMatchLabels(Map.of(INGRESS_NAMESPACE_LABEL, "true"))
        .endNamespaceSelector()
        .endFrom()
        .addNewFrom()
        .withNewNamespaceSelector()
        .withMatchLabels(Map.of("kubernetes.io/metadata.name", OPERATOR_NAMESPACE))
        .endNamespaceSelector()
        .endFrom()
        .addToPorts(tcp(httpPort))
        .endIngress()
        .withEgress(dns(), outbound(platformPorts))
        .endSpec()
        .build();
  }

  private static io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule dns() {
    return new NetworkPolicyEgressRuleBuilder()
        .addToPorts(
            new NetworkPolicyPortBuilder()
                .withProtocol("UDP")
                .withPort(new IntOrString(53))
                .build(),
            tcp(53))
        .build();
  }

  private static io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule outbound(
      List<Integer> platformPorts) {
    var rule = new NetworkPolicyEgressRuleBuilder().addToPorts(tcp(443));
    platformPorts.stream().distinct().sorted().forEach(port -> rule.addToPorts(tcp(port)));
    return rule.build();
  }

  private static io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort tcp(int port) {
    return new NetworkPolicyPortBuilder()
        .withProtocol("TCP")
        .withPort(new IntOrString(port))
        .build();
  }
}
