package io.vitrine.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

public class RetailerIntegrationStatus {

  @JsonPropertyDescription("The generation of the spec this status describes.")
  private Long observedGeneration;

  @JsonPropertyDescription(
      "Ready, Reconciling and Stalled (kstatus), and one condition per part: NamespaceReady,"
          + " DatabaseReady, CatalogIndexReady, RealmReady, PosCredentialsValid, WorkloadReady.")
  private List<Condition> conditions = new ArrayList<>();

  @JsonPropertyDescription("The tenant's namespace.")
  private String namespace;

  @JsonPropertyDescription("The tenant's Keycloak realm.")
  private String realm;

  @JsonPropertyDescription("The alias of the tenant's catalog index in OpenSearch.")
  private String indexAlias;

  @JsonPropertyDescription("The tenant's PostgreSQL schema.")
  private String databaseSchema;

  @JsonPropertyDescription("In-cluster URL of the tenant's tenant-service.")
  private String serviceUrl;

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public String getRealm() {
    return realm;
  }

  public void setRealm(String realm) {
    this.realm = realm;
  }

  public String getIndexAlias() {
    return indexAlias;
  }

  public void setIndexAlias(String indexAlias) {
    this.indexAlias = indexAlias;
  }

  public String getDatabaseSchema() {
    return databaseSchema;
  }

  public void setDatabaseSchema(String databaseSchema) {
    this.databaseSchema = databaseSchema;
  }

  public String getServiceUrl() {
    return serviceUrl;
  }

  public void setServiceUrl(String serviceUrl) {
    this.serviceUrl = serviceUrl;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetailerIntegrationStatus other
        && Objects.equals(observedGeneration, other.observedGeneration)
        && Objects.equals(conditions, other.conditions)
        && Objects.equals(namespace, other.namespace)
        && Objects.equals(realm, other.realm)
        && Objects.equals(indexAlias, other.indexAlias)
        && Objects.equals(databaseSchema, other.databaseSchema)
        && Objects.equals(serviceUrl, other.serviceUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        observedGeneration, conditions, namespace, realm, indexAlias, databaseSchema, serviceUrl);
  }
}
