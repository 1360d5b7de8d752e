package io.vitrine.operator.retailer.dependent;

/**
 * Label selectors of the dependents' informers: the operator caches only what it created, and each
 * dependent of a shared type (Secret, NetworkPolicy) sees only its own objects.
 */
final class Selectors {

  private static final String MANAGED =
      "app.kubernetes.io/managed-by=vitrine-operator,vitrine.io/component=";

  static final String NAMESPACE = MANAGED + "namespace";
  static final String SERVICE_ACCOUNT = MANAGED + "service-account";
  static final String ROLE = MANAGED + "role";
  static final String ROLE_BINDING = MANAGED + "role-binding";
  static final String RESOURCE_QUOTA = MANAGED + "resource-quota";
  static final String LIMIT_RANGE = MANAGED + "limit-range";
  static final String NETWORK_POLICY_DEFAULT_DENY = MANAGED + "network-policy-default-deny";
  static final String NETWORK_POLICY_TENANT_SERVICE = MANAGED + "network-policy-tenant-service";
  static final String POS_SECRET = MANAGED + "pos-credentials";
  static final String AI_SECRET = MANAGED + "ai-credentials";
  static final String DATABASE_SECRET = MANAGED + "database-credentials";
  static final String KEYCLOAK_SECRET = MANAGED + "keycloak-clients";
  static final String KEPT_PSEUDONYM_KEY = MANAGED + "kept-pseudonym-key";
  static final String PSEUDONYM_KEY = MANAGED + "pseudonym-key";
  static final String CONFIG = MANAGED + "config";
  static final String WORKLOAD = MANAGED + "workload";
  static final String SERVICE = MANAGED + "service";
  static final String POD_DISRUPTION_BUDGET = MANAGED + "pod-disruption-budget";

  private Selectors() {}
}
