package io.vitrine.operator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the operator finds the shared platform services and their admin credentials. Credentials
 * come from the environment (in a cluster: Secrets mounted as environment variables), never from
 * code or committed configuration.
 */
@ConfigMapping(prefix = "vitrine.operator")
public interface OperatorConfig {

  Postgres postgres();

  OpenSearch opensearch();

  Keycloak keycloak();

  TenantService tenantService();

  Rollout rollout();

  /**
   * The operator's own namespace (the Helm chart sets it from the pod). It keeps what must outlive
   * a tenant's namespace: each tenant's pseudonym key.
   */
  @WithDefault("vitrine-system")
  String namespace();

  /** How often external parts (schema, index, realm) are re-checked for drift. */
  @WithDefault("60s")
  Duration driftCheckInterval();

  interface Postgres {
    /** JDBC URL of the database that holds every tenant's schema. */
    String jdbcUrl();

    /** A role with CREATEROLE that owns that database. */
    String adminUser();

    String adminPassword();

    /** Host and port tenants use to reach PostgreSQL (may differ from the operator's view). */
    String tenantHost();

    int tenantPort();

    String database();
  }

  interface OpenSearch {
    String url();

    /** The URL tenants use, when it differs from the operator's. */
    Optional<String> tenantUrl();

    Optional<String> username();

    Optional<String> password();
  }

  interface Keycloak {
    String url();

    /** The URL tenants use to reach Keycloak, when it differs from the operator's. */
    Optional<String> tenantUrl();

    @WithDefault("master")
    String adminRealm();

    @WithDefault("admin-cli")
    String adminClientId();

    String adminUser();

    String adminPassword();
  }

  interface TenantService {
    @WithDefault("ghcr.io/vitrine/tenant-service:0.1.0")
    String image();

    @WithDefault("8080")
    int port();
  }

  /** How StoreRollouts are driven. */
  interface Rollout {
    /** How often a running phase's gates are evaluated (seconds in tests). */
    @WithDefault("30s")
    Duration evaluationInterval();

    /**
     * Honour the {@code vitrine.io/tenant-service-url} annotation of a tenant namespace (the local
     * stack runs tenant-service outside the cluster). Off in a real cluster.
     */
    @WithDefault("false")
    boolean allowServiceUrlOverride();

    /** Timeout of a call to tenant-service. */
    @WithDefault("10s")
    Duration tenantServiceTimeout();
  }
}
