package io.vitrine.operator.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.ArrayList;
import java.util.List;

/** Where a rollout is, what its gates observed, and what happened on the way. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class StoreRolloutStatus {

  @JsonPropertyDescription("The generation of the spec this status describes.")
  public Long observedGeneration;

  @JsonPropertyDescription(
      "Ready, Reconciling and Stalled (kstatus), Progressing, Paused, Degraded, Completed.")
  public List<Condition> conditions = new ArrayList<>();

  @JsonPropertyDescription("The phase the rollout is in, and since when.")
  public CurrentPhase currentPhase;

  @JsonPropertyDescription("Stores the features are on for now (in the flags in force).")
  public Integer storesEnabled;

  @JsonPropertyDescription("Stores of the phases up to the target phase.")
  public Integer storesTargeted;

  @JsonPropertyDescription("Per phase: stores targeted, enabled and failing a gate.")
  public List<PhaseStores> phases = new ArrayList<>();

  @JsonPropertyDescription("The last evaluation of every gate of the current phase.")
  public List<GateEvaluation> gates = new ArrayList<>();

  @JsonPropertyDescription("Approvals received, from Git or the command line.")
  public List<ApprovalRecord> approvals = new ArrayList<>();

  @JsonPropertyDescription("Transitions between phases and states, newest last (the last 50).")
  public List<Transition> history = new ArrayList<>();

  @JsonPropertyDescription("Actions asked through the vitrine.io/action annotation (the last 20).")
  public List<ActionRecord> actions = new ArrayList<>();

  @JsonPropertyDescription("The id of the last action annotation handled.")
  public String lastHandledActionId;

  @JsonPropertyDescription("Who paused the rollout from the command line, while it is so paused.")
  public String pausedBy;

  @JsonPropertyDescription("The gate whose failure rolled the rollout back, with its values.")
  public GateEvaluation failedGate;

  @JsonPropertyDescription("The flags revision in force (ConfigMap <rollout>-flags-r<N>).")
  public Long flagsRevision;

  /** The phase the rollout is in. */
  public static class CurrentPhase {
    @JsonPropertyDescription("Name of the phase.")
    public String name;

    @JsonPropertyDescription(
        "AwaitingApproval, Running, Succeeded (gates passed, at the target phase), RolledBack"
            + " (a gate failed) or Aborted.")
    public PhaseState state;

    @JsonPropertyDescription("When the phase's stores were switched on (KPIs count from here).")
    public String startedAt;

    @JsonPropertyDescription(
        "How many of the phase's own new stores are on (less than all while maxConcurrentStores"
            + " steps through them).")
    public Integer newStoresOn;

    @JsonPropertyDescription("The generation at which the phase was halted (RolledBack, Aborted).")
    public Long haltedAtGeneration;
  }

  /** The state of the current phase. */
  public enum PhaseState {
    AwaitingApproval,
    Running,
    Succeeded,
    RolledBack,
    Aborted
  }

  /** Store counts of one phase. */
  public static class PhaseStores {
    @JsonPropertyDescription("Name of the phase.")
    public String name;

    @JsonPropertyDescription("Stores this phase selects (its own, without earlier phases').")
    public int targeted;

    @JsonPropertyDescription("Of those, the stores the features are on for now.")
    public int enabled;

    @JsonPropertyDescription("Of those, the stores whose own KPIs fail a gate of this phase.")
    public int failing;

    @JsonPropertyDescription("POS location ids of the failing stores (the first 20).")
    public List<String> failingStores = new ArrayList<>();
  }

  /** One gate's last evaluation. */
  public static class GateEvaluation {
    @JsonPropertyDescription("The phase of the gate.")
    public String phase;

    @JsonPropertyDescription("The feature whose KPIs were read.")
    public String feature;

    @JsonPropertyDescription("The metric.")
    public String metric;

    @JsonPropertyDescription("The comparison.")
    public Comparison comparison;

    @JsonPropertyDescription("The threshold.")
    public double threshold;

    @JsonPropertyDescription("The observed value, absent while nothing was measured.")
    public Double observedValue;

    @JsonPropertyDescription("The sample size behind the observed value.")
    public long sampleSize;

    @JsonPropertyDescription("The sample size the gate needs to decide.")
    public long minSampleSize;

    @JsonPropertyDescription("Passed, Failed, or Pending (sample below minSampleSize).")
    public GateResult result;

    @JsonPropertyDescription("When the evaluation last changed (value, sample or result).")
    public String evaluatedAt;
  }

  /** The outcome of a gate. */
  public enum GateResult {
    Passed,
    Failed,
    Pending
  }

  /** An approval received. */
  public static class ApprovalRecord {
    @JsonPropertyDescription("The approved phase.")
    public String phase;

    @JsonPropertyDescription("Who approved.")
    public String by;

    @JsonPropertyDescription("When the operator received the approval.")
    public String at;

    @JsonPropertyDescription("Git (spec.approvals) or Cli (the vitrine.io/action annotation).")
    public String source;
  }

  /** A transition of the rollout. */
  public static class Transition {
    @JsonPropertyDescription("When.")
    public String at;

    @JsonPropertyDescription("The phase before, absent at the start.")
    public String fromPhase;

    @JsonPropertyDescription("The phase after.")
    public String toPhase;

    @JsonPropertyDescription("The state after.")
    public PhaseState state;

    @JsonPropertyDescription("Why, in one CamelCase word.")
    public String reason;

    @JsonPropertyDescription("What happened.")
    public String message;
  }

  /** An action asked from the command line, and what the operator did with it. */
  public static class ActionRecord {
    @JsonPropertyDescription("The action's id (a UUID chosen by the client).")
    public String id;

    @JsonPropertyDescription("approve, pause, resume, abort or retry.")
    public String action;

    @JsonPropertyDescription("The phase, for approve.")
    public String phase;

    @JsonPropertyDescription("Who asked.")
    public String by;

    @JsonPropertyDescription("When they asked.")
    public String at;

    @JsonPropertyDescription("Applied or Rejected.")
    public String result;

    @JsonPropertyDescription("Why it was rejected, or what it did.")
    public String message;
  }
}
