package io.vitrine.operator.rollout.model;

import io.vitrine.api.v1alpha1.rollout.ActionRecord;
import io.vitrine.api.v1alpha1.rollout.CurrentPhase;
import io.vitrine.api.v1alpha1.rollout.PhaseState;
import io.vitrine.api.v1alpha1.rollout.RolloutAction;
import io.vitrine.operator.rollout.model.Rejection.AlreadyAborted;
import io.vitrine.operator.rollout.model.Rejection.AnotherPhaseAwaitsApproval;
import io.vitrine.operator.rollout.model.Rejection.NoPhaseAwaitsApproval;
import io.vitrine.operator.rollout.model.Rejection.NotPaused;
import io.vitrine.operator.rollout.model.Rejection.NotStarted;
import io.vitrine.operator.rollout.model.Rejection.NothingToRetry;
import io.vitrine.operator.rollout.model.Rejection.PausedInGit;
import io.vitrine.operator.rollout.model.Rejection.StillPausedInGit;
import io.vitrine.operator.rollout.model.Rejection.UnknownAction;
import java.util.Optional;

/**
 * Approve, pause, resume, abort and retry, asked from the command line. Each action id is handled
 * once and recorded in status.actions (the last {@value #ACTIONS_LIMIT}) with an Event naming who
 * asked.
 */
final class RolloutActions {

  static final int ACTIONS_LIMIT = 20;

  private final Step step;
  private final Transitions transitions;
  private final Approvals approvals;

  RolloutActions(Step step, Transitions transitions, Approvals approvals) {
    this.step = step;
    this.transitions = transitions;
    this.approvals = approvals;
  }

  void handle(RolloutAction action) {
    if (handled(action)) {
      return;
    }
    Optional<Rejection> rejection =
        action
            .kind()
            .map(kind -> apply(kind, action))
            .orElseGet(() -> Optional.of(new UnknownAction(action.action())));
    record(action, rejection);
    announce(action, rejection);
  }

  private boolean handled(RolloutAction action) {
    return action.id().equals(step.status().getLastHandledActionId())
        || step.status().getActions().stream().anyMatch(a -> action.id().equals(a.getId()));
  }

  private Optional<Rejection> apply(RolloutAction.Kind kind, RolloutAction action) {
    return switch (kind) {
      case APPROVE -> approve(action);
      case PAUSE -> pause(action);
      case RESUME -> resume(action);
      case ABORT -> abort(action);
      case RETRY -> retry(action);
    };
  }

  private Optional<Rejection> approve(RolloutAction action) {
    CurrentPhase current = step.current();
    if (current == null || current.getState() != PhaseState.AwaitingApproval) {
      return Optional.of(new NoPhaseAwaitsApproval());
    }
    if (!current.getName().equals(action.phase())) {
      return Optional.of(new AnotherPhaseAwaitsApproval(current.getName(), action.phase()));
    }
    approvals.record(current.getName(), action.by(), Approvals.CLI);
    return Optional.empty();
  }

  private Optional<Rejection> pause(RolloutAction action) {
    step.status().setPausedBy(action.by() == null ? "cli" : action.by());
    transitions.record(
        step.currentState(),
        TransitionReason.PAUSED_FROM_CLI,
        "paused by " + step.status().getPausedBy());
    return Optional.empty();
  }

  private Optional<Rejection> resume(RolloutAction action) {
    boolean pausedInGit = step.spec().isPaused();
    if (step.status().getPausedBy() == null) {
      return Optional.of(pausedInGit ? new PausedInGit() : new NotPaused());
    }
    step.status().setPausedBy(null);
    transitions.record(
        step.currentState(), TransitionReason.RESUMED_FROM_CLI, "resumed by " + action.by());
    return pausedInGit ? Optional.of(new StillPausedInGit()) : Optional.empty();
  }

  private Optional<Rejection> abort(RolloutAction action) {
    CurrentPhase current = step.current();
    if (current == null) {
      return Optional.of(new NotStarted());
    }
    if (current.getState() == PhaseState.Aborted) {
      return Optional.of(new AlreadyAborted());
    }
    transitions.halt(PhaseState.Aborted, TransitionReason.ABORTED, "aborted by " + action.by());
    return Optional.empty();
  }

  private Optional<Rejection> retry(RolloutAction action) {
    PhaseState state = step.currentState();
    if (state != PhaseState.RolledBack && state != PhaseState.Aborted) {
      return Optional.of(new NothingToRetry());
    }
    transitions.restartCurrent(TransitionReason.RETRIED, "retried by " + action.by());
    return Optional.empty();
  }

  private void record(RolloutAction action, Optional<Rejection> rejection) {
    var record = new ActionRecord();
    record.setId(action.id());
    record.setAction(action.action());
    record.setPhase(action.phase());
    record.setBy(action.by());
    record.setAt(action.at() == null ? step.nowText() : action.at());
    record.setResult(rejection.isPresent() ? ActionRecord.REJECTED : ActionRecord.APPLIED);
    record.setMessage(rejection.map(Rejection::message).orElseGet(() -> applied(action)));
    step.status().getActions().add(record);
    Step.trim(step.status().getActions(), ACTIONS_LIMIT);
    step.status().setLastHandledActionId(action.id());
  }

  private static String applied(RolloutAction action) {
    return "applied" + (action.reason() == null ? "" : ": " + action.reason());
  }

  private void announce(RolloutAction action, Optional<Rejection> rejection) {
    String who = action.by() == null ? "someone" : action.by();
    String what = action.action() + (action.phase() == null ? "" : " " + action.phase());
    String asked = who + " asked to " + what + ": ";
    step.events()
        .add(
            rejection
                .map(r -> RolloutEvent.actionRejected(asked + r.message()))
                .orElseGet(() -> RolloutEvent.actionApplied(asked + "applied")));
  }
}
