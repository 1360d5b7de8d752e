package io.vitrine.operator.rollout.status;

import io.fabric8.kubernetes.api.model.Condition;
import io.vitrine.api.v1alpha1.rollout.PhaseState;
import io.vitrine.operator.status.Conditions;
import io.vitrine.operator.status.Kstatus;
import java.time.Instant;
import java.util.List;

/**
 * The conditions of a rollout from its state. Waiting for an approval, being paused and being at
 * the target phase are all Ready=True: Git asked for exactly that, so Argo CD and Flux stay green.
 */
public final class RolloutConditions {

  public static final String PROGRESSING = "Progressing";
  public static final String PAUSED = "Paused";
  public static final String DEGRADED = "Degraded";
  public static final String COMPLETED = "Completed";

  /** The conditions that only a step of the machine decides; failures leave them as they were. */
  public static final List<String> PHASE_CONDITIONS =
      List.of(PROGRESSING, PAUSED, DEGRADED, COMPLETED);

  private RolloutConditions() {}

  /**
   * What the conditions depend on.
   *
   * @param atTarget the current phase is the spec's targetPhase
   * @param lastPhase the current phase is the spec's last phase
   * @param pausedBy who paused from the command line, or null
   * @param failure the failed gate, described, or null
   */
  public record View(
      String phase,
      PhaseState state,
      boolean atTarget,
      boolean lastPhase,
      boolean pausedInGit,
      String pausedBy,
      boolean deadlineExceeded,
      String failure) {

    boolean paused() {
      return pausedInGit || pausedBy != null;
    }

    /** Moving towards the target phase, neither paused nor past its deadline. */
    boolean progressing() {
      return !paused()
          && !deadlineExceeded
          && (state == PhaseState.Running || (state == PhaseState.Succeeded && !atTarget));
    }

    String failureOrEmpty() {
      return failure == null ? "" : failure;
    }
  }

  /** One condition's value, reason and message. */
  public record Status(boolean value, ConditionReason reason, String message) {

    public void setOn(Conditions conditions, String type) {
      conditions.set(type, value, reason.reason(), message);
    }
  }

  public static List<Condition> of(
      List<Condition> previous, long generation, Instant now, View view) {
    var conditions = new Conditions(previous, generation, now);
    Status ready = ready(view);
    ready.setOn(conditions, Kstatus.READY);
    progressing(view, ready, "moving towards the target phase")
        .setOn(conditions, Kstatus.RECONCILING);
    stalled(view).setOn(conditions, Kstatus.STALLED);
    progressing(view, ready, "phase " + view.phase() + " is running")
        .setOn(conditions, PROGRESSING);
    paused(view).setOn(conditions, PAUSED);
    degraded(view).setOn(conditions, DEGRADED);
    completed(view).setOn(conditions, COMPLETED);
    return conditions.build();
  }

  private static Status ready(View view) {
    return switch (view.state()) {
      case RolledBack -> new Status(false, ConditionReason.GATE_FAILED, view.failureOrEmpty());
      case Aborted ->
          new Status(false, ConditionReason.ABORTED, "aborted; retry or push a new revision");
      case AwaitingApproval ->
          new Status(
              true,
              ConditionReason.AWAITING_APPROVAL,
              "phase " + view.phase() + " awaits approval");
      case Succeeded ->
          view.atTarget()
              ? new Status(
                  true,
                  ConditionReason.AT_TARGET_PHASE,
                  "phase " + view.phase() + " passed its gates")
              : pausedOr(view, "promoting past " + view.phase());
      case Running ->
          view.deadlineExceeded()
              ? new Status(false, ConditionReason.PROGRESS_DEADLINE_EXCEEDED, deadlineMessage(view))
              : pausedOr(view, "phase " + view.phase() + " is running");
    };
  }

  private static Status pausedOr(View view, String progressing) {
    return view.paused()
        ? new Status(true, ConditionReason.PAUSED, "paused at phase " + view.phase())
        : new Status(false, ConditionReason.PROGRESSING, progressing);
  }

  private static Status progressing(View view, Status ready, String message) {
    return view.progressing()
        ? new Status(true, ConditionReason.PROGRESSING, message)
        : new Status(false, ready.reason(), "");
  }

  private static Status stalled(View view) {
    return switch (view.state()) {
      case RolledBack -> new Status(true, ConditionReason.GATE_FAILED, view.failureOrEmpty());
      case Aborted ->
          new Status(true, ConditionReason.ABORTED, "aborted; retry or push a new revision");
      default ->
          view.deadlineExceeded()
              ? new Status(true, ConditionReason.PROGRESS_DEADLINE_EXCEEDED, deadlineMessage(view))
              : new Status(false, ConditionReason.NOT_STALLED, "");
    };
  }

  private static Status paused(View view) {
    if (view.pausedInGit()) {
      return new Status(true, ConditionReason.PAUSED_IN_GIT, "spec.paused is true");
    }
    return view.paused()
        ? new Status(true, ConditionReason.PAUSED_FROM_CLI, "paused by " + view.pausedBy())
        : new Status(false, ConditionReason.NOT_PAUSED, "");
  }

  private static Status degraded(View view) {
    return view.state() == PhaseState.RolledBack
        ? new Status(true, ConditionReason.GATE_FAILED, view.failureOrEmpty())
        : new Status(false, ConditionReason.GATES_HEALTHY, "");
  }

  private static Status completed(View view) {
    return view.state() == PhaseState.Succeeded && view.lastPhase()
        ? new Status(true, ConditionReason.COMPLETED, "every phase passed its gates")
        : new Status(false, ConditionReason.NOT_COMPLETED, "");
  }

  private static String deadlineMessage(View view) {
    return "phase " + view.phase() + " could not decide its gates in time";
  }
}
