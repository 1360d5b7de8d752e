package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Where a rollout is, what its gates observed, and what happened on the way. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class StoreRolloutStatus {

  @JsonPropertyDescription("The generation of the spec this status describes.")
  private Long observedGeneration;

  @JsonPropertyDescription(
      "Ready, Reconciling and Stalled (kstatus), Progressing, Paused, Degraded, Completed.")
  private List<Condition> conditions = new ArrayList<>();

  @JsonPropertyDescription("The phase the rollout is in, and since when.")
  private CurrentPhase currentPhase;

  @JsonPropertyDescription("Stores the features are on for now (in the flags in force).")
  private Integer storesEnabled;

  @JsonPropertyDescription("Stores of the phases up to the target phase.")
  private Integer storesTargeted;

  @JsonPropertyDescription("Per phase: stores targeted, enabled and failing a gate.")
  private List<PhaseStoreCounts> phases = new ArrayList<>();

  @JsonPropertyDescription("The last evaluation of every gate of the current phase.")
  private List<GateEvaluation> gates = new ArrayList<>();

  @JsonPropertyDescription("Approvals received, from Git or the command line.")
  private List<ApprovalRecord> approvals = new ArrayList<>();

  @JsonPropertyDescription("Transitions between phases and states, newest last (the last 50).")
  private List<Transition> history = new ArrayList<>();

  @JsonPropertyDescription("Actions asked through the vitrine.io/action annotation (the last 20).")
  private List<ActionRecord> actions = new ArrayList<>();

  @JsonPropertyDescription("The id of the last action annotation handled.")
  private String lastHandledActionId;

  @JsonPropertyDescription("Who paused the rollout from the command line, while it is so paused.")
  private String pausedBy;

  @JsonPropertyDescription("The gate whose failure rolled the rollout back, with its values.")
  private GateEvaluation failedGate;

  @JsonPropertyDescription("The flags revision in force (ConfigMap <rollout>-flags-r<N>).")
  private Long flagsRevision;

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

  public CurrentPhase getCurrentPhase() {
    return currentPhase;
  }

  public void setCurrentPhase(CurrentPhase currentPhase) {
    this.currentPhase = currentPhase;
  }

  public Integer getStoresEnabled() {
    return storesEnabled;
  }

  public void setStoresEnabled(Integer storesEnabled) {
    this.storesEnabled = storesEnabled;
  }

  public Integer getStoresTargeted() {
    return storesTargeted;
  }

  public void setStoresTargeted(Integer storesTargeted) {
    this.storesTargeted = storesTargeted;
  }

  public List<PhaseStoreCounts> getPhases() {
    return phases;
  }

  public void setPhases(List<PhaseStoreCounts> phases) {
    this.phases = phases;
  }

  public List<GateEvaluation> getGates() {
    return gates;
  }

  public void setGates(List<GateEvaluation> gates) {
    this.gates = gates;
  }

  public List<ApprovalRecord> getApprovals() {
    return approvals;
  }

  public void setApprovals(List<ApprovalRecord> approvals) {
    this.approvals = approvals;
  }

  public List<Transition> getHistory() {
    return history;
  }

  public void setHistory(List<Transition> history) {
    this.history = history;
  }

  public List<ActionRecord> getActions() {
    return actions;
  }

  public void setActions(List<ActionRecord> actions) {
    this.actions = actions;
  }

  public String getLastHandledActionId() {
    return lastHandledActionId;
  }

  public void setLastHandledActionId(String lastHandledActionId) {
    this.lastHandledActionId = lastHandledActionId;
  }

  public String getPausedBy() {
    return pausedBy;
  }

  public void setPausedBy(String pausedBy) {
    this.pausedBy = pausedBy;
  }

  public GateEvaluation getFailedGate() {
    return failedGate;
  }

  public void setFailedGate(GateEvaluation failedGate) {
    this.failedGate = failedGate;
  }

  public Long getFlagsRevision() {
    return flagsRevision;
  }

  public void setFlagsRevision(Long flagsRevision) {
    this.flagsRevision = flagsRevision;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoreRolloutStatus other
        && Objects.equals(observedGeneration, other.observedGeneration)
        && Objects.equals(conditions, other.conditions)
        && Objects.equals(currentPhase, other.currentPhase)
        && Objects.equals(storesEnabled, other.storesEnabled)
        && Objects.equals(storesTargeted, other.storesTargeted)
        && Objects.equals(phases, other.phases)
        && Objects.equals(gates, other.gates)
        && Objects.equals(approvals, other.approvals)
        && Objects.equals(history, other.history)
        && Objects.equals(actions, other.actions)
        && Objects.equals(lastHandledActionId, other.lastHandledActionId)
        && Objects.equals(pausedBy, other.pausedBy)
        && Objects.equals(failedGate, other.failedGate)
        && Objects.equals(flagsRevision, other.flagsRevision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        observedGeneration,
        conditions,
        currentPhase,
        storesEnabled,
        storesTargeted,
        phases,
        gates,
        approvals,
        history,
        actions,
        lastHandledActionId,
        pausedBy,
        failedGate,
        flagsRevision);
  }
}
