package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Store counts of one phase. */
public class PhaseStoreCounts {
  @JsonPropertyDescription("Name of the phase.")
  private String name;

  @JsonPropertyDescription("Stores this phase selects (its own, without earlier phases').")
  private int targeted;

  @JsonPropertyDescription("Of those, the stores the features are on for now.")
  private int enabled;

  @JsonPropertyDescription("Of those, the stores whose own KPIs fail a gate of this phase.")
  private int failing;

  @JsonPropertyDescription("POS location ids of the failing stores (the first 20).")
  private List<String> failingStores = new ArrayList<>();

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getTargeted() {
    return targeted;
  }

  public void setTargeted(int targeted) {
    this.targeted = targeted;
  }

  public int getEnabled() {
    return enabled;
  }

  public void setEnabled(int enabled) {
    this.enabled = enabled;
  }

  public int getFailing() {
    return failing;
  }

  public void setFailing(int failing) {
    this.failing = failing;
  }

  public List<String> getFailingStores() {
    return failingStores;
  }

  public void setFailingStores(List<String> failingStores) {
    this.failingStores = failingStores;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhaseStoreCounts other
        && Objects.equals(name, other.name)
        && targeted == other.targeted
        && enabled == other.enabled
        && failing == other.failing
        && Objects.equals(failingStores, other.failingStores);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, targeted, enabled, failing, failingStores);
  }
}
