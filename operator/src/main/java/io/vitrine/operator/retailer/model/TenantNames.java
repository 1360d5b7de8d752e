package io.vitrine.operator.retailer.model;

import io.vitrine.api.v1alpha1.RetailerIntegration;
import java.util.Map;

/** Every name of a retailer's tenant, derived from its retailerId alone. */
public record TenantNames(String retailerId) {

  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  public static final String OPERATOR = "vitrine-operator";
  public static final String RETAILER_LABEL = "vitrine.io/retailer";
  public static final String COMPONENT_LABEL = "vitrine.io/component";
  public static final String WORKLOAD = "tenant-service";

  public static TenantNames of(RetailerIntegration retailer) {
    return new TenantNames(retailer.getSpec().getRetailerId());
  }

  public String namespace() {
    return "vitrine-" + retailerId;
  }

  /** Realms share one Keycloak with "master": the prefix keeps a retailer from taking it. */
  public String realm() {
    return "vitrine-" + retailerId;
  }

  public String indexAlias() {
    return "catalog-" + retailerId;
  }

  public String databaseSchema() {
    return "tenant_" + retailerId.replace('-', '_');
  }

  public String databaseRole() {
    return databaseSchema();
  }

  /**
   * The Secret in the operator's namespace that keeps the tenant's pseudonym key, outside the
   * tenant's namespace so that it outlives it when the retailer is deleted with {@code Retain}.
   */
  public String keptPseudonymKey() {
    return namespace() + "-pseudonym-key";
  }

  public String serviceUrl(int port) {
    return "http://%s.%s.svc:%d".formatted(WORKLOAD, namespace(), port);
  }

  /** Labels on every object the operator creates for this tenant. */
  public Map<String, String> labels(String component) {
    return Map.of(
        MANAGED_BY,
        OPERATOR,
        "app.kubernetes.io/part-of",
        "vitrine",
        RETAILER_LABEL,
        retailerId,
        COMPONENT_LABEL,
        component);
  }

  /** Labels that select the tenant-service pods. */
  public Map<String, String> workloadSelector() {
    return Map.of("app.kubernetes.io/name", WORKLOAD, RETAILER_LABEL, retailerId);
  }
}
