package io.vitrine.operator.rollout.model;

/**
 * Why an action asked from the command line was not applied; its message goes into status.actions
 * and the ActionRejected Event.
 */
public sealed interface Rejection {

  String message();

  record UnknownAction(String action) implements Rejection {
    @Override
    public String message() {
      return "unknown action '" + action + "'";
    }
  }

  record NoPhaseAwaitsApproval() implements Rejection {
    @Override
    public String message() {
      return "no phase is awaiting approval";
    }
  }

  record AnotherPhaseAwaitsApproval(String awaiting, String asked) implements Rejection {
    @Override
    public String message() {
      return "phase " + awaiting + " awaits approval, not '" + asked + "'";
    }
  }

  record PausedInGit() implements Rejection {
    @Override
    public String message() {
      return "spec.paused is true: Git pauses this rollout; change it in Git";
    }
  }

  /** The command-line pause was lifted, but the rollout stays paused: Git pauses it too. */
  record StillPausedInGit() implements Rejection {
    @Override
    public String message() {
      return "command-line pause lifted, but spec.paused is true: Git pauses this rollout; change"
          + " it in Git";
    }
  }

  record NotPaused() implements Rejection {
    @Override
    public String message() {
      return "the rollout is not paused";
    }
  }

  record NotStarted() implements Rejection {
    @Override
    public String message() {
      return "the rollout has not started";
    }
  }

  record AlreadyAborted() implements Rejection {
    @Override
    public String message() {
      return "the rollout is already aborted";
    }
  }

  record NothingToRetry() implements Rejection {
    @Override
    public String message() {
      return "nothing to retry: the rollout is neither rolled back nor aborted";
    }
  }
}
