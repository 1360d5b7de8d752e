package io.vitrine.operator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.LinkedHashMap;
import java.util.Map;

public class TenantServiceSpec {

  @JsonPropertyDescription("Container image of tenant-service; defaults to the operator's setting.")
  private String image;

  @Default("2")
  @Min(0)
  @Max(20)
  @JsonPropertyDescription("Replicas of tenant-service (0 while suspended).")
  private int replicas = 2;

  @JsonPropertyDescription("CPU and memory requests and limits of each tenant-service pod.")
  private ResourceRequirements resources;

  @JsonPropertyDescription(
      "Features on by default for every store, before any StoreRollout: e.g."
          + " checkout-recommendations, allergy-screening, clienteling.")
  private Map<String, Boolean> featureDefaults = new LinkedHashMap<>();

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public int getReplicas() {
    return replicas;
  }

  public void setReplicas(int replicas) {
    this.replicas = replicas;
  }

  public ResourceRequirements getResources() {
    return resources;
  }

  public void setResources(ResourceRequirements resources) {
    this.resources = resources;
  }

  public Map<String, Boolean> getFeatureDefaults() {
    return featureDefaults;
  }

  public void setFeatureDefaults(Map<String, Boolean> featureDefaults) {
    this.featureDefaults = featureDefaults;
  }
}
