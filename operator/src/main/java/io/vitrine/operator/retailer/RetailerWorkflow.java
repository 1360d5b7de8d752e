package io.vitrine.operator.retailer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Names of the tenant's dependents, and which status condition each one feeds. */
public final class RetailerWorkflow {

  public static final String NAMESPACE = "namespace";
  public static final String SERVICE_ACCOUNT = "service-account";
  public static final String ROLE = "role";
  public static final String ROLE_BINDING = "role-binding";
  public static final String RESOURCE_QUOTA = "resource-quota";
  public static final String LIMIT_RANGE = "limit-range";
  public static final String NETWORK_POLICY_DEFAULT_DENY = "network-policy-default-deny";
  public static final String NETWORK_POLICY_TENANT_SERVICE = "network-policy-tenant-service";
  public static final String POS_SECRET = "pos-credentials";
  public static final String AI_SECRET = "ai-credentials";
  public static final String DATABASE_SECRET = "database-credentials";
  public static final String KEYCLOAK_SECRET = "keycloak-clients";
  public static final String KEPT_PSEUDONYM_KEY = "kept-pseudonym-key";
  public static final String PSEUDONYM_KEY = "pseudonym-key";
  public static final String CONFIG = "tenant-config";
  public static final String DATABASE = "database";
  public static final String CATALOG_INDEX = "catalog-index";
  public static final String REALM = "realm";
  public static final String DEPLOYMENT = "deployment";
  public static final String SERVICE = "service";
  public static final String POD_DISRUPTION_BUDGET = "pod-disruption-budget";

  /** Part condition types, in the order they are reported, with the dependents behind each. */
  public static final Map<String, List<String>> PARTS = parts();

  private RetailerWorkflow() {}

  private static Map<String, List<String>> parts() {
    var parts = new LinkedHashMap<String, List<String>>();
    parts.put(
        "NamespaceReady",
        List.of(
            NAMESPACE,
            SERVICE_ACCOUNT,
            ROLE,
            ROLE_BINDING,
            RESOURCE_QUOTA,
            LIMIT_RANGE,
            NETWORK_POLICY_DEFAULT_DENY,
            NETWORK_POLICY_TENANT_SERVICE));
    parts.put("PosCredentialsValid", List.of(POS_SECRET));
    // The pseudonym key belongs with the data it keys: the customers' pseudonyms in the schema.
    parts.put(
        "DatabaseReady", List.of(DATABASE_SECRET, KEPT_PSEUDONYM_KEY, PSEUDONYM_KEY, DATABASE));
    parts.put("CatalogIndexReady", List.of(CATALOG_INDEX));
    parts.put("RealmReady", List.of(KEYCLOAK_SECRET, REALM));
    parts.put(
        "WorkloadReady", List.of(AI_SECRET, CONFIG, DEPLOYMENT, SERVICE, POD_DISRUPTION_BUDGET));
    return Collections.unmodifiableMap(parts);
  }
}
