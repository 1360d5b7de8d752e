package io.vitrine.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Groups of catalog attributes mapped in the tenant's index. */
public enum AttributeFamily {
  /** ingredients (INCI), concerns, finish, skin types, shade. */
  @JsonProperty("beauty")
  BEAUTY,
  /** serialized items, warranty months, service interval. */
  @JsonProperty("luxury")
  LUXURY
}
