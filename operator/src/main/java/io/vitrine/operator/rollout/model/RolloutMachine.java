package io.vitrine.operator.rollout.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.operator.api.v1alpha1.rollout.Approval;
import io.vitrine.operator.api.v1alpha1.rollout.ApprovalSpec;
import io.vitrine.operator.api.v1alpha1.rollout.FeatureName;
import io.vitrine.operator.api.v1alpha1.rollout.FeatureSpec;
import io.vitrine.operator.api.v1alpha1.rollout.GateSpec;
import io.vitrine.operator.api.v1alpha1.rollout.PhaseSpec;
import io.vitrine.operator.api.v1alpha1.rollout.RollbackSpec.RollbackPolicy;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRollout;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRolloutSpec;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRolloutStatus;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRolloutStatus.ActionRecord;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRolloutStatus.ApprovalRecord;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRolloutStatus.CurrentPhase;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRolloutStatus.GateEvaluation;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRolloutStatus.GateResult;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRolloutStatus.PhaseState;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRolloutStatus.PhaseStores;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRolloutStatus.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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

  static final int HISTORY_LIMIT = 50;
  static final int ACTIONS_LIMIT = 20;
  static final int FAILING_STORES_LIMIT = 20;
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
  private final StoreRolloutSpec spec;
  private final long generation;
  private final StoreRolloutStatus status;
  private final List<RolloutEvent> events = new ArrayList<>();
  private final Instant now;
  private boolean deadlineExceeded;

  private RolloutMachine(Input input) {
    this.input = input;
    this.spec = input.rollout().getSpec();
    Long gen = input.rollout().getMetadata().getGeneration();
    this.generation = gen == null ? 0 : gen;
    this.status = copy(input.rollout().getStatus());
    this.now = input.now();
  }

  public static Result step(Input input) {
    return new RolloutMachine(input).run();
  }

  private Result run() {
    input.action().ifPresent(this::handleAction);
    recordGitApprovals();
    clearHaltOnNewGeneration();
    followGitEdits();
    advance();
    FlagsContent flags = flags();
    status.observedGeneration = generation;
    countStores(flags);
    status.conditions =
        RolloutConditions.of(
            input.rollout().getStatus() == null
                ? List.of()
                : input.rollout().getStatus().conditions,
            generation,
            now,
            view());
    return new Result(status, flags, List.copyOf(events), requeue());
  }

  // ---- actions -----------------------------------------------------------------------------

  private void handleAction(RolloutAction action) {
    if (action.id().equals(status.lastHandledActionId)
        || status.actions.stream().anyMatch(a -> action.id().equals(a.id))) {
      return;
    }
    Optional<RolloutAction.Kind> kind = action.kind();
    String rejection =
        kind.isPresent() ? apply(kind.get(), action) : "unknown action '" + action.action() + "'";
    var record = new ActionRecord();
    record.id = action.id();
    record.action = action.action();
    record.phase = action.phase();
    record.by = action.by();
    record.at = action.at() == null ? now.toString() : action.at();
    record.result = rejection == null ? "Applied" : "Rejected";
    record.message =
        rejection == null
            ? "applied" + (action.reason() == null ? "" : ": " + action.reason())
            : rejection;
    status.actions.add(record);
    trim(status.actions, ACTIONS_LIMIT);
    status.lastHandledActionId = action.id();
    String who = action.by() == null ? "someone" : action.by();
    String what = action.action() + (action.phase() == null ? "" : " " + action.phase());
    if (rejection == null) {
      events.add(RolloutEvent.normal("Action", who + " asked to " + what + ": applied"));
    } else {
      events.add(
          RolloutEvent.warning("ActionRejected", who + " asked to " + what + ": " + rejection));
    }
  }

  /** Applies an action; answers why it was rejected, or null when applied. */
  private String apply(RolloutAction.Kind kind, RolloutAction action) {
    CurrentPhase current = status.currentPhase;
    switch (kind) {
      case APPROVE:
        if (current == null || current.state != PhaseState.AwaitingApproval) {
          return "no phase is awaiting approval";
        }
        if (!current.name.equals(action.phase())) {
          return "phase " + current.name + " awaits approval, not '" + action.phase() + "'";
        }
        addApproval(current.name, action.by(), "Cli");
        return null;
      case PAUSE:
        status.pausedBy = action.by() == null ? "cli" : action.by();
        history(currentState(), "PausedFromCli", "paused by " + status.pausedBy);
        return null;
      case RESUME:
        if (status.pausedBy == null) {
          return spec.paused
              ? "spec.paused is true: Git pauses this rollout; change it in Git"
              : "the rollout is not paused";
        }
        status.pausedBy = null;
        history(currentState(), "ResumedFromCli", "resumed by " + action.by());
        return spec.paused
            ? "command-line pause lifted, but spec.paused is true: Git pauses this rollout; change"
                + " it in Git"
            : null;
      case ABORT:
        if (current == null) {
          return "the rollout has not started";
        }
        if (current.state == PhaseState.Aborted) {
          return "the rollout is already aborted";
        }
        halt(PhaseState.Aborted, "Aborted", "aborted by " + action.by());
        return null;
      case RETRY:
        if (current == null
            || (current.state != PhaseState.RolledBack && current.state != PhaseState.Aborted)) {
          return "nothing to retry: the rollout is neither rolled back nor aborted";
        }
        restartCurrent("Retried", "retried by " + action.by());
        return null;
      default:
        return "unknown action";
    }
  }

  private PhaseState currentState() {
    return status.currentPhase == null ? null : status.currentPhase.state;
  }

  // ---- Git ---------------------------------------------------------------------------------

  private void recordGitApprovals() {
    for (ApprovalSpec approval :
        spec.approvals == null ? List.<ApprovalSpec>of() : spec.approvals) {
      if (!approved(approval.phase)) {
        addApproval(approval.phase, approval.by, "Git");
      }
    }
  }

  private void addApproval(String phase, String by, String source) {
    var record = new ApprovalRecord();
    record.phase = phase;
    record.by = by;
    record.at = now.toString();
    record.source = source;
    status.approvals.add(record);
    events.add(RolloutEvent.normal("Approved", "phase " + phase + " approved by " + by));
  }

  private boolean approved(String phase) {
    return status.approvals.stream().anyMatch(a -> phase.equals(a.phase));
  }

  /** A new Git revision of the spec clears an abort or a rollback. */
  private void clearHaltOnNewGeneration() {
    CurrentPhase current = status.currentPhase;
    if (current != null
        && halted(current)
        && current.haltedAtGeneration != null
        && current.haltedAtGeneration < generation) {
      restartCurrent("NewRevision", "a new revision of the spec (generation " + generation + ")");
    }
  }

  /** Phases renamed or removed, or targetPhase lowered below the current phase. */
  private void followGitEdits() {
    CurrentPhase current = status.currentPhase;
    if (current == null) {
      return;
    }
    int index = indexOf(current.name);
    int target = indexOf(spec.targetPhase);
    if (index < 0) {
      enter(0, "PhaseRemoved", "phase " + current.name + " is no longer in the spec");
    } else if (index > target) {
      enter(target, "TargetLowered", "targetPhase lowered to " + spec.targetPhase);
    }
  }

  // ---- progress ----------------------------------------------------------------------------

  private void advance() {
    if (status.currentPhase == null) {
      enter(0, "Started", "rollout started");
      return;
    }
    CurrentPhase current = status.currentPhase;
    switch (current.state) {
      case AwaitingApproval -> {
        if (approved(current.name)) {
          run(current, "Approved", "phase " + current.name + " approved: stores switched on");
        }
      }
      case Running -> runPhase(current);
      case Succeeded -> {
        if (indexOf(current.name) < indexOf(spec.targetPhase) && !paused()) {
          enter(indexOf(current.name) + 1, "Promoted", "targetPhase raised");
        }
      }
      default -> {
        // RolledBack and Aborted hold until a retry or a new generation.
      }
    }
  }

  private void runPhase(CurrentPhase current) {
    int index = indexOf(current.name);
    PhaseSpec phase = spec.phases.get(index);
    Map<FeatureName, Kpis> kpis = readKpis(phase, current);
    List<GateEvaluation> evaluations = new ArrayList<>();
    for (GateSpec gate : phase.gates) {
      FeatureName feature = Gates.feature(gate, spec);
      evaluations.add(
          Gates.evaluate(phase.name, gate, feature, kpis.getOrDefault(feature, Kpis.NONE), now));
    }
    keepEvaluationTimesWhileUnchanged(evaluations);
    status.gates = evaluations;
    markFailingStores(phase, kpis);
    Optional<GateEvaluation> failed =
        evaluations.stream().filter(e -> e.result == GateResult.Failed).findFirst();
    if (failed.isPresent()) {
      status.failedGate = failed.get();
      halt(PhaseState.RolledBack, "GateFailed", describeFailure(failed.get()));
      return;
    }
    if (paused()) {
      return;
    }
    int newStores = newStores(index).size();
    if (current.newStoresOn < newStores) {
      int step = phase.maxConcurrentStores == null ? newStores : phase.maxConcurrentStores;
      current.newStoresOn = Math.min(newStores, current.newStoresOn + step);
      return;
    }
    boolean passed = evaluations.stream().allMatch(e -> e.result == GateResult.Passed);
    Instant started = Instant.parse(current.startedAt);
    boolean longEnough = !now.isBefore(started.plus(Durations.parse(phase.minDuration)));
    if (passed && longEnough) {
      if (index < indexOf(spec.targetPhase)) {
        enter(index + 1, "Promoted", "phase " + phase.name + " passed its gates");
      } else {
        current.state = PhaseState.Succeeded;
        history(PhaseState.Succeeded, "Succeeded", "phase " + phase.name + " passed its gates");
      }
    } else if (longEnough
        && now.isAfter(
            started
                .plus(Durations.parse(phase.minDuration))
                .plus(Durations.parse(spec.progressDeadline)))) {
      deadlineExceeded = true;
    }
  }

  /** An unchanged evaluation keeps its time, so an idle phase does not rewrite its status. */
  private void keepEvaluationTimesWhileUnchanged(List<GateEvaluation> evaluations) {
    for (GateEvaluation evaluation : evaluations) {
      status.gates.stream()
          .filter(
              old ->
                  java.util.Objects.equals(old.phase, evaluation.phase)
                      && java.util.Objects.equals(old.metric, evaluation.metric)
                      && java.util.Objects.equals(old.feature, evaluation.feature)
                      && java.util.Objects.equals(old.observedValue, evaluation.observedValue)
                      && old.sampleSize == evaluation.sampleSize
                      && old.result == evaluation.result)
          .findFirst()
          .ifPresent(old -> evaluation.evaluatedAt = old.evaluatedAt);
    }
  }

  private Map<FeatureName, Kpis> readKpis(PhaseSpec phase, CurrentPhase current) {
    var kpis = new EnumMap<FeatureName, Kpis>(FeatureName.class);
    List<String> measured = measuredStores(indexOf(phase.name), current);
    if (measured.isEmpty()) {
      return kpis;
    }
    for (GateSpec gate : phase.gates) {
      FeatureName feature = Gates.feature(gate, spec);
      kpis.computeIfAbsent(
          feature, f -> input.kpis().read(f, Instant.parse(current.startedAt), measured));
    }
    return kpis;
  }

  /** The phase's own stores that are on; all enabled stores when the phase adds none. */
  private List<String> measuredStores(int index, CurrentPhase current) {
    List<String> own = ownStoresOn(index, current);
    if (!own.isEmpty()) {
      return own;
    }
    return List.copyOf(storesUpTo(index));
  }

  private void markFailingStores(PhaseSpec phase, Map<FeatureName, Kpis> kpis) {
    int index = indexOf(phase.name);
    List<String> failing =
        Gates.failingStores(
            phase.gates, spec, kpis, new LinkedHashSet<>(input.phases().get(index).stores()));
    status.phases = phaseCounts();
    PhaseStores counts = status.phases.get(index);
    counts.failing = failing.size();
    counts.failingStores =
        List.copyOf(failing.subList(0, Math.min(failing.size(), FAILING_STORES_LIMIT)));
  }

  private static String describeFailure(GateEvaluation gate) {
    return "gate %s %s %s on %s failed in phase %s: observed %s over %d samples"
        .formatted(
            gate.metric,
            gate.comparison,
            gate.threshold,
            gate.feature,
            gate.phase,
            gate.observedValue,
            gate.sampleSize);
  }

  // ---- transitions -------------------------------------------------------------------------

  private void enter(int index, String reason, String message) {
    String from = status.currentPhase == null ? null : status.currentPhase.name;
    PhaseSpec phase = spec.phases.get(index);
    var next = new CurrentPhase();
    next.name = phase.name;
    next.newStoresOn = 0;
    status.currentPhase = next;
    status.gates = new ArrayList<>();
    status.failedGate = null;
    if (phase.approval == Approval.Required && !approved(phase.name)) {
      next.state = PhaseState.AwaitingApproval;
      transition(from, reason, message + "; phase " + phase.name + " awaits approval");
    } else {
      run(next, reason, message);
      status.history.get(status.history.size() - 1).fromPhase = from;
    }
  }

  private void run(CurrentPhase current, String reason, String message) {
    PhaseSpec phase = spec.phases.get(indexOf(current.name));
    int newStores = newStores(indexOf(current.name)).size();
    current.state = PhaseState.Running;
    current.startedAt = now.toString();
    current.newStoresOn =
        phase.maxConcurrentStores == null
            ? newStores
            : Math.min(newStores, phase.maxConcurrentStores);
    transition(current.name, reason, message);
  }

  private void restartCurrent(String reason, String message) {
    CurrentPhase current = status.currentPhase;
    current.haltedAtGeneration = null;
    status.failedGate = null;
    status.gates = new ArrayList<>();
    if (indexOf(current.name) < 0) {
      return; // followGitEdits moves it
    }
    PhaseSpec phase = spec.phases.get(indexOf(current.name));
    if (phase.approval == Approval.Required && !approved(phase.name)) {
      current.state = PhaseState.AwaitingApproval;
      transition(current.name, reason, message);
    } else {
      run(current, reason, message);
    }
  }

  private void halt(PhaseState state, String reason, String message) {
    status.currentPhase.state = state;
    status.currentPhase.haltedAtGeneration = generation;
    String policy =
        spec.rollback.onGateFailure == RollbackPolicy.AllOff
            ? "features off everywhere"
            : "back to the previous phase's stores";
    history(state, reason, message + "; " + policy);
    events.removeIf(e -> e.reason().equals(reason)); // one Event per halt
    events.add(RolloutEvent.warning(reason, message + "; " + policy));
  }

  private void transition(String from, String reason, String message) {
    history(status.currentPhase.state, reason, message);
    status.history.get(status.history.size() - 1).fromPhase = from;
    events.add(RolloutEvent.normal(reason, message));
  }

  private void history(PhaseState state, String reason, String message) {
    var transition = new Transition();
    transition.at = now.toString();
    transition.fromPhase = status.currentPhase == null ? null : status.currentPhase.name;
    transition.toPhase = status.currentPhase == null ? null : status.currentPhase.name;
    transition.state = state;
    transition.reason = reason;
    transition.message = message;
    status.history.add(transition);
    trim(status.history, HISTORY_LIMIT);
  }

  // ---- stores and flags --------------------------------------------------------------------

  /** The stores the features are on for, per feature; equal for every governed feature. */
  private FlagsContent flags() {
    Set<String> on = enabledStores();
    boolean allStores = allStoresOn();
    var features = new TreeMap<String, FlagsContent.FeatureStores>();
    for (FeatureSpec feature : spec.features) {
      features.put(
          feature.name.key(),
          new FlagsContent.FeatureStores(
              allStores, allStores ? List.of() : List.copyOf(on), new TreeMap<>(feature.settings)));
    }
    return new FlagsContent(features);
  }

  private Set<String> enabledStores() {
    CurrentPhase current = status.currentPhase;
    int index = indexOf(current.name);
    return switch (current.state) {
      case Running, Succeeded -> {
        var on = new LinkedHashSet<>(storesUpTo(index - 1));
        on.addAll(ownStoresOn(index, current));
        yield on;
      }
      case AwaitingApproval -> storesUpTo(index - 1);
      case RolledBack, Aborted ->
          spec.rollback.onGateFailure == RollbackPolicy.AllOff ? Set.of() : storesUpTo(index - 1);
    };
  }

  private boolean allStoresOn() {
    CurrentPhase current = status.currentPhase;
    int index = indexOf(current.name);
    int last =
        switch (current.state) {
          case Running, Succeeded ->
              current.newStoresOn >= newStores(index).size() ? index : index - 1;
          case AwaitingApproval -> index - 1;
          case RolledBack, Aborted ->
              spec.rollback.onGateFailure == RollbackPolicy.AllOff ? -1 : index - 1;
        };
    for (int i = 0; i <= last; i++) {
      if (input.phases().get(i).allStores()) {
        return true;
      }
    }
    return false;
  }

  /** The union of the stores of phases 0..index, sorted within each phase. */
  private Set<String> storesUpTo(int index) {
    var stores = new LinkedHashSet<String>();
    for (int i = 0; i <= index; i++) {
      stores.addAll(input.phases().get(i).stores());
    }
    return stores;
  }

  /** The stores a phase adds to those of the phases before it. */
  private List<String> newStores(int index) {
    Set<String> before = storesUpTo(index - 1);
    return input.phases().get(index).stores().stream().filter(s -> !before.contains(s)).toList();
  }

  /** The phase's own new stores that are on (a phase edited mid-flight may have fewer now). */
  private List<String> ownStoresOn(int index, CurrentPhase current) {
    List<String> own = newStores(index);
    return own.subList(0, Math.min(own.size(), current.newStoresOn));
  }

  private void countStores(FlagsContent flags) {
    Set<String> on = enabledStores();
    boolean all = allStoresOn();
    List<PhaseStores> counts = phaseCounts();
    for (int i = 0; i < counts.size(); i++) {
      PhaseStores count = counts.get(i);
      count.enabled =
          (int) input.phases().get(i).stores().stream().filter(s -> all || on.contains(s)).count();
      status.phases.stream()
          .filter(old -> old.name.equals(count.name) && old.name.equals(status.currentPhase.name))
          .findFirst()
          .ifPresent(
              old -> {
                count.failing = old.failing;
                count.failingStores = old.failingStores;
              });
    }
    if (status.currentPhase.state != PhaseState.Running) {
      counts.forEach(
          c -> {
            c.failing = 0;
            c.failingStores = new ArrayList<>();
          });
    }
    status.phases = counts;
    status.storesEnabled = all ? input.registrySize() : on.size();
    int target = indexOf(spec.targetPhase);
    boolean allTargeted = false;
    for (int i = 0; i <= target; i++) {
      allTargeted |= input.phases().get(i).allStores();
    }
    status.storesTargeted = allTargeted ? input.registrySize() : storesUpTo(target).size();
  }

  private List<PhaseStores> phaseCounts() {
    List<PhaseStores> counts = new ArrayList<>();
    for (ResolvedPhase phase : input.phases()) {
      var count = new PhaseStores();
      count.name = phase.name();
      count.targeted = phase.stores().size();
      counts.add(count);
    }
    return counts;
  }

  // ---- helpers -----------------------------------------------------------------------------

  private RolloutConditions.View view() {
    CurrentPhase current = status.currentPhase;
    int index = indexOf(current.name);
    return new RolloutConditions.View(
        current.name,
        current.state,
        index == indexOf(spec.targetPhase),
        index == spec.phases.size() - 1,
        spec.paused,
        status.pausedBy,
        deadlineExceeded,
        status.failedGate == null ? null : describeFailure(status.failedGate));
  }

  private Optional<Duration> requeue() {
    CurrentPhase current = status.currentPhase;
    boolean moving =
        current.state == PhaseState.Running
            || (current.state == PhaseState.Succeeded
                && indexOf(current.name) < indexOf(spec.targetPhase));
    return moving ? Optional.of(input.evaluationInterval()) : Optional.empty();
  }

  private boolean paused() {
    return spec.paused || status.pausedBy != null;
  }

  private static boolean halted(CurrentPhase current) {
    return current.state == PhaseState.RolledBack || current.state == PhaseState.Aborted;
  }

  private int indexOf(String phase) {
    for (int i = 0; i < spec.phases.size(); i++) {
      if (spec.phases.get(i).name.equals(phase)) {
        return i;
      }
    }
    return -1;
  }

  private static <T> void trim(List<T> list, int limit) {
    while (list.size() > limit) {
      list.remove(0);
    }
  }

  private static StoreRolloutStatus copy(StoreRolloutStatus status) {
    if (status == null) {
      return new StoreRolloutStatus();
    }
    StoreRolloutStatus copy = JSON.convertValue(status, StoreRolloutStatus.class);
    copy.approvals = new ArrayList<>(copy.approvals == null ? List.of() : copy.approvals);
    copy.history = new ArrayList<>(copy.history == null ? List.of() : copy.history);
    copy.actions = new ArrayList<>(copy.actions == null ? List.of() : copy.actions);
    copy.phases = new ArrayList<>(copy.phases == null ? List.of() : copy.phases);
    copy.gates = new ArrayList<>(copy.gates == null ? List.of() : copy.gates);
    return copy;
  }
}
