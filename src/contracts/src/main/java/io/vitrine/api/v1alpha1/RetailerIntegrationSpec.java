package io.vitrine.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;

public class RetailerIntegrationSpec {

  @Required
  @Size(min = 2, max = 40)
  @Pattern("^[a-z]([-a-z0-9]*[a-z0-9])?$")
  @ValidationRule(value = "self == oldSelf", message = "retailerId is immutable")
  @JsonPropertyDescription(
      "Stable identifier of the retailer: a DNS label (lowercase letters, digits and '-', 2 to 40"
          + " characters). Names the tenant's namespace, database schema, index and realm. Immutable.")
  private String retailerId;

  @Required
  @Size(min = 1, max = 120)
  @JsonPropertyDescription(
      "Human-readable name of the retailer, shown to associates and in the realm.")
  private String displayName;

  @Required
  @JsonPropertyDescription(
      "The retailer's segment; selects defaults such as catalog attribute families.")
  private Segment segment;

  @Default("false")
  @JsonPropertyDescription(
      "When true, the tenant's workload is scaled to zero; data, index and realm are kept.")
  private boolean suspend;

  @Default("Retain")
  @JsonPropertyDescription(
      "What happens to the realm, catalog index, database schema and role when this resource is"
          + " deleted: Delete removes them, Retain keeps them for a later re-creation.")
  private DeletionPolicy deletionPolicy = DeletionPolicy.Retain;

  @Default("false")
  @JsonPropertyDescription(
      "When true, the API server refuses to delete this resource (set it to false first).")
  private boolean preventDeletion;

  @Required
  @JsonPropertyDescription("The retailer's point-of-sale system and where its credentials are.")
  private PosSpec pos;

  @JsonPropertyDescription(
      "The retailer's language model (an OpenAI-compatible endpoint) for the AI features. Optional:"
          + " without it every AI feature uses its deterministic fallback and says so.")
  private AiSpec ai;

  @JsonPropertyDescription("Settings of the retailer's catalog index in OpenSearch.")
  private CatalogSpec catalog = new CatalogSpec();

  @JsonPropertyDescription("Settings of the retailer's Keycloak realm.")
  private IdentitySpec identity = new IdentitySpec();

  @JsonPropertyDescription("The retailer's tenant-service workload.")
  private TenantServiceSpec tenantService = new TenantServiceSpec();

  public String getRetailerId() {
    return retailerId;
  }

  public void setRetailerId(String retailerId) {
    this.retailerId = retailerId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Segment getSegment() {
    return segment;
  }

  public void setSegment(Segment segment) {
    this.segment = segment;
  }

  public boolean isSuspend() {
    return suspend;
  }

  public void setSuspend(boolean suspend) {
    this.suspend = suspend;
  }

  public DeletionPolicy getDeletionPolicy() {
    return deletionPolicy;
  }

  public void setDeletionPolicy(DeletionPolicy deletionPolicy) {
    this.deletionPolicy = deletionPolicy;
  }

  public boolean isPreventDeletion() {
    return preventDeletion;
  }

  public void setPreventDeletion(boolean preventDeletion) {
    this.preventDeletion = preventDeletion;
  }

  public PosSpec getPos() {
    return pos;
  }

  public void setPos(PosSpec pos) {
    this.pos = pos;
  }

  public AiSpec getAi() {
    return ai;
  }

  public void setAi(AiSpec ai) {
    this.ai = ai;
  }

  public CatalogSpec getCatalog() {
    return catalog;
  }

  public void setCatalog(CatalogSpec catalog) {
    this.catalog = catalog;
  }

  public IdentitySpec getIdentity() {
    return identity;
  }

  public void setIdentity(IdentitySpec identity) {
    this.identity = identity;
  }

  public TenantServiceSpec getTenantService() {
    return tenantService;
  }

  public void setTenantService(TenantServiceSpec tenantService) {
    this.tenantService = tenantService;
  }
}
