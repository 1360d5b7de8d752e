package io.vitrine.operator.rollout.status;

import io.fabric8.kubernetes.api.model.Condition;
import io.vitrine.operator.api.v1alpha1.rollout.PhaseState;
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
      String failure) {}

  public static List<Condition> of(
      List<Condition> previous, long generation, Instant now, View view) {
    var conditions = new Conditions(previous, generation, now);
    boolean paused = view.pausedInGit() || view.pausedBy() != null;
    Status ready = ready(view, paused);
    conditions.set(Kstatus.READY, ready.value(), ready.reason(), ready.message());
    boolean progressing =
        !paused
            && !view.deadlineExceeded()
            && (view.state() == PhaseState.Running
                || (view.state() == PhaseState.Succeeded && !view.atTarget()));
    conditions.set(
        Kstatus.RECONCILING,
        progressing,
        progressing ? "Progressing" : ready.reason(),
        progressing ? "moving towards the target phase" : "");
    Status stalled = stalled(view);
    conditions.set(Kstatus.STALLED, stalled.value(), stalled.reason(), stalled.message());
    conditions.set(
        PROGRESSING,
        progressing,
        progressing ? "Progressing" : ready.reason(),
        progressing ? "phase " + view.phase() + " is running" : "");
    conditions.set(
        PAUSED,
        paused,
        view.pausedInGit() ? "PausedInGit" : paused ? "PausedFromCli" : "NotPaused",
        view.pausedInGit() ? "spec.paused is true" : paused ? "paused by " + view.pausedBy() : "");
    boolean degraded = view.state() == PhaseState.RolledBack;
    conditions.set(
        DEGRADED,
        degraded,
        degraded ? "GateFailed" : "GatesHealthy",
        degraded && view.failure() != null ? view.failure() : "");
    boolean completed = view.state() == PhaseState.Succeeded && view.lastPhase();
    conditions.set(
        COMPLETED,
        completed,
        completed ? "Completed" : "NotCompleted",
        completed ? "every phase passed its gates" : "");
    return conditions.build();
  }

  private static Status ready(View view, boolean paused) {
    return switch (view.state()) {
      case RolledBack ->
          new Status(false, "GateFailed", view.failure() == null ? "" : view.failure());
      case Aborted -> new Status(false, "Aborted", "aborted; retry or push a new revision");
      case AwaitingApproval ->
          new Status(true, "AwaitingApproval", "phase " + view.phase() + " awaits approval");
      case Succeeded ->
          view.atTarget()
              ? new Status(true, "AtTargetPhase", "phase " + view.phase() + " passed its gates")
              : paused
                  ? new Status(true, "Paused", "paused at phase " + view.phase())
                  : new Status(false, "Progressing", "promoting past " + view.phase());
      case Running ->
          view.deadlineExceeded()
              ? new Status(
                  false,
                  "ProgressDeadlineExceeded",
                  "phase " + view.phase() + " could not decide its gates in time")
              : paused
                  ? new Status(true, "Paused", "paused at phase " + view.phase())
                  : new Status(false, "Progressing", "phase " + view.phase() + " is running");
    };
  }

  private static Status stalled(View view) {
    return switch (view.state()) {
      case RolledBack ->
          new Status(true, "GateFailed", view.failure() == null ? "" : view.failure());
      case Aborted -> new Status(true, "Aborted", "aborted; retry or push a new revision");
      default ->
          view.deadlineExceeded()
              ? new Status(
                  true,
                  "ProgressDeadlineExceeded",
                  "phase " + view.phase() + " could not decide its gates in time")
              : new Status(false, "NotStalled", "");
    };
  }

  private record Status(boolean value, String reason, String message) {}
}
