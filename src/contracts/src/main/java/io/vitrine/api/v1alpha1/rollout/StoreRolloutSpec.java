package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.ArrayList;
import java.util.List;

/**
 * What Git asks of a rollout: the features, the phases, how far to go and what to do on failure.
 */
@ValidationRule(
    value = "self.phases.all(p, self.phases.exists_one(q, q.name == p.name))",
    message = "phase names must be unique")
@ValidationRule(
    value = "self.phases.exists(p, p.name == self.targetPhase)",
    message = "targetPhase must name one of the phases")
@ValidationRule(
    value =
        "!has(self.approvals) || self.approvals.all(a, self.phases.exists(p, p.name == a.phase))",
    message = "every approval must name one of the phases")
@ValidationRule(
    value = "self.features.all(f, self.features.exists_one(g, g.name == f.name))",
    message = "a feature may appear only once")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class StoreRolloutSpec {

  /** A duration as Go and Kubernetes write them: 30s, 5m, 1h30m, 250ms. */
  public static final String DURATION = "^([0-9]+(ms|s|m|h))+$";

  @Required
  @Size(min = 1, max = 6)
  @JsonPropertyDescription(
      "The AI features this rollout governs, with per-feature settings. A feature may be governed"
          + " by one rollout only.")
  private List<FeatureSpec> features = new ArrayList<>();

  @Required
  @Size(min = 1, max = 20)
  @JsonPropertyDescription(
      "The phases, in order. Each phase switches the features on for its stores in addition to"
          + " the stores of the phases before it.")
  private List<PhaseSpec> phases = new ArrayList<>();

  @Required
  @Size(min = 1, max = 63)
  @JsonPropertyDescription(
      "The furthest phase Git allows. The operator never goes past it and advances to it only when"
          + " each phase's gates pass (and its approval, where required). Promote by changing it;"
          + " lowering it below the current phase moves the rollout back to it.")
  private String targetPhase;

  @Default("false")
  @JsonPropertyDescription(
      "When true, the rollout stays where it is (gates are still evaluated and a failing gate"
          + " still rolls back).")
  private boolean paused;

  @Default("10m")
  @Pattern(DURATION)
  @JsonPropertyDescription(
      "How long a phase may wait for its gates to be decided (enough samples) after its"
          + " minDuration before the rollout is reported Stalled (e.g. 10m).")
  private String progressDeadline = "10m";

  @JsonPropertyDescription("What happens when a gate fails.")
  private RollbackSpec rollback = new RollbackSpec();

  @Size(max = 20)
  @JsonPropertyDescription(
      "Approvals given in Git, for phases whose approval is Required: {phase, by}.")
  private List<ApprovalSpec> approvals = new ArrayList<>();

  public List<FeatureSpec> getFeatures() {
    return features;
  }

  public void setFeatures(List<FeatureSpec> features) {
    this.features = features;
  }

  public List<PhaseSpec> getPhases() {
    return phases;
  }

  public void setPhases(List<PhaseSpec> phases) {
    this.phases = phases;
  }

  public String getTargetPhase() {
    return targetPhase;
  }

  public void setTargetPhase(String targetPhase) {
    this.targetPhase = targetPhase;
  }

  public boolean isPaused() {
    return paused;
  }

  public void setPaused(boolean paused) {
    this.paused = paused;
  }

  public String getProgressDeadline() {
    return progressDeadline;
  }

  public void setProgressDeadline(String progressDeadline) {
    this.progressDeadline = progressDeadline;
  }

  public RollbackSpec getRollback() {
    return rollback;
  }

  public void setRollback(RollbackSpec rollback) {
    this.rollback = rollback;
  }

  public List<ApprovalSpec> getApprovals() {
    return approvals;
  }

  public void setApprovals(List<ApprovalSpec> approvals) {
    this.approvals = approvals;
  }
}
