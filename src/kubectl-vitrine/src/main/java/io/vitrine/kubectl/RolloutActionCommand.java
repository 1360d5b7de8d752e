package io.vitrine.kubectl;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.vitrine.api.v1alpha1.rollout.ActionRecord;
import io.vitrine.api.v1alpha1.rollout.RolloutAction;
import io.vitrine.api.v1alpha1.rollout.StoreRollout;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * An action on a StoreRollout: writes a {@link RolloutAction} to the rollout's {@code
 * vitrine.io/action} annotation, then waits until the operator has handled it and prints the
 * outcome it recorded. The exit code is 0 when the operator applied it, 1 otherwise.
 */
abstract class RolloutActionCommand implements Callable<Integer> {

  @ParentCommand KubectlVitrine root;

  @Spec CommandSpec spec;

  @Parameters(index = "0", description = "The StoreRollout.")
  String rollout;

  @Option(
      names = {"-n", "--namespace"},
      description = "Namespace of the rollout (default: the only one that has it).")
  String namespace;

  @Option(
      names = "--wait",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Wait until the operator has handled the action (default: true).")
  boolean waitForResult;

  @Option(
      names = "--timeout",
      defaultValue = "60s",
      description = "How long to wait for the operator, e.g. 30s or 2m (default: 60s).")
  String timeout;

  abstract RolloutAction.Kind kind();

  /** The phase the action concerns (approve only). */
  String phase(Map<String, Object> rollout) {
    return null;
  }

  String reason() {
    return null;
  }

  @Override
  public Integer call() {
    namespace = Resources.rolloutNamespace(root.client(), namespace, rollout);
    Resource<GenericKubernetesResource> resource =
        Resources.rollout(root.client(), namespace, rollout);
    String description = "storerollout " + rollout + " in namespace " + namespace;
    Map<String, Object> current = Resources.asMap(Resources.require(resource, description));
    RolloutAction request =
        new RolloutAction(
            UUID.randomUUID().toString(),
            kind().value(),
            phase(current),
            Whoami.username(root.client()),
            root.clock().instant().truncatedTo(ChronoUnit.SECONDS).toString(),
            reason());
    resource.patch(PatchContext.of(PatchType.JSON_MERGE), annotationPatch(request));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%s: asked to %s as %s (action %s)%n",
        description, what(request), request.by(), request.id());
    out.flush();
    return waitForResult ? awaitOutcome(resource, request, out) : 0;
  }

  private int awaitOutcome(
      Resource<GenericKubernetesResource> resource, RolloutAction request, PrintWriter out) {
    GenericKubernetesResource handled;
    try {
      handled =
          resource.waitUntilCondition(
              r ->
                  r != null
                      && request
                          .id()
                          .equals(Fields.text(Resources.asMap(r), "status", "lastHandledActionId")),
              Durations.parse(timeout).toMillis(),
              TimeUnit.MILLISECONDS);
    } catch (KubernetesClientTimeoutException e) {
      throw new IllegalStateException(
          "the operator did not handle action %s within %s; is it running? The annotation stays, and the operator handles it when it comes back."
              .formatted(request.id(), timeout));
    }
    Optional<Map<String, Object>> outcome =
        Fields.find(Resources.asMap(handled), "id", request.id(), "status", "actions");
    String result = outcome.map(o -> String.valueOf(o.get("result"))).orElse("Unknown");
    String message = outcome.map(o -> Fields.text(o, "message")).orElse("");
    out.printf("%s%s%n", result, message.isEmpty() ? "" : ": " + message);
    out.flush();
    return ActionRecord.APPLIED.equals(result) ? 0 : 1;
  }

  private static String annotationPatch(RolloutAction request) {
    return Serialization.asJson(
        Map.of(
            "metadata",
            Map.of("annotations", Map.of(StoreRollout.ACTION_ANNOTATION, request.toJson()))));
  }

  private static String what(RolloutAction request) {
    return request.phase() == null
        ? request.action()
        : request.action() + " phase " + request.phase();
  }

  /** {@code approve ROLLOUT [--phase PHASE]}. */
  @Command(
      name = "approve",
      description = "Approve a phase of a rollout (by default the phase waiting for approval).")
  static class Approve extends RolloutActionCommand {
    @Option(names = "--phase", description = "The phase to approve (default: the current phase).")
    String approvedPhase;

    @Override
    RolloutAction.Kind kind() {
      return RolloutAction.Kind.APPROVE;
    }

    @Override
    String phase(Map<String, Object> rollout) {
      if (approvedPhase != null) {
        return approvedPhase;
      }
      String current = Fields.text(rollout, "status", "currentPhase", "name");
      if (current.isEmpty()) {
        throw new IllegalArgumentException("the rollout has no current phase yet: give --phase");
      }
      return current;
    }
  }

  /** {@code pause ROLLOUT}. */
  @Command(
      name = "pause",
      description = "Pause a rollout where it is; no store changes until resumed.")
  static class Pause extends RolloutActionCommand {
    @Override
    RolloutAction.Kind kind() {
      return RolloutAction.Kind.PAUSE;
    }
  }

  /** {@code resume ROLLOUT}. */
  @Command(name = "resume", description = "Resume a rollout paused from the command line.")
  static class Resume extends RolloutActionCommand {
    @Override
    RolloutAction.Kind kind() {
      return RolloutAction.Kind.RESUME;
    }
  }

  /** {@code abort ROLLOUT [--reason TEXT]}. */
  @Command(
      name = "abort",
      description =
          "Abort a rollout: its stores go back per its rollback policy. A new Git revision of the spec clears it.")
  static class Abort extends RolloutActionCommand {
    @Option(names = "--reason", description = "Why, recorded with the action.")
    String why;

    @Override
    RolloutAction.Kind kind() {
      return RolloutAction.Kind.ABORT;
    }

    @Override
    String reason() {
      return why;
    }
  }

  /** {@code retry ROLLOUT}. */
  @Command(name = "retry", description = "Retry a rolled-back or aborted phase.")
  static class Retry extends RolloutActionCommand {
    @Override
    RolloutAction.Kind kind() {
      return RolloutAction.Kind.RETRY;
    }
  }
}
