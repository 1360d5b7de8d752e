package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** The phase the rollout is in. */
public class CurrentPhase {
  @JsonPropertyDescription("Name of the phase.")
  private String name;

  @JsonPropertyDescription(
      "AwaitingApproval, Running, Succeeded (gates passed, at the target phase), RolledBack"
          + " (a gate failed) or Aborted.")
  private PhaseState state;

  @JsonPropertyDescription("When the phase's stores were switched on (KPIs count from here).")
  private String startedAt;

  @JsonPropertyDescription(
      "How many of the phase's own new stores are on (less than all while maxConcurrentStores"
          + " steps through them).")
  private Integer newStoresOn;

  @JsonPropertyDescription("The generation at which the phase was halted (RolledBack, Aborted).")
  private Long haltedAtGeneration;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public PhaseState getState() {
    return state;
  }

  public void setState(PhaseState state) {
    this.state = state;
  }

  public String getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(String startedAt) {
    this.startedAt = startedAt;
  }

  public Integer getNewStoresOn() {
    return newStoresOn;
  }

  public void setNewStoresOn(Integer newStoresOn) {
    this.newStoresOn = newStoresOn;
  }

  public Long getHaltedAtGeneration() {
    return haltedAtGeneration;
  }

  public void setHaltedAtGeneration(Long haltedAtGeneration) {
    this.haltedAtGeneration = haltedAtGeneration;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CurrentPhase other
        && Objects.equals(name, other.name)
        && Objects.equals(state, other.state)
        && Objects.equals(startedAt, other.startedAt)
        && Objects.equals(newStoresOn, other.newStoresOn)
        && Objects.equals(haltedAtGeneration, other.haltedAtGeneration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, state, startedAt, newStoresOn, haltedAtGeneration);
  }
}
