package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Map;
import java.util.TreeMap;

/** One governed feature and its settings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class FeatureSpec {

  @Required
  @JsonPropertyDescription("The feature.")
  private FeatureName name;

  @JsonPropertyDescription(
      "Per-feature settings passed to tenant-service with the flags (e.g. maxSuggestions: \"3\").")
  private Map<String, String> settings = new TreeMap<>();

  public FeatureName getName() {
    return name;
  }

  public void setName(FeatureName name) {
    this.name = name;
  }

  public Map<String, String> getSettings() {
    return settings;
  }

  public void setSettings(Map<String, String> settings) {
    this.settings = settings;
  }
}
