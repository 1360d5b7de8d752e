package io.vitrine.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Segment {
  @JsonProperty("beauty")
  BEAUTY,
  @JsonProperty("luxury")
  LUXURY,
  @JsonProperty("electronics")
  ELECTRONICS,
  @JsonProperty("pharmacy")
  PHARMACY
}
