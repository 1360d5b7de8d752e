package io.vitrine.operator.rollout.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Condition;
import io.vitrine.api.v1alpha1.rollout.CurrentPhase;
import io.vitrine.api.v1alpha1.rollout.PhaseState;
import io.vitrine.api.v1alpha1.rollout.RolloutAction;
import io.vitrine.api.v1alpha1.rollout.StoreRollout;
import io.vitrine.api.v1alpha1.rollout.StoreRolloutStatus;
import io.vitrine.operator.rollout.status.RolloutConditions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The phase state machine of a StoreRollout: from the spec, the last status, the resolved stores,
 * an action and the KPIs, the next status and the flags that should be in force. Pure: time comes
 * in as {@code now}, KPIs through a {@link KpiSource}.
 *
 * <p>A phase is AwaitingApproval (approval Required and not given; its stores are not on yet),
 * Running (its stores are on; gates decide), Succeeded (at the target phase, gates passed),
 * RolledBack (a gate failed) or Aborted. RolledBack and Aborted hold until a retry action or a new
 * generation of the spec.
 */
public final class RolloutMachine {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * Everything a step needs.
   *
   * @param phases the spec's phases resolved against the store registry, in spec order
   * @param registrySize how many stores the registry holds
   * @param action the action annotation, if any (handled once per id)
   */
  public record Input(
      StoreRollout rollout,
      Instant now,
      List<ResolvedPhase> phases,
      int registrySize,
      Optional<RolloutAction> action,
      KpiSource kpis,
      Duration evaluationInterval) {}

  /**
   * The outcome of a step.
   *
   * @param requeue when to look again (gates, minDuration, batches); empty when nothing moves
   */
  public record Result(
      StoreRolloutStatus status,
      FlagsContent flags,
      List<RolloutEvent> events,
      Optional<Duration> requeue) {}

  private final Input input;
  private final Step step;
  private final EnabledStores stores;
  private final Approvals approvals;
  private final Transitions transitions;
  private final PhaseProgress progress;

  private RolloutMachine(Input input) {
    this.input = input;
    Long generation = input.rollout().getMetadata().getGeneration();
    this.step =
        new Step(
            input.rollout().getSpec(),
            generation == null ? 0 : generation,
            input.now(),
            copy(input.rollout().getStatus()));
    this.stores = new EnabledStores(input.phases(), input.registrySize());
    this.approvals = new Approvals(step);
    this.transitions = new Transitions(step, stores, approvals);
    this.progress =
        new PhaseProgress(
            step, stores, transitions, approvals, new PhaseGates(step, stores, input.kpis()));
  }

  public static Result step(Input input) {
    return new RolloutMachine(input).run();
  }

  private Result run() {
    input.action().ifPresent(new RolloutActions(step, transitions, approvals)::handle);
    new GitEdits(step, transitions, approvals).apply();
    progress.advance();
    return result();
  }

  private Result result() {
    CurrentPhase current = step.current();
    Set<String> on = stores.on(current, step.currentIndex(), step.rollbackPolicy());
    boolean allOn = stores.allOn(current, step.currentIndex(), step.rollbackPolicy());
    step.status().setObservedGeneration(step.generation());
    StoreCounts.write(step, stores, on, allOn);
    step.status().setConditions(conditions());
    return new Result(
        step.status(),
        FlagsContent.of(step.spec().getFeatures(), on, allOn),
        List.copyOf(step.events()),
        requeue());
  }

  private List<Condition> conditions() {
    StoreRolloutStatus previous = input.rollout().getStatus();
    return RolloutConditions.of(
        previous == null ? List.of() : previous.getConditions(),
        step.generation(),
        step.now(),
        view());
  }

  private RolloutConditions.View view() {
    CurrentPhase current = step.current();
    var failedGate = step.status().getFailedGate();
    return new RolloutConditions.View(
        current.getName(),
        current.getState(),
        step.atTarget(),
        step.atLastPhase(),
        step.spec().isPaused(),
        step.status().getPausedBy(),
        progress.deadlineExceeded(),
        failedGate == null ? null : Gates.describeFailure(failedGate));
  }

  /** Running phases are evaluated every interval, and so is a phase Git asked to go past. */
  private Optional<Duration> requeue() {
    PhaseState state = step.currentState();
    boolean moving =
        state == PhaseState.Running || (state == PhaseState.Succeeded && step.beforeTarget());
    return moving ? Optional.of(input.evaluationInterval()) : Optional.empty();
  }

  private static StoreRolloutStatus copy(StoreRolloutStatus status) {
    if (status == null) {
      return new StoreRolloutStatus();
    }
    StoreRolloutStatus copy = JSON.convertValue(status, StoreRolloutStatus.class);
    copy.setApprovals(mutable(copy.getApprovals()));
    copy.setHistory(mutable(copy.getHistory()));
    copy.setActions(mutable(copy.getActions()));
    copy.setPhases(mutable(copy.getPhases()));
    copy.setGates(mutable(copy.getGates()));
    return copy;
  }

  private static <T> List<T> mutable(List<T> list) {
    return new ArrayList<>(list == null ? List.of() : list);
  }
}
