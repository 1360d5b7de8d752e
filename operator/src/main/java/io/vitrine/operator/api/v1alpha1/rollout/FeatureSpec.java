package io.vitrine.operator.api.v1alpha1.rollout;

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
  public FeatureName name;

  @JsonPropertyDescription(
      "Per-feature settings passed to tenant-service with the flags (e.g. maxSuggestions: \"3\").")
  public Map<String, String> settings = new TreeMap<>();
}
