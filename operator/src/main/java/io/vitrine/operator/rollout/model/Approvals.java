package io.vitrine.operator.rollout.model;

import io.vitrine.api.v1alpha1.rollout.ApprovalRecord;
import io.vitrine.api.v1alpha1.rollout.ApprovalSpec;
import java.util.List;

/** The approvals a rollout received, from Git (spec.approvals) or the command line. */
final class Approvals {

  static final String GIT = "Git";
  static final String CLI = "Cli";

  private final Step step;

  Approvals(Step step) {
    this.step = step;
  }

  boolean given(String phase) {
    return step.status().getApprovals().stream().anyMatch(a -> phase.equals(a.getPhase()));
  }

  /** Records the approvals in the spec that are not recorded yet. */
  void recordFromGit() {
    List<ApprovalSpec> approvals = step.spec().getApprovals();
    for (ApprovalSpec approval : approvals == null ? List.<ApprovalSpec>of() : approvals) {
      if (!given(approval.getPhase())) {
        record(approval.getPhase(), approval.getBy(), GIT);
      }
    }
  }

  void record(String phase, String by, String source) {
    var record = new ApprovalRecord();
    record.setPhase(phase);
    record.setBy(by);
    record.setAt(step.nowText());
    record.setSource(source);
    step.status().getApprovals().add(record);
    step.events().add(RolloutEvent.approved("phase " + phase + " approved by " + by));
  }
}
